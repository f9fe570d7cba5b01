// vigie_rank: BM25 for FTS5 without reading whole doclists.
//
//   SELECT rowid, vigie_rank(fts_fr, lo, hi, 2, 20, 4.0, 1.0) AS score FROM fts_fr WHERE fts_fr MATCH ?
//   ORDER BY score DESC LIMIT 20
//
// FTS5's own bm25() is the Okapi BM25 of the query's phrases (k1 = 1.2, b = 0.75), each phrase's
// inverse document frequency counted, on the first row, by visiting every document that holds
// it. For a word in most documents of a large archive (في, "said") that count alone took 300 ms
// on a million documents, whatever the LIMIT. vigie_rank computes the same formula, but stops
// counting a phrase at kRankCountCap documents and extrapolates from how far into the table
// those documents reached: the stored documents span rowids lo..hi (the arguments), and a
// phrase whose first kRankCountCap documents lie in the first tenth of that span is in about
// ten times as many. Below the cap the count is exact and the score is bm25()'s, negated:
// higher is better.
//
// Arguments after the table: lo and hi, the smallest and largest rowid of the documents
// (any table sharing the rowids: documents); how many of the query's phrases, from the first,
// are scored (the others, such as the facet words a search appends, only filter: they are
// neither counted nor scored); `keep`, how many of the best rows the caller keeps (0: all), then
// one weight per column (missing weights are 1.0).
//
// With `keep`, a row whose score could not enter the best `keep` so far even if it were empty
// (document size 0, its highest possible score) is given that bound instead of its score,
// which spares the lookup of its size: its order among the rows left out is not kept, the best
// `keep` are exact.
#ifndef VIGIE_STORE_FTS_RANK_H_
#define VIGIE_STORE_FTS_RANK_H_

#include <cstdint>

#include "common/status.h"

struct sqlite3;

namespace vigie {

// How many documents of a phrase are counted before its count is extrapolated.
inline constexpr int64_t kRankCountCap = 2000;

// Registers vigie_rank on `db` (FTS5's xCreateFunction); on every connection that searches.
Status RegisterVigieRank(sqlite3* db);

// The document count vigie_rank uses for a phrase of which it saw `seen` documents, the last at
// rowid `reached`, walking up from rowid `lo` of a table spanning lo..hi with `rows` rows.
double EstimatePhraseDocuments(int64_t seen, bool capped, int64_t reached, int64_t lo, int64_t hi, int64_t rows);

}  // namespace vigie

#endif  // VIGIE_STORE_FTS_RANK_H_
