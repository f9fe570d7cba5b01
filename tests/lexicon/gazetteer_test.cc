// Lexicon::LoadGazetteer over small files in the GeoNames "cities1000" format written here:
// which places and names are kept, and the African divisions and aliases.
#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

#include "../test_util.h"
#include "lexicon/lexicon.h"
#include "text/fold.h"

namespace vigie {
namespace {

// One cities1000 line: id, name, ascii, alternates, lat, lon, class, code, cc, cc2, admin1..4,
// population, elevation, dem, timezone, date.
std::string City(const std::string& id, const std::string& name, const std::string& ascii, const std::string& alts,
                 const std::string& cc, int population) {
  return id + "\t" + name + "\t" + ascii + "\t" + alts + "\t12.5\t3.5\tP\tPPL\t" + cc + "\t\t01\t\t\t\t" +
         std::to_string(population) + "\t\t200\tAfrica/Niamey\t2020-01-01\n";
}

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // An Africa made of Niger alone.
    Entity africa;
    africa.id = "continent:africa";
    africa.type = EntityType::kLoc;
    africa.kind = "continent";
    africa.name = "Africa";
    africa.attributes.emplace_back("members", "country:NE");
    ASSERT_TRUE(lexicon_.AddEntity(africa).ok());
    std::string cities = City("2440485", "Niamey", "Niamey", "Niamei,نيامي,Ниамей", "NE", 1026848) +
                         City("2437798", "Tillabéri", "Tillaberi", "تيلابيري,tillaberi-town", "NE", 8000) +
                         City("1", "Smallville", "Smallville", "سمولفيل", "US", 9000) +
                         City("2", "Bigtown", "Bigtown", "بيغتاون,Grande Ville", "US", 600000) +
                         City("3", "Police", "Police", "", "PL", 20000) +
                         City("4", "Le", "Le", "", "NE", 3000) +
                         City("5", "Kiel", "Kiel", "كيل", "DE", 250000) +
                         City("6", "Megacity", "Megacity", "ميغاسيتي", "CN", 5000000) +
                         City("7", "Sidon", "Sidon", "صيدا,صدا", "LB", 160000) +
                         City("8", "Hamlet", "Hamlet", "حمل", "NE", 2000);
    cities_ = dir_.Write("cities1000.txt", cities);
    dir_.Write("gaz/admin1_africa.tsv", "# code\tcountry\tname\ttype\tlat\tlon\nNE-6\tNE\tTillabéri\tRegion\t14.2\t1.45\n");
    dir_.Write("gaz/aliases_africa.tsv",
               "# ref\tlang\talias\tflags\ngeonames:2440485\tar\tنيامي\nadmin1:NE-6\tfr\trégion de Tillabéri\n"
               "geonames:999\tfr\tNowhere\n");
    dir_.Write("gaz/places_africa.tsv",
               "# id\tkind\tcountry\tname\tlat\tlon\nplace:lake-chad\tlake\t-\tLake Chad\t13.0\t14.0\n"
               "place:inates\tcity\tNE\tInatès\t15.2\t1.4\n");
    dir_.Write("gaz/aliases_places.tsv", "# ref\tlang\talias\tflags\nplace:lake-chad\tfr\tlac Tchad\n");
    dir_.Write("gaz/aliases_world.tsv", "# ref\tlang\talias\tflags\ngeonames:2\tfr\tGrande Ville\ngeonames:5\tar\tكيل\tambiguous\n");
  }

  const Entity* Get(const std::string& id) const {
    int64_t e = lexicon_.Find(id);
    return e < 0 ? nullptr : &lexicon_.entities()[e];
  }
  std::unordered_set<std::string> AliasesOf(const std::string& id) const {
    std::unordered_set<std::string> out;
    int64_t e = lexicon_.Find(id);
    for (const Alias& a : lexicon_.aliases()) {
      if (static_cast<int64_t>(a.entity) == e) out.insert(a.text + "/" + a.lang);
    }
    return out;
  }

  testing::TempDir dir_;
  std::string cities_;
  Lexicon lexicon_;
};

TEST_F(GazetteerTest, KeepsAfricanTownsAndLargeTownsElsewhere) {
  ASSERT_TRUE(lexicon_.LoadGazetteer(cities_, dir_.path() + "/gaz", {FoldString("Police")}).ok());
  const Entity* niamey = Get("geonames:2440485");
  ASSERT_NE(niamey, nullptr);
  EXPECT_EQ(niamey->type, EntityType::kLoc);
  EXPECT_EQ(niamey->kind, "city");
  EXPECT_EQ(niamey->country, "NE");
  EXPECT_EQ(niamey->population, 1026848);
  EXPECT_DOUBLE_EQ(niamey->lat, 12.5);
  EXPECT_NE(Get("geonames:2437798"), nullptr);  // 8,000 people, but in Africa
  EXPECT_EQ(Get("geonames:1"), nullptr);        // 9,000 people outside Africa
  EXPECT_NE(Get("geonames:2"), nullptr);
}

TEST_F(GazetteerTest, NamesThatAreWordsOfOtherListsOrLowerCaseAreLeftOut) {
  ASSERT_TRUE(lexicon_.LoadGazetteer(cities_, dir_.path() + "/gaz", {FoldString("Police")}).ok());
  EXPECT_TRUE(AliasesOf("geonames:3").empty());  // "Police" is excluded
  EXPECT_TRUE(AliasesOf("geonames:4").empty());  // "Le" is too short
  auto tillaberi = AliasesOf("geonames:2437798");
  EXPECT_TRUE(tillaberi.count("Tillabéri/all"));
  EXPECT_TRUE(tillaberi.count("تيلابيري/ar"));
  EXPECT_FALSE(tillaberi.count("tillaberi-town/all"));  // a lower-case alternate
  // Latin alternates are never taken (the project's own tables give the forms news uses);
  // Arabic ones for African towns.
  auto niamey = AliasesOf("geonames:2440485");
  EXPECT_FALSE(niamey.count("Niamei/all"));
  EXPECT_TRUE(niamey.count("نيامي/ar"));
  EXPECT_FALSE(niamey.count("Ниамей/all"));  // Cyrillic is not kept
  EXPECT_FALSE(AliasesOf("geonames:2").count("Grande Ville/all"));
  EXPECT_TRUE(AliasesOf("geonames:2").count("Grande Ville/fr"));  // from aliases_world.tsv
  for (const Alias& a : lexicon_.aliases()) EXPECT_TRUE(a.flags & kAliasGazetteer) << a.text;
}

TEST_F(GazetteerTest, ArabicNamesOfForeignTownsOnlyForLargeOnes) {
  ASSERT_TRUE(lexicon_.LoadGazetteer(cities_, dir_.path() + "/gaz", {}).ok());
  // Outside Africa and the Arab states, GeoNames' Arabic names need a million people ("كيل" is
  // Kiel, and "measure"); the project's list may still name the town, as ambiguous here.
  EXPECT_FALSE(AliasesOf("geonames:2").count("بيغتاون/ar"));
  EXPECT_TRUE(AliasesOf("geonames:6").count("ميغاسيتي/ar"));
  auto kiel = AliasesOf("geonames:5");
  EXPECT_EQ(kiel.size(), 2u);  // the name, and the project's Arabic form
  EXPECT_TRUE(kiel.count("كيل/ar"));
  // In the Arab states, 100,000 people.
  EXPECT_TRUE(AliasesOf("geonames:7").count("صيدا/ar"));
  EXPECT_TRUE(AliasesOf("geonames:7").count("صدا/ar"));  // three letters, but 160,000 people
  // A three-letter Arabic name of a small African town is too often a word.
  EXPECT_FALSE(AliasesOf("geonames:8").count("حمل/ar"));
}

TEST_F(GazetteerTest, PlacesBeyondTownsAndTheirAliases) {
  ASSERT_TRUE(lexicon_.LoadGazetteer(cities_, dir_.path() + "/gaz", {}).ok());
  const Entity* lake = Get("place:lake-chad");
  ASSERT_NE(lake, nullptr);
  EXPECT_EQ(lake->kind, "place");
  EXPECT_EQ(lake->Attribute("feature"), "lake");
  EXPECT_EQ(lake->country, "");
  EXPECT_DOUBLE_EQ(lake->lon, 14.0);
  EXPECT_TRUE(lake->listed);
  EXPECT_TRUE(AliasesOf("place:lake-chad").count("lac Tchad/fr"));
  const Entity* inates = Get("place:inates");
  ASSERT_NE(inates, nullptr);
  EXPECT_EQ(inates->kind, "city");
  EXPECT_EQ(inates->country, "NE");
  EXPECT_TRUE(inates->listed);  // the project's own places all are
  EXPECT_TRUE(Get("geonames:2440485")->listed);
  EXPECT_FALSE(Get("geonames:2437798")->listed);
}

TEST_F(GazetteerTest, AfricanDivisionsAndTheProjectsAliases) {
  ASSERT_TRUE(lexicon_.LoadGazetteer(cities_, dir_.path() + "/gaz", {}).ok());
  const Entity* region = Get("iso3166-2:NE-6");
  ASSERT_NE(region, nullptr);
  EXPECT_EQ(region->kind, "admin1");
  EXPECT_EQ(region->country, "NE");
  EXPECT_DOUBLE_EQ(region->lon, 1.45);
  EXPECT_TRUE(AliasesOf("iso3166-2:NE-6").count("région de Tillabéri/fr"));
  EXPECT_TRUE(AliasesOf("geonames:2440485").count("نيامي/ar"));
  EXPECT_EQ(Get("geonames:999"), nullptr);  // an alias for a town the file lacks is skipped
}

TEST_F(GazetteerTest, APlaceOfAnUnknownKindFails) {
  dir_.Write("gaz/places_africa.tsv", "place:x\tvolcano\tNE\tX\t1.0\t2.0\n");
  Status s = lexicon_.LoadGazetteer(cities_, dir_.path() + "/gaz", {});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("places_africa.tsv:1"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("volcano"), std::string::npos) << s.message();
}

TEST_F(GazetteerTest, MalformedLinesAndMissingFilesFail) {
  std::string bad = dir_.Write("bad.txt", "1\tOnly\ttwo\n");
  Status s = lexicon_.LoadGazetteer(bad, dir_.path() + "/gaz", {});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.txt:1"), std::string::npos) << s.message();
  EXPECT_FALSE(lexicon_.LoadGazetteer(dir_.path() + "/none.txt", dir_.path() + "/gaz", {}).ok());
}

}  // namespace
}  // namespace vigie
