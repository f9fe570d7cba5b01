// The `vigie` FTS5 tokenizer: terms as a table of tricky inputs, then through a real FTS5 table.
#include "store/fts_tokenizer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "../test_util.h"
#include "read/document_reader.h"
#include "store/schema.h"

namespace vigie {
namespace {

// The term of each word of `text`, one set per position.
std::vector<std::set<std::string>> Forms(const std::string& lang, const std::string& text) {
  Result<std::vector<FtsTerm>> terms = FtsTerms(lang, text);
  EXPECT_TRUE(terms.ok()) << terms.status().ToString();
  std::vector<std::set<std::string>> out;
  if (!terms.ok()) return out;
  for (const FtsTerm& t : *terms) {
    out.emplace_back();
    out.back().insert(t.term);
  }
  return out;
}

// Whether a one-word query `query` finds the one-word text `text`: FTS5 matches when a form
// of the query's word is a form indexed for the text's word.
bool Finds(const std::string& lang, const std::string& query, const std::string& text) {
  auto q = Forms(lang, query), t = Forms(lang, text);
  if (q.size() != 1 || t.size() != 1) return false;
  for (const std::string& form : q[0]) {
    if (t[0].count(form)) return true;
  }
  return false;
}

struct Pair {
  const char* lang;
  const char* query;
  const char* text;
  bool finds;
};

TEST(FtsTokenizer, WordFormsThatFindEachOther) {
  const Pair pairs[] = {
      // French: plural, case, accents typed or not.
      {"fr", "attentats", "attentat", true},
      {"fr", "Attentat", "ATTENTATS", true},
      {"fr", "securite", "sécurité", true},
      {"fr", "sécurité", "Securite", true},
      {"fr", "réfugiés", "réfugié", true},
      {"fr", "refugies", "réfugiés", true},
      {"fr", "enlèvement", "enlevés", true},
      {"fr", "attentat", "attente", false},
      // English.
      {"en", "attacks", "attacked", true},
      {"en", "kidnappings", "kidnapped", true},
      {"en", "Attack", "ATTACKING", true},
      {"en", "attack", "attic", false},
      // Arabic: the article, prepositions with the article, plural endings, hamza spelling, the
      // conjunction before the article (checked against the Snowball stemmer's own output).
      {"ar", "الهجمات", "بالهجمات", true},
      {"ar", "الهجمات", "للهجمات", true},
      {"ar", "الهجمات", "والهجمات", true},
      {"ar", "الهجوم", "هجوم", true},
      {"ar", "المسلحون", "مسلحين", true},
      {"ar", "الإرهابية", "إرهابية", true},
      {"ar", "الارهابية", "الإرهابية", true},
      {"ar", "الجماعات", "جماعة", true},
      {"ar", "جماعة", "الجماعات", true},  // the ta marbuta stemmed as written, not folded to ha
      {"ar", "حركة", "الحركات", true},
      // A bare plural and the same word with the article, which Snowball stems apart (عمليات ->
      // عمليا, العمليات -> عمل): the article form is indexed and searched as well.
      {"ar", "عمليات", "العمليات", true},
      {"ar", "العمليات", "عمليات", true},
      {"ar", "هجمات", "الهجمات", true},
      {"ar", "إرهابيين", "الإرهابيين", true},
      {"ar", "اشتباكات", "بالاشتباكات", true},
      {"ar", "الهجمات", "المسلحون", false},
  };
  for (const Pair& p : pairs) {
    EXPECT_EQ(Finds(p.lang, p.query, p.text), p.finds)
        << p.lang << ": '" << p.query << "' and '" << p.text << "'";
  }
}

TEST(FtsTokenizer, WhatBecomesATerm) {
  // Punctuation, elisions and possessives carry nothing; numbers and URLs are kept whole.
  Result<std::vector<FtsTerm>> fr = FtsTerms("fr", "L'attaque, à 15 h — d’après www.example.org !");
  ASSERT_TRUE(fr.ok());
  std::vector<std::string> primary;
  for (const FtsTerm& t : *fr) {
    primary.push_back(t.term);
  }
  // "après" is stemmed folded: "apres" -> apre, one term with or without the accent.
  EXPECT_EQ(primary, (std::vector<std::string>{"attaqu", "a", "15", "h", "apre", "www.example.org"}));
  EXPECT_EQ(Forms("fr", "d’après")[0], (std::set<std::string>{"apre"}));
  EXPECT_EQ(Forms("fr", "d’après"), Forms("fr", "apres"));
  auto en = Forms("en", "Nigeria's army");
  ASSERT_EQ(en.size(), 2u);
  EXPECT_TRUE(en[0].count("nigeria"));
  // Offsets point into the text as given (bytes).
  Result<std::vector<FtsTerm>> terms = FtsTerms("fr", "Un attentat");
  ASSERT_TRUE(terms.ok());
  ASSERT_EQ(terms->size(), 2u);
  EXPECT_EQ((*terms)[1].start, 3);
  EXPECT_EQ((*terms)[1].end, 11);
  // Zero-width and soft hyphen characters inside a word do not split it.
  EXPECT_EQ(Forms("fr", "atten\u00ADtat"), Forms("fr", "attentat"));
  // Arabic: a bare word is stemmed with the article, which Snowball strips together with the
  // plural ending it leaves on the bare word (عمليات alone would stem to عمليا).
  EXPECT_EQ(Forms("ar", "عمليات"), (std::vector<std::set<std::string>>{{"عمل"}}));
  EXPECT_EQ(Forms("ar", "العمليات"), (std::vector<std::set<std::string>>{{"عمل"}}));
  EXPECT_EQ(Forms("ar", "وبالعمليات"), Forms("ar", "بالعمليات"));
  // One term a word, never a second at the same position.
  Result<std::vector<FtsTerm>> mixed = FtsTerms("fr", "Sécurité des opérations à Ménaka");
  ASSERT_TRUE(mixed.ok());
  ASSERT_EQ(mixed->size(), 5u);
  for (size_t i = 1; i < mixed->size(); ++i) EXPECT_GT((*mixed)[i].start, (*mixed)[i - 1].start);
  // `none`: folded, not stemmed.
  EXPECT_EQ(Forms("none", "Attentats"), (std::vector<std::set<std::string>>{{"attentats"}}));
  // Runaway tokens are not indexed; invalid UTF-8 (a query) is repaired, not trusted.
  EXPECT_TRUE(Forms("en", std::string(kMaxTermBytes + 1, 'x')).empty());
  EXPECT_EQ(Forms("en", "attack\xC3 now"),
            (std::vector<std::set<std::string>>{{"attack"}, {"now"}}));  // U+FFFD is no word
  EXPECT_FALSE(FtsTerms("xx-unknown", "text").ok());
}

// Snippets re-tokenize without stemming (FTS5_TOKENIZE_AUX): every position must fall where
// the full tokenization put it, or highlights land on the wrong words.
TEST(FtsTokenizer, PositionsForSnippetsAreThoseOfTheIndex) {
  const struct {
    const char* lang;
    std::string text;
  } cases[] = {
      {"fr", "L'armée a riposté : 12 assaillants « neutralisés » à Ménaka, d’après l’état-major."},
      {"en", "Nigeria's army said 1,200 troops were deployed; see www.example.org for ISWAP's claim."},
      {"ar", "قتل ـ 12 مسلحا والجيش وبالمدينة ــ للأمم المتحدة، قال المتحدث."},  // lone tatweels
      {"none", "Attentats à Niamey: 3 morts"},
      {"en", "attack " + std::string(kMaxTermBytes + 5, 'x') + " now Ã then"},
  };
  for (const auto& c : cases) {
    Result<std::vector<FtsTerm>> full = FtsTerms(c.lang, c.text);
    Result<std::vector<FtsTerm>> aux = FtsTerms(c.lang, c.text, /*positions_only=*/true);
    ASSERT_TRUE(full.ok() && aux.ok());
    std::vector<std::pair<int, int>> a, b;
    for (const FtsTerm& t : *full) a.emplace_back(t.start, t.end);
    for (const FtsTerm& t : *aux) b.emplace_back(t.start, t.end);
    EXPECT_EQ(a, b) << c.text;
  }
  // A word that folds to nothing still takes its position, in both modes.
  EXPECT_EQ(Forms("ar", "قتل ـ الجيش").size(), 3u);
}

// Through SQLite: a table per language, the tokenizer registered on the connection.
class FtsTable : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_TRUE(RegisterVigieTokenizer(db_).ok());
  }
  void TearDown() override { sqlite3_close(db_); }
  int Exec(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }
  // Rowids matching `match` in table `t`.
  std::vector<int64_t> Match(const std::string& t, const std::string& match) {
    std::vector<int64_t> out;
    sqlite3_stmt* stmt = nullptr;
    std::string sql = "SELECT rowid FROM " + t + " WHERE " + t + " MATCH ?1 ORDER BY rowid";
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db_);
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) out.push_back(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
  }
  sqlite3* db_ = nullptr;
};

TEST_F(FtsTable, QueriesAreTokenizedLikeTheDocuments) {
  ASSERT_EQ(Exec("CREATE VIRTUAL TABLE fr USING fts5(title, body, tokenize = 'vigie fr')"), SQLITE_OK);
  ASSERT_EQ(Exec("INSERT INTO fr(rowid, title, body) VALUES "
                 "(1, 'Attentat à Gao', 'Un attentat a visé la sécurité du marché.'),"
                 "(2, '', 'Les réfugiés attendent.'),"
                 "(3, '', 'Rien à signaler.')"),
            SQLITE_OK);
  EXPECT_EQ(Match("fr", "attentats"), (std::vector<int64_t>{1}));
  EXPECT_EQ(Match("fr", "ATTENTAT"), (std::vector<int64_t>{1}));
  EXPECT_EQ(Match("fr", "securite"), (std::vector<int64_t>{1}));
  EXPECT_EQ(Match("fr", "refugies"), (std::vector<int64_t>{2}));
  EXPECT_EQ(Match("fr", "\"attentat a vise\""), (std::vector<int64_t>{1}));  // a phrase, across forms
  EXPECT_TRUE(Match("fr", "\"';\"").empty());  // no term: no match, no error
  ASSERT_EQ(Exec("INSERT INTO fr(fr) VALUES ('integrity-check')"), SQLITE_OK);

  ASSERT_EQ(Exec("CREATE VIRTUAL TABLE ar USING fts5(body, tokenize = 'vigie ar')"), SQLITE_OK);
  ASSERT_EQ(Exec("INSERT INTO ar(rowid, body) VALUES (1, 'وقتل مسلحون ثلاثة جنود في الهجمات على القاعدة')"),
            SQLITE_OK);
  EXPECT_EQ(Match("ar", "بالهجمات"), (std::vector<int64_t>{1}));
  EXPECT_EQ(Match("ar", "المسلحين"), (std::vector<int64_t>{1}));
}

TEST_F(FtsTable, HighlightsMarkTheWordsFound) {
  ASSERT_EQ(Exec("CREATE VIRTUAL TABLE fr USING fts5(body, tokenize = 'vigie fr')"), SQLITE_OK);
  ASSERT_EQ(Exec("CREATE VIRTUAL TABLE ar USING fts5(body, tokenize = 'vigie ar')"), SQLITE_OK);
  ASSERT_EQ(Exec("INSERT INTO fr(rowid, body) VALUES (1, 'L’armée a riposté : d’après l’état-major, les "
                 "assaillants ont été neutralisés à Ménaka.')"),
            SQLITE_OK);
  ASSERT_EQ(Exec("INSERT INTO ar(rowid, body) VALUES (1, 'قتل ـ 12 مسلحا ــ والجيش في عسير وجازان')"), SQLITE_OK);
  auto highlight = [&](const std::string& t, const std::string& match) {
    sqlite3_stmt* stmt = nullptr;
    std::string sql = "SELECT highlight(" + t + ", 0, '[', ']') FROM " + t + " WHERE " + t + " MATCH ?1";
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK);
    sqlite3_bind_text(stmt, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW) out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
  };
  EXPECT_EQ(highlight("fr", "menaka neutralise"),
            "L’armée a riposté : d’après l’état-major, les assaillants ont été [neutralisés] à [Ménaka].");
  EXPECT_EQ(highlight("ar", "عسير"), "قتل ـ 12 مسلحا ــ والجيش في [عسير] وجازان");
  EXPECT_EQ(highlight("ar", "الجيش"), "قتل ـ 12 مسلحا ــ [والجيش] في عسير وجازان");
}

TEST_F(FtsTable, ATableNeedsOneKnownLanguage) {
  EXPECT_NE(Exec("CREATE VIRTUAL TABLE a USING fts5(x, tokenize = 'vigie')"), SQLITE_OK);
  EXPECT_NE(Exec("CREATE VIRTUAL TABLE b USING fts5(x, tokenize = 'vigie klingon')"), SQLITE_OK);
  EXPECT_NE(Exec("CREATE VIRTUAL TABLE c USING fts5(x, tokenize = 'vigie fr en')"), SQLITE_OK);
}

// Store::Put hands the analysis's tokens to the tokenizer (PretokenizedScope) instead of having
// it split the title and the body again: the terms must be the same as without them, on the
// bundled articles of every language and on texts whose tokens depend on their neighbours
// (elisions, possessives, decimal marks, Arabic clitics, URLs, a word cut by the title's end).
TEST(FtsTokenizer, TheAnalysisTokensGiveTheSameTerms) {
  std::vector<Document> docs;
  for (const char* file : {"/samples/news.jsonl", "/samples/stories.jsonl"}) {
    Result<std::unique_ptr<DocumentReader>> reader =
        DocumentReader::Open(std::string(VIGIE_TEST_SOURCE_DIR) + file, ReadOptions());
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    ReadItem item;
    while ((*reader)->Next(&item)) {
      if (item.ok) docs.push_back(item.doc);
    }
  }
  ASSERT_GT(docs.size(), 40u);
  auto add = [&](const std::string& lang, const std::string& title, const std::string& body) {
    Document d;
    d.id = title;
    d.lang_hint = lang;
    d.title = title;
    d.body = body;
    docs.push_back(d);
  };
  add("fr", "L'armée a tué 3,5 % des « terroristes » d'AQMI", "Aujourd'hui, l'État islamique (EI) a revendiqué "
      "l'attaque : 1 234,5 km, 12h30, www.example.org/a?b=1 et contact@example.org.");
  add("en", "Nigeria's army: 2.5m people displaced", "The group's leader, Abu Musab al-Barnawi's deputy, said "
      "1,200.75 naira... U.S.-led forces' base was hit at 3.30pm.");
  add("ar", "والهجمات بالمدينة وللجيش", "قتل ٣٫٥ من المسلحين في هجوم على قاعدة للجيش، وأعلنت الجماعة مسؤوليتها.");
  int compared = 0;
  for (const Document& d : docs) {
    Analysis a;
    ASSERT_TRUE(testing::SharedAnalyzer().Analyze(d, &a).ok());
    const std::string bucket(FtsBucketFor(a.lang.code));
    const std::string lang = bucket == kOtherFtsBucket ? "none" : bucket;
    const std::string_view title = std::string_view(a.text).substr(0, a.body_start >= 2 ? a.body_start - 2 : 0);
    const std::string_view body = std::string_view(a.text).substr(a.body_start);
    const std::span<const Token> tokens(a.tokens);
    const auto cut = std::lower_bound(tokens.begin(), tokens.end(), a.body_start,
                                      [](const Token& t, uint32_t at) { return t.start < at; });
    for (bool positions_only : {false, true}) {
      Result<std::vector<FtsTerm>> plain_title = FtsTerms(lang, title, positions_only);
      Result<std::vector<FtsTerm>> plain_body = FtsTerms(lang, body, positions_only);
      ASSERT_TRUE(plain_title.ok() && plain_body.ok());
      PretokenizedScope scope;
      scope.Add(title, std::span<const Token>(tokens.begin(), cut), 0, DecimalMarkFor(a.lang.code));
      scope.Add(body, std::span<const Token>(cut, tokens.end()), a.body_start, DecimalMarkFor(a.lang.code));
      Result<std::vector<FtsTerm>> given_title = FtsTerms(lang, title, positions_only);
      Result<std::vector<FtsTerm>> given_body = FtsTerms(lang, body, positions_only);
      ASSERT_TRUE(given_title.ok() && given_body.ok());
      auto same = [](const std::vector<FtsTerm>& x, const std::vector<FtsTerm>& y) {
        return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin(), [](const FtsTerm& p, const FtsTerm& q) {
                 return p.term == q.term && p.start == q.start && p.end == q.end;
               });
      };
      EXPECT_TRUE(same(*plain_title, *given_title)) << d.id << " " << title;
      EXPECT_TRUE(same(*plain_body, *given_body)) << d.id << " " << body.substr(0, 80);
      ++compared;
    }
  }
  EXPECT_EQ(compared, 2 * static_cast<int>(docs.size()));
}

// A scope gives its tokens only to a text equal to one it holds, not to one of the same length.
TEST(FtsTokenizer, AScopeOnlyServesItsOwnTexts) {
  Analysis a = testing::AnalyzeText("Des hommes armés ont attaqué Gao.", "fr");
  const std::string same_length = "Un convoi de vivres a rejoint Kidal";
  ASSERT_EQ(same_length.size(), a.text.size() - a.body_start);
  Result<std::vector<FtsTerm>> plain = FtsTerms("fr", same_length);
  ASSERT_TRUE(plain.ok());
  PretokenizedScope scope;
  scope.Add(std::string_view(a.text).substr(a.body_start), a.tokens, a.body_start, DecimalMarkFor("fr"));
  Result<std::vector<FtsTerm>> other = FtsTerms("fr", same_length);
  ASSERT_TRUE(other.ok());
  ASSERT_EQ(other->size(), plain->size());
  for (size_t i = 0; i < other->size(); ++i) EXPECT_EQ((*other)[i].term, (*plain)[i].term);
}

// Tokens that cannot be the text's are not trusted: the text is tokenized as usual.
TEST(FtsTokenizer, AScopeIgnoresTokensThatAreNotTheTexts) {
  const std::string text = "Des soldats ont quitté Mopti.";
  Result<std::vector<FtsTerm>> plain = FtsTerms("fr", text);
  ASSERT_TRUE(plain.ok());
  ASSERT_FALSE(plain->empty());
  Analysis longer = testing::AnalyzeText("Des soldats ont quitté Mopti mardi soir pour rejoindre Gao.", "fr");
  const std::span<const Token> body(longer.tokens);
  for (auto [tokens, offset] : {std::pair{std::span<const Token>(), 0u},                 // none
                                std::pair{body, static_cast<uint32_t>(longer.body_start)},  // past the end
                                std::pair{body, static_cast<uint32_t>(longer.body_start) + 1}}) {  // before the start
    PretokenizedScope scope;
    scope.Add(text, tokens, offset, DecimalMarkFor("fr"));
    Result<std::vector<FtsTerm>> got = FtsTerms("fr", text);
    ASSERT_TRUE(got.ok());
    ASSERT_EQ(got->size(), plain->size());
    for (size_t i = 0; i < got->size(); ++i) EXPECT_EQ((*got)[i].term, (*plain)[i].term);
  }
}

}  // namespace
}  // namespace vigie
