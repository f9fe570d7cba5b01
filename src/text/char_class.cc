#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>


namespace vigie {
namespace {

CharInfo Compute(char32_t cp);

}  // namespace

CharInfo internal::ComputeCharInfo(char32_t cp) { return Compute(cp); }

namespace {

CharInfo Compute(char32_t cp) {
  UChar32 c = static_cast<UChar32>(cp);
  CharInfo info{CharKind::kOther, 0};
  int8_t type = u_charType(c);
  switch (type) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      info = {CharKind::kLetter, kCharUpper};
      break;
    case U_LOWERCASE_LETTER:
      info = {CharKind::kLetter, kCharLower};
      break;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      info = {CharKind::kLetter, 0};
      break;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      info = {CharKind::kMark, 0};
      break;
    case U_DECIMAL_DIGIT_NUMBER:
      info = {CharKind::kDigit, 0};
      break;
    case U_FORMAT_CHAR:
      info = {CharKind::kFormat, 0};
      break;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      info = {CharKind::kSpace, 0};
      break;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      info = {CharKind::kPunct, 0};
      break;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      info = {CharKind::kSymbol, 0};
      break;
    default:
      break;
  }
  if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v') info = {CharKind::kSpace, 0};
  if (cp == 0x00AD) info = {CharKind::kFormat, 0};  // soft hyphen is Cf already; be explicit
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &err);
  if (U_SUCCESS(err)) {
    if (script == USCRIPT_ARABIC) info.flags |= kCharArabic;
    if (script == USCRIPT_LATIN && info.kind == CharKind::kLetter) info.flags |= kCharLatin;
  }
  // Arabic punctuation is script Common in some ICU versions; keep it with Arabic.
  if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4) info.flags |= kCharArabic;
  return info;
}

const CharInfo* BuildBmpTable() {
  static CharInfo table[0x10000];
  for (char32_t cp = 0; cp < 0x10000; ++cp) table[cp] = Compute(cp);
  return table;
}

}  // namespace

const CharInfo* const internal::kBmpInfo = BuildBmpTable();

int DigitValue(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  return u_charDigitValue(static_cast<UChar32>(cp));
}

}  // namespace vigie
