#include "stories/minhash.h"

#include <algorithm>
#include <limits>

#include "common/hash.h"

namespace vigie {
namespace {

inline uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

// A shingle's hash before the mix: its words' hashes, each rotated by its place, so that the
// same words in another order hash differently.
inline uint64_t Combine(const std::array<uint64_t, kShingleWords>& ring, size_t first, size_t count) {
  uint64_t h = 0x51A3C7E5ULL + count;
  for (size_t k = 0; k < count; ++k) h ^= Rotl(ring[(first + k) % kShingleWords], static_cast<int>(16 * k + 1));
  return h;
}

// Where an empty bin of a short text looks for a filled one: the bin and the attempt mixed with a
// constant of its own. Stored signatures depend on it and on Mix64: never change them.
inline int ProbeBin(int bin, int attempt) {
  return static_cast<int>(Mix64(0xD1B54A32D192ED03ULL ^ (static_cast<uint64_t>(bin) << 16) ^
                              static_cast<uint64_t>(attempt)) >>
                          (64 - kBinBits));
}

inline bool WordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

MinHashSignature ComputeMinHash(std::string_view folded) {
  MinHashSignature sig;
  // Each bin's least 64-bit hash while reading; a bin's hashes share their top kBinBits bits.
  std::array<uint64_t, kMinHashes> least;
  least.fill(std::numeric_limits<uint64_t>::max());
  // The hashes of the last kShingleWords words, in a ring.
  std::array<uint64_t, kShingleWords> ring{};
  size_t words = 0;
  // One hash a shingle: its top kBinBits bits choose the bin, and the bin keeps its least hash
  // (one permutation hashing). The 128 independent hashes of classic MinHash cost one 64-bit
  // multiply each per shingle, a quarter of the store step; this costs one mix, and the words'
  // hashes (WordHash64, once a word) one more.
  auto add_shingle = [&](uint64_t h) {
    h = Mix64(h);
    uint64_t& v = least[h >> (64 - kBinBits)];
    v = std::min(v, h);
    ++sig.shingles;
  };
  size_t i = 0;
  const size_t n = folded.size();
  while (i < n) {
    while (i < n && !WordByte(static_cast<unsigned char>(folded[i]))) ++i;
    size_t start = i;
    while (i < n && WordByte(static_cast<unsigned char>(folded[i]))) ++i;
    if (i == start) break;
    ring[words % kShingleWords] = WordHash64(folded.substr(start, i - start));
    ++words;
    // The shingle: its words in order, oldest first.
    if (words >= static_cast<size_t>(kShingleWords)) add_shingle(Combine(ring, words - kShingleWords, kShingleWords));
  }
  if (words > 0 && words < static_cast<size_t>(kShingleWords)) add_shingle(Combine(ring, 0, words));
  if (sig.shingles == 0) return sig;
  // Densification: an empty bin (a text of fewer shingles than bins leaves many) takes the
  // value of a filled bin chosen by a probe sequence of its own, the same in every text, so
  // that two texts agree on it as often as they agree on a filled bin (Shrivastava, "Optimal
  // densification for fast and accurate minwise hashing", 2017).
  // A value is the 32 bits of the least hash below the bin bits: two different least hashes agree
  // on them by chance once in 4e9 comparisons, and a signature takes half the room.
  constexpr uint64_t kEmpty = std::numeric_limits<uint64_t>::max();
  auto value = [](uint64_t h) { return static_cast<uint32_t>(h >> (64 - kBinBits - 32)); };
  for (int bin = 0; bin < kMinHashes; ++bin) {
    if (least[bin] != kEmpty) {
      sig.values[bin] = value(least[bin]);
      continue;
    }
    int from = -1;
    for (int attempt = 0; attempt < 4 * kMinHashes && from < 0; ++attempt) {
      const int j = ProbeBin(bin, attempt);
      if (least[j] != kEmpty) from = j;
    }
    // Past the probes, the next filled bin: a text of one shingle (one filled bin) misses it in
    // all 512 probes about once in 55.
    for (int k = 1; from < 0 && k < kMinHashes; ++k) {
      if (least[(bin + k) % kMinHashes] != kEmpty) from = (bin + k) % kMinHashes;
    }
    sig.values[bin] = value(least[from]);
  }
  return sig;
}

double EstimatedJaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0;
  int same = 0;
  for (int i = 0; i < kMinHashes; ++i) same += a.values[i] == b.values[i];
  return static_cast<double>(same) / kMinHashes;
}

std::array<int64_t, kBands> BandKeys(const MinHashSignature& s) {
  std::array<int64_t, kBands> keys{};
  for (int b = 0; b < kBands; ++b) {
    uint64_t h = Mix64(0xB5AD4ECEDA1CE2A9ULL + static_cast<uint64_t>(b));
    for (int r = 0; r < kRows; ++r) h = Mix64(h ^ s.values[b * kRows + r]);
    // 31 bits: SQLite stores such an integer in 4 bytes, not 8. A key shared by chance (once in
    // 2e9 pairs of one band) only adds a candidate whose signature is then compared.
    keys[b] = static_cast<int64_t>(h >> 33);
  }
  return keys;
}

std::string EncodeSignature(const MinHashSignature& s) {
  std::string out;
  out.reserve(4 + 4 * kMinHashes);
  for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>((s.shingles >> (8 * b)) & 0xFF));
  for (uint32_t v : s.values) {
    for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>((v >> (8 * b)) & 0xFF));
  }
  return out;
}

bool DecodeSignature(std::string_view bytes, MinHashSignature* s) {
  if (bytes.size() != 4 + 4 * static_cast<size_t>(kMinHashes)) return false;
  auto word = [&](size_t i) {
    uint32_t v = 0;
    for (int b = 0; b < 4; ++b) v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i + b])) << (8 * b);
    return v;
  };
  s->shingles = word(0);
  for (int i = 0; i < kMinHashes; ++i) s->values[i] = word(4 + 4 * i);
  return true;
}

}  // namespace vigie
