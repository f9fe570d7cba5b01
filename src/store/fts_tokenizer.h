// The `vigie` FTS5 tokenizer: full-text search sees words the way the rest of vigie does.
//
//   CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'vigie fr');
//
// The one argument is the language of every text the table indexes: an ISO 639-1 code with a
// Snowball stemmer (fr, en, ar, pt...), or `none` for folding alone. Each text is split by
// vigie's tokenizer (text/tokenizer.h); each word, number, URL or e-mail address becomes one
// FTS5 token:
//   - words: lower-cased with their diacritics, stemmed by the language's Snowball stemmer,
//     then folded (text/fold.h: case, Latin diacritics, Arabic harakat, tatweel and
//     alef/hamza/ta marbuta variants), so "Attentats", "attentat" and "ATTENTAT" are one term;
//     when the folded word stems differently ("sécurité" -> secur, "securite" -> securit), that
//     stem is a second term at the same position (FTS5_TOKEN_COLOCATED), in documents and in
//     queries alike, so a query typed without accents finds the accented text and back;
//   - Arabic words lose a conjunction و or ف in front of the article (والهجمات -> الهجمات),
//     which the Snowball stemmer leaves; a word without the article also gets, colocated, the
//     stem it has with the article (Snowball leaves plural endings on bare words: عمليات ->
//     عمليا, العمليات -> عمل);
//   - numbers, URLs, e-mail addresses: folded, not stemmed;
//   - punctuation, symbols, French elisions (l', qu') and the English possessive 's: nothing.
//   - a text opening with kFacetMark (U+E000, store/facets.h) is a facets column: its
//     space-separated words are terms as they are.
// Terms longer than kMaxTermBytes (base64 soup, runaway URLs) are not indexed.
//
// Queries are tokenized by the same code (FTS5 calls the table's tokenizer on each query
// string), so a query is stemmed in the table's language; a query word yields one term, its
// canonical form (the folded stem; for an Arabic word without the article, the stem it has
// with the article), which every spelling of the word has among its indexed terms. Text that is not valid UTF-8 (only
// a query can be) is repaired first; offsets then refer to the repaired text.
//
// Each FTS5 table gets its own tokenizer instance, used by one connection at a time.
#ifndef VIGIE_STORE_FTS_TOKENIZER_H_
#define VIGIE_STORE_FTS_TOKENIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

struct sqlite3;
struct fts5_api;

namespace vigie {

inline constexpr size_t kMaxTermBytes = 200;

// The FTS5 API of `db` (kUnsupported when this SQLite has no FTS5 or too old a one).
Result<fts5_api*> GetFts5Api(sqlite3* db);

// Registers the tokenizer under the name "vigie" on `db` (FTS5's xCreateTokenizer). Must be
// done on every connection before an FTS5 table using it is read or written.
Status RegisterVigieTokenizer(sqlite3* db);

// The terms the tokenizer produces for `text` in `lang`, with their byte offsets, in order:
// for tests and for explaining a query. Fails for an unknown language argument.
// `positions_only`: as FTS5 asks for snippets (FTS5_TOKENIZE_AUX): one term per position, the
// word as written, at the same offsets as the primary terms of the full tokenization.
struct FtsTerm {
  std::string term;
  bool colocated = false;  // at the same position as the term before (an alternative form)
  int start = 0, end = 0;
};
// `query`: as FTS5 asks for a query (FTS5_TOKENIZE_QUERY): each word's canonical form alone.
Result<std::vector<FtsTerm>> FtsTerms(std::string_view lang, std::string_view text, bool positions_only = false,
                                      bool query = false);

}  // namespace vigie

#endif  // VIGIE_STORE_FTS_TOKENIZER_H_
