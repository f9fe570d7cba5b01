// Tests for lexicon/lexicon: loading the real data/lexicon folder, the errors a malformed data
// folder gives (each naming file:line), alias flags, entity attributes and the programmatic
// API (AddEntity / AddAlias / Find).
#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "../test_util.h"

namespace vigie {
namespace {

using testing::DataDir;
using testing::TempDir;

// The alias of entity `id` written `text`, or null.
const Alias* FindAlias(const Lexicon& lex, std::string_view id, std::string_view text) {
  int64_t e = lex.Find(id);
  if (e < 0) return nullptr;
  for (const Alias& a : lex.aliases()) {
    if (a.entity == static_cast<uint32_t>(e) && a.text == text) return &a;
  }
  return nullptr;
}

// --- The real data ------------------------------------------------------------------------------

class RealLexicon : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Lexicon> r = Lexicon::Load(DataDir());
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    lexicon_ = new Lexicon(std::move(r).value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    lexicon_ = nullptr;
  }
  static const Lexicon& lex() { return *lexicon_; }

 private:
  static Lexicon* lexicon_;
};
Lexicon* RealLexicon::lexicon_ = nullptr;

TEST_F(RealLexicon, LoadsEverything) {
  EXPECT_GT(lex().entities().size(), 500u);
  EXPECT_GT(lex().aliases().size(), 3000u);
}

TEST_F(RealLexicon, EveryAliasPointsAtAnEntity) {
  const std::set<std::string> langs = {"fr", "en", "ar", "all"};  // the suffixes of data/lexicon/aliases/*.tsv
  for (const Alias& a : lex().aliases()) {
    ASSERT_LT(a.entity, lex().entities().size()) << a.text;
    EXPECT_FALSE(a.text.empty());
    EXPECT_EQ(langs.count(a.lang), 1u) << a.text << " has language '" << a.lang << "'";
    EXPECT_EQ(a.flags & ~(kAliasCaseSensitive | kAliasDemonym | kAliasAmbiguous | kAliasGazetteer | kAliasCue), 0) << a.text;
    if (a.flags & kAliasCue) {
      EXPECT_NE(a.flags & kAliasAmbiguous, 0) << a.text << ": cue without ambiguous";
    }
    // Gazetteer names are places; the hand-written lexicons never carry the gazetteer flag.
    const Entity& e = lex().entities()[a.entity];
    bool place = e.id.rfind("geonames:", 0) == 0 || e.id.rfind("iso3166-2:", 0) == 0 || e.id.rfind("place:", 0) == 0;
    EXPECT_EQ((a.flags & kAliasGazetteer) != 0, place) << a.text << " " << e.id;
  }
}

TEST_F(RealLexicon, EveryEntityIsWellFormedAndFindable) {
  std::set<std::string> ids;
  for (size_t i = 0; i < lex().entities().size(); ++i) {
    const Entity& e = lex().entities()[i];
    EXPECT_TRUE(ids.insert(e.id).second) << "duplicate " << e.id;
    EXPECT_EQ(lex().Find(e.id), static_cast<int64_t>(i)) << e.id;
    EXPECT_FALSE(e.name.empty()) << e.id;
    EXPECT_FALSE(e.kind.empty()) << e.id;
    // Countries carry their own code as the country field (FORMAT.md: country:<ISO alpha-2>).
    if (e.id.rfind("country:", 0) == 0) {
      EXPECT_EQ(e.type, EntityType::kLoc) << e.id;
      EXPECT_EQ(e.country, e.id.substr(8)) << e.id;
    }
    if (e.id.rfind("person:", 0) == 0) {
      EXPECT_EQ(e.type, EntityType::kPer) << e.id;
    }
    if (e.id.rfind("org:", 0) == 0) {
      EXPECT_EQ(e.type, EntityType::kOrg) << e.id;
    }
  }
  EXPECT_EQ(lex().Find("org:no-such-thing"), -1);
  EXPECT_EQ(lex().Find(""), -1);
}

TEST_F(RealLexicon, KnownRows) {
  // Rows of FORMAT.md's examples and of the seed document, as the data files write them.
  int64_t ma = lex().Find("country:MA");
  ASSERT_GE(ma, 0);
  EXPECT_EQ(lex().entities()[ma].type, EntityType::kLoc);
  EXPECT_EQ(lex().entities()[ma].kind, "country");
  EXPECT_EQ(lex().entities()[ma].country, "MA");
  EXPECT_EQ(lex().entities()[ma].name, "Morocco");

  int64_t unoct = lex().Find("org:unoct");
  ASSERT_GE(unoct, 0);
  const Entity& u = lex().entities()[unoct];
  EXPECT_EQ(u.type, EntityType::kOrg);
  EXPECT_EQ(u.kind, "igo");
  EXPECT_EQ(u.country, "");  // "-" in the file
  EXPECT_EQ(u.Attribute("parent"), "org:un");

  int64_t bourita = lex().Find("person:nasser-bourita");
  ASSERT_GE(bourita, 0);
  const Entity& b = lex().entities()[bourita];
  EXPECT_EQ(b.type, EntityType::kPer);
  EXPECT_EQ(b.country, "MA");
  EXPECT_EQ(b.Attribute("role"), "minister_foreign_affairs");
  EXPECT_EQ(b.Attribute("as_of").size(), 7u);  // YYYY-MM
  EXPECT_EQ(b.Attribute("nope"), "");

  struct AliasRow {
    const char* id;
    const char* text;
    const char* lang;
    uint8_t flags;
  };
  const AliasRow kRows[] = {
      {"org:un", "UN", "en", kAliasCaseSensitive},
      {"org:au", "AU", "en", kAliasCaseSensitive},
      {"org:un", "ONU", "fr", 0},
      {"org:aqim", "AQMI", "fr", 0},
      {"country:MA", "Maroc", "fr", 0},
      {"country:MA", "marocaines", "fr", kAliasDemonym},
      {"country:MA", "المغرب", "ar", kAliasAmbiguous | kAliasCue},
      {"country:ML", "المالية", "ar", kAliasDemonym | kAliasAmbiguous},
      {"org:al-shabaab", "HSM", "all", kAliasCaseSensitive | kAliasAmbiguous},
      {"country:NE", "Niger", "fr", kAliasAmbiguous},
      {"person:nasser-bourita", "ناصر بوريطة", "ar", 0},
  };
  for (const AliasRow& row : kRows) {
    SCOPED_TRACE(std::string(row.id) + " " + row.text);
    bool found = false;
    for (const Alias& a : lex().aliases()) {
      if (a.entity != static_cast<uint32_t>(lex().Find(row.id)) || a.text != row.text || a.lang != row.lang) continue;
      found = true;
      EXPECT_EQ(a.flags, row.flags);
    }
    EXPECT_TRUE(found);
  }
}

TEST(EntityTypeName, Names) {
  EXPECT_EQ(EntityTypeName(EntityType::kPer), "PER");
  EXPECT_EQ(EntityTypeName(EntityType::kOrg), "ORG");
  EXPECT_EQ(EntityTypeName(EntityType::kLoc), "LOC");
}

// --- Data folders written for the test ------------------------------------------------------

constexpr char kHeader[] = "# test lexicon\n# id\ttype\tkind\tcountry\tname\tattributes\n\n";

struct Folder {
  TempDir dir;
  std::string Entities(const std::string& name, const std::string& body) const {
    return dir.Write("lexicon/entities/" + name, body);
  }
  std::string Aliases(const std::string& name, const std::string& body) const {
    return dir.Write("lexicon/aliases/" + name, body);
  }
};

TEST(LexiconLoad, SmallFolder) {
  Folder f;
  f.Entities("a.tsv", std::string(kHeader) +
                          "country:MA\tLOC\tcountry\tMA\tMorocco\n"
                          "org:unoct\tORG\tigo\t-\tUnited Nations Office of Counter-Terrorism\tparent=org:un;as_of=2025-01\n"
                          "person:x\tPER\tofficial\tMA\tX Y\trole=a=b;;empty=\n");
  f.Entities("b.tsv", "org:jnim\tORG\tarmed_group\tML\tJNIM\tmembers=org:a,org:b\n");
  f.Aliases("countries.fr.tsv",
            "# id\talias\tflags\n"
            "country:MA\tMaroc\n"
            "country:MA\tmarocain\tdemonym\n"
            "country:MA\tRoyaume du Maroc\t\n");
  f.Aliases("orgs.all.tsv",
            "org:unoct\tUNOCT\tcs\n"
            "org:jnim\tJNIM\tcs,ambiguous\n"
            "org:jnim\tGSIM\tambiguous,cs,demonym\n");
  f.Aliases("orgs.ar.tsv", "\xEF\xBB\xBF" "country:MA\tالمغرب\tambiguous\n");  // with a byte order mark
  Result<Lexicon> r = Lexicon::Load(f.dir.path());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Lexicon& lex = *r;
  ASSERT_EQ(lex.entities().size(), 4u);
  // Files in name order, rows in file order.
  EXPECT_EQ(lex.entities()[0].id, "country:MA");
  EXPECT_EQ(lex.entities()[3].id, "org:jnim");
  EXPECT_EQ(lex.entities()[1].country, "");
  EXPECT_EQ(lex.entities()[1].Attribute("parent"), "org:un");
  EXPECT_EQ(lex.entities()[1].Attribute("as_of"), "2025-01");
  EXPECT_EQ(lex.entities()[1].Attribute("as_o"), "");
  // Values keep everything after the first '=', empty pairs are skipped, empty values allowed.
  const Entity& x = lex.entities()[2];
  EXPECT_EQ(x.type, EntityType::kPer);
  ASSERT_EQ(x.attributes.size(), 2u);
  EXPECT_EQ(x.Attribute("role"), "a=b");
  EXPECT_EQ(x.attributes[1].first, "empty");
  EXPECT_EQ(x.Attribute("empty"), "");
  EXPECT_EQ(lex.entities()[3].Attribute("members"), "org:a,org:b");

  ASSERT_EQ(lex.aliases().size(), 7u);
  struct Want {
    const char* id;
    const char* text;
    const char* lang;
    uint8_t flags;
  };
  const Want kWant[] = {
      {"country:MA", "Maroc", "fr", 0},
      {"country:MA", "marocain", "fr", kAliasDemonym},
      {"country:MA", "Royaume du Maroc", "fr", 0},
      {"country:MA", "المغرب", "ar", kAliasAmbiguous},
      {"org:unoct", "UNOCT", "all", kAliasCaseSensitive},
      {"org:jnim", "JNIM", "all", kAliasCaseSensitive | kAliasAmbiguous},
      {"org:jnim", "GSIM", "all", kAliasCaseSensitive | kAliasAmbiguous | kAliasDemonym},
  };
  for (const Want& w : kWant) {
    SCOPED_TRACE(w.text);
    const Alias* a = FindAlias(lex, w.id, w.text);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->lang, w.lang);
    EXPECT_EQ(a->flags, w.flags);
  }
}

struct BadCase {
  const char* name;
  std::string entities;  // lexicon/entities/e.tsv
  std::string aliases;   // lexicon/aliases/g.fr.tsv (none when empty)
  const char* file;      // the file the error must name
  int line;              // its line
  const char* words;     // something else the message must say
};

TEST(LexiconLoad, BadRowsNameFileAndLine) {
  const std::string ok_entity = "org:a\tORG\tigo\t-\tA\n";
  const BadCase kCases[] = {
      {"unknown type", std::string(kHeader) + ok_entity + "country:XX\tPLACE\tcountry\tXX\tX\n", "", "e.tsv", 5,
       "PLACE"},
      {"lower-case type", ok_entity + "org:b\torg\tigo\t-\tB\n", "", "e.tsv", 2, "type"},
      {"bad kind for ORG", ok_entity + "\norg:b\tORG\tcountry\t-\tB\n", "", "e.tsv", 3, "country"},
      {"bad kind for LOC", "country:MA\tLOC\tigo\tMA\tMorocco\n", "", "e.tsv", 1, "igo"},
      {"bad kind for PER", "person:a\tPER\tcity\t-\tA\n", "", "e.tsv", 1, "city"},
      {"too few fields", ok_entity + "org:b\tORG\tigo\t-\n", "", "e.tsv", 2, "expected"},
      {"attribute without '='", ok_entity + "org:b\tORG\tigo\t-\tB\tparent\n", "", "e.tsv", 2, "parent"},
      {"duplicate id", ok_entity + "# again\norg:a\tORG\tigo\t-\tA again\n", "", "e.tsv", 3, "org:a"},
      {"unknown alias id", ok_entity, "# header\norg:a\tA\norg:zzz\tZZZ\n", "g.fr.tsv", 3, "org:zzz"},
      {"unknown flag", ok_entity, "org:a\tA\tcs,loud\n", "g.fr.tsv", 1, "loud"},
      {"cue without ambiguous", ok_entity, "org:a\tA\n\norg:a\tAA\tcue\n", "g.fr.tsv", 3, "cue"},
      {"flag with wrong case", ok_entity, "org:a\tA\n\norg:a\tAA\tCS\n", "g.fr.tsv", 3, "CS"},
      {"alias without text", ok_entity, "org:a\tA\norg:a\n", "g.fr.tsv", 2, "alias"},
  };
  for (const BadCase& c : kCases) {
    SCOPED_TRACE(c.name);
    Folder f;
    std::string e_path = f.Entities("e.tsv", c.entities);
    std::string a_path = c.aliases.empty() ? "" : f.Aliases("g.fr.tsv", c.aliases);
    std::string path = std::string(c.file) == "e.tsv" ? e_path : a_path;
    Result<Lexicon> r = Lexicon::Load(f.dir.path());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput) << r.status().ToString();
    const std::string& msg = r.status().message();
    EXPECT_NE(msg.find(path + ":" + std::to_string(c.line) + ":"), std::string::npos) << msg;
    EXPECT_NE(msg.find(c.words), std::string::npos) << msg;
  }
}

TEST(LexiconLoad, DuplicateIdAcrossFiles) {
  Folder f;
  f.Entities("a.tsv", "org:a\tORG\tigo\t-\tA\n");
  std::string b = f.Entities("b.tsv", "org:b\tORG\tigo\t-\tB\norg:a\tORG\tngo\t-\tA2\n");
  Result<Lexicon> r = Lexicon::Load(f.dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(b + ":2:"), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("duplicate"), std::string::npos) << r.status().message();
}

TEST(LexiconLoad, AliasFileWithoutLanguage) {
  Folder f;
  f.Entities("e.tsv", "org:a\tORG\tigo\t-\tA\n");
  std::string bad = f.Aliases("orgs.tsv", "org:a\tA\n");
  Result<Lexicon> r = Lexicon::Load(f.dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(bad), std::string::npos) << r.status().message();
}

TEST(LexiconLoad, MissingFolders) {
  TempDir empty;
  Result<Lexicon> r = Lexicon::Load(empty.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound) << r.status().ToString();

  // Entities without any alias file load: aliases are optional.
  Folder f;
  f.Entities("e.tsv", "org:a\tORG\tigo\t-\tA\n");
  Result<Lexicon> only = Lexicon::Load(f.dir.path());
  ASSERT_TRUE(only.ok()) << only.status().ToString();
  EXPECT_EQ(only->entities().size(), 1u);
  EXPECT_TRUE(only->aliases().empty());

  // Files that are not .tsv are ignored.
  f.Entities("README.md", "not\ta\trow\n");
  Result<Lexicon> again = Lexicon::Load(f.dir.path());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->entities().size(), 1u);
}

TEST(LexiconLoad, InvalidUtf8IsAnError) {
  Folder f;
  f.Entities("e.tsv", "org:a\tORG\tigo\t-\tA\xC3\n");
  Result<Lexicon> r = Lexicon::Load(f.dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("e.tsv"), std::string::npos) << r.status().message();
}

// --- Programmatic lexicons ------------------------------------------------------------------

TEST(Lexicon, AddEntityAndAlias) {
  Lexicon lex;
  EXPECT_EQ(lex.Find("org:a"), -1);
  Entity a;
  a.id = "org:a";
  a.name = "A";
  Result<uint32_t> ia = lex.AddEntity(a);
  ASSERT_TRUE(ia.ok());
  EXPECT_EQ(*ia, 0u);
  Entity b;
  b.id = "country:BF";
  b.type = EntityType::kLoc;
  b.country = "BF";
  Result<uint32_t> ib = lex.AddEntity(b);
  ASSERT_TRUE(ib.ok());
  EXPECT_EQ(*ib, 1u);
  EXPECT_EQ(lex.Find("country:BF"), 1);

  Result<uint32_t> dup = lex.AddEntity(a);
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(lex.entities().size(), 2u);  // nothing added

  EXPECT_TRUE(lex.AddAlias("country:BF", "Burkina Faso", "fr", 0).ok());
  EXPECT_TRUE(lex.AddAlias("org:a", "AA", "all", kAliasCaseSensitive).ok());
  Status missing = lex.AddAlias("org:zz", "ZZ", "fr", 0);
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
  ASSERT_EQ(lex.aliases().size(), 2u);
  EXPECT_EQ(lex.aliases()[0].entity, 1u);
  EXPECT_EQ(lex.aliases()[0].text, "Burkina Faso");
  EXPECT_EQ(lex.aliases()[1].entity, 0u);
  EXPECT_EQ(lex.aliases()[1].lang, "all");
  EXPECT_EQ(lex.aliases()[1].flags, kAliasCaseSensitive);
}

// The id index grows as entities are added: every id stays found at its index through each
// regrowth, ids that differ in one byte or in length are told apart, and a duplicate is refused
// at any size.
TEST(Lexicon, FindThroughGrowth) {
  Lexicon lex;
  const int kCount = 5000;
  for (int i = 0; i < kCount; ++i) {
    Entity e;
    e.id = "place:" + std::to_string(i);
    Result<uint32_t> r = lex.AddEntity(std::move(e));
    ASSERT_TRUE(r.ok()) << i;
    ASSERT_EQ(*r, static_cast<uint32_t>(i));
    if (i % 997 == 0) {
      for (int k = 0; k <= i; ++k) ASSERT_EQ(lex.Find("place:" + std::to_string(k)), k) << i << " " << k;
    }
  }
  for (int i = 0; i < kCount; ++i) EXPECT_EQ(lex.Find("place:" + std::to_string(i)), i);
  EXPECT_EQ(lex.Find("place:" + std::to_string(kCount)), -1);
  EXPECT_EQ(lex.Find("place:"), -1);
  EXPECT_EQ(lex.Find("place:12 "), -1);
  EXPECT_EQ(lex.Find("Place:12"), -1);
  Entity dup;
  dup.id = "place:4321";
  EXPECT_FALSE(lex.AddEntity(dup).ok());
  EXPECT_EQ(lex.entities().size(), static_cast<size_t>(kCount));
}

TEST(Entity, Attribute) {
  Entity e;
  e.attributes = {{"role", "minister"}, {"as_of", "2025-01"}, {"role", "second"}, {"empty", ""}};
  EXPECT_EQ(e.Attribute("role"), "minister");  // the first of a repeated key
  EXPECT_EQ(e.Attribute("as_of"), "2025-01");
  EXPECT_EQ(e.Attribute("empty"), "");
  EXPECT_EQ(e.Attribute("rol"), "");
  EXPECT_EQ(e.Attribute("roles"), "");
  EXPECT_EQ(e.Attribute(""), "");
  EXPECT_EQ(Entity().Attribute("role"), "");
}

}  // namespace
}  // namespace vigie
