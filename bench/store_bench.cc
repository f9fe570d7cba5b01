// Store benchmark: what storing and indexing cost, beside plain SQLite FTS5, over the same texts
// in the same run. Reads ../shared/corpus/news_bulk.jsonl.gz (or --corpus PATH) and, on one
// core, for every document:
//   vigie-ingest    what `vigie ingest` does per document: the analysis (every stage) and its
//                   JSON, then the store step below, 64 documents of each in a row (--phase);
//                   reading and decompressing are not timed
//   vigie-store     Store::Put of the analysed document (row, analysis JSON, events,
//                   categories, countries, per-language FTS5 with the vigie tokenizer), in
//                   transactions of --batch documents; the analysis itself is not timed
//   fts5-unicode61  plain FTS5: INSERT of title and body into one FTS5 table (unicode61,
//                   remove_diacritics 2, text stored in the table), same transactions
//   fts5-vigie      the same plain FTS5 table per language bucket with the vigie tokenizer:
//                   the tokenizer's cost beside unicode61
// With --cpu-time, seconds are the process's CPU time (user and system) instead of wall-clock
// time: on a shared machine another program's load disturbs them far less.
// With --paired-version N, only the store step, paired with an older schema's (see Paired).
// Prints documents/s, MB/s and each database's size, then search latency (p50, p99) of
// two-word queries taken from the corpus's titles on the vigie store and on plain FTS5.
// Exits 0 with a note when the corpus is absent.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "analyze/analysis_json.h"
#include "bench_sqlite.h"
#include "analyze/analyzer.h"
#include "common/data_dir.h"
#include "read/document_reader.h"
#include "store/fts_tokenizer.h"
#include "store/query.h"
#include "store/schema.h"
#include "store/store.h"

namespace {

using vigie::bench::Clock;
using vigie::bench::Exec;
using vigie::bench::Since;

struct Text {
  std::string title, body, bucket;
};

// Plain FTS5 over the same texts, the same transaction size. `vigie` selects the tokenizer.
double PlainFts(const std::vector<Text>& texts, const std::string& path, bool vigie, int batch) {
  vigie::bench::RemoveDatabase(path);
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  if (vigie && !vigie::RegisterVigieTokenizer(db).ok()) return -1;
  Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
  std::vector<std::string> tables;
  if (vigie) {
    for (std::string_view l : vigie::kFtsLanguages) tables.emplace_back(l);
    tables.emplace_back(vigie::kOtherFtsBucket);
    for (const std::string& t : tables) {
      Exec(db, "CREATE VIRTUAL TABLE fts_" + t + " USING fts5(title, body, tokenize = 'vigie " +
                   (t == "other" ? std::string("none") : t) + "')");
    }
  } else {
    Exec(db, "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
  }
  std::vector<sqlite3_stmt*> stmts;
  if (vigie) {
    for (const std::string& t : tables) {
      sqlite3_stmt* s = nullptr;
      sqlite3_prepare_v2(db, ("INSERT INTO fts_" + t + "(title, body) VALUES (?1, ?2)").c_str(), -1, &s, nullptr);
      stmts.push_back(s);
    }
  } else {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO fts(title, body) VALUES (?1, ?2)", -1, &s, nullptr);
    stmts.push_back(s);
  }
  auto start = Clock::now();
  int in_batch = 0;
  Exec(db, "BEGIN");
  for (const Text& t : texts) {
    sqlite3_stmt* s = stmts[0];
    if (vigie) {
      for (size_t i = 0; i < tables.size(); ++i) {
        if (tables[i] == t.bucket) s = stmts[i];
      }
    }
    sqlite3_bind_text(s, 1, t.title.data(), static_cast<int>(t.title.size()), SQLITE_STATIC);
    sqlite3_bind_text(s, 2, t.body.data(), static_cast<int>(t.body.size()), SQLITE_STATIC);
    if (sqlite3_step(s) != SQLITE_DONE) std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
    sqlite3_reset(s);
    if (++in_batch == batch) {
      Exec(db, "COMMIT; BEGIN");
      in_batch = 0;
    }
  }
  Exec(db, "COMMIT");
  double seconds = Since(start);
  for (sqlite3_stmt* s : stmts) sqlite3_finalize(s);
  Exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  sqlite3_close(db);
  return seconds;
}

struct Latency {
  double p50_ms = 0, p99_ms = 0;
  size_t hits = 0;
};

Latency Percentiles(std::vector<double> ms, size_t hits) {
  std::sort(ms.begin(), ms.end());
  Latency l;
  if (ms.empty()) return l;
  l.p50_ms = ms[ms.size() / 2];
  l.p99_ms = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  l.hits = hits;
  return l;
}

// --paired-version N: each document analysed once, then stored in two databases in turn (which
// goes first alternates), the current schema and version N (with --paired-page-size, that page
// size for the second): both store steps see the same load at the same moments, so a shared
// machine's noise cancels out of their ratio, which separate runs could not measure.
int Paired(vigie::Analyzer& analyzer, const std::string& corpus, const std::string& work, size_t limit, int batch,
           int version, int page_size) {
  vigie::Store::Options current, other;
  other.migrate_to = version;
  if (page_size > 0) other.page_size = page_size;
  const std::string paths[2] = {work + "/vigie_store_bench_a.db", work + "/vigie_store_bench_b.db"};
  std::unique_ptr<vigie::Store> stores[2];
  for (int k = 0; k < 2; ++k) {
    vigie::bench::RemoveDatabase(paths[k]);
    auto opened = vigie::Store::Open(paths[k], k == 0 ? current : other);
    if (!opened.ok() || !(*opened)->BeginBatch().ok()) {
      std::fprintf(stderr, "%s: cannot open\n", paths[k].c_str());
      return 1;
    }
    stores[k] = std::move(*opened);
  }
  auto reader = vigie::DocumentReader::Open(corpus, vigie::ReadOptions());
  if (!reader.ok()) return 1;
  vigie::ReadItem item;
  vigie::AnalysisJsonWriter json;
  vigie::Analysis analysis;
  std::string json_text;
  double seconds[2] = {0, 0};
  size_t n = 0, in_batch = 0;
  while ((*reader)->Next(&item) && (limit == 0 || n < limit)) {
    if (!item.ok) continue;
    const std::string hash = vigie::ContentHash(item.doc.body);
    if (!analyzer.Analyze(std::move(item.doc), &analysis).ok()) continue;
    json_text.clear();
    json.Write(analysis, vigie::AnalysisJsonOptions(), &json_text);
    ++n;
    const bool commit = ++in_batch == static_cast<size_t>(batch);
    for (int turn = 0; turn < 2; ++turn) {
      const int k = (n + turn) % 2;
      auto t = Clock::now();
      auto known = stores[k]->Contains(analysis.doc.id, hash);
      if (known.ok() && !*known && !stores[k]->Put(analysis, json_text, hash).ok()) return 1;
      if (commit && (!stores[k]->CommitBatch(0, vigie::IngestCounts()).ok() || !stores[k]->BeginBatch().ok())) return 1;
      seconds[k] += Since(t);
    }
    if (commit) in_batch = 0;
  }
  for (int k = 0; k < 2; ++k) {
    auto t = Clock::now();
    if (!stores[k]->CommitBatch(0, vigie::IngestCounts()).ok()) return 1;
    seconds[k] += Since(t);
    stores[k].reset();
  }
  std::printf("paired store steps over %zu documents, %s:\n", n,
              vigie::bench::CpuTimeClock() ? "CPU time (--cpu-time)" : "wall-clock time");
  for (int k = 0; k < 2; ++k) {
    std::printf("  %-34s %8.0f documents/s %8.2f s %8.1f MB\n",
                k == 0 ? "current schema" : ("schema " + std::to_string(version) +
                                             (page_size > 0 ? ", pages of " + std::to_string(page_size) : "")).c_str(),
                static_cast<double>(n) / seconds[k], seconds[k], 1e-6 * vigie::bench::DatabaseBytes(paths[k]));
  }
  std::printf("  ratio (second / current)           %8.3f\n", seconds[1] / seconds[0]);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/corpus/news_bulk.jsonl.gz";
  std::string work = std::filesystem::temp_directory_path().string();
  size_t limit = 0;
  int batch = 500;
  int paired_version = 0, paired_page_size = 0, phase = 64;  // phase: as vigie ingest (kAnalyzeAhead)
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      corpus = argv[++i];
    } else if (a == "--limit" && i + 1 < argc) {
      limit = std::stoul(argv[++i]);
    } else if (a == "--batch" && i + 1 < argc) {
      batch = std::max(1, std::stoi(argv[++i]));
    } else if (a == "--dir" && i + 1 < argc) {
      work = argv[++i];
    } else if (a == "--cpu-time") {
      vigie::bench::UseCpuTime();
    } else if (a == "--phase" && i + 1 < argc) {
      phase = std::max(1, std::stoi(argv[++i]));
    } else if (a == "--paired-version" && i + 1 < argc) {
      paired_version = std::stoi(argv[++i]);
    } else if (a == "--paired-page-size" && i + 1 < argc) {
      paired_page_size = std::stoi(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: store_bench [--corpus PATH] [--limit N] [--batch N] [--dir TMPDIR] [--cpu-time] "
                   "[--phase N] [--paired-version N [--paired-page-size BYTES]]\n");
      return 1;
    }
  }
  if (!std::filesystem::exists(corpus)) {
    std::printf("corpus %s absent: benchmark skipped\n", corpus.c_str());
    return 0;
  }
  vigie::Result<std::string> data = vigie::FindDataDir("");
  if (!data.ok()) return 1;
  auto analyzer = vigie::Analyzer::Create(*data, vigie::Analyzer::Options());
  if (!analyzer.ok()) return 1;
  auto reader = vigie::DocumentReader::Open(corpus, vigie::ReadOptions());
  if (!reader.ok()) return 1;

  std::string vigie_db = work + "/vigie_store_bench.db";
  vigie::bench::RemoveDatabase(vigie_db);
  auto store = vigie::Store::Open(vigie_db, vigie::Store::Options());
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  if (paired_version > 0) return Paired(*analyzer->get(), corpus, work, limit, batch, paired_version, paired_page_size);
  std::vector<Text> texts;
  vigie::AnalysisJsonWriter json;
  double store_seconds = 0, analysis_seconds = 0, json_seconds = 0, text_mb = 0, json_mb = 0;
  size_t stored = 0, duplicates = 0, in_batch = 0;
  vigie::ReadItem item;
  auto t = Clock::now();
  if (!(*store)->BeginBatch().ok()) return 1;
  store_seconds += Since(t);
  // Documents are analysed `phase` at a time, then stored, as `vigie ingest` does (--phase; 1:
  // one by one, as it did before 2026-11-30).
  std::vector<vigie::Analysis> analysed(static_cast<size_t>(phase));
  std::vector<std::string> jsons(static_cast<size_t>(phase)), hashes(static_cast<size_t>(phase));
  bool more = true;
  while (more) {
    size_t ready = 0;
    while (ready < analysed.size() && (limit == 0 || texts.size() + ready < limit)) {
      if (!(*reader)->Next(&item)) {
        more = false;
        break;
      }
      if (!item.ok) continue;
      std::string hash_source = item.doc.body;
      vigie::Analysis& analysis = analysed[ready];
      auto a0 = Clock::now();
      if (!(*analyzer)->Analyze(std::move(item.doc), &analysis).ok()) continue;
      auto j0 = Clock::now();
      analysis_seconds += Since(a0);
      jsons[ready].clear();
      json.Write(analysis, vigie::AnalysisJsonOptions(), &jsons[ready]);
      json_seconds += Since(j0);
      json_mb += static_cast<double>(jsons[ready].size()) / 1e6;
      hashes[ready] = vigie::ContentHash(hash_source);
      ++ready;
    }
    if (limit != 0 && texts.size() + ready >= limit) more = false;
    for (size_t i = 0; i < ready; ++i) {
      const vigie::Analysis& analysis = analysed[i];
      std::string_view all(analysis.text);
      Text text{analysis.body_start >= 2 ? std::string(all.substr(0, analysis.body_start - 2)) : "",
                std::string(all.substr(analysis.body_start)), std::string(vigie::FtsBucketFor(analysis.lang.code))};
      text_mb += static_cast<double>(text.title.size() + text.body.size()) / 1e6;
      t = Clock::now();
      // What ingest does per document: the duplicate check, then the put.
      auto known = (*store)->Contains(analysis.doc.id, hashes[i]);
      if (known.ok() && !*known) {
        auto put = (*store)->Put(analysis, jsons[i], hashes[i]);
        if (!put.ok()) {
          std::fprintf(stderr, "%s\n", put.status().ToString().c_str());
          return 1;
        }
        ++(*put == vigie::Store::PutResult::kStored ? stored : duplicates);
      } else {
        ++duplicates;
      }
      if (++in_batch == static_cast<size_t>(batch)) {
        if (!(*store)->CommitBatch(0, vigie::IngestCounts()).ok() || !(*store)->BeginBatch().ok()) return 1;
        in_batch = 0;
      }
      store_seconds += Since(t);
      texts.push_back(std::move(text));
    }
  }
  t = Clock::now();
  if (!(*store)->CommitBatch(0, vigie::IngestCounts()).ok()) return 1;
  store_seconds += Since(t);

  std::printf("corpus: %s\n  %zu documents (%zu stored, %zu duplicates by id or content), %.1f MB of text, "
              "transactions of %d, one core, %s\n\n",
              corpus.c_str(), texts.size(), stored, duplicates, text_mb, batch,
              vigie::bench::CpuTimeClock() ? "CPU time (--cpu-time)" : "wall-clock time");
  std::printf("%-16s %12s %8s %10s %12s\n", "run", "documents/s", "MB/s", "seconds", "database MB");
  auto row = [&](const char* name, double seconds, double db_mb) {
    std::printf("%-16s %12.0f %8.1f %10.2f %12.1f\n", name, static_cast<double>(texts.size()) / seconds,
                text_mb / seconds, seconds, db_mb);
  };
  std::string plain_db = work + "/vigie_store_bench_plain.db";
  std::string vigie_fts_db = work + "/vigie_store_bench_vfts.db";
  double plain = PlainFts(texts, plain_db, /*vigie=*/false, batch);
  double vfts = PlainFts(texts, vigie_fts_db, /*vigie=*/true, batch);
  {
    // Checkpoint the store's WAL so the sizes compare like with like.
    sqlite3* db = nullptr;
    sqlite3_open(vigie_db.c_str(), &db);
    Exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
  }
  row("vigie-ingest", analysis_seconds + json_seconds + store_seconds, 1e-6 * vigie::bench::DatabaseBytes(vigie_db));
  row("  analysis", analysis_seconds, 0);
  row("  json", json_seconds, json_mb);
  row("  vigie-store", store_seconds, 1e-6 * vigie::bench::DatabaseBytes(vigie_db));
  row("fts5-unicode61", plain, 1e-6 * vigie::bench::DatabaseBytes(plain_db));
  row("fts5-vigie", vfts, 1e-6 * vigie::bench::DatabaseBytes(vigie_fts_db));

  // Search latency: two-word queries from titles, on the vigie store (vigie search's path) and
  // on plain FTS5 (MATCH, bm25 order, snippet, LIMIT 20).
  std::mt19937 rng(42);
  std::vector<std::string> queries;
  while (queries.size() < 300 && !texts.empty()) {
    const Text& x = texts[rng() % texts.size()];
    std::vector<std::string> words;
    std::string w;
    for (char c : x.title + " ") {
      if (c == ' ') {
        if (w.size() >= 4 && w.find_first_of("\"'():*^-,.") == std::string::npos) words.push_back(w);
        w.clear();
      } else {
        w.push_back(c);
      }
    }
    if (words.size() >= 2) queries.push_back(words[rng() % words.size()] + " " + words[rng() % words.size()]);
  }
  std::vector<double> vigie_ms, plain_ms;
  size_t vigie_hits = 0, plain_hits = 0;
  for (const std::string& q : queries) {
    auto match = vigie::TranslateQuery(q);
    if (!match.ok()) continue;
    vigie::SearchRequest r;
    r.match = *match;
    auto s = Clock::now();
    auto hits = (*store)->Search(r);
    vigie_ms.push_back(Since(s) * 1000);
    if (hits.ok()) vigie_hits += hits->size();
  }
  sqlite3* db = nullptr;
  sqlite3_open(plain_db.c_str(), &db);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT rowid, bm25(fts, 4.0, 1.0) AS score, snippet(fts, -1, '[', ']', '…', 16) FROM fts "
                     "WHERE fts MATCH ?1 ORDER BY score LIMIT 20",
                     -1, &stmt, nullptr);
  for (const std::string& q : queries) {
    auto match = vigie::TranslateQuery(q);
    if (!match.ok()) continue;
    auto s = Clock::now();
    sqlite3_bind_text(stmt, 1, match->c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) ++plain_hits;
    sqlite3_reset(stmt);
    plain_ms.push_back(Since(s) * 1000);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  Latency lv = Percentiles(vigie_ms, vigie_hits), lp = Percentiles(plain_ms, plain_hits);
  std::printf("\nsearch, %zu two-word queries from titles, top 20 with snippets\n", vigie_ms.size());
  std::printf("%-16s %10s %10s %10s\n", "run", "p50 ms", "p99 ms", "hits");
  std::printf("%-16s %10.2f %10.2f %10zu\n", "vigie-store", lv.p50_ms, lv.p99_ms, lv.hits);
  std::printf("%-16s %10.2f %10.2f %10zu\n", "fts5-unicode61", lp.p50_ms, lp.p99_ms, lp.hits);
  for (const std::string& p : {vigie_db, plain_db, vigie_fts_db}) {
    vigie::bench::RemoveDatabase(p);
  }
  return 0;
}
