// Tests for text/word_list: the line-based data file format of data/.
#include "text/word_list.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "../test_util.h"

namespace vigie {
namespace {

struct Entry {
  std::vector<std::string> fields;
  int line;
  bool operator==(const Entry&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Entry& e) {
  os << "line " << e.line << ":";
  for (const std::string& f : e.fields) os << " [" << f << "]";
  return os;
}

std::vector<Entry> Parse(std::string_view contents) {
  Result<std::vector<WordListEntry>> r = ParseWordList(contents, "test.txt");
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  std::vector<Entry> out;
  if (!r.ok()) return out;
  for (const WordListEntry& e : r.value()) out.push_back({e.fields, e.line});
  return out;
}

struct ListCase {
  const char* name;
  std::string contents;
  std::vector<Entry> expected;
};

TEST(ParseWordList, Table) {
  const ListCase kCases[] = {
      {"empty", "", {}},
      {"only newlines", "\n\n\n", {}},
      {"one word, no final newline", "AFP", {{{"AFP"}, 1}}},
      {"one word with final newline", "AFP\n", {{{"AFP"}, 1}}},
      {"comments and blank lines keep line numbers", "# header\n# more\n\nAFP\n\n# x\nReuters\n",
       {{{"AFP"}, 4}, {{"Reuters"}, 7}}},
      {"indented comment", "   # comment\n\t# comment\nword\n", {{{"word"}, 3}}},
      {"hash inside a line is not a comment", "C#\tlang\na\t#b\n", {{{"C#", "lang"}, 1}, {{"a", "#b"}, 2}}},
      {"tab-separated fields", "etc\tmay-end\nM\n", {{{"etc", "may-end"}, 1}, {{"M"}, 2}}},
      {"fields trimmed", "  a \t b  \n", {{{"a", "b"}, 1}}},
      {"empty fields dropped", "a\t\tb\t\n\tc\n", {{{"a", "b"}, 1}, {{"c"}, 2}}},
      {"CRLF line endings", "# c\r\nAFP\r\na\tb\r\n\r\nc\r\n", {{{"AFP"}, 2}, {{"a", "b"}, 3}, {{"c"}, 5}}},
      {"white-space-only lines skipped", " \t \n\t\nx\n", {{{"x"}, 3}}},
      {"inner spaces kept", "Associated Press\nأ ف ب\n", {{{"Associated Press"}, 1}, {{"أ ف ب"}, 2}}},
      {"utf-8 fields", "Gén\nهـ\tmay-end\n", {{{"Gén"}, 1}, {{"هـ", "may-end"}, 2}}},
      {"no-break space is not trimmed", "\u00A0x\n", {{{"\u00A0x"}, 1}}},
  };
  for (const ListCase& c : kCases) {
    EXPECT_EQ(Parse(c.contents), c.expected) << c.name;
  }
}

TEST(ParseWordList, InvalidUtf8NamesTheFileAndTheOffset) {
  const std::string contents = "AFP\nRe\xFFuters\n";
  Result<std::vector<WordListEntry>> r = ParseWordList(contents, "data/text/agencies.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  const std::string& m = r.status().message();
  EXPECT_NE(m.find("data/text/agencies.txt"), std::string::npos) << m;
  EXPECT_NE(m.find("byte offset 6"), std::string::npos) << m;

  // A truncated sequence at the very end, and a surrogate in the middle.
  r = ParseWordList("ok\nM\xC3", "a.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("byte offset 4"), std::string::npos) << r.status().message();
  r = ParseWordList("x\n\xED\xA0\x80\n", "b.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("b.txt"), std::string::npos);
  EXPECT_NE(r.status().message().find("byte offset 2"), std::string::npos) << r.status().message();
}

TEST(LoadWordList, ReadsAFile) {
  testing::TempDir dir;
  std::string path = dir.Write("list.txt", "# header\nAFP\nRIA Novosti\t\n");
  Result<std::vector<WordListEntry>> r = LoadWordList(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().size(), 2u);
  EXPECT_EQ(r.value()[0].fields, std::vector<std::string>{"AFP"});
  EXPECT_EQ(r.value()[0].line, 2);
  EXPECT_EQ(r.value()[1].fields, std::vector<std::string>{"RIA Novosti"});
  EXPECT_EQ(r.value()[1].line, 3);
}

// Regression: a byte order mark at the start of a data file stayed glued to the first entry.
TEST(ParseWordList, RegressionByteOrderMarkIsNotPartOfTheFirstEntry) {
  Result<std::vector<WordListEntry>> r = ParseWordList("\xEF\xBB\xBF" "AFP\nMAP\n", "list.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r.value().size(), 2u);
  EXPECT_EQ(r.value()[0].fields, std::vector<std::string>{"AFP"});
  EXPECT_EQ(r.value()[0].line, 1);
}

TEST(LoadWordList, BadFileNamesThePath) {
  testing::TempDir dir;
  std::string path = dir.Write("bad.txt", "ok\n\xC0\xAF\n");
  Result<std::vector<WordListEntry>> r = LoadWordList(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(path), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("byte offset 3"), std::string::npos) << r.status().message();
}

TEST(LoadWordList, MissingFileIsAnError) {
  testing::TempDir dir;
  Result<std::vector<WordListEntry>> r = LoadWordList(dir.path() + "/absent.txt");
  EXPECT_FALSE(r.ok());
}

TEST(LoadWordList, ProjectDataFilesParse) {
  // Every data file of the text layer parses, and no entry has an empty field.
  for (const char* name : {"abbreviations.ar.txt", "abbreviations.en.txt", "abbreviations.fr.txt",
                           "dateline_agencies.txt"}) {
    Result<std::vector<WordListEntry>> r = LoadWordList(testing::DataDir() + "/text/" + name);
    ASSERT_TRUE(r.ok()) << name << ": " << r.status().ToString();
    EXPECT_FALSE(r.value().empty()) << name;
    int prev_line = 0;
    for (const WordListEntry& e : r.value()) {
      EXPECT_FALSE(e.fields.empty()) << name;
      for (const std::string& f : e.fields) EXPECT_FALSE(f.empty()) << name << ":" << e.line;
      EXPECT_GT(e.line, prev_line) << name;
      prev_line = e.line;
    }
  }
}

}  // namespace
}  // namespace vigie
