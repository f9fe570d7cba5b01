// Splits a ByteSource into lines with a budget on line length. A line longer than the budget
// is skipped to its end without being held in memory (a 1 GB line costs one buffer), and
// reported as such. Line terminators ("\n", "\r\n") are not part of the line.
#ifndef VIGIE_READ_LINE_READER_H_
#define VIGIE_READ_LINE_READER_H_

#include <string>
#include <string_view>

#include "common/status.h"
#include "read/byte_source.h"

namespace vigie {

class LineReader {
 public:
  enum class Outcome { kLine, kTooLong, kEnd, kError };

  LineReader(ByteSource* source, size_t max_line_bytes);

  // Reads the next line. kLine: `line()` holds it. kTooLong: the line had more than
  // max_line_bytes bytes and was skipped (`skipped_bytes()` says how many). kError:
  // `error()` says why; the reader is then at its end.
  Outcome Next();

  std::string_view line() const { return line_; }
  // Mutable line buffer: callers may repair the line in place; its capacity is at least
  // line().size() + kPadding bytes (simdjson needs padding after the text).
  std::string* mutable_line() { return &line_; }
  int line_number() const { return line_number_; }
  uint64_t skipped_bytes() const { return skipped_; }
  const Status& error() const { return error_; }

  static constexpr size_t kPadding = 64;

 private:
  bool Fill();

  ByteSource* source_;
  size_t max_line_bytes_;
  std::string buf_;
  size_t pos_ = 0;  // next unread byte in buf_
  size_t len_ = 0;  // bytes of buf_ holding data
  bool eof_ = false;
  std::string line_;
  int line_number_ = 0;
  uint64_t skipped_ = 0;
  Status error_;
};

}  // namespace vigie

#endif  // VIGIE_READ_LINE_READER_H_
