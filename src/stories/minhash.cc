#include "stories/minhash.h"

#include <algorithm>
#include <limits>

#include "common/hash.h"

namespace vigie {
namespace {

// A 64-bit finaliser (the avalanche step of SplitMix64).
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return x;
}

// Where an empty bin of a short text looks for a filled one: the bin and the attempt mixed with a
// constant of its own. Stored signatures depend on it and on Mix: never change them.
inline int ProbeBin(int bin, int attempt) {
  return static_cast<int>(Mix(0xD1B54A32D192ED03ULL ^ (static_cast<uint64_t>(bin) << 16) ^
                              static_cast<uint64_t>(attempt)) >>
                          (64 - kBinBits));
}

inline bool WordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

MinHashSignature ComputeMinHash(std::string_view folded) {
  MinHashSignature sig;
  sig.values.fill(std::numeric_limits<uint64_t>::max());
  // The hashes of the last kShingleWords words, in a ring.
  std::array<uint64_t, kShingleWords> ring{};
  size_t words = 0;
  // One hash a shingle: its top kBinBits bits choose the bin, and the bin keeps its least hash
  // (one permutation hashing). The 128 independent hashes of classic MinHash cost one 64-bit
  // multiply each per shingle, a quarter of the store step; this costs one mix.
  auto add_shingle = [&](uint64_t h) {
    h = Mix(h);
    uint64_t& v = sig.values[h >> (64 - kBinBits)];
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
    ring[words % kShingleWords] = Hash64(folded.substr(start, i - start));
    ++words;
    if (words >= static_cast<size_t>(kShingleWords)) {
      // The shingle: its words in order, oldest first.
      uint64_t h = 0x51A3C7E5ULL;
      for (size_t k = words - kShingleWords; k < words; ++k) h = Mix(h ^ ring[k % kShingleWords]) + k - (words - kShingleWords);
      add_shingle(h);
    }
  }
  if (words > 0 && words < static_cast<size_t>(kShingleWords)) {
    uint64_t h = 0x51A3C7E5ULL;
    for (size_t k = 0; k < words; ++k) h = Mix(h ^ ring[k]) + k;
    add_shingle(h);
  }
  if (sig.shingles == 0) return sig;
  // Densification: an empty bin (a text of fewer shingles than bins leaves many) takes the
  // value of a filled bin chosen by a probe sequence of its own, the same in every text, so
  // that two texts agree on it as often as they agree on a filled bin (Shrivastava, "Optimal
  // densification for fast and accurate minwise hashing", 2017).
  constexpr uint64_t kEmpty = std::numeric_limits<uint64_t>::max();
  const std::array<uint64_t, kMinHashes> filled = sig.values;
  for (int bin = 0; bin < kMinHashes; ++bin) {
    if (filled[bin] != kEmpty) continue;
    int from = -1;
    for (int attempt = 0; attempt < 4 * kMinHashes && from < 0; ++attempt) {
      const int j = ProbeBin(bin, attempt);
      if (filled[j] != kEmpty) from = j;
    }
    // Past the probes (a chance below 1e-30 with a bin filled), the next filled bin.
    for (int k = 1; from < 0 && k < kMinHashes; ++k) {
      if (filled[(bin + k) % kMinHashes] != kEmpty) from = (bin + k) % kMinHashes;
    }
    sig.values[bin] = filled[from];
  }
  return sig;
}

double EstimatedJaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0;
  int same = 0;
  for (int i = 0; i < kMinHashes; ++i) same += a.values[i] == b.values[i];
  return static_cast<double>(same) / kMinHashes;
}

std::array<uint64_t, kBands> BandKeys(const MinHashSignature& s) {
  std::array<uint64_t, kBands> keys{};
  for (int b = 0; b < kBands; ++b) {
    uint64_t h = Mix(0xB5AD4ECEDA1CE2A9ULL + static_cast<uint64_t>(b));
    for (int r = 0; r < kRows; ++r) h = Mix(h ^ s.values[b * kRows + r]);
    // SQLite integers are signed 64-bit: keep keys in the positive half so they store as is.
    keys[b] = h >> 1;
  }
  return keys;
}

std::string EncodeSignature(const MinHashSignature& s) {
  std::string out;
  out.reserve(4 + 8 * kMinHashes);
  for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>((s.shingles >> (8 * b)) & 0xFF));
  for (uint64_t v : s.values) {
    for (int b = 0; b < 8; ++b) out.push_back(static_cast<char>((v >> (8 * b)) & 0xFF));
  }
  return out;
}

bool DecodeSignature(std::string_view bytes, MinHashSignature* s) {
  if (bytes.size() != 4 + 8 * static_cast<size_t>(kMinHashes)) return false;
  auto byte = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(bytes[i])); };
  s->shingles = 0;
  for (int b = 0; b < 4; ++b) s->shingles |= static_cast<uint32_t>(byte(b) << (8 * b));
  for (int i = 0; i < kMinHashes; ++i) {
    uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v |= byte(4 + 8 * i + b) << (8 * b);
    s->values[i] = v;
  }
  return true;
}

}  // namespace vigie
