// ExpandInputs: from the paths a user names to the list of inputs to read.
#include "read/inputs.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "../test_util.h"

namespace vigie {
namespace {

using testing::TempDir;

// A tree with readable files, other files, hidden entries and nested folders.
class ExpandInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"b.txt", "a.jsonl", "c.ndjson", "d.txt.gz", "e.jsonl.gz", "f.ndjson.gz", "notes.md",
                             "data.json", "archive.tar.gz", "txt", "README", "sub/z.txt", "sub/deeper/y.jsonl",
                             "sub/deeper/skip.csv", "Sub2/x.txt", ".hidden.txt", ".git/config.txt",
                             "sub/.cache/k.txt", "sub/deeper/.h.jsonl"}) {
      dir_.Write(name, "x");
    }
    std::filesystem::create_directories(P("empty_folder"));
  }
  std::string P(const std::string& rel) const { return dir_.path() + "/" + rel; }

  TempDir dir_;
};

TEST_F(ExpandInputsTest, FolderIsWalkedRecursivelyInSortedOrderForReadableNamesOnly) {
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({dir_.path()}, &errors);
  EXPECT_TRUE(errors.empty());
  // Byte order of the full paths: upper case before lower case, a folder's files where its
  // name sorts.
  std::vector<std::string> want = {P("Sub2/x.txt"), P("a.jsonl"),   P("b.txt"),
                                   P("c.ndjson"),   P("d.txt.gz"),  P("e.jsonl.gz"),
                                   P("f.ndjson.gz"), P("sub/deeper/y.jsonl"), P("sub/z.txt")};
  EXPECT_EQ(got, want);
}

TEST_F(ExpandInputsTest, HiddenFilesAndFoldersAreSkipped) {
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({dir_.path()}, &errors);
  for (const std::string& p : got) {
    EXPECT_EQ(p.find("/."), std::string::npos) << p;
  }
}

TEST_F(ExpandInputsTest, ExplicitFilesAreKeptWhateverTheirNameAndInTheOrderGiven) {
  std::vector<InputError> errors;
  std::vector<std::string> args = {P("notes.md"), P("README"), P(".hidden.txt"), P("b.txt"), P("a.jsonl"),
                                   P("archive.tar.gz")};
  EXPECT_EQ(ExpandInputs(args, &errors), args);
  EXPECT_TRUE(errors.empty());
}

TEST_F(ExpandInputsTest, FoldersAndFilesMixInTheOrderNamed) {
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({P("notes.md"), P("sub"), "-", P("b.txt")}, &errors);
  std::vector<std::string> want = {P("notes.md"), P("sub/deeper/y.jsonl"), P("sub/z.txt"), "-", P("b.txt")};
  EXPECT_EQ(got, want);
  EXPECT_TRUE(errors.empty());
}

TEST_F(ExpandInputsTest, StandardInputIsKept) {
  std::vector<InputError> errors;
  EXPECT_EQ(ExpandInputs({"-"}, &errors), std::vector<std::string>{"-"});
  EXPECT_TRUE(errors.empty());
}

TEST_F(ExpandInputsTest, GlobsAreExpandedSorted) {
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({P("*.txt")}, &errors);
  EXPECT_EQ(got, std::vector<std::string>{P("b.txt")});  // a glob's * does not match hidden files
  got = ExpandInputs({P("[a-c].*")}, &errors);
  EXPECT_EQ(got, (std::vector<std::string>{P("a.jsonl"), P("b.txt"), P("c.ndjson")}));
  got = ExpandInputs({P("?.*.gz")}, &errors);
  EXPECT_EQ(got, (std::vector<std::string>{P("d.txt.gz"), P("e.jsonl.gz"), P("f.ndjson.gz")}));
  EXPECT_TRUE(errors.empty());
}

TEST_F(ExpandInputsTest, GlobMatchingAFolderWalksIt) {
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({P("su*")}, &errors);
  EXPECT_EQ(got, (std::vector<std::string>{P("sub/deeper/y.jsonl"), P("sub/z.txt")}));
  EXPECT_TRUE(errors.empty());
}

TEST_F(ExpandInputsTest, MissingPathAndUnmatchedGlobAreReportedAndTheRestKept) {
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({P("missing.txt"), P("b.txt"), P("*.nomatch"), "-"}, &errors);
  EXPECT_EQ(got, (std::vector<std::string>{P("b.txt"), "-"}));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].path, P("missing.txt"));
  EXPECT_EQ(errors[0].status.code(), StatusCode::kNotFound);
  EXPECT_NE(errors[0].status.message().find("no such file"), std::string::npos);
  EXPECT_EQ(errors[1].path, P("*.nomatch"));
  EXPECT_EQ(errors[1].status.code(), StatusCode::kNotFound);
  EXPECT_NE(errors[1].status.message().find("no file matches"), std::string::npos);
}

TEST_F(ExpandInputsTest, EmptyFolderGivesNothing) {
  std::vector<InputError> errors;
  EXPECT_TRUE(ExpandInputs({P("empty_folder")}, &errors).empty());
  EXPECT_TRUE(errors.empty());
}

TEST_F(ExpandInputsTest, SymlinkedFolderInsideAWalkIsNotFollowed) {
  std::filesystem::create_directory_symlink(P("sub"), P("link_to_sub"));
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({dir_.path()}, &errors);
  for (const std::string& p : got) EXPECT_EQ(p.find("link_to_sub"), std::string::npos) << p;
  EXPECT_EQ(got.size(), 9u);
}

TEST(IsReadableName, Extensions) {
  for (const char* yes : {"a.txt", "a.jsonl", "a.ndjson", "a.txt.gz", "a.jsonl.gz", "a.ndjson.gz", ".txt"}) {
    EXPECT_TRUE(IsReadableName(yes)) << yes;
  }
  for (const char* no : {"a.json", "a.md", "a.gz", "a.tar.gz", "txt", "a.txt.bak", "a.TXT.zip", "a.csv", ""}) {
    EXPECT_FALSE(IsReadableName(no)) << no;
  }
  for (const char* yes : {"feed.xml", "feed.rss", "feed.atom", "page.html", "page.htm", "feed.xml.gz", "p.html.gz"}) {
    EXPECT_TRUE(IsReadableName(yes)) << yes;
  }
  for (const char* no : {"a.xsd", "a.xmlx", "page.shtml.bak", "a.rss2"}) {
    EXPECT_FALSE(IsReadableName(no)) << no;
  }
}

TEST(ExpandInputs, FeedsAndPagesInFoldersAndUrlsAsTheyAre) {
  TempDir dir;
  for (const char* name : {"a.xml", "b.rss", "c.atom", "d.html", "e.htm", "f.xsl", "g.css"}) dir.Write(name, "x");
  std::vector<InputError> errors;
  std::vector<std::string> got = ExpandInputs({dir.path(), "https://news.example/feed?x=1&y=[2]", "HTTP://a.example/"},
                                              &errors);
  std::string p = dir.path() + "/";
  std::vector<std::string> want = {p + "a.xml", p + "b.rss", p + "c.atom", p + "d.html", p + "e.htm",
                                   "https://news.example/feed?x=1&y=[2]", "HTTP://a.example/"};
  EXPECT_EQ(got, want);
  EXPECT_TRUE(errors.empty());
}

}  // namespace
}  // namespace vigie
