// Reads documents from one input (file, gzip file or standard input) in one of the formats
// vigie accepts, chosen by content and extension unless forced:
//  - seed: optional leading white space, "date", a date at any precision, then the body on
//    the same line or the next (the format of ../shared/seed/);
//  - jsonl: one JSON object a line with fields id, title, text (required), date, url, source,
//    lang; unknown fields are ignored; a bad line is rejected and the next lines go on;
//  - text: the whole input is the body.
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

#include "common/status.h"
#include "read/byte_source.h"
#include "read/document.h"
#include "read/line_reader.h"

namespace simdjson::dom {
class parser;
}

namespace vigie {

enum class InputFormat { kAuto, kSeed, kJsonl, kText };

// "auto", "seed", "jsonl", "text".
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
  // Opens `path` ("-" for standard input). Fails when it cannot be opened at all.
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
  bool NextJsonLine(ReadItem* item);
  bool ParseJsonLine(std::string* line, int line_number, ReadItem* item);

  std::unique_ptr<ByteSource> source_;
  std::string display_;  // path as shown in messages
  ReadOptions options_;
  InputFormat format_;
  bool done_ = false;
  Status open_error_;  // a whole-input rejection found while sniffing (binary, UTF-16...)
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
