// EntityMatcher: every lexicon alias compiled into a trie over folded token keys, matched
// leftmost-longest over a document's match tokens.
//
// Why token-level: aliases are word sequences, so a trie keyed by whole folded tokens does one
// hash probe per text token and then walks only as far as a real alias continues; word
// boundaries, elisions and Arabic proclitics come for free from the tokenizer. Measured beside
// Hyperscan on the same lexicon and corpus in bench/matcher_bench.cc.
//
// Filters applied while matching: an alias written for one language applies to documents in
// that language (or in a language with no alias file of its own); "all" aliases everywhere;
// capitalised alias words need a capitalised (or all-caps) text word; "cs" aliases need the
// exact capitals; article-less Arabic forms only match after ل + ال written لل.
//
// Immutable after Build; Match is thread-safe.
#ifndef VIGIE_LEXICON_MATCHER_H_
#define VIGIE_LEXICON_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "lexicon/lexicon.h"
#include "lexicon/match_tokens.h"

namespace vigie {

struct LexiconMatch {
  uint32_t begin = 0;  // match-token range [begin, end)
  uint32_t end = 0;
  uint32_t start = 0;  // byte span in the analysed text (proclitics excluded)
  uint32_t stop = 0;
  uint32_t alias = 0;  // index into Lexicon::aliases()
  // Other aliases with the same keys that passed the filters (shared forms such as "ADF").
  std::vector<uint32_t> also;
};

class MatchGroup;

class EntityMatcher {
 public:
  struct Options {
    size_t max_memory_bytes = 512u << 20;  // the compiled matcher's budget
  };

  static Result<EntityMatcher> Build(const Lexicon& lexicon, const Options& options);

  // Appends the matches in `tokens` (built from `analysis`) to *out (cleared first), in text
  // order, not overlapping. `lang` is the document's language.
  void Match(const Analysis& analysis, const std::vector<MatchToken>& tokens, std::string_view lang,
             std::vector<LexiconMatch>* out) const;

  // Whether Match is served by a MatchGroup's single walk.
  bool grouped() const { return group_ != nullptr; }

  size_t num_patterns() const { return patterns_.size(); }
  size_t num_nodes() const { return node_count_; }
  size_t memory_bytes() const;

 private:
  friend class MatchGroup;
  struct Pattern {
    uint32_t alias;
    uint8_t lang;        // LangId: 0 "all", 1.. the languages of langs_
    uint8_t flags;       // alias flags
    bool article_less;   // Arabic form with its article removed (matches only after لل)
    uint8_t channel = 0;  // in a MatchGroup's trie: the matcher it comes from
    uint16_t num_keys;
    uint32_t case_begin;  // index into case_words_: per key, the original word or "" (no check)
    // Bit k: key k needs a capitalised (or all-caps) text word. Set for patterns that are not
    // case-sensitive and have at most 32 keys, which Accepts then checks without reading
    // case_words_ (a cache miss per key over a table of every alias word).
    uint32_t caps = 0;
  };
  struct Slot {
    uint64_t hash = 0;
    uint32_t parent = 0;
    uint32_t child = 0;  // 0: empty slot
    uint32_t key_off = 0;
    uint32_t key_len = 0;
  };

  uint32_t Child(uint32_t node, std::string_view key, uint64_t key_hash) const;
  uint32_t Child(uint32_t node, std::string_view key) const { return Child(node, key, KeyHash(key)); }
  uint32_t AddChild(uint32_t node, std::string_view key);
  void Grow();
  // Sizes and fills edge_filter_ from the slots: call when the trie is complete.
  void SetFilter();
  bool Accepts(const Pattern& p, const Analysis& a, const std::vector<MatchToken>& tokens, uint32_t begin,
               bool via_article_less, uint8_t doc_lang, bool doc_other = false) const;
  // Leftmost-longest matches of every channel at once, into outs[channel] (cleared first).
  // `channel_langs[c]` lists the LangIds of channel c's alias files (a document in none of
  // them takes all of the channel's aliases, as a lone matcher does).
  void MatchChannels(const Analysis& a, const std::vector<MatchToken>& tokens, std::string_view lang,
                     const std::vector<std::vector<uint8_t>>& channel_langs,
                     std::vector<std::vector<LexiconMatch>>* outs) const;
  // Terminals in CSR form from (node, pattern) pairs.
  void SetTerms(std::vector<std::pair<uint32_t, uint32_t>>* node_terms);

  MatchGroup* group_ = nullptr;  // set by MatchGroup::Create
  uint32_t channel_ = 0;

  std::vector<Slot> slots_;
  std::string key_pool_;
  uint32_t node_count_ = 1;  // the root
  size_t used_slots_ = 0;
  std::vector<uint32_t> term_begin_;  // per node: range into terms_ (CSR, size nodes + 1)
  std::vector<uint32_t> terms_;       // pattern indices
  std::vector<Pattern> patterns_;
  std::vector<std::string> case_words_;
  uint8_t LangId(std::string_view lang) const;
  std::vector<std::string> langs_;  // language codes of the alias files; id = index + 1
  // Bits of the slot hash of every edge, set once the trie is built (empty while building):
  // most text tokens start no alias and most continue none, and are turned away here without
  // a probe of the table.
  std::vector<uint64_t> edge_filter_;
  size_t filter_mask_ = 0;  // filter bits - 1
};

// One walk of the document for several matchers. The analyzer's stages each own matchers
// (entities, titles, institutions, values, event triggers, actors, negations, category terms,
// contexts) over the same match tokens; walking the tokens nine times cost a fifth of the
// analysis. A group merges their tries into one, walks it once per document on the first
// Match call of any member, and serves each member its own matches, exactly as the member
// alone would find them (leftmost-longest per member, its own language and case filters).
//
// Members must outlive the group and stay where they are; their own tries are freed, so they
// match only through the group from then on (destroy the group last of all uses). Not
// thread-safe: one group per analyzer (per thread).
class MatchGroup {
 public:
  static Result<std::unique_ptr<MatchGroup>> Create(const std::vector<EntityMatcher*>& members,
                                                    const EntityMatcher::Options& options);
  ~MatchGroup();
  MatchGroup(const MatchGroup&) = delete;
  MatchGroup& operator=(const MatchGroup&) = delete;

  // Forgets the last walk: call before each document (token vectors are reused).
  void Reset() { walked_ = nullptr; }

 private:
  friend class EntityMatcher;
  MatchGroup() = default;
  // The matches of member `channel` in `tokens`, walking them first when not done yet.
  const std::vector<LexiconMatch>& Serve(uint32_t channel, const Analysis& a, const std::vector<MatchToken>& tokens,
                                         std::string_view lang);

  EntityMatcher combined_;
  std::vector<EntityMatcher*> members_;
  std::vector<std::vector<uint8_t>> channel_langs_;  // per member: its languages as combined LangIds
  std::vector<std::vector<LexiconMatch>> results_;  // per member
  // What was walked last: the tokens (their address, size and a fingerprint, since buffers are
  // reused), the analysis and the language.
  const std::vector<MatchToken>* walked_ = nullptr;
  size_t walked_size_ = 0;
  uint64_t walked_print_ = 0;
  const Analysis* walked_analysis_ = nullptr;
  std::string walked_lang_;
};

}  // namespace vigie

#endif  // VIGIE_LEXICON_MATCHER_H_
