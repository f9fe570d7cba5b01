// Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom items into documents; CDATA, entities, dates, missing
// fields; hostile XML (external entities, billion laughs, truncation). Every feed here is
// written for these tests.
#include "read/feed.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "../test_util.h"
#include "text/utf8.h"

namespace vigie {
namespace {

using testing::TempDir;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::vector<ReadItem> Read(const std::string& xml, const FeedOptions& options = FeedOptions(),
                           FeedKind* kind = nullptr) {
  std::vector<ReadItem> items;
  FeedKind k = ReadFeed(xml, "feed.xml", options, &items);
  if (kind != nullptr) *kind = k;
  return items;
}

const char kRss2[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Le Veilleur &amp; Co</title>
  <link>https://veilleur.example/</link>
  <language>fr-FR</language>
  <item>
    <title>Attaque contre un poste de gendarmerie à Dalmina</title>
    <link>https://veilleur.example/2025/03/attaque-dalmina</link>
    <guid isPermaLink="false">veilleur-2025-0312</guid>
    <pubDate>Wed, 12 Mar 2025 07:45:00 GMT</pubDate>
    <description><![CDATA[<p>Des hommes armés ont attaqué un poste de gendarmerie à Dalmina, tuant deux gendarmes.</p><p>Une enquête a été ouverte.</p>]]></description>
  </item>
  <item>
    <title>Floods in the delta</title>
    <link>https://veilleur.example/en/floods</link>
    <dc:language>en</dc:language>
    <dc:date>2025-03-11T18:00:00Z</dc:date>
    <description>&lt;p&gt;Heavy rain flooded &lt;b&gt;twelve villages&lt;/b&gt; in the delta, officials said.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Heavy rain flooded twelve villages in the delta on Tuesday, officials said.</p><p>About 3,000 people were moved to schools.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>هجوم على قافلة قرب الواحة</title>
    <description>هاجم مسلحون قافلة تجارية قرب بلدة الواحة، ما أسفر عن مقتل ثلاثة أشخاص.</description>
    <pubDate>Tue, 11 Mar 2025 10:00:00 +0200</pubDate>
    <dc:language>ar</dc:language>
  </item>
  <item>
    <title>Only a title here</title>
    <link>https://veilleur.example/only-title</link>
  </item>
  <item>
    <description>Text &#233;crit avec des r&#xE9;f&#233;rences num&#233;riques et une date illisible.</description>
    <pubDate>quelque part en mars</pubDate>
  </item>
</channel>
</rss>
)";

TEST(Rss2, ItemsBecomeDocuments) {
  FeedKind kind = FeedKind::kNone;
  std::vector<ReadItem> items = Read(kRss2, FeedOptions(), &kind);
  EXPECT_EQ(kind, FeedKind::kRss);
  ASSERT_EQ(items.size(), 5u);

  const Document& fr = items[0].doc;
  ASSERT_TRUE(items[0].ok) << items[0].error.ToString();
  EXPECT_EQ(fr.id, "veilleur-2025-0312");
  EXPECT_EQ(fr.source, "Le Veilleur & Co");
  EXPECT_EQ(fr.url, "https://veilleur.example/2025/03/attaque-dalmina");
  EXPECT_EQ(fr.title, "Attaque contre un poste de gendarmerie à Dalmina");
  EXPECT_EQ(fr.body, "Des hommes armés ont attaqué un poste de gendarmerie à Dalmina, tuant deux gendarmes.\n\n"
                     "Une enquête a été ouverte.");
  EXPECT_EQ(fr.published, "2025-03-12T07:45:00Z");
  EXPECT_EQ(fr.lang_hint, "fr-FR");  // the channel's
  EXPECT_EQ(fr.origin, "feed.xml:item 1");
  EXPECT_EQ(items[0].origin, "feed.xml:item 1");

  const Document& en = items[1].doc;
  ASSERT_TRUE(items[1].ok) << items[1].error.ToString();
  // content:encoded wins over the description; its script is dropped.
  EXPECT_EQ(en.body, "Heavy rain flooded twelve villages in the delta on Tuesday, officials said.\n\n"
                     "About 3,000 people were moved to schools.");
  EXPECT_EQ(en.published, "2025-03-11T18:00:00Z");
  EXPECT_EQ(en.lang_hint, "en");
  // No guid: a stable hash of the link.
  EXPECT_EQ(en.id.size(), 16u);
  EXPECT_EQ(Read(kRss2)[1].doc.id, en.id);

  const Document& ar = items[2].doc;
  ASSERT_TRUE(items[2].ok) << items[2].error.ToString();
  EXPECT_EQ(ar.title, "هجوم على قافلة قرب الواحة");
  EXPECT_EQ(ar.body, "هاجم مسلحون قافلة تجارية قرب بلدة الواحة، ما أسفر عن مقتل ثلاثة أشخاص.");
  EXPECT_EQ(ar.lang_hint, "ar");
  EXPECT_EQ(ar.url, "");
  EXPECT_EQ(ar.published, "2025-03-11T10:00:00+02:00");  // the offset kept as given
  EXPECT_EQ(ar.id.size(), 16u);  // no guid, no link: a hash of title and body

  // A title without text is rejected with its reason; the next item goes on.
  EXPECT_FALSE(items[3].ok);
  EXPECT_EQ(items[3].error.code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(items[3].error.message(), "no text")) << items[3].error.message();
  EXPECT_EQ(items[3].origin, "feed.xml:item 4");

  const Document& refs = items[4].doc;
  ASSERT_TRUE(items[4].ok);
  EXPECT_EQ(refs.body, "Text écrit avec des références numériques et une date illisible.");
  EXPECT_EQ(refs.title, "");
  EXPECT_EQ(refs.published, "");
  ASSERT_EQ(refs.warnings.size(), 1u);
  EXPECT_TRUE(Contains(refs.warnings[0], "quelque part")) << refs.warnings[0];
}

TEST(Rss2, RelativeAndOddDatesDegradeToNoDateWithAWarning) {
  std::string xml = "<rss version=\"2.0\"><channel>"
                    "<item><description>One.</description><pubDate>2 hours ago</pubDate></item>"
                    "<item><description>Two.</description><pubDate>il y a 3 jours " + std::string(200, 'x') +
                    "\xC3\xA9\xC3\xA9\xC3\xA9</pubDate></item>"
                    "<item><description>Three.</description><pubDate>12 Mar 2025 07:45 EST</pubDate></item>"
                    "<item><description>Four.</description><pubDate></pubDate><dc:date xmlns:dc=\"http://purl.org/dc/"
                    "elements/1.1/\">2025-03-12</dc:date></item>"
                    "</channel></rss>";
  std::vector<ReadItem> items = Read(xml);
  ASSERT_EQ(items.size(), 4u);
  for (int i : {0, 1}) {
    ASSERT_TRUE(items[i].ok);
    EXPECT_EQ(items[i].doc.published, "");
    ASSERT_EQ(items[i].doc.warnings.size(), 1u);
    EXPECT_TRUE(Contains(items[i].doc.warnings[0], "unreadable date")) << items[i].doc.warnings[0];
    EXPECT_TRUE(utf8::IsValid(items[i].doc.warnings[0]));
    EXPECT_LT(items[i].doc.warnings[0].size(), 160u);  // the date is quoted clipped
  }
  ASSERT_TRUE(items[2].ok);
  EXPECT_EQ(items[2].doc.published.substr(0, 10), "2025-03-12");
  // An empty pubDate is no date: the next date element is used.
  ASSERT_TRUE(items[3].ok);
  EXPECT_EQ(items[3].doc.published, "2025-03-12");
}

TEST(Rss1, RdfItemsAreSiblingsOfTheChannel) {
  const char rdf[] = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://courier.example/rss">
    <title>Courier (RDF)</title>
    <dc:language>en</dc:language>
    <items><rdf:Seq><rdf:li rdf:resource="https://courier.example/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://courier.example/a">
    <title>Border crossing reopens</title>
    <link>https://courier.example/a</link>
    <description>The northern border crossing reopened on Monday after two weeks of closure.</description>
    <dc:date>2025-01-20</dc:date>
  </item>
  <item rdf:about="https://courier.example/b">
    <title>Talks in the capital</title>
    <link>/b</link>
    <description>Government and rebel delegates met for talks in the capital.</description>
  </item>
</rdf:RDF>)";
  FeedOptions options;
  options.base_url = "https://courier.example/rss";
  FeedKind kind = FeedKind::kNone;
  std::vector<ReadItem> items = Read(rdf, options, &kind);
  EXPECT_EQ(kind, FeedKind::kRdf);
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok);
  EXPECT_EQ(items[0].doc.id, "https://courier.example/a");
  EXPECT_EQ(items[0].doc.source, "Courier (RDF)");
  EXPECT_EQ(items[0].doc.published, "2025-01-20");
  EXPECT_EQ(items[0].doc.lang_hint, "en");
  EXPECT_EQ(items[0].doc.body, "The northern border crossing reopened on Monday after two weeks of closure.");
  ASSERT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].doc.url, "https://courier.example/b");  // resolved against the feed's URL
}

TEST(Atom, EntriesWithTextHtmlAndXhtmlContent) {
  const char atom[] = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <entry>
    <title type="html">Ceasefire &lt;em&gt;holds&lt;/em&gt; in the east</title>
    <link rel="self" href="https://wire.example/self/1"/>
    <link rel="alternate" href="https://wire.example/news/1"/>
    <id>tag:wire.example,2025:1</id>
    <updated>2025-02-02T12:00:00Z</updated>
    <published>2025-02-01T08:15:00+01:00</published>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The ceasefire signed last week held for a third day, monitors said.&lt;/p&gt;</content>
  </entry>
  <entry xml:lang="fr">
    <title>Un texte brut</title>
    <link href="https://wire.example/news/2"/>
    <id>tag:wire.example,2025:2</id>
    <updated>2025-02-03T09:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Premier paragraphe du communiqué.</p><p>Second <b>paragraphe</b>.</p></div></content>
  </entry>
  <entry>
    <title>Plain</title>
    <id>tag:wire.example,2025:3</id>
    <summary type="text">A &lt;plain&gt; summary   with spaces.</summary>
  </entry>
  <title>Wire Service</title>
</feed>)";
  FeedKind kind = FeedKind::kNone;
  std::vector<ReadItem> items = Read(atom, FeedOptions(), &kind);
  EXPECT_EQ(kind, FeedKind::kAtom);
  ASSERT_EQ(items.size(), 3u);
  for (const ReadItem& item : items) ASSERT_TRUE(item.ok) << item.error.ToString();
  EXPECT_EQ(items[0].doc.title, "Ceasefire holds in the east");
  EXPECT_EQ(items[0].doc.url, "https://wire.example/news/1");
  EXPECT_EQ(items[0].doc.id, "tag:wire.example,2025:1");
  EXPECT_EQ(items[0].doc.body, "The ceasefire signed last week held for a third day, monitors said.");
  EXPECT_EQ(items[0].doc.published.substr(0, 10), "2025-02-01");  // published wins over updated
  EXPECT_EQ(items[0].doc.lang_hint, "en");
  EXPECT_EQ(items[0].doc.source, "Wire Service");  // the feed's title, even after the entries
  EXPECT_EQ(items[1].doc.body, "Premier paragraphe du communiqué.\n\nSecond paragraphe.");
  EXPECT_EQ(items[1].doc.lang_hint, "fr");
  EXPECT_EQ(items[1].doc.published, "2025-02-03T09:00:00Z");
  EXPECT_EQ(items[2].doc.body, "A <plain> summary with spaces.");
}

TEST(FeedXml, ExternalEntityIsNeverRead) {
  TempDir dir;
  std::string secret = dir.Write("secret.txt", "SECRETCONTENT-7431");
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file://" + secret +
                    "\"><!ENTITY p SYSTEM \"file:///etc/passwd\">]>\n"
                    "<rss version=\"2.0\"><channel><title>T &x;</title><item><title>Leak &x; &p;</title>"
                    "<description>Body &x; &p; text of the item.</description></item></channel></rss>";
  std::vector<ReadItem> items = Read(xml);
  for (const ReadItem& item : items) {
    for (const std::string& s : {item.doc.body, item.doc.title, item.doc.source, item.error.message()}) {
      EXPECT_FALSE(Contains(s, "SECRETCONTENT")) << s;
      EXPECT_FALSE(Contains(s, "root:")) << s;
    }
  }
  ASSERT_FALSE(items.empty());
  if (items[0].ok) {
    EXPECT_TRUE(Contains(items[0].doc.body, "text of the item")) << items[0].doc.body;
  }
}

TEST(FeedXml, ExternalDtdIsNotLoaded) {
  TempDir dir;
  std::string dtd = dir.Write("evil.dtd", "<!ENTITY leak \"DTDWASLOADED\">");
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"file://" + dtd +
                    "\">\n<rss version=\"2.0\"><channel><item><description>Before &leak; after.</description>"
                    "</item></channel></rss>";
  std::vector<ReadItem> items = Read(xml);
  for (const ReadItem& item : items) {
    EXPECT_FALSE(Contains(item.doc.body, "DTDWASLOADED")) << item.doc.body;
  }
}

TEST(FeedXml, BillionLaughsIsAnErrorNotABlowUp) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY lol \"lol\">";
  std::string prev = "lol";
  for (int i = 1; i <= 9; ++i) {
    std::string name = "lol" + std::to_string(i);
    xml += "<!ENTITY " + name + " \"";
    for (int k = 0; k < 10; ++k) xml += "&" + prev + ";";
    xml += "\">";
    prev = name;
  }
  xml += "]>\n<rss version=\"2.0\"><channel><item><title>First</title><description>A calm first item.</description>"
         "</item><item><description>&lol9;</description></item></channel></rss>";
  auto started = std::chrono::steady_clock::now();
  std::vector<ReadItem> items = Read(xml);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  EXPECT_LT(seconds, 5.0);
  size_t text = 0;
  bool rejected = false;
  for (const ReadItem& item : items) {
    text += item.doc.body.size();
    if (!item.ok) rejected = true;
  }
  EXPECT_LT(text, 100000u);
  EXPECT_TRUE(rejected);
}

TEST(FeedXml, TruncatedFeedGivesTheItemsReadThenARejection) {
  std::string xml =
      "<rss version=\"2.0\"><channel><title>Cut</title>"
      "<item><title>One</title><description>The first complete item.</description></item>"
      "<item><title>Two</title><description>The second complete item.</description></item>"
      "<item><title>Three</title><description>The third item is cut in the mid";
  std::vector<ReadItem> items = Read(xml);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[0].ok);
  EXPECT_TRUE(items[1].ok);
  EXPECT_EQ(items[1].doc.body, "The second complete item.");
  EXPECT_FALSE(items[2].ok);
  EXPECT_EQ(items[2].error.code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(items[2].error.message(), "malformed feed")) << items[2].error.message();
  EXPECT_TRUE(Contains(items[2].error.message(), "2 item(s) read before")) << items[2].error.message();
  EXPECT_EQ(items[2].origin, "feed.xml");
}

TEST(FeedXml, NotAFeedAndGarbageAreCleanRejections) {
  for (const std::string& xml : {std::string("<html><body>page</body></html>"), std::string("<note>hi</note>"),
                                 std::string("not xml at all"), std::string(""), std::string("<rss><channel><item>"),
                                 std::string("<?xml version=\"1.0\"?>"), std::string("<rss>\xFF\xFE</rss>")}) {
    std::vector<ReadItem> items = Read(xml);
    ASSERT_FALSE(items.empty()) << xml;
    EXPECT_FALSE(items.back().ok) << xml;
    for (const ReadItem& item : items) EXPECT_TRUE(utf8::IsValid(item.error.message()));
  }
  EXPECT_TRUE(Contains(Read("<note>hi</note>")[0].error.message(), "<note>"));
}

TEST(FeedXml, Latin1FeedIsConverted) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item>"
                    "<description>Le pr\xE9" "fet de la r\xE9gion a d\xE9" "cr\xE9t\xE9 un couvre-feu.</description>"
                    "</item></channel></rss>";
  std::vector<ReadItem> items = Read(xml);
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok) << items[0].error.ToString();
  EXPECT_EQ(items[0].doc.body, "Le préfet de la région a décrété un couvre-feu.");
}

TEST(FeedBudget, ItemOverTheDocumentBudgetIsRejectedAndTheNextRead) {
  std::string xml = "<rss version=\"2.0\"><channel><item><description>" + std::string(5000, 'x') +
                    "</description></item><item><description>A small item.</description></item></channel></rss>";
  FeedOptions options;
  options.max_doc_bytes = 1000;
  std::vector<ReadItem> items = Read(xml, options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_FALSE(items[0].ok);
  EXPECT_EQ(items[0].error.code(), StatusCode::kOutOfBudget);
  EXPECT_TRUE(items[1].ok);
  options.max_input_bytes = 100;
  items = Read(xml, options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error.code(), StatusCode::kOutOfBudget);
}

TEST(FeedBudget, TooManyItemsOrTagsAreCutNotHeldInMemory) {
  std::string xml = "<rss><channel>";
  for (int i = 0; i < 30; ++i) xml += "<item><description>Item " + std::to_string(i) + ".</description></item>";
  xml += "</channel></rss>";
  FeedOptions options;
  options.max_items = 10;
  std::vector<ReadItem> items = Read(xml, options);
  ASSERT_EQ(items.size(), 11u);
  EXPECT_TRUE(items[9].ok);
  EXPECT_EQ(items[9].doc.body, "Item 9.");
  EXPECT_EQ(items[10].error.code(), StatusCode::kOutOfBudget);
  EXPECT_TRUE(Contains(items[10].error.message(), "more than 10 items")) << items[10].error.message();
  options = FeedOptions();
  options.max_tags = 50;
  items = Read(xml, options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].error.code(), StatusCode::kOutOfBudget);
  // Escaped HTML too big to parse is cut out linearly, not parsed into millions of nodes.
  std::string many;
  for (int i = 0; i < 600000; ++i) many += "&lt;b&gt;w";
  items = Read("<rss><channel><item><description>" + many + "</description></item></channel></rss>");
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok) << items[0].error.ToString();
  EXPECT_EQ(items[0].doc.body.substr(0, 7), "w w w w");
}

TEST(FeedXml, DeepNestingIsAnErrorNotACrash) {
  std::string xml = "<rss><channel><item><description>";
  for (int i = 0; i < 100000; ++i) xml += "<x>";
  std::vector<ReadItem> items = Read(xml);
  ASSERT_FALSE(items.empty());
  EXPECT_FALSE(items.back().ok);
}

}  // namespace
}  // namespace vigie
