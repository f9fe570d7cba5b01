// Tests for text/dateline: the place line that opens a wire story, with the agency list from
// data/text/dateline_agencies.txt.
#include "text/dateline.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "../test_util.h"

namespace vigie {
namespace {

class DatelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<DatelineDetector> d = DatelineDetector::Load(testing::DataDir());
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    detector_ = new DatelineDetector(std::move(d).value());
  }
  static void TearDownTestSuite() {
    delete detector_;
    detector_ = nullptr;
  }
  static DatelineDetector* detector_;
};

DatelineDetector* DatelineTest::detector_ = nullptr;

struct DatelineCase {
  const char* name;
  std::string body;
  std::optional<std::string> place;  // nullopt: no dateline
  std::string agency = "";
  std::string date = "";
  std::string whole = "";  // checked when not empty
};

void CheckCase(const DatelineDetector& detector, const DatelineCase& c) {
  SCOPED_TRACE(std::string(c.name) + ": " + c.body);
  std::optional<Dateline> d = detector.Detect(c.body);
  if (!c.place) {
    EXPECT_FALSE(d.has_value()) << "unexpected place: "
                                << (d ? c.body.substr(d->place.start, d->place.end - d->place.start) : "");
    return;
  }
  ASSERT_TRUE(d.has_value());
  ASSERT_LE(d->place.start, d->place.end);
  ASSERT_LE(d->place.end, c.body.size());
  EXPECT_EQ(c.body.substr(d->place.start, d->place.end - d->place.start), *c.place);
  EXPECT_EQ(d->agency, c.agency);
  EXPECT_EQ(d->date_text, c.date);
  // The whole dateline starts where the place does and ends after the separator.
  EXPECT_EQ(d->whole.start, d->place.start);
  ASSERT_LE(d->whole.end, c.body.size());
  EXPECT_GT(d->whole.end, d->place.end);
  if (!c.whole.empty()) {
    EXPECT_EQ(c.body.substr(d->whole.start, d->whole.end - d->whole.start), c.whole);
  }
}

TEST_F(DatelineTest, Table) {
  const DatelineCase kCases[] = {
      // Places with the separators of the header comment.
      {"place with parenthesised city", "Nations Unies (New York) — Le Maroc et le Bureau ont signé un accord.",
       "Nations Unies (New York)", "", "", "Nations Unies (New York) —"},
      {"date and agency", "DAKAR, 12 mars (AFP) - Le président a reçu les ministres.", "DAKAR", "AFP", "12 mars",
       "DAKAR, 12 mars (AFP) - "},
      {"agency only", "LAGOS (Reuters) - Nigeria's army said on Monday.", "LAGOS", "Reuters", ""},
      {"place with country", "MAIDUGURI, Nigeria (Reuters) - Insurgents attacked a base.", "MAIDUGURI, Nigeria",
       "Reuters", ""},
      {"arabic with hyphen", "القاهرة - قال الوزير إن الاجتماع انتهى.", "القاهرة", "", ""},
      {"arabic with agency", "القاهرة (رويترز) - شهدت الأسعار ارتفاعا.", "القاهرة", "رويترز", ""},
      {"arabic agency with spaces, folded", "القاهرة (أ ف ب) - قال المتحدث.", "القاهرة", "أ ف ب", ""},
      // q15-ar: an Arabic agency named by its head word, listed or not.
      {"arabic agency by its head word", "أديس أبابا (وكالة الأنباء الإثيوبية) - أدان الرئيس الهجوم.", "أديس أبابا",
       "وكالة الأنباء الإثيوبية", ""},
      {"arabic agency with the article", "بيروت (الوكالة الوطنية للإعلام) - أفاد مصدر.", "بيروت",
       "الوكالة الوطنية للإعلام", ""},
      {"arabic place with parenthesised country", "بيمبا (موزمبيق) - نزح آلاف السكان.", "بيمبا (موزمبيق)", "", ""},
      {"english date", "NAIROBI, March 3 - Kenyan police said on Monday.", "NAIROBI", "", "March 3"},
      {"abbreviated month", "CAIRO, Oct. 21 - An Egyptian court sentenced 14 men.", "CAIRO", "", "Oct. 21"},
      {"french date, em dash, mixed case", "Niamey, 18 juin — Six soldats ont été tués.", "Niamey", "", "18 juin"},
      {"em dash, mixed case", "Abuja — Les chefs d'état-major se sont réunis.", "Abuja", "", ""},
      {"elided place name", "N'Djamena — L'armée affirme avoir repoussé l'attaque.", "N'Djamena", "", ""},
      {"en dash", "Paris – Le texte a été adopté.", "Paris", "", ""},
      {"em dash without spaces", "DAKAR—Le texte a été adopté.", "DAKAR", "", ""},
      {"double hyphen", "PARIS -- Le texte a été adopté.", "PARIS", "", ""},
      {"hyphenated place", "Saint-Louis (AFP) — Les pêcheurs sont rentrés.", "Saint-Louis", "AFP", ""},
      {"two agencies", "ABIDJAN (AFP/Reuters) - Le scrutin s'est déroulé dans le calme.", "ABIDJAN", "AFP/Reuters", ""},
      {"agency matched after folding", "DAKAR (afp) - Le texte a été adopté.", "DAKAR", "afp", ""},
      {"abbreviation inside the place", "WASHINGTON, D.C. (AP) - The Senate voted.", "WASHINGTON, D.C.", "AP", ""},
      {"connector word inside the place", "Bandar Seri Begawan — Le sultan a parlé.", "Bandar Seri Begawan", "", ""},
      {"french connector", "Cap de Bonne-Espérance — Le navire est arrivé.", "Cap de Bonne-Espérance", "", ""},
      {"no-break space before the dash", "Dakar\u00A0— Le texte a été adopté.", "Dakar", "", ""},
      {"narrow no-break space before the dash", "Dakar\u202F— Le texte a été adopté.", "Dakar", "", ""},
      // Leading white space.
      {"leading spaces", "   DAKAR (AFP) - Le texte a été adopté.", "DAKAR", "AFP", "", "DAKAR (AFP) - "},
      {"leading blank lines", "\n\n\t DAKAR (AFP) - Le texte a été adopté.", "DAKAR", "AFP", ""},
      // Not datelines.
      {"hyphen as parenthesis", "Le Maroc - un pays ami - a signé l'accord.", std::nullopt},
      {"hyphen in a sentence", "Il a dit - en substance - que la guerre était finie.", std::nullopt},
      {"mixed-case place needs more than a hyphen", "Dakar - Le président a parlé.", std::nullopt},
      {"lower-case first word", "la ville — Les habitants ont fui.", std::nullopt},
      {"digits in the place", "Le 12 mars — Les habitants ont fui.", std::nullopt},
      {"no separator", "DAKAR (AFP) Le texte a été adopté.", std::nullopt},
      {"separator at the start", "— Le texte a été adopté.", std::nullopt},
      {"nothing after the separator", "DAKAR, 12 mars (AFP) -", std::nullopt},
      {"only white space after the separator", "DAKAR (AFP) -   \n  ", std::nullopt},
      {"separator on the second line", "DAKAR (AFP)\n- Le texte a été adopté.", std::nullopt},
      {"hyphen inside a word only", "Guinée-Bissau a voté.", std::nullopt},
      {"sentence before a dash", "Les soldats sont arrivés hier soir — personne ne les attendait.", std::nullopt},
      {"too many words", "Un Deux Trois Quatre Cinq Six Sept — Le texte.", std::nullopt},
      {"too many arabic words", "قال الوزير في المؤتمر الصحفي - إن الوضع مستقر.", std::nullopt},
      {"mixed scripts", "DAKAR القاهرة — Le texte.", std::nullopt},
      {"question before the dash", "Pourquoi? — Le texte.", std::nullopt},
      {"unbalanced parenthesis", "DAKAR AFP) - Le texte.", std::nullopt},
      {"empty", "", std::nullopt},
      {"white space only", "  \n ", std::nullopt},
  };
  for (const DatelineCase& c : kCases) CheckCase(*detector_, c);
}

TEST_F(DatelineTest, SeparatorWindowIs160Bytes) {
  // " - " starting at byte 160 of the first line is accepted, at 161 it is not.
  std::string at_160 = "DAKAR" + std::string(155, ' ') + " - Le texte a été adopté.";
  ASSERT_EQ(at_160.find(" - "), 160u);
  CheckCase(*detector_, {"dash at byte 160", at_160, "DAKAR", "", ""});
  std::string at_161 = "DAKAR" + std::string(156, ' ') + " - Le texte a été adopté.";
  ASSERT_EQ(at_161.find(" - "), 161u);
  CheckCase(*detector_, {"dash at byte 161", at_161, std::nullopt});
  // Far beyond the window, and a long first sentence with a dash later.
  CheckCase(*detector_, {"dash at byte 300", "DAKAR" + std::string(295, ' ') + " - Le texte.", std::nullopt});
  std::string long_line = "DAKAR " + std::string(200, 'x') + " — suite.";
  CheckCase(*detector_, {"long line", long_line, std::nullopt});
  // The window counts from the first non-blank byte: leading blank lines do not use it up.
  std::string lead = std::string(200, '\n') + "DAKAR (AFP) - Le texte a été adopté.";
  CheckCase(*detector_, {"window after leading blanks", lead, "DAKAR", "AFP", ""});
}

TEST_F(DatelineTest, PlaceOffsetsAreExact) {
  const std::string body = "  \n MAIDUGURI, Nigeria (Reuters) - Insurgents attacked a base.";
  std::optional<Dateline> d = detector_->Detect(body);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->place.start, 4u);
  EXPECT_EQ(d->place.end, 4u + std::string("MAIDUGURI, Nigeria").size());
  EXPECT_EQ(d->whole.start, 4u);
  EXPECT_EQ(d->whole.end, body.find("Insurgents"));
  // Arabic: offsets count bytes, not letters.
  const std::string ar = " القاهرة (رويترز) - شهدت الأسعار ارتفاعا.";
  d = detector_->Detect(ar);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->place.start, 1u);
  EXPECT_EQ(d->place.end, 1u + std::string("القاهرة").size());
}

// Regression: the date was taken from the first comma with a digit anywhere after it, so
// "LAGOS, Nigeria, March 3 (Reuters)" gave place "LAGOS" and date "Nigeria, March 3".
TEST_F(DatelineTest, RegressionCountryBeforeDateStaysInThePlace) {
  const DatelineCase kCases[] = {
      {"country then date", "LAGOS, Nigeria, March 3 (Reuters) - The army said.", "LAGOS, Nigeria", "Reuters",
       "March 3"},
      {"country then french date", "GAO, Mali, 12 mars (AFP) - Le convoi est arrivé.", "GAO, Mali", "AFP", "12 mars"},
      {"date with a year", "NAIROBI, March 3, 2025 - Kenyan police said.", "NAIROBI", "", "March 3, 2025"},
      {"district, country", "WASHINGTON, D.C., Feb. 27 (AP) - The Senate voted.", "WASHINGTON, D.C.", "AP", "Feb. 27"},
  };
  for (const DatelineCase& c : kCases) CheckCase(*detector_, c);
}

// Regression: no-break spaces were trimmed only once and only at the end of the head, so
// "Dakar \u00A0—" gave the place "Dakar " (trailing space in the span), and a body opening
// with a no-break space (HTML &nbsp;) had no dateline although leading white space is allowed.
TEST_F(DatelineTest, RegressionNoBreakSpacesAroundTheDateline) {
  const DatelineCase kCases[] = {
      {"space then no-break space before the dash", "Dakar \u00A0— Le texte a été adopté.", "Dakar", "", ""},
      {"no-break space then space before the dash", "Dakar\u00A0 — Le texte a été adopté.", "Dakar", "", ""},
      {"two kinds of no-break space", "Dakar\u202F\u00A0— Le texte.", "Dakar", "", ""},
      {"leading no-break space", "\u00A0DAKAR (AFP) - Le texte a été adopté.", "DAKAR", "AFP", ""},
      {"leading mixed white space", " \u00A0\n\u202F DAKAR (AFP) - Le texte.", "DAKAR", "AFP", ""},
      {"no-break space inside the parenthesis", "DAKAR (\u00A0AFP\u00A0) - Le texte.", "DAKAR", "AFP", ""},
      {"no-break space before the date", "DAKAR,\u00A012 mars (AFP) - Le texte.", "DAKAR", "AFP", "12 mars"},
  };
  for (const DatelineCase& c : kCases) CheckCase(*detector_, c);
}

// Regression: a hyphen after a no-break space ("(AFP)\u00A0- ", common after HTML &nbsp;) was
// no separator, and the spaced Arabic abbreviation of the Moroccan agency was not an agency.
TEST_F(DatelineTest, RegressionNoBreakSpaceBeforeTheHyphen) {
  const DatelineCase kCases[] = {
      {"no-break space before the hyphen", "DAKAR (AFP)\u00A0- Le texte a été adopté.", "DAKAR", "AFP", ""},
      {"no-break spaces around the hyphen", "DAKAR (AFP)\u00A0-\u00A0Le texte.", "DAKAR", "AFP", ""},
      {"spaced MAP abbreviation", "الرباط (و م ع) - أعلنت الوزارة أمس.", "الرباط", "و م ع", ""},
  };
  for (const DatelineCase& c : kCases) CheckCase(*detector_, c);
}

TEST(DatelineDetector, AgenciesFromTheConstructor) {
  DatelineDetector d({"xyz"});  // folded names
  std::optional<Dateline> r = d.Detect("DAKAR (XYZ) - Le texte.");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->agency, "XYZ");
  // Not an agency: the parenthesis is part of the place, which is then mixed case and,
  // with an ASCII hyphen and no date, too weak to be a dateline.
  EXPECT_FALSE(d.Detect("Dakar (AFP) - Le texte.").has_value());
  r = d.Detect("DAKAR (AFP) - Le texte.");
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->agency, "");
  EXPECT_EQ(r->place.end - r->place.start, std::string("DAKAR (AFP)").size());
}

TEST(DatelineDetector, LoadFailsWithoutTheDataFile) {
  testing::TempDir dir;
  Result<DatelineDetector> d = DatelineDetector::Load(dir.path());
  EXPECT_FALSE(d.ok());
}

}  // namespace
}  // namespace vigie
