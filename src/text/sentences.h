// Sentence splitting over the tokens of a text, for French, English, Arabic and the other
// languages vigie reads.
//
// A sentence ends at a blank line, or at . ! ? … ؟ ۔ when what follows can start a sentence
// (not a lower-case Latin letter, not glued to the terminator), taking any closing quotes and
// brackets with it (« Non ! » stays whole). A period does not end a sentence after a title
// abbreviation (M., Mme, Dr, Gen.), an initial (J. Smith) or inside a dotted acronym
// (U.N.); abbreviations that may end a sentence (etc.) end one only before a capital, or
// before any letter in a script without case (Arabic: the era marker "م.").
// The Arabic comma ، and semicolon ؛ never end a sentence.
// Abbreviations are data: data/text/abbreviations.<lang>.txt.
#ifndef VIGIE_TEXT_SENTENCES_H_
#define VIGIE_TEXT_SENTENCES_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "text/tokenizer.h"

namespace vigie {

struct Span {
  uint32_t start = 0;  // byte offsets into the analysed text
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

struct SentenceSpan {
  Span span;
  uint32_t first_token = 0;  // index into the token vector
  uint32_t end_token = 0;    // one past the last token
};

enum class AbbreviationKind : uint8_t {
  kNeverFinal,  // titles and honorifics: M., Dr., Gen. — never end a sentence
  kMayEnd,      // etc., Inc. — end a sentence when a capital follows
};

class Abbreviations {
 public:
  // Adds the entries of one data file: "word" (never final) or "word<TAB>may-end".
  Status AddFile(const std::string& path, const std::string& lang);
  void Add(const std::string& lang, const std::string& word, AbbreviationKind kind);

  // Looks `word` (without its period) up in `lang`'s list, or in every list when the language
  // has none. Exact case first, then lower case.
  const AbbreviationKind* Find(std::string_view lang, std::string_view word) const;

 private:
  using Table = std::unordered_map<std::string, AbbreviationKind>;
  std::map<std::string, Table, std::less<>> by_lang_;
  Table all_;
};

class SentenceSplitter {
 public:
  // Loads data/text/abbreviations.*.txt.
  static Result<SentenceSplitter> Load(const std::string& data_dir);
  explicit SentenceSplitter(Abbreviations abbreviations) : abbreviations_(std::move(abbreviations)) {}

  // Splits `text` whose tokens are `tokens` into sentences (cleared first). Sentences cover
  // every token, in order, without overlap. Linear time.
  void Split(std::string_view text, const std::vector<Token>& tokens, std::string_view lang,
             std::vector<SentenceSpan>* out) const;

 private:
  Abbreviations abbreviations_;
};

}  // namespace vigie

#endif  // VIGIE_TEXT_SENTENCES_H_
