// Store::Open: creating, migrating, refusing what it must not touch.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <string>

#include "../test_util.h"
#include "analyze/analysis_json.h"
#include "store/schema.h"
#include "store/store.h"
#include "stories/minhash.h"

namespace vigie {
namespace {

using testing::TempDir;

// Runs SQL on a database with the bare SQLite API, outside the Store.
void RawExec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  std::string message = error != nullptr ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

int64_t RawInt(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
    v = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return v;
}

std::string RawText(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  std::string v;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW &&
      sqlite3_column_text(stmt, 0) != nullptr) {
    v = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return v;
}

TEST(StoreSchema, CreatesTheLatestSchemaInWalMode) {
  TempDir dir;
  std::string path = dir.path() + "/v.db";
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path, Store::Options());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ((*store)->schema_version(), kSchemaVersion);
    Result<int64_t> n = (*store)->CountDocuments();
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 0);
    EXPECT_TRUE((*store)->CheckIntegrity().ok());
  }
  EXPECT_EQ(RawInt(path, "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(RawInt(path, "PRAGMA application_id"), kApplicationId);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
  EXPECT_EQ(RawInt(path, "PRAGMA page_size"), Store::Options().page_size);
  for (const char* table : {"documents", "events", "categories", "doc_countries", "quarantine", "ingest_runs",
                            "stories", "doc_bands", "band_index", "fts_fr", "fts_en", "fts_ar", "fts_pt", "fts_other"}) {
    EXPECT_EQ(RawInt(path, std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + table + "'"), 1)
        << table;
  }
  // Opening again changes nothing.
  Result<std::unique_ptr<Store>> again = Store::Open(path, Store::Options());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ((*again)->schema_version(), kSchemaVersion);
}

TEST(StoreSchema, MigratesAVersionOneDatabaseKeepingItsRows) {
  TempDir dir;
  std::string path = dir.path() + "/old.db";
  {
    Store::Options options;
    options.migrate_to = 1;
    Result<std::unique_ptr<Store>> store = Store::Open(path, options);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ((*store)->schema_version(), 1);
  }
  // Version 1 as an older vigie left it: no ingest_runs, no stories, one document.
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'ingest_runs'"), 0);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'story'"), 0);
  EXPECT_EQ(RawInt(path, "PRAGMA user_version"), 1);
  RawExec(path,
          "INSERT INTO documents(doc_id, content_hash, title, lang, fts_bucket, published, ingested_at, body, analysis) "
          "VALUES ('old-1', 'h1', 'Un titre', 'fr', 'fr', '2025-06-03', '2026-01-01T00:00:00Z', 'Un corps', '{}')");
  RawExec(path, "INSERT INTO doc_countries(doc, country, score, focus) VALUES (1, 'ML', 1.0, 1)");
  RawExec(path, "INSERT INTO categories(doc, category, score) VALUES (1, 'terrorism.attack', 0.9)");
  Result<std::unique_ptr<Store>> store = Store::Open(path, Store::Options());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->schema_version(), kSchemaVersion);
  Result<StoreStats> stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->stories, 0);
  EXPECT_EQ(stats->ingest_runs, 0);
  // Version 4 rebuilt the full-text indexes from the stored texts: the old document is found.
  SearchRequest search;
  search.match = "\"corps\"";
  Result<std::vector<SearchHit>> hits = (*store)->Search(search);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].doc_id, "old-1");
  // Version 6 gave the old document its facets: the filters find it, and only where they should.
  struct Case {
    std::string country, category, from, to;
    size_t hits;
  };
  for (const Case& c : {Case{"ML", "", "", "", 1}, Case{"NE", "", "", "", 0}, Case{"", "terrorism.attack", "", "", 1},
                        Case{"", "piracy", "", "", 0}, Case{"", "", "2025", "2025", 1}, Case{"", "", "2025-06", "", 1},
                        Case{"", "", "", "2025-05", 0}, Case{"ML", "terrorism.attack", "2025-06-03", "2025-06-03", 1}}) {
    SearchRequest filtered = search;
    filtered.country = c.country;
    filtered.category = c.category;
    filtered.from = c.from;
    filtered.to = c.to;
    hits = (*store)->Search(filtered);
    ASSERT_TRUE(hits.ok()) << hits.status().ToString();
    EXPECT_EQ(hits->size(), c.hits) << c.country << " " << c.category << " " << c.from << ".." << c.to;
  }
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
  store->reset();
  EXPECT_EQ(RawInt(path, "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM documents WHERE doc_id = 'old-1' AND story IS NULL"), 1);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM doc_meta m JOIN documents d USING (doc) WHERE m.lang = 'fr'"), 1);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'story'"), 1);
}

// Version 7 recomputes every near-duplicate signature and its band keys from the stored body:
// they come out as ingest computes them from the analysis, and a copy stored afterwards is found.
TEST(StoreSchema, MigratingToSevenRecomputesTheSignaturesFromTheBodies) {
  TempDir dir;
  std::string path = dir.path() + "/sig.db";
  const std::string gao =
      "Des hommes armés ont attaqué mardi un poste de la gendarmerie à Gao, dans le nord du Mali, tuant trois "
      "gendarmes, selon une source sécuritaire. Les assaillants ont pris la fuite vers la frontière.\n\n"
      "L'armée a lancé une opération de ratissage dans la zone, a indiqué un responsable local.";
  const std::string lagos =
      "Gunmen attacked a police station in Lagos, Nigeria, on Monday, killing two officers, police said. The "
      "attackers escaped on motorcycles before reinforcements arrived.";
  auto put = [](Store* store, const std::string& id, const std::string& lang, const std::string& body) {
    Analysis a = testing::AnalyzeText(body, lang, "Titre " + id, "2025-03-04");
    a.doc.id = id;
    std::string json;
    AnalysisJsonWriter().Write(a, AnalysisJsonOptions(), &json);
    Result<Store::PutResult> r = store->Put(a, json, ContentHash(body));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(*r, Store::PutResult::kStored);
  };
  {
    Store::Options options;
    options.migrate_to = 6;
    Result<std::unique_ptr<Store>> store = Store::Open(path, options);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    put(store->get(), "gao", "fr", gao);
    put(store->get(), "lagos", "en", lagos);
  }
  const std::string signatures = "SELECT group_concat(hex(signature), ' ') FROM (SELECT signature FROM doc_minhash ORDER BY doc)";
  const std::string bands = "SELECT group_concat(key || ':' || doc, ' ') FROM (SELECT key, doc FROM doc_bands ORDER BY key, doc)";
  const std::string at_ingest = RawText(path, signatures), bands_at_ingest = RawText(path, bands);
  ASSERT_EQ(RawInt(path, "SELECT count(*) FROM doc_bands"), 2 * kBands);
  // What an older vigie left: other values (here zeros), other band keys.
  RawExec(path, "UPDATE doc_minhash SET signature = zeroblob(length(signature)); DELETE FROM doc_bands; "
                "INSERT INTO doc_bands(key, doc) VALUES (12345, 1)");
  ASSERT_NE(RawText(path, signatures), at_ingest);
  Result<std::unique_ptr<Store>> store = Store::Open(path, Store::Options());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->schema_version(), kSchemaVersion);
  EXPECT_EQ(RawText(path, signatures), at_ingest);
  EXPECT_EQ(RawText(path, bands), bands_at_ingest);
  // An edited copy (one word changed, a new id) is the near-duplicate of the migrated original.
  std::string copy = gao;
  copy.replace(copy.find("mardi"), 5, "lundi");
  put(store->get(), "gao-copy", "fr", copy);
  EXPECT_EQ(RawInt(path, "SELECT near_duplicate_of FROM documents WHERE doc_id = 'gao-copy'"), 1);
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

// Schema version 9: a new document's band keys go to the writer's recent level, in memory, and
// a commit writes them into doc_bands once it holds band_merge_rows of them (band_index says up
// to which document). A near-duplicate is found whichever level its original's keys are in,
// also by another connection, which reads the recent level back from doc_minhash.
TEST(StoreSchema, NearDuplicatesAreFoundInBothLevelsOfTheBandIndex) {
  TempDir dir;
  std::string path = dir.path() + "/bands.db";
  Store::Options options;
  options.band_merge_rows = 2 * kBands;  // a merge at a commit after two documents
  Result<std::unique_ptr<Store>> store = Store::Open(path, options);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto put = [&](Store* into, const std::string& id, const std::string& lang, const std::string& body) {
    Analysis a = testing::AnalyzeText(body, lang, "Titre " + id, "2025-03-04");
    a.doc.id = id;
    std::string json;
    AnalysisJsonWriter().Write(a, AnalysisJsonOptions(), &json);
    Result<Store::PutResult> r = into->Put(a, json, ContentHash(body));
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(*r, Store::PutResult::kStored);
  };
  auto original_of = [&](const std::string& id) {
    return RawText(path, "SELECT coalesce((SELECT o.doc_id FROM documents d JOIN documents o ON o.doc = "
                         "d.near_duplicate_of WHERE d.doc_id = '" + id + "'), '')");
  };
  auto merged_docs = [&] { return RawInt(path, "SELECT count(DISTINCT doc) FROM doc_bands"); };
  auto merged_through = [&] { return RawInt(path, "SELECT merged_through FROM band_index"); };
  const std::string kidal =
      "Un convoi de l'armée malienne est tombé dans une embuscade jeudi près de Kidal, dans le nord du Mali, "
      "selon des sources locales. Plusieurs véhicules ont été incendiés et les assaillants se sont repliés vers "
      "la frontière algérienne avant l'arrivée des renforts.";
  const std::string maiduguri =
      "Suspected insurgents fired rockets into a market on the outskirts of Maiduguri on Friday evening, "
      "wounding traders and shoppers, a police spokesman said. Soldiers sealed off the area and began a "
      "search of the nearby villages.";
  const std::string tripoli =
      "اندلعت اشتباكات عنيفة مساء الأحد بين مجموعتين مسلحتين في جنوب العاصمة الليبية طرابلس، واستخدمت فيها "
      "الأسلحة المتوسطة، وفق شهود عيان. وأغلقت الطرق المؤدية إلى المطار وعلقت الرحلات لساعات.";
  const std::string goma =
      "Des centaines de familles ont fui leurs villages autour de Rutshuru après des combats entre l'armée et "
      "les rebelles, ont indiqué mardi des humanitaires. Les déplacés se sont réfugiés dans des écoles et des "
      "églises de Goma, où l'eau et la nourriture manquent.";
  const std::string mopti =
      "Le gouverneur de la région de Mopti a annoncé lundi la réouverture des écoles fermées depuis deux ans, "
      "après le retour des enseignants dans plusieurs communes du cercle de Bandiagara et la reprise des cours.";
  auto edited = [](std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
  };
  // Two documents, committed: their 64 keys reach the threshold and are written to doc_bands.
  ASSERT_TRUE((*store)->BeginBatch().ok());
  put(store->get(), "kidal", "fr", kidal);
  put(store->get(), "maiduguri", "en", maiduguri);
  ASSERT_TRUE((*store)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_EQ(merged_docs(), 2);
  EXPECT_EQ(merged_through(), 2);
  // An edited copy of a merged document; a new one, then its edited copy in the same batch,
  // whose keys are still in the recent level.
  ASSERT_TRUE((*store)->BeginBatch().ok());
  put(store->get(), "kidal-copy", "fr", edited(kidal, "jeudi", "mercredi"));
  put(store->get(), "tripoli", "ar", tripoli);
  put(store->get(), "tripoli-copy", "ar", edited(tripoli, "الأحد", "السبت"));
  ASSERT_TRUE((*store)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_EQ(original_of("kidal-copy"), "kidal");
  EXPECT_EQ(original_of("tripoli-copy"), "tripoli");
  EXPECT_EQ(original_of("maiduguri"), "");
  EXPECT_EQ(original_of("tripoli"), "");
  // Three documents' keys passed the threshold at that commit: all in doc_bands now.
  EXPECT_EQ(merged_docs(), 5);
  EXPECT_EQ(merged_through(), 5);
  // Below the threshold, the keys stay in memory: committed documents, not yet in doc_bands.
  ASSERT_TRUE((*store)->BeginBatch().ok());
  put(store->get(), "goma", "fr", goma);
  ASSERT_TRUE((*store)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_EQ(merged_docs(), 5);
  EXPECT_EQ(merged_through(), 5);
  // A second writer reads the recent level back from doc_minhash and finds goma there; then,
  // in its next batch, the document the first writer stored in between.
  options.band_merge_rows = int64_t{1} << 20;
  Result<std::unique_ptr<Store>> other = Store::Open(path, options);
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  ASSERT_TRUE((*other)->BeginBatch().ok());
  put(other->get(), "goma-copy", "fr", edited(goma, "mardi", "mercredi"));
  ASSERT_TRUE((*other)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_EQ(original_of("goma-copy"), "goma");
  // The first writer's level now holds goma, the other writer's goma-copy (read at the start of
  // its batch) and mopti: past the threshold, its commit merges them.
  ASSERT_TRUE((*store)->BeginBatch().ok());
  put(store->get(), "mopti", "fr", mopti);
  ASSERT_TRUE((*store)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_EQ(merged_docs(), 8);
  EXPECT_EQ(merged_through(), 8);
  // A merge elsewhere makes the other writer read its level again (empty now): mopti is found
  // in doc_bands.
  ASSERT_TRUE((*other)->BeginBatch().ok());
  put(other->get(), "mopti-copy", "fr", edited(mopti, "lundi", "dimanche"));
  ASSERT_TRUE((*other)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_EQ(original_of("mopti-copy"), "mopti");
  EXPECT_EQ(merged_through(), 8);
  // The first writer reads mopti-copy into its level, stores one more and merges both.
  ASSERT_TRUE((*store)->BeginBatch().ok());
  put(store->get(), "maiduguri-copy", "en", edited(maiduguri, "Friday", "Saturday"));
  ASSERT_TRUE((*store)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_EQ(original_of("maiduguri-copy"), "maiduguri");
  EXPECT_EQ(merged_docs(), 10);
  EXPECT_EQ(merged_through(), 10);
  ASSERT_TRUE((*other)->BeginBatch().ok());
  put(other->get(), "kidal-copy-2", "fr", edited(kidal, "Plusieurs", "De nombreux"));
  ASSERT_TRUE((*other)->CommitBatch(0, IngestCounts()).ok());
  EXPECT_NE(original_of("kidal-copy-2"), "");
  other->reset();
  store->reset();
  // Nothing of the recent level is lost with the connections: doc_bands and the documents after
  // merged_through hold every key, and a v8 database's recent table was moved by the migration.
  store = Store::Open(path, options);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM doc_minhash WHERE doc > (SELECT merged_through FROM band_index)"), 1);
  EXPECT_TRUE((*store)->CheckIntegrity().ok());
}

// Version 9 moves a version-8 database's recent band table into doc_bands, and notes that
// doc_bands holds the keys of every document stored so far.
TEST(StoreSchema, MigrationToNineMovesTheRecentBandsIntoTheIndex) {
  TempDir dir;
  std::string path = dir.path() + "/v8.db";
  {
    Store::Options options;
    options.migrate_to = 8;
    ASSERT_TRUE(Store::Open(path, options).ok());
  }
  RawExec(path, "INSERT INTO doc_minhash(doc, signature) VALUES (1, x'00'), (2, x'00'), (3, x'00'); "
                "INSERT INTO doc_bands(key, doc) VALUES (10, 1), (20, 1); "
                "INSERT INTO doc_bands_recent(key, doc) VALUES (10, 2), (30, 3), (20, 1)");
  Result<std::unique_ptr<Store>> store = Store::Open(path, Store::Options());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM doc_bands"), 4);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM doc_bands WHERE key = 10"), 2);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'doc_bands_recent'"), 0);
  EXPECT_EQ(RawInt(path, "SELECT merged_through FROM band_index"), 3);
}

TEST(StoreSchema, AFailedMigrationLeavesTheDatabaseAtItsVersion) {
  TempDir dir;
  std::string path = dir.path() + "/half.db";
  {
    Store::Options options;
    options.migrate_to = 1;
    ASSERT_TRUE(Store::Open(path, options).ok());
  }
  // Someone created a table of version 2 by hand: the step to 2 fails half-way (stories is
  // created before documents.story, ingest_runs first of all).
  RawExec(path, "CREATE TABLE stories(x)");
  Result<std::unique_ptr<Store>> store = Store::Open(path, Store::Options());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("migration to schema version 2"), std::string::npos)
      << store.status().message();
  // Nothing of the failed step stayed.
  EXPECT_EQ(RawInt(path, "PRAGMA user_version"), 1);
  EXPECT_EQ(RawInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'ingest_runs'"), 0);
}

TEST(StoreSchema, AnEmptySqliteFileIsVersionZeroAndGetsTheWholeSchema) {
  TempDir dir;
  std::string path = dir.path() + "/empty.db";
  RawExec(path, "PRAGMA user_version = 0");
  Result<std::unique_ptr<Store>> store = Store::Open(path, Store::Options());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->schema_version(), kSchemaVersion);
}

TEST(StoreSchema, RefusesADatabaseFromANewerVigie) {
  TempDir dir;
  std::string path = dir.path() + "/new.db";
  { ASSERT_TRUE(Store::Open(path, Store::Options()).ok()); }
  RawExec(path, "PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
  Result<std::unique_ptr<Store>> store = Store::Open(path, Store::Options());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(store.status().message().find("newer"), std::string::npos) << store.status().message();
  // Untouched.
  EXPECT_EQ(RawInt(path, "PRAGMA user_version"), kSchemaVersion + 1);
}

TEST(StoreSchema, RefusesWhatIsNotAVigieDatabase) {
  TempDir dir;
  // Another program's SQLite database.
  std::string other = dir.path() + "/other.db";
  RawExec(other, "CREATE TABLE t(x)");
  Result<std::unique_ptr<Store>> a = Store::Open(other, Store::Options());
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("not a vigie database"), std::string::npos) << a.status().message();
  // Not SQLite at all.
  std::string text = dir.Write("notes.db", std::string(4096, 'x'));
  Result<std::unique_ptr<Store>> b = Store::Open(text, Store::Options());
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("not a database"), std::string::npos) << b.status().message();
  // A folder.
  Result<std::unique_ptr<Store>> c = Store::Open(dir.path(), Store::Options());
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("folder"), std::string::npos);
  // A path whose folder does not exist.
  Result<std::unique_ptr<Store>> d = Store::Open(dir.path() + "/no/such/folder/v.db", Store::Options());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kIoError);
  // A missing file that must not be created.
  Store::Options never;
  never.create = Store::Create::kNever;
  Result<std::unique_ptr<Store>> e = Store::Open(dir.path() + "/missing.db", never);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), StatusCode::kNotFound);
  struct stat st;
  EXPECT_NE(::stat((dir.path() + "/missing.db").c_str(), &st), 0);
}

TEST(StoreSchema, MigrationsAreNumberedInOrder) {
  int expected = 1;
  for (const Migration& m : Migrations()) {
    EXPECT_EQ(m.version, expected++);
    EXPECT_FALSE(m.what.empty());
    EXPECT_FALSE(m.sql.empty());
  }
  EXPECT_EQ(expected - 1, kSchemaVersion);
}

}  // namespace
}  // namespace vigie
