// Tokenizer for news text in French, English, Arabic and other languages written in
// alphabetic scripts. One pass over the analysed text, no allocation beyond the output vector.
//
// What a token is:
//  - words: letters, marks and digits, with inner apostrophes (aujourd'hui, O'Neil), inner
//    hyphens (co-présidé, al-Shabaab, COVID-19; flag kTokHyphenated) and ignorable format
//    characters (soft hyphen, zero-width joiners) kept inside;
//  - French elisions split off as their own token (l' d' j' m' n' s' t' c' qu' jusqu'
//    lorsqu' puisqu' quoiqu' presqu', straight or typographic apostrophe; flag kTokElision),
//    English possessive 's split off (flag kTokPossessive);
//  - dotted acronyms kept whole with their final period (U.N., U.S.A.);
//  - numbers with grouping (12 000 with space, no-break or narrow no-break space; 1,500;
//    1.500 in comma-decimal languages) and decimals (3,5 / 3.5 / ٣٫٥), in any script's digits,
//    with their value;
//  - URLs (scheme:// or www.) and e-mail addresses as single tokens;
//  - every other punctuation or symbol character as a token of its own ("..." kept whole).
//  - Arabic words carry the byte lengths of their separable proclitics (و ف, then ب ك ل,
//    then ال, with ل + ال written لل), so that a matcher can try "وبوكو" as "بوكو" and
//    "للأمم" as "أمم" = "الأمم" without its article.
#ifndef VIGIE_TEXT_TOKENIZER_H_
#define VIGIE_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace vigie {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol, kUrl, kEmail };

inline constexpr uint16_t kTokCapitalized = 1 << 0;  // first letter is uppercase
inline constexpr uint16_t kTokAllCaps = 1 << 1;      // two or more letters, all uppercase
inline constexpr uint16_t kTokHyphenated = 1 << 2;
inline constexpr uint16_t kTokElision = 1 << 3;
inline constexpr uint16_t kTokPossessive = 1 << 4;
inline constexpr uint16_t kTokArabic = 1 << 5;       // first letter is Arabic script
inline constexpr uint16_t kTokHasDigit = 1 << 6;     // a word with digits in it (G5, 1er)
inline constexpr uint16_t kTokAcronym = 1 << 7;      // dotted acronym (U.N.)
inline constexpr uint16_t kTokLetters = 1 << 8;      // has at least one letter

struct Token {
  uint32_t start = 0;  // byte offsets into the analysed text
  uint32_t end = 0;
  double value = 0;    // numeric value of kNumber tokens
  TokenKind kind = TokenKind::kWord;
  uint8_t num_clitics = 0;     // Arabic: number of valid entries in clitic_ends
  uint16_t flags = 0;
  uint8_t clitic_ends[3] = {};  // byte lengths from `start` after each separable proclitic

  uint32_t size() const { return end - start; }
  bool has(uint16_t flag) const { return (flags & flag) != 0; }
};

// Which of '.' and ',' is the decimal separator (the other one groups thousands).
enum class DecimalMark { kDot, kComma };

// The decimal mark a language writes: comma for French, Portuguese, Spanish...; dot for
// English, Arabic, Swahili, Hausa and the rest.
DecimalMark DecimalMarkFor(std::string_view lang);

class Tokenizer {
 public:
  // Appends the tokens of `text` (valid UTF-8) to `out` after clearing it.
  // Thread-safe; complexity linear in the text.
  void Tokenize(std::string_view text, DecimalMark mark, std::vector<Token>* out) const;
};

}  // namespace vigie

#endif  // VIGIE_TEXT_TOKENIZER_H_
