// Search benchmark at scale: `vigie search`'s latency on a store of a million documents or more,
// beside plain SQLite FTS5 over the same texts.
//
// Build step (skipped when --db already holds a store, unless --rebuild): the corpus
// (../shared/corpus/news_bulk.jsonl.gz, 67,689 documents) is analysed once and stored
// --copies times (default 15: 1,015,335 documents) with Store::Put, exactly as `vigie ingest`
// stores documents (rows, events, categories, countries, full-text index, near-duplicates and
// stories). Copy k of a document gets the id "<id>~k", its publication year moved k years back
// (so date filters select slices of a 15-year archive), and a last line "(copy k)" so that its
// content hash differs; the copies are written oldest first, pass by pass, as an archive grows.
// The plain FTS5 peer (--plain, default on) is one unicode61 table of the same titles and
// bodies, built in the same run.
//
// Query step: --queries (default 1,000) queries drawn from the titles of random stored
// documents, of five shapes: one word, two words, a two-word phrase, "a OR b", and a word with
// a name-like capitalised word; each is run without filter and again with one filter taken from
// its source document (language, country, category, or a one-year date range), top 20 with
// snippets through Store::Search, as `vigie search` runs it (the newest matches of each language
// ranked, SearchRequest::window) and, for the first --compare queries (default 200), ranking
// every match (window 0), with the share of the latter's top 20 that the former also returns. Prints p50, p90, p99 and max
// per shape and overall, with and without filters, and the same queries (without filters) on
// plain FTS5 with bm25 and snippet.
//
//   build/bench/search_bench --db /tmp/search1m.db [--copies 15] [--queries 1000] [--rebuild]
//                            [--corpus PATH] [--no-plain] [--window N] [--compare N]
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "analyze/analysis_json.h"
#include "bench_sqlite.h"
#include "analyze/analyzer.h"
#include "common/data_dir.h"
#include "read/document_reader.h"
#include "store/query.h"
#include "store/store.h"
#include "text/utf8.h"

namespace {

using vigie::bench::Clock;
using vigie::bench::Exec;
using vigie::bench::Since;

// The publication date `years` years earlier, when it starts with a year; else unchanged.
std::string YearsBack(const std::string& published, int years) {
  if (published.size() < 4 || !std::all_of(published.begin(), published.begin() + 4, ::isdigit)) {
    return published;
  }
  return std::to_string(std::stoi(published.substr(0, 4)) - years) + published.substr(4);
}

// Analyses the corpus once and stores it `copies` times; also fills the plain FTS5 table.
bool Build(const std::string& corpus, const std::string& db_path, const std::string& plain_path, int copies,
           bool plain) {
  vigie::Result<std::string> data = vigie::FindDataDir("");
  if (!data.ok()) return false;
  auto analyzer = vigie::Analyzer::Create(*data, vigie::Analyzer::Options());
  if (!analyzer.ok()) return false;
  auto reader = vigie::DocumentReader::Open(corpus, vigie::ReadOptions());
  if (!reader.ok()) return false;
  std::vector<vigie::Analysis> analyses;
  vigie::ReadItem item;
  auto start = Clock::now();
  while ((*reader)->Next(&item)) {
    if (!item.ok) continue;
    vigie::Analysis a;
    if ((*analyzer)->Analyze(std::move(item.doc), &a).ok()) analyses.push_back(std::move(a));
  }
  std::printf("analysed %zu documents in %.0f s\n", analyses.size(), Since(start));
  std::fflush(stdout);

  vigie::bench::RemoveDatabase(db_path);
  auto store = vigie::Store::Open(db_path, vigie::Store::Options());
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return false;
  }
  vigie::AnalysisJsonWriter json;
  std::string json_text;
  size_t stored = 0;
  start = Clock::now();
  for (int k = copies - 1; k >= 0; --k) {
    if (!(*store)->BeginBatch().ok()) return false;
    size_t in_batch = 0;
    for (const vigie::Analysis& original : analyses) {
      vigie::Analysis a = original;
      if (k > 0) {
        a.doc.id += "~" + std::to_string(k);
        a.doc.published = YearsBack(a.doc.published, k);
        a.text += "\n\n(copy " + std::to_string(k) + ")";
      }
      json_text.clear();
      json.Write(a, vigie::AnalysisJsonOptions(), &json_text);
      std::string hash = vigie::ContentHash(std::string_view(a.text).substr(a.body_start));
      auto put = (*store)->Put(a, json_text, hash);
      if (!put.ok()) {
        std::fprintf(stderr, "%s\n", put.status().ToString().c_str());
        return false;
      }
      if (*put == vigie::Store::PutResult::kStored) ++stored;
      if (++in_batch == 1000) {
        if (!(*store)->CommitBatch(0, vigie::IngestCounts()).ok() || !(*store)->BeginBatch().ok()) return false;
        in_batch = 0;
      }
    }
    if (!(*store)->CommitBatch(0, vigie::IngestCounts()).ok()) return false;
    std::printf("  pass %d: %zu documents stored, %.0f documents/s\n", copies - k, stored,
                static_cast<double>(stored) / Since(start));
    std::fflush(stdout);
  }
  double store_seconds = Since(start);
  store->reset();

  double plain_seconds = 0;
  if (plain) {
    vigie::bench::RemoveDatabase(plain_path);
    sqlite3* db = nullptr;
    sqlite3_open(plain_path.c_str(), &db);
    Exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
    Exec(db, "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')");
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO fts(title, body) VALUES (?1, ?2)", -1, &s, nullptr);
    start = Clock::now();
    for (int k = copies - 1; k >= 0; --k) {
      Exec(db, "BEGIN");
      for (const vigie::Analysis& a : analyses) {
        std::string_view all(a.text);
        std::string_view title = a.body_start >= 2 ? all.substr(0, a.body_start - 2) : std::string_view();
        std::string body(all.substr(a.body_start));
        if (k > 0) body += "\n\n(copy " + std::to_string(k) + ")";
        sqlite3_bind_text(s, 1, title.data(), static_cast<int>(title.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, 2, body.data(), static_cast<int>(body.size()), SQLITE_STATIC);
        if (sqlite3_step(s) != SQLITE_DONE) std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(s);
      }
      Exec(db, "COMMIT");
    }
    plain_seconds = Since(start);
    sqlite3_finalize(s);
    Exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
  }
  {
    sqlite3* db = nullptr;
    sqlite3_open(db_path.c_str(), &db);
    Exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
  }
  double n = static_cast<double>(analyses.size()) * copies;
  std::printf("\nbuild, %.0f documents, one core\n%-16s %12s %10s %12s\n", n, "run", "documents/s", "seconds",
              "database GB");
  std::printf("%-16s %12.0f %10.0f %12.2f\n", "vigie-store", n / store_seconds, store_seconds, 1e-9 * vigie::bench::DatabaseBytes(db_path));
  if (plain) {
    std::printf("%-16s %12.0f %10.0f %12.2f\n", "fts5-unicode61", n / plain_seconds, plain_seconds,
                1e-9 * vigie::bench::DatabaseBytes(plain_path));
  }
  std::printf("(vigie-store: Store::Put only, the analysis is done once before and not timed)\n\n");
  return true;
}

struct Query {
  std::string shape, text;
  vigie::SearchRequest filter;  // the filter fields only
  std::string filter_kind;
};

// Words of a title worth searching: at least 4 characters (code points: counting bytes drew the
// Arabic two-letter function words في, من, على as often as content words), no query syntax.
std::vector<std::string> TitleWords(const std::string& title) {
  std::vector<std::string> words;
  std::string w;
  for (char c : title + " ") {
    if (c == ' ' || c == '\t' || c == '\n') {
      while (!w.empty() && std::string(",.:;!?'\"()[]").find(w.back()) != std::string::npos) w.pop_back();
      if (vigie::utf8::CountCodePoints(w) >= 4 && w.find_first_of("\"'():*^-,.[]|«»") == std::string::npos && w != "AND" && w != "OR") {
        words.push_back(w);
      }
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  return words;
}

std::vector<Query> MakeQueries(const std::string& db_path, size_t count) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* max = nullptr;
  sqlite3_prepare_v2(db, "SELECT max(doc) FROM documents", -1, &max, nullptr);
  sqlite3_step(max);
  int64_t top = sqlite3_column_int64(max, 0);
  sqlite3_finalize(max);
  sqlite3_stmt* doc = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT title, lang, substr(published, 1, 4), "
                     "(SELECT country FROM doc_countries c WHERE c.doc = d.doc ORDER BY score DESC LIMIT 1), "
                     "(SELECT category FROM categories k WHERE k.doc = d.doc ORDER BY score DESC LIMIT 1) "
                     "FROM documents d WHERE doc = ?1",
                     -1, &doc, nullptr);
  std::mt19937_64 rng(20261129);
  const char* shapes[] = {"word", "two-words", "phrase", "or", "word+name"};
  std::vector<Query> queries;
  auto text = [](sqlite3_stmt* s, int i) {
    const unsigned char* t = sqlite3_column_text(s, i);
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
  };
  while (queries.size() < count && top > 0) {
    sqlite3_bind_int64(doc, 1, static_cast<int64_t>(rng() % static_cast<uint64_t>(top)) + 1);
    if (sqlite3_step(doc) != SQLITE_ROW) {
      sqlite3_reset(doc);
      continue;
    }
    std::vector<std::string> words = TitleWords(text(doc, 0));
    Query q;
    q.shape = shapes[queries.size() % 5];
    size_t i = words.empty() ? 0 : rng() % words.size(), j = words.empty() ? 0 : rng() % words.size();
    if (words.size() < 2 || i == j) {
      sqlite3_reset(doc);
      continue;
    }
    if (q.shape == std::string("word")) {
      q.text = words[i];
    } else if (q.shape == std::string("two-words")) {
      q.text = words[i] + " " + words[j];
    } else if (q.shape == std::string("phrase")) {
      size_t a = std::min(i, words.size() - 2);
      q.text = "\"" + words[a] + " " + words[a + 1] + "\"";
    } else if (q.shape == std::string("or")) {
      q.text = words[i] + " OR " + words[j];
    } else {
      // A word and a capitalised word of the title (a name, most often).
      std::string name;
      for (const std::string& w : words) {
        if (w != words[i] && w[0] >= 'A' && w[0] <= 'Z') name = w;
      }
      q.text = words[i] + " " + (name.empty() ? words[j] : name);
    }
    // One filter from the source document, in turn.
    switch ((queries.size() / 5) % 4) {
      case 0:
        q.filter_kind = "lang";
        q.filter.lang = text(doc, 1);
        break;
      case 1:
        q.filter_kind = "country";
        q.filter.country = text(doc, 3);
        break;
      case 2:
        q.filter_kind = "category";
        q.filter.category = text(doc, 4);
        break;
      default:
        q.filter_kind = "year";
        q.filter.from = q.filter.to = text(doc, 2);
        break;
    }
    if (q.filter.lang.empty() && q.filter.country.empty() && q.filter.category.empty() && q.filter.from.empty()) {
      q.filter_kind = "lang";
      q.filter.lang = text(doc, 1);
    }
    sqlite3_reset(doc);
    queries.push_back(std::move(q));
  }
  sqlite3_finalize(doc);
  sqlite3_close(db);
  return queries;
}

struct Times {
  std::vector<double> ms;
  size_t hits = 0;
};

void PrintRow(const std::string& name, Times t) {
  std::sort(t.ms.begin(), t.ms.end());
  if (t.ms.empty()) return;
  auto at = [&](double p) { return t.ms[std::min(t.ms.size() - 1, static_cast<size_t>(p * t.ms.size()))]; };
  std::printf("%-36s %7zu %9.2f %9.2f %9.2f %9.2f %9.1f\n", name.c_str(), t.ms.size(), at(0.5), at(0.9), at(0.99),
              t.ms.back(), static_cast<double>(t.hits) / static_cast<double>(t.ms.size()));
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/corpus/news_bulk.jsonl.gz";
  std::string db_path = std::filesystem::temp_directory_path().string() + "/vigie_search_bench.db";
  int copies = 15;
  size_t count = 1000;
  bool rebuild = false, plain = true;
  size_t compare = 200;  // queries also run ranking every match
  int window = vigie::kDefaultSearchWindow;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) {
      corpus = argv[++i];
    } else if (a == "--db" && i + 1 < argc) {
      db_path = argv[++i];
    } else if (a == "--copies" && i + 1 < argc) {
      copies = std::max(1, std::stoi(argv[++i]));
    } else if (a == "--queries" && i + 1 < argc) {
      count = std::stoul(argv[++i]);
    } else if (a == "--rebuild") {
      rebuild = true;
    } else if (a == "--no-plain") {
      plain = false;
    } else if (a == "--window" && i + 1 < argc) {
      window = std::max(1, std::stoi(argv[++i]));
    } else if (a == "--compare" && i + 1 < argc) {
      compare = std::stoul(argv[++i]);
    } else {
      std::fprintf(stderr,
                   "usage: search_bench [--db PATH] [--copies N] [--queries N] [--rebuild] [--corpus PATH] "
                   "[--no-plain] [--window N] [--compare N]\n");
      return 1;
    }
  }
  std::string plain_path = db_path + ".plain";
  if (rebuild || !std::filesystem::exists(db_path)) {
    if (!std::filesystem::exists(corpus)) {
      std::printf("corpus %s absent: benchmark skipped\n", corpus.c_str());
      return 0;
    }
    if (!Build(corpus, db_path, plain_path, copies, plain)) return 1;
  }
  auto store = vigie::Store::Open(db_path, vigie::Store::Options());
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().ToString().c_str());
    return 1;
  }
  auto docs = (*store)->CountDocuments();
  std::vector<Query> queries = MakeQueries(db_path, count);
  std::printf("search: %lld documents, %zu queries, top 20 with snippets, window %d, one core\n",
              static_cast<long long>(docs.ok() ? *docs : 0), queries.size(), window);

  // Warm the page cache once over every query (a server's steady state), then time each query
  // as vigie search runs it (ranking the newest kDefaultSearchWindow matches of each bucket)
  // and ranking every match (window 0), with the overlap of their top 20.
  std::map<std::string, Times> rows;
  std::vector<std::pair<double, std::string>> slowest;  // the window's, to see what costs
  double overlap = 0;
  size_t compared = 0;
  for (int timed = 0; timed < 2; ++timed) {
    for (size_t qi = 0; qi < queries.size(); ++qi) {
      const Query& q = queries[qi];
      const bool exhaustive = qi < compare;
      auto match = vigie::TranslateQuery(q.text);
      if (!match.ok()) continue;
      for (int filtered = 0; filtered < 2; ++filtered) {
        std::vector<std::string> ids[2];
        for (int all = 0; all < (timed && exhaustive ? 2 : 1); ++all) {
          vigie::SearchRequest r = filtered ? q.filter : vigie::SearchRequest();
          r.match = *match;
          r.window = all ? 0 : window;
          auto s = Clock::now();
          auto hits = (*store)->Search(r);
          double ms = Since(s) * 1000;
          if (!hits.ok()) {
            std::fprintf(stderr, "%s: %s\n", q.text.c_str(), hits.status().ToString().c_str());
            continue;
          }
          for (const vigie::SearchHit& h : *hits) ids[all].push_back(h.doc_id);
          if (!timed) continue;
          if (!all) slowest.emplace_back(ms, q.text + (filtered ? " [" + q.filter_kind + "]" : ""));
          std::string mode = all ? "all matches: " : "window: ";
          for (const std::string& key : {mode + q.shape + (filtered ? " + filter" : ""),
                                         mode + (filtered ? "all, one filter" : "all, no filter"),
                                         filtered ? mode + "filter: " + q.filter_kind : std::string()}) {
            if (key.empty()) continue;
            rows[key].ms.push_back(ms);
            rows[key].hits += hits->size();
          }
        }
        if (timed && exhaustive && !ids[1].empty()) {
          size_t same = 0;
          for (const std::string& id : ids[1]) same += std::count(ids[0].begin(), ids[0].end(), id);
          overlap += static_cast<double>(same) / static_cast<double>(ids[1].size());
          ++compared;
        }
      }
    }
  }
  std::printf("%-36s %7s %9s %9s %9s %9s %9s\n", "vigie search", "queries", "p50 ms", "p90 ms", "p99 ms",
              "max ms", "hits");
  for (const auto& [name, t] : rows) PrintRow(name, t);
  std::sort(slowest.rbegin(), slowest.rend());
  std::printf("slowest (window):");
  for (size_t i = 0; i < std::min<size_t>(24, slowest.size()); ++i) {
    std::printf(" %.0f ms %s;", slowest[i].first, slowest[i].second.c_str());
  }
  std::printf("\n");
  if (compared > 0) {
    std::printf("top-20 overlap, window vs all matches: %.3f (mean over %zu queries with hits)\n",
                overlap / static_cast<double>(compared), compared);
  }

  if (plain && std::filesystem::exists(plain_path)) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(plain_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT rowid, bm25(fts, 4.0, 1.0) AS score, snippet(fts, -1, '[', ']', '…', 16) FROM fts "
                       "WHERE fts MATCH ?1 ORDER BY score LIMIT 20",
                       -1, &stmt, nullptr);
    Times plain_times;
    for (int timed = 0; timed < 2; ++timed) {
      for (const Query& q : queries) {
        auto match = vigie::TranslateQuery(q.text);
        if (!match.ok()) continue;
        auto s = Clock::now();
        size_t hits = 0;
        sqlite3_bind_text(stmt, 1, match->c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(stmt) == SQLITE_ROW) ++hits;
        sqlite3_reset(stmt);
        if (!timed) continue;
        plain_times.ms.push_back(Since(s) * 1000);
        plain_times.hits += hits;
      }
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    PrintRow("fts5-unicode61, no filter", plain_times);
  }
  return 0;
}
