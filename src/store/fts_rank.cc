#include "store/fts_rank.h"

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <queue>
#include <cmath>
#include <string>
#include <vector>

#include "store/fts_tokenizer.h"

namespace vigie {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
// The IDF of a phrase in more than half the documents is negative in Okapi BM25: it is floored
// to a small positive value instead, as FTS5's bm25() does, so a match never scores below none.
constexpr double kMinIdf = 1e-6;

// What the first row computes for the whole query, kept with xSetAuxdata, and the best scores
// of the rows so far.
struct QueryStats {
  std::vector<double> idf;      // per scored phrase
  std::vector<double> weights;  // per column
  double avg_size = 1;          // tokens per row, over all columns
  size_t keep = 0;              // how many of the best rows the caller wants (0: all)
  std::vector<double> freq;     // per scored phrase: its weighted occurrences in the current row
  std::priority_queue<double, std::vector<double>, std::greater<double>> best;  // the `keep` best
};

struct PhraseWalk {
  int64_t seen = 0;
  int64_t first = 0, last = 0;
};

int CountRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* user) {
  auto* walk = static_cast<PhraseWalk*>(user);
  int64_t rowid = api->xRowid(fts);
  if (walk->seen == 0) walk->first = rowid;
  walk->last = rowid;
  return ++walk->seen >= kRankCountCap ? SQLITE_DONE : SQLITE_OK;
}

std::unique_ptr<QueryStats> ComputeStats(const Fts5ExtensionApi* api, Fts5Context* fts, int64_t lo, int64_t hi,
                                         int scored, int* rc) {
  auto stats = std::make_unique<QueryStats>();
  sqlite3_int64 rows = 0, tokens = 0;
  *rc = api->xRowCount(fts, &rows);
  if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (*rc != SQLITE_OK) return nullptr;
  stats->avg_size = rows > 0 ? std::max(1.0, static_cast<double>(tokens) / static_cast<double>(rows)) : 1.0;
  const int phrases = std::clamp(scored, 0, api->xPhraseCount(fts));
  stats->idf.resize(static_cast<size_t>(phrases));
  stats->freq.resize(static_cast<size_t>(phrases));
  for (int p = 0; p < phrases; ++p) {
    PhraseWalk walk;
    *rc = api->xQueryPhrase(fts, p, &walk, CountRow);
    if (*rc != SQLITE_OK) return nullptr;
    const bool capped = walk.seen >= kRankCountCap;
    // The direction FTS5 walks in is its own business: the rowid the walk started from says it.
    const bool descending = walk.last < walk.first;
    int64_t reached = walk.last;
    if (descending) reached = lo + (hi - walk.last);  // mirrored: the same distance from the start
    double n = EstimatePhraseDocuments(walk.seen, capped, reached, lo, hi, rows);
    double idf = std::log((static_cast<double>(rows) - n + 0.5) / (n + 0.5));
    stats->idf[static_cast<size_t>(p)] = idf > kMinIdf ? idf : kMinIdf;
  }
  return stats;
}

void DeleteStats(void* p) { delete static_cast<QueryStats*>(p); }

void VigieRank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (argc < 4) {
    sqlite3_result_error(ctx, "vigie_rank: lo, hi, scored phrases and rows kept are required", -1);
    return;
  }
  int rc = SQLITE_OK;
  auto* stats = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0));
  if (stats == nullptr) {
    std::unique_ptr<QueryStats> made = ComputeStats(api, fts, sqlite3_value_int64(argv[0]),
                                                    sqlite3_value_int64(argv[1]), sqlite3_value_int(argv[2]), &rc);
    if (made == nullptr) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
    made->keep = static_cast<size_t>(std::max<int64_t>(0, sqlite3_value_int64(argv[3])));
    const int columns = api->xColumnCount(fts);
    for (int c = 0; c < columns; ++c) made->weights.push_back(4 + c < argc ? sqlite3_value_double(argv[4 + c]) : 1.0);
    stats = made.release();
    rc = api->xSetAuxdata(fts, stats, DeleteStats);  // frees stats itself on failure
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
  }
  // Weighted occurrences of each phrase in this row.
  std::vector<double>& freq = stats->freq;
  std::fill(freq.begin(), freq.end(), 0.0);
  const size_t phrases = freq.size();
  int instances = 0;
  rc = api->xInstCount(fts, &instances);
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc == SQLITE_OK && phrase >= 0 && static_cast<size_t>(phrase) < phrases) {
      freq[phrase] += column >= 0 && static_cast<size_t>(column) < stats->weights.size() ? stats->weights[column] : 1.0;
    }
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  auto score_for = [&](double size) {
    const double norm = kK1 * (1 - kB + kB * size / stats->avg_size);
    double score = 0;
    for (size_t p = 0; p < phrases; ++p) {
      if (freq[p] > 0) score += stats->idf[p] * freq[p] * (kK1 + 1) / (freq[p] + norm);
    }
    return score;
  };
  // The row's size is a lookup of its own (half the function's time on a window of 5,000 rows).
  // A row whose score could not reach the `keep` best even at size 0 is given that bound, which
  // keeps it out of the caller's best `keep` as surely as its true score would.
  if (stats->keep > 0 && stats->best.size() >= stats->keep) {
    const double bound = score_for(0);
    if (bound <= stats->best.top()) {
      sqlite3_result_double(ctx, bound);
      return;
    }
  }
  int size = 0;
  rc = api->xColumnSize(fts, -1, &size);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  const double score = score_for(static_cast<double>(size));
  if (stats->keep > 0) {
    if (stats->best.size() < stats->keep) {
      stats->best.push(score);
    } else if (score > stats->best.top()) {
      stats->best.pop();
      stats->best.push(score);
    }
  }
  sqlite3_result_double(ctx, score);
}

}  // namespace

double EstimatePhraseDocuments(int64_t seen, bool capped, int64_t reached, int64_t lo, int64_t hi, int64_t rows) {
  double n = static_cast<double>(seen);
  if (capped && hi > lo) {
    // The share of the span the walk covered, at least one rowid in a million.
    double share = static_cast<double>(std::clamp<int64_t>(reached, lo, hi) - lo + 1) / static_cast<double>(hi - lo + 1);
    n /= std::max(share, 1e-6);
  }
  return std::min(n, static_cast<double>(std::max<int64_t>(rows, seen)));
}

Status RegisterVigieRank(sqlite3* db) {
  Result<fts5_api*> api = GetFts5Api(db);
  if (!api.ok()) return api.status();
  int rc = (*api)->xCreateFunction(*api, "vigie_rank", nullptr, VigieRank, nullptr);
  if (rc != SQLITE_OK) return Status::Internal(std::string("cannot register vigie_rank: ") + sqlite3_errstr(rc));
  return Status::Ok();
}

}  // namespace vigie
