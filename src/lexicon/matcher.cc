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

// The first-key filter: 16 bits a pattern (two first keys at most), as a power of two between
// 64 Kbit and 4 Mbit (512 KB), so that the gazetteer's hundreds of thousands of names still
// turn most text tokens away without a probe of the table.
size_t FilterBits(size_t patterns) {
  size_t bits = size_t{1} << 16;
  while (bits < patterns * 16 && bits < (size_t{1} << 22)) bits <<= 1;
  return bits;
}

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

}  // namespace

uint32_t EntityMatcher::Child(uint32_t node, std::string_view key, uint64_t key_hash) const {
  if (slots_.empty()) return 0;
  if (node == 0) {
    size_t bit = key_hash & filter_mask_;
    if ((first_filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return 0;
  }
  uint64_t h = SlotHash(key_hash, node);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.child == 0) return 0;
    if (s.hash == h && s.parent == node && s.key_len == key.size() &&
        std::memcmp(key_pool_.data() + s.key_off, key.data(), key.size()) == 0) {
      return s.child;
    }
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
  uint64_t key_hash = KeyHash(key);
  if (node == 0) {
    size_t bit = key_hash & filter_mask_;
    first_filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  uint64_t h = SlotHash(key_hash, node);
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
  return slots_.capacity() * sizeof(Slot) + first_filter_.capacity() * 8 + key_pool_.capacity() + term_begin_.capacity() * 4 +
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
  const size_t filter_bits = FilterBits(lexicon.aliases().size());
  m.first_filter_.assign(filter_bits / 64, 0);
  m.filter_mask_ = filter_bits - 1;
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
  if (m.memory_bytes() > options.max_memory_bytes) {
    return Status::OutOfBudget("lexicon matcher over its memory budget of " + std::to_string(options.max_memory_bytes) +
                               " bytes");
  }
  // Terminals in CSR form.
  std::sort(node_terms.begin(), node_terms.end());
  m.term_begin_.assign(m.node_count_ + 1, 0);
  for (const auto& [node, pattern] : node_terms) ++m.term_begin_[node + 1];
  for (size_t i = 1; i < m.term_begin_.size(); ++i) m.term_begin_[i] += m.term_begin_[i - 1];
  m.terms_.reserve(node_terms.size());
  for (const auto& [node, pattern] : node_terms) m.terms_.push_back(pattern);
  return m;
}

bool EntityMatcher::Accepts(const Pattern& p, const Analysis& a, const std::vector<MatchToken>& tokens,
                            uint32_t begin, bool via_article_less, uint8_t doc_lang) const {
  if (p.article_less != via_article_less) return false;
  if (p.lang != kAll && p.lang != doc_lang && doc_lang != kOther) return false;
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

}  // namespace vigie
