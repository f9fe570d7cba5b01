#include "read/feed.h"

#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include <climits>
#include <cstring>
#include <memory>
#include <optional>

#include "common/hash.h"
#include "read/date.h"
#include "read/html_text.h"
#include "read/libxml_util.h"
#include "text/utf8.h"

namespace vigie {
namespace {

using libxml::Attr;
using libxml::NameIs;
using libxml::View;

// No XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR,
// XML_PARSE_DTDVALID or XML_PARSE_HUGE: nothing outside the bytes given is ever read, and
// libxml2's limits on entity amplification and nesting depth hold.
constexpr int kFeedParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;

constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";

struct ReaderFree {
  void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};
using ReaderPtr = std::unique_ptr<xmlTextReader, ReaderFree>;

struct ErrorCapture {
  bool set = false;
  int line = 0;
  std::string message;
};

void CaptureError(void* arg, xmlErrorPtr err) {
  auto* capture = static_cast<ErrorCapture*>(arg);
  if (capture->set || err == nullptr || err->level < XML_ERR_ERROR) return;
  capture->set = true;
  capture->line = err->line;
  capture->message = libxml::Clip(libxml::Trim(err->message != nullptr ? err->message : "malformed XML"), 200);
}

// Collapses white space runs to one space and trims.
std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (libxml::IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

bool HasElementChild(const xmlNode* n) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) return true;
  }
  return false;
}

// The text of a feed element that may carry HTML (RSS description, Atom content).
std::string MarkupText(const xmlNode* n, FeedKind kind, HtmlFragmentReader* fragments) {
  if (kind == FeedKind::kAtom) {
    std::string type = Lower(Attr(n, "type"));
    if (type == "xhtml") {
      std::string out;
      AppendHtmlNodeText(n, &out);
      return out;
    }
    if (type == "html" || type == "text/html") return fragments->ToText(libxml::PlainText(n));
    if (type.empty() || type == "text" || type == "text/plain") return Collapse(libxml::PlainText(n));
    return std::string();  // base64 or other media: not text
  }
  // RSS: escaped HTML as text, or (in some feeds) unescaped XHTML elements.
  if (HasElementChild(n)) {
    std::string out;
    AppendHtmlNodeText(n, &out);
    return out;
  }
  return fragments->ToText(libxml::PlainText(n));
}

// A title: plain text, but feeds often escape HTML in it ("&amp;quot;", "<b>").
std::string TitleText(const xmlNode* n, FeedKind kind, HtmlFragmentReader* fragments) {
  std::string raw = libxml::PlainText(n);
  bool html = kind == FeedKind::kAtom ? Lower(Attr(n, "type")) == "html" : raw.find_first_of("<&") != std::string::npos;
  std::string text = html ? fragments->ToText(raw) : Collapse(raw);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return Collapse(text);
}

std::string NsHref(const xmlNode* n) { return n->ns != nullptr ? std::string(View(n->ns->href)) : std::string(); }

// `link` resolved against xml:base and the feed's URL when it is relative.
std::string ResolveLink(const std::string& link, const xmlNode* node) {
  if (link.empty() || link.find("://") != std::string::npos) return link;
  libxml::StringPtr base(xmlNodeGetBase(node->doc, node));
  if (!base) return link;
  libxml::StringPtr resolved(xmlBuildURI(reinterpret_cast<const xmlChar*>(link.c_str()), base.get()));
  return resolved ? std::string(View(resolved.get())) : link;
}

void EnsureUtf8(std::string* s, std::vector<std::string>* warnings) {
  if (utf8::IsValid(*s)) return;
  std::string repaired;
  utf8::Repair(*s, &repaired);
  *s = std::move(repaired);
  warnings->push_back("invalid UTF-8 replaced with U+FFFD");
}

struct FeedContext {
  FeedKind kind = FeedKind::kNone;
  std::string title;
  std::string lang;
  const FeedOptions* options = nullptr;
  HtmlFragmentReader* fragments = nullptr;  // one parser context for every item's HTML
};

// One <item> or <entry> into a document or a rejection.
void ReadEntry(const xmlNode* node, const FeedContext& feed, std::string item_lang, const std::string& origin,
               ReadItem* item) {
  item->origin = origin;
  Document& doc = item->doc;
  const xmlNode* title = nullptr;
  const xmlNode* content = nullptr;
  const xmlNode* description = nullptr;
  std::string link, guid, published, updated, lang;
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const xmlChar* name = c->name;
    if (NameIs(name, "title")) {
      if (title == nullptr) title = c;
    } else if (NameIs(name, "link")) {
      if (!link.empty()) continue;
      if (feed.kind == FeedKind::kAtom || libxml::HasAttr(c, "href")) {
        std::string rel = Attr(c, "rel");
        if (rel.empty() || rel == "alternate") link = std::string(libxml::Trim(Attr(c, "href")));
      } else {
        link = std::string(libxml::Trim(libxml::PlainText(c)));
      }
    } else if (NameIs(name, "guid") || (feed.kind == FeedKind::kAtom && NameIs(name, "id"))) {
      if (guid.empty()) guid = std::string(libxml::Trim(libxml::PlainText(c)));
    } else if (NameIs(name, "pubdate") || NameIs(name, "published") || NameIs(name, "issued") ||
               NameIs(name, "date")) {
      if (published.empty()) published = std::string(libxml::Trim(libxml::PlainText(c)));
    } else if (NameIs(name, "updated") || NameIs(name, "modified")) {
      if (updated.empty()) updated = std::string(libxml::Trim(libxml::PlainText(c)));
    } else if (NameIs(name, "encoded") && NsHref(c) == kContentNs) {
      if (content == nullptr) content = c;
    } else if (feed.kind == FeedKind::kAtom && NameIs(name, "content")) {
      if (content == nullptr) content = c;
    } else if (NameIs(name, "description") || NameIs(name, "summary")) {
      if (description == nullptr) description = c;
    } else if (NameIs(name, "language")) {
      if (lang.empty()) lang = std::string(libxml::Trim(libxml::PlainText(c)));
    }
  }

  if (title != nullptr) doc.title = TitleText(title, feed.kind, feed.fragments);
  if (content != nullptr) doc.body = MarkupText(content, feed.kind, feed.fragments);
  if (doc.body.empty() && description != nullptr) doc.body = MarkupText(description, feed.kind, feed.fragments);
  EnsureUtf8(&doc.title, &doc.warnings);
  EnsureUtf8(&doc.body, &doc.warnings);
  if (doc.body.size() + doc.title.size() > feed.options->max_doc_bytes) {
    item->error = Status::OutOfBudget("item of " + std::to_string(doc.body.size() + doc.title.size()) +
                                      " bytes is over the size budget of " +
                                      std::to_string(feed.options->max_doc_bytes) + " bytes (see --max-doc-bytes)");
    return;
  }
  if (doc.body.empty()) {
    item->error = Status::InvalidInput(doc.title.empty() ? "empty item (no title, no description or content)"
                                                         : "item has a title but no text (no description or content)");
    return;
  }

  doc.url = ResolveLink(link, node);
  std::string about = Attr(node, "about");  // rdf:about names an RSS 1.0 item
  if (!guid.empty()) {
    doc.id = guid;
  } else if (!about.empty()) {
    doc.id = about;
  } else if (!doc.url.empty()) {
    doc.id = Hex64(Hash64(doc.url));
  } else {
    doc.id = Hex64(Hash64(doc.body, Hash64(doc.title)));
  }
  if (doc.id.size() > 1024 || !utf8::IsValid(doc.id)) doc.id = Hex64(Hash64(doc.id));

  std::string date = published.empty() ? updated : published;
  if (!date.empty()) {
    std::optional<ParsedDate> parsed = ParseDate(date);
    if (parsed) {
      doc.published = parsed->iso;
      if (parsed->trailing_ignored) {
        doc.warnings.push_back("date '" + libxml::Clip(date, 80) + "': trailing text ignored");
      }
    } else {
      doc.warnings.push_back("unreadable date '" + libxml::Clip(date, 80) + "': published set to null");
    }
  }
  if (lang.empty()) lang = std::move(item_lang);
  if (lang.empty()) lang = feed.lang;
  if (lang.size() <= 35) doc.lang_hint = lang;
  doc.source = feed.title;
  doc.origin = origin;
  item->ok = true;
}

std::string XmlLangHere(xmlTextReader* reader) {
  const xmlChar* lang = xmlTextReaderConstXmlLang(reader);
  return std::string(libxml::Trim(View(lang)));
}

}  // namespace

FeedKind ReadFeed(std::string_view xml, std::string_view display, const FeedOptions& options,
                  std::vector<ReadItem>* items) {
  auto reject = [&](Status status) {
    ReadItem item;
    item.origin = std::string(display);
    item.error = std::move(status);
    items->push_back(std::move(item));
  };
  if (xml.size() > options.max_input_bytes || xml.size() > static_cast<size_t>(INT_MAX)) {
    reject(Status::OutOfBudget("feed of " + std::to_string(xml.size()) + " bytes is over the budget of " +
                               std::to_string(options.max_input_bytes) + " bytes"));
    return FeedKind::kNone;
  }
  size_t tags = 0;
  for (const char* p = xml.data(), *end = xml.data() + xml.size();
       (p = static_cast<const char*>(std::memchr(p, '<', static_cast<size_t>(end - p)))) != nullptr; ++p) {
    ++tags;
  }
  if (tags > options.max_tags) {
    reject(Status::OutOfBudget("feed with " + std::to_string(tags) + " tags is over the budget of " +
                               std::to_string(options.max_tags)));
    return FeedKind::kNone;
  }
  libxml::Prepare();
  ReaderPtr reader(xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()),
                                      options.base_url.empty() ? nullptr : options.base_url.c_str(), nullptr,
                                      kFeedParseOptions));
  if (!reader) {
    reject(Status::InvalidInput("cannot read the feed (out of memory)"));
    return FeedKind::kNone;
  }
  ErrorCapture error;
  xmlTextReaderSetStructuredErrorHandler(reader.get(), CaptureError, &error);

  HtmlFragmentReader fragments;
  FeedContext feed;
  feed.options = &options;
  feed.fragments = &fragments;
  size_t first = items->size();
  int channel_depth = -1;
  int count = 0;
  int ret = xmlTextReaderRead(reader.get());
  while (ret == 1) {
    if (xmlTextReaderNodeType(reader.get()) != XML_READER_TYPE_ELEMENT) {
      ret = xmlTextReaderRead(reader.get());
      continue;
    }
    int depth = xmlTextReaderDepth(reader.get());
    const xmlChar* local = xmlTextReaderConstLocalName(reader.get());
    if (depth == 0) {
      if (NameIs(local, "rss")) {
        feed.kind = FeedKind::kRss;
      } else if (NameIs(local, "rdf")) {
        feed.kind = FeedKind::kRdf;
      } else if (NameIs(local, "feed")) {
        feed.kind = FeedKind::kAtom;
        channel_depth = 0;
      } else {
        std::string name = libxml::Clip(View(local), 40);
        reject(Status::InvalidInput("not a feed: the root element is <" + name + ">, not <rss>, <rdf:RDF> or <feed>"));
        return FeedKind::kNone;
      }
      feed.lang = XmlLangHere(reader.get());
      ret = xmlTextReaderRead(reader.get());
      continue;
    }
    if (feed.kind != FeedKind::kAtom && channel_depth < 0 && NameIs(local, "channel")) {
      channel_depth = depth;
      if (feed.lang.empty()) feed.lang = XmlLangHere(reader.get());
      ret = xmlTextReaderRead(reader.get());
      continue;
    }
    bool is_entry = feed.kind == FeedKind::kAtom ? NameIs(local, "entry") : NameIs(local, "item");
    bool is_feed_field = channel_depth >= 0 && depth == channel_depth + 1 &&
                         (NameIs(local, "title") || NameIs(local, "language"));
    if (!is_entry && !is_feed_field) {
      ret = xmlTextReaderRead(reader.get());
      continue;
    }
    std::string lang = XmlLangHere(reader.get());
    xmlNode* node = xmlTextReaderExpand(reader.get());
    if (node == nullptr) {
      ret = -1;
      break;
    }
    if (is_entry && static_cast<size_t>(count) >= options.max_items) {
      reject(Status::OutOfBudget("feed with more than " + std::to_string(options.max_items) +
                                 " items: the rest is skipped"));
      break;
    }
    if (is_entry) {
      ++count;
      ReadItem item;
      ReadEntry(node, feed, lang, std::string(display) + ":item " + std::to_string(count), &item);
      items->push_back(std::move(item));
    } else if (NameIs(local, "title")) {
      if (feed.title.empty()) feed.title = TitleText(node, feed.kind, &fragments);
    } else if (feed.lang.empty()) {
      feed.lang = std::string(libxml::Trim(libxml::PlainText(node)));
    }
    ret = xmlTextReaderNext(reader.get());
  }

  // The feed's title may come after its first items: give it to every item.
  if (!feed.title.empty()) {
    std::string title = feed.title;
    std::vector<std::string> unused;
    EnsureUtf8(&title, &unused);
    for (size_t i = first; i < items->size(); ++i) {
      if ((*items)[i].ok && (*items)[i].doc.source.empty()) (*items)[i].doc.source = title;
    }
  }
  if (ret < 0) {
    std::string where = error.line > 0 ? " at line " + std::to_string(error.line) : std::string();
    std::string what = error.set ? error.message : "malformed or truncated XML";
    reject(Status::InvalidInput("malformed feed" + where + ": " + what + " (" + std::to_string(count) +
                                " item(s) read before)"));
  } else if (feed.kind == FeedKind::kNone) {
    reject(Status::InvalidInput("empty feed: no XML element"));
  }
  return feed.kind;
}

}  // namespace vigie
