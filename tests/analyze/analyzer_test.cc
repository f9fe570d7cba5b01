// Tests for the Analyzer as a whole (analyze/analyzer.h): the stages' lexicon matchers walk each
// document once as a MatchGroup; the analysis is the same as when each walks it alone.
#include "analyze/analyzer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>

#include "../test_util.h"
#include "analyze/analysis_json.h"
#include "read/document_reader.h"

namespace vigie {
namespace {

TEST(Analyzer, OneWalkForEveryMatcherChangesNothing) {
  Analyzer::Options alone_options;
  alone_options.group_matchers = false;
  Result<std::unique_ptr<Analyzer>> alone = Analyzer::Create(testing::DataDir(), alone_options);
  ASSERT_TRUE(alone.ok()) << alone.status().ToString();
  Analyzer& grouped = testing::SharedAnalyzer();
  AnalysisJsonWriter writer;
  AnalysisJsonOptions json;
  size_t docs = 0;
  // Every gold document and the sample stories: three languages, titles, datelines.
  std::vector<std::string> files = testing::GoldFiles();
  files.push_back(std::string(VIGIE_TEST_SOURCE_DIR) + "/samples/stories.jsonl");
  for (const std::string& file : files) {
    Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(file, ReadOptions());
    ASSERT_TRUE(reader.ok());
    ReadItem item;
    Analysis a, b;  // reused across documents, as the command line does
    while ((*reader)->Next(&item)) {
      ASSERT_TRUE(item.ok);
      ASSERT_TRUE((*alone)->Analyze(item.doc, &a).ok());
      ASSERT_TRUE(grouped.Analyze(item.doc, &b).ok());
      std::string x, y;
      writer.Write(a, json, &x);
      writer.Write(b, json, &y);
      ASSERT_EQ(x, y) << item.doc.id;
      ++docs;
    }
  }
  EXPECT_GE(docs, 100u);
}

TEST(CodePointIndex, CountsCodePointsBeforeEveryOffset) {
  // One- to four-byte characters over several 64-byte blocks, against a count byte by byte.
  std::string text;
  for (int k = 0; k < 40; ++k) text += k % 5 == 0 ? "a" : k % 5 == 1 ? "é" : k % 5 == 2 ? "م" : k % 5 == 3 ? "—" : "🙂";
  for (size_t len : {size_t{0}, size_t{63}, size_t{64}, size_t{65}, size_t{128}, text.size()}) {
    std::string_view t = std::string_view(text).substr(0, len);
    CodePointIndex index(t);
    uint32_t count = 0;
    for (size_t b = 0; b <= t.size(); ++b) {
      EXPECT_EQ(index(static_cast<uint32_t>(b)), count) << "length " << len << ", byte " << b;
      if (b < t.size() && (static_cast<unsigned char>(t[b]) & 0xC0) != 0x80) ++count;
    }
    EXPECT_EQ(index(static_cast<uint32_t>(t.size() + 10)), count);  // past the end: the whole text
  }
}

}  // namespace
}  // namespace vigie
