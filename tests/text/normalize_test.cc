// Tests for text/normalize: NFC, line endings, control characters and the byte order mark.
#include "text/normalize.h"

#include <gtest/gtest.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/utf8.h"

namespace vigie {
namespace {

class NormalizerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<Normalizer> n = Normalizer::Create();
    ASSERT_TRUE(n.ok()) << n.status().ToString();
    normalizer_.emplace(std::move(n).value());
  }
  std::optional<Normalizer> normalizer_;
};

struct NormCase {
  const char* name;
  std::string input;
  std::string expected;
  bool changed;
};

TEST_F(NormalizerTest, Table) {
  const NormCase kCases[] = {
      {"empty", "", "", false},
      {"ascii unchanged", "Le Maroc et l'ONU.\n\nSuite.", "Le Maroc et l'ONU.\n\nSuite.", false},
      {"precomposed unchanged", "M\xC3\xA9naka", "M\xC3\xA9naka", false},
      {"e + U+0301 composes to U+00E9", "Me\xCC\x81naka", "M\xC3\xA9naka", true},
      {"E + U+0301 composes to U+00C9", "E\xCC\x81TAT", "\xC3\x89TAT", true},
      {"c + cedilla", "franc\xCC\xA7" "ais", "fran\xC3\xA7" "ais", true},
      // الأُمَم with damma and fatha: NFC leaves Arabic harakat alone (they have no
      // precomposed forms), and alef + hamza above is precomposed already.
      {"arabic harakat unchanged", "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x8F\xD9\x85\xD9\x8E\xD9\x85",
       "\xD8\xA7\xD9\x84\xD8\xA3\xD9\x8F\xD9\x85\xD9\x8E\xD9\x85", false},
      // alef + U+0654 (hamza above) composes into U+0623 under NFC.
      {"arabic alef + hamza above composes", "\xD8\xA7\xD9\x94", "\xD8\xA3", true},
      {"CRLF to LF", "a\r\nb\r\n", "a\nb\n", true},
      {"CR to LF", "a\rb\r", "a\nb\n", true},
      {"CR CR LF is two line ends", "a\r\r\nb", "a\n\nb", true},
      {"tab and LF kept", "a\tb\nc", "a\tb\nc", false},
      {"C0 controls to space", std::string("a\x01" "b\x1F" "c\0d", 7), "a b c d", true},
      {"vertical tab and form feed to space", "a\vb\fc", "a b c", true},
      {"DEL to space", "a\x7F" "b", "a b", true},
      {"C1 control U+0085 to one space", "a\xC2\x85" "b", "a b", true},
      {"C1 control U+009F to one space", "a\xC2\x9F" "b", "a b", true},
      {"no-break space U+00A0 kept", "12\xC2\xA0" "000", "12\xC2\xA0" "000", false},
      {"leading BOM dropped", "\xEF\xBB\xBFLe Maroc", "Le Maroc", true},
      {"inner BOM kept", "Le\xEF\xBB\xBFMaroc", "Le\xEF\xBB\xBFMaroc", false},
      {"BOM, CRLF and NFC together", "\xEF\xBB\xBF" "e\xCC\x81t\xC3\xA9\r\n", "\xC3\xA9t\xC3\xA9\n", true},
  };
  for (const NormCase& c : kCases) {
    std::string out = "stale";
    bool changed = normalizer_->Normalize(c.input, &out);
    EXPECT_EQ(out, c.expected) << c.name;
    EXPECT_EQ(changed, c.changed) << c.name;
    EXPECT_TRUE(utf8::IsValid(out)) << c.name;
    // Normalising is idempotent: the result is already normal.
    std::string again;
    EXPECT_FALSE(normalizer_->Normalize(out, &again)) << c.name;
    EXPECT_EQ(again, out) << c.name;
  }
}

TEST_F(NormalizerTest, NfcAloneKeepsControlCharacters) {
  std::string out;
  EXPECT_TRUE(normalizer_->Nfc("e\xCC\x81\r\n", &out));
  EXPECT_EQ(out, "\xC3\xA9\r\n");
  EXPECT_FALSE(normalizer_->Nfc("a\x01\r\n", &out));
  EXPECT_EQ(out, "a\x01\r\n");
}

TEST_F(NormalizerTest, NfcReordersCombiningMarks) {
  // a + dot below (ccc 220) + acute (ccc 230) in the wrong order: NFC puts the marks in
  // canonical order and composes what it can.
  std::string out;
  EXPECT_TRUE(normalizer_->Nfc("a\xCC\x81\xCC\xA3", &out));
  EXPECT_EQ(out, "\xE1\xBA\xA1\xCC\x81");  // U+1EA1 (a with dot below) + U+0301
}

TEST_F(NormalizerTest, LongAlreadyNormalTextIsCopiedUnchanged) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "L'arm\xC3\xA9" "e a repouss\xC3\xA9 \xD8\xA7\xD9\x84\xD9\x87\xD8\xAC\xD9\x88\xD9\x85.\n";
  std::string out;
  EXPECT_FALSE(normalizer_->Normalize(text, &out));
  EXPECT_EQ(out, text);
}

// The clean-up test reads eight bytes at a time: a byte to clean must be found at every offset
// of a word and across word boundaries, beside Arabic (0xD8-0xD9 leads), Latin-1 (0xC3) and
// the C2 A0 no-break space that stays.
TEST_F(NormalizerTest, ControlCharacterFoundAtEveryOffset) {
  const std::string fillers[] = {"abcdefgh", "\xD8\xA7\xD9\x84\xD9\x87\xD8\xAC", "\xC3\xA9t\xC3\xA9 \xC2\xA0x"};
  const std::pair<std::string, std::string> bad[] = {
      {"\x01", " "}, {"\x1F", " "}, {"\x7F", " "}, {"\xC2\x85", " "}, {"\xC2\x9F", " "}, {"\r", "\n"}};
  for (const std::string& filler : fillers) {
    std::string base;
    while (base.size() < 40) base += filler;
    for (const auto& [b, replacement] : bad) {
      for (size_t pos = 0; pos <= 24; ++pos) {
        // Insert at a character boundary of the filler.
        size_t at = pos;
        while (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80) ++at;
        std::string text = base.substr(0, at) + b + base.substr(at);
        std::string out;
        EXPECT_TRUE(normalizer_->Normalize(text, &out)) << pos;
        EXPECT_EQ(out, base.substr(0, at) + replacement + base.substr(at)) << pos;
      }
    }
    std::string out;
    EXPECT_FALSE(normalizer_->Normalize(base, &out));  // tab, newline and C2 A0 stay
    EXPECT_EQ(out, base);
  }
}

// The fast path (texts of NFC-stable code points skip ICU's check) must agree with ICU on
// every BMP code point, alone and next to the characters that compose or reorder with it.
TEST_F(NormalizerTest, NfcAgreesWithIcuOnEveryBmpCodePoint) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* icu_nfc = icu::Normalizer2::getNFCInstance(err);
  ASSERT_TRUE(U_SUCCESS(err));
  auto icu_form = [&](const std::string& s) {
    std::string out;
    icu::StringByteSink<std::string> sink(&out);
    UErrorCode e = U_ZERO_ERROR;
    icu_nfc->normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, nullptr, e);
    EXPECT_TRUE(U_SUCCESS(e));
    return out;
  };
  // Before or after each code point: a letter, a combining acute, Arabic hamza above, a
  // Hangul leading jamo and vowel, a combining dot below (reorders with the acute), Arabic
  // fathatan (reorders with shadda).
  const char* const kNeighbours[] = {"a",           "\xCC\x81",     "\xD9\x94", "\xE1\x84\x80",
                                     "\xE1\x85\xA1", "\xCC\xA3", "\xD9\x8B"};
  int mismatches = 0;
  std::string out;
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string c;
    utf8::Append(cp, &c);
    std::vector<std::string> texts = {c, "Le Maroc " + c + " et l'ONU"};
    for (const char* n : kNeighbours) {
      texts.push_back(c + n);
      texts.push_back(std::string(n) + c);
    }
    for (const std::string& t : texts) {
      const std::string expected = icu_form(t);
      const bool changed = normalizer_->Nfc(t, &out);
      if (out != expected || changed != (expected != t)) {
        if (++mismatches <= 5) ADD_FAILURE() << "U+" << std::hex << static_cast<uint32_t>(cp);
      }
    }
  }
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace vigie
