// vigie_rank (store/fts_rank.h) and the facets (store/facets.h), through SQLite.
#include "store/fts_rank.h"

#include <sqlite3.h>

#include <cmath>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "store/facets.h"
#include "store/fts_tokenizer.h"

namespace vigie {
namespace {

class FtsRank : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_TRUE(RegisterVigieTokenizer(db_).ok());
    ASSERT_TRUE(RegisterVigieRank(db_).ok());
    ASSERT_EQ(Exec("CREATE VIRTUAL TABLE t USING fts5(title, body, facets, tokenize = 'vigie en')"), SQLITE_OK);
  }
  void TearDown() override { sqlite3_close(db_); }
  int Exec(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }
  void Insert(int64_t rowid, const std::string& title, const std::string& body, const std::string& facets) {
    sqlite3_stmt* s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db_, "INSERT INTO t(rowid, title, body, facets) VALUES (?1, ?2, ?3, ?4)", -1, &s,
                                 nullptr),
              SQLITE_OK);
    sqlite3_bind_int64(s, 1, rowid);
    sqlite3_bind_text(s, 2, title.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 3, body.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 4, facets.c_str(), -1, SQLITE_TRANSIENT);
    ASSERT_EQ(sqlite3_step(s), SQLITE_DONE) << sqlite3_errmsg(db_);
    sqlite3_finalize(s);
  }
  // (rowid, score) of every match of `match` by `score_sql`, in rowid order.
  std::vector<std::pair<int64_t, double>> Scores(const std::string& score_sql, const std::string& match) {
    std::vector<std::pair<int64_t, double>> out;
    sqlite3_stmt* s = nullptr;
    std::string sql = "SELECT rowid, " + score_sql + " FROM t WHERE t MATCH ?1 ORDER BY rowid";
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
    sqlite3_bind_text(s, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) out.emplace_back(sqlite3_column_int64(s, 0), sqlite3_column_double(s, 1));
    sqlite3_finalize(s);
    return out;
  }
  sqlite3* db_ = nullptr;
};

TEST_F(FtsRank, BelowTheCapItIsBm25) {
  const char* bodies[] = {"gunmen attacked a convoy near the border", "the convoy reached the town",
                          "talks on the border resumed", "gunmen attacked the town and the convoy, then the border post",
                          "weather report"};
  for (int i = 0; i < 5; ++i) Insert(i + 1, i == 2 ? "Border talks" : "", bodies[i], FacetText("en", "", {}, {}));
  for (const std::string match : {"\"convoy\"", "\"gunmen\" AND \"convoy\"", "\"border\" OR \"town\"", "\"the convoy\""}) {
    const int phrases = static_cast<int>(std::count(match.begin(), match.end(), '"') / 2);
    auto ours = Scores("vigie_rank(t, 1, 5, " + std::to_string(phrases) + ", 0, 4.0, 1.0, 0.0)", match);
    auto fts5 = Scores("-bm25(t, 4.0, 1.0, 0.0)", match);
    ASSERT_EQ(ours.size(), fts5.size()) << match;
    ASSERT_FALSE(ours.empty()) << match;
    for (size_t i = 0; i < ours.size(); ++i) {
      EXPECT_EQ(ours[i].first, fts5[i].first);
      EXPECT_NEAR(ours[i].second, fts5[i].second, 1e-9) << match << " row " << ours[i].first;
    }
  }
}

TEST_F(FtsRank, FacetWordsFilterWithoutScoring) {
  Insert(1, "", "gunmen attacked a convoy", FacetText("en", "2015-03-02", {"ML"}, {"terrorism.attack"}));
  Insert(2, "", "gunmen attacked a convoy", FacetText("en", "2016", {"NE", "ML"}, {}));
  Insert(3, "", "a convoy of trucks", FacetText("en", "2015-04", {"NE"}, {}));
  auto only = [&](const std::string& facets) {
    std::vector<int64_t> rows;
    for (const auto& [row, score] : Scores("vigie_rank(t, 1, 3, 1, 0, 4.0, 1.0, 0.0)", "(\"convoy\") AND " + facets)) {
      rows.push_back(row);
      EXPECT_GT(score, 0.0);
    }
    return rows;
  };
  auto filter = [](std::string country, std::string category, std::string from, std::string to) {
    return MakeFacetFilter("", country, category, from, to, 2015, 2016).expression;
  };
  EXPECT_EQ(only(filter("ML", "", "", "")), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(only(filter("NE", "", "", "")), (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(only(filter("", "terrorism.attack", "", "")), (std::vector<int64_t>{1}));
  EXPECT_EQ(only(filter("", "", "2015", "2015")), (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(only(filter("", "", "2016", "")), (std::vector<int64_t>{2}));
  // Months: a superset the rows' dates are checked against (the year-only document is in it).
  EXPECT_EQ(only(filter("", "", "2015-04", "2016-01")), (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(only(MakeFacetFilter("en", "", "", "", "", 0, 0).expression), (std::vector<int64_t>{1, 2, 3}));
  // The same score with or without the facet words: they only filter.
  auto plain = Scores("vigie_rank(t, 1, 3, 1, 0, 4.0, 1.0, 0.0)", "\"convoy\"");
  auto faceted = Scores("vigie_rank(t, 1, 3, 1, 0, 4.0, 1.0, 0.0)", "(\"convoy\") AND " + filter("ML", "", "", ""));
  ASSERT_EQ(faceted.size(), 2u);
  EXPECT_DOUBLE_EQ(faceted[0].second, plain[0].second);
  // Text never matches a facet word: '=' splits words.
  EXPECT_TRUE(Scores("1", "\"country=ML\"").empty());
  // A body opening with the facet mark is text all the same: it cannot give its document facets.
  Insert(4, "", std::string(kFacetMark) + " country=ML convoy", FacetText("en", "2015-05", {"NE"}, {}));
  EXPECT_EQ(only(filter("ML", "", "", "")), (std::vector<int64_t>{1, 2}));
  EXPECT_EQ(only(filter("NE", "", "", "")), (std::vector<int64_t>{2, 3, 4}));
  Result<std::vector<FtsTerm>> text = FtsTerms("fr", std::string(kFacetMark) + " Attaques à Gao");
  ASSERT_TRUE(text.ok());
  ASSERT_EQ(text->size(), 3u);
  EXPECT_EQ((*text)[0].term, "attaqu");
  EXPECT_TRUE(IsFacetText(FacetText("fr", "2015-03", {"ML"}, {"terrorism.attack"})));
  EXPECT_FALSE(IsFacetText(std::string(kFacetMark) + " country=ML convoy"));
}

TEST_F(FtsRank, KeepingTheBestRowsGivesTheSameBestRows) {
  // Rows of every length with 0-3 occurrences of each word, so that scores spread and a bound
  // at size 0 prunes some rows and not others.
  for (int i = 1; i <= 300; ++i) {
    std::string body;
    for (int k = 0; k < i % 4; ++k) body += "convoy ";
    for (int k = 0; k < (i / 4) % 3; ++k) body += "gunmen ";
    for (int k = 0; k < (i * 7) % 40; ++k) body += "filler" + std::to_string(k) + " ";
    Insert(i, i % 23 == 0 ? "Convoy" : "", body + "end", FacetText("en", "", {}, {}));
  }
  for (const std::string match : {"\"convoy\"", "\"convoy\" OR \"gunmen\"", "\"convoy\" AND \"gunmen\""}) {
    for (int keep : {1, 5, 20}) {
      auto best = [&](int k) {
        std::vector<std::pair<int64_t, double>> out;
        sqlite3_stmt* s = nullptr;
        std::string sql = "SELECT rowid, vigie_rank(t, 1, 300, 2, " + std::to_string(k) +
                          ", 4.0, 1.0, 0.0) AS score FROM t WHERE t MATCH ?1 ORDER BY score DESC, rowid LIMIT " +
                          std::to_string(keep);
        EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
        sqlite3_bind_text(s, 1, match.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(s) == SQLITE_ROW) out.emplace_back(sqlite3_column_int64(s, 0), sqlite3_column_double(s, 1));
        sqlite3_finalize(s);
        return out;
      };
      auto all = best(0), kept = best(keep);
      ASSERT_EQ(all.size(), static_cast<size_t>(keep)) << match;
      EXPECT_EQ(kept, all) << match << " keep " << keep;
    }
  }
}

TEST(FacetFilter, WhatTheDatesAsk) {
  FacetFilter years = MakeFacetFilter("", "", "", "2014", "2015", 2000, 2026);
  EXPECT_FALSE(years.check_dates);  // whole years: the facet is the filter
  EXPECT_NE(years.expression.find("year=2014"), std::string::npos);
  EXPECT_NE(years.expression.find("year=2015"), std::string::npos);
  FacetFilter open = MakeFacetFilter("", "", "", "2025", "", 2000, 2026);
  EXPECT_NE(open.expression.find("year=2026"), std::string::npos);
  FacetFilter days = MakeFacetFilter("", "", "", "2015-11-20", "2016-01-05", 2000, 2026);
  EXPECT_TRUE(days.check_dates);
  for (const char* word : {"month=2015-11", "month=2015-12", "month=2016-01", "month=2015\"", "month=2016\""}) {
    EXPECT_NE(days.expression.find(word), std::string::npos) << word;
  }
  EXPECT_EQ(days.expression.find("month=2016-02"), std::string::npos);
  // Too wide, unreadable or reversed: no facet, the rows are checked.
  for (auto [from, to] : {std::pair{"1900", "2026"}, {"2010-01", "2015-01"}, {"soon", ""}, {"2016", "2015"}}) {
    FacetFilter f = MakeFacetFilter("", "", "", from, to, 1900, 2026);
    EXPECT_TRUE(f.expression.empty()) << from << ".." << to;
    EXPECT_TRUE(f.check_dates);
  }
  EXPECT_TRUE(MakeFacetFilter("", "", "", "", "", 2000, 2026).expression.empty());
}

TEST(FacetText, OneWordPerValue) {
  EXPECT_EQ(FacetText("fr", "2015-03-02T10:00:00Z", {"ML", "NE"}, {"terrorism.attack"}),
            std::string(kFacetMark) + " lang=fr year=2015 month=2015-03 country=ML country=NE category=terrorism.attack");
  EXPECT_EQ(FacetText("ar", "2016", {}, {}), std::string(kFacetMark) + " lang=ar year=2016 month=2016");
  EXPECT_EQ(FacetText("en", "", {}, {}), std::string(kFacetMark) + " lang=en");
}

TEST(PhraseEstimate, ExactBelowTheCapExtrapolatedAbove) {
  EXPECT_DOUBLE_EQ(EstimatePhraseDocuments(12, false, 500, 1, 1000, 800), 12.0);
  // The capped walk reached a tenth of the span: ten times as many.
  EXPECT_NEAR(EstimatePhraseDocuments(kRankCountCap, true, 100000, 1, 1000000, 900000), 10.0 * kRankCountCap, 1.0);
  // Never more than the rows.
  EXPECT_DOUBLE_EQ(EstimatePhraseDocuments(kRankCountCap, true, 2, 1, 1000000, 5000), 5000.0);
}

}  // namespace
}  // namespace vigie
