#include "text/utf8.h"

#include <simdjson.h>

namespace vigie::utf8 {

size_t SequenceLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (c < 0xE0) {
    return (i + 1 < n && (p[i + 1] & 0xC0) == 0x80) ? 2 : 0;
  }
  if (c < 0xF0) {
    if (i + 2 >= n) return 0;
    unsigned char c1 = p[i + 1];
    if ((c1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c < 0xF5) {
    if (i + 3 >= n) return 0;
    unsigned char c1 = p[i + 1];
    if ((c1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

size_t FindInvalid(std::string_view s) {
  if (simdjson::validate_utf8(s.data(), s.size())) return kValid;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = SequenceLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return kValid;  // unreachable when the SIMD validator and this one agree
}

size_t Repair(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  size_t replaced = 0;
  size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    size_t len = SequenceLength(s, i);
    if (len > 0) {
      out->append(s.data() + i, len);
      i += len;
      continue;
    }
    // Maximal subpart: a lead byte followed by the continuation bytes that could still have
    // formed a valid sequence is replaced once.
    size_t j = i + 1;
    unsigned char c = p[i];
    size_t want = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
    while (j < s.size() && j < i + want && (p[j] & 0xC0) == 0x80) {
      // Respect the second-byte ranges so that e.g. ED A0 80 gives three replacements.
      if (j == i + 1) {
        if ((c == 0xE0 && p[j] < 0xA0) || (c == 0xED && p[j] >= 0xA0) || (c == 0xF0 && p[j] < 0x90) ||
            (c == 0xF4 && p[j] >= 0x90)) {
          break;
        }
      }
      ++j;
    }
    Append(kReplacement, out);
    ++replaced;
    i = j;
  }
  return replaced;
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t BoundedPrefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s.size();
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace vigie::utf8
