#include "text/langid.h"

#include <compact_lang_det.h>
#include <encodings.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "text/utf8.h"

namespace CLD2 {
// Declared in cld2/internal/lang_script.h, exported by libcld2.
const char* LanguageCode(Language lang);
Language GetLanguageFromName(const char* src);
}  // namespace CLD2

namespace vigie {

std::string NormalizeLanguageCode(std::string_view tag) {
  // A tag with subtags ("zh-Hant", "pt-BR", "fr-FR", "en_US") reports its primary language.
  std::string code(tag.substr(0, tag.find_first_of("-_")));
  std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::tolower(c); });
  if (code.empty() || code == "un" || code == "xx" || code == "xxx" || code == "zzb") return "und";
  if (code == "iw") return "he";
  if (code == "in") return "id";
  if (code == "jw") return "jv";
  if (code == "mo") return "ro";
  if (code == "tl") return "fil";
  return code;
}

LanguageGuess LanguageIdentifier::Identify(std::string_view text, std::string_view hint) const {
  const size_t n = options_.max_bytes == 0 ? text.size() : utf8::BoundedPrefix(text, options_.max_bytes);
  CLD2::Language lang3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  auto detect = [&](size_t bytes) {
    return CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(bytes), true, &hints, 0, lang3, percent3,
                                          scores3, nullptr, &text_bytes, &reliable);
  };
  // A shorter prefix first: most texts are told by it, at a quarter of the cost; the longer one
  // only when the answer is not reliable, or not almost all of the prefix's text.
  const size_t first = options_.first_bytes == 0 || options_.max_bytes == 0
                           ? n
                           : std::min(n, utf8::BoundedPrefix(text, options_.first_bytes));
  CLD2::Language lang = detect(first);
  std::string code = NormalizeLanguageCode(CLD2::LanguageCode(lang));
  const std::string hinted = hint.empty() ? std::string() : NormalizeLanguageCode(hint);
  // The longer prefix when the short one leaves CLD2 unsure, or contradicts the input's own
  // language: a French story whose title names "Premier League, Manchester City and Arsenal"
  // reads as English for its first 256 bytes.
  const bool sure_of_first =
      reliable && percent3[0] >= options_.first_min_percent && text_bytes >= options_.min_text_bytes;
  const bool hint_disagrees = !hinted.empty() && hinted != "und" && hinted != code;
  if (first < n && (!sure_of_first || hint_disagrees)) {
    lang = detect(n);
    code = NormalizeLanguageCode(CLD2::LanguageCode(lang));
  }
  LanguageGuess guess;
  bool sure = reliable && text_bytes >= options_.min_text_bytes && code != "und";
  if (sure) {
    guess.code = code;
    guess.reliable = true;
    guess.confidence = std::clamp(percent3[0] / 100.0, 0.0, 1.0);
    return guess;
  }
  if (!hinted.empty() && hinted != "und") {
    guess.code = hinted;
    guess.from_hint = true;
    // CLD2 agreeing with the hint, even unreliably, supports it.
    guess.confidence = code == hinted ? 0.6 : 0.3;
    return guess;
  }
  return guess;  // und
}

std::string LanguageIdentifier::RawCld2(std::string_view text) {
  CLD2::Language lang3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()), true, &hints,
                                                       0, lang3, percent3, scores3, nullptr, &text_bytes, &reliable);
  return NormalizeLanguageCode(CLD2::LanguageCode(lang));
}

}  // namespace vigie
