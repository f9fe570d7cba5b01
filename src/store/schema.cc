#include "store/schema.h"

namespace vigie {
namespace {

// Version 1: documents and what their analysis found, the quarantine, full-text search.
// One FTS5 table per language bucket, each over a view of that bucket's documents (external
// content: the text is stored once, in documents; FTS5 reads it back for snippets).
constexpr std::string_view kV1 = R"sql(
CREATE TABLE documents (
  doc          INTEGER PRIMARY KEY,
  doc_id       TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  url          TEXT,
  source       TEXT,
  title        TEXT NOT NULL DEFAULT '',
  lang         TEXT NOT NULL,
  fts_bucket   TEXT NOT NULL,
  published    TEXT,
  ingested_at  TEXT NOT NULL,
  origin       TEXT,
  body         TEXT NOT NULL,
  analysis     TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_lang ON documents(lang);

CREATE TABLE events (
  doc            INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  type           TEXT NOT NULL,
  mode           TEXT,
  source_entity  TEXT,
  source_name    TEXT,
  source_kind    TEXT,
  source_country TEXT,
  target_entity  TEXT,
  target_name    TEXT,
  target_kind    TEXT,
  target_country TEXT,
  place_entity   TEXT,
  place_name     TEXT,
  country        TEXT,
  lat            REAL,
  lon            REAL,
  date           TEXT,
  fatalities     INTEGER,
  injured        INTEGER,
  main           INTEGER NOT NULL,
  confidence     REAL NOT NULL,
  acled_event_type     TEXT,
  acled_sub_event_type TEXT,
  cameo_root     TEXT,
  rule           TEXT,
  PRIMARY KEY (doc, seq)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_country ON events(country);
CREATE INDEX events_date ON events(date);

CREATE TABLE categories (
  doc      INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  category TEXT NOT NULL,
  score    REAL NOT NULL,
  PRIMARY KEY (doc, category)
);
CREATE INDEX categories_category ON categories(category);

CREATE TABLE doc_countries (
  doc     INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  country TEXT NOT NULL,
  score   REAL NOT NULL,
  focus   INTEGER NOT NULL,
  PRIMARY KEY (doc, country)
);
CREATE INDEX doc_countries_country ON doc_countries(country);

CREATE TABLE quarantine (
  id     INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  doc_id TEXT,
  reason TEXT NOT NULL,
  head   BLOB,
  at     TEXT NOT NULL
);

CREATE VIEW fts_src_fr AS SELECT doc, title, body FROM documents WHERE fts_bucket = 'fr';
CREATE VIEW fts_src_en AS SELECT doc, title, body FROM documents WHERE fts_bucket = 'en';
CREATE VIEW fts_src_ar AS SELECT doc, title, body FROM documents WHERE fts_bucket = 'ar';
CREATE VIEW fts_src_pt AS SELECT doc, title, body FROM documents WHERE fts_bucket = 'pt';
CREATE VIEW fts_src_other AS SELECT doc, title, body FROM documents WHERE fts_bucket = 'other';
CREATE VIRTUAL TABLE fts_fr USING fts5(title, body, content = 'fts_src_fr', content_rowid = 'doc', tokenize = 'vigie fr');
CREATE VIRTUAL TABLE fts_en USING fts5(title, body, content = 'fts_src_en', content_rowid = 'doc', tokenize = 'vigie en');
CREATE VIRTUAL TABLE fts_ar USING fts5(title, body, content = 'fts_src_ar', content_rowid = 'doc', tokenize = 'vigie ar');
CREATE VIRTUAL TABLE fts_pt USING fts5(title, body, content = 'fts_src_pt', content_rowid = 'doc', tokenize = 'vigie pt');
CREATE VIRTUAL TABLE fts_other USING fts5(title, body, content = 'fts_src_other', content_rowid = 'doc', tokenize = 'vigie none');
)sql";

// Version 2: a log of ingest runs (duplicates are counted there), and stories, empty until the
// story step fills them, with each document's story.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE ingest_runs (
  run         INTEGER PRIMARY KEY,
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  inputs      TEXT NOT NULL,
  read        INTEGER NOT NULL DEFAULT 0,
  stored      INTEGER NOT NULL DEFAULT 0,
  duplicates  INTEGER NOT NULL DEFAULT 0,
  rejected    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE stories (
  story      INTEGER PRIMARY KEY,
  label      TEXT,
  first_seen TEXT,
  last_seen  TEXT
);
ALTER TABLE documents ADD COLUMN story INTEGER REFERENCES stories(story);
)sql";

// Version 3: stories filled at ingest. Each stored document gets its MinHash signature and LSH
// band keys (stories/minhash.h) for near-duplicates, and a story: the story of its
// near-duplicate, else the story whose features (stories/stories.h) it fits best within three
// days, else a new one. Events say whether they are background.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE documents ADD COLUMN near_duplicate_of INTEGER REFERENCES documents(doc);
CREATE INDEX documents_story ON documents(story);
ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
CREATE TABLE doc_minhash (
  doc       INTEGER PRIMARY KEY REFERENCES documents(doc) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
CREATE TABLE doc_bands (
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE
);
CREATE INDEX doc_bands_key ON doc_bands(key);
ALTER TABLE stories ADD COLUMN reports INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN first_day INTEGER;
ALTER TABLE stories ADD COLUMN last_day INTEGER;
ALTER TABLE stories ADD COLUMN main_type TEXT;
ALTER TABLE stories ADD COLUMN countries TEXT;
ALTER TABLE stories ADD COLUMN categories TEXT;
ALTER TABLE stories ADD COLUMN features TEXT;
CREATE INDEX stories_first_day ON stories(first_day);
CREATE TABLE story_keys (
  country TEXT NOT NULL,
  day     INTEGER NOT NULL,
  story   INTEGER NOT NULL REFERENCES stories(story) ON DELETE CASCADE,
  PRIMARY KEY (country, day, story)
) WITHOUT ROWID;
)sql";

// Version 4: the full-text indexes rebuilt, since the tokenizer now gives a position to every
// word, also to a word that folds to nothing (a lone tatweel): whether a word takes a position
// is decided before stemming, so snippets can re-tokenize without stemming (fts_tokenizer.cc).
// The band index covers the document, so the latest band-mates of a new document are read from
// the index alone.
constexpr std::string_view kV4 = R"sql(
INSERT INTO fts_fr(fts_fr) VALUES ('rebuild');
INSERT INTO fts_en(fts_en) VALUES ('rebuild');
INSERT INTO fts_ar(fts_ar) VALUES ('rebuild');
INSERT INTO fts_pt(fts_pt) VALUES ('rebuild');
INSERT INTO fts_other(fts_other) VALUES ('rebuild');
DROP INDEX doc_bands_key;
CREATE INDEX doc_bands_key_doc ON doc_bands(key, doc);
)sql";

// Version 5: doc_meta repeats the fields a search filters on, in rows of a few bytes: a
// documents row holds the text and the analysis (10 KB on average), and reading thousands of
// them to filter the matches of a common word cost a page read each.
constexpr std::string_view kV5 = R"sql(
CREATE TABLE doc_meta (
  doc       INTEGER PRIMARY KEY REFERENCES documents(doc) ON DELETE CASCADE,
  lang      TEXT NOT NULL,
  published TEXT
);
INSERT INTO doc_meta(doc, lang, published) SELECT doc, lang, published FROM documents;
)sql";

// Version 6: facets (store/facets.h). doc_meta gets the words a search filters on (language,
// year, month, countries, categories), and each full-text table a third column indexing them,
// read through its view from doc_meta; the tables are created anew and rebuilt, which
// re-tokenizes every stored text once, now with one term a word (store/fts_tokenizer.h).
constexpr std::string_view kV6 = R"sql(
ALTER TABLE doc_meta ADD COLUMN facets TEXT NOT NULL DEFAULT '';
UPDATE doc_meta SET facets = vigie_facets(lang, published,
  (SELECT group_concat(country, ' ') FROM doc_countries c WHERE c.doc = doc_meta.doc),
  (SELECT group_concat(category, ' ') FROM categories k WHERE k.doc = doc_meta.doc));
DROP TABLE fts_fr;
DROP VIEW fts_src_fr;
DROP TABLE fts_en;
DROP VIEW fts_src_en;
DROP TABLE fts_ar;
DROP VIEW fts_src_ar;
DROP TABLE fts_pt;
DROP VIEW fts_src_pt;
DROP TABLE fts_other;
DROP VIEW fts_src_other;
CREATE VIEW fts_src_fr AS SELECT d.doc, d.title, d.body, m.facets FROM documents d JOIN doc_meta m ON m.doc = d.doc WHERE d.fts_bucket = 'fr';
CREATE VIEW fts_src_en AS SELECT d.doc, d.title, d.body, m.facets FROM documents d JOIN doc_meta m ON m.doc = d.doc WHERE d.fts_bucket = 'en';
CREATE VIEW fts_src_ar AS SELECT d.doc, d.title, d.body, m.facets FROM documents d JOIN doc_meta m ON m.doc = d.doc WHERE d.fts_bucket = 'ar';
CREATE VIEW fts_src_pt AS SELECT d.doc, d.title, d.body, m.facets FROM documents d JOIN doc_meta m ON m.doc = d.doc WHERE d.fts_bucket = 'pt';
CREATE VIEW fts_src_other AS SELECT d.doc, d.title, d.body, m.facets FROM documents d JOIN doc_meta m ON m.doc = d.doc WHERE d.fts_bucket = 'other';
CREATE VIRTUAL TABLE fts_fr USING fts5(title, body, facets, content = 'fts_src_fr', content_rowid = 'doc', tokenize = 'vigie fr');
CREATE VIRTUAL TABLE fts_en USING fts5(title, body, facets, content = 'fts_src_en', content_rowid = 'doc', tokenize = 'vigie en');
CREATE VIRTUAL TABLE fts_ar USING fts5(title, body, facets, content = 'fts_src_ar', content_rowid = 'doc', tokenize = 'vigie ar');
CREATE VIRTUAL TABLE fts_pt USING fts5(title, body, facets, content = 'fts_src_pt', content_rowid = 'doc', tokenize = 'vigie pt');
CREATE VIRTUAL TABLE fts_other USING fts5(title, body, facets, content = 'fts_src_other', content_rowid = 'doc', tokenize = 'vigie none');
INSERT INTO fts_fr(fts_fr) VALUES ('rebuild');
INSERT INTO fts_en(fts_en) VALUES ('rebuild');
INSERT INTO fts_ar(fts_ar) VALUES ('rebuild');
INSERT INTO fts_pt(fts_pt) VALUES ('rebuild');
INSERT INTO fts_other(fts_other) VALUES ('rebuild');
)sql";

// Version 7: near-duplicate signatures by one permutation hashing (stories/minhash.h), one hash
// a shingle instead of 128, of 32-bit values, and 31-bit band keys. Every stored signature and
// its band keys are recomputed from the stored body; the stories and near-duplicates already
// decided stay. The band table is its index alone (WITHOUT ROWID): a band was two B-tree
// inserts, the row and the index entry, 32 of each per document. The keys are inserted in
// order (SQLite sorts them first): 32 random inserts a document into a B-tree larger than the
// page cache would read and write a page each.
constexpr std::string_view kV7 = R"sql(
DROP TABLE doc_bands;
CREATE TABLE doc_bands (
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;
UPDATE doc_minhash SET signature = vigie_minhash((SELECT body FROM documents d WHERE d.doc = doc_minhash.doc));
INSERT OR IGNORE INTO doc_bands(key, doc)
  SELECT j.value, m.doc FROM doc_minhash m, json_each(vigie_band_keys(m.signature)) j ORDER BY 1, 2;
)sql";

// Version 8: the band index in two levels, like a log-structured merge tree. Ingest inserts a
// new document's 32 band keys into doc_bands_recent, a table small enough to stay in the page
// cache; CommitBatch moves it into doc_bands, in key order, once it holds
// Store::Options::band_merge_rows keys (docs/store.md#near-duplicates). Random keys inserted
// straight into doc_bands dirtied nearly every page of it at each commit, and a commit wrote
// them all to the WAL again: a quarter of the store step on the corpus (store_bench). Look-ups
// read both. doc_bands is copied once without its foreign key, since the merge inserts
// thousands of documents' keys at once, out of document order, and checking each against
// documents read a page of that table a key; the bands are derived from doc_minhash, and no
// document is ever deleted.
constexpr std::string_view kV8 = R"sql(
CREATE TABLE doc_bands_v8 (
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;
INSERT INTO doc_bands_v8(key, doc) SELECT key, doc FROM doc_bands ORDER BY key, doc;
DROP TABLE doc_bands;
ALTER TABLE doc_bands_v8 RENAME TO doc_bands;
CREATE TABLE doc_bands_recent (
  key INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (key, doc)
) WITHOUT ROWID;
)sql";

// Version 9: the small level of the band index in memory. A writer keeps the band keys of the
// documents stored since the last merge in a hash table of its own (Store::RecentBands), filled
// from doc_minhash at a batch's first look-up (another writer's documents, an earlier run's)
// and from its own documents as it stores them, and a commit
// writes them into doc_bands, in key order, once there are Store::Options::band_merge_rows of
// them. doc_bands_recent was a B-tree of random keys: a commit dirtied nearly every page of it
// and wrote them all to the WAL again, a quarter of the store step (store_bench, paired). The
// keys are derived data: doc_minhash holds every signature, and band_index says up to which
// document doc_bands holds their keys.
constexpr std::string_view kV9 = R"sql(
INSERT OR IGNORE INTO doc_bands(key, doc) SELECT key, doc FROM doc_bands_recent ORDER BY key, doc;
DROP TABLE doc_bands_recent;
CREATE TABLE band_index (
  merged_through INTEGER NOT NULL
);
INSERT INTO band_index(merged_through) SELECT coalesce(max(doc), 0) FROM doc_minhash;
)sql";

constexpr Migration kMigrations[] = {
    {1, "documents, events, categories, countries, quarantine, full-text search", kV1},
    {2, "ingest runs, stories", kV2},
    {3, "near-duplicates (MinHash, LSH bands) and stories filled at ingest", kV3},
    {4, "full-text indexes rebuilt: every word takes a position; band index with the document", kV4},
    {5, "doc_meta: the fields a search filters on", kV5},
    {6, "facets: the filters as words of the full-text tables", kV6},
    {7, "near-duplicate signatures by one permutation hashing, recomputed", kV7},
    {8, "band index in two levels: doc_bands_recent, merged into doc_bands", kV8},
    {9, "band index: the recent level in the writer's memory, band_index", kV9},
};
static_assert(std::size(kMigrations) == kSchemaVersion);

}  // namespace

std::span<const Migration> Migrations() { return kMigrations; }

std::string_view FtsBucketFor(std::string_view lang) {
  for (std::string_view l : kFtsLanguages) {
    if (l == lang) return l;
  }
  return kOtherFtsBucket;
}

}  // namespace vigie
