// Store: vigie's embedded store, one SQLite file (docs/store.md).
//
// It holds each document with its analysis (the JSON `vigie analyze` prints, and its events,
// categories and countries as rows to query), the inputs set aside as bad (quarantine), a log
// of ingest runs, and a full-text index per language bucket with the `vigie` tokenizer
// (store/fts_tokenizer.h).
//
// Durability: WAL journal, synchronous=NORMAL. A transaction once committed survives the
// process being killed at any point (kill -9); a power cut may lose the last transactions
// but never leaves a damaged file. Writers take the lock at BEGIN (IMMEDIATE) and wait up to
// Options::busy_timeout_ms for another writer; readers never block a writer.
//
// A Store is one connection: not thread-safe; use one per thread or process.
#ifndef VIGIE_STORE_STORE_H_
#define VIGIE_STORE_STORE_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "analyze/analysis.h"
#include "common/status.h"
#include "store/schema.h"
#include "stories/minhash.h"
#include "stories/stories.h"

namespace vigie {

namespace sql {
class Connection;
class Transaction;
}  // namespace sql

// Hash of a body as stored in documents.content_hash: two 64-bit hashes (32 hex digits) of the
// folded text (text/fold.h) with every run of white space made one space and the ends trimmed,
// so copies differing in case, accents, Arabic spelling variants or spacing are one content.
std::string ContentHash(std::string_view body);

struct IngestCounts {
  int64_t read = 0;        // documents and rejections met
  int64_t stored = 0;      // documents stored
  int64_t duplicates = 0;  // documents already stored (same id or same content)
  int64_t rejected = 0;    // inputs and documents set aside
};

inline constexpr int kDefaultSearchWindow = 2000;

struct SearchRequest {
  std::string match;  // an FTS5 expression, as TranslateQuery (store/query.h) writes it
  std::string lang, country, category;  // filters; empty: any
  std::string from, to;  // publication date bounds, ISO prefixes, inclusive; empty: open
  int limit = 20;
  // How many matches are ranked, per language bucket: the most recently stored `window`
  // matches that pass the filters (their rowids are the highest), or every match when 0. A
  // word common in a large archive matches hundreds of thousands of documents, and BM25 over
  // all of them costs time in proportion (docs/store.md#ranking-window).
  int window = kDefaultSearchWindow;
  std::string open_mark = "[", close_mark = "]";  // around matched terms in snippets
};

struct SearchHit {
  std::string doc_id, title, url, lang, published, snippet;
  double score = 0;  // bm25 made positive: higher is better
  std::vector<std::string> countries;   // best first
  std::vector<std::string> categories;  // best first
};

struct StoreStats {
  int64_t documents = 0, duplicates = 0, stories = 0, events = 0, quarantined = 0, ingest_runs = 0;
  std::vector<std::pair<std::string, int64_t>> by_lang, by_category, by_country;  // most first
  std::string first_published, last_published;  // empty when no document has a date
};

struct StoryFilter {
  std::string country, category, type, lang, from, to;  // empty: any
  bool security = false;  // only stories with a category of the taxonomy
  int limit = 50;
};

struct StoryRow {
  int64_t story = 0;
  std::string label;  // the first report's title (or first sentence)
  int64_t reports = 0, near_duplicates = 0;
  std::string first_seen, last_seen;  // publication times of its first and last reports
  std::string main_type;              // the first report's main event type
  std::vector<std::string> countries, categories, langs;
  // The story's main event as its most informative report tells it (the largest toll, else the
  // first report).
  std::string mode, source_name, target_name, place_name, country, date;
  std::optional<int64_t> fatalities;
};

// Someone who acts or undergoes in the stories of a period.
struct ActorRow {
  std::string entity, name, kind;
  int64_t stories = 0, events = 0;
};

struct EventFilter {
  std::string country, type, category, lang, from, to;  // empty: any
  int limit = 100;
};

struct EventRow {
  std::string doc_id, title, url, lang, published;
  int64_t seq = 0;
  std::string type, mode;
  std::string source_entity, source_name, source_kind, source_country;
  std::string target_entity, target_name, target_kind, target_country;
  std::string place_entity, place_name, country;
  std::optional<double> lat, lon;
  std::string date;
  std::optional<int64_t> fatalities, injured;
  bool main = false;
  double confidence = 0;
  std::string acled_event_type, acled_sub_event_type, cameo_root, rule;
};

struct QuarantineRow {
  int64_t id = 0;
  std::string origin, doc_id, reason, head, at;
};

class Store {
 public:
  enum class Create { kIfMissing, kNever };
  struct Options {
    Create create = Create::kIfMissing;
    int busy_timeout_ms = 10000;  // how long a writer waits for another one's lock
    // SQLite's page cache for this connection: keeps the unique indexes' random inserts in
    // memory as the database grows (SQLite's own default is 2 MiB).
    int64_t cache_bytes = int64_t{32} << 20;
    // WAL pages between automatic checkpoints (64 MiB of 8 KiB pages; SQLite's default is
    // 1,000): a batch's commit writes megabytes that the next batches rewrite, and checkpointing
    // after nearly every commit copied them for nothing (about 5% of the store step, store_bench).
    int checkpoint_pages = 8192;
    // Band keys that the recent level (in memory since schema version 9) gathers before a
    // commit writes them into doc_bands, in key order (the keys of about 8,000 documents, about
    // 8 MiB). Smaller: less memory, and more frequent merges into the large table.
    int64_t band_merge_rows = int64_t{1} << 18;
    // Page size of a database created by this open (an existing one keeps its own). Pages of
    // 8 KiB instead of SQLite's 4 KiB: a document row (its text and analysis, 6 KB on average)
    // spans fewer overflow pages, and the store step was 4% faster over the corpus for a
    // database 5% larger (docs/benchmarks.md).
    int page_size = 8192;
    // Migrate only up to this version (tests build older databases with it).
    int migrate_to = kSchemaVersion;
  };

  // Opens (or creates) the database at `path` and brings its schema to Options::migrate_to.
  // Errors: kNotFound (no file and Create::kNever), kIoError (cannot open, create or lock),
  // kInvalidInput (not a vigie database, damaged), kUnsupported (written by a newer vigie).
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const Options& options);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version() const { return version_; }
  const std::string& path() const { return path_; }

  // --- writing (vigie ingest) ---

  // Logs the start of an ingest run; returns its id.
  Result<int64_t> BeginRun(std::string_view inputs);
  // Opens a write transaction: the puts and quarantines that follow are kept or lost together.
  Status BeginBatch();
  // Records the run's counters and commits the batch.
  Status CommitBatch(int64_t run, const IngestCounts& counts);
  // Marks the run finished with its final counters (outside any batch).
  Status FinishRun(int64_t run, const IngestCounts& counts);

  // Whether a document with this id or this content hash is stored (visible to this
  // connection, so documents of the open batch count).
  Result<bool> Contains(std::string_view doc_id, std::string_view content_hash);

  enum class PutResult { kStored, kDuplicate };
  // Stores a document, its analysis JSON and the rows derived from it, and indexes its title
  // and body. A document whose id or content hash is already stored is left alone.
  Result<PutResult> Put(const Analysis& analysis, std::string_view analysis_json, std::string_view content_hash);

  // Sets an input aside: where it came from, its id when known, why, and its first bytes.
  Status Quarantine(std::string_view origin, std::string_view doc_id, std::string_view reason,
                    std::string_view head);

  // --- reading ---

  Result<int64_t> CountDocuments();
  Result<std::vector<SearchHit>> Search(const SearchRequest& request);
  Result<StoreStats> Stats();
  Result<std::vector<EventRow>> Events(const EventFilter& filter);
  Result<std::vector<QuarantineRow>> QuarantineList(int limit);
  // Stories, the most reported first (then the latest).
  Result<std::vector<StoryRow>> Stories(const StoryFilter& filter);
  // The actors of the stories published in [from, to] (ISO prefixes; empty: open), by stories.
  Result<std::vector<ActorRow>> TopActors(const std::string& from, const std::string& to, int limit);

  // PRAGMA integrity_check and FTS5's integrity-check of every full-text table: OK, or
  // kInvalidInput with the first problems found.
  Status CheckIntegrity();

 private:
  Store(std::unique_ptr<sql::Connection> db, std::string path);
  Status Setup(const Options& options);
  Status Migrate(int target);
  Status PutRows(int64_t doc, const Analysis& analysis);
  // Writes the recent level of the band index into doc_bands once it holds band_merge_rows_
  // keys (in the open batch, so the move commits with it or not at all).
  Status MergeBands();
  // Brings recent_ up to the database: the keys of the documents stored after
  // band_index.merged_through that it does not hold yet (another writer's, or an earlier
  // run's), all of them again when a merge happened elsewhere or recent_ was invalidated.
  Status SyncRecentBands();
  struct StoryChoice {
    int64_t story = 0;  // the document's story (created or grown)
    int64_t near = 0;   // the stored document it nearly duplicates, or 0
    MinHashSignature sig;
    std::array<int64_t, kBands> keys{};  // its LSH band keys (BandKeys(sig))
  };
  Result<StoryChoice> AssignStory(const Analysis& analysis);
  // A story's scored features and shown columns, as stored.
  struct StoredStory {
    bool scored = false;  // whether its features decoded
    StoryFeatures features;
    std::vector<std::string> countries, categories;
  };
  // The story's row, from stories_ while a batch is open (only this connection writes then),
  // else from the database; nullptr when there is no such story.
  Result<const StoredStory*> LoadStory(int64_t story);
  static StoredStory DecodeStory(std::string_view features, std::string_view countries,
                                 std::string_view categories);
  // Keeps what was just written to a story's row (as it reads back) while a batch is open.
  void RememberStory(int64_t story, const std::string& features, const std::string& countries,
                     const std::string& categories);

  std::unique_ptr<sql::Connection> db_;
  std::unique_ptr<sql::Transaction> batch_;
  // Stories read or written in the open batch, decoded: a busy country's week is compared with
  // every report of it. Emptied when a batch begins or ends.
  std::unordered_map<int64_t, StoredStory> stories_;
  StoredStory loaded_;  // LoadStory's answer outside a batch
  std::vector<int64_t> candidates_;
  std::string path_;
  int version_ = 0;
  int64_t band_merge_rows_ = 0;
  // The recent level of the band index (schema version 9): the band keys of the documents
  // after band_index.merged_through, in memory, as a chained hash table. Derived data: a
  // writer rebuilds it from doc_minhash whenever it may differ from the database.
  class RecentBands {
   public:
    void Clear();
    void Add(int64_t key, int64_t doc);
    // Appends the newest `limit` documents with band `key` to *docs, newest first.
    void Find(int64_t key, size_t limit, std::vector<int64_t>* docs) const;
    size_t size() const { return entries_.size(); }
    // Every (key, doc), in key order.
    std::vector<std::pair<int64_t, int64_t>> Sorted() const;

   private:
    struct Entry {
      int64_t key;
      int64_t doc;
      int32_t next;  // the previous entry of the same chain, or -1
    };
    void Rehash(size_t slots);
    std::vector<Entry> entries_;
    std::vector<int32_t> heads_;  // per slot (a power of two of them): the newest entry, or -1
  };
  RecentBands recent_;
  bool recent_valid_ = false;   // recent_ holds every key after merged_through_ up to recent_through_
  bool recent_synced_ = false;  // ...and was brought up to the database in the open batch
  int64_t merged_through_ = 0;  // band_index.merged_through when recent_ was filled
  int64_t recent_through_ = 0;  // the last document recent_ has seen
};

}  // namespace vigie

#endif  // VIGIE_STORE_STORE_H_
