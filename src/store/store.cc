#include "store/store.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>

#include "common/hash.h"
#include "common/strings.h"
#include "stories/minhash.h"
#include "stories/stories.h"
#include "store/facets.h"
#include "store/fts_rank.h"
#include "store/fts_tokenizer.h"
#include "store/signature_sql.h"
#include "store/sqlite.h"
#include "text/fold.h"

namespace vigie {

std::string ContentHash(std::string_view body) {
  std::string folded = FoldString(body);
  std::string norm;
  norm.reserve(folded.size());
  bool space = false;
  for (char c : folded) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !norm.empty()) norm.push_back(' ');
    space = false;
    norm.push_back(c);
  }
  return Hex64(Hash64(norm, 0)) + Hex64(Hash64(norm, 0x76696769));
}

Store::Store(std::unique_ptr<sql::Connection> db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const Options& options) {
  if (path.empty()) return Status::InvalidArgument("empty database path");
  struct stat st;
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return Status::IoError(path + " is a folder, not a database file");
  if (!exists && options.create == Create::kNever) {
    return Status::NotFound("no database at " + path + " (vigie ingest creates one)");
  }
  if (options.migrate_to < 1 || options.migrate_to > kSchemaVersion) {
    return Status::InvalidArgument("cannot migrate to schema version " + std::to_string(options.migrate_to));
  }
  Result<std::unique_ptr<sql::Connection>> db = sql::Connection::Open(
      path, options.create == Create::kNever ? sql::OpenMode::kReadWrite : sql::OpenMode::kReadWriteCreate);
  if (!db.ok()) return db.status();
  std::unique_ptr<Store> store(new Store(std::move(*db), path));
  VIGIE_RETURN_IF_ERROR(store->Setup(options));
  return store;
}

Status Store::Setup(const Options& options) {
  sqlite3_busy_timeout(db_->raw(), options.busy_timeout_ms);
  VIGIE_RETURN_IF_ERROR(RegisterVigieTokenizer(db_->raw()));
  VIGIE_RETURN_IF_ERROR(RegisterVigieRank(db_->raw()));
  VIGIE_RETURN_IF_ERROR(RegisterFacetFunction(db_->raw()));
  VIGIE_RETURN_IF_ERROR(RegisterSignatureFunctions(db_->raw()));
  // The first read of the file: where a file that is not SQLite shows itself.
  Result<int64_t> version = db_->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  Result<int64_t> app = db_->QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status();
  if (*version == 0) {
    Result<int64_t> objects = db_->QueryInt("SELECT count(*) FROM sqlite_schema");
    if (!objects.ok()) return objects.status();
    if (*objects > 0) {
      return Status::InvalidInput(path_ + " is an SQLite database of another program, not a vigie database");
    }
  } else if (*app != kApplicationId) {
    return Status::InvalidInput(path_ + " is an SQLite database of another program, not a vigie database");
  }
  if (*version > kSchemaVersion) {
    return Status::Unsupported(path_ + " has schema version " + std::to_string(*version) +
                               ", newer than this vigie knows (" + std::to_string(kSchemaVersion) +
                               "): it was written by a newer vigie; use that one or a newer one");
  }
  version_ = static_cast<int>(*version);
  // The page size of a new file, before its first table (PRAGMAs take no parameters: the
  // option is an integer, and SQLite ignores a size that is not a power of two it accepts).
  if (version_ == 0) VIGIE_RETURN_IF_ERROR(db_->Exec("PRAGMA page_size = " + std::to_string(options.page_size)));
  // WAL is a property of the file: set once, kept by every later connection.
  Result<sql::Statement*> wal = db_->Prepare("PRAGMA journal_mode = WAL");
  if (!wal.ok()) return wal.status();
  Status status;
  if (!(*wal)->Step(&status)) return status.ok() ? Status::Internal("PRAGMA journal_mode returned nothing") : status;
  std::string mode = (*wal)->String(0);
  (*wal)->Reset();
  if (mode != "wal") return Status::IoError(path_ + ": cannot use the WAL journal (journal mode is " + mode + ")");
  // PRAGMAs take no parameters: the cache size is an integer of the options (negative: KiB).
  int64_t cache_kib = std::max<int64_t>(options.cache_bytes >> 10, 64);
  VIGIE_RETURN_IF_ERROR(db_->Exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = " +
                                  std::to_string(std::max(options.checkpoint_pages, 1)) + "; PRAGMA cache_size = -" +
                                  std::to_string(cache_kib)));
  if (version_ < options.migrate_to) VIGIE_RETURN_IF_ERROR(Migrate(options.migrate_to));
  band_merge_rows_ = std::max<int64_t>(options.band_merge_rows, 1);
  return Status::Ok();
}

Status Store::Migrate(int target) {
  Result<std::unique_ptr<sql::Transaction>> tx = sql::Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  // Another process may have migrated between our first look and the lock.
  Result<int64_t> version = db_->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (*version > kSchemaVersion) return Status::Unsupported(path_ + " was upgraded by a newer vigie meanwhile");
  for (const Migration& m : Migrations()) {
    if (m.version <= *version || m.version > target) continue;
    Status status = db_->Exec(std::string(m.sql));
    if (!status.ok()) {
      return Status(status.code(), "migration to schema version " + std::to_string(m.version) + " (" +
                                       std::string(m.what) + ") failed: " + status.message());
    }
  }
  // PRAGMAs take no parameters; both values are the code's own integers.
  VIGIE_RETURN_IF_ERROR(db_->Exec("PRAGMA user_version = " + std::to_string(target) +
                                  "; PRAGMA application_id = " + std::to_string(kApplicationId)));
  VIGIE_RETURN_IF_ERROR((*tx)->Commit());
  version_ = std::max<int>(target, static_cast<int>(*version));
  return Status::Ok();
}

Result<int64_t> Store::BeginRun(std::string_view inputs) {
  Result<sql::Statement*> stmt = db_->Prepare(
      "INSERT INTO ingest_runs(started_at, inputs) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1)");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->Bind(1, inputs);
  VIGIE_RETURN_IF_ERROR((*stmt)->Run());
  return db_->LastInsertRowid();
}

Status Store::BeginBatch() {
  if (batch_) return Status::Internal("a batch is already open");
  Result<std::unique_ptr<sql::Transaction>> tx = sql::Transaction::Begin(db_.get());
  if (!tx.ok()) return tx.status();
  batch_ = std::move(*tx);
  stories_.clear();
  recent_synced_ = false;  // another writer may have stored documents since the last batch
  return Status::Ok();
}

namespace {
Status UpdateRun(sql::Connection* db, int64_t run, const IngestCounts& c, bool finished) {
  Result<sql::Statement*> stmt = db->Prepare(
      finished ? "UPDATE ingest_runs SET read = ?2, stored = ?3, duplicates = ?4, rejected = ?5, "
                 "finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE run = ?1"
               : "UPDATE ingest_runs SET read = ?2, stored = ?3, duplicates = ?4, rejected = ?5 WHERE run = ?1");
  if (!stmt.ok()) return stmt.status();
  sql::Statement* s = *stmt;
  s->Bind(1, run);
  s->Bind(2, c.read);
  s->Bind(3, c.stored);
  s->Bind(4, c.duplicates);
  s->Bind(5, c.rejected);
  return s->Run();
}
}  // namespace

namespace {
// Inserts (key, doc) pairs into doc_bands, in the order given.
Status InsertBands(sql::Connection* db, const std::vector<std::pair<int64_t, int64_t>>& bands) {
  Result<sql::Statement*> insert = db->Prepare("INSERT OR IGNORE INTO doc_bands(key, doc) VALUES (?1, ?2)");
  if (!insert.ok()) return insert.status();
  for (const auto& [key, doc] : bands) {
    (*insert)->Reset();
    (*insert)->Bind(1, key);
    (*insert)->Bind(2, doc);
    VIGIE_RETURN_IF_ERROR((*insert)->Run());
  }
  return Status::Ok();
}
}  // namespace

Status Store::CommitBatch(int64_t run, const IngestCounts& counts) {
  if (!batch_) return Status::Internal("no batch is open");
  Status status = UpdateRun(db_.get(), run, counts, false);
  if (status.ok()) status = MergeBands();
  if (status.ok()) status = batch_->Commit();
  batch_.reset();  // rolls back when the commit failed
  stories_.clear();
  recent_synced_ = false;
  if (!status.ok()) recent_valid_ = false;  // its documents, or the merge, were rolled back
  return status;
}

Status Store::MergeBands() {
  // Only keys brought up to the database in this batch (a batch that stored nothing has not
  // looked at what other writers did).
  if (version_ < 9 || !recent_synced_ || recent_.size() < static_cast<size_t>(band_merge_rows_)) {
    return Status::Ok();
  }
  // In key order, so that doc_bands is written page after page.
  VIGIE_RETURN_IF_ERROR(InsertBands(db_.get(), recent_.Sorted()));
  Result<sql::Statement*> through = db_->Prepare("UPDATE band_index SET merged_through = ?1");
  if (!through.ok()) return through.status();
  (*through)->Bind(1, recent_through_);
  VIGIE_RETURN_IF_ERROR((*through)->Run());
  recent_.Clear();
  merged_through_ = recent_through_;
  return Status::Ok();
}

Status Store::SyncRecentBands() {
  Result<int64_t> merged = db_->QueryInt("SELECT merged_through FROM band_index");
  if (!merged.ok()) return merged.status();
  if (!recent_valid_ || *merged != merged_through_) {
    recent_.Clear();
    merged_through_ = *merged;
    recent_through_ = *merged;
    recent_valid_ = true;
  }
  Result<sql::Statement*> newer =
      db_->Prepare("SELECT doc, signature FROM doc_minhash WHERE doc > ?1 ORDER BY doc");
  if (!newer.ok()) return newer.status();
  (*newer)->Bind(1, recent_through_);
  Status st;
  MinHashSignature sig;
  while ((*newer)->Step(&st)) {
    const int64_t doc = (*newer)->Int(0);
    if (DecodeSignature((*newer)->Blob(1), &sig) && sig.shingles > 0) {
      for (int64_t key : BandKeys(sig)) recent_.Add(key, doc);
    }
    recent_through_ = doc;
  }
  (*newer)->Reset();
  if (!st.ok()) {
    recent_valid_ = false;
    return st;
  }
  recent_synced_ = batch_ != nullptr;
  return Status::Ok();
}

void Store::RecentBands::Clear() {
  entries_.clear();
  std::fill(heads_.begin(), heads_.end(), -1);
}

void Store::RecentBands::Rehash(size_t slots) {
  heads_.assign(slots, -1);
  const size_t mask = slots - 1;
  for (size_t i = 0; i < entries_.size(); ++i) {
    int32_t& head = heads_[static_cast<uint64_t>(entries_[i].key) & mask];
    entries_[i].next = head;
    head = static_cast<int32_t>(i);
  }
}

void Store::RecentBands::Add(int64_t key, int64_t doc) {
  entries_.push_back(Entry{key, doc, -1});
  if (entries_.size() * 2 > heads_.size()) {
    Rehash(std::max<size_t>(heads_.size() * 2, 1024));  // links the new entry too
    return;
  }
  int32_t& head = heads_[static_cast<uint64_t>(key) & (heads_.size() - 1)];
  entries_.back().next = head;
  head = static_cast<int32_t>(entries_.size() - 1);
}

void Store::RecentBands::Find(int64_t key, size_t limit, std::vector<int64_t>* docs) const {
  if (heads_.empty()) return;
  size_t found = 0;
  for (int32_t i = heads_[static_cast<uint64_t>(key) & (heads_.size() - 1)]; i >= 0 && found < limit;
       i = entries_[i].next) {
    if (entries_[i].key != key) continue;
    docs->push_back(entries_[i].doc);
    ++found;
  }
}

std::vector<std::pair<int64_t, int64_t>> Store::RecentBands::Sorted() const {
  std::vector<std::pair<int64_t, int64_t>> out;
  out.reserve(entries_.size());
  for (const Entry& e : entries_) out.emplace_back(e.key, e.doc);
  std::sort(out.begin(), out.end());
  return out;
}

Status Store::FinishRun(int64_t run, const IngestCounts& counts) {
  if (batch_) return Status::Internal("a batch is still open");
  return UpdateRun(db_.get(), run, counts, true);
}

Result<bool> Store::Contains(std::string_view doc_id, std::string_view content_hash) {
  Result<sql::Statement*> stmt = db_->Prepare(
      "SELECT EXISTS (SELECT 1 FROM documents WHERE doc_id = ?1) OR "
      "EXISTS (SELECT 1 FROM documents WHERE content_hash = ?2)");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->Bind(1, doc_id);
  (*stmt)->Bind(2, content_hash);
  Status status;
  if (!(*stmt)->Step(&status)) return status.ok() ? Status::Internal("no row") : status;
  bool found = (*stmt)->Int(0) != 0;
  (*stmt)->Reset();
  return found;
}

namespace {
std::string_view Title(const Analysis& a) {
  if (a.body_start < 2) return {};
  return std::string_view(a.text).substr(0, a.body_start - 2);
}
std::string_view Body(const Analysis& a) { return std::string_view(a.text).substr(a.body_start); }

// A story's label: its first report's title, else the first sentence of its body (without the
// dateline), at most about 120 bytes cut at a word.
std::string StoryLabel(const Analysis& a) {
  std::string_view title = Title(a);
  if (!title.empty()) return std::string(title);
  uint32_t start = a.body_start, end = static_cast<uint32_t>(a.text.size());
  if (a.dateline) start = std::max(start, a.dateline->whole.end);
  for (const SentenceSpan& s : a.sentences) {
    if (s.span.end > start) {
      end = s.span.end;
      break;
    }
  }
  std::string_view text = std::string_view(a.text).substr(start, end - start);
  while (!text.empty() && (text.front() == ' ' || text.front() == '-' || text.front() == '\n')) text.remove_prefix(1);
  if (text.size() > 120) {
    size_t cut = text.rfind(' ', 120);
    text = text.substr(0, cut == std::string_view::npos ? 120 : cut);
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.remove_suffix(1);
    return std::string(text) + "…";
  }
  return std::string(text);
}

const Place* FindPlace(const Analysis& a, const std::string& entity) {
  if (entity.empty()) return nullptr;
  for (const Place& p : a.places) {
    if (p.entity == entity) return &p;
  }
  return nullptr;
}
}  // namespace

Result<Store::PutResult> Store::Put(const Analysis& a, std::string_view analysis_json, std::string_view content_hash) {
  // The duplicate check first: the story is decided, and its rows written, before the document
  // row, which then carries its story from the start. Setting it afterwards rewrote the whole
  // row (text and analysis, most of the database's bytes) a second time.
  Result<bool> known = Contains(a.doc.id, content_hash);
  if (!known.ok()) return known.status();
  if (*known) return PutResult::kDuplicate;
  Result<StoryChoice> choice = AssignStory(a);
  if (!choice.ok()) return choice.status();
  std::string_view bucket = FtsBucketFor(a.lang.code);
  Result<sql::Statement*> stmt = db_->Prepare(
      "INSERT INTO documents(doc_id, content_hash, url, source, title, lang, fts_bucket, published, ingested_at, "
      "origin, body, analysis, story, near_duplicate_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
      "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?9, ?10, ?11, ?12, ?13)");
  if (!stmt.ok()) return stmt.status();
  sql::Statement* s = *stmt;
  s->Bind(1, a.doc.id);
  s->Bind(2, content_hash);
  s->BindTextOrNull(3, a.doc.url);
  s->BindTextOrNull(4, a.doc.source);
  s->Bind(5, Title(a));
  s->Bind(6, a.lang.code);
  s->Bind(7, bucket);
  s->BindTextOrNull(8, a.doc.published);
  s->BindTextOrNull(9, a.doc.origin);
  s->Bind(10, Body(a));
  s->Bind(11, analysis_json);
  s->Bind(12, choice->story);
  if (choice->near != 0) s->Bind(13, choice->near);
  VIGIE_RETURN_IF_ERROR(s->Run());
  int64_t doc = db_->LastInsertRowid();
  std::vector<std::string> countries, categories;
  for (const CountryScore& c : a.countries) countries.push_back(c.code);
  for (const Category& c : a.categories) categories.push_back(c.id);
  const std::string facets = FacetText(a.lang.code, a.doc.published, countries, categories);
  Result<sql::Statement*> meta =
      db_->Prepare("INSERT INTO doc_meta(doc, lang, published, facets) VALUES (?1, ?2, ?3, ?4)");
  if (!meta.ok()) return meta.status();
  (*meta)->Bind(1, doc);
  (*meta)->Bind(2, a.lang.code);
  (*meta)->BindTextOrNull(3, a.doc.published);
  (*meta)->Bind(4, facets);
  VIGIE_RETURN_IF_ERROR((*meta)->Run());
  // The table name comes from the fixed bucket list (schema.h), never from input.
  Result<sql::Statement*> fts =
      db_->Prepare("INSERT INTO fts_" + std::string(bucket) + "(rowid, title, body, facets) VALUES (?1, ?2, ?3, ?4)");
  if (!fts.ok()) return fts.status();
  (*fts)->Bind(1, doc);
  (*fts)->Bind(2, Title(a));
  (*fts)->Bind(3, Body(a));
  (*fts)->Bind(4, facets);
  {
    // The analysis's tokens, so that the full-text tokenizer does not split the texts again.
    PretokenizedScope pretokenized;
    const DecimalMark mark = DecimalMarkFor(a.lang.code);
    const std::span<const Token> tokens(a.tokens);
    const auto body = std::lower_bound(tokens.begin(), tokens.end(), a.body_start,
                                       [](const Token& t, uint32_t at) { return t.start < at; });
    pretokenized.Add(Title(a), std::span<const Token>(tokens.begin(), body), 0, mark);
    pretokenized.Add(Body(a), std::span<const Token>(body, tokens.end()), a.body_start, mark);
    VIGIE_RETURN_IF_ERROR((*fts)->Run());
  }
  VIGIE_RETURN_IF_ERROR(PutRows(doc, a));
  // The signature and band keys, for the near-duplicates of documents to come.
  if (choice->sig.shingles > 0 && version_ < 9) {
    // Before schema version 9, straight into doc_bands (a version-8 database written at
    // version 8, as only tests do, leaves doc_bands_recent aside).
    std::vector<std::pair<int64_t, int64_t>> bands;
    for (int64_t key : choice->keys) bands.emplace_back(key, doc);
    VIGIE_RETURN_IF_ERROR(InsertBands(db_.get(), bands));
  }
  Result<sql::Statement*> put_sig = db_->Prepare("INSERT INTO doc_minhash(doc, signature) VALUES (?1, ?2)");
  if (!put_sig.ok()) return put_sig.status();
  (*put_sig)->Bind(1, doc);
  (*put_sig)->BindBlob(2, EncodeSignature(choice->sig));
  VIGIE_RETURN_IF_ERROR((*put_sig)->Run());
  // Schema version 9: the keys go to the recent level, in memory (SyncRecentBands filled it in
  // AssignStory), which MergeBands writes into doc_bands.
  if (version_ >= 9 && recent_synced_) {
    if (choice->sig.shingles > 0) {
      for (int64_t key : choice->keys) recent_.Add(key, doc);
    }
    recent_through_ = doc;
  }
  return PutResult::kStored;
}

// How many stored documents sharing a band with a new one are compared with it (the latest).
constexpr int kMaxNearCandidates = 256;

// The near-duplicate or story of a new document (schema version 3, docs/store.md#stories): the
// story's row is created or updated here; the document's rows are the caller's.
Result<Store::StoryChoice> Store::AssignStory(const Analysis& a) {
  const std::string_view folded = a.folded.text;
  const size_t body = a.body_start < a.folded.from_orig.size() ? a.folded.from_orig[a.body_start] : 0;
  const MinHashSignature sig = ComputeMinHash(folded.substr(std::min(body, folded.size())));
  const std::array<int64_t, kBands> keys = BandKeys(sig);
  // A near-duplicate already stored: the same band somewhere, then the signatures compared.
  int64_t near = 0, story = 0;
  if (sig.shingles > 0) {
    // Each band key looked up on its own, in the band table's key order: one `key IN (...)`
    // list, with DISTINCT, made SQLite build and zero two temporary tables a document.
    // Both levels of the band index (schema version 9): the recent one in memory, then
    // doc_bands.
    candidates_.clear();
    if (version_ >= 9) {
      if (!recent_synced_) VIGIE_RETURN_IF_ERROR(SyncRecentBands());
      for (int64_t key : keys) recent_.Find(key, kMaxNearCandidates, &candidates_);
    }
    Status st;
    static const std::string kMates =
        "SELECT doc FROM doc_bands WHERE key = ?1 ORDER BY doc DESC LIMIT " + std::to_string(kMaxNearCandidates);
    Result<sql::Statement*> mates = db_->Prepare(kMates);
    if (!mates.ok()) return mates.status();
    for (int64_t key : keys) {
      (*mates)->Reset();
      (*mates)->Bind(1, key);
      while ((*mates)->Step(&st)) candidates_.push_back((*mates)->Int(0));
      VIGIE_RETURN_IF_ERROR(st);
    }
    // The latest kMaxNearCandidates documents sharing a band: a story copied by hundreds of
    // sites has hundreds of band-mates, and comparing each new copy with all of them made
    // storing the copies quadratic.
    std::sort(candidates_.begin(), candidates_.end(), std::greater<>());
    candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
    if (candidates_.size() > static_cast<size_t>(kMaxNearCandidates)) candidates_.resize(kMaxNearCandidates);
    Result<sql::Statement*> cand = db_->Prepare(
        "SELECT m.signature, d.story FROM doc_minhash m JOIN documents d ON d.doc = m.doc WHERE m.doc = ?1");
    if (!cand.ok()) return cand.status();
    double best = kNearDuplicate;
    for (int64_t doc : candidates_) {
      (*cand)->Reset();
      (*cand)->Bind(1, doc);
      MinHashSignature other;
      if ((*cand)->Step(&st) && DecodeSignature((*cand)->Blob(0), &other)) {
        const double j = EstimatedJaccard(sig, other);
        if (j >= best) {
          best = j;
          near = doc;
          story = (*cand)->IsNull(1) ? 0 : (*cand)->Int(1);
        }
      }
      VIGIE_RETURN_IF_ERROR(st);
    }
  }

  // Else the story within reach that the report fits best.
  const StoryFeatures report = FeaturesOf(a);
  StoryFeatures merged;
  std::vector<std::string> shown_countries, shown_categories;  // the story's columns
  if (story == 0 && report.day >= 0 && !report.main_type.empty() && !report.countries.empty()) {
    // Only stories that share a focus country and start within reach (story_keys, read from
    // its key alone), so the cost stays flat however many stories a busy week holds.
    Result<sql::Statement*> keyed =
        db_->Prepare("SELECT story FROM story_keys WHERE country = ?1 AND day BETWEEN ?2 AND ?3");
    if (!keyed.ok()) return keyed.status();
    candidates_.clear();
    Status st;
    for (const std::string& country : report.countries) {
      (*keyed)->Reset();
      (*keyed)->Bind(1, country);
      (*keyed)->Bind(2, report.day - kStoryDays);
      (*keyed)->Bind(3, report.day + kStoryDays);
      while ((*keyed)->Step(&st)) candidates_.push_back((*keyed)->Int(0));
      VIGIE_RETURN_IF_ERROR(st);
    }
    std::sort(candidates_.begin(), candidates_.end());
    candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
    double best = kSameStory;
    for (int64_t id : candidates_) {
      Result<const StoredStory*> stored = LoadStory(id);
      if (!stored.ok()) return stored.status();
      if (*stored == nullptr || !(*stored)->scored) continue;
      const double score = StoryScore((*stored)->features, report);
      if (score >= best) {
        best = score;
        story = id;
        merged = (*stored)->features;
        shown_countries = (*stored)->countries;
        shown_categories = (*stored)->categories;
      }
    }
  } else if (story != 0) {
    Result<const StoredStory*> stored = LoadStory(story);
    if (!stored.ok()) return stored.status();
    if (*stored != nullptr) {
      merged = (*stored)->features;
      shown_countries = (*stored)->countries;
      shown_categories = (*stored)->categories;
    }
  }
  if (story == 0) {
    Result<sql::Statement*> add = db_->Prepare(
        "INSERT INTO stories(label, first_seen, last_seen, reports, first_day, last_day, main_type, countries, "
        "categories, features) VALUES (?1, ?2, ?2, 1, ?3, ?3, ?4, ?5, ?6, ?7)");
    if (!add.ok()) return add.status();
    (*add)->Bind(1, StoryLabel(a));
    (*add)->BindTextOrNull(2, a.doc.published);
    if (report.day >= 0) (*add)->Bind(3, report.day);
    (*add)->BindTextOrNull(4, report.main_type);
    const std::string features = EncodeFeatures(report), countries = Join(report.countries, ','),
                      categories = Join(report.categories, ',');
    (*add)->BindTextOrNull(5, countries);
    (*add)->BindTextOrNull(6, categories);
    (*add)->Bind(7, features);
    VIGIE_RETURN_IF_ERROR((*add)->Run());
    story = db_->LastInsertRowid();
    RememberStory(story, features, countries, categories);
    if (report.day >= 0 && !report.main_type.empty()) {
      Result<sql::Statement*> key = db_->Prepare("INSERT OR IGNORE INTO story_keys(country, day, story) VALUES (?1, ?2, ?3)");
      if (!key.ok()) return key.status();
      for (const std::string& country : report.countries) {
        (*key)->Reset();
        (*key)->Bind(1, country);
        (*key)->Bind(2, report.day);
        (*key)->Bind(3, story);
        VIGIE_RETURN_IF_ERROR((*key)->Run());
      }
    }
  } else {
    // The columns shown list every report's countries and categories; the features scored
    // against stay the first report's (MergeFeatures).
    StoryFeatures shown;
    shown.countries = shown_countries;
    shown.categories = shown_categories;
    for (const auto& [from, into] : {std::pair{&report.countries, &shown.countries},
                                     std::pair{&report.categories, &shown.categories}}) {
      for (const std::string& x : *from) {
        if (std::find(into->begin(), into->end(), x) == into->end()) into->push_back(x);
      }
      std::sort(into->begin(), into->end());
    }
    MergeFeatures(report, &merged);
    Result<sql::Statement*> grow = db_->Prepare(
        "UPDATE stories SET reports = reports + 1, "
        "first_seen = CASE WHEN ?2 IS NOT NULL AND (first_seen IS NULL OR ?2 < first_seen) THEN ?2 ELSE first_seen END, "
        "last_seen = CASE WHEN ?2 IS NOT NULL AND (last_seen IS NULL OR ?2 > last_seen) THEN ?2 ELSE last_seen END, "
        "first_day = CASE WHEN ?3 IS NOT NULL AND (first_day IS NULL OR ?3 < first_day) THEN ?3 ELSE first_day END, "
        "last_day = CASE WHEN ?3 IS NOT NULL AND (last_day IS NULL OR ?3 > last_day) THEN ?3 ELSE last_day END, "
        "main_type = COALESCE(main_type, ?4), countries = ?5, categories = ?6, features = ?7 WHERE story = ?1");
    if (!grow.ok()) return grow.status();
    (*grow)->Bind(1, story);
    (*grow)->BindTextOrNull(2, a.doc.published);
    if (report.day >= 0) (*grow)->Bind(3, report.day);
    (*grow)->BindTextOrNull(4, merged.main_type);
    const std::string features = EncodeFeatures(merged), countries = Join(shown.countries, ','),
                      categories = Join(shown.categories, ',');
    (*grow)->BindTextOrNull(5, countries);
    (*grow)->BindTextOrNull(6, categories);
    (*grow)->Bind(7, features);
    VIGIE_RETURN_IF_ERROR((*grow)->Run());
    RememberStory(story, features, countries, categories);
  }
  return StoryChoice{story, near, sig, keys};
}

Store::StoredStory Store::DecodeStory(std::string_view features, std::string_view countries,
                                      std::string_view categories) {
  StoredStory s;
  s.scored = DecodeFeatures(features, &s.features);
  s.countries = SplitToStrings(countries, ',');
  s.categories = SplitToStrings(categories, ',');
  return s;
}

Result<const Store::StoredStory*> Store::LoadStory(int64_t story) {
  if (batch_) {
    auto it = stories_.find(story);
    if (it != stories_.end()) return &it->second;
  }
  Result<sql::Statement*> one = db_->Prepare("SELECT features, countries, categories FROM stories WHERE story = ?1");
  if (!one.ok()) return one.status();
  (*one)->Reset();
  (*one)->Bind(1, story);
  Status st;
  if (!(*one)->Step(&st)) {
    VIGIE_RETURN_IF_ERROR(st);
    return nullptr;
  }
  StoredStory& out = batch_ ? stories_[story] : loaded_;
  out = DecodeStory((*one)->Text(0), (*one)->Text(1), (*one)->Text(2));
  (*one)->Reset();
  return &out;
}

void Store::RememberStory(int64_t story, const std::string& features, const std::string& countries,
                          const std::string& categories) {
  if (batch_) stories_[story] = DecodeStory(features, countries, categories);
}

Status Store::PutRows(int64_t doc, const Analysis& a) {
  Result<sql::Statement*> ev = db_->Prepare(
      "INSERT INTO events(doc, seq, type, mode, source_entity, source_name, source_kind, source_country, "
      "target_entity, target_name, target_kind, target_country, place_entity, place_name, country, lat, lon, date, "
      "fatalities, injured, main, confidence, acled_event_type, acled_sub_event_type, cameo_root, rule, background) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
      "?23, ?24, ?25, ?26, ?27)");
  if (!ev.ok()) return ev.status();
  int64_t seq = 0;
  for (const Event& e : a.events) {
    sql::Statement* s = *ev;
    s->Reset();
    s->Bind(1, doc);
    s->Bind(2, seq++);
    s->Bind(3, e.type);
    s->BindTextOrNull(4, e.mode);
    if (e.has_source) {
      s->BindTextOrNull(5, e.source.entity);
      s->BindTextOrNull(6, e.source.name);
      s->BindTextOrNull(7, e.source.kind);
      s->BindTextOrNull(8, e.source.country);
    }
    if (e.has_target) {
      s->BindTextOrNull(9, e.target.entity);
      s->BindTextOrNull(10, e.target.name);
      s->BindTextOrNull(11, e.target.kind);
      s->BindTextOrNull(12, e.target.country);
    }
    s->BindTextOrNull(13, e.place);
    if (const Place* p = FindPlace(a, e.place)) {
      s->BindTextOrNull(14, p->name);
      s->BindTextOrNull(15, p->country);
      s->Bind(16, p->lat);
      s->Bind(17, p->lon);
    } else if (!a.countries.empty()) {
      s->Bind(15, a.countries.front().code);  // no place: the story's first country
    }
    s->BindTextOrNull(18, e.date);
    if (e.fatalities >= 0) s->Bind(19, static_cast<int64_t>(e.fatalities));
    if (e.injured >= 0) s->Bind(20, static_cast<int64_t>(e.injured));
    s->Bind(21, static_cast<int64_t>(e.main ? 1 : 0));
    s->Bind(22, e.confidence);
    s->BindTextOrNull(23, e.acled_event_type);
    s->BindTextOrNull(24, e.acled_sub_event_type);
    s->BindTextOrNull(25, e.cameo_root);
    s->BindTextOrNull(26, e.rule);
    s->Bind(27, static_cast<int64_t>(e.background ? 1 : 0));
    VIGIE_RETURN_IF_ERROR(s->Run());
  }
  Result<sql::Statement*> cat = db_->Prepare("INSERT INTO categories(doc, category, score) VALUES (?1, ?2, ?3)");
  if (!cat.ok()) return cat.status();
  for (const Category& c : a.categories) {
    (*cat)->Reset();
    (*cat)->Bind(1, doc);
    (*cat)->Bind(2, c.id);
    (*cat)->Bind(3, c.score);
    VIGIE_RETURN_IF_ERROR((*cat)->Run());
  }
  Result<sql::Statement*> country =
      db_->Prepare("INSERT INTO doc_countries(doc, country, score, focus) VALUES (?1, ?2, ?3, ?4)");
  if (!country.ok()) return country.status();
  for (const CountryScore& c : a.countries) {
    (*country)->Reset();
    (*country)->Bind(1, doc);
    (*country)->Bind(2, c.code);
    (*country)->Bind(3, c.score);
    (*country)->Bind(4, static_cast<int64_t>(c.focus ? 1 : 0));
    VIGIE_RETURN_IF_ERROR((*country)->Run());
  }
  return Status::Ok();
}

Status Store::Quarantine(std::string_view origin, std::string_view doc_id, std::string_view reason,
                         std::string_view head) {
  Result<sql::Statement*> stmt = db_->Prepare(
      "INSERT INTO quarantine(origin, doc_id, reason, head, at) VALUES (?1, ?2, ?3, ?4, "
      "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->Bind(1, origin);
  (*stmt)->BindTextOrNull(2, doc_id);
  (*stmt)->Bind(3, reason);
  if (head.empty()) {
    (*stmt)->BindNull(4);
  } else {
    (*stmt)->BindBlob(4, head);
  }
  return (*stmt)->Run();
}

}  // namespace vigie
