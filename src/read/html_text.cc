#include "read/html_text.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <optional>

#include "read/date.h"
#include "read/libxml_util.h"
#include "text/utf8.h"

namespace vigie {
namespace {

using libxml::Attr;
using libxml::IsElement;
using libxml::NameIs;
using libxml::View;

constexpr int kHtmlParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                  HTML_PARSE_NONET | HTML_PARSE_COMPACT;

// How an element shapes the text, and whether it is dropped whatever the page.
enum class Tag : uint8_t {
  kInline,
  kBlock,      // a paragraph break before and after
  kLine,       // a line break (br, li, tr)
  kCell,       // a space (td, th)
  kDrop,       // never text: script, style, frames, embedded objects, form controls, head
  kBoiler,     // dropped from a page's main text unless it holds the article (nav, footer...)
};

Tag TagOf(const xmlNode* n) {
  std::string_view name = View(n->name);
  char lower[16];
  if (name.size() >= sizeof lower) return Tag::kInline;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view l(lower, name.size());
  static constexpr std::string_view kDrop[] = {
      "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
      "math",   "canvas", "video",   "audio",    "map",    "head", "button",   "select", "option", "input",  "textarea",
      "link",   "meta",  "title",    "datalist", "dialog"};
  static constexpr std::string_view kBoiler[] = {"nav", "header", "footer", "aside", "form", "menu"};
  static constexpr std::string_view kBlock[] = {
      "p",  "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd",
      "blockquote", "pre", "table", "figure", "figcaption", "hr", "address", "details", "summary", "fieldset",
      "center", "body", "html", "caption", "thead", "tbody", "tfoot", "legend"};
  for (std::string_view d : kDrop) {
    if (l == d) return Tag::kDrop;
  }
  for (std::string_view d : kBoiler) {
    if (l == d) return Tag::kBoiler;
  }
  for (std::string_view d : kBlock) {
    if (l == d) return Tag::kBlock;
  }
  if (l == "br" || l == "li" || l == "tr") return Tag::kLine;
  if (l == "td" || l == "th") return Tag::kCell;
  return Tag::kInline;
}

// Collapses white space runs (and no-break spaces) to one space, puts line or paragraph breaks
// where blocks end, and never starts or ends with white space.
class TextBuilder {
 public:
  void Text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (libxml::IsSpace(c)) {
        pending_space_ = true;
        continue;
      }
      if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // U+00A0 NO-BREAK SPACE
        ++i;
        pending_space_ = true;
        continue;
      }
      if (!out_.empty()) {
        if (pending_break_ >= 2) {
          out_ += "\n\n";
        } else if (pending_break_ == 1) {
          out_ += '\n';
        } else if (pending_space_) {
          out_ += ' ';
        }
      }
      pending_break_ = 0;
      pending_space_ = false;
      after_br_ = false;
      out_ += c;
    }
  }
  void Space() { pending_space_ = true; }
  // A <br>: a line break, and a paragraph break when it follows another with no text between.
  void LineBreak() {
    if (!out_.empty() && pending_break_ == 1 && after_br_) pending_break_ = 2;
    Break(1);
    after_br_ = true;
  }
  void Break(int level) {
    pending_break_ = std::max(pending_break_, level);
    pending_space_ = false;
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
  int pending_break_ = 0;
  bool pending_space_ = false;
  bool after_br_ = false;
};

void OnEnterOrLeave(const xmlNode* n, bool entering, TextBuilder* tb) {
  if (NameIs(n->name, "br")) {
    if (entering) tb->LineBreak();
    return;
  }
  switch (TagOf(n)) {
    case Tag::kBlock:
    case Tag::kBoiler:
      tb->Break(2);
      break;
    case Tag::kLine:
      tb->Break(1);
      break;
    case Tag::kCell:
      tb->Space();
      break;
    default:
      break;
  }
}

// Renders the subtree at `root`, skipping elements for which skip(node) is true. Iterative.
template <typename Skip>
void Render(const xmlNode* root, const Skip& skip, TextBuilder* tb) {
  if (root == nullptr) return;
  const xmlNode* cur = root;
  while (true) {
    if (cur->type == XML_ELEMENT_NODE) {
      if (!skip(cur)) {
        OnEnterOrLeave(cur, true, tb);
        if (cur->children != nullptr) {
          cur = cur->children;
          continue;
        }
        OnEnterOrLeave(cur, false, tb);
      }
    } else if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) {
      tb->Text(View(cur->content));
    }
    // Entity references, comments and the rest carry no text of their own.
    if (cur == root) return;
    while (cur->next == nullptr) {
      cur = cur->parent;
      if (cur == nullptr) return;
      OnEnterOrLeave(cur, false, tb);
      if (cur == root) return;
    }
    cur = cur->next;
  }
}

// Code points of `s` that are not white space: the length measure of the heuristics.
uint32_t TextWeight(std::string_view s, uint32_t* commas) {
  uint32_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80 || libxml::IsSpace(static_cast<char>(c))) continue;
    ++n;
    if (c == ',') ++*commas;
    if (c == 0xD8 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x8C) ++*commas;  // U+060C
  }
  return n;
}

// Words of class and id values that mark boilerplate, and words that mark content (which
// win: "article-share" is boilerplate, "content has-comments" is not).
bool IsBoilerWord(std::string_view w) {
  static constexpr std::string_view kExact[] = {
      "nav",     "menu",    "menus",   "navbar",    "ad",       "ads",       "adv",      "advert",  "banner",
      "sidebar", "footer",  "header",  "masthead", "toolbar",  "pagination", "pager", "tags",   "widget",  "widgets",
      "byline",  "login",   "signup",  "register",  "skip",     "print",     "popular",  "trending", "mostread",
      "gdpr",    "consent", "subscribe", "subscription", "paywall-promo", "breaking-ticker", "ticker", "hidden",
      "modal",   "popup",   "overlay", "dropdown",  "disqus",   "outbrain",  "taboola",  "newsletter"};
  static constexpr std::string_view kPrefix[] = {"navig", "cookie", "share", "sharing", "social", "comment",
                                                 "related", "recommend", "advert", "sponsor", "promo", "breadcrumb",
                                                 "newsletter", "outbrain", "taboola", "sidebar", "footer",
                                                 "banner-ad", "readmore", "read-more", "more-stories"};
  for (std::string_view e : kExact) {
    if (w == e) return true;
  }
  for (std::string_view p : kPrefix) {
    if (w.substr(0, p.size()) == p) return true;
  }
  return false;
}

bool IsContentWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"article", "body", "content", "main", "story", "entry", "post", "text",
                                                "articlebody", "story-body", "article-body", "post-content",
                                                "entry-content"};
  for (std::string_view c : kWords) {
    if (w == c) return true;
  }
  return false;
}

// Splits a class or id value into lower-case words at white space, '-' and '_' (keeping the
// whole hyphenated token as a word too, for "story-body").
template <typename F>
void ForEachWord(std::string_view value, const F& f) {
  std::string token;
  auto flush_token = [&] {
    if (token.empty()) return;
    f(std::string_view(token));
    size_t start = 0;
    for (size_t i = 0; i <= token.size(); ++i) {
      if (i == token.size() || token[i] == '-' || token[i] == '_') {
        if (i > start && !(start == 0 && i == token.size())) f(std::string_view(token).substr(start, i - start));
        start = i + 1;
      }
    }
    token.clear();
  };
  for (char c : value) {
    if (libxml::IsSpace(c)) {
      flush_token();
    } else {
      token.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
      if (token.size() > 64) token.resize(64);
    }
  }
  flush_token();
}

// +1 content, -1 boilerplate, 0 neither, from the class and id of an element.
int ClassWeight(const xmlNode* n) {
  bool boiler = false;
  bool content = false;
  for (std::string_view attr : {"class", "id"}) {
    std::string v = Attr(n, attr);
    if (v.empty()) continue;
    ForEachWord(v, [&](std::string_view w) {
      if (IsContentWord(w)) content = true;
      if (IsBoilerWord(w)) boiler = true;
    });
  }
  if (content) return 1;
  return boiler ? -1 : 0;
}

bool IsBoilerRole(const xmlNode* n) {
  std::string role = Attr(n, "role");
  if (role.empty()) return false;
  for (char& c : role) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
                             "dialog", "alertdialog", "toolbar"}) {
    if (role == r) return true;
  }
  return false;
}

bool IsHidden(const xmlNode* n) {
  if (libxml::HasAttr(n, "hidden")) return true;
  if (Attr(n, "aria-hidden") == "true") return true;
  std::string style = Attr(n, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style) {
    if (!libxml::IsSpace(c)) compact.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

bool IsArticleMarker(const xmlNode* n) {
  if (IsElement(n, "article") || IsElement(n, "main")) return true;
  std::string itemprop = Attr(n, "itemprop");
  if (itemprop == "articleBody" || itemprop == "articlebody") return true;
  return Attr(n, "role") == "main";
}

struct NodeInfo {
  const xmlNode* node = nullptr;
  int32_t parent = -1;       // index of the parent element, -1 at the root
  uint32_t own_text = 0;     // weight of the direct text children
  uint32_t own_commas = 0;
  uint32_t text = 0;         // weight of the kept subtree
  uint32_t link = 0;         // of which inside links
  uint32_t commas = 0;
  uint32_t raw_text = 0;     // weight of the subtree, drops ignored
  uint32_t paragraphs = 0;   // <p> elements in the subtree, drops ignored
  double score = 0;
  Tag tag = Tag::kInline;
  bool hard_drop = false;
  bool holds_article = false;  // an ancestor of the article's marker: never dropped
  bool dropped = false;
  bool scored = false;
};

// The page's metadata, gathered in the first walk.
struct Meta {
  std::string og_title, title, h1, lang, content_language, og_locale, site_name, application_name;
  std::vector<const xmlNode*> h1_nodes;  // the first <h1> elements, in document order
  const xmlNode* h1_node = nullptr;      // the headline: the first <h1> kept, kept out of the text
  std::string meta_date;      // article:published_time and the other meta names, best first
  int meta_date_rank = 100;
  std::string json_ld_date;
  std::string time_marked;    // <time itemprop=datePublished> or <time pubdate>
  std::string time_first;     // the first <time datetime>
};

std::string RenderText(const xmlNode* n) {
  TextBuilder tb;
  Render(n, [](const xmlNode* e) { return TagOf(e) == Tag::kDrop; }, &tb);
  return std::move(tb.out());
}

std::string LowerAscii(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// The value of a JSON-LD "datePublished" string, found by plain search (a full JSON parse of
// arbitrary scripts is not worth it for one field).
std::string JsonLdDate(std::string_view json) {
  size_t at = json.find("\"datePublished\"");
  if (at == std::string_view::npos) return std::string();
  size_t i = at + 15;
  while (i < json.size() && libxml::IsSpace(json[i])) ++i;
  if (i >= json.size() || json[i] != ':') return std::string();
  ++i;
  while (i < json.size() && libxml::IsSpace(json[i])) ++i;
  if (i >= json.size() || json[i] != '"') return std::string();
  size_t end = json.find('"', i + 1);
  if (end == std::string_view::npos || end - i > 64) return std::string();
  return std::string(json.substr(i + 1, end - i - 1));
}

void GatherMeta(const xmlNode* n, Meta* meta) {
  if (IsElement(n, "meta")) {
    std::string key = LowerAscii(Attr(n, "property"));
    if (key.empty()) key = LowerAscii(Attr(n, "name"));
    if (key.empty()) key = LowerAscii(Attr(n, "itemprop"));
    std::string http_equiv = LowerAscii(Attr(n, "http-equiv"));
    std::string content(libxml::Trim(Attr(n, "content")));
    if (content.empty()) return;
    if (key == "og:title" && meta->og_title.empty()) meta->og_title = content;
    if (key == "og:locale" && meta->og_locale.empty()) meta->og_locale = content;
    if (key == "og:site_name" && meta->site_name.empty()) meta->site_name = content;
    if (key == "application-name" && meta->application_name.empty()) meta->application_name = content;
    if (http_equiv == "content-language" && meta->content_language.empty()) meta->content_language = content;
    static constexpr std::string_view kDateKeys[] = {
        "article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
        "dcterms.created", "pubdate", "publishdate", "publish-date", "date", "dc.date", "sailthru.date"};
    for (int rank = 0; rank < static_cast<int>(std::size(kDateKeys)); ++rank) {
      if (key == kDateKeys[rank] && rank < meta->meta_date_rank) {
        meta->meta_date = content;
        meta->meta_date_rank = rank;
      }
    }
  } else if (IsElement(n, "title")) {
    if (meta->title.empty()) meta->title = libxml::PlainText(n);
  } else if (IsElement(n, "h1")) {
    if (meta->h1_nodes.size() < 16) meta->h1_nodes.push_back(n);
  } else if (IsElement(n, "time")) {
    std::string dt(libxml::Trim(Attr(n, "datetime")));
    if (dt.empty()) return;
    if (meta->time_first.empty()) meta->time_first = dt;
    if (meta->time_marked.empty() && (Attr(n, "itemprop") == "datePublished" || libxml::HasAttr(n, "pubdate"))) {
      meta->time_marked = dt;
    }
  } else if (IsElement(n, "script")) {
    if (meta->json_ld_date.empty() && LowerAscii(Attr(n, "type")) == "application/ld+json") {
      meta->json_ld_date = JsonLdDate(libxml::PlainText(n));
    }
  } else if (IsElement(n, "html")) {
    if (meta->lang.empty()) meta->lang = std::string(libxml::Trim(Attr(n, "lang")));
    if (meta->lang.empty()) meta->lang = std::string(libxml::Trim(Attr(n, "xml:lang")));
  }
}

libxml::DocPtr ParseHtml(std::string_view html, const char* encoding) {
  libxml::Prepare();
  return libxml::DocPtr(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, encoding, kHtmlParseOptions));
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = libxml::IsSpace(c);
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// The main-text extractor over one parsed page.
class PageExtractor {
 public:
  explicit PageExtractor(const xmlNode* root) : root_(root) {}

  void Run(HtmlPage* page) {
    Collect();
    MarkDrops();
    Measure();
    // The headline: the first <h1> outside the boilerplate (a logo in a <header> is no title).
    for (const xmlNode* h1 : meta_.h1_nodes) {
      if (IndexOf(h1) < 0 || info_[IndexOf(h1)].raw_text > 1000) continue;  // no headline is that long
      std::string text = RenderText(h1);
      if (text.empty()) continue;
      if (meta_.h1.empty() || !Dropped(h1)) {
        meta_.h1 = std::move(text);
        meta_.h1_node = h1;
      }
      if (!Dropped(h1)) break;
    }
    std::vector<int32_t> chosen = Choose();
    TextBuilder tb;
    for (int32_t i : chosen) {
      tb.Break(2);
      Render(info_[i].node, [this](const xmlNode* e) { return e == meta_.h1_node || Dropped(e); }, &tb);
    }
    page->text = std::move(tb.out());
    FillMeta(page);
  }

 private:
  int32_t IndexOf(const xmlNode* n) const {
    return static_cast<int32_t>(reinterpret_cast<uintptr_t>(n->_private)) - 1;
  }
  bool Dropped(const xmlNode* e) const {
    int32_t i = IndexOf(e);
    return i < 0 || info_[i].dropped;
  }

  // Pre-order walk of every element: indices, tags, own text, metadata.
  void Collect() {
    const xmlNode* cur = root_;
    int32_t parent = -1;
    while (cur != nullptr) {
      bool descend = false;
      if (cur->type == XML_ELEMENT_NODE) {
        NodeInfo info;
        info.node = cur;
        info.parent = parent;
        info.tag = TagOf(cur);
        info.hard_drop = info.tag == Tag::kDrop;
        const_cast<xmlNode*>(cur)->_private = reinterpret_cast<void*>(static_cast<uintptr_t>(info_.size() + 1));
        info_.push_back(info);
        GatherMeta(cur, &meta_);
        // <head> is no text, but its <title> and <meta> are metadata.
        descend = (!info.hard_drop || IsElement(cur, "head")) && cur->children != nullptr;
      } else if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) && parent >= 0) {
        NodeInfo& p = info_[parent];
        p.own_text += TextWeight(View(cur->content), &p.own_commas);
      }
      if (descend) {
        parent = IndexOf(cur);
        cur = cur->children;
        continue;
      }
      if (cur == root_) break;
      while (cur->next == nullptr) {
        cur = cur->parent;
        if (cur == nullptr || cur == root_) return;
        parent = info_[IndexOf(cur)].parent;
      }
      cur = cur->next;
    }
  }

  void MarkDrops() {
    // Text and paragraphs of every subtree before any drop, children first.
    for (size_t k = info_.size(); k-- > 0;) {
      NodeInfo& e = info_[k];
      if (e.hard_drop) continue;
      e.raw_text += e.own_text;
      if (IsElement(e.node, "p")) ++e.paragraphs;
      if (e.parent >= 0) {
        info_[e.parent].raw_text += e.raw_text;
        info_[e.parent].paragraphs += e.paragraphs;
      }
    }
    // The article markers that hold the article (not a teaser in a sidebar, not a comment in
    // an <article class="comment">) protect their ancestors from the boilerplate rules.
    auto is_main_marker = [](const NodeInfo& e) {
      return !e.hard_drop && IsArticleMarker(e.node) && ClassWeight(e.node) >= 0 && !IsBoilerRole(e.node);
    };
    uint32_t top = 0;
    for (const NodeInfo& e : info_) {
      if (is_main_marker(e)) top = std::max(top, e.raw_text);
    }
    for (NodeInfo& e : info_) {
      if (top == 0 || !is_main_marker(e) || e.raw_text * 2 < top) continue;
      for (int32_t a = e.parent; a >= 0 && !info_[a].holds_article; a = info_[a].parent) info_[a].holds_article = true;
    }
    // Drops, parents first.
    for (NodeInfo& e : info_) {
      if (e.hard_drop || (e.parent >= 0 && info_[e.parent].dropped)) {
        e.dropped = true;
        continue;
      }
      if (e.holds_article || IsElement(e.node, "body") || IsElement(e.node, "html")) continue;
      bool drop = false;
      if (e.tag == Tag::kBoiler) {
        // A form may wrap a whole page (ASP.NET): it goes only when it holds no real text.
        drop = !IsElement(e.node, "form") || e.paragraphs < 3;
      }
      drop = drop || IsHidden(e.node) || IsBoilerRole(e.node) || ClassWeight(e.node) < 0;
      e.dropped = drop;
    }
  }

  void Measure() {
    for (size_t k = info_.size(); k-- > 0;) {
      NodeInfo& e = info_[k];
      if (e.dropped) continue;
      e.text += e.own_text;
      e.commas += e.own_commas;
      if (IsElement(e.node, "a")) e.link = e.text;
      if (e.parent >= 0) {
        NodeInfo& p = info_[e.parent];
        p.text += e.text;
        p.link += e.link;
        p.commas += e.commas;
      }
    }
  }

  double LinkDensity(const NodeInfo& e) const {
    return e.text == 0 ? 0.0 : static_cast<double>(e.link) / static_cast<double>(e.text);
  }

  // The best kept element satisfying `pred` by text, when it has at least `min_text`.
  template <typename Pred>
  int32_t Best(const Pred& pred, uint32_t min_text) const {
    int32_t best = -1;
    for (size_t k = 0; k < info_.size(); ++k) {
      const NodeInfo& e = info_[k];
      if (e.dropped || !pred(e.node)) continue;
      if (best < 0 || e.text > info_[best].text) best = static_cast<int32_t>(k);
    }
    return best >= 0 && info_[best].text >= min_text ? best : -1;
  }

  void InitScore(NodeInfo* e) {
    if (e->scored) return;
    e->scored = true;
    std::string_view name = View(e->node->name);
    if (name == "div" || name == "article" || name == "section" || name == "main") {
      e->score = 5;
    } else if (name == "pre" || name == "td" || name == "blockquote") {
      e->score = 3;
    } else if (name == "ol" || name == "ul" || name == "dl" || name == "dd" || name == "dt" || name == "li") {
      e->score = -3;
    } else if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
      e->score = -5;
    }
    e->score += 25.0 * ClassWeight(e->node);
  }

  std::vector<int32_t> Choose() {
    int32_t semantic = Best([](const xmlNode* n) {
      std::string itemprop = Attr(n, "itemprop");
      return itemprop == "articleBody" || itemprop == "articlebody";
    }, 50);
    if (semantic < 0) semantic = Best([](const xmlNode* n) { return IsElement(n, "article"); }, 140);
    if (semantic < 0) {
      semantic = Best([](const xmlNode* n) { return IsElement(n, "main") || Attr(n, "role") == "main"; }, 140);
    }
    if (semantic >= 0) return {semantic};

    // Readability-like scoring: each paragraph gives its parent a score for its length and
    // commas, and half of it to its grandparent. Text written straight into a <div> (lines
    // split by <br>, no <p>) counts as a paragraph of the div's own text.
    for (NodeInfo& e : info_) {
      if (e.dropped || e.parent < 0) continue;
      std::string_view name = View(e.node->name);
      uint32_t text = e.text;
      uint32_t commas = e.commas;
      if (name == "div" || name == "section") {
        text = e.own_text;
        commas = e.own_commas;
      } else if (name != "p" && name != "pre" && name != "td" && name != "blockquote") {
        continue;
      }
      if (text < 25) continue;
      double s = 1.0 + commas + std::min(text / 100.0, 3.0);
      NodeInfo& p = info_[e.parent];
      InitScore(&p);
      p.score += s;
      if (p.parent >= 0) {
        NodeInfo& g = info_[p.parent];
        InitScore(&g);
        g.score += s / 2;
      }
    }
    int32_t top = -1;
    double top_score = 0;
    for (size_t k = 0; k < info_.size(); ++k) {
      NodeInfo& e = info_[k];
      if (!e.scored || e.dropped) continue;
      e.score *= 1.0 - LinkDensity(e);
      if (top < 0 || e.score > top_score) {
        top = static_cast<int32_t>(k);
        top_score = e.score;
      }
    }
    if (top < 0) {
      int32_t body = Best([](const xmlNode* n) { return IsElement(n, "body"); }, 0);
      return {body >= 0 ? body : 0};
    }
    // The top block with its siblings that read as part of the same text.
    const NodeInfo& t = info_[top];
    if (t.parent < 0) return {top};
    std::vector<int32_t> out;
    double threshold = std::max(10.0, top_score * 0.2);
    for (const xmlNode* s = info_[t.parent].node->children; s != nullptr; s = s->next) {
      if (s->type != XML_ELEMENT_NODE) continue;
      int32_t k = IndexOf(s);
      if (k < 0 || info_[k].dropped) continue;
      const NodeInfo& e = info_[k];
      bool keep = k == top || (e.scored && e.score >= threshold);
      if (!keep && IsElement(s, "p") && e.text > 0) {
        double ld = LinkDensity(e);
        if (e.text > 80 && ld < 0.25) {
          keep = true;
        } else if (ld == 0) {
          std::string text = RenderText(s);
          keep = text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
        }
      }
      if (keep) out.push_back(k);
    }
    return out;
  }

  void FillMeta(HtmlPage* page) {
    std::string title = meta_.og_title;
    if (title.empty()) title = meta_.h1;
    if (title.empty()) title = meta_.title;
    TextBuilder tb;
    tb.Text(title);
    page->title = title == meta_.h1 ? tb.out() : StripSiteSuffix(tb.out());

    for (const std::string* candidate : {&meta_.meta_date, &meta_.json_ld_date, &meta_.time_marked, &meta_.time_first}) {
      if (candidate->empty()) continue;
      std::optional<ParsedDate> parsed = ParseDate(*candidate);
      if (parsed) {
        page->published = parsed->iso;
        break;
      }
      page->warnings.push_back("unreadable date '" + libxml::Clip(*candidate, 80) + "': published set to null");
    }

    std::string lang = meta_.lang;
    if (lang.empty()) lang = meta_.content_language;
    if (lang.empty()) lang = meta_.og_locale;
    std::replace(lang.begin(), lang.end(), '_', '-');
    if (lang.size() > 35) lang.clear();  // no language tag is that long
    page->lang = lang;
    TextBuilder site;
    site.Text(meta_.site_name.empty() ? meta_.application_name : meta_.site_name);
    page->site_name = site.out().size() <= 200 ? std::move(site.out()) : std::string();
  }

  const xmlNode* root_;
  std::vector<NodeInfo> info_;
  Meta meta_;
};

void EnsureUtf8(std::string* s, std::vector<std::string>* warnings) {
  if (utf8::IsValid(*s) && s->find('\0') == std::string::npos) return;
  std::string repaired;
  utf8::Repair(*s, &repaired);
  repaired.erase(std::remove(repaired.begin(), repaired.end(), '\0'), repaired.end());
  *s = std::move(repaired);
  if (warnings != nullptr) warnings->push_back("bytes that were not text replaced with U+FFFD");
}

// True when the page's first KiB declares a UTF-16 or UTF-32 charset: the bytes being read
// as ASCII to find that declaration, it cannot be true, and browsers read such pages as UTF-8
// (HTML's "prescan" rule); libxml2 would switch to UTF-16 and turn the page into noise.
bool DeclaresWideCharset(std::string_view html) {
  std::string head = LowerAscii(std::string(html.substr(0, 1024)));
  for (size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 7)) {
    size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    std::string_view value = std::string_view(head).substr(i, 6);
    if (value == "utf-16" || value == "utf-32" || value.substr(0, 5) == "ucs-2" || value.substr(0, 5) == "utf16") {
      return true;
    }
  }
  return false;
}

size_t CountTags(std::string_view html) {
  size_t n = 0;
  for (const char* p = html.data(), *end = html.data() + html.size();
       (p = static_cast<const char*>(std::memchr(p, '<', static_cast<size_t>(end - p)))) != nullptr; ++p) {
    ++n;
  }
  return n;
}

// Text with every "<...>" cut out, for fragments too big to parse into a tree.
void StripTags(std::string_view html, TextBuilder* tb) {
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    tb->Text(html.substr(i, lt == std::string_view::npos ? std::string_view::npos : lt - i));
    if (lt == std::string_view::npos) break;
    size_t gt = html.find('>', lt);
    if (gt == std::string_view::npos) break;
    tb->Space();
    i = gt + 1;
  }
}

}  // namespace

std::string StripSiteSuffix(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {" - ", " | ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ",
                                                     " \u00BB "};
  size_t best = std::string_view::npos;
  size_t best_len = 0;
  for (std::string_view sep : kSeparators) {
    size_t at = title.rfind(sep);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
      best = at;
      best_len = sep.size();
    }
  }
  if (best == std::string_view::npos) return std::string(title);
  std::string_view left = libxml::Trim(title.substr(0, best));
  std::string_view right = libxml::Trim(title.substr(best + best_len));
  if (WordCount(right) <= 4 && WordCount(left) >= 2 && left.size() >= right.size()) return std::string(left);
  return std::string(title);
}

Result<HtmlPage> ExtractHtmlPage(std::string_view html, const HtmlOptions& options) {
  if (html.size() > options.max_input_bytes || html.size() > static_cast<size_t>(INT_MAX)) {
    return Status::OutOfBudget("HTML page of " + std::to_string(html.size()) + " bytes is over the budget of " +
                               std::to_string(options.max_input_bytes) + " bytes");
  }
  if (libxml::Trim(html).empty()) return Status::InvalidInput("empty HTML page");
  size_t tags = CountTags(html);
  if (tags > options.max_tags) {
    return Status::OutOfBudget("HTML page with " + std::to_string(tags) + " tags is over the budget of " +
                               std::to_string(options.max_tags));
  }
  HtmlPage page;
  libxml::DocPtr doc;
  if (!options.encoding.empty()) {
    doc = ParseHtml(html, options.encoding.c_str());
    if (!doc) page.warnings.push_back("unknown charset '" + options.encoding + "', the page's own was used");
  }
  if (!doc) doc = ParseHtml(html, DeclaresWideCharset(html) ? "UTF-8" : nullptr);
  if (!doc) return Status::InvalidInput("not readable as HTML");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Status::InvalidInput("no HTML element in the page");
  PageExtractor extractor(root);
  extractor.Run(&page);
  EnsureUtf8(&page.text, &page.warnings);
  EnsureUtf8(&page.title, &page.warnings);
  EnsureUtf8(&page.lang, nullptr);
  EnsureUtf8(&page.site_name, nullptr);
  if (page.text.empty()) return Status::InvalidInput("no text found in the HTML page");
  return page;
}

HtmlFragmentReader::HtmlFragmentReader() {
  libxml::Prepare();
  ctxt_ = htmlNewParserCtxt();
}

HtmlFragmentReader::~HtmlFragmentReader() {
  if (ctxt_ != nullptr) htmlFreeParserCtxt(static_cast<htmlParserCtxtPtr>(ctxt_));
}

std::string HtmlFragmentReader::ToText(std::string_view html) {
  TextBuilder tb;
  if (html.find_first_of("<&") == std::string_view::npos) {
    tb.Text(html);
  } else if (CountTags(html) > HtmlOptions().max_tags) {
    StripTags(html, &tb);
  } else if (html.size() <= static_cast<size_t>(INT_MAX)) {
    libxml::Prepare();
    libxml::DocPtr doc(ctxt_ != nullptr ? htmlCtxtReadMemory(static_cast<htmlParserCtxtPtr>(ctxt_), html.data(),
                                                             static_cast<int>(html.size()), nullptr, "UTF-8",
                                                             kHtmlParseOptions)
                                        : nullptr);
    if (doc) Render(xmlDocGetRootElement(doc.get()), [](const xmlNode* e) { return TagOf(e) == Tag::kDrop; }, &tb);
  }
  std::string out = std::move(tb.out());
  EnsureUtf8(&out, nullptr);
  return out;
}

std::string HtmlFragmentToText(std::string_view html) {
  HtmlFragmentReader reader;
  return reader.ToText(html);
}

void AppendHtmlNodeText(const _xmlNode* node, std::string* out) {
  TextBuilder tb;
  Render(node, [](const xmlNode* e) { return TagOf(e) == Tag::kDrop; }, &tb);
  if (tb.out().empty()) return;
  if (!out->empty()) out->append("\n\n");
  out->append(tb.out());
}

}  // namespace vigie
