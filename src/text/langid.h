// Language identification with CLD2 (Debian's libcld2, with the full tables of libcld2_full
// linked in: see src/CMakeLists.txt).
//
// Only a bounded prefix of the text is scored (Options::max_bytes): on the benchmark corpus the
// first kilobyte gives the same answers as the full text at three times the speed
// (bench/corpus_bench). The first 256 bytes are scored first, and decide when CLD2 is sure of
// them (reliable, 95% of their text in one language) and the input's language hint, if any,
// does not say otherwise; else the kilobyte decides. The hint is the answer only when CLD2 is
// unsure of the kilobyte.
// Thread-safe: CLD2 keeps no mutable global state.
#ifndef VIGIE_TEXT_LANGID_H_
#define VIGIE_TEXT_LANGID_H_

#include <string>
#include <string_view>

#include "common/name.h"

namespace vigie {

struct LanguageGuess {
  Name code = "und";  // ISO 639-1 where one exists (else CLD2's code), or "und"
  double confidence = 0;     // in [0, 1]
  bool reliable = false;     // CLD2 judged its answer reliable
  bool from_hint = false;    // the answer is the caller's hint, CLD2 being unsure
};

class LanguageIdentifier {
 public:
  struct Options {
    size_t max_bytes = 1024;       // prefix scored; 0 = whole text
    // A shorter prefix scored first (0: none; ignored when the whole text is asked for), kept
    // when CLD2 finds it reliable and gives its language at least first_min_percent of its
    // text, and a hint passed to Identify names the same language; else max_bytes are scored.
    size_t first_bytes = 256;
    int first_min_percent = 95;
    int min_text_bytes = 16;       // fewer letter bytes than this: too short to tell
  };

  LanguageIdentifier() = default;
  explicit LanguageIdentifier(Options options) : options_(options) {}

  // `text` must be valid UTF-8. `hint` is an ISO 639 code, a tag such as "fr-FR", or empty.
  LanguageGuess Identify(std::string_view text, std::string_view hint) const;

  // CLD2 over the whole text with no post-processing: the benchmark's reference.
  static std::string RawCld2(std::string_view text);

 private:
  Options options_;
};

// "iw" -> "he", "zh-Hant" -> "zh", "fr-FR" -> "fr", "un" -> "und"...: the code vigie reports.
std::string NormalizeLanguageCode(std::string_view tag);

}  // namespace vigie

#endif  // VIGIE_TEXT_LANGID_H_
