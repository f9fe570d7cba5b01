// Tests for text/utf8: validation offsets, maximal-subpart repair, encode/decode, counting and
// bounded prefixes. The SIMD-backed FindInvalid and Repair are checked against slow scalar
// reference implementations written here from the Unicode tables (Unicode 15, table 3-7).
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace vigie::utf8 {
namespace {

// --- Reference implementations ---------------------------------------------------------

// Decodes by arithmetic (not by byte ranges) and rejects overlong forms, surrogates and values
// above U+10FFFF. Returns the sequence length, or 0 when the bytes at i are ill-formed.
size_t NaiveSequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[k])); };
  uint32_t c = byte(i);
  size_t len;
  uint32_t cp;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len]) return 0;                     // overlong
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;       // surrogate
  if (cp > 0x10FFFF) return 0;                      // out of range
  return len;
}

size_t NaiveFindInvalid(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t len = NaiveSequenceLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return kValid;
}

// Is s[i, i+k) a prefix of some well-formed sequence? Straight from Unicode table 3-7.
bool IsWellFormedPrefix(std::string_view s, size_t i, size_t k) {
  auto b = [&](size_t n) { return static_cast<unsigned char>(s[i + n]); };
  unsigned char c = b(0);
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (c <= 0x7F) {
    len = 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c == 0xE0) {
    len = 3, lo = 0xA0;
  } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
    len = 3;
  } else if (c == 0xED) {
    len = 3, hi = 0x9F;
  } else if (c == 0xF0) {
    len = 4, lo = 0x90;
  } else if (c >= 0xF1 && c <= 0xF3) {
    len = 4;
  } else if (c == 0xF4) {
    len = 4, hi = 0x8F;
  } else {
    return false;
  }
  if (k > len) return false;
  for (size_t n = 1; n < k; ++n) {
    unsigned char x = b(n);
    if (n == 1 ? (x < lo || x > hi) : (x < 0x80 || x > 0xBF)) return false;
  }
  return true;
}

// Substitution of maximal subparts, by its definition: at each position take the longest
// well-formed sequence if any, else replace the longest prefix of a well-formed sequence (at
// least one byte) with U+FFFD.
size_t NaiveRepair(std::string_view s, std::string* out) {
  out->clear();
  size_t replaced = 0;
  size_t i = 0;
  while (i < s.size()) {
    size_t len = NaiveSequenceLength(s, i);
    if (len > 0) {
      out->append(s.substr(i, len));
      i += len;
      continue;
    }
    size_t k = 1;
    while (i + k + 1 <= s.size() && k + 1 <= 4 && IsWellFormedPrefix(s, i, k + 1)) ++k;
    out->append("\xEF\xBF\xBD");
    ++replaced;
    i += k;
  }
  return replaced;
}

std::string NaiveEncode(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 + cp / 64);
    out += static_cast<char>(0x80 + cp % 64);
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 + cp / 4096);
    out += static_cast<char>(0x80 + cp / 64 % 64);
    out += static_cast<char>(0x80 + cp % 64);
  } else {
    out += static_cast<char>(0xF0 + cp / 262144);
    out += static_cast<char>(0x80 + cp / 4096 % 64);
    out += static_cast<char>(0x80 + cp / 64 % 64);
    out += static_cast<char>(0x80 + cp % 64);
  }
  return out;
}

// Random byte strings that hit every class of byte, with runs of valid text (long enough to
// exercise the SIMD validator's 64-byte blocks) and with lengths around block boundaries.
std::string RandomBytes(std::mt19937& rng, bool mostly_valid) {
  static const unsigned char kInteresting[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                               0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0,
                                               0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFE, 0xFF};
  static const char32_t kCodePoints[] = {'a', 0xE9, 0x7FF, 0x800, 0x627, 0xD7FF, 0xE000, 0xFFFD,
                                         0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
  std::uniform_int_distribution<int> len_dist(0, 3);
  static const size_t kLengths[] = {7, 31, 63, 64, 65, 130, 200};
  size_t target = len_dist(rng) == 0 ? kLengths[rng() % 7] : rng() % 300;
  std::string s;
  while (s.size() < target) {
    int what = static_cast<int>(rng() % (mostly_valid ? 40 : 6));
    if (what == 0) {
      s += static_cast<char>(kInteresting[rng() % sizeof(kInteresting)]);
    } else if (what == 1) {
      s += static_cast<char>(rng() % 256);
    } else if (what == 2) {
      Append(kCodePoints[rng() % 12], &s);
    } else {
      char32_t cp;
      do {
        cp = static_cast<char32_t>(rng() % 0x110000);
      } while (cp >= 0xD800 && cp <= 0xDFFF);
      if (rng() % 2) cp %= 0x80;
      Append(cp, &s);
    }
  }
  // Sometimes cut the string anywhere, possibly inside a sequence.
  if (rng() % 4 == 0 && !s.empty()) s.resize(rng() % s.size());
  return s;
}

std::string Hex(std::string_view s) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
    out += ' ';
  }
  return out;
}

// --- FindInvalid ---------------------------------------------------------------------------

struct InvalidCase {
  const char* name;
  std::string input;
  size_t expected;
};

TEST(Utf8FindInvalid, ExactOffsets) {
  const std::string a100(100, 'a');
  const InvalidCase kCases[] = {
      {"empty", "", kValid},
      {"ascii", "Le Maroc", kValid},
      {"two byte", "M\xC3\xA9naka", kValid},
      {"arabic", "\xD8\xA7\xD9\x84\xD8\xAC\xD9\x8A\xD8\xB4", kValid},
      {"emoji", "ok \xF0\x9F\x98\x80", kValid},
      {"smallest 3-byte U+0800", "\xE0\xA0\x80", kValid},
      {"last before surrogates U+D7FF", "\xED\x9F\xBF", kValid},
      {"first after surrogates U+E000", "\xEE\x80\x80", kValid},
      {"smallest 4-byte U+10000", "\xF0\x90\x80\x80", kValid},
      {"largest U+10FFFF", "\xF4\x8F\xBF\xBF", kValid},
      {"NUL is valid", std::string("a\0b", 3), kValid},
      {"overlong 2-byte C0", "a\xC0\xAF", 1},
      {"overlong 2-byte C1", "\xC1\xBF", 0},
      {"overlong 3-byte", "ab\xE0\x80\xAF", 2},
      {"overlong 3-byte U+07FF", "\xE0\x9F\xBF", 0},
      {"overlong 4-byte", "xyz\xF0\x8F\xBF\xBF", 3},
      {"surrogate D800", "x\xED\xA0\x80", 1},
      {"surrogate DFFF", "\xED\xBF\xBF" "z", 0},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"lead F5", "ok\xF5\x80\x80\x80", 2},
      {"byte FF", "\xFF", 0},
      {"byte FE", "\xC3\xA9\xFE", 2},
      {"lone continuation", "a\x80" "b", 1},
      {"extra continuation", "\xC3\xA9\xA9", 2},
      {"truncated 2-byte at end", "abc\xC3", 3},
      {"truncated 3-byte at end", "abc\xE2\x82", 3},
      {"truncated 4-byte at end", "abc\xF0\x9F\x98", 3},
      {"lead then ascii", "\xC3(", 0},
      {"3-byte lead then ascii", "\xE2\x82" "A", 0},
      {"4-byte lead cut by lead", "\xF0\x9F\xF0\x9F\x98\x80", 0},
      {"valid then bad after 100 bytes", a100 + "\x80", 100},
      {"bad surrogate after long run", a100 + "\xC3\xA9" + a100 + "\xED\xB0\x80" + a100, 202},
      {"truncated at end of long run", a100 + a100 + "\xE2\x80", 200},
  };
  for (const InvalidCase& c : kCases) {
    EXPECT_EQ(FindInvalid(c.input), c.expected) << c.name << ": " << Hex(c.input);
    EXPECT_EQ(IsValid(c.input), c.expected == kValid) << c.name;
    EXPECT_EQ(NaiveFindInvalid(c.input), c.expected) << "reference disagrees on " << c.name;
  }
}

TEST(Utf8FindInvalid, EveryErrorPositionInALongString) {
  // A bad byte placed at every offset of a 200-byte mixed string (SIMD blocks, tails).
  std::string base;
  while (base.size() < 200) base += "ab\xC3\xA9\xD8\xA7\xE2\x82\xAC\xF0\x9F\x98\x80";
  base.resize(BoundedPrefix(base, 200));
  ASSERT_TRUE(IsValid(base));
  for (size_t i = 0; i <= base.size(); ++i) {
    if (i < base.size() && (static_cast<unsigned char>(base[i]) & 0xC0) == 0x80) continue;
    std::string s = base.substr(0, i) + "\xFF" + base.substr(i);
    EXPECT_EQ(FindInvalid(s), i);
  }
}

TEST(Utf8FindInvalid, MatchesNaiveValidatorOnRandomBytes) {
  std::mt19937 rng(20240601);
  int invalid = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s = RandomBytes(rng, iter % 2 == 0);
    size_t expected = NaiveFindInvalid(s);
    invalid += expected != kValid;
    ASSERT_EQ(FindInvalid(s), expected) << "input: " << Hex(s);
    for (size_t i = 0; i < s.size(); ++i) {
      ASSERT_EQ(SequenceLength(s, i), NaiveSequenceLength(s, i)) << "at " << i << " of " << Hex(s);
    }
  }
  // The generator must produce both kinds for the comparison to mean anything.
  EXPECT_GT(invalid, 2000);
  EXPECT_LT(invalid, 18000);
}

// --- Repair ----------------------------------------------------------------------------------

struct RepairCase {
  const char* name;
  std::string input;
  std::string expected;
  size_t replacements;
};

TEST(Utf8Repair, MaximalSubparts) {
  const std::string r = "\xEF\xBF\xBD";  // U+FFFD
  const RepairCase kCases[] = {
      {"valid unchanged", "M\xC3\xA9naka \xF0\x9F\x98\x80", "M\xC3\xA9naka \xF0\x9F\x98\x80", 0},
      {"empty", "", "", 0},
      {"truncated 4-byte at end", "a\xF0\x9F\x98", "a" + r, 1},
      {"truncated 4-byte mid-text", "a\xF0\x9F\x98" "b", "a" + r + "b", 1},
      {"surrogate: three", "\xED\xA0\x80", r + r + r, 3},
      {"overlong 3-byte: three", "\xE0\x80\x80", r + r + r, 3},
      {"overlong 2-byte: two", "\xC0\xAF", r + r, 2},
      {"above U+10FFFF: four", "\xF4\x90\x80\x80", r + r + r + r, 4},
      {"F5 lead: four", "\xF5\x80\x80\x80", r + r + r + r, 4},
      {"truncated 3-byte then ascii", "\xE2\x82" "x", r + "x", 1},
      {"two lone continuations", "\x80\x80", r + r, 2},
      {"truncated before valid emoji", "\xF0\x9F\x98\xF0\x9F\x98\x80", r + "\xF0\x9F\x98\x80", 1},
      {"lead before lead", "\xC3\xC3\xA9", r + "\xC3\xA9", 1},
      // The example of the Unicode Standard, chapter 3 ("U+FFFD Substitution of Maximal
      // Subparts"): 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
      {"unicode standard example", "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" + r + r + r + "b" + r + "c" + r + r + "d", 6},
  };
  for (const RepairCase& c : kCases) {
    std::string out = "stale contents";
    EXPECT_EQ(Repair(c.input, &out), c.replacements) << c.name;
    EXPECT_EQ(out, c.expected) << c.name << ": got " << Hex(out);
    EXPECT_TRUE(IsValid(out)) << c.name;
  }
}

TEST(Utf8Repair, MatchesNaiveRepairOnRandomBytes) {
  std::mt19937 rng(77);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string s = RandomBytes(rng, iter % 3 == 0);
    std::string expected;
    size_t expected_count = NaiveRepair(s, &expected);
    std::string out;
    ASSERT_EQ(Repair(s, &out), expected_count) << Hex(s);
    ASSERT_EQ(out, expected) << Hex(s);
    ASSERT_TRUE(IsValid(out));
    // Repairing is idempotent and a valid input is returned as is.
    std::string again;
    ASSERT_EQ(Repair(out, &again), 0u);
    ASSERT_EQ(again, out);
  }
}

// --- Decode / Append / lengths -----------------------------------------------------------------

TEST(Utf8Codec, AppendDecodeRoundTripOverAllScalarValues) {
  // Every scalar value of the BMP and a stride through the supplementary planes, with the
  // edges of each length class and plane.
  std::vector<char32_t> cps;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (cp < 0xD800 || cp > 0xDFFF) cps.push_back(cp);
  }
  for (char32_t cp = 0x10000; cp <= 0x10FFFF; cp += 97) cps.push_back(cp);
  for (char32_t plane = 0x10000; plane <= 0x100000; plane += 0x10000) {
    cps.push_back(plane);
    cps.push_back(plane + 0xFFFF);
  }
  for (char32_t cp : cps) {
    std::string enc;
    Append(cp, &enc);
    ASSERT_EQ(enc, NaiveEncode(cp)) << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ(enc.size(), EncodedLength(cp));
    ASSERT_EQ(SequenceLength(enc, 0), enc.size());
    ASSERT_EQ(NaiveFindInvalid(enc), kValid);
    size_t i = 0;
    ASSERT_EQ(Decode(enc, &i), cp);
    ASSERT_EQ(i, enc.size());
    size_t j = enc.size();
    ASSERT_EQ(DecodeBefore(enc, &j), cp);
    ASSERT_EQ(j, 0u);
  }
}

TEST(Utf8Codec, AppendAppendsWithoutClearing) {
  std::string s = "x";
  Append(0xE9, &s);
  Append(0x1F600, &s);
  EXPECT_EQ(s, "x\xC3\xA9\xF0\x9F\x98\x80");
}

TEST(Utf8Codec, DecodeWalksAMixedString) {
  const std::string s = "a\xC3\xA9\xD8\xA7\xE2\x82\xAC\xF0\x9F\x98\x80z";
  const char32_t kExpected[] = {'a', 0xE9, 0x627, 0x20AC, 0x1F600, 'z'};
  size_t i = 0;
  for (char32_t want : kExpected) EXPECT_EQ(Decode(s, &i), want);
  EXPECT_EQ(i, s.size());
  // Backwards too.
  size_t j = s.size();
  for (int k = 5; k >= 0; --k) EXPECT_EQ(DecodeBefore(s, &j), kExpected[k]);
  EXPECT_EQ(j, 0u);
}

TEST(Utf8Codec, EncodedLengthBoundaries) {
  EXPECT_EQ(EncodedLength(0x7F), 1u);
  EXPECT_EQ(EncodedLength(0x80), 2u);
  EXPECT_EQ(EncodedLength(0x7FF), 2u);
  EXPECT_EQ(EncodedLength(0x800), 3u);
  EXPECT_EQ(EncodedLength(0xFFFF), 3u);
  EXPECT_EQ(EncodedLength(0x10000), 4u);
  EXPECT_EQ(EncodedLength(0x10FFFF), 4u);
}

TEST(Utf8Count, CodePoints) {
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("abc"), 3u);
  EXPECT_EQ(CountCodePoints("M\xC3\xA9naka"), 6u);
  EXPECT_EQ(CountCodePoints("\xD8\xA7\xD9\x84\xD8\xAC\xD9\x8A\xD8\xB4"), 5u);  // الجيش
  EXPECT_EQ(CountCodePoints("\xE2\x82\xAC\xF0\x9F\x98\x80"), 2u);

  std::mt19937 rng(5);
  for (int iter = 0; iter < 2000; ++iter) {
    std::string s = RandomBytes(rng, true);
    std::string valid;
    (void)Repair(s, &valid);
    size_t n = 0;
    for (size_t i = 0; i < valid.size(); ++n) Decode(valid, &i);
    ASSERT_EQ(CountCodePoints(valid), n) << Hex(valid);
  }
}

TEST(Utf8BoundedPrefix, NeverCutsASequence) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // 1 + 2 + 3 + 4 bytes
  // max_bytes -> longest prefix ending on a boundary.
  const size_t kExpected[] = {0, 1, 1, 3, 3, 3, 6, 6, 6, 6, 10, 10, 10};
  for (size_t max = 0; max < std::size(kExpected); ++max) {
    EXPECT_EQ(BoundedPrefix(s, max), kExpected[max]) << "max_bytes " << max;
  }
  EXPECT_EQ(BoundedPrefix("", 0), 0u);
  EXPECT_EQ(BoundedPrefix("", 5), 0u);
}

TEST(Utf8BoundedPrefix, LongestValidPrefixOnRandomText) {
  std::mt19937 rng(99);
  for (int iter = 0; iter < 2000; ++iter) {
    std::string raw = RandomBytes(rng, true);
    std::string s;
    (void)Repair(raw, &s);
    for (size_t max = 0; max <= s.size() + 2; ++max) {
      size_t n = BoundedPrefix(s, max);
      ASSERT_LE(n, std::min(max, s.size()));
      ASSERT_TRUE(IsValid(std::string_view(s).substr(0, n))) << Hex(s) << " max " << max;
      if (n < s.size()) {
        // Maximal: the next code point does not fit.
        ASSERT_GT(n + SequenceLength(s, n), max) << Hex(s) << " max " << max;
      }
    }
  }
}

}  // namespace
}  // namespace vigie::utf8
