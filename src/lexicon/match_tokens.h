// Match tokens: the units lexicon matching compares. They are the analysis tokens with
// hyphenated words split at their hyphens (al-Shabaab = al Shabaab), each carrying its folded
// key (a view into the folded text) and, for Arabic words, the keys left after each separable
// proclitic. Lexicon aliases go through the same function, so both sides agree by construction.
#ifndef VIGIE_LEXICON_MATCH_TOKENS_H_
#define VIGIE_LEXICON_MATCH_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analysis.h"

namespace vigie {

struct MatchToken {
  uint32_t start = 0;   // byte span in the analysed text
  uint32_t end = 0;
  uint32_t fstart = 0;  // byte span of the key in the folded text
  uint32_t fend = 0;
  uint32_t token = 0;   // index of the analysis token it comes from
  // Arabic proclitics: alternative key starts in the folded text and the matching original
  // span starts, shortest prefix first. `article_less` marks the last alternative when the
  // word began with ل + ال written لل (its key lacks the article: "للأمم" -> "امم").
  uint8_t num_alts = 0;
  bool article_less = false;
  uint32_t alt_fstart[3] = {};
  uint32_t alt_start[3] = {};
  uint64_t alt_hash[3] = {};  // KeyHash of each alternative key
  bool capitalized = false;  // first letter is an upper-case letter
  bool all_caps = false;
  bool sentence_start = false;  // first token of a sentence
  uint64_t hash = 0;  // KeyHash of the key, computed once for every matcher that probes it

  // The key in `folded`, the folded text the token was built from (fstart <= fend <= its size
  // by construction): made without substr's range check, so that it inlines in the hot loops.
  std::string_view Key(std::string_view folded) const {
    return std::string_view(folded.data() + fstart, fend - fstart);
  }
};

// The hash of a folded key that matchers combine with their trie nodes.
uint64_t KeyHash(std::string_view key);

// Builds the match tokens of an analysed document (tokens, sentences and folded text filled).
void BuildMatchTokens(const Analysis& analysis, std::vector<MatchToken>* out);

// The keys of a lexicon alias, as BuildMatchTokens would make them from the same text, and
// the original text of each key's token (for case checks).
struct AliasKeys {
  std::vector<std::string> keys;
  std::vector<std::string> originals;
};
AliasKeys KeysOfAlias(std::string_view alias);

}  // namespace vigie

#endif  // VIGIE_LEXICON_MATCH_TOKENS_H_
