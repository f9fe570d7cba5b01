// Store: writing documents and reading them back, through the library.
#include "store/store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "../test_util.h"
#include "analyze/analysis_json.h"
#include "store/query.h"

namespace vigie {
namespace {

using testing::AnalyzeText;
using testing::TempDir;

TEST(ContentHash, SameTextUpToCaseAccentsAndSpacing) {
  std::string a = ContentHash("Des hommes armés ont attaqué Gao.");
  EXPECT_EQ(a.size(), 32u);
  EXPECT_EQ(a, ContentHash("  DES hommes  armes\nont attaque Gao. "));
  EXPECT_EQ(ContentHash("قتل المسلحون"), ContentHash("قَتَلَ المسلّحون"));  // harakat
  EXPECT_NE(a, ContentHash("Des hommes armés ont attaqué Mopti."));
  EXPECT_NE(ContentHash("ab"), ContentHash("a b"));  // spacing inside a word is not spacing
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Store>> s = Store::Open(dir_.path() + "/s.db", Store::Options());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }
  Store::PutResult Put(const std::string& id, const std::string& lang, const std::string& title,
                       const std::string& body, const std::string& published) {
    Analysis a = AnalyzeText(body, lang, title, published);
    a.doc.id = id;
    std::string json;
    AnalysisJsonWriter().Write(a, AnalysisJsonOptions(), &json);
    Result<Store::PutResult> r = store_->Put(a, json, ContentHash(body));
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : Store::PutResult::kDuplicate;
  }
  std::vector<std::string> Ids(const std::string& query, SearchRequest request = {}) {
    Result<std::string> match = TranslateQuery(query);
    EXPECT_TRUE(match.ok()) << query;
    request.match = match.ok() ? *match : "";
    Result<std::vector<SearchHit>> hits = store_->Search(request);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    std::vector<std::string> ids;
    if (hits.ok()) {
      for (const SearchHit& h : *hits) ids.push_back(h.doc_id);
    }
    return ids;
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

const char kGao[] =
    "Des hommes armés ont attaqué mardi un poste de la gendarmerie à Gao, dans le nord du Mali, tuant trois "
    "gendarmes, selon une source sécuritaire.";
const char kNiamey[] =
    "Les ministres de la région se sont réunis à Niamey, au Niger, pour parler de commerce et des routes. Un "
    "attentat récent a été évoqué en marge de la réunion.";
const char kLagos[] =
    "Gunmen attacked a police station in Lagos, Nigeria, on Monday, killing two officers, police said.";

TEST_F(StoreTest, PutsOnceAndFindsByIdOrContent) {
  EXPECT_EQ(Put("gao", "fr", "Attaque à Gao", kGao, "2025-03-04"), Store::PutResult::kStored);
  EXPECT_EQ(Put("gao", "fr", "", "Un tout autre texte sur la pluie à Bamako et les récoltes.", "2025-03-05"),
            Store::PutResult::kDuplicate);
  EXPECT_EQ(Put("gao-copy", "fr", "Attaque à Gao", kGao, "2025-03-04"), Store::PutResult::kDuplicate);
  Result<bool> by_hash = store_->Contains("other", ContentHash(kGao));
  ASSERT_TRUE(by_hash.ok());
  EXPECT_TRUE(*by_hash);
  Result<bool> neither = store_->Contains("other", ContentHash("rien"));
  ASSERT_TRUE(neither.ok());
  EXPECT_FALSE(*neither);
  Result<StoreStats> stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1);
  EXPECT_GE(stats->events, 1);  // the assault at Gao
  EventFilter filter;
  filter.country = "ML";
  filter.type = "ASSAULT";
  Result<std::vector<EventRow>> events = store_->Events(filter);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_FALSE(events->empty());
  EXPECT_EQ((*events)[0].doc_id, "gao");
  EXPECT_EQ((*events)[0].country, "ML");
}

TEST_F(StoreTest, ABatchNotCommittedLeavesNothing) {
  ASSERT_TRUE(store_->BeginBatch().ok());
  EXPECT_EQ(Put("gao", "fr", "", kGao, "2025-03-04"), Store::PutResult::kStored);
  ASSERT_TRUE(store_->Quarantine("x.jsonl:3", "", "invalid JSON", "{\"id\"").ok());
  store_.reset();  // closed with the batch open: rolled back
  Result<std::unique_ptr<Store>> s = Store::Open(dir_.path() + "/s.db", Store::Options());
  ASSERT_TRUE(s.ok());
  Result<StoreStats> stats = (*s)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 0);
  EXPECT_EQ(stats->quarantined, 0);
  EXPECT_TRUE((*s)->CheckIntegrity().ok());
}

TEST_F(StoreTest, SearchRanksTitlesFirstAndFilters) {
  Put("body", "fr", "Réunion régionale à Niamey", kNiamey, "2024-11-02");
  Put("title", "fr", "Attentat contre la gendarmerie à Gao", kGao, "2025-03-04");
  Put("lagos", "en", "Police station attacked in Lagos", kLagos, "2025-05-06");
  EXPECT_EQ(Ids("attentats"), (std::vector<std::string>{"title", "body"}));
  EXPECT_EQ(Ids("attentat gendarmerie"), (std::vector<std::string>{"title"}));
  EXPECT_EQ(Ids("Lagos OR Niamey").size(), 2u);
  EXPECT_EQ(Ids("\"poste de la gendarmerie\""), (std::vector<std::string>{"title"}));
  EXPECT_TRUE(Ids("\"gendarmerie poste\"").empty());  // a phrase keeps its order
  EXPECT_EQ(Ids("attacks"), (std::vector<std::string>{"lagos"}));  // stemmed in English
  SearchRequest fr;
  fr.lang = "fr";
  EXPECT_TRUE(Ids("attacked", fr).empty());
  SearchRequest mali;
  mali.country = "ML";
  EXPECT_EQ(Ids("attentat", mali), (std::vector<std::string>{"title"}));
  SearchRequest dated;
  dated.from = "2025";
  EXPECT_EQ(Ids("attentat", dated), (std::vector<std::string>{"title"}));
  dated.from = "";
  dated.to = "2024-11";
  EXPECT_EQ(Ids("attentat", dated), (std::vector<std::string>{"body"}));
  SearchRequest limited;
  limited.limit = 1;
  EXPECT_EQ(Ids("attentat", limited), (std::vector<std::string>{"title"}));
  // Snippets mark the words found, in the document's own spelling.
  SearchRequest marks;
  marks.open_mark = "<";
  marks.close_mark = ">";
  Result<std::string> match = TranslateQuery("gendarmes");
  ASSERT_TRUE(match.ok());
  marks.match = *match;
  Result<std::vector<SearchHit>> hits = store_->Search(marks);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_NE((*hits)[0].snippet.find("<gendarmes>"), std::string::npos) << (*hits)[0].snippet;
  EXPECT_GT((*hits)[0].score, 0);
  EXPECT_EQ((*hits)[0].countries.front(), "ML");
}

TEST_F(StoreTest, AWindowRanksTheNewestMatchesOnly) {
  // The best match (the word in its title) was stored first; two weaker ones came after.
  Put("old", "fr", "Attentat contre la gendarmerie à Gao", kGao, "2025-03-04");
  Put("mid", "fr", "Réunion régionale", kNiamey, "2025-03-05");
  Put("new", "fr", "", "Un attentat a été déjoué à Bamako, selon la police malienne, qui a arrêté deux hommes.",
      "2025-03-06");
  SearchRequest all;
  all.window = 0;
  std::vector<std::string> every = Ids("attentat", all);
  ASSERT_EQ(every.size(), 3u);
  EXPECT_EQ(every[0], "old");
  SearchRequest newest;
  newest.window = 2;
  std::vector<std::string> two = Ids("attentat", newest);
  EXPECT_EQ(std::set<std::string>(two.begin(), two.end()), (std::set<std::string>{"mid", "new"}));
  // Filters apply before the window: the two newest matches about Mali.
  newest.country = "ML";
  std::vector<std::string> mali = Ids("attentat", newest);
  EXPECT_EQ(std::set<std::string>(mali.begin(), mali.end()), (std::set<std::string>{"old", "new"}));
  // The default window holds all three.
  EXPECT_EQ(Ids("attentat").size(), 3u);
}

TEST_F(StoreTest, RawFts5SyntaxFromACallerIsAnErrorNotACrash) {
  Put("gao", "fr", "", kGao, "2025-03-04");
  for (const char* raw : {"\"", "NEAR(", "a AND", "(", "*", "title:"}) {
    SearchRequest r;
    r.match = raw;
    Result<std::vector<SearchHit>> hits = store_->Search(r);
    EXPECT_FALSE(hits.ok()) << raw;
    EXPECT_EQ(hits.status().code(), StatusCode::kInvalidArgument) << raw << ": " << hits.status().ToString();
  }
}

TEST_F(StoreTest, TheWalIsCheckpointedAsBatchesCommit) {
  // Enough batches to pass an auto-checkpoint of 250 pages (2 MiB) several times. Each commit must
  // leave no statement holding a read open, or no checkpoint ever runs: the pages stay in the
  // WAL and the database file keeps its first page only.
  store_.reset();
  Store::Options options;
  options.checkpoint_pages = 250;
  Result<std::unique_ptr<Store>> reopened = Store::Open(dir_.path() + "/s.db", options);
  ASSERT_TRUE(reopened.ok()) << reopened.status().ToString();
  store_ = std::move(*reopened);
  std::string text;
  for (int i = 0; i < 400; ++i) {
    text += "Le convoi " + std::to_string(i) + " est passé par Gao, Ménaka et Ansongo sans incident signalé. ";
  }
  for (int batch = 0; batch < 6; ++batch) {
    ASSERT_TRUE(store_->BeginBatch().ok());
    for (int i = 0; i < 5; ++i) {
      std::string id = "d" + std::to_string(batch) + "-" + std::to_string(i);
      EXPECT_EQ(Put(id, "fr", "Convoi " + id, id + " " + text, "2025-03-04"), Store::PutResult::kStored);
    }
    ASSERT_TRUE(store_->CommitBatch(0, IngestCounts()).ok());
  }
  std::string db = dir_.path() + "/s.db";
  const auto main_size = std::filesystem::file_size(db);
  const auto wal_size = std::filesystem::file_size(db + "-wal");
  EXPECT_GT(main_size, 1u << 20) << "WAL " << wal_size;
  EXPECT_TRUE(store_->CheckIntegrity().ok());
}

}  // namespace
}  // namespace vigie
