// Text normalisation applied once to every document before analysis:
//  - line endings: CRLF and CR become LF;
//  - control characters other than TAB and LF (C0, DEL, C1) become a space, a leading byte
//    order mark is dropped;
//  - Unicode NFC (ICU), so that "é" typed as e + U+0301 and as U+00E9 analyse alike.
// The result is the analysed text that every offset points into. Input must be valid UTF-8.
#ifndef VIGIE_TEXT_NORMALIZE_H_
#define VIGIE_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

#include "common/status.h"

namespace vigie {

// Thread-safe: ICU's NFC instance is immutable and shared.
class Normalizer {
 public:
  static Result<Normalizer> Create();

  // Writes the normalised form of `in` to `out` (cleared first). Returns true when the text
  // changed. Allocation-free when `out` has capacity and the text is already normal.
  bool Normalize(std::string_view in, std::string* out) const;

  // NFC alone, without the control-character clean-up (for tests and benchmarks).
  bool Nfc(std::string_view in, std::string* out) const;

 private:
  explicit Normalizer(const void* nfc) : nfc_(nfc) {}
  const void* nfc_;  // const icu::Normalizer2*, kept opaque to spare includers ICU headers
};

}  // namespace vigie

#endif  // VIGIE_TEXT_NORMALIZE_H_
