// TranslateQuery: the user's search syntax into FTS5, and nothing the user types as FTS5 syntax.
#include "store/query.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie {
namespace {

struct Case {
  const char* query;
  const char* fts;  // nullptr: an error is expected
};

TEST(TranslateQuery, Table) {
  const Case cases[] = {
      {"attaque", "\"attaque\""},
      {"attaque Niger", "\"attaque\" AND \"Niger\""},
      {"  attaque\t\nNiger  ", "\"attaque\" AND \"Niger\""},
      {"\"forces armées\" Mali", "\"forces armées\" AND \"Mali\""},
      {"Mali OR Niger", "(\"Mali\" OR \"Niger\")"},
      {"attack Mali OR Niger", "\"attack\" AND (\"Mali\" OR \"Niger\")"},
      {"a OR b OR c d", "(\"a\" OR \"b\" OR \"c\") AND \"d\""},
      {"a AND b", "\"a\" AND \"b\""},
      {"or and", "\"or\" AND \"and\""},  // only the upper-case words are operators
      {"\"unclosed phrase", "\"unclosed phrase\""},
      {"al-Shabaab", "\"al-Shabaab\""},
      {"الهجمات", "\"الهجمات\""},
      // FTS5 and SQL syntax is quoted or dropped, never passed through.
      {"NEAR(a b)", "\"NEAR(a\" AND \"b)\""},
      {"title:attack", "\"title:attack\""},
      {"attack*", "\"attack*\""},
      {"^start", "\"^start\""},
      {"x'; DROP TABLE documents; --", "\"x';\" AND \"DROP\" AND \"TABLE\" AND \"documents;\""},
      {"* attack", "\"attack\""},
      // Errors.
      {"", nullptr},
      {"   ", nullptr},
      {"\"", nullptr},
      {"\"\"", nullptr},
      {"*", nullptr},
      {"'; --", nullptr},
      {"OR", nullptr},
      {"OR attack", nullptr},
      {"attack OR", nullptr},
      {"attack OR OR Mali", nullptr},
  };
  for (const Case& c : cases) {
    Result<std::string> got = TranslateQuery(c.query);
    if (c.fts == nullptr) {
      EXPECT_FALSE(got.ok()) << c.query << " -> " << (got.ok() ? *got : "");
      if (!got.ok()) {
        EXPECT_EQ(got.status().code(), StatusCode::kInvalidArgument);
        EXPECT_FALSE(got.status().message().empty());
      }
    } else {
      ASSERT_TRUE(got.ok()) << c.query << ": " << got.status().ToString();
      EXPECT_EQ(*got, c.fts) << c.query;
    }
  }
}

TEST(TranslateQuery, RejectsInvalidUtf8AndOversizedQueries) {
  EXPECT_FALSE(TranslateQuery("attaque \xC3").ok());
  EXPECT_FALSE(TranslateQuery(std::string("a\0b", 3)).ok());
  EXPECT_FALSE(TranslateQuery(std::string(kMaxQueryBytes + 1, 'a')).ok());
  std::string many;
  for (size_t i = 0; i <= kMaxQueryTerms; ++i) many += "w" + std::to_string(i) + " ";
  Result<std::string> r = TranslateQuery(many);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("more than"), std::string::npos);
}

}  // namespace
}  // namespace vigie
