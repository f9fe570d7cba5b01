// The main text of HTML pages: boilerplate around a real article, the page's own article
// markers, the scoring fallback, titles, dates, languages, charsets, and soup. Every page here
// is written for these tests.
#include "read/html_text.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace vigie {
namespace {

using namespace std::string_literals;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

HtmlPage Extract(const std::string& html, const HtmlOptions& options = HtmlOptions()) {
  Result<HtmlPage> page = ExtractHtmlPage(html, options);
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  return page.ok() ? page.value() : HtmlPage();
}

// Paragraphs of an invented report, used by several pages.
const std::string kP1 =
    "Armed men attacked a convoy of fuel trucks near the northern town of Kelbara on Tuesday, killing four "
    "drivers and wounding six others, according to the regional governor.";
const std::string kP2 =
    "The governor said the attackers, who arrived on motorcycles, set fire to nine trucks before fleeing "
    "towards the border, and that the army had sent reinforcements to the area.";
const std::string kP3 =
    "Residents reached by telephone said the road, the only route linking the town to the capital, had been "
    "closed since the morning, and that shops had stayed shut.";

// An article wrapped in every kind of boilerplate a news site adds.
std::string BoilerplatePage(bool with_article_tag) {
  std::string open = with_article_tag ? "<article>" : "<div class=\"story-wrapper\">";
  std::string close = with_article_tag ? "</article>" : "</div>";
  return "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
         "<title>Convoy attacked near Kelbara - Daily Courier</title>"
         "<meta property=\"article:published_time\" content=\"2025-02-11T09:30:00Z\">"
         "<script>var tracker = 'TRACKERWORD';</script><style>.x{color:red}</style></head><body>"
         "<header><a href=\"/\">HEADERWORD home</a></header>"
         "<nav><ul><li><a href=\"/world\">NAVWORD World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>"
         "<div id=\"cookie-banner\">COOKIEWORD We use cookies to improve your experience, accept them all.</div>" +
         open + "<h1>Convoy attacked near Kelbara</h1><p>" + kP1 + "</p>" +
         "<div class=\"share-buttons\"><a href=\"#\">SHAREWORD Facebook</a> <a href=\"#\">Twitter</a></div>" +
         "<p>" + kP2 + "</p><p>" + kP3 + "</p>" +
         "<aside class=\"related\"><h3>RELATEDWORD Related stories</h3><ul><li><a href=\"/a\">Floods in the south, "
         "many homes lost, thousands displaced</a></li></ul></aside>" +
         "<div class=\"comments\"><p>COMMENTWORD This is a reader comment, long enough to look like a paragraph of "
         "text, with commas, and more commas, to tempt a naive scorer.</p></div>" +
         close +
         "<div class=\"ad-slot ad\">ADWORD Buy now</div>"
         "<footer>FOOTERWORD Copyright Daily Courier. All rights reserved.</footer>"
         "<noscript>NOSCRIPTWORD</noscript><iframe src=\"x\">IFRAMEWORD</iframe>"
         "<form><input name=q>FORMWORD search</form></body></html>";
}

void ExpectArticleOnly(const std::string& text) {
  for (const char* word : {"TRACKERWORD", "HEADERWORD", "NAVWORD", "COOKIEWORD", "SHAREWORD", "RELATEDWORD",
                           "COMMENTWORD", "ADWORD", "FOOTERWORD", "NOSCRIPTWORD", "IFRAMEWORD", "FORMWORD",
                           "color:red"}) {
    EXPECT_FALSE(Contains(text, word)) << word << " in:\n" << text;
  }
  size_t a = text.find(kP1);
  size_t b = text.find(kP2);
  size_t c = text.find(kP3);
  ASSERT_NE(a, std::string::npos) << text;
  ASSERT_NE(b, std::string::npos) << text;
  ASSERT_NE(c, std::string::npos) << text;
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
}

TEST(HtmlPage, BoilerplateAroundAnArticleTagIsDropped) {
  HtmlPage page = Extract(BoilerplatePage(true));
  ExpectArticleOnly(page.text);
  // Paragraphs are separated by blank lines.
  EXPECT_TRUE(Contains(page.text, kP1 + "\n\n" + kP2 + "\n\n" + kP3)) << page.text;
  EXPECT_EQ(page.title, "Convoy attacked near Kelbara");
  EXPECT_EQ(page.published, "2025-02-11T09:30:00Z");
  EXPECT_EQ(page.lang, "en-GB");
}

TEST(HtmlPage, WithoutArticleMarkersTheScoredBlockWins) {
  HtmlPage page = Extract(BoilerplatePage(false));
  ExpectArticleOnly(page.text);
}

TEST(HtmlPage, ScoringKeepsTheDenseBlockOverALinkList) {
  std::string links;
  for (int i = 0; i < 30; ++i) {
    links += "<p><a href=\"/s" + std::to_string(i) + "\">LINKLIST headline number " + std::to_string(i) +
             ", with words, and commas, that go on for a while</a></p>";
  }
  std::string html = "<html><body><div>" + links + "</div><div><p>" + kP1 + "</p><p>" + kP2 + "</p><p>" + kP3 +
                     "</p></div></body></html>";
  HtmlPage page = Extract(html);
  EXPECT_FALSE(Contains(page.text, "LINKLIST")) << page.text;
  EXPECT_TRUE(Contains(page.text, kP1 + "\n\n" + kP2 + "\n\n" + kP3)) << page.text;
}

TEST(HtmlPage, TeaserArticlesInASidebarAndCommentArticlesAreDropped) {
  std::string html = "<html><body><main><article><h1>Convoy attacked</h1><p>" + kP1 + "</p><p>" + kP2 +
                     "</p><section class=\"comments\"><article class=\"comment\"><p>COMMENTWORD I was there, and "
                     "it was worse than the report says, believe me.</p></article></section></article></main>"
                     "<aside><article><p>TEASERWORD Another story about the floods, read it now.</p></article>"
                     "</aside></body></html>";
  HtmlPage page = Extract(html);
  EXPECT_EQ(page.text, kP1 + "\n\n" + kP2);
}

TEST(HtmlPage, TextWrittenStraightIntoADivWithLineBreaks) {
  std::string links;
  for (int i = 0; i < 12; ++i) links += "<a href=\"/x" + std::to_string(i) + "\">LINKWORD section " + std::to_string(i) + "</a> ";
  std::string html = "<html><body><div>" + links + "</div><div><div><div>" + kP1 + "<br><br>" + kP2 + "<br>" + kP3 +
                     "</div></div></div><div>" + links + "</div></body></html>";
  HtmlPage page = Extract(html);
  EXPECT_EQ(page.text, kP1 + "\n\n" + kP2 + "\n" + kP3);  // two <br> make a paragraph break
}

TEST(HtmlPage, ItempropArticleBodyIsPreferred) {
  std::string html = "<html><body><div><p>OUTSIDEWORD " + kP3 + "</p></div><div itemprop=\"articleBody\"><p>" + kP1 +
                     "</p><p>" + kP2 + "</p></div></body></html>";
  HtmlPage page = Extract(html);
  EXPECT_EQ(page.text, kP1 + "\n\n" + kP2);
}

TEST(HtmlPage, FrenchAndArabicArticles) {
  std::string fr =
      "<html lang=\"fr\"><head><meta property=\"og:title\" content=\"Attaque contre un poste de police | Le "
      "Veilleur\"><meta property=\"og:site_name\" content=\" Le  Veilleur \"></head><body><main><p>Des hommes armés ont attaqué un poste de police à Dalmina dans la nuit de "
      "lundi à mardi, tuant deux agents, selon une source sécuritaire.</p><p>Les assaillants ont emporté des armes "
      "et un véhicule, a précisé cette source, ajoutant qu’une enquête avait été ouverte.</p></main></body></html>";
  HtmlPage page = Extract(fr);
  EXPECT_EQ(page.title, "Attaque contre un poste de police");
  EXPECT_EQ(page.site_name, "Le Veilleur");
  EXPECT_EQ(page.lang, "fr");
  EXPECT_TRUE(Contains(page.text, "tuant deux agents, selon une source sécuritaire.\n\nLes assaillants")) << page.text;

  std::string ar =
      "<html lang=\"ar\" dir=\"rtl\"><body><article><h1>هجوم على قافلة</h1><p>هاجم مسلحون قافلة تجارية قرب بلدة "
      "الواحة صباح الأحد، ما أسفر عن مقتل ثلاثة أشخاص وإصابة خمسة آخرين، بحسب مصادر محلية.</p><p>وقالت المصادر إن "
      "المهاجمين فروا نحو الصحراء، وإن قوات الأمن طوقت المنطقة.</p></article></body></html>";
  page = Extract(ar);
  EXPECT_EQ(page.title, "هجوم على قافلة");
  EXPECT_EQ(page.lang, "ar");
  EXPECT_TRUE(Contains(page.text, "بحسب مصادر محلية.\n\nوقالت المصادر")) << page.text;
}

TEST(HtmlPage, Windows1252PageIsConvertedToUtf8) {
  std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
      "<article><p>Le pr\xE9" "fet a d\xE9" "clar\xE9 \x93l\x92\xE9tat d\x92urgence\x94 apr\xE8s l\x92"
      "attaque du march\xE9 de Sorn\xE9, qui a fait trois morts \x96 dont un enfant \x96 et de nombreux "
      "bless\xE9s.</p></article></body></html>";
  HtmlPage page = Extract(html);
  EXPECT_TRUE(utf8::IsValid(page.text));
  EXPECT_TRUE(Contains(page.text, "Le préfet a déclaré “l’état d’urgence” après l’attaque du marché de Sorné, "
                                  "qui a fait trois morts – dont un enfant – et de nombreux blessés."))
      << page.text;
}

TEST(HtmlPage, CharsetFromOutsideWinsAndLatin1WithoutDeclarationIsStillText) {
  std::string latin1 = "<html><body><p>Caf\xE9 d\xE9truit \xE0 Tamar\xE9, d\xE9" "clare la police locale.</p></body></html>";
  HtmlOptions options;
  options.encoding = "iso-8859-1";
  HtmlPage page = Extract(latin1, options);
  EXPECT_TRUE(Contains(page.text, "Café détruit à Tamaré")) << page.text;
  // No declaration at all: libxml2 falls back to Latin-1 and the output is still UTF-8.
  page = Extract(latin1);
  EXPECT_TRUE(utf8::IsValid(page.text));
  EXPECT_FALSE(page.text.empty());
}

TEST(HtmlPage, BugUtf16DeclaredInAnAsciiPageTurnedItIntoNoise) {
  for (const std::string& meta : {std::string("<meta charset=\"utf-16\">"),
                                  std::string("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-16LE\">")}) {
    HtmlPage page = Extract("<html><head>" + meta + "</head><body><p>Plain text of a caf\xC3\xA9 report.</p></body></html>");
    EXPECT_EQ(page.text, "Plain text of a café report.") << meta;
  }
}

TEST(HtmlPage, DatesFromJsonLdAndTimeElements) {
  std::string ld = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\", \"datePublished\" : "
                   "\"2024-12-01T08:00:00+01:00\"}</script></head><body><p>" + kP1 + "</p></body></html>";
  HtmlPage page = Extract(ld);
  EXPECT_FALSE(page.published.empty());
  EXPECT_EQ(page.published.substr(0, 10), "2024-12-01");
  EXPECT_FALSE(Contains(page.text, "NewsArticle"));

  std::string time = "<html><body><article><p>By a correspondent, <time datetime=\"2024-07-14\">14 July</time></p><p>" +
                     kP2 + "</p></article></body></html>";
  page = Extract(time);
  EXPECT_EQ(page.published, "2024-07-14");

  std::string bad = "<html><head><meta property=\"article:published_time\" content=\"soon\"></head><body><p>" + kP1 +
                    "</p></body></html>";
  page = Extract(bad);
  EXPECT_EQ(page.published, "");
  ASSERT_EQ(page.warnings.size(), 1u);
  EXPECT_TRUE(Contains(page.warnings[0], "soon"));
}

TEST(HtmlPage, TitleFallsBackFromOgTitleToH1ToTitle) {
  EXPECT_EQ(Extract("<html><head><title>Only the title | Site</title></head><body><p>" + kP1 + "</p></body></html>").title,
            "Only the title");
  EXPECT_EQ(Extract("<html><head><title>T - S</title></head><body><h1>The <em>headline</em></h1><p>" + kP1 +
                    "</p></body></html>")
                .title,
            "The headline");
}

TEST(HtmlPage, LogoInTheHeaderIsNoHeadline) {
  HtmlPage page = Extract("<html><head><title>Floods in the delta - Courier</title></head><body><header><h1>Daily "
                          "Courier</h1></header><div><h1>Floods in the delta</h1><p>" + kP1 + "</p></div></body></html>");
  EXPECT_EQ(page.title, "Floods in the delta");
  EXPECT_EQ(page.text, kP1);
  page = Extract("<html><body><header><h1>Daily Courier</h1></header><div><p>" + kP1 + "</p></div></body></html>");
  EXPECT_EQ(page.title, "Daily Courier");  // the only <h1> there is
}

TEST(HtmlPage, SiteSuffixes) {
  EXPECT_EQ(StripSiteSuffix("Rebels seize a town - Daily Courier"), "Rebels seize a town");
  EXPECT_EQ(StripSiteSuffix("Rebels seize a town | Courier"), "Rebels seize a town");
  EXPECT_EQ(StripSiteSuffix("Rebels seize a town \u2013 Le Veilleur"), "Rebels seize a town");
  // Nothing to strip, or what is left would not be a title.
  EXPECT_EQ(StripSiteSuffix("Rebels seize a town"), "Rebels seize a town");
  EXPECT_EQ(StripSiteSuffix("Mali - France"), "Mali - France");
  EXPECT_EQ(StripSiteSuffix("Talks resume - the army and the rebels meet again in the capital"),
            "Talks resume - the army and the rebels meet again in the capital");
}

TEST(HtmlPage, NoTextIsRejected) {
  for (const std::string& html : {"<html><body><script>x()</script><nav>Menu</nav></body></html>"s,
                                  "<html></html>"s, "   "s, ""s, "<!-- only a comment -->"s}) {
    Result<HtmlPage> page = ExtractHtmlPage(html, HtmlOptions());
    ASSERT_FALSE(page.ok()) << html;
    EXPECT_EQ(page.status().code(), StatusCode::kInvalidInput) << html;
  }
}

TEST(HtmlPage, TooManyTagsAreOverTheBudgetBeforeParsing) {
  std::string flat;
  for (int i = 0; i < 1000; ++i) flat += "<br>";
  HtmlOptions options;
  options.max_tags = 999;
  Result<HtmlPage> page = ExtractHtmlPage("<p>text</p>" + flat, options);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kOutOfBudget);
  EXPECT_TRUE(Contains(page.status().message(), "1002 tags")) << page.status().message();
}

TEST(HtmlPage, OverTheBudgetIsRejected) {
  HtmlOptions options;
  options.max_input_bytes = 100;
  Result<HtmlPage> page = ExtractHtmlPage("<html><body><p>" + std::string(200, 'x') + "</p></body></html>", options);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kOutOfBudget);
}

// Soup: every kind of broken markup gives text or a clean rejection, quickly.
TEST(HtmlSoup, BrokenMarkupGivesText) {
  std::string soup = "<html><body><div><p>Unclosed paragraph about the attack on the bridge, which killed two,"
                     "<p>Second one &amp broken &#xZZ; entities &unknown; and \0 a NUL<b><i>misnested</b></i>"s +
                     "<table><tr><td>cell one<td>cell two</table><p>Tail <a href='x'>link";
  Result<HtmlPage> page = ExtractHtmlPage(soup, HtmlOptions());
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_TRUE(utf8::IsValid(page->text));
  EXPECT_EQ(page->text.find('\0'), std::string::npos);
  EXPECT_TRUE(Contains(page->text, "Unclosed paragraph")) << page->text;
  EXPECT_TRUE(Contains(page->text, "misnested")) << page->text;
}

TEST(HtmlSoup, DeepNestingAndHugeFlatPagesAreLinear) {
  auto started = std::chrono::steady_clock::now();
  std::string deep = "<html><body>";
  for (int i = 0; i < 200000; ++i) deep += "<div>";  // under the tag budget, far over libxml2's depth cap
  deep += "<p>" + kP1 + "</p>";
  Result<HtmlPage> page = ExtractHtmlPage(deep, HtmlOptions());
  // libxml2 stops at its depth limit: text or a clean rejection, both fine; no crash.
  if (page.ok()) {
    EXPECT_TRUE(utf8::IsValid(page->text));
  }

  std::string flat = "<html><body>";
  for (int i = 0; i < 100000; ++i) flat += "<div class=\"c\"><p>" + kP2 + "</p></div>";
  page = ExtractHtmlPage(flat, HtmlOptions());
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_TRUE(Contains(page->text, kP2));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_LT(seconds, 20.0) << "deep and flat pages took " << seconds << " s";
}

TEST(HtmlSoup, FiftyMegabytesOfNestedDivsIsOutOfTheDefaultBudgetOrRead) {
  std::string deep;
  deep.reserve(50u << 20);
  while (deep.size() < (50u << 20)) deep += "<div>";
  HtmlOptions options;
  Result<HtmlPage> page = ExtractHtmlPage(deep, options);
  ASSERT_FALSE(page.ok());  // no text in it at all
  EXPECT_TRUE(page.status().code() == StatusCode::kInvalidInput || page.status().code() == StatusCode::kOutOfBudget);
  options.max_input_bytes = 16u << 20;
  page = ExtractHtmlPage(deep, options);
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kOutOfBudget);
}

TEST(HtmlFragment, FeedDescriptionsBecomePlainText) {
  EXPECT_EQ(HtmlFragmentToText("<p>First <b>bold</b> part.</p><p>Second&nbsp;part &amp; more.</p>"),
            "First bold part.\n\nSecond part & more.");
  EXPECT_EQ(HtmlFragmentToText("plain   text\n with  spaces "), "plain text with spaces");
  EXPECT_EQ(HtmlFragmentToText("line one<br>line two<script>alert(1)</script>"), "line one\nline two");
  EXPECT_EQ(HtmlFragmentToText("<img src=x onerror=alert(1)>"), "");
  EXPECT_EQ(HtmlFragmentToText(""), "");
}

}  // namespace
}  // namespace vigie
