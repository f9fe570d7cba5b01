#include "lexicon/matcher.h"

#include <algorithm>
#include <cstring>

#include "text/char_class.h"
#include "text/utf8.h"

namespace vigie {
namespace {

// "all" is language 0; every other language code that an alias file names gets its own id
// when the matcher is built. A document in a language no alias file names takes every alias.
constexpr uint8_t kAll = 0;
constexpr uint8_t kOther = 255;

// The slot hash: a key's hash mixed with the node it hangs from.
inline uint64_t SlotHash(uint64_t key_hash, uint32_t parent) {
  uint64_t h = key_hash ^ (static_cast<uint64_t>(parent) * 0xC2B2AE3D27D4EB4FULL);
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 29;
  return h;
}

// The edge filter: 16 bits an edge, as a power of two between 64 Kbit and 4 Mbit (512 KB), so
// that the gazetteer's hundreds of thousands of names still turn most probes away without a
// look at the table. Most probes miss (nine in ten of the words a trie node is asked about
// do not continue an alias there), and the slot table is megabytes: the filter, a few hundred
// kilobytes at most, stays in cache where the table does not.
size_t FilterBits(size_t edges) {
  size_t bits = size_t{1} << 16;
  while (bits < edges * 16 && bits < (size_t{1} << 22)) bits <<= 1;
  return bits;
}

// The filter bit of a slot hash: its high half, so that it is not the slot index again.
inline size_t FilterBit(uint64_t slot_hash, size_t mask) { return static_cast<size_t>(slot_hash >> 32) & mask; }

// How many tokens ahead MatchChannels starts the memory reads of a root probe.
constexpr uint32_t kPrefetchAhead = 4;

bool IsArabicKey(std::string_view key) {
  return key.size() >= 2 && static_cast<unsigned char>(key[0]) >= 0xD8 && static_cast<unsigned char>(key[0]) <= 0xDB;
}

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال

bool FirstIsUpper(std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  char32_t cp = utf8::Decode(word, &i);
  return (GetCharInfo(cp).flags & kCharUpper) != 0;
}

// Whether the n bytes at a and b are equal. Keys are a few bytes: a loop in place costs less
// than the call to memcmp, made for every slot whose hash matches.
inline bool SameKey(const char* a, const char* b, size_t n) {
  for (; n >= 8; a += 8, b += 8, n -= 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
  }
  for (; n > 0; ++a, ++b, --n) {
    if (*a != *b) return false;
  }
  return true;
}

}  // namespace

uint32_t EntityMatcher::Child(uint32_t node, std::string_view key, uint64_t key_hash) const {
  if (slots_.empty()) return 0;
  uint64_t h = SlotHash(key_hash, node);
  if (!edge_filter_.empty()) {
    size_t bit = FilterBit(h, filter_mask_);
    if ((edge_filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return 0;
  }
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.child == 0) return 0;
    if (s.hash == h && s.parent == node && s.key_len == key.size() &&
        SameKey(key_pool_.data() + s.key_off, key.data(), key.size())) {
      return s.child;
    }
  }
}

void EntityMatcher::SetFilter() {
  const size_t bits = FilterBits(used_slots_);
  edge_filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  for (const Slot& s : slots_) {
    if (s.child == 0) continue;
    size_t bit = FilterBit(s.hash, filter_mask_);
    edge_filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

void EntityMatcher::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot());
  size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.child == 0) continue;
    size_t i = s.hash & mask;
    while (slots_[i].child != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

uint32_t EntityMatcher::AddChild(uint32_t node, std::string_view key) {
  if (uint32_t c = Child(node, key)) return c;
  if ((used_slots_ + 1) * 2 > slots_.size()) Grow();
  uint64_t h = SlotHash(KeyHash(key), node);
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].child != 0) i = (i + 1) & mask;
  Slot& s = slots_[i];
  s.hash = h;
  s.parent = node;
  s.child = node_count_++;
  s.key_off = static_cast<uint32_t>(key_pool_.size());
  s.key_len = static_cast<uint32_t>(key.size());
  key_pool_.append(key);
  ++used_slots_;
  return s.child;
}

size_t EntityMatcher::memory_bytes() const {
  size_t case_bytes = 0;
  for (const std::string& w : case_words_) case_bytes += sizeof(std::string) + (w.size() > 15 ? w.capacity() : 0);
  return slots_.capacity() * sizeof(Slot) + edge_filter_.capacity() * 8 + key_pool_.capacity() + term_begin_.capacity() * 4 +
         terms_.capacity() * 4 + patterns_.capacity() * sizeof(Pattern) + case_bytes;
}

uint8_t EntityMatcher::LangId(std::string_view lang) const {
  if (lang == "all") return kAll;
  for (size_t i = 0; i < langs_.size(); ++i) {
    if (langs_[i] == lang) return static_cast<uint8_t>(i + 1);
  }
  return kOther;
}

Result<EntityMatcher> EntityMatcher::Build(const Lexicon& lexicon, const Options& options) {
  EntityMatcher m;
  for (const Alias& alias : lexicon.aliases()) {
    if (alias.lang != "all" && m.LangId(alias.lang) == kOther) {
      if (m.langs_.size() >= 250) return Status::OutOfBudget("more than 250 alias languages");
      m.langs_.push_back(alias.lang);
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> node_terms;  // (node, pattern)
  const std::vector<Alias>& aliases = lexicon.aliases();
  for (uint32_t a = 0; a < aliases.size(); ++a) {
    const Alias& alias = aliases[a];
    AliasKeys keys = KeysOfAlias(alias.text);
    if (keys.keys.empty()) continue;
    uint8_t lang = m.LangId(alias.lang);
    auto add = [&](size_t first_key_skip, bool article_less) {
      Pattern p;
      p.alias = a;
      p.lang = lang;
      p.flags = alias.flags;
      p.article_less = article_less;
      p.num_keys = static_cast<uint16_t>(keys.keys.size());
      p.case_begin = static_cast<uint32_t>(m.case_words_.size());
      for (size_t k = 0; k < keys.keys.size(); ++k) {
        bool check = (alias.flags & kAliasCaseSensitive) || FirstIsUpper(keys.originals[k]);
        m.case_words_.push_back(check ? keys.originals[k] : std::string());
        if (check && k < 32) p.caps |= uint32_t{1} << k;
      }
      uint32_t node = 0;
      for (size_t k = 0; k < keys.keys.size(); ++k) {
        std::string_view key = keys.keys[k];
        if (k == 0) key.remove_prefix(first_key_skip);
        node = m.AddChild(node, key);
      }
      node_terms.emplace_back(node, static_cast<uint32_t>(m.patterns_.size()));
      m.patterns_.push_back(p);
    };
    add(0, false);
    const std::string& first = keys.keys[0];
    if (IsArabicKey(first) && first.compare(0, kArticle.size(), kArticle) == 0 &&
        utf8::CountCodePoints(first) >= 4) {
      add(kArticle.size(), true);
    }
    if ((a & 1023) == 0 && m.memory_bytes() > options.max_memory_bytes) {
      return Status::OutOfBudget("lexicon matcher over its memory budget of " +
                                 std::to_string(options.max_memory_bytes) + " bytes");
    }
  }
  m.SetTerms(&node_terms);
  m.SetFilter();
  if (m.memory_bytes() > options.max_memory_bytes) {
    return Status::OutOfBudget("lexicon matcher over its memory budget of " + std::to_string(options.max_memory_bytes) +
                               " bytes");
  }
  return m;
}

void EntityMatcher::SetTerms(std::vector<std::pair<uint32_t, uint32_t>>* node_terms) {
  std::sort(node_terms->begin(), node_terms->end());
  term_begin_.assign(node_count_ + 1, 0);
  for (const auto& [node, pattern] : *node_terms) ++term_begin_[node + 1];
  for (size_t i = 1; i < term_begin_.size(); ++i) term_begin_[i] += term_begin_[i - 1];
  terms_.clear();
  terms_.reserve(node_terms->size());
  for (const auto& [node, pattern] : *node_terms) terms_.push_back(pattern);
}

bool EntityMatcher::Accepts(const Pattern& p, const Analysis& a, const std::vector<MatchToken>& tokens,
                            uint32_t begin, bool via_article_less, uint8_t doc_lang, bool doc_other) const {
  if (p.article_less != via_article_less) return false;
  if (p.lang != kAll && p.lang != doc_lang && doc_lang != kOther && !doc_other) return false;
  if (!(p.flags & kAliasCaseSensitive) && p.num_keys <= 32) {
    for (uint32_t bits = p.caps; bits != 0; bits &= bits - 1) {
      const MatchToken& t = tokens[begin + static_cast<uint32_t>(__builtin_ctz(bits))];
      if (!t.capitalized && !t.all_caps) return false;
    }
    return true;
  }
  for (uint16_t k = 0; k < p.num_keys; ++k) {
    const std::string& want = case_words_[p.case_begin + k];
    if (want.empty()) continue;
    const MatchToken& t = tokens[begin + k];
    if (p.flags & kAliasCaseSensitive) {
      std::string_view got = std::string_view(a.text).substr(t.start, t.end - t.start);
      if (got != want) return false;
    } else if (!t.capitalized && !t.all_caps) {
      return false;
    }
  }
  return true;
}

void EntityMatcher::Match(const Analysis& a, const std::vector<MatchToken>& tokens, std::string_view lang,
                          std::vector<LexiconMatch>* out) const {
  if (group_ != nullptr) {
    *out = group_->Serve(channel_, a, tokens, lang);
    return;
  }
  out->clear();
  const uint8_t doc_lang = LangId(lang);
  const std::string_view folded = a.folded.text;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  std::vector<uint32_t> accepted;
  for (uint32_t i = 0; i < n;) {
    const MatchToken& first = tokens[i];
    uint32_t best_len = 0;
    int best_alt = -1;
    uint32_t best_node = 0;
    uint32_t best_pattern = 0;
    for (int alt = -1; alt < first.num_alts; ++alt) {
      std::string_view key = alt < 0 ? first.Key(folded)
                                     : folded.substr(first.alt_fstart[alt], first.fend - first.alt_fstart[alt]);
      if (key.empty()) continue;
      bool article_less = alt >= 0 && alt == first.num_alts - 1 && first.article_less;
      uint32_t node = Child(0, key, alt < 0 ? first.hash : first.alt_hash[alt]);
      uint32_t j = i + 1;
      while (node != 0) {
        if (j - i > best_len) {
          for (uint32_t t = term_begin_[node]; t < term_begin_[node + 1]; ++t) {
            if (Accepts(patterns_[terms_[t]], a, tokens, i, article_less, doc_lang)) {
              best_len = j - i;
              best_alt = alt;
              best_node = node;
              best_pattern = terms_[t];
              break;
            }
          }
        }
        if (j >= n) break;
        node = Child(node, tokens[j].Key(folded), tokens[j].hash);
        ++j;
      }
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    LexiconMatch& m = out->emplace_back();
    m.begin = i;
    m.end = i + best_len;
    m.start = best_alt < 0 ? first.start : first.alt_start[best_alt];
    m.stop = tokens[i + best_len - 1].end;
    m.alias = patterns_[best_pattern].alias;
    bool article_less = best_alt >= 0 && best_alt == first.num_alts - 1 && first.article_less;
    for (uint32_t t = term_begin_[best_node]; t < term_begin_[best_node + 1]; ++t) {
      const Pattern& p = patterns_[terms_[t]];
      if (terms_[t] != best_pattern && Accepts(p, a, tokens, i, article_less, doc_lang)) m.also.push_back(p.alias);
    }
    i += best_len;
  }
}

void EntityMatcher::MatchChannels(const Analysis& a, const std::vector<MatchToken>& tokens, std::string_view lang,
                                  const std::vector<std::vector<uint8_t>>& channel_langs,
                                  std::vector<std::vector<LexiconMatch>>* outs) const {
  const size_t channels = channel_langs.size();
  for (std::vector<LexiconMatch>& out : *outs) out.clear();
  const uint8_t doc_lang = LangId(lang);
  // Per channel: is the document in none of its languages (then every alias applies)?
  std::vector<uint8_t> doc_other(channels, 1);
  for (size_t c = 0; c < channels; ++c) {
    for (uint8_t l : channel_langs[c]) doc_other[c] = doc_other[c] && l != doc_lang;
  }
  const std::string_view folded = a.folded.text;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  struct Best {
    uint32_t len = 0;
    int alt = -1;
    uint32_t node = 0;
    uint32_t pattern = 0;
  };
  std::vector<Best> best(channels);
  std::vector<uint32_t> next_free(channels, 0);  // a channel's matches do not overlap
  std::vector<uint32_t> touched;
  const size_t slot_mask = slots_.size() - 1;
  for (uint32_t i = 0; i < n; ++i) {
    // The root probe of a token a few ahead, started now: the slot table is megabytes, and its
    // cache misses were the walk's largest cost (perf: Child, 12% of the analysis).
    // An Arabic word's forms without its proclitics are root probes too.
    if (i + kPrefetchAhead < n && !slots_.empty()) {
      const MatchToken& ahead = tokens[i + kPrefetchAhead];
      for (int alt = -1; alt < ahead.num_alts; ++alt) {
        const uint64_t h = SlotHash(alt < 0 ? ahead.hash : ahead.alt_hash[alt], 0);
        if (!edge_filter_.empty()) __builtin_prefetch(&edge_filter_[FilterBit(h, filter_mask_) >> 6]);
        __builtin_prefetch(&slots_[h & slot_mask]);
      }
    }
    const MatchToken& first = tokens[i];
    touched.clear();
    for (int alt = -1; alt < first.num_alts; ++alt) {
      std::string_view key = alt < 0 ? first.Key(folded)
                                     : folded.substr(first.alt_fstart[alt], first.fend - first.alt_fstart[alt]);
      if (key.empty()) continue;
      const bool article_less = alt >= 0 && alt == first.num_alts - 1 && first.article_less;
      uint32_t node = Child(0, key, alt < 0 ? first.hash : first.alt_hash[alt]);
      uint32_t j = i + 1;
      while (node != 0) {
        const uint32_t len = j - i;
        for (uint32_t t = term_begin_[node]; t < term_begin_[node + 1]; ++t) {
          const Pattern& p = patterns_[terms_[t]];
          Best& b = best[p.channel];
          if (i < next_free[p.channel] || len <= b.len) continue;
          if (!Accepts(p, a, tokens, i, article_less, doc_lang, doc_other[p.channel])) continue;
          if (b.len == 0) touched.push_back(p.channel);
          b = {len, alt, node, terms_[t]};
        }
        if (j >= n) break;
        node = Child(node, tokens[j].Key(folded), tokens[j].hash);
        ++j;
      }
    }
    for (uint32_t c : touched) {
      Best& b = best[c];
      LexiconMatch& m = (*outs)[c].emplace_back();
      m.begin = i;
      m.end = i + b.len;
      m.start = b.alt < 0 ? first.start : first.alt_start[b.alt];
      m.stop = tokens[i + b.len - 1].end;
      m.alias = patterns_[b.pattern].alias;
      const bool article_less = b.alt >= 0 && b.alt == first.num_alts - 1 && first.article_less;
      for (uint32_t t = term_begin_[b.node]; t < term_begin_[b.node + 1]; ++t) {
        const Pattern& p = patterns_[terms_[t]];
        if (p.channel == c && terms_[t] != b.pattern &&
            Accepts(p, a, tokens, i, article_less, doc_lang, doc_other[c])) {
          m.also.push_back(p.alias);
        }
      }
      next_free[c] = i + b.len;
      b = Best();
    }
  }
}

Result<std::unique_ptr<MatchGroup>> MatchGroup::Create(const std::vector<EntityMatcher*>& members,
                                                       const EntityMatcher::Options& options) {
  if (members.size() > 255) return Status::InvalidArgument("a match group holds 255 matchers at most");
  std::unique_ptr<MatchGroup> g(new MatchGroup());
  EntityMatcher& c = g->combined_;
  std::vector<std::pair<uint32_t, uint32_t>> node_terms;
  for (size_t channel = 0; channel < members.size(); ++channel) {
    const EntityMatcher& m = *members[channel];
    if (m.group_ != nullptr) return Status::InvalidArgument("a matcher can be in one group only");
    // The member's languages as the combined matcher's ids.
    std::vector<uint8_t> lang_map(m.langs_.size() + 1, kAll);
    std::vector<uint8_t>& langs = g->channel_langs_.emplace_back();
    for (size_t l = 0; l < m.langs_.size(); ++l) {
      uint8_t id = c.LangId(m.langs_[l]);
      if (id == kOther) {
        if (c.langs_.size() >= 250) return Status::OutOfBudget("more than 250 alias languages");
        c.langs_.push_back(m.langs_[l]);
        id = static_cast<uint8_t>(c.langs_.size());
      }
      lang_map[l + 1] = id;
      langs.push_back(id);
    }
    // Its trie's edges in the order they were made: a node is made after its parent.
    std::vector<const EntityMatcher::Slot*> edges;
    for (const EntityMatcher::Slot& s : m.slots_) {
      if (s.child != 0) edges.push_back(&s);
    }
    std::sort(edges.begin(), edges.end(), [](const EntityMatcher::Slot* x, const EntityMatcher::Slot* y) { return x->child < y->child; });
    std::vector<uint32_t> node_map(m.node_count_, 0);
    for (const EntityMatcher::Slot* s : edges) {
      std::string_view key(m.key_pool_.data() + s->key_off, s->key_len);
      node_map[s->child] = c.AddChild(node_map[s->parent], key);
    }
    for (uint32_t node = 0; node < m.node_count_; ++node) {
      for (uint32_t t = m.term_begin_[node]; t < m.term_begin_[node + 1]; ++t) {
        EntityMatcher::Pattern p = m.patterns_[m.terms_[t]];
        p.channel = static_cast<uint8_t>(channel);
        p.lang = p.lang == kAll ? kAll : lang_map[p.lang];
        const uint32_t case_begin = static_cast<uint32_t>(c.case_words_.size());
        for (uint16_t k = 0; k < p.num_keys; ++k) c.case_words_.push_back(m.case_words_[p.case_begin + k]);
        p.case_begin = case_begin;
        node_terms.emplace_back(node_map[node], static_cast<uint32_t>(c.patterns_.size()));
        c.patterns_.push_back(p);
      }
    }
    if (c.memory_bytes() > options.max_memory_bytes) {
      return Status::OutOfBudget("match group over its memory budget of " + std::to_string(options.max_memory_bytes) +
                                 " bytes");
    }
  }
  c.SetTerms(&node_terms);
  c.SetFilter();
  if (c.memory_bytes() > options.max_memory_bytes) {
    return Status::OutOfBudget("match group over its memory budget of " + std::to_string(options.max_memory_bytes) +
                               " bytes");
  }
  g->results_.resize(members.size());
  g->members_ = members;
  for (size_t channel = 0; channel < members.size(); ++channel) {
    EntityMatcher* m = members[channel];
    m->group_ = g.get();
    m->channel_ = static_cast<uint32_t>(channel);
    // Its own trie is the group's now: free it (the gazetteer's is tens of megabytes).
    std::vector<EntityMatcher::Slot>().swap(m->slots_);
    std::string().swap(m->key_pool_);
    std::vector<uint32_t>().swap(m->term_begin_);
    std::vector<uint32_t>().swap(m->terms_);
    std::vector<std::string>().swap(m->case_words_);
    std::vector<uint64_t>().swap(m->edge_filter_);
  }
  return g;
}

MatchGroup::~MatchGroup() = default;

const std::vector<LexiconMatch>& MatchGroup::Serve(uint32_t channel, const Analysis& a,
                                                   const std::vector<MatchToken>& tokens, std::string_view lang) {
  const uint64_t print =
      tokens.empty() ? 0 : tokens.front().hash ^ (tokens.back().hash * 31) ^ tokens.back().end ^ a.text.size();
  if (walked_ != &tokens || walked_size_ != tokens.size() || walked_print_ != print || walked_analysis_ != &a ||
      walked_lang_ != lang) {
    combined_.MatchChannels(a, tokens, lang, channel_langs_, &results_);
    walked_ = &tokens;
    walked_size_ = tokens.size();
    walked_print_ = print;
    walked_analysis_ = &a;
    walked_lang_ = lang;
  }
  return results_[channel];
}

}  // namespace vigie
