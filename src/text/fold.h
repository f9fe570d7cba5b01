// Folding for matching: the form in which lexicon entries and document text are compared.
//
//  - case: Unicode full case folding ("É" -> "e", "ß" -> "ss");
//  - Latin, Greek and Cyrillic: diacritics removed after compatibility decomposition
//    ("Ménaka" -> "menaka", "ﬁ" -> "fi"), plus the letters that do not decompose
//    (œ -> oe, æ -> ae, ø -> o, ł -> l, đ -> d, ı -> i);
//  - Arabic: harakat (U+064B..U+065F, U+0670) and tatweel removed; alef and hamza carriers
//    unified (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي); ى -> ي; ة -> ه; Persian ی ک -> ي ك;
//    presentation forms decomposed;
//  - digits of every script -> ASCII digits; Arabic decimal/thousands separators -> . ,
//  - typographic apostrophes -> ', non-breaking hyphens -> -, no-break spaces -> space;
//  - zero-width characters, soft hyphens and bidi marks removed.
//
// FoldedText keeps byte maps in both directions so that every span found in the folded text
// points back into the text as read. The table is built once (about 256 KiB) on first use.
#ifndef VIGIE_TEXT_FOLD_H_
#define VIGIE_TEXT_FOLD_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigie {

// An allocator whose resize leaves new elements uninitialised (default-initialised): the
// byte maps are grown to the text's size and then every entry is written, so the zero fill
// a std::vector resize does would be work thrown away (a fiftieth of the whole analysis).
template <typename T>
struct NoFillAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = NoFillAllocator<U>;
  };
  NoFillAllocator() = default;
  template <typename U>
  NoFillAllocator(const NoFillAllocator<U>&) noexcept {}
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// A byte-offset map of a folded text.
using OffsetMap = std::vector<uint32_t, NoFillAllocator<uint32_t>>;

struct FoldedText {
  std::string text;
  // to_orig[i]: byte offset in the original of the code point folded byte i came from;
  // to_orig[text.size()] == original size.
  OffsetMap to_orig;
  // from_orig[j]: folded byte offset where the original code point holding byte j starts
  // producing output; from_orig[original size] == text.size().
  OffsetMap from_orig;

  // Original span [start, end) of the folded span [fstart, fend).
  uint32_t OrigStart(size_t fstart) const { return to_orig[fstart]; }
  uint32_t OrigEnd(size_t fend) const;
};

// Folds `text` (valid UTF-8) into `out`, reusing its buffers.
void Fold(std::string_view text, FoldedText* out);

// Lower-cases `text` (Unicode full case mapping, no other change) onto *out: the form Snowball
// stemmers expect, since they need the diacritics that folding removes.
void LowerCaseAppend(std::string_view text, std::string* out);

// Folds without maps: for lexicon entries and queries.
std::string FoldString(std::string_view text);
void FoldAppend(std::string_view text, std::string* out);

}  // namespace vigie

#endif  // VIGIE_TEXT_FOLD_H_
