#include "common/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace vigie {

namespace {

// Whether byte c is one AppendEscaped must look at: '"', '\\', a control character, DEL, or 0xE2
// (the first byte of U+2028 and U+2029).
inline bool NeedsLook(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c == 0x7f || c == 0xe2; }

// Length of the prefix of s that holds no byte NeedsLook accepts. Eight bytes at a time: the
// classic "has a byte less than / equal to" word tests, exact as to whether a word holds one.
size_t CleanRun(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto has = [](uint64_t w, unsigned char b) {
    const uint64_t x = w ^ (kOnes * b);
    return (x - kOnes) & ~x;
  };
  auto word_needs_look = [&](uint64_t w) {
    const uint64_t below_20 = (w - kOnes * 0x20) & ~w;
    return ((below_20 | has(w, '"') | has(w, '\\') | has(w, 0x7f) | has(w, 0xe2)) & kHigh) != 0;
  };
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (word_needs_look(w)) break;
  }
  if (i + 8 > n) {
    // The last bytes (most keys are shorter than a word), padded with a byte that needs no look.
    unsigned char tail[8] = {'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x'};
    std::memcpy(tail, p + i, n - i);
    uint64_t w;
    std::memcpy(&w, tail, 8);
    if (!word_needs_look(w)) return n;
  }
  while (i < n && !NeedsLook(p[i])) ++i;
  return i;
}

}  // namespace

void JsonWriter::Newline() {
  if (style_ != JsonStyle::kPretty) return;
  out_->push_back('\n');
  out_->append(2 * counts_.size(), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!counts_.empty()) {
    if (counts_.back()++ > 0) out_->push_back(',');
    Newline();
  }
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  counts_.push_back(0);
}

void JsonWriter::EndObject() {
  bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty) Newline();
  out_->push_back('}');
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  counts_.push_back(0);
}

void JsonWriter::EndArray() {
  bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty) Newline();
  out_->push_back(']');
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendEscaped(key, out_);
  out_->push_back(':');
  if (style_ == JsonStyle::kPretty) out_->push_back(' ');
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendEscaped(value, out_);
}

void JsonWriter::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

void JsonWriter::Int(int64_t value) {
  BeforeValue();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  out_->append(buf, r.ptr);
}

void JsonWriter::Double(double value) {
  BeforeValue();
  if (!std::isfinite(value)) {
    out_->append("null");
    return;
  }
  char buf[32];
  // Shortest representation that round-trips.
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  out_->append(buf, r.ptr);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_->append(value ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonWriter::AppendEscaped(std::string_view value, std::string* out) {
  out->push_back('"');
  const char* p = value.data();
  const size_t n = value.size();
  size_t i = 0;
  while (true) {
    const size_t clean = i + CleanRun(value.substr(i));
    out->append(p + i, clean - i);
    if (clean == n) break;
    const unsigned char c = static_cast<unsigned char>(p[clean]);
    i = clean + 1;
    switch (c) {
      case '"': out->append("\\\""); continue;
      case '\\': out->append("\\\\"); continue;
      case '\n': out->append("\\n"); continue;
      case '\t': out->append("\\t"); continue;
      case '\r': out->append("\\r"); continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      static constexpr char kHex[] = "0123456789abcdef";
      const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out->append(esc, sizeof esc);
    } else if (clean + 2 < n && static_cast<unsigned char>(p[clean + 1]) == 0x80 &&
               (static_cast<unsigned char>(p[clean + 2]) == 0xa8 || static_cast<unsigned char>(p[clean + 2]) == 0xa9)) {
      // U+2028 / U+2029 are valid JSON but break JavaScript string literals.
      out->append(static_cast<unsigned char>(p[clean + 2]) == 0xa8 ? "\\u2028" : "\\u2029");
      i = clean + 3;
    } else {
      out->push_back(static_cast<char>(c));  // 0xE2 leading any other character
    }
  }
  out->push_back('"');
}

}  // namespace vigie
