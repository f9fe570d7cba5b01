// Tests for text/fold: the folded form used for matching, and the byte maps between the
// folded and the original text.
#include "text/fold.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace vigie {
namespace {

struct FoldCase {
  const char* name;
  std::string input;
  std::string expected;
};

TEST(Fold, Table) {
  const FoldCase kCases[] = {
      // Latin: case and diacritics.
      {"acute", "M\xC3\xA9naka", "menaka"},
      {"capital with accent", "\xC3\x89TAT", "etat"},
      {"sharp s", "Stra\xC3\x9F" "e", "strasse"},
      {"capital sharp s U+1E9E", "STRA\xE1\xBA\x9E" "E", "strasse"},
      {"oe ligature", "\xC5\x93uvre", "oeuvre"},
      {"OE capital ligature", "\xC5\x92UVRE", "oeuvre"},
      {"ae", "\xC3\x86gypten", "aegypten"},
      {"typographic apostrophe", "l\xE2\x80\x99ONU", "l'onu"},
      {"left single quote as apostrophe", "l\xE2\x80\x98ONU", "l'onu"},
      {"modifier apostrophe U+02BC", "l\xCA\xBC" "ONU", "l'onu"},
      {"backtick", "l`ONU", "l'onu"},
      {"i acute", "Moc\xC3\xADmboa", "mocimboa"},
      {"cedilla and circumflex", "Fran\xC3\xA7ois C\xC3\xB4te", "francois cote"},
      {"polish l stroke", "\xC5\x81\xC3\xB3" "d\xC5\xBA", "lodz"},
      {"o slash", "Tr\xC3\xB8ndelag", "trondelag"},
      {"dotless i", "\xC4\xB1zmir", "izmir"},
      {"dotted capital I", "\xC4\xB0stanbul", "istanbul"},
      {"fi ligature", "\xEF\xAC\x81" "n", "fin"},
      {"fullwidth latin", "\xEF\xBC\xB5\xEF\xBC\xAE", "un"},
      {"greek", "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1", "\xCE\xB5\xCE\xBB\xCE\xBB\xCE\xB1\xCE\xB4\xCE\xB1"},
      {"ascii punctuation kept", "Al-Shabaab, (AQMI)!", "al-shabaab, (aqmi)!"},
      // Arabic.
      {"harakat removed, hamza carrier unified", "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x8F\xD9\x85\xD9\x8E\xD9\x85",
       "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x85\xD9\x85"},  // الأُمَم -> الامم
      {"alef variants", "\xD8\xA3\xD8\xA5\xD8\xA2\xD9\xB1", "\xD8\xA7\xD8\xA7\xD8\xA7\xD8\xA7"},  // أإآٱ
      {"waw with hamza", "\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84", "\xD9\x85\xD8\xB3\xD9\x88\xD9\x88\xD9\x84"},
      {"yeh with hamza", "\xD8\xA6", "\xD9\x8A"},
      {"alef maksura", "\xD9\x89", "\xD9\x8A"},
      {"teh marbuta", "\xD8\xA9", "\xD9\x87"},
      {"tatweel", "\xD8\xAC\xD9\x80\xD9\x80\xD9\x80\xD9\x8A\xD8\xB4", "\xD8\xAC\xD9\x8A\xD8\xB4"},  // جـــيش
      {"shadda and sukun", "\xD9\x85\xD9\x8F\xD8\xAD\xD9\x8E\xD9\x85\xD9\x8E\xD9\x91\xD8\xAF",
       "\xD9\x85\xD8\xAD\xD9\x85\xD8\xAF"},  // مُحَمَّد -> محمد
      {"dagger alef U+0670", "\xD9\x87\xD9\xB0\xD8\xB0\xD8\xA7", "\xD9\x87\xD8\xB0\xD8\xA7"},
      {"persian yeh and keheh", "\xDB\x8C\xDA\xA9", "\xD9\x8A\xD9\x83"},
      {"arabic-indic digits", "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA4", "2024"},               // ٢٠٢٤
      {"persian digits", "\xDB\xB1\xDB\xB4\xDB\xB0\xDB\xB3", "1403"},                   // ۱۴۰۳
      {"devanagari digits", "\xE0\xA5\xA8\xE0\xA5\xA6", "20"},
      {"arabic decimal separator", "\xD9\xA3\xD9\xAB\xD9\xA5", "3.5"},                   // ٣٫٥
      {"arabic thousands separator", "\xD9\xA1\xD9\xA2\xD9\xAC\xD9\xA0\xD9\xA0\xD9\xA0", "12,000"},
      {"arabic comma kept", "\xD8\x8C", "\xD8\x8C"},
      // Presentation forms.
      {"lam-alef ligature", "\xEF\xBB\xBB", "\xD9\x84\xD8\xA7"},                         // ﻻ -> لا
      {"lam-alef with hamza ligature", "\xEF\xBB\xB7", "\xD9\x84\xD8\xA7"},              // ﻷ -> لا
      {"isolated teh marbuta form", "\xEF\xBA\x93", "\xD9\x87"},                         // ﺓ -> ه
      {"final alef maksura form", "\xEF\xBB\xB0", "\xD9\x8A"},                           // ﻰ -> ي
      {"initial beh form", "\xEF\xBA\x91", "\xD8\xA8"},                                  // ﺑ -> ب
      // Spaces, hyphens and invisible characters.
      {"soft hyphen removed", "co\xC2\xAD" "op\xC3\xA9ration", "cooperation"},
      {"zero-width space removed", "Boko\xE2\x80\x8BHaram", "bokoharam"},
      {"zero-width joiners removed", "a\xE2\x80\x8C" "b\xE2\x80\x8D" "c", "abc"},
      {"word joiner and BOM removed", "a\xE2\x81\xA0" "b\xEF\xBB\xBF" "c", "abc"},
      {"bidi marks removed", "\xE2\x80\x8F\xD9\x85\xE2\x80\x8E" "x\xD8\x9C", "\xD9\x85x"},
      {"no-break spaces to space", "12\xC2\xA0" "000\xE2\x80\xAF" "h", "12 000 h"},
      {"thin space to space", "a\xE2\x80\x89" "b", "a b"},
      {"non-breaking hyphen", "al\xE2\x80\x91Shabaab", "al-shabaab"},
      {"hyphen U+2010", "co\xE2\x80\x90pr\xC3\xA9sid\xC3\xA9", "co-preside"},
      // Left alone.
      {"empty", "", ""},
      {"devanagari keeps its vowel signs", "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80",
       "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80"},
      {"emoji", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
      {"euro sign", "\xE2\x82\xAC", "\xE2\x82\xAC"},
  };
  for (const FoldCase& c : kCases) {
    EXPECT_EQ(FoldString(c.input), c.expected) << c.name;
    FoldedText f;
    Fold(c.input, &f);
    EXPECT_EQ(f.text, c.expected) << c.name;
  }
}

TEST(Fold, FoldAppendAppends) {
  std::string out = "x:";
  FoldAppend("\xC3\x89TAT", &out);
  FoldAppend(" ONU", &out);
  EXPECT_EQ(out, "x:etat onu");
}

TEST(Fold, MapsOfASmallExample) {
  // "Straße" -> "strasse": both folded s of ß point back to ß's first byte (5).
  const std::string orig = "Stra\xC3\x9F" "e";
  FoldedText f;
  Fold(orig, &f);
  ASSERT_EQ(f.text, "strasse");
  const OffsetMap to_orig = {0, 1, 2, 3, 4, 4, 6, 7};
  const OffsetMap from_orig = {0, 1, 2, 3, 4, 4, 6, 7};
  EXPECT_EQ(f.to_orig, to_orig);
  EXPECT_EQ(f.from_orig, from_orig);
  // The folded span "ss" is ß; "s" alone (a cut inside ß's output) extends to the whole ß.
  EXPECT_EQ(f.OrigStart(4), 4u);
  EXPECT_EQ(f.OrigEnd(6), 6u);
  EXPECT_EQ(f.OrigEnd(5), 6u);
  EXPECT_EQ(f.OrigEnd(0), 0u);
  EXPECT_EQ(f.OrigEnd(7), 7u);

  // A deleted character (soft hyphen) maps to the position of the next output.
  const std::string hy = "a\xC2\xAD" "b";
  Fold(hy, &f);
  ASSERT_EQ(f.text, "ab");
  EXPECT_EQ(f.to_orig, (OffsetMap{0, 3, 4}));
  EXPECT_EQ(f.from_orig, (OffsetMap{0, 1, 1, 1, 2}));
}

// Regression: OrigEnd(0) returned 0 even when the folded text starts after characters that
// fold to nothing, so the empty span [0, 0) mapped to the inverted original span [3, 0).
TEST(Fold, OrigEndOfEmptySpanAfterLeadingDeletedCharacters) {
  const std::string orig = "\xE2\x80\x8F" "abc";  // right-to-left mark, then "abc"
  FoldedText f;
  Fold(orig, &f);
  ASSERT_EQ(f.text, "abc");
  EXPECT_EQ(f.OrigStart(0), 3u);
  EXPECT_EQ(f.OrigEnd(0), 3u);
  EXPECT_EQ(f.OrigEnd(1), 4u);
  // Nothing deleted: the start of the text.
  Fold("abc", &f);
  EXPECT_EQ(f.OrigEnd(0), 0u);
}

TEST(Fold, EmptyInput) {
  FoldedText f;
  f.text = "stale";
  f.to_orig = {9, 9};
  Fold("", &f);
  EXPECT_EQ(f.text, "");
  EXPECT_EQ(f.to_orig, OffsetMap{0});
  EXPECT_EQ(f.from_orig, OffsetMap{0});
}

// Random mixes of ASCII, Latin with diacritics, expanding and shrinking letters, Arabic with
// harakat, tatweel and presentation forms, digits, spaces and invisible characters.
std::string RandomMixedText(std::mt19937& rng) {
  static const char* const kPieces[] = {
      "Le", "Maroc", " ", ". ", "l\xE2\x80\x99ONU", "M\xC3\xA9naka", "\xC3\x89TAT", "Stra\xC3\x9F" "e",
      "\xC5\x93uvre", "\xC4\xB0", "\xE1\xBA\x9E", "\xEF\xAC\x81", "\xEF\xAC\x83",  // ﬃ
      "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x8F\xD9\x85\xD9\x8E\xD9\x85", "\xD8\xAC\xD9\x80\xD9\x80\xD9\x8A\xD8\xB4",
      "\xD9\x85\xD8\xB3\xD8\xA4\xD9\x88\xD9\x84", "\xD9\x89", "\xD8\xA9", "\xEF\xBB\xBB", "\xEF\xB7\xB2",  // ﷲ
      "\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA4", "\xDB\xB1\xDB\xB4", "\xD9\xAB", "12", "\xC2\xA0", "\xE2\x80\xAF",
      "\xC2\xAD", "\xE2\x80\x8B", "\xE2\x80\x8F", "\xF0\x9F\x98\x80", "\xE2\x82\xAC", "\xCC\x81", "e\xCC\x81",
      "\xCE\x86", "\xD0\x99", "\xE0\xA4\xB9\xE0\xA4\xBF", "\xE3\x8E\x8F",  // ㎏ (expands to "kg")
      "\xE2\x85\xAB",  // Ⅻ (expands to "xii")
      // Long ASCII runs take the 16- and 8-byte block paths: the letters' edges ('@' 'A' 'Z' '['
      // '`' 'a' 'z' '{'), the grave accent folded to an apostrophe, and control bytes.
      "AT GAO, Mali: [A@Z`a{z] ~\x01\x7F ", "The `Quick` BROWN fox jumps over",
  };
  constexpr size_t kCount = sizeof(kPieces) / sizeof(kPieces[0]);
  std::string s;
  size_t n = rng() % 30;
  for (size_t i = 0; i < n; ++i) s += kPieces[rng() % kCount];
  return s;
}

bool IsCodePointStart(std::string_view s, size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

TEST(Fold, MapInvariantsOnRandomText) {
  std::mt19937 rng(1234);
  FoldedText f;  // reused across documents, as the analyser does
  for (int iter = 0; iter < 3000; ++iter) {
    const std::string orig = RandomMixedText(rng);
    ASSERT_TRUE(utf8::IsValid(orig));
    Fold(orig, &f);
    SCOPED_TRACE(orig);
    const std::string& folded = f.text;

    ASSERT_EQ(FoldString(orig), folded);
    ASSERT_TRUE(utf8::IsValid(folded));
    ASSERT_EQ(f.to_orig.size(), folded.size() + 1);
    ASSERT_EQ(f.to_orig.back(), orig.size());
    ASSERT_EQ(f.from_orig.size(), orig.size() + 1);
    ASSERT_EQ(f.from_orig.back(), folded.size());

    for (size_t i = 0; i < folded.size(); ++i) {
      ASSERT_TRUE(IsCodePointStart(orig, f.to_orig[i])) << "folded byte " << i;
      ASSERT_LE(f.to_orig[i], f.to_orig[i + 1]) << "to_orig not monotonic at " << i;
    }
    for (size_t j = 0; j < orig.size(); ++j) {
      ASSERT_LE(f.from_orig[j], f.from_orig[j + 1]) << "from_orig not monotonic at " << j;
    }

    // Reference maps from folding each code point on its own: folding is context-free.
    std::string rebuilt;
    OffsetMap to_orig;
    OffsetMap from_orig(orig.size() + 1);
    for (size_t i = 0; i < orig.size();) {
      size_t start = i;
      utf8::Decode(orig, &i);
      std::string piece = FoldString(orig.substr(start, i - start));
      for (size_t k = start; k < i; ++k) from_orig[k] = static_cast<uint32_t>(rebuilt.size());
      to_orig.insert(to_orig.end(), piece.size(), static_cast<uint32_t>(start));
      rebuilt += piece;
    }
    to_orig.push_back(static_cast<uint32_t>(orig.size()));
    from_orig[orig.size()] = static_cast<uint32_t>(rebuilt.size());
    ASSERT_EQ(rebuilt, folded);
    ASSERT_EQ(f.to_orig, to_orig);
    ASSERT_EQ(f.from_orig, from_orig);

    // Folded boundaries that fall between the outputs of two original code points.
    std::vector<size_t> cuts;
    for (size_t b = 0; b <= folded.size(); ++b) {
      if (b == 0 || b == folded.size() || f.to_orig[b - 1] != f.to_orig[b]) cuts.push_back(b);
    }
    for (int k = 0; k < 40 && cuts.size() >= 2; ++k) {
      size_t a = cuts[rng() % cuts.size()];
      size_t b = cuts[rng() % cuts.size()];
      if (a > b) std::swap(a, b);
      uint32_t os = f.OrigStart(a);
      uint32_t oe = f.OrigEnd(b);
      ASSERT_LE(os, oe);
      ASSERT_LE(oe, orig.size());
      ASSERT_EQ(FoldString(std::string_view(orig).substr(os, oe - os)), folded.substr(a, b - a))
          << "folded span [" << a << ", " << b << ")";
      // And the map round-trips: the span starts where the original's code point starts.
      ASSERT_EQ(f.from_orig[os], a);
    }

    // A folded end that cuts into one code point's output ("s|s" of ß) widens to that whole
    // code point, so that the original span covers at least the folded one.
    for (size_t b = 1; b < folded.size(); ++b) {
      if (f.to_orig[b - 1] != f.to_orig[b]) continue;
      uint32_t oe = f.OrigEnd(b);
      ASSERT_TRUE(oe == orig.size() || IsCodePointStart(orig, oe));
      ASSERT_GT(oe, f.to_orig[b - 1]);
      std::string widened = FoldString(std::string_view(orig).substr(0, oe));
      ASSERT_GE(widened.size(), b);
      ASSERT_EQ(widened.substr(0, b), folded.substr(0, b));
    }
  }
}

}  // namespace
}  // namespace vigie
