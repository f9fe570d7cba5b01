// Acceptance test on the seed document (../shared/seed): the people, organisations and places
// it names. Skipped when ../shared is absent (a user's fresh clone).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "../test_util.h"
#include "analyze/analyzer.h"
#include "read/document_reader.h"

namespace vigie {
namespace {

class SeedEntities : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string shared = testing::SharedDir();
    if (shared.empty()) GTEST_SKIP() << "../shared absent";
    auto reader = DocumentReader::Open(shared + "/seed/000_b4507fa662c6e7de.txt", ReadOptions());
    ASSERT_TRUE(reader.ok());
    ReadItem item;
    ASSERT_TRUE((*reader)->Next(&item));
    ASSERT_TRUE(item.ok);
    auto analyzer = Analyzer::Create(testing::DataDir(), Analyzer::Options());
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
    ASSERT_TRUE((*analyzer)->Analyze(item.doc, &a_).ok());
  }

  // (type, text, entity) of every mention.
  std::set<std::tuple<MentionType, std::string, std::string>> Mentions() const {
    std::set<std::tuple<MentionType, std::string, std::string>> out;
    for (const Mention& m : a_.mentions) out.insert({m.type, std::string(a_.Slice(m.span)), m.entity});
    return out;
  }

  Analysis a_;
};

TEST_F(SeedEntities, PeopleAreFoundWithTheirIds) {
  auto m = Mentions();
  EXPECT_TRUE(m.count({MentionType::kPer, "Nasser Bourita", "person:nasser-bourita"}));
  EXPECT_TRUE(m.count({MentionType::kPer, "Vladimir Voronkov", "person:vladimir-voronkov"}));
  // The title "Roi" stays outside the span.
  EXPECT_TRUE(m.count({MentionType::kPer, "Mohammed VI", "person:mohammed-vi"}));
  // "M. Bourita" joins the full name.
  EXPECT_TRUE(m.count({MentionType::kPer, "Bourita", "person:nasser-bourita"}));
}

TEST_F(SeedEntities, OnuctJoinsUnoctAndNationsUniesIsAnOrganisation) {
  auto m = Mentions();
  EXPECT_TRUE(m.count({MentionType::kOrg, "ONUCT", "org:unoct"}));
  EXPECT_TRUE(m.count({MentionType::kOrg, "Bureau des Nations Unies de lutte contre le terrorisme", "org:unoct"}));
  EXPECT_TRUE(m.count({MentionType::kOrg, "Nations Unies", "org:un"}));
  int unoct = 0;
  for (const DocEntity& e : a_.entities) {
    if (e.id == "org:unoct") unoct = e.count;
  }
  EXPECT_GE(unoct, 5);
}

TEST_F(SeedEntities, MoroccoAndAfricaArePlaces) {
  auto m = Mentions();
  EXPECT_TRUE(m.count({MentionType::kLoc, "Maroc", "country:MA"}));
  EXPECT_TRUE(m.count({MentionType::kLoc, "Afrique", "continent:africa"}));
  // "des Marocains" is a demonym, evidence for Morocco, not a place.
  bool demonym = false;
  for (const DemonymMention& d : a_.demonyms) demonym = demonym || d.country == "MA";
  EXPECT_TRUE(demonym);
  for (const Mention& m : a_.mentions) EXPECT_NE(a_.Slice(m.span), "Marocains");
}

// New York comes from the GeoNames gazetteer (scripts/setup.sh fetches it): New York City.
TEST_F(SeedEntities, NewYorkIsNewYorkCity) {
  if (!std::ifstream(testing::DataDir() + "/gazetteer/cities1000.txt")) GTEST_SKIP() << "gazetteer absent";
  bool found = false;
  for (const Mention& m : a_.mentions) {
    if (m.type == MentionType::kLoc && a_.Slice(m.span) == "New York") {
      found = true;
      EXPECT_EQ(m.entity, "geonames:5128581");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedEntities, JeudiIsADateWithoutValueAtMonthPrecision) {
  // The seed is dated 2024-09 only: "jeudi" cannot be resolved to a day.
  bool found = false;
  for (const Mention& m : a_.mentions) {
    if (m.type == MentionType::kDate && a_.Slice(m.span) == "jeudi") {
      found = true;
      EXPECT_EQ(m.value, "");
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace vigie

namespace vigie {
namespace {

// The seed's events and categories (issue 5): a CONSULT between Morocco (or its minister) and
// UNOCT in New York in 2024-09 is the main event; no assault; cooperation is the top category.
class SeedEvents : public SeedEntities {};

TEST_F(SeedEvents, TheMainEventIsTheConsultationInNewYork) {
  const Event* main = nullptr;
  for (const Event& e : a_.events) {
    EXPECT_NE(e.type, "ASSAULT") << e.rule;
    if (e.main) main = &e;
  }
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->type, "CONSULT");
  std::set<std::string> sides = {main->source.entity, main->target.entity};
  EXPECT_TRUE(sides.count("country:MA") || sides.count("person:nasser-bourita"));
  EXPECT_EQ(sides.count("org:unoct"), 1u);
  EXPECT_EQ(main->date, "2024-09");
  EXPECT_EQ(main->place, "geonames:5128581");
  ASSERT_FALSE(a_.categories.empty());
  EXPECT_EQ(a_.categories[0].id, "counter_terrorism.cooperation");
  for (const Category& c : a_.categories) EXPECT_NE(c.id, "terrorism.attack");
}

}  // namespace
}  // namespace vigie
