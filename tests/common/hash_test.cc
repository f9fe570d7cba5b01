// Hash64 (FNV-1a 64 with the splitmix64 finaliser) and Hex64. Document ids depend on these
// values, so they are checked against an independent reference implementation, itself checked
// against the published test vectors of its two halves.
#include "common/hash.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <set>
#include <string>

namespace vigie {
namespace {

// Reference FNV-1a, 64-bit (http://www.isthe.com/chongo/tech/comp/fnv/): offset basis
// 14695981039346656037, prime 1099511628211.
uint64_t RefFnv1a64(std::string_view data) {
  uint64_t h = 14695981039346656037ULL;
  for (size_t i = 0; i < data.size(); ++i) {
    h = (h ^ static_cast<uint8_t>(data[i])) * 1099511628211ULL;
  }
  return h;
}

// Reference splitmix64 output function (Steele, Lea, Flood 2014; Vigna's splitmix64.c).
uint64_t RefSplitMix64Mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

uint64_t RefHash64(std::string_view data) { return RefSplitMix64Mix(RefFnv1a64(data)); }

TEST(HashReference, Fnv1aMatchesPublishedVectors) {
  EXPECT_EQ(RefFnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(RefFnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(RefFnv1a64("foobar"), 0x85944171f73967e8ULL);
}

TEST(HashReference, SplitMix64MatchesPublishedSequence) {
  // splitmix64 seeded with 0: the state advances by the golden gamma before each output.
  uint64_t state = 0;
  const uint64_t expected[] = {0xe220a8397b1dcdafULL, 0x6e789e6aa1b965f4ULL, 0x06c45d188009454fULL};
  for (uint64_t e : expected) {
    state += 0x9e3779b97f4a7c15ULL;
    EXPECT_EQ(RefSplitMix64Mix(state), e);
  }
}

TEST(Hash64, IsFnv1aThenSplitMix64Finaliser) {
  std::mt19937_64 rng(20240926);
  for (int n = 0; n < 2000; ++n) {
    std::string s(rng() % 70, '\0');
    for (char& c : s) c = static_cast<char>(rng());
    ASSERT_EQ(Hash64(s), RefHash64(s)) << "length " << s.size();
  }
  const char* texts[] = {"", "a", "vigie", "Nations Unies (New York) — Le Maroc", "مقديشو", "two\nlines\tand a tab"};
  for (const char* t : texts) EXPECT_EQ(Hash64(t), RefHash64(t)) << t;
}

TEST(Hash64, PinnedValuesNeverChange) {
  // Computed with the reference above (and independently in Python); ids stored by users
  // depend on them.
  EXPECT_EQ(Hash64(""), 0xf52a15e9a9b5e89bULL);
  EXPECT_EQ(Hash64("a"), 0x02c0bdbf481420f8ULL);
  EXPECT_EQ(Hash64("vigie"), 0x5378d007d66337beULL);
  EXPECT_EQ(Hash64("Nations Unies (New York) — Le Maroc"), 0xb2448851bd0a8205ULL);
}

TEST(Hash64, DefaultSeedIsZeroAndSeedsChangeTheHash) {
  EXPECT_EQ(Hash64("abc"), Hash64("abc", 0));
  EXPECT_NE(Hash64("abc", 1), Hash64("abc", 0));
  EXPECT_NE(Hash64("abc", 1), Hash64("abc", 2));
  // Seeding is how title and body are chained: moving bytes between the two must matter.
  EXPECT_NE(Hash64("b", Hash64("a")), Hash64("", Hash64("ab")));
}

TEST(Hash64, EmbeddedNulAndLengthMatter) {
  EXPECT_NE(Hash64(std::string_view("a\0", 2)), Hash64("a"));
  EXPECT_NE(Hash64(std::string_view("\0", 1)), Hash64(""));
}

TEST(Hash64, NoCollisionsOnNearbyInputs) {
  std::set<uint64_t> seen;
  for (int i = 0; i < 20000; ++i) seen.insert(Hash64("doc-" + std::to_string(i)));
  EXPECT_EQ(seen.size(), 20000u);
}

TEST(Hex64, SixteenLowercaseDigitsWithLeadingZeros) {
  EXPECT_EQ(Hex64(0), "0000000000000000");
  EXPECT_EQ(Hex64(1), "0000000000000001");
  EXPECT_EQ(Hex64(0xabcdef), "0000000000abcdef");
  EXPECT_EQ(Hex64(0x0123456789abcdefULL), "0123456789abcdef");
  EXPECT_EQ(Hex64(UINT64_MAX), "ffffffffffffffff");
  EXPECT_EQ(Hex64(0x02c0bdbf481420f8ULL), "02c0bdbf481420f8");
}

TEST(Hex64, RoundTripsThroughStrtoull) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 1000; ++i) {
    uint64_t v = rng() >> (rng() % 64);
    std::string h = Hex64(v);
    ASSERT_EQ(h.size(), 16u);
    EXPECT_EQ(h.find_first_not_of("0123456789abcdef"), std::string::npos) << h;
    EXPECT_EQ(std::stoull(h, nullptr, 16), v);
  }
}

}  // namespace
}  // namespace vigie
