// UTF-8 primitives: validation (SIMD fast path via simdjson, scalar fallback that names the
// first bad byte), repair with U+FFFD, decoding and encoding of single code points, and
// code-point counting. All functions are pure and thread-safe.
#ifndef VIGIE_TEXT_UTF8_H_
#define VIGIE_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vigie::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;
inline constexpr size_t kValid = static_cast<size_t>(-1);

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF), or kValid.
size_t FindInvalid(std::string_view s);

inline bool IsValid(std::string_view s) { return FindInvalid(s) == kValid; }

// Copies `s` to `out`, replacing each maximal ill-formed subsequence with U+FFFD (the
// Unicode "substitution of maximal subparts" practice). Returns the number of replacements.
size_t Repair(std::string_view s, std::string* out);

// Length of the well-formed sequence starting at s[i], or 0 when it is ill-formed.
size_t SequenceLength(std::string_view s, size_t i);

// Decodes the code point at s[*i] and advances *i. The input must be valid UTF-8.
inline char32_t Decode(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *i;
  unsigned char c = p[0];
  if (c < 0x80) {
    *i += 1;
    return c;
  }
  if (c < 0xE0) {
    *i += 2;
    return (char32_t(c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c < 0xF0) {
    *i += 3;
    return (char32_t(c & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *i += 4;
  return (char32_t(c & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
}

// Decodes the code point that ends just before s[*i] and moves *i back to its first byte.
inline char32_t DecodeBefore(std::string_view s, size_t* i) {
  size_t j = *i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  *i = j;
  size_t k = j;
  return Decode(s, &k);
}

void Append(char32_t cp, std::string* out);

// Number of bytes the encoding of `cp` takes.
inline size_t EncodedLength(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// Number of code points in valid UTF-8.
size_t CountCodePoints(std::string_view s);

// Largest prefix length <= max_bytes that does not cut a sequence in two.
size_t BoundedPrefix(std::string_view s, size_t max_bytes);

}  // namespace vigie::utf8

#endif  // VIGIE_TEXT_UTF8_H_
