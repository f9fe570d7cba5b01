// Reads documents from one input (file, gzip file or standard input) in one of the formats
// vigie accepts, chosen by content and extension unless forced:
//  - seed: optional leading white space, "date", a date at any precision, then the body on
//    the same line or the next (the format of ../shared/seed/);
//  - jsonl: one JSON object a line with fields id, title, text (required), date, url, source,
//    lang; unknown fields are ignored; a bad line is rejected and the next lines go on;
//  - text: the whole input is the body;
//  - feed: RSS 2.0, RSS 1.0 (RDF) or Atom, one document per item (read/feed.h);
//  - html: a web page, its main text extracted (read/html_text.h).
// An input named by an http:// or https:// URL is fetched first (read/fetch.h); its
// Content-Type and content then choose the format.
//
// Every budget is enforced while reading: a document over max_doc_bytes is rejected without
// being held whole in memory, and a JSONL line over twice that budget is skipped to its end.
// Bad input becomes a rejected item with a message that names the input, the line and the
// byte offset; the reader never throws and never aborts.
#ifndef VIGIE_READ_DOCUMENT_READER_H_
#define VIGIE_READ_DOCUMENT_READER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "read/byte_source.h"
#include "read/document.h"
#include "read/fetch.h"
#include "read/line_reader.h"

namespace simdjson::dom {
class parser;
}

namespace vigie {

enum class InputFormat { kAuto, kSeed, kJsonl, kText, kFeed, kHtml };

// "auto", "seed", "jsonl", "text", "feed", "html".
Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

// What to do with bytes that are not UTF-8.
enum class Utf8Policy {
  kStrict,   // reject the document, naming the byte offset
  kLenient,  // replace each bad sequence (and NUL) with U+FFFD and add a warning
};

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  size_t max_doc_bytes = 10u << 20;  // the size budget of one document (body and title)
  Utf8Policy utf8 = Utf8Policy::kStrict;
  // The size budget of a whole feed or HTML page (and of a fetched body), before its text is
  // extracted; each document taken from it still has max_doc_bytes.
  size_t max_input_bytes = 64u << 20;
  FetchOptions fetch;  // for URL inputs; fetch.max_bytes is set to max_input_bytes
  // How many items of each feed have their link fetched (http and https links only), the page's
  // main text then replacing the item's text when it is longer. 0: links are never fetched. A
  // link that cannot be used leaves the item as the feed gives it, with a warning.
  size_t follow_links = 0;
};

struct ReadItem {
  bool ok = false;   // a document, or a rejection
  Document doc;      // when ok
  Status error;      // when !ok: kInvalidInput, kOutOfBudget, kIoError
  std::string origin;  // "path", "path:line"
  // When !ok: the first bytes of the rejected input as read (the line, or the file), at most
  // kRejectedHeadBytes and possibly cut inside a character or invalid UTF-8; empty when the
  // input could not be read at all.
  std::string head;
};

inline constexpr size_t kRejectedHeadBytes = 256;

class DocumentReader {
 public:
  // Opens `path` ("-" for standard input, an http(s) URL to fetch). Fails when it cannot be
  // opened at all (for a URL: cannot be fetched, HTTP error, over the budget).
  static Result<std::unique_ptr<DocumentReader>> Open(const std::string& path, const ReadOptions& options);
  ~DocumentReader();

  // The next document or rejection; false at the end of the input.
  bool Next(ReadItem* item);

  InputFormat format() const { return format_; }
  // Bytes of the input consumed so far (see ByteSource::RawOffset), -1 when unknown.
  int64_t raw_offset() const { return source_->RawOffset(); }

 private:
  DocumentReader(std::unique_ptr<ByteSource> source, std::string display, const ReadOptions& options);
  Status Sniff();
  bool NextWhole(ReadItem* item);
  bool NextFeed(ReadItem* item);
  bool NextHtml(ReadItem* item);
  void FollowLink(Document* doc);
  // The whole input within max_input_bytes, or a rejection in *item (false).
  bool ReadMarkup(std::string* raw, ReadItem* item);
  bool NextJsonLine(ReadItem* item);
  bool ParseJsonLine(std::string* line, int line_number, ReadItem* item);

  std::unique_ptr<ByteSource> source_;
  std::string display_;  // path as shown in messages
  ReadOptions options_;
  InputFormat format_;
  bool done_ = false;
  Status open_error_;  // a whole-input rejection found while sniffing (binary, UTF-16...)
  InputFormat name_hint_ = InputFormat::kAuto;  // kFeed or kHtml from the file's name
  std::string url_;         // for a fetched input: the final URL
  std::string media_type_;  // for a fetched input: its Content-Type media type
  std::string charset_;     // for a fetched input: its Content-Type charset
  bool feed_read_ = false;
  std::vector<ReadItem> pending_;  // a feed's items not yet returned
  size_t pending_pos_ = 0;
  size_t followed_ = 0;  // links of this feed's items fetched so far
  std::unique_ptr<LineReader> lines_;
  std::unique_ptr<simdjson::dom::parser> json_;
};

// Checks raw document bytes: binary data, NUL bytes, invalid UTF-8. In lenient mode repairs
// *text in place and adds a warning. `where` prefixes messages ("line 3: ").
Status CheckText(std::string* text, Utf8Policy policy, std::string_view where, std::vector<std::string>* warnings);

// True when a sample of bytes looks like binary data rather than text.
bool LooksBinary(std::string_view sample);

}  // namespace vigie

#endif  // VIGIE_READ_DOCUMENT_READER_H_
