// The Store's read side: search, statistics, events, quarantine, integrity.
#include <sqlite3.h>

#include <algorithm>

#include "common/strings.h"
#include "store/facets.h"
#include "store/sqlite.h"
#include "store/store.h"

namespace vigie {
namespace {

// SQL assembled from fixed fragments written here, with every value bound as a parameter.
struct Filters {
  std::string sql;
  std::vector<std::string> values;  // bound to ?1.. in order
  // Appends " AND " + fragment, where every '?' of the fragment stands for the next value.
  void Add(std::string_view fragment, const std::string& value) {
    values.push_back(value);
    std::string numbered = "?" + std::to_string(values.size());
    sql += " AND ";
    for (char c : fragment) {
      if (c == '?') {
        sql += numbered;
      } else {
        sql.push_back(c);
      }
    }
  }
  void Bind(sql::Statement* s) const {
    for (size_t i = 0; i < values.size(); ++i) s->Bind(static_cast<int>(i + 1), values[i]);
  }
};


Result<std::vector<std::pair<std::string, int64_t>>> Counts(sql::Connection* db, const std::string& query) {
  Result<sql::Statement*> stmt = db->Prepare(query);
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<std::string, int64_t>> out;
  Status status;
  while ((*stmt)->Step(&status)) out.emplace_back((*stmt)->String(0), (*stmt)->Int(1));
  if (!status.ok()) return status;
  return out;
}

}  // namespace

Result<int64_t> Store::CountDocuments() { return db_->QueryInt("SELECT count(*) FROM documents"); }

Result<std::vector<SearchHit>> Store::Search(const SearchRequest& r) {
  // Which full-text tables to ask: the language's bucket, or all of them.
  std::vector<std::string_view> buckets;
  if (!r.lang.empty()) {
    buckets.push_back(FtsBucketFor(r.lang));
  } else {
    for (std::string_view l : kFtsLanguages) buckets.push_back(l);
    buckets.push_back(kOtherFtsBucket);
  }
  // The filters are facet words ANDed to the query (store/facets.h), which FTS5 intersects
  // with the query's words; the publication dates are checked on doc_meta's small rows as well
  // when a range does not fall on whole years.
  int first_year = 0, last_year = 0;
  if (r.from.empty() != r.to.empty()) {
    // An open end of a date range: the years of the stored documents (documents_published).
    Result<int64_t> first = db_->QueryInt("SELECT coalesce(CAST(substr(min(published), 1, 4) AS INTEGER), 0) "
                                          "FROM documents WHERE published IS NOT NULL");
    if (!first.ok()) return first.status();
    Result<int64_t> last = db_->QueryInt("SELECT coalesce(CAST(substr(max(published), 1, 4) AS INTEGER), 0) FROM documents");
    if (!last.ok()) return last.status();
    first_year = static_cast<int>(*first);
    last_year = static_cast<int>(*last);
  }
  // A language of its own bucket is the bucket: no facet to ask (the others share "other").
  const std::string_view lang_facet = !r.lang.empty() && FtsBucketFor(r.lang) != r.lang ? r.lang : std::string_view();
  const FacetFilter facets = MakeFacetFilter(lang_facet, r.country, r.category, r.from, r.to, first_year, last_year);
  Filters f;
  f.values = {facets.expression.empty() ? r.match : "(" + r.match + ") AND " + facets.expression};
  if (facets.check_dates) {
    if (!r.from.empty()) f.Add("d.published >= ?", r.from);
    if (!r.to.empty()) f.Add("substr(d.published, 1, length(?)) <= ?", r.to);
  }
  // The query's own phrases are scored; the facet words after them only filter.
  const int scored = static_cast<int>(std::count(r.match.begin(), r.match.end(), '"') / 2);

  // Two steps. First the best `limit` rowids by BM25 over every bucket, touching doc_meta only
  // to check dates; then the snippet and the fields of those hits alone, since a snippet
  // re-reads and re-tokenizes the text (computing it for every match before the sort made
  // common two-word queries 8x slower on the benchmark corpus).
  //
  // With a window, each bucket ranks only its `window` most recently stored matches: FTS5 walks
  // a doclist in rowid order and stops at the LIMIT, so BM25 is computed `window` times at
  // most, whatever the size of the archive; vigie_rank (store/fts_rank.h) estimates how many
  // documents hold a common word instead of counting them all. CROSS JOIN keeps the full-text
  // table outside, in that order, when dates are checked on doc_meta.
  std::string sql = "SELECT doc, bucket, score FROM (";
  for (size_t i = 0; i < buckets.size(); ++i) {
    // Table names from the fixed bucket list (schema.h), never from input.
    std::string t = "fts_" + std::string(buckets[i]);
    if (i > 0) sql += " UNION ALL ";
    sql += "SELECT * FROM (SELECT " + t + ".rowid AS doc, " + std::to_string(i) + " AS bucket, vigie_rank(" + t +
           ", (SELECT min(doc) FROM documents), (SELECT max(doc) FROM documents), " + std::to_string(scored) +
           ", " + std::to_string(std::max(0, r.limit)) + ", 4.0, 1.0, 0.0) AS score FROM " + t;
    if (!f.sql.empty()) sql += " CROSS JOIN doc_meta d ON d.doc = " + t + ".rowid";
    sql += " WHERE " + t + " MATCH ?1" + f.sql;
    if (r.window > 0) sql += " ORDER BY " + t + ".rowid DESC LIMIT " + std::to_string(r.window);
    sql += ")";
  }
  sql += ") ORDER BY score DESC LIMIT " + std::to_string(std::max(0, r.limit));
  Result<sql::Statement*> stmt = db_->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  f.Bind(*stmt);
  struct Ranked {
    int64_t doc;
    size_t bucket;
    double score;
  };
  std::vector<Ranked> ranked;
  Status status;
  while ((*stmt)->Step(&status)) {
    ranked.push_back({(*stmt)->Int(0), static_cast<size_t>((*stmt)->Int(1)), (*stmt)->Double(2)});
  }
  if (!status.ok()) {
    // FTS5 reports a bad expression when the statement runs, as a plain SQLITE_ERROR (the
    // statement itself prepared): kInternal here; I/O and damage have codes of their own.
    if (status.code() == StatusCode::kInternal) {
      return Status::InvalidArgument("the search expression was not understood: " + status.message());
    }
    return status;
  }

  std::vector<SearchHit> hits;
  for (const Ranked& k : ranked) {
    std::string t = "fts_" + std::string(buckets[k.bucket]);
    Result<sql::Statement*> detail = db_->Prepare(
        "SELECT d.doc_id, d.title, d.url, d.lang, d.published, snippet(" + t + ", -1, ?2, ?3, '…', 16), "
        "(SELECT group_concat(country) FROM (SELECT country FROM doc_countries WHERE doc = d.doc "
        "ORDER BY score DESC)), "
        "(SELECT group_concat(category) FROM (SELECT category FROM categories WHERE doc = d.doc "
        "ORDER BY score DESC)) FROM " + t + " JOIN documents d ON d.doc = " + t + ".rowid WHERE " + t +
        " MATCH ?1 AND " + t + ".rowid = ?4");
    if (!detail.ok()) return detail.status();
    sql::Statement* s = *detail;
    s->Bind(1, r.match);
    s->Bind(2, r.open_mark);
    s->Bind(3, r.close_mark);
    s->Bind(4, k.doc);
    if (!s->Step(&status)) {
      if (!status.ok()) return status;
      continue;  // documents are never deleted: cannot happen while that holds
    }
    SearchHit h;
    h.doc_id = s->String(0);
    h.title = s->String(1);
    h.url = s->String(2);
    h.lang = s->String(3);
    h.published = s->String(4);
    h.snippet = s->String(5);
    h.countries = SplitToStrings(s->Text(6), ',');
    h.categories = SplitToStrings(s->Text(7), ',');
    h.score = k.score;
    s->Reset();
    hits.push_back(std::move(h));
  }
  return hits;
}

Result<StoreStats> Store::Stats() {
  StoreStats s;
  struct Count {
    int64_t* out;
    const char* sql;
  };
  const Count counts[] = {
      {&s.documents, "SELECT count(*) FROM documents"},
      {&s.duplicates, "SELECT coalesce(sum(duplicates), 0) FROM ingest_runs"},
      {&s.stories, "SELECT count(*) FROM stories"},
      {&s.events, "SELECT count(*) FROM events"},
      {&s.quarantined, "SELECT count(*) FROM quarantine"},
      {&s.ingest_runs, "SELECT count(*) FROM ingest_runs"},
  };
  for (const Count& c : counts) {
    Result<int64_t> v = db_->QueryInt(c.sql);
    if (!v.ok()) return v.status();
    *c.out = *v;
  }
  auto by_lang = Counts(db_.get(), "SELECT lang, count(*) AS n FROM documents GROUP BY lang ORDER BY n DESC, lang");
  if (!by_lang.ok()) return by_lang.status();
  s.by_lang = std::move(*by_lang);
  auto by_cat = Counts(db_.get(),
                       "SELECT category, count(*) AS n FROM categories GROUP BY category ORDER BY n DESC, category");
  if (!by_cat.ok()) return by_cat.status();
  s.by_category = std::move(*by_cat);
  auto by_country = Counts(db_.get(),
                           "SELECT country, count(*) AS n FROM doc_countries WHERE focus = 1 GROUP BY country "
                           "ORDER BY n DESC, country");
  if (!by_country.ok()) return by_country.status();
  s.by_country = std::move(*by_country);
  Result<sql::Statement*> range = db_->Prepare(
      "SELECT min(published), max(published) FROM documents WHERE published IS NOT NULL");
  if (!range.ok()) return range.status();
  Status status;
  if ((*range)->Step(&status)) {
    s.first_published = (*range)->String(0);
    s.last_published = (*range)->String(1);
  }
  if (!status.ok()) return status;
  (*range)->Reset();
  return s;
}

Result<std::vector<EventRow>> Store::Events(const EventFilter& filter) {
  Filters f;
  if (!filter.country.empty()) f.Add("e.country = ?", filter.country);
  if (!filter.type.empty()) f.Add("e.type = ?", filter.type);
  if (!filter.category.empty()) {
    f.Add("EXISTS (SELECT 1 FROM categories k WHERE k.doc = e.doc AND k.category = ?)", filter.category);
  }
  if (!filter.lang.empty()) f.Add("d.lang = ?", filter.lang);
  if (!filter.from.empty()) f.Add("coalesce(e.date, d.published) >= ?", filter.from);
  if (!filter.to.empty()) f.Add("substr(coalesce(e.date, d.published), 1, length(?)) <= ?", filter.to);
  std::string sql =
      "SELECT d.doc_id, d.title, d.url, d.lang, d.published, e.seq, e.type, e.mode, e.source_entity, e.source_name, "
      "e.source_kind, e.source_country, e.target_entity, e.target_name, e.target_kind, e.target_country, "
      "e.place_entity, e.place_name, e.country, e.lat, e.lon, e.date, e.fatalities, e.injured, e.main, "
      "e.confidence, e.acled_event_type, e.acled_sub_event_type, e.cameo_root, e.rule "
      "FROM events e JOIN documents d ON d.doc = e.doc WHERE 1" +
      f.sql + " ORDER BY coalesce(e.date, d.published) DESC, d.doc, e.seq LIMIT " +
      std::to_string(std::max(0, filter.limit));
  Result<sql::Statement*> stmt = db_->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  f.Bind(*stmt);
  std::vector<EventRow> rows;
  Status status;
  while ((*stmt)->Step(&status)) {
    sql::Statement* s = *stmt;
    EventRow e;
    e.doc_id = s->String(0);
    e.title = s->String(1);
    e.url = s->String(2);
    e.lang = s->String(3);
    e.published = s->String(4);
    e.seq = s->Int(5);
    e.type = s->String(6);
    e.mode = s->String(7);
    e.source_entity = s->String(8);
    e.source_name = s->String(9);
    e.source_kind = s->String(10);
    e.source_country = s->String(11);
    e.target_entity = s->String(12);
    e.target_name = s->String(13);
    e.target_kind = s->String(14);
    e.target_country = s->String(15);
    e.place_entity = s->String(16);
    e.place_name = s->String(17);
    e.country = s->String(18);
    if (!s->IsNull(19)) e.lat = s->Double(19);
    if (!s->IsNull(20)) e.lon = s->Double(20);
    e.date = s->String(21);
    if (!s->IsNull(22)) e.fatalities = s->Int(22);
    if (!s->IsNull(23)) e.injured = s->Int(23);
    e.main = s->Int(24) != 0;
    e.confidence = s->Double(25);
    e.acled_event_type = s->String(26);
    e.acled_sub_event_type = s->String(27);
    e.cameo_root = s->String(28);
    e.rule = s->String(29);
    rows.push_back(std::move(e));
  }
  if (!status.ok()) return status;
  return rows;
}

Result<std::vector<QuarantineRow>> Store::QuarantineList(int limit) {
  Result<sql::Statement*> stmt =
      db_->Prepare("SELECT id, origin, doc_id, reason, head, at FROM quarantine ORDER BY id LIMIT ?1");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->Bind(1, static_cast<int64_t>(limit));
  std::vector<QuarantineRow> rows;
  Status status;
  while ((*stmt)->Step(&status)) {
    sql::Statement* s = *stmt;
    QuarantineRow q;
    q.id = s->Int(0);
    q.origin = s->String(1);
    q.doc_id = s->String(2);
    q.reason = s->String(3);
    q.head = s->String(4);
    q.at = s->String(5);
    rows.push_back(std::move(q));
  }
  if (!status.ok()) return status;
  return rows;
}

Status Store::CheckIntegrity() {
  Result<sql::Statement*> stmt = db_->Prepare("PRAGMA integrity_check(10)");
  if (!stmt.ok()) return stmt.status();
  std::string problems;
  Status status;
  while ((*stmt)->Step(&status)) {
    std::string line = (*stmt)->String(0);
    if (line != "ok") problems += (problems.empty() ? "" : "; ") + line;
  }
  if (!status.ok()) return status;
  if (!problems.empty()) return Status::InvalidInput(path_ + ": integrity check failed: " + problems);
  std::vector<std::string_view> buckets(std::begin(kFtsLanguages), std::end(kFtsLanguages));
  buckets.push_back(kOtherFtsBucket);
  for (std::string_view b : buckets) {
    std::string t = "fts_" + std::string(b);
    Status fts = db_->Exec("INSERT INTO " + t + "(" + t + ") VALUES ('integrity-check')");
    if (!fts.ok()) return Status::InvalidInput(path_ + ": full-text index " + t + " is damaged: " + fts.message());
  }
  return Status::Ok();
}

Result<std::vector<StoryRow>> Store::Stories(const StoryFilter& filter) {
  Filters f;
  if (!filter.country.empty()) f.Add("(',' || coalesce(s.countries, '') || ',') LIKE '%,' || ? || ',%'", filter.country);
  if (!filter.category.empty()) {
    f.Add("(',' || coalesce(s.categories, '') || ',') LIKE '%,' || ? || ',%'", filter.category);
  }
  if (!filter.type.empty()) f.Add("s.main_type = ?", filter.type);
  if (!filter.lang.empty()) f.Add("EXISTS (SELECT 1 FROM documents l WHERE l.story = s.story AND l.lang = ?)", filter.lang);
  if (!filter.from.empty()) f.Add("coalesce(s.last_seen, '') >= ?", filter.from);
  if (!filter.to.empty()) f.Add("substr(coalesce(s.first_seen, ''), 1, length(?)) <= ?", filter.to);
  std::string sql =
      "SELECT s.story, s.label, s.reports, s.first_seen, s.last_seen, s.main_type, s.countries, s.categories, "
      "(SELECT group_concat(lang) FROM (SELECT DISTINCT d.lang FROM documents d WHERE d.story = s.story ORDER BY 1)), "
      "(SELECT count(*) FROM documents d WHERE d.story = s.story AND d.near_duplicate_of IS NOT NULL) "
      "FROM stories s WHERE 1" +
      f.sql + (filter.security ? " AND coalesce(s.categories, '') != ''" : "") +
      " ORDER BY s.reports DESC, s.last_seen DESC, s.story LIMIT " + std::to_string(std::max(0, filter.limit));
  Result<sql::Statement*> stmt = db_->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  f.Bind(*stmt);
  std::vector<StoryRow> rows;
  Status status;
  while ((*stmt)->Step(&status)) {
    sql::Statement* q = *stmt;
    StoryRow r;
    r.story = q->Int(0);
    r.label = q->String(1);
    r.reports = q->Int(2);
    r.first_seen = q->String(3);
    r.last_seen = q->String(4);
    r.main_type = q->String(5);
    r.countries = SplitToStrings(q->Text(6), ',');
    r.categories = SplitToStrings(q->Text(7), ',');
    r.langs = SplitToStrings(q->Text(8), ',');
    r.near_duplicates = q->Int(9);
    rows.push_back(std::move(r));
  }
  if (!status.ok()) return status;
  // Each story's main event as its first report tells it, with the largest toll its reports give
  // for the same event (same type, same attacker): "at least 11 killed", then 32.
  Result<sql::Statement*> main = db_->Prepare(
      "SELECT e.type, e.mode, e.source_name, e.target_name, e.place_name, e.country, e.date, e.fatalities, "
      "(SELECT max(x.fatalities) FROM events x JOIN documents y ON y.doc = x.doc WHERE y.story = ?1 AND x.main = 1 "
      "AND x.type = e.type AND coalesce(x.source_name, '') = coalesce(e.source_name, '')) "
      "FROM events e JOIN documents d ON d.doc = e.doc WHERE d.story = ?1 AND e.main = 1 "
      "ORDER BY coalesce(d.published, ''), d.doc LIMIT 1");
  if (!main.ok()) return main.status();
  for (StoryRow& r : rows) {
    (*main)->Reset();
    (*main)->Bind(1, r.story);
    if ((*main)->Step(&status)) {
      sql::Statement* q = *main;
      if (r.main_type.empty()) r.main_type = q->String(0);
      r.mode = q->String(1);
      r.source_name = q->String(2);
      r.target_name = q->String(3);
      r.place_name = q->String(4);
      r.country = q->String(5);
      r.date = q->String(6);
      if (!q->IsNull(8)) r.fatalities = q->Int(8);
    }
    if (!status.ok()) return status;
  }
  return rows;
}

Result<std::vector<ActorRow>> Store::TopActors(const std::string& from, const std::string& to, int limit) {
  Filters f;
  if (!from.empty()) f.Add("coalesce(d.published, '') >= ?", from);
  if (!to.empty()) f.Add("substr(coalesce(d.published, ''), 1, length(?)) <= ?", to);
  std::string sql =
      "SELECT a.entity, max(a.name), max(a.kind), count(DISTINCT d.story), count(*) FROM ("
      "SELECT doc, source_entity AS entity, source_name AS name, source_kind AS kind FROM events "
      "WHERE background = 0 AND source_entity IS NOT NULL AND source_entity NOT LIKE 'country:%' "
      "UNION ALL SELECT doc, target_entity, target_name, target_kind FROM events "
      "WHERE background = 0 AND target_entity IS NOT NULL AND target_entity NOT LIKE 'country:%') a "
      "JOIN documents d ON d.doc = a.doc WHERE 1" +
      f.sql + " GROUP BY a.entity ORDER BY 4 DESC, 5 DESC, 1 LIMIT " + std::to_string(std::max(0, limit));
  Result<sql::Statement*> stmt = db_->Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  f.Bind(*stmt);
  std::vector<ActorRow> rows;
  Status status;
  while ((*stmt)->Step(&status)) {
    ActorRow r;
    r.entity = (*stmt)->String(0);
    r.name = (*stmt)->String(1);
    r.kind = (*stmt)->String(2);
    r.stories = (*stmt)->Int(3);
    r.events = (*stmt)->Int(4);
    rows.push_back(std::move(r));
  }
  if (!status.ok()) return status;
  return rows;
}

}  // namespace vigie
