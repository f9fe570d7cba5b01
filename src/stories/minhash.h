// Near-duplicate detection: MinHash signatures over word shingles of the folded body, and
// locality-sensitive hashing (LSH) band keys so that finding the candidates of a new document
// costs a few index probes, not a comparison with every stored one.
//
// The same wire story republished by another site, a lightly edited update (a paragraph cut
// or added, a sentence reworded, a new headline) keeps most of its 4-word shingles: their
// Jaccard similarity stays high (0.6 and more), while two different reports of one event, or
// two stories written from the same press release by different desks, share far fewer.
//
// Signature (schema version 7): one permutation hashing. Each shingle's 64-bit hash falls in one
// of kMinHashes bins by its top bits, and each bin keeps its least hash; an empty bin borrows a
// filled bin's value by a fixed probe sequence (densification). The share of equal positions in
// two signatures estimates the Jaccard similarity of the shingle sets like kMinHashes
// independent hashes would (standard error about 0.044 at 128 values; 64 values, with 0.0625,
// let a tenth of the pairs found be pairs of Jaccard 0.4 to 0.5), at one hash a shingle instead
// of kMinHashes. A value keeps 32 bits of its bin's least hash. Versions 3 to 6 stored the
// 64-bit minima of 128 independent hashes and 63-bit band keys; version 7 recomputes them.
// LSH: kBands bands of kRows values; two documents become candidates when one band is equal.
// With 32 x 4 the chance of becoming candidates is 1 - (1 - J^4)^32: 0.99 at J = 0.6, 0.87 at
// J = 0.5, 0.56 at J = 0.4, 0.05 at J = 0.2 (measured on edited real articles in
// bench/neardup_bench.cc).
#ifndef VIGIE_STORIES_MINHASH_H_
#define VIGIE_STORIES_MINHASH_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace vigie {

inline constexpr int kBinBits = 7;
inline constexpr int kMinHashes = 1 << kBinBits;
inline constexpr int kBands = 32;
inline constexpr int kRows = kMinHashes / kBands;
inline constexpr int kShingleWords = 4;
// Two documents are near-duplicates from this estimated Jaccard: a little above 0.5, the
// similarity that defines one, since the estimate errs both ways by about 0.044 (measured:
// bench/neardup_bench.cc, docs/benchmarks.md).
inline constexpr double kNearDuplicate = 0.55;

struct MinHashSignature {
  std::array<uint32_t, kMinHashes> values{};
  uint32_t shingles = 0;  // how many distinct-or-not shingles the text gave (0: too short to compare)
};

// The signature of a folded text (text/fold.h: case, accents, Arabic letter variants folded).
// Words are runs of letters and digits (any byte >= 0x80 counts as a letter); texts shorter
// than kShingleWords words give one shingle of all their words.
MinHashSignature ComputeMinHash(std::string_view folded);

// The estimated Jaccard similarity of the two shingle sets, in [0, 1]; 0 when either is empty.
double EstimatedJaccard(const MinHashSignature& a, const MinHashSignature& b);

// The LSH band keys of a signature: band b's key hashes its kRows values and b itself, so that
// equal keys mean an equal band at the same position. Keys are 31-bit (stored in 4 bytes).
std::array<int64_t, kBands> BandKeys(const MinHashSignature& s);

// A stable binary form (little-endian 32-bit words: the shingle count, then the values; 516
// bytes) for storage, and
// back; Decode returns false on bytes of the wrong size.
std::string EncodeSignature(const MinHashSignature& s);
bool DecodeSignature(std::string_view bytes, MinHashSignature* s);

}  // namespace vigie

#endif  // VIGIE_STORIES_MINHASH_H_
