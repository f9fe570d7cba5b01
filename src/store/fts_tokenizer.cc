#include "store/fts_tokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/facets.h"
#include "text/fold.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace vigie {
namespace {

constexpr std::string_view kArticles[] = {"\u0627\u0644", "\u0644\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644"};
constexpr std::string_view kArticle = kArticles[0];

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

  // Calls emit(term, colocated, start, end) for each term of `text`; stops at the first
  // non-zero return and returns it. A word yields one term, or up to three at the same
  // position (the others `colocated`): see StemForms.
  //
  // `positions_only`: FTS5 tokenizes a stored text again for snippet() and highlight()
  // (FTS5_TOKENIZE_AUX), and those use only the offsets and the count of the non-colocated
  // tokens, never their text (fts5_aux.c): each word is then emitted as written, without
  // stemming, which was a third of a search's time. For the positions to agree, whether a
  // word yields a token is decided from the word alone, before stemming, in both modes.
  //
  // `query`: FTS5 tokenizes a query (FTS5_TOKENIZE_QUERY) with its words' canonical forms alone
  // (see StemForms), which every spelling of the word has among its indexed forms: several
  // forms at one position make each query word an OR of doclists that FTS5 merges row by row,
  // (measured in docs/store.md).
  template <typename Emit>
  int Split(std::string_view text, bool positions_only, bool query, Emit emit) {
    if (text.starts_with(kFacetMark)) return SplitFacets(text, emit);
    if (!utf8::IsValid(text)) {
      utf8::Repair(text, &repaired_);
      text = repaired_;
    }
    tokenizer_.Tokenize(text, mark_, &tokens_);
    for (const Token& t : tokens_) {
      if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) continue;
      if (t.has(kTokElision) || t.has(kTokPossessive)) continue;
      std::string_view word = text.substr(t.start, t.end - t.start);
      if (word.empty() || word.size() > kMaxTermBytes) continue;
      int start = static_cast<int>(t.start), end = static_cast<int>(t.end);
      if (positions_only) {
        int rc = emit(word, /*colocated=*/false, start, end);
        if (rc != 0) return rc;
        continue;
      }
      const Forms* forms;
      if (t.kind == TokenKind::kWord && stemmer_ != nullptr) {
        if (t.has(kTokArabic)) word = WithoutConjunction(word);
        forms = &StemForms(word, t.has(kTokArabic));
      } else {
        plain_.clear();
        plain_.emplace_back();
        FoldAppend(word, &plain_[0]);
        forms = &plain_;
      }
      if (forms->empty() || forms->front().empty()) {
        // Nothing left after folding (a word of marks alone): the word itself, lower-cased,
        // so that it still takes its position.
        fallback_.clear();
        LowerCaseAppend(word, &fallback_);
        int rc = emit(fallback_, /*colocated=*/false, start, end);
        if (rc != 0) return rc;
        continue;
      }
      for (size_t k = 0; k < (query ? 1 : forms->size()); ++k) {
        if (k > 0 && (*forms)[k].size() > kMaxTermBytes) continue;
        int rc = emit((*forms)[k], /*colocated=*/k > 0, start, end);
        if (rc != 0) return rc;
      }
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
        int rc = emit(text.substr(i, end - i), /*colocated=*/false, static_cast<int>(i), static_cast<int>(end));
        if (rc != 0) return rc;
      }
      i = end + 1;
    }
    return 0;
  }

  // The forms of a word, without repeats, first the canonical one; through a cache: stemming
  // was the tokenizer's main cost (18% of a whole ingest), and news vocabulary repeats.
  //  1. the stem of the word as written, lower-cased (Snowball wants the diacritics: French é
  //     and è decide suffixes);
  //  2. the stem of its folded form, when it differs (users type without accents);
  //  3. Arabic without the article: the stem of the word with the article, which Snowball
  //     strips together with plural and adjective endings it leaves on a bare word (عمليات ->
  //     عمليا, العمليات -> عمل): a bare plural then meets the same word with its article.
  // The canonical form is (3) for an Arabic word without the article, else (2), the stem of the
  // folded word (which is (1) when folding changes nothing): every spelling of a word, with or
  // without accents or article, has it among its forms, so a query needs no other (see Split).
  using Forms = std::vector<std::string>;
  const Forms& StemForms(std::string_view word, bool arabic) {
    key_.assign(word);
    auto it = cache_.find(key_);
    if (it != cache_.end()) return it->second;
    Forms forms;
    // Adds a stem's folded form unless it is there; returns its index.
    auto add = [&](std::string_view stem) -> size_t {
      std::string form;
      FoldAppend(stem, &form);
      if (form.empty()) return forms.size();
      auto at = std::find(forms.begin(), forms.end(), form);
      if (at != forms.end()) return static_cast<size_t>(at - forms.begin());
      forms.push_back(std::move(form));
      return forms.size() - 1;
    };
    lowered_.clear();
    LowerCaseAppend(word, &lowered_);
    size_t canonical = add(stemmer_->Stem(lowered_));
    auto prefer = [&](size_t i) {
      if (i < forms.size()) canonical = i;
    };
    folded_.clear();
    FoldAppend(word, &folded_);
    if (folded_ != lowered_) prefer(add(stemmer_->Stem(folded_)));
    if (arabic && !HasArticle(folded_)) {
      lowered_.assign(kArticle);
      lowered_ += folded_;
      prefer(add(stemmer_->Stem(lowered_)));
    }
    if (canonical < forms.size()) std::rotate(forms.begin(), forms.begin() + static_cast<ptrdiff_t>(canonical),
                                              forms.begin() + static_cast<ptrdiff_t>(canonical) + 1);
    if (word.size() > kMaxCachedWordBytes) {
      uncached_ = std::move(forms);
      return uncached_;
    }
    if (cache_.size() >= kMaxCachedWords) cache_.clear();  // a crude bound: the frequent words come back first
    return cache_.emplace(key_, std::move(forms)).first->second;
  }

  static constexpr size_t kMaxCachedWords = 1 << 16;  // about 6 MiB at most per instance
  static constexpr size_t kMaxCachedWordBytes = 48;

  TermSplitter(std::string lang, std::unique_ptr<Stemmer> stemmer)
      : mark_(DecimalMarkFor(lang)), stemmer_(std::move(stemmer)) {}

  DecimalMark mark_;
  std::unique_ptr<Stemmer> stemmer_;
  Tokenizer tokenizer_;
  std::vector<Token> tokens_;
  std::string repaired_, lowered_, folded_, key_, fallback_;
  Forms plain_, uncached_;
  std::unordered_map<std::string, Forms> cache_;  // word as written -> its forms
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
  const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  return splitter->Split(std::string_view(text, static_cast<size_t>(size)), positions_only, query,
                         [&](std::string_view term, bool colocated, int start, int end) {
                           return token(context, colocated ? FTS5_TOKEN_COLOCATED : 0, term.data(),
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

Result<std::vector<FtsTerm>> FtsTerms(std::string_view lang, std::string_view text, bool positions_only, bool query) {
  Result<std::unique_ptr<TermSplitter>> splitter = TermSplitter::Create(lang);
  if (!splitter.ok()) return splitter.status();
  std::vector<FtsTerm> out;
  (*splitter)->Split(text, positions_only, query, [&](std::string_view term, bool colocated, int start, int end) {
    out.push_back({std::string(term), colocated, start, end});
    return 0;
  });
  return out;
}

}  // namespace vigie
