#include "lexicon/match_tokens.h"

#include <cstring>

#include "text/char_class.h"
#include "text/fold.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace vigie {
namespace {

// Calls emit(start, end) for each hyphen-separated part of the token [start, end).
template <typename Emit>
void SplitAtHyphens(std::string_view text, const Token& t, Emit emit) {
  if (!t.has(kTokHyphenated)) {
    emit(t.start, t.end);
    return;
  }
  size_t part = t.start;
  size_t i = t.start;
  while (i < t.end) {
    size_t j = i;
    char32_t cp = utf8::Decode(text, &j);
    if (IsHyphen(cp)) {
      if (i > part) emit(static_cast<uint32_t>(part), static_cast<uint32_t>(i));
      part = j;
    }
    i = j;
  }
  if (t.end > part) emit(static_cast<uint32_t>(part), t.end);
}

bool FirstIsUpper(std::string_view text, uint32_t start) {
  size_t i = start;
  char32_t cp = utf8::Decode(text, &i);
  return (GetCharInfo(cp).flags & kCharUpper) != 0;
}

constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";  // لل

// The n bytes at p (1 <= n <= 7) as the low bytes of a word, as memcpy into a zeroed word
// would place them on a little-endian machine. Built from two overlapping loads in registers:
// a memcpy of a variable length compiles to byte stores to the stack read back as one word,
// which stalls on store forwarding once per token (a tenth of BuildMatchTokens).
inline uint64_t LoadTail(const char* p, size_t n) {
  auto load = [](const char* q, size_t width) {
    uint64_t v = 0;
    for (size_t k = 0; k < width; ++k) v |= uint64_t{static_cast<unsigned char>(q[k])} << (8 * k);
    return v;
  };
  // Bytes the two loads both cover are the same bytes at the same positions: OR keeps them.
  if (n >= 4) return load(p, 4) | (load(p + n - 4, 4) << (8 * (n - 4)));
  if (n >= 2) return load(p, 2) | (load(p + n - 2, 2) << (8 * (n - 2)));
  return static_cast<unsigned char>(p[0]);
}

}  // namespace

uint64_t KeyHash(std::string_view s) {
  // 8 bytes at a time, multiply and fold: keys are short words.
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    h = (h ^ LoadTail(p, n)) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  return h;
}

void BuildMatchTokens(const Analysis& a, std::vector<MatchToken>* out) {
  out->clear();
  out->reserve(a.tokens.size() + a.tokens.size() / 8);
  const std::string_view text = a.text;
  const std::string_view folded = a.folded.text;
  const OffsetMap& from = a.folded.from_orig;
  size_t next_sentence = 0;
  for (uint32_t k = 0; k < a.tokens.size(); ++k) {
    const Token& t = a.tokens[k];
    bool starts_sentence = false;
    while (next_sentence < a.sentences.size() && a.sentences[next_sentence].first_token <= k) {
      starts_sentence = a.sentences[next_sentence].first_token == k;
      ++next_sentence;
    }
    bool first_part = true;
    SplitAtHyphens(text, t, [&](uint32_t s, uint32_t e) {
      MatchToken& m = out->emplace_back();
      m.start = s;
      m.end = e;
      m.fstart = from[s];
      m.fend = from[e];
      m.hash = KeyHash(folded.substr(m.fstart, m.fend - m.fstart));
      m.token = k;
      m.sentence_start = starts_sentence && first_part;
      first_part = false;
      if (t.kind == TokenKind::kWord) {
        m.capitalized = FirstIsUpper(text, s);
        m.all_caps = t.has(kTokAllCaps);
      }
    });
    if (t.num_clitics > 0 && !t.has(kTokHyphenated)) {
      MatchToken& m = out->back();
      for (int c = 0; c < t.num_clitics && c < 3; ++c) {
        uint32_t boundary = t.start + t.clitic_ends[c];
        m.alt_fstart[c] = from[boundary];
        m.alt_start[c] = boundary;
        m.alt_hash[c] = KeyHash(folded.substr(m.alt_fstart[c], m.fend - m.alt_fstart[c]));
        m.num_alts = static_cast<uint8_t>(c + 1);
      }
      // ل + ال written لل: the last alternative lacks the article; its mention starts after
      // the first ل (the boundary before it).
      uint32_t last_f = m.alt_fstart[m.num_alts - 1];
      if (last_f >= m.fstart + kLamLam.size() && folded.substr(last_f - kLamLam.size(), kLamLam.size()) == kLamLam) {
        m.article_less = true;
        m.alt_start[m.num_alts - 1] = m.num_alts >= 2 ? m.alt_start[m.num_alts - 2] : t.start;
      }
    }
  }
}

AliasKeys KeysOfAlias(std::string_view alias) {
  AliasKeys out;
  std::vector<Token> tokens;
  Tokenizer().Tokenize(alias, DecimalMark::kDot, &tokens);
  for (const Token& t : tokens) {
    SplitAtHyphens(alias, t, [&](uint32_t s, uint32_t e) {
      std::string_view piece = alias.substr(s, e - s);
      std::string key = FoldString(piece);
      if (key.empty()) return;
      out.keys.push_back(std::move(key));
      out.originals.emplace_back(piece);
    });
  }
  return out;
}

}  // namespace vigie
