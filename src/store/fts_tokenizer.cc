#include "store/fts_tokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#include "common/hash.h"
#include "store/facets.h"
#include "text/fold.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace vigie {
namespace {

constexpr std::string_view kArticles[] = {"\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644"};
constexpr std::string_view kArticle = kArticles[0];

// Words as written -> their canonical forms, in one flat open-addressing table and one byte
// arena: a lookup costs a slot and the arena bytes of its key and form, which sit together.
// std::unordered_map cost a division for the bucket and a pointer chase to a node and to its
// strings, each a cache miss once the vocabulary outgrows the cache: its find was the single
// hottest function of an ingest (8.7% of the time, perf). Full, the table starts afresh: the
// frequent words come back first.
class FormCache {
 public:
  // Whether `word` (hashed to `hash` by Hash) is known, and its form, valid until the next Add.
  bool Find(std::string_view word, uint64_t hash, std::string_view* form) const {
    if (slots_.empty()) return false;
    for (size_t i = hash & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const Slot& slot = slots_[i];
      if (slot.hash == 0) return false;
      if (slot.hash == hash && slot.key_size == word.size() &&
          std::memcmp(arena_.data() + slot.offset, word.data(), word.size()) == 0) {
        *form = std::string_view(arena_.data() + slot.offset + slot.key_size, slot.form_size);
        return true;
      }
    }
  }

  // Adds `word` (absent) with its form; a word or form longer than kMaxWordBytes is not kept.
  void Add(std::string_view word, uint64_t hash, std::string_view form) {
    if (word.size() > kMaxWordBytes || form.size() > kMaxWordBytes) return;
    if (slots_.empty()) {
      // On the first word, not at construction: a connection that only searches tokenizes a
      // few query words in each of its tables.
      slots_.resize(kSlots);
      arena_.reserve(kMaxArenaBytes);  // never reallocated: the forms found stay where they are
    }
    if (size_ + 1 > kSlots / 2 || arena_.size() + word.size() + form.size() > kMaxArenaBytes) {
      std::fill(slots_.begin(), slots_.end(), Slot());
      arena_.clear();
      size_ = 0;
    }
    size_t i = hash & (kSlots - 1);
    while (slots_[i].hash != 0) i = (i + 1) & (kSlots - 1);
    slots_[i] = Slot{hash, static_cast<uint32_t>(arena_.size()), static_cast<uint16_t>(word.size()),
                     static_cast<uint16_t>(form.size())};
    arena_.append(word);
    arena_.append(form);
    ++size_;
  }

  static uint64_t Hash(std::string_view word) { return WordHash64(word) | 1; }  // 0 marks an empty slot

  static constexpr size_t kMaxWordBytes = 48;

 private:
  static constexpr size_t kSlots = size_t{1} << 17;  // 2 MiB of slots, at most half full
  static constexpr size_t kMaxArenaBytes = size_t{4} << 20;
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;  // of the key in arena_, the form right after it
    uint16_t key_size = 0, form_size = 0;
  };
  std::vector<Slot> slots_;
  std::string arena_;
  size_t size_ = 0;
};

// The texts of the thread's PretokenizedScope.
struct Pretokenized {
  std::string_view text;
  std::span<const Token> tokens;
  uint32_t offset = 0;
  DecimalMark mark = DecimalMark::kDot;
};
thread_local Pretokenized t_pretokenized[2];
thread_local int t_num_pretokenized = 0;

const Pretokenized* FindPretokenized(std::string_view text, DecimalMark mark) {
  for (int i = 0; i < t_num_pretokenized; ++i) {
    const Pretokenized& p = t_pretokenized[i];
    if (p.mark == mark && p.text.size() == text.size() &&
        (p.text.data() == text.data() || std::memcmp(p.text.data(), text.data(), text.size()) == 0)) {
      return &p;
    }
  }
  return nullptr;
}

// Whether an Arabic word (folded) opens with the article, alone or after ب ك ل.
bool HasArticle(std::string_view word) {
  for (std::string_view article : kArticles) {
    if (word.starts_with(article)) return true;
  }
  return false;
}

// An Arabic word opening with the conjunction و or ف before the article (والهجمات, فالجيش,
// وبالمدينة, وللجيش) without it: Snowball strips ال, بال, كال and لل but not a conjunction in
// front of them, and no Arabic word begins with و or ف followed by the article.
std::string_view WithoutConjunction(std::string_view word) {
  constexpr std::string_view kWaw = "\u0648", kFa = "\u0641";
  if (!word.starts_with(kWaw) && !word.starts_with(kFa)) return word;
  std::string_view rest = word.substr(kWaw.size());
  for (std::string_view article : kArticles) {
    if (rest.starts_with(article) && rest.size() > article.size() + 2) return rest;
  }
  return word;
}

// One tokenizer instance: the language's stemmer and reusable buffers.
class TermSplitter {
 public:
  static Result<std::unique_ptr<TermSplitter>> Create(std::string_view lang) {
    std::unique_ptr<Stemmer> stemmer;
    if (lang != "none") {
      Result<std::unique_ptr<Stemmer>> s = Stemmer::Create(lang);
      if (!s.ok()) return Status::InvalidArgument("vigie tokenizer: " + s.status().message());
      stemmer = std::move(*s);
    }
    return std::unique_ptr<TermSplitter>(new TermSplitter(std::string(lang), std::move(stemmer)));
  }

  // Calls emit(term, start, end) for each term of `text`; stops at the first
  // non-zero return and returns it. A word yields one term, its canonical form (see
  // CanonicalForm), in documents and queries alike.
  //
  // `positions_only`: FTS5 tokenizes a stored text again for snippet() and highlight()
  // (FTS5_TOKENIZE_AUX), and those use only the offsets and the count of the tokens, never
  // their text (fts5_aux.c): each word is then emitted as written, without
  // stemming, which was a third of a search's time. For the positions to agree, whether a
  // word yields a token is decided from the word alone, before stemming, in both modes.
  template <typename Emit>
  int Split(std::string_view text, bool positions_only, Emit emit) {
    if (IsFacetText(text)) return SplitFacets(text, emit);
    if (!utf8::IsValid(text)) {
      utf8::Repair(text, &repaired_);
      text = repaired_;
    }
    std::span<const Token> tokens;
    uint32_t offset = 0;
    if (const Pretokenized* p = FindPretokenized(text, mark_)) {
      tokens = p->tokens;
      offset = p->offset;
    } else {
      tokenizer_.Tokenize(text, mark_, &tokens_);
      tokens = tokens_;
    }
    for (const Token& t : tokens) {
      if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) continue;
      if (t.has(kTokElision) || t.has(kTokPossessive)) continue;
      const uint32_t t_start = t.start - offset, t_end = t.end - offset;
      std::string_view word = text.substr(t_start, t_end - t_start);
      if (word.empty() || word.size() > kMaxTermBytes) continue;
      int start = static_cast<int>(t_start), end = static_cast<int>(t_end);
      if (positions_only) {
        int rc = emit(word, start, end);
        if (rc != 0) return rc;
        continue;
      }
      std::string_view form;
      if (t.kind == TokenKind::kWord && stemmer_ != nullptr) {
        if (t.has(kTokArabic)) word = WithoutConjunction(word);
        form = CanonicalForm(word, t.has(kTokArabic));
      } else {
        plain_.clear();
        FoldAppend(word, &plain_);
        form = plain_;
      }
      if (form.empty()) {
        // Nothing left after folding (a word of marks alone): the word itself, lower-cased,
        // so that it still takes its position.
        fallback_.clear();
        LowerCaseAppend(word, &fallback_);
        form = fallback_;
      }
      int rc = emit(form, start, end);
      if (rc != 0) return rc;
    }
    return 0;
  }

 private:
  // A facets column (store/facets.h): each space-separated word after the mark, as it is.
  template <typename Emit>
  static int SplitFacets(std::string_view text, Emit emit) {
    size_t i = kFacetMark.size();
    while (i < text.size()) {
      size_t end = text.find(' ', i);
      if (end == std::string_view::npos) end = text.size();
      if (end > i && end - i <= kMaxTermBytes) {
        int rc = emit(text.substr(i, end - i), static_cast<int>(i), static_cast<int>(end));
        if (rc != 0) return rc;
      }
      i = end + 1;
    }
    return 0;
  }

  // The canonical form of a word, through a cache (stemming was the tokenizer's main cost,
  // and news vocabulary repeats): the Snowball stem of the folded word, folded. An Arabic word
  // is stemmed as written, and one without the article as if it had it: Snowball strips the
  // article together with plural and adjective endings it leaves on a bare word (عمليات ->
  // عمليا, العمليات -> عمل), so a bare plural meets the same word with its article. Every
  // spelling of a word (accents or none, the article or none, a conjunction before it) has one
  // form.
  std::string_view CanonicalForm(std::string_view word, bool arabic) {
    const uint64_t hash = FormCache::Hash(word);
    std::string_view known;
    if (cache_.Find(word, hash, &known)) return known;
    folded_.clear();
    FoldAppend(word, &folded_);
    form_.clear();
    if (arabic) {
      // As written: Snowball unifies the alef and hamza forms and drops harakat itself, and
      // needs the ta marbuta that folding turns into ha (جماعة -> جماع, but جماعه -> جماعه).
      lowered_.clear();
      if (!HasArticle(folded_)) lowered_.assign(kArticle);
      LowerCaseAppend(word, &lowered_);
      FoldAppend(stemmer_->Stem(lowered_), &form_);
    } else {
      FoldAppend(stemmer_->Stem(folded_), &form_);
    }
    cache_.Add(word, hash, form_);
    return form_;
  }

  TermSplitter(std::string lang, std::unique_ptr<Stemmer> stemmer)
      : mark_(DecimalMarkFor(lang)), stemmer_(std::move(stemmer)) {}

  DecimalMark mark_;
  std::unique_ptr<Stemmer> stemmer_;
  Tokenizer tokenizer_;
  std::vector<Token> tokens_;
  std::string repaired_, lowered_, folded_, fallback_, plain_, form_;
  FormCache cache_;  // word as written -> its canonical form
};

// FTS5's callbacks. Fts5Tokenizer is an opaque type to FTS5: ours is a TermSplitter.
int CreateTokenizer(void* /*context*/, const char** args, int num_args, Fts5Tokenizer** out) {
  *out = nullptr;
  if (num_args != 1) return SQLITE_ERROR;  // the language is required: one table, one language
  Result<std::unique_ptr<TermSplitter>> splitter = TermSplitter::Create(args[0]);
  if (!splitter.ok()) return SQLITE_ERROR;
  *out = reinterpret_cast<Fts5Tokenizer*>(splitter->release());
  return SQLITE_OK;
}

void DeleteTokenizer(Fts5Tokenizer* tokenizer) { delete reinterpret_cast<TermSplitter*>(tokenizer); }

int Tokenize(Fts5Tokenizer* tokenizer, void* context, int flags, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int)) {
  if (text == nullptr || size <= 0) return SQLITE_OK;
  auto* splitter = reinterpret_cast<TermSplitter*>(tokenizer);
  const bool positions_only = (flags & FTS5_TOKENIZE_AUX) != 0;
  return splitter->Split(std::string_view(text, static_cast<size_t>(size)), positions_only,
                         [&](std::string_view term, int start, int end) {
                           return token(context, 0, term.data(),
                                        static_cast<int>(term.size()), start, end);
                         });
}

}  // namespace

Result<fts5_api*> GetFts5Api(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
    std::string message = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return Status::Unsupported("this SQLite has no FTS5: " + message);
  }
  fts5_api* api = nullptr;
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (api == nullptr || api->iVersion < 2) return Status::Unsupported("this SQLite's FTS5 API is too old");
  return api;
}

Status RegisterVigieTokenizer(sqlite3* db) {
  Result<fts5_api*> api = GetFts5Api(db);
  if (!api.ok()) return api.status();
  fts5_tokenizer callbacks = {CreateTokenizer, DeleteTokenizer, Tokenize};
  int rc = (*api)->xCreateTokenizer(*api, "vigie", nullptr, &callbacks, nullptr);
  if (rc != SQLITE_OK) return Status::Internal(std::string("cannot register the vigie tokenizer: ") + sqlite3_errstr(rc));
  return Status::Ok();
}

PretokenizedScope::~PretokenizedScope() {
  for (Pretokenized& p : t_pretokenized) p = Pretokenized();
  t_num_pretokenized = 0;
}

void PretokenizedScope::Add(std::string_view text, std::span<const Token> tokens, uint32_t offset, DecimalMark mark) {
  if (t_num_pretokenized >= static_cast<int>(std::size(t_pretokenized))) return;
  // Tokens that cannot be the text's (none for a text, or past either end of it) are not
  // trusted: the text is tokenized as usual.
  if (tokens.empty() || tokens.front().start < offset || tokens.back().end - offset > text.size()) return;
  t_pretokenized[t_num_pretokenized++] = Pretokenized{text, tokens, offset, mark};
}

Result<std::vector<FtsTerm>> FtsTerms(std::string_view lang, std::string_view text, bool positions_only) {
  Result<std::unique_ptr<TermSplitter>> splitter = TermSplitter::Create(lang);
  if (!splitter.ok()) return splitter.status();
  std::vector<FtsTerm> out;
  (*splitter)->Split(text, positions_only, [&](std::string_view term, int start, int end) {
    out.push_back({std::string(term), start, end});
    return 0;
  });
  return out;
}

}  // namespace vigie
