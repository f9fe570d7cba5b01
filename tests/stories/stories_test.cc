// Tests for near-duplicates (stories/minhash.h) and story grouping (stories/stories.h), on the
// project's own texts: the 45 reports of samples/stories.jsonl (13 stories told by 2 to 5
// reports in three languages, two near-duplicate pairs, four controls; samples/README.md).
#include "stories/minhash.h"
#include "stories/stories.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "../test_util.h"
#include "analyze/analyzer.h"
#include "common/hash.h"
#include "read/document_reader.h"
#include "text/fold.h"

namespace vigie {
namespace {

struct Report {
  std::string id;
  StoryFeatures features;
  MinHashSignature signature;
};

// The analysed sample stories, by id.
const std::map<std::string, Report>& Samples() {
  static const std::map<std::string, Report>* reports = [] {
    auto* out = new std::map<std::string, Report>;
    Result<std::unique_ptr<DocumentReader>> reader =
        DocumentReader::Open(std::string(VIGIE_TEST_SOURCE_DIR) + "/samples/stories.jsonl", ReadOptions());
    EXPECT_TRUE(reader.ok());
    if (!reader.ok()) return out;
    ReadItem item;
    while ((*reader)->Next(&item)) {
      EXPECT_TRUE(item.ok) << item.error.ToString();
      if (!item.ok) continue;
      Analysis a;
      EXPECT_TRUE(testing::SharedAnalyzer().Analyze(item.doc, &a).ok());
      Report r;
      r.id = a.doc.id;
      r.features = FeaturesOf(a);
      r.signature = ComputeMinHash(std::string_view(a.folded.text).substr(a.folded.from_orig[a.body_start]));
      (*out)[r.id] = std::move(r);
    }
    return out;
  }();
  return *reports;
}

const Report& Get(const std::string& id) {
  auto it = Samples().find(id);
  EXPECT_NE(it, Samples().end()) << id;
  static const Report kNone;
  return it == Samples().end() ? kNone : it->second;
}

TEST(MinHash, IdenticalAndEmptyTexts) {
  MinHashSignature a = ComputeMinHash("les assaillants ont attaque le poste de sebba a l'aube");
  MinHashSignature b = ComputeMinHash("les assaillants ont attaque le poste de sebba a l'aube");
  EXPECT_EQ(EstimatedJaccard(a, b), 1.0);
  EXPECT_EQ(BandKeys(a), BandKeys(b));
  MinHashSignature empty = ComputeMinHash("  ,;  ");
  EXPECT_EQ(empty.shingles, 0u);
  EXPECT_EQ(EstimatedJaccard(a, empty), 0.0);
  // Short texts still compare.
  EXPECT_EQ(EstimatedJaccard(ComputeMinHash("attaque"), ComputeMinHash("attaque")), 1.0);
  EXPECT_LT(EstimatedJaccard(ComputeMinHash("attaque"), ComputeMinHash("embuscade")), 0.2);
}

TEST(MinHash, SignaturesAreStable) {
  // Stored signatures and band keys must not change between releases.
  MinHashSignature s = ComputeMinHash("one two three four five");
  EXPECT_EQ(s.shingles, 2u);
  MinHashSignature again = ComputeMinHash("one two three four five");
  EXPECT_EQ(s.values, again.values);
  // Two shingles in 128 bins: the empty bins borrow, so every value is one of the two minima.
  std::set<uint32_t> distinct(s.values.begin(), s.values.end());
  EXPECT_EQ(distinct.size(), 2u);
  for (int64_t k : BandKeys(s)) {
    EXPECT_GE(k, 0);
    EXPECT_LT(k, int64_t{1} << 31);
  }
  const std::string bytes = EncodeSignature(s);
  EXPECT_EQ(bytes.size(), 516u);
  MinHashSignature decoded;
  ASSERT_TRUE(DecodeSignature(bytes, &decoded));
  EXPECT_EQ(decoded.values, s.values);
  EXPECT_EQ(decoded.shingles, 2u);
  EXPECT_FALSE(DecodeSignature(bytes.substr(1), &decoded));
  // The values themselves, as schema version 7 stores them: a change of hash, bin or probe
  // constants makes every stored signature wrong, and must come with a migration.
  EXPECT_EQ(Hash64(bytes), 1923814853857227049ull);
  EXPECT_EQ(BandKeys(s)[0], 1280076588);
}

TEST(MinHash, TheSampleNearDuplicatesAndNothingElse) {
  const std::set<std::pair<std::string, std::string>> pairs = {{"story-en-06", "story-en-07"},
                                                               {"story-ar-06", "story-ar-07"}};
  for (const auto& [x, y] : pairs) {
    EXPECT_GE(EstimatedJaccard(Get(x).signature, Get(y).signature), kNearDuplicate) << x << " " << y;
    // LSH makes them candidates: one band at least is equal.
    auto kx = BandKeys(Get(x).signature), ky = BandKeys(Get(y).signature);
    int equal = 0;
    for (int b = 0; b < kBands; ++b) equal += kx[b] == ky[b];
    EXPECT_GT(equal, 0) << x << " " << y;
  }
  // Different reports of one story, and different stories, are no near-duplicates.
  for (const auto& [x, rx] : Samples()) {
    for (const auto& [y, ry] : Samples()) {
      if (x >= y || pairs.count({x, y})) continue;
      EXPECT_LT(EstimatedJaccard(rx.signature, ry.signature), 0.4) << x << " " << y;
    }
  }
}

TEST(Stories, DayNumbers) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2026-10-05T09:30:00Z"), DayNumber("2026-10-04") + 1);
  EXPECT_EQ(DayNumber("2024-03-01") - DayNumber("2024-02-28"), 2);  // leap year
  EXPECT_EQ(DayNumber("2026-10"), -1);
  EXPECT_EQ(DayNumber("garbage!!!"), -1);
}

TEST(Stories, FeaturesRoundTrip) {
  const StoryFeatures& f = Get("story-fr-01").features;
  EXPECT_EQ(f.main_type, "ASSAULT");
  EXPECT_NE(std::find(f.countries.begin(), f.countries.end(), "BF"), f.countries.end());
  StoryFeatures back;
  ASSERT_TRUE(DecodeFeatures(EncodeFeatures(f), &back));
  EXPECT_EQ(back.day, f.day);
  EXPECT_EQ(back.main_type, f.main_type);
  EXPECT_EQ(back.countries, f.countries);
  EXPECT_EQ(back.actors, f.actors);
  EXPECT_EQ(back.categories, f.categories);
  EXPECT_FALSE(DecodeFeatures("v0\tnonsense", &back));
}

TEST(Stories, ReportsOfOneAttackInThreeLanguagesMeet) {
  // Sebba: the first French report, the English update with the final toll, the Arabic report
  // of the claim.
  const StoryFeatures& fr = Get("story-fr-01").features;
  EXPECT_GE(StoryScore(fr, Get("story-en-01").features), kSameStory);
  EXPECT_GE(StoryScore(fr, Get("story-ar-01").features), kSameStory);
  // Mogadishu's hotel siege told in English and French.
  EXPECT_GE(StoryScore(Get("story-en-06").features, Get("story-fr-04").features), kSameStory);
}

TEST(Stories, DifferentStoriesStayApart) {
  // Same country, other events: the Sebba attack and the Tondikiwindi market attack are in
  // two countries; the Mogadishu siege and the Lower Shabelle bomb are in one, a week apart.
  EXPECT_LT(StoryScore(Get("story-fr-01").features, Get("story-fr-12").features), kSameStory);
  EXPECT_LT(StoryScore(Get("story-en-05").features, Get("story-ar-03").features), kSameStory);
  // A football match is no story of an attack.
  EXPECT_EQ(StoryScore(Get("story-fr-01").features, Get("story-fr-14").features), 0);
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

// The stories of samples/stories.jsonl as its README lists them.
const std::vector<std::vector<std::string>> kKey = {
    {"fr-01", "en-01", "ar-01", "fr-02"}, {"en-02", "fr-03", "en-03", "ar-02"}, {"ar-03", "en-04"},
    {"en-05", "en-06", "en-07", "ar-04", "fr-04"}, {"fr-05", "en-08", "ar-05", "fr-06"},
    {"fr-07", "ar-06", "ar-07", "en-09"}, {"en-10", "fr-08", "ar-08"}, {"en-11", "fr-09", "ar-09"},
    {"ar-10", "fr-10"}, {"en-12", "ar-11", "fr-11"}, {"en-13", "fr-13", "ar-12"}, {"en-14", "ar-13"},
    {"fr-12", "ar-14"}, {"fr-14"}, {"fr-15"}, {"en-15"}, {"ar-15"}};

TEST(Stories, GreedyGroupingOfTheSampleReports) {
  // As ingest does: reports in publication order; a near-duplicate joins its original's story,
  // else the best story within reach, else a new one.
  std::vector<std::string> order;
  {
    Result<std::unique_ptr<DocumentReader>> reader =
        DocumentReader::Open(std::string(VIGIE_TEST_SOURCE_DIR) + "/samples/stories.jsonl", ReadOptions());
    ASSERT_TRUE(reader.ok());
    ReadItem item;
    std::vector<std::pair<std::string, std::string>> dated;
    while ((*reader)->Next(&item)) dated.emplace_back(item.doc.published, item.doc.id);
    std::sort(dated.begin(), dated.end());
    for (auto& [date, id] : dated) order.push_back(id);
  }
  std::vector<StoryFeatures> stories;
  std::vector<std::vector<std::string>> members;
  std::map<std::string, size_t> story_of;
  for (const std::string& id : order) {
    const Report& r = Get(id);
    size_t chosen = stories.size();
    for (const auto& [other, s] : story_of) {
      if (EstimatedJaccard(Get(other).signature, r.signature) >= kNearDuplicate) chosen = s;
    }
    if (chosen == stories.size()) {
      double best = kSameStory;
      for (size_t s = 0; s < stories.size(); ++s) {
        double score = StoryScore(stories[s], r.features);
        if (score >= best) {
          best = score;
          chosen = s;
        }
      }
    }
    if (chosen == stories.size()) {
      stories.push_back(r.features);
      members.emplace_back();
    } else {
      MergeFeatures(r.features, &stories[chosen]);
    }
    members[chosen].push_back(id.substr(6));
    story_of[id] = chosen;
  }
  // Pairs: how many same-story pairs are grouped (recall) and how many grouped pairs are of
  // one story (precision).
  std::map<std::string, size_t> truth;
  for (size_t s = 0; s < kKey.size(); ++s) {
    for (const std::string& id : kKey[s]) truth[id] = s;
  }
  size_t grouped = 0, right = 0, same = 0;
  std::string dump;
  for (const auto& m : members) {
    for (const std::string& x : m) dump += x + " ";
    dump += "| ";
  }
  for (const auto& [x, sx] : truth) {
    for (const auto& [y, sy] : truth) {
      if (x >= y) continue;
      bool together = story_of["story-" + x] == story_of["story-" + y];
      same += sx == sy;
      grouped += together;
      right += together && sx == sy;
    }
  }
  ASSERT_GT(grouped, 0u) << dump;
  const double precision = static_cast<double>(right) / grouped, recall = static_cast<double>(right) / same;
  std::printf("stories: %zu groups for 17 stories; pair precision %.3f, recall %.3f\n  %s\n", members.size(), precision,
              recall, dump.c_str());
  EXPECT_GE(precision, 0.9) << dump;
  EXPECT_GE(recall, 0.75) << dump;
}

}  // namespace
}  // namespace vigie
