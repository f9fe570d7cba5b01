// Stable, platform-independent 64-bit content hash (FNV-1a with a final avalanche mix).
// Used for document ids when the input gives none; the value must never change between
// releases, since stored ids depend on it.
#ifndef VIGIE_COMMON_HASH_H_
#define VIGIE_COMMON_HASH_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace vigie {

uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// std::hash of a string_view, marked transparent: an unordered container keyed by std::string
// (with std::equal_to<>) looked up by string_view without building a string.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The avalanche step of SplitMix64.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return x;
}

// A hash of a short string (a word) eight bytes at a time: one mix a word of up to 8 bytes,
// where Hash64 multiplies once a byte in a chain. Little-endian loads; stable too (stored
// near-duplicate signatures depend on it, stories/minhash.h): never change it.
inline uint64_t WordHash64(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ULL * (n + 1);
  while (n > 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = Mix64(h ^ v);
    p += 8;
    n -= 8;
  }
  uint64_t v = 0;
  std::memcpy(&v, p, n);
  return Mix64(h ^ v);
}

// 16 lowercase hex digits.
std::string Hex64(uint64_t value);

}  // namespace vigie

#endif  // VIGIE_COMMON_HASH_H_
