// Character classes for the tokenizer and sentence splitter, looked up in a table built once
// from ICU's properties for the Basic Multilingual Plane (supplementary code points ask ICU
// directly; they are rare in news text). Thread-safe after first use.
#ifndef VIGIE_TEXT_CHAR_CLASS_H_
#define VIGIE_TEXT_CHAR_CLASS_H_

#include <cstdint>

namespace vigie {

enum class CharKind : uint8_t {
  kOther = 0,
  kSpace,   // white space, including no-break and narrow no-break spaces
  kLetter,  // general category L*
  kMark,    // M*: combining marks, Arabic harakat; they attach to the letter before
  kDigit,   // Nd: ASCII, Arabic-Indic, Extended Arabic-Indic and other decimal digits
  kFormat,  // Cf and soft hyphen: zero-width space/joiners, word joiner, BOM; ignorable in words
  kPunct,   // P*
  kSymbol,  // S*
};

// Bit flags beside the kind.
inline constexpr uint8_t kCharUpper = 1 << 0;   // uppercase or titlecase letter
inline constexpr uint8_t kCharLower = 1 << 1;   // lowercase letter
inline constexpr uint8_t kCharArabic = 1 << 2;  // Arabic script (letters, marks, digits, punctuation)
inline constexpr uint8_t kCharLatin = 1 << 3;   // Latin script letter

struct CharInfo {
  CharKind kind;
  uint8_t flags;
};

namespace internal {
// The BMP table, built from ICU during static initialisation (about 5 ms); not usable from
// other static initialisers.
extern const CharInfo* const kBmpInfo;
CharInfo ComputeCharInfo(char32_t cp);
}  // namespace internal

inline CharInfo GetCharInfo(char32_t cp) {
  return cp < 0x10000 ? internal::kBmpInfo[cp] : internal::ComputeCharInfo(cp);
}

// Decimal value of a digit (any script), or -1.
int DigitValue(char32_t cp);

inline bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018; }
inline bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

}  // namespace vigie

#endif  // VIGIE_TEXT_CHAR_CLASS_H_
