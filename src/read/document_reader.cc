#include "read/document_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>

#include "common/hash.h"
#include "read/date.h"
#include "read/feed.h"
#include "read/html_text.h"
#include "text/utf8.h"

namespace vigie {
namespace {

static_assert(LineReader::kPadding >= simdjson::SIMDJSON_PADDING, "JSON lines need simdjson's padding");

constexpr size_t kSniffBytes = 4096;

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Trims ASCII white space, and Unicode white space that NFC leaves (no-break spaces), from
// both ends of a body or title.
std::string TrimCopy(std::string_view s) { return std::string(Trim(s)); }

size_t SkipBom(std::string_view s) {
  return s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// Length of the date in a seed header that starts at s[0]: the first word, and a time after a
// space when one follows ("2015-07-21 02:51:32").
size_t SeedDateLength(std::string_view s) {
  size_t end = 0;
  while (end < s.size() && !IsSpace(s[end])) ++end;
  if (end + 6 <= s.size() && s[end] == ' ' && std::isdigit(static_cast<unsigned char>(s[end + 1])) &&
      std::isdigit(static_cast<unsigned char>(s[end + 2])) && s[end + 3] == ':') {
    size_t t = end + 1;
    while (t < s.size() && !IsSpace(s[t])) ++t;
    end = t;
  }
  return end;
}

// "date 2024-09 body..." or "date 2024-09\nbody...": true when `s` opens with a seed header,
// the word "date" then a year of four digits (a date vigie may still fail to read, which it
// then reports), or another form that reads as a date ("26/09/2024").
bool LooksSeed(std::string_view s) {
  s = s.substr(SkipBom(s));
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  if (s.size() < 6) return false;
  std::string head(s.substr(0, 4));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (head != "date" || (s[4] != ' ' && s[4] != '\t')) return false;
  s.remove_prefix(4);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  if (s.empty() || s.front() < '0' || s.front() > '9') return false;
  std::string_view token = s.substr(0, SeedDateLength(s));
  bool year_first = token.size() >= 4 && std::all_of(token.begin(), token.begin() + 4, [](char c) {
    return c >= '0' && c <= '9';
  });
  return year_first || ParseDate(token).has_value();
}

InputFormat FormatFromName(const std::string& path) {
  std::string p = path;
  if (EndsWith(p, ".gz")) p.resize(p.size() - 3);
  if (EndsWith(p, ".jsonl") || EndsWith(p, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWith(p, ".xml") || EndsWith(p, ".rss") || EndsWith(p, ".atom") || EndsWith(p, ".rdf")) {
    return InputFormat::kFeed;
  }
  if (EndsWith(p, ".html") || EndsWith(p, ".htm") || EndsWith(p, ".xhtml")) return InputFormat::kHtml;
  return InputFormat::kAuto;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// kFeed or kHtml from the first element of markup (after an XML declaration, comments and a
// doctype): <rss>, <rdf:RDF>, <feed>; <!doctype html>, <html>, <head>, <body>. kAuto otherwise.
InputFormat SniffMarkup(std::string_view s) {
  s.remove_prefix(SkipBom(s));
  for (int guard = 0; guard < 32; ++guard) {
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    if (s.size() < 2 || s[0] != '<') return InputFormat::kAuto;
    size_t end;
    if (s[1] == '?') {
      end = s.find("?>");
      if (end == std::string_view::npos) return InputFormat::kAuto;
      s.remove_prefix(end + 2);
      continue;
    }
    if (s.substr(0, 4) == "<!--") {
      end = s.find("-->");
      if (end == std::string_view::npos) return InputFormat::kAuto;
      s.remove_prefix(end + 3);
      continue;
    }
    if (s[1] == '!') {
      std::string head = LowerAscii(s.substr(0, 14));
      if (head == "<!doctype html") return InputFormat::kHtml;
      end = s.find('>');
      size_t subset = s.find('[');
      if (subset != std::string_view::npos && subset < end) {
        end = s.find("]>", subset);
        if (end != std::string_view::npos) ++end;
      }
      if (end == std::string_view::npos) return InputFormat::kAuto;
      s.remove_prefix(end + 1);
      continue;
    }
    size_t i = 1;
    while (i < s.size() && i < 64 && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == ':' || s[i] == '-' ||
                                      s[i] == '_' || s[i] == '.')) {
      ++i;
    }
    std::string name = LowerAscii(s.substr(1, i - 1));
    if (name == "rss" || name == "feed" || name == "rdf:rdf" || name == "rdf") return InputFormat::kFeed;
    if (name == "html" || name == "head" || name == "body") return InputFormat::kHtml;
    return InputFormat::kAuto;
  }
  return InputFormat::kAuto;
}

// The format a fetched body's media type names, kAuto when it names none of ours.
InputFormat FormatFromMediaType(const std::string& media_type) {
  if (media_type == "application/rss+xml" || media_type == "application/atom+xml" ||
      media_type == "application/rdf+xml" || media_type == "application/feed+xml") {
    return InputFormat::kFeed;
  }
  if (media_type == "text/html" || media_type == "application/xhtml+xml") return InputFormat::kHtml;
  if (media_type == "application/x-ndjson" || media_type == "application/jsonl") return InputFormat::kJsonl;
  return InputFormat::kAuto;
}

std::string WhereLine(int line) { return "line " + std::to_string(line) + ": "; }

std::string ContentId(std::string_view title, std::string_view body) {
  uint64_t h = Hash64(body, Hash64(title));
  return Hex64(h);
}

void ReplaceNuls(std::string* s) {
  std::string out;
  out.reserve(s->size());
  for (char c : *s) {
    if (c == '\0') {
      out += "\xEF\xBF\xBD";
    } else {
      out.push_back(c);
    }
  }
  *s = std::move(out);
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "seed") return InputFormat::kSeed;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "feed" || name == "rss" || name == "atom") return InputFormat::kFeed;
  if (name == "html" || name == "htm") return InputFormat::kHtml;
  return Status::InvalidArgument("unknown format '" + std::string(name) + "' (auto, seed, jsonl, text, feed, html)");
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kSeed: return "seed";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kText: return "text";
    case InputFormat::kFeed: return "feed";
    case InputFormat::kHtml: return "html";
  }
  return "auto";
}

bool LooksBinary(std::string_view sample) {
  // Control characters other than white space and ESC are the evidence: binary formats are
  // full of them, text in any encoding has almost none. Bytes that are not UTF-8 are not
  // evidence: Latin-1 text is text, which CheckText reports as invalid UTF-8 (or repairs).
  size_t suspicious = 0;
  for (char ch : sample) {
    unsigned char c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f) {
      ++suspicious;
    }
  }
  return suspicious >= 2 && suspicious * 20 > sample.size();
}

Status CheckText(std::string* text, Utf8Policy policy, std::string_view where, std::vector<std::string>* warnings) {
  size_t bad = utf8::FindInvalid(*text);
  if (bad != utf8::kValid) {
    if (policy == Utf8Policy::kStrict) {
      return Status::InvalidInput(std::string(where) + "invalid UTF-8 at byte offset " + std::to_string(bad) +
                                  " (use --lenient to replace bad bytes)");
    }
    std::string repaired;
    size_t count = utf8::Repair(*text, &repaired);
    *text = std::move(repaired);
    warnings->push_back(std::string(where) + "replaced " + std::to_string(count) +
                        " invalid UTF-8 sequence(s) with U+FFFD, the first at byte offset " + std::to_string(bad));
  }
  const void* nul = std::memchr(text->data(), '\0', text->size());
  if (nul != nullptr) {
    size_t at = static_cast<const char*>(nul) - text->data();
    if (policy == Utf8Policy::kStrict) {
      return Status::InvalidInput(std::string(where) + "NUL byte at byte offset " + std::to_string(at) +
                                  " (use --lenient to replace it)");
    }
    ReplaceNuls(text);
    warnings->push_back(std::string(where) + "replaced NUL byte(s) with U+FFFD, the first at byte offset " +
                        std::to_string(at));
  }
  return Status::Ok();
}

DocumentReader::DocumentReader(std::unique_ptr<ByteSource> source, std::string display, const ReadOptions& options)
    : source_(std::move(source)), display_(std::move(display)), options_(options), format_(options.format) {}

DocumentReader::~DocumentReader() = default;

Result<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::string& path, const ReadOptions& options) {
  if (IsUrl(path)) {
    FetchOptions fetch = options.fetch;
    fetch.max_bytes = options.max_input_bytes;
    Result<FetchResponse> response = Fetch(path, fetch);
    if (!response.ok()) return response.status();
    std::unique_ptr<DocumentReader> reader(
        new DocumentReader(ByteSource::FromString(std::move(response->body), path), path, options));
    reader->url_ = response->url;
    reader->media_type_ = response->media_type;
    reader->charset_ = response->charset;
    reader->open_error_ = reader->Sniff();
    return reader;
  }
  Result<std::unique_ptr<ByteSource>> source = ByteSource::Open(path);
  if (!source.ok()) return source.status();
  std::string display = path == "-" ? "<stdin>" : path;
  std::unique_ptr<DocumentReader> reader(new DocumentReader(std::move(source).value(), display, options));
  if (reader->format_ == InputFormat::kAuto) {
    InputFormat by_name = FormatFromName(path);
    // A feed or page name is a hint the content may correct (an XHTML page named .xml).
    if (by_name == InputFormat::kFeed || by_name == InputFormat::kHtml) {
      reader->name_hint_ = by_name;
    } else {
      reader->format_ = by_name;
    }
  }
  reader->open_error_ = reader->Sniff();
  return reader;
}

Status DocumentReader::Sniff() {
  std::string head;
  head.resize(kSniffBytes);
  size_t got = 0;
  while (got < kSniffBytes) {
    Result<size_t> n = source_->Read(head.data() + got, kSniffBytes - got);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    got += *n;
  }
  head.resize(got);
  Status status = Status::Ok();
  if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'))) {
    status = Status::InvalidInput("UTF-16 text is not supported: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
  } else if (LooksBinary(head)) {
    status = Status::InvalidInput("binary data, not text");
  }
  if (format_ == InputFormat::kAuto) {
    std::string_view s = head;
    s = s.substr(SkipBom(s));
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    InputFormat markup = SniffMarkup(s);
    InputFormat by_type = name_hint_ != InputFormat::kAuto ? name_hint_ : FormatFromMediaType(media_type_);
    if (markup != InputFormat::kAuto) {
      format_ = markup;
    } else if (by_type != InputFormat::kAuto) {
      format_ = by_type;
    } else if (!s.empty() && s.front() == '{') {
      format_ = InputFormat::kJsonl;
    } else if (LooksSeed(head)) {
      format_ = InputFormat::kSeed;
    } else {
      format_ = InputFormat::kText;
    }
  }
  source_->Unread(std::move(head));
  return status;
}

bool DocumentReader::Next(ReadItem* item) {
  *item = ReadItem();
  if (done_) return false;
  if (!open_error_.ok()) {
    done_ = true;
    item->origin = display_;
    item->error = open_error_;
    return true;
  }
  if (format_ == InputFormat::kJsonl) return NextJsonLine(item);
  if (format_ == InputFormat::kFeed) return NextFeed(item);
  if (format_ == InputFormat::kHtml) return NextHtml(item);
  return NextWhole(item);
}

bool DocumentReader::ReadMarkup(std::string* raw, ReadItem* item) {
  bool truncated = false;
  Status read = source_->ReadAll(options_.max_input_bytes, raw, &truncated);
  if (!read.ok()) {
    item->error = read;
    return false;
  }
  if (truncated) {
    item->error = Status::OutOfBudget("input larger than the budget of " + std::to_string(options_.max_input_bytes) +
                                      " bytes for a feed or page (see --max-input-bytes)");
    return false;
  }
  return true;
}

bool DocumentReader::NextFeed(ReadItem* item) {
  if (!feed_read_) {
    feed_read_ = true;
    std::string raw;
    ReadItem failed;
    failed.origin = display_;
    if (!ReadMarkup(&raw, &failed)) {
      pending_.push_back(std::move(failed));
    } else {
      FeedOptions feed;
      feed.max_input_bytes = options_.max_input_bytes;
      feed.max_doc_bytes = options_.max_doc_bytes;
      feed.base_url = url_;
      ReadFeed(raw, display_, feed, &pending_);
    }
  }
  if (pending_pos_ >= pending_.size()) {
    done_ = true;
    pending_.clear();
    pending_pos_ = 0;
    return false;
  }
  *item = std::move(pending_[pending_pos_++]);
  if (item->ok && followed_ < options_.follow_links && IsUrl(item->doc.url)) {
    ++followed_;
    FollowLink(&item->doc);
  }
  return true;
}

void DocumentReader::FollowLink(Document* doc) {
  FetchOptions fetch = options_.fetch;
  fetch.max_bytes = options_.max_input_bytes;
  Result<FetchResponse> response = Fetch(doc->url, fetch);
  const std::string keep = "; the feed's text is kept";
  if (!response.ok()) {
    doc->warnings.push_back("link not followed: " + response.status().message() + keep);
    return;
  }
  if (SniffMarkup(std::string_view(response->body).substr(0, kSniffBytes)) != InputFormat::kHtml &&
      FormatFromMediaType(response->media_type) != InputFormat::kHtml) {
    doc->warnings.push_back("link is not an HTML page (" +
                            (response->media_type.empty() ? std::string("no Content-Type") : response->media_type) +
                            ")" + keep);
    return;
  }
  HtmlOptions html;
  html.max_input_bytes = options_.max_input_bytes;
  html.encoding = response->charset;
  Result<HtmlPage> page = ExtractHtmlPage(response->body, html);
  if (!page.ok()) {
    doc->warnings.push_back("linked page not read: " + page.status().message() + keep);
    return;
  }
  if (page->text.size() <= doc->body.size()) return;  // the feed already holds as much
  if (page->text.size() + doc->title.size() > options_.max_doc_bytes) {
    doc->warnings.push_back("linked page's text is over the document budget" + keep);
    return;
  }
  doc->body = std::move(page->text);
  if (doc->published.empty()) doc->published = page->published;
  if (doc->lang_hint.empty()) doc->lang_hint = page->lang;
  for (std::string& w : page->warnings) doc->warnings.push_back("linked page: " + w);
}

bool DocumentReader::NextHtml(ReadItem* item) {
  done_ = true;
  item->origin = display_;
  std::string raw;
  if (!ReadMarkup(&raw, item)) return true;
  HtmlOptions html;
  html.max_input_bytes = options_.max_input_bytes;
  html.encoding = charset_;
  Result<HtmlPage> page = ExtractHtmlPage(raw, html);
  if (!page.ok()) {
    item->error = page.status();
    return true;
  }
  Document& doc = item->doc;
  doc.title = std::move(page->title);
  doc.body = std::move(page->text);
  doc.published = std::move(page->published);
  doc.lang_hint = std::move(page->lang);
  doc.source = std::move(page->site_name);
  doc.warnings = std::move(page->warnings);
  doc.url = url_;
  for (std::string* field : {&doc.body, &doc.title}) {
    Status check = CheckText(field, options_.utf8, "", &doc.warnings);
    if (!check.ok()) {
      item->error = check;
      return true;
    }
  }
  if (doc.body.size() + doc.title.size() > options_.max_doc_bytes) {
    item->error = Status::OutOfBudget("page text of " + std::to_string(doc.body.size() + doc.title.size()) +
                                      " bytes is over the size budget of " + std::to_string(options_.max_doc_bytes) +
                                      " bytes (see --max-doc-bytes)");
    return true;
  }
  doc.id = ContentId(doc.title, doc.body);
  doc.origin = display_;
  item->ok = true;
  return true;
}

bool DocumentReader::NextWhole(ReadItem* item) {
  done_ = true;
  item->origin = display_;
  std::string raw;
  bool truncated = false;
  Status read = source_->ReadAll(options_.max_doc_bytes, &raw, &truncated);
  if (!read.ok()) {
    item->error = read;
    return true;
  }
  item->head = raw.substr(0, kRejectedHeadBytes);
  if (truncated) {
    item->error = Status::OutOfBudget("document larger than the size budget of " +
                                      std::to_string(options_.max_doc_bytes) + " bytes (see --max-doc-bytes)");
    return true;
  }
  Document& doc = item->doc;
  Status check = CheckText(&raw, options_.utf8, "", &doc.warnings);
  if (!check.ok()) {
    item->error = check;
    return true;
  }
  std::string_view content(raw);
  content.remove_prefix(SkipBom(content));
  if (format_ == InputFormat::kSeed) {
    std::string_view s = content;
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    if (!LooksSeed(s)) {
      item->error = Status::InvalidInput("not in seed format (expected 'date YYYY[-MM[-DD]]' first)");
      return true;
    }
    s.remove_prefix(4);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    size_t end = SeedDateLength(s);
    std::string_view date = s.substr(0, end);
    s.remove_prefix(end);
    std::optional<ParsedDate> parsed = ParseDate(date);
    if (parsed) {
      doc.published = parsed->iso;
      if (parsed->trailing_ignored) doc.warnings.push_back("date '" + std::string(date) + "': trailing text ignored");
    } else {
      doc.warnings.push_back("unreadable date '" + std::string(date) + "': published set to null");
    }
    content = s;  // body on the same line or the next: both are the rest after the date
  }
  doc.body = TrimCopy(content);
  if (doc.body.empty()) {
    item->error = Status::InvalidInput(raw.empty() ? "empty file" : "empty document (no text after the header)");
    return true;
  }
  doc.id = ContentId(doc.title, doc.body);
  doc.origin = display_;
  doc.url = url_;
  item->ok = true;
  item->head.clear();
  return true;
}

bool DocumentReader::NextJsonLine(ReadItem* item) {
  if (!lines_) {
    // A line holds the text and its JSON escaping: twice the document budget, at least 1 MiB.
    size_t max_line = std::max<size_t>(options_.max_doc_bytes * 2, 1u << 20);
    lines_ = std::make_unique<LineReader>(source_.get(), max_line);
    json_ = std::make_unique<simdjson::dom::parser>();
  }
  while (true) {
    LineReader::Outcome outcome = lines_->Next();
    switch (outcome) {
      case LineReader::Outcome::kEnd:
        done_ = true;
        return false;
      case LineReader::Outcome::kError:
        done_ = true;
        item->origin = display_ + ":" + std::to_string(lines_->line_number() + 1);
        item->error = lines_->error();
        return true;
      case LineReader::Outcome::kTooLong:
        item->origin = display_ + ":" + std::to_string(lines_->line_number());
        item->error = Status::OutOfBudget(WhereLine(lines_->line_number()) + "line of " +
                                          std::to_string(lines_->skipped_bytes()) +
                                          " bytes is over the budget, skipped (see --max-doc-bytes)");
        return true;
      case LineReader::Outcome::kLine: {
        std::string* line = lines_->mutable_line();
        // A byte order mark may open the input (Sniff looked past it to find the '{').
        if (lines_->line_number() == 1 && SkipBom(*line) > 0) line->erase(0, 3);
        if (Trim(*line).empty()) continue;  // blank lines carry nothing
        return ParseJsonLine(line, lines_->line_number(), item);
      }
    }
  }
}

bool DocumentReader::ParseJsonLine(std::string* line, int line_number, ReadItem* item) {
  item->origin = display_ + ":" + std::to_string(line_number);
  item->head.assign(*line, 0, std::min(line->size(), kRejectedHeadBytes));
  Document& doc = item->doc;
  std::string where = WhereLine(line_number);
  size_t bad = utf8::FindInvalid(*line);
  if (bad != utf8::kValid) {
    if (options_.utf8 == Utf8Policy::kStrict) {
      item->error = Status::InvalidInput(where + "invalid UTF-8 at byte offset " + std::to_string(bad) +
                                         " of the line (use --lenient to replace bad bytes)");
      return true;
    }
    std::string repaired;
    size_t count = utf8::Repair(*line, &repaired);
    *line = std::move(repaired);
    doc.warnings.push_back(where + "replaced " + std::to_string(count) +
                           " invalid UTF-8 sequence(s) with U+FFFD, the first at byte offset " + std::to_string(bad));
  }
  line->reserve(line->size() + simdjson::SIMDJSON_PADDING);
  simdjson::dom::element root;
  simdjson::error_code err = json_->parse(line->data(), line->size(), false).get(root);
  if (err) {
    item->error = Status::InvalidInput(where + "invalid JSON: " + simdjson::error_message(err));
    return true;
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) {
    item->error = Status::InvalidInput(where + "expected a JSON object");
    return true;
  }
  bool has_text = false;
  for (auto field : obj) {
    std::string_view key = field.key;
    simdjson::dom::element value = field.value;
    std::string* target = nullptr;
    if (key == "text") {
      target = &doc.body;
    } else if (key == "title") {
      target = &doc.title;
    } else if (key == "id") {
      target = &doc.id;
    } else if (key == "url") {
      target = &doc.url;
    } else if (key == "source") {
      target = &doc.source;
    } else if (key == "lang") {
      target = &doc.lang_hint;
    } else if (key == "date") {
      target = &doc.published;
    } else {
      continue;  // unknown fields are ignored
    }
    std::string_view sv;
    if (!value.get_string().get(sv)) {
      target->assign(sv);
    } else if (value.is_null()) {
      target->clear();
    } else if (key == "id" && (value.is_int64() || value.is_uint64())) {
      *target = simdjson::to_string(value);
    } else {
      item->error = Status::InvalidInput(where + "field \"" + std::string(key) + "\" must be a string");
      return true;
    }
    if (key == "text") has_text = true;
  }
  if (!has_text) {
    item->error = Status::InvalidInput(where + "missing required field \"text\"");
    return true;
  }
  for (std::string* field : {&doc.body, &doc.title}) {
    Status check = CheckText(field, options_.utf8, where, &doc.warnings);
    if (!check.ok()) {
      item->error = check;
      return true;
    }
  }
  if (doc.body.size() + doc.title.size() > options_.max_doc_bytes) {
    item->error = Status::OutOfBudget(where + "document of " + std::to_string(doc.body.size() + doc.title.size()) +
                                      " bytes is over the size budget of " + std::to_string(options_.max_doc_bytes) +
                                      " bytes (see --max-doc-bytes)");
    return true;
  }
  doc.body = TrimCopy(doc.body);
  doc.title = TrimCopy(doc.title);
  if (doc.body.empty()) {
    item->error = Status::InvalidInput(where + "empty text");
    return true;
  }
  if (!doc.published.empty()) {
    std::string raw = doc.published;
    std::optional<ParsedDate> parsed = ParseDate(raw);
    if (parsed) {
      doc.published = parsed->iso;
      if (parsed->trailing_ignored) doc.warnings.push_back("date '" + raw + "': trailing text ignored");
    } else {
      doc.published.clear();
      doc.warnings.push_back("unreadable date '" + raw + "': published set to null");
    }
  }
  if (doc.id.empty()) doc.id = ContentId(doc.title, doc.body);
  doc.origin = item->origin;
  item->ok = true;
  item->head.clear();
  return true;
}

}  // namespace vigie
