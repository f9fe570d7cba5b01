// Snowball stemming (libstemmer) for the languages it covers: Arabic, French, English,
// Portuguese, Spanish, Italian, German, Dutch, Indonesian, Russian, Turkish and more.
// Swahili, Hausa and most African languages have no Snowball stemmer: Create() says
// kUnsupported and callers match on folded forms instead.
//
// A Stemmer is not thread-safe (Snowball keeps per-instance state): one per thread.
#ifndef VIGIE_TEXT_STEMMER_H_
#define VIGIE_TEXT_STEMMER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

struct sb_stemmer;

namespace vigie {

class Stemmer {
 public:
  // `lang` is an ISO 639-1 code ("fr") or a Snowball algorithm name ("french").
  static Result<std::unique_ptr<Stemmer>> Create(std::string_view lang);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // Stem of `word` (folded, lower-case UTF-8 works best). The view is valid until the next
  // call on this stemmer. Words longer than 256 bytes are returned unchanged.
  std::string_view Stem(std::string_view word);

  const std::string& algorithm() const { return algorithm_; }

  // ISO codes with a stemmer, for --help and tests.
  static std::vector<std::string> SupportedLanguages();

 private:
  Stemmer(sb_stemmer* stemmer, std::string algorithm) : stemmer_(stemmer), algorithm_(std::move(algorithm)) {}
  sb_stemmer* stemmer_;
  std::string algorithm_;
};

}  // namespace vigie

#endif  // VIGIE_TEXT_STEMMER_H_
