#include "read/line_reader.h"

#include <cstring>

namespace vigie {

LineReader::LineReader(ByteSource* source, size_t max_line_bytes)
    : source_(source), max_line_bytes_(max_line_bytes), buf_(1 << 18, '\0') {}

bool LineReader::Fill() {
  if (eof_) return false;
  Result<size_t> got = source_->Read(buf_.data(), buf_.size());
  if (!got.ok()) {
    error_ = got.status();
    eof_ = true;
    return false;
  }
  pos_ = 0;
  len_ = *got;
  if (len_ == 0) eof_ = true;
  return len_ > 0;
}

LineReader::Outcome LineReader::Next() {
  line_.clear();
  skipped_ = 0;
  bool too_long = false;
  bool any = false;
  while (true) {
    if (pos_ >= len_ && !Fill()) {
      if (!error_.ok()) return Outcome::kError;
      if (!any) return Outcome::kEnd;
      break;  // last line without a terminator
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const void* nl = std::memchr(start, '\n', len_ - pos_);
    size_t take = nl ? static_cast<const char*>(nl) - start : len_ - pos_;
    // One byte over the budget may still be the '\r' of a "\r\n": decided at the line's end.
    if (!too_long && line_.size() + take > max_line_bytes_ + 1) {
      too_long = true;
      skipped_ = line_.size();
      line_.clear();
      line_.shrink_to_fit();
    }
    if (too_long) {
      skipped_ += take;
    } else {
      line_.append(start, take);
    }
    pos_ += take;
    if (nl != nullptr) {
      ++pos_;  // the '\n'
      break;
    }
  }
  ++line_number_;
  if (!too_long) {
    bool cr = !line_.empty() && line_.back() == '\r';
    if (line_.size() - (cr ? 1 : 0) > max_line_bytes_) {
      too_long = true;
      skipped_ = line_.size();
      line_.clear();
    } else if (cr) {
      line_.pop_back();
    }
  }
  if (too_long) return Outcome::kTooLong;
  line_.reserve(line_.size() + kPadding);
  return Outcome::kLine;
}

}  // namespace vigie
