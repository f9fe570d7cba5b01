// The `vigie` FTS5 tokenizer: full-text search sees words the way the rest of vigie does.
//
//   CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'vigie fr');
//
// The one argument is the language of every text the table indexes: an ISO 639-1 code with a
// Snowball stemmer (fr, en, ar, pt...), or `none` for folding alone. Each text is split by
// vigie's tokenizer (text/tokenizer.h); each word, number, URL or e-mail address becomes one
// FTS5 token:
//   - words: folded (text/fold.h: case, Latin diacritics, Arabic harakat, tatweel and
//     alef/hamza/ta marbuta variants), stemmed by the language's Snowball stemmer, folded
//     again: "Attentats", "attentat", "ATTENTAT" are one term, and so are "sécurité" and
//     "securite", since users type without accents;
//   - Arabic words lose a conjunction و or ف in front of the article (والهجمات -> الهجمات),
//     which the Snowball stemmer leaves; a word without the article is stemmed as if it had it
//     (Snowball leaves plural endings on bare words: عمليات -> عمليا, العمليات -> عمل), so a
//     bare plural and the same word with the article are one term;
//   - numbers, URLs, e-mail addresses: folded, not stemmed;
//   - punctuation, symbols, French elisions (l', qu') and the English possessive 's: nothing.
//   - a text opening with kFacetMark (U+E000, store/facets.h) is a facets column: its
//     space-separated words are terms as they are.
// Terms longer than kMaxTermBytes (base64 soup, runaway URLs) are not indexed.
//
// One term a word, never several at a position (FTS5_TOKEN_COLOCATED): FTS5 merges such
// alternatives of a query row by row, and a bare Arabic stem met other words (منطقية "reasonable" and منطقة "region").
// Queries are tokenized by the same code (FTS5 calls the table's tokenizer on each query
// string), so a query is stemmed in the table's language. Text that is not valid UTF-8 (only
// a query can be) is repaired first; offsets then refer to the repaired text.
//
// Each FTS5 table gets its own tokenizer instance, used by one connection at a time.
#ifndef VIGIE_STORE_FTS_TOKENIZER_H_
#define VIGIE_STORE_FTS_TOKENIZER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "text/tokenizer.h"

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
  int start = 0, end = 0;
};
Result<std::vector<FtsTerm>> FtsTerms(std::string_view lang, std::string_view text, bool positions_only = false);

// Tokens the analysis already made for texts about to be indexed (Store::Put: the title and
// the body, cut from the analysed text). While the scope lives, the vigie tokenizer on this
// thread takes them for a text equal to one of them, in a table whose decimal mark is the
// same, instead of tokenizing it again (that was a seventh of the store step). `tokens` must be
// what Tokenizer::Tokenize gives the text with `mark`, their offsets `offset` bytes further on
// (those of the whole analysed text). One scope at a time on a thread.
class PretokenizedScope {
 public:
  PretokenizedScope() = default;
  ~PretokenizedScope();
  PretokenizedScope(const PretokenizedScope&) = delete;
  PretokenizedScope& operator=(const PretokenizedScope&) = delete;
  // At most two texts; more are ignored (tokenized as usual), and so are tokens that cannot be
  // the text's (none, or reaching outside it).
  void Add(std::string_view text, std::span<const Token> tokens, uint32_t offset, DecimalMark mark);
};

}  // namespace vigie

#endif  // VIGIE_STORE_FTS_TOKENIZER_H_
