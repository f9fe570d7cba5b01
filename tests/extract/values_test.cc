// Tests for extract/values: DATE and QUANTITY mentions read through the real Analyzer (default
// options, the real data files) and resolved against the publication date, and the civil-date
// arithmetic they rest on. Every text here was written for these tests; weekdays are checked
// against a calendar (2024-09-26 was a Thursday, 2024-09-27 a Friday).
#include "extract/values.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "../test_util.h"
#include "analyze/analyzer.h"

namespace vigie {
namespace {

Analyzer& Engine() {
  static Analyzer* analyzer = [] {
    Result<std::unique_ptr<Analyzer>> r = Analyzer::Create(testing::DataDir(), Analyzer::Options());
    if (!r.ok()) {  // nothing here can run without it
      std::fprintf(stderr, "cannot create the analyzer: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *analyzer;
}

Analysis Analyze(const std::string& body, const std::string& lang, const std::string& published) {
  Document doc;
  doc.id = "t";
  doc.body = body;
  doc.lang_hint = lang;
  doc.published = published;
  Analysis a;
  Status s = Engine().Analyze(doc, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(a.lang.code, lang) << "the test text must be read as " << lang << ": " << body;
  for (size_t k = 1; k < a.mentions.size(); ++k) {
    EXPECT_LE(a.mentions[k - 1].span.end, a.mentions[k].span.start) << "mentions sorted and apart";
  }
  return a;
}

// "text=value" for DATE mentions, "text=value/kind" for QUANTITY mentions, in text order.
std::vector<std::string> Values(const Analysis& a, MentionType type) {
  std::vector<std::string> out;
  for (const Mention& m : a.mentions) {
    if (m.type != type) continue;
    std::string s = std::string(a.Slice(m.span)) + "=" + m.value;
    if (type == MentionType::kQuantity) s += "/" + m.detail;
    out.push_back(s);
  }
  return out;
}

struct ValueCase {
  const char* name;
  std::string text;
  const char* lang;
  const char* published;
  std::vector<std::string> expected;
};

void CheckCases(MentionType type, const std::vector<ValueCase>& cases) {
  for (const ValueCase& c : cases) {
    SCOPED_TRACE(std::string(c.name) + " [" + c.lang + ", published " + c.published + "]: " + c.text);
    EXPECT_EQ(Values(Analyze(c.text, c.lang, c.published), type), c.expected);
  }
}

constexpr const char* kFri = "2024-09-27";  // a Friday
constexpr const char* kThu = "2024-09-26";  // a Thursday
constexpr const char* kTue = "2024-10-01";  // a Tuesday

// --- DATE ----------------------------------------------------------------------------------------

TEST(Dates, Weekdays) {
  CheckCases(MentionType::kDate,
             {
                 {"bare weekday: the latest on or before publication", "Les soldats sont arrivés jeudi à Gao.", "fr", kFri,
                  {"jeudi=2024-09-26"}},
                 {"bare weekday on its own day", "Les soldats sont arrivés jeudi à Gao.", "fr", kThu,
                  {"jeudi=2024-09-26"}},
                 {"dernier: strictly before", "Les soldats sont arrivés jeudi dernier à Gao.", "fr", kFri,
                  {"jeudi dernier=2024-09-26"}},
                 {"dernier on its own day: a week before", "Les soldats sont arrivés jeudi dernier à Gao.", "fr", kThu,
                  {"jeudi dernier=2024-09-19"}},
                 {"the same weekday as publication, dernier", "L'attaque a eu lieu vendredi dernier près de Gao.", "fr",
                  kFri, {"vendredi dernier=2024-09-20"}},
                 {"English bare weekday", "Gunmen attacked the village on Monday, officials said.", "en", kFri,
                  {"Monday=2024-09-23"}},
                 {"last Thursday", "The attack happened last Thursday near the border.", "en", kFri,
                  {"last Thursday=2024-09-26"}},
                 {"last Thursday on a Thursday", "The attack happened last Thursday near the border.", "en", kThu,
                  {"last Thursday=2024-09-19"}},
                 {"mardi prochain", "Les ministres se réuniront mardi prochain à Niamey.", "fr", kFri,
                  {"mardi prochain=2024-10-01"}},
                 {"next Tuesday", "The ministers will meet next Tuesday in the capital.", "en", kFri,
                  {"next Tuesday=2024-10-01"}},
                 {"next Tuesday on a Tuesday: a week after", "The ministers will meet next Tuesday in the capital.", "en",
                  kTue, {"next Tuesday=2024-10-08"}},
                 {"Arabic weekday with الماضي", "وقع الهجوم الخميس الماضي في شمال البلاد.", "ar", kThu,
                  {"الخميس الماضي=2024-09-19"}},
             });
}

TEST(Dates, RelativeDays) {
  CheckCases(MentionType::kDate,
             {
                 {"hier", "Hier, des hommes armés ont attaqué le poste.", "fr", kFri, {"Hier=2024-09-26"}},
                 {"yesterday", "Gunmen attacked the post yesterday, the army said.", "en", kFri,
                  {"yesterday=2024-09-26"}},
                 {"أمس", "هاجم مسلحون أمس مركزا للشرطة في المدينة.", "ar", kFri, {"أمس=2024-09-26"}},
                 {"avant-hier is not hier", "L'attaque a eu lieu avant-hier selon la police.", "fr", kFri,
                  {"avant-hier=2024-09-25"}},
                 {"demain", "Les ministres se réuniront demain à Niamey.", "fr", kFri, {"demain=2024-09-28"}},
                 {"across a leap day", "Hier, des hommes armés ont attaqué le poste.", "fr", "2024-03-01",
                  {"Hier=2024-02-29"}},
                 {"across a new year", "Gunmen attacked the post yesterday, the army said.", "en", "2025-01-01",
                  {"yesterday=2024-12-31"}},
             });
}

TEST(Dates, WithAMonth) {
  CheckCases(MentionType::kDate,
             {
                 {"French day month year", "L'attaque a eu lieu le 26 septembre 2024 près de Gao.", "fr", kFri,
                  {"26 septembre 2024=2024-09-26"}},
                 {"weekday before the date belongs to it", "L'attaque a eu lieu le jeudi 26 septembre 2024 près de Gao.",
                  "fr", kFri, {"jeudi 26 septembre 2024=2024-09-26"}},
                 {"1er", "Les troupes sont arrivées le 1er septembre dans la région.", "fr", kFri,
                  {"1er septembre=2024-09-01"}},
                 {"English month day, year", "The attack took place on September 26, 2024 near the border.", "en", kFri,
                  {"September 26, 2024=2024-09-26"}},
                 {"abbreviated month, year from publication", "The attack took place on Sept. 26 near the border.", "en",
                  kFri, {"Sept. 26=2024-09-26"}},
                 {"Arabic-Indic digits", "وقع الهجوم في ٢٦ سبتمبر ٢٠٢٤ في شمال البلاد.", "ar", kFri,
                  {"٢٦ سبتمبر ٢٠٢٤=2024-09-26"}},
                 {"digits", "L'attaque a eu lieu le 26/09/2024 près de Gao.", "fr", kFri, {"26/09/2024=2024-09-26"}},
                 {"ISO digits", "The attack took place on 2024-09-26 near the border.", "en", kFri,
                  {"2024-09-26=2024-09-26"}},
                 {"month and year: month precision", "Les pluies de mars 2024 ont détruit les routes.", "fr", kFri,
                  {"mars 2024=2024-03"}},
                 {"a French month name alone is no date", "En mars, les pluies ont détruit les routes.", "fr", kFri, {}},
                 {"an English month name alone is no date", "In May, the rains destroyed the roads of the region.",
                  "en", kFri, {}},
                 {"December read in January is last year's", "Le 12 décembre, une attaque a eu lieu près de Gao.", "fr",
                  "2025-01-15", {"12 décembre=2024-12-12"}},
                 {"January read in January is this year's", "Le 3 janvier, une attaque a eu lieu près de Gao.", "fr",
                  "2025-01-15", {"3 janvier=2025-01-03"}},
             });
}

// A month with "dernier", "last", "الماضي" (or "prochain", "next", "المقبل") is its last (next)
// time before (after) the publication month; a month with a year period after it is left to the
// period ("March last year").
TEST(Dates, MonthWithAMarker) {
  CheckCases(MentionType::kDate,
             {
                 {"mars dernier", "Une attaque similaire avait eu lieu en mars dernier près de Gao.", "fr", kFri,
                  {"mars dernier=2024-03"}},
                 {"last March", "A similar attack took place last March near the border.", "en", kFri,
                  {"last March=2024-03"}},
                 {"Arabic month with الماضي", "وكان هجوم مماثل قد وقع في مارس الماضي في المنطقة نفسها.", "ar", kFri,
                  {"مارس الماضي=2024-03"}},
                 {"last September read in September is a year back",
                  "A similar attack took place last September near the border.", "en", kFri,
                  {"last September=2023-09"}},
                 {"last December read in January", "Une attaque avait eu lieu en décembre dernier près de Gao.", "fr",
                  "2025-01-15", {"décembre dernier=2024-12"}},
                 {"next January", "Talks will resume next January in the capital.", "en", kFri,
                  {"next January=2025-01"}},
                 {"Arabic month with المقبل", "وسيعقد المؤتمر في يناير المقبل في العاصمة.", "ar", kFri,
                  {"يناير المقبل=2025-01"}},
                 {"août prochain read in August is a year on", "Le scrutin aura lieu en août prochain.", "fr", "2024-08-05",
                  {"août prochain=2025-08"}},
                 {"March last year: the year only", "It happened in March last year near the border.", "en", kFri,
                  {"last year=2023"}},
                 {"no publication date: no value", "Une attaque avait eu lieu en mars dernier près de Gao.", "fr", "",
                  {"mars dernier="}},
             });
}

TEST(Dates, PublicationPrecision) {
  CheckCases(MentionType::kDate,
             {
                 {"weekday, publication month only: no value", "Les soldats sont arrivés jeudi à Gao.", "fr", "2024-09",
                  {"jeudi="}},
                 {"relative day, publication month only: no value", "Hier, des hommes armés ont attaqué le poste.", "fr",
                  "2024-09", {"Hier="}},
                 {"day and month take the publication year", "L'attaque a eu lieu le 26 septembre près de Gao.", "fr",
                  "2024-09", {"26 septembre=2024-09-26"}},
                 {"no publication date: only complete dates have a value",
                  "Le 26 septembre 2024 puis le 3 octobre, et jeudi.", "fr", "",
                  {"26 septembre 2024=2024-09-26", "3 octobre=", "jeudi="}},
             });
}

// BUG: dates written with dots are not read. The digits rule in ValueExtractor::Extract (its
// comment: "Digits: 26/09/2024, 26.09.2024, 2024-09-26") needs three number tokens, but the
// tokenizer reads "26.09" as one decimal number (in French as well as in English), leaving
// "26.09", ".", "2024".
// Expected: DATE 26.09.2024 = 2024-09-26. Got: no DATE.
// Fix: in the digits rule, also accept a number token written D.MM (or DD.MM) followed by "."
// and a four-digit year, reading day and month from the token's text; or have the tokenizer
// keep D.MM.YYYY whole as a date-like token.
TEST(Dates, DottedDigits) {
  CheckCases(MentionType::kDate,
             {
                 {"French", "L'attaque a eu lieu le 26.09.2024 près de Gao.", "fr", kFri, {"26.09.2024=2024-09-26"}},
                 {"English", "The attack took place on 26.09.2024 near the border.", "en", kFri,
                  {"26.09.2024=2024-09-26"}},
             });
}

// A year that qualifies a noun, or follows a holiday or a season, dates an old event told in
// passing; a count of people or things after the number stays a count.
TEST(Dates, YearsThatQualifyANounOrFollowAHoliday) {
  CheckCases(MentionType::kDate,
             {
                 {"English year before its noun", "Al-Shabaab claimed the 2013 Westgate attack.", "en", kFri,
                  {"2013=2013"}},
                 {"English possessive", "The ministry published its 2020 report on the border.", "en", kFri,
                  {"2020=2020"}},
                 {"English count of soldiers", "The 2000 soldiers left the base.", "en", kFri, {}},
                 {"English count with a demonym", "The 2000 Kenyan soldiers left the base.", "en", kFri, {}},
                 {"French year after its noun", "Il a dirigé le pays après le coup d'État de 1983, selon ses proches.",
                  "fr", kFri, {"1983=1983"}},
                 {"French count after de", "Près de 2000 personnes ont fui le village.", "fr", kFri, {}},
                 {"French holiday", "Il a pris le pouvoir lors du coup d'État de la Saint-Sylvestre 1983.", "fr", kFri,
                  {"1983=1983"}},
                 {"French season", "Les combats ont repris à l'été 2023 dans la région.", "fr", kFri, {"2023=2023"}},
                 {"English season", "Fighting resumed in summer 2023 in the region.", "en", kFri, {"2023=2023"}},
             });
}

TEST(Dates, RangesOfYears) {
  CheckCases(MentionType::kDate,
             {
                 {"English between", "Between 1978 and 1991 he killed 12 people, the court heard.", "en", kFri,
                  {"1978=1978", "1991=1991"}},
                 {"English from-to", "The group held the town from 2015 to 2020.", "en", kFri,
                  {"2015=2015", "2020=2020"}},
                 {"after a cue", "Attacks rose in 2015 and 2016.", "en", kFri, {"2015=2015", "2016=2016"}},
                 {"a count after the second", "Between 1900 and 2000 fighters joined the group.", "en", kFri, {}},
                 {"the opener alone", "Aid came from 2000 villages.", "en", kFri, {}},
                 {"French entre", "Entre 2012 et 2015, le groupe a tué 40 personnes.", "fr", kFri,
                  {"2012=2012", "2015=2015"}},
                 {"French de-à", "Il a dirigé le pays de 2012 à 2015.", "fr", kFri, {"2012=2012", "2015=2015"}},
                 {"Arabic min-ila", "سيطر التنظيم على المدينة من 2012 إلى 2014.", "ar", kFri,
                  {"2012=2012", "2014=2014"}},
                 {"the second year before the first", "Between 2015 and 1990 nothing.", "en", kFri, {}},
             });
}

// A dates.tsv row of a type the extractor does not read, or a year_det or year_range value other than 0 or 1,
// fails the load with its line named instead of being dropped.
TEST(Dates, UnknownWordTypeIsALoadError) {
  namespace fs = std::filesystem;
  for (const char* row : {"en\tthe\tyear_dte\t0\n", "en\tthe\tyear_det\t2\n", "en\tfrom\tyear_range\t2\n"}) {
    testing::TempDir dir;
    const std::string data = dir.path() + "/data";
    fs::create_directories(data + "/lexicon");
    for (const fs::directory_entry& e : fs::directory_iterator(testing::DataDir())) {
      if (e.path().filename() != "lexicon") fs::create_directory_symlink(e.path(), data + "/" + e.path().filename().string());
    }
    for (const fs::directory_entry& e : fs::directory_iterator(testing::DataDir() + "/lexicon")) {
      if (e.path().filename() != "dates.tsv") {
        fs::create_symlink(e.path(), data + "/lexicon/" + e.path().filename().string());
      }
    }
    dir.Write("data/lexicon/dates.tsv", std::string("en\tJanuary\tmonth\t1\n") + row);
    Result<std::unique_ptr<Analyzer>> engine = Analyzer::Create(data, Analyzer::Options());
    ASSERT_FALSE(engine.ok()) << row;
    EXPECT_NE(engine.status().message().find("dates.tsv:2"), std::string::npos) << engine.status().ToString();
  }
}

// --- QUANTITY ------------------------------------------------------------------------------------

TEST(Quantities, Counts) {
  CheckCases(MentionType::kQuantity,
             {
                 {"au moins stays outside", "Au moins douze morts ont été recensés après l'attaque.", "fr", kFri,
                  {"douze morts=12/killed"}},
                 {"verb after the count", "The army said 12 soldiers were killed in the attack.", "en", kFri,
                  {"12 soldiers=12/killed"}},
                 {"Arabic nominal trigger", "أعلن الجيش مقتل 12 جنديا في الهجوم.", "ar", kFri, {"12 جنديا=12/killed"}},
                 {"vingt et un", "Vingt et un civils ont été tués dans le village.", "fr", kFri,
                  {"Vingt et un civils=21/killed"}},
                 {"quatre-vingts", "Quatre-vingts soldats sont morts dans l'embuscade.", "fr", kFri,
                  {"Quatre-vingts soldats=80/killed"}},
                 {"quatre-vingt-dix", "Quatre-vingt-dix civils ont été tués dans le village.", "fr", kFri,
                  {"Quatre-vingt-dix civils=90/killed"}},
                 {"trois mille cinq cents", "Trois mille cinq cents personnes ont été déplacées par les combats.", "fr",
                  kFri, {"Trois mille cinq cents personnes=3500/displaced"}},
                 {"approximate count of attackers", "Une quarantaine de combattants ont attaqué le camp militaire.", "fr",
                  kFri, {"Une quarantaine de combattants=40/other"}},
                 {"dozens of gunmen", "Dozens of gunmen stormed the village at dawn.", "en", kFri,
                  {"Dozens of gunmen=24/other"}},
                 {"money is not a count of people", "Le pays a reçu 3,5 millions de dollars pour la sécurité.", "fr",
                  kFri, {}},
                 {"grouped with a space", "On compte 1 500 déplacés dans la région de Tillabéri.", "fr", kFri,
                  {"1 500 déplacés=1500/displaced"}},
                 {"grouped with a narrow no-break space", "On compte 12\u202F000 déplacés dans la région.", "fr", kFri,
                  {"12\u202F000 déplacés=12000/displaced"}},
                 {"arrested, verb after", "37 suspects were arrested by the police in the capital.", "en", kFri,
                  {"37 suspects=37/arrested"}},
                 {"arrêtés, verb after", "37 suspects ont été arrêtés par la police dans la capitale.", "fr", kFri,
                  {"37 suspects=37/arrested"}},
                 {"a number without a counted noun", "Le bilan de 2024 est lourd pour les 12 régions.", "fr", kFri, {}},
             });
}

TEST(Quantities, AuMoinsIsOutsideTheSpan) {
  Analysis a = Analyze("Au moins douze morts ont été recensés après l'attaque.", "fr", kFri);
  for (const Mention& m : a.mentions) {
    EXPECT_GE(m.span.start, std::string("Au moins ").size()) << a.Slice(m.span);
  }
}

// BUG: the kind of a count whose trigger is a word listed both as a noun and as a verb in
// casualties.tsv ("killed", "arrested", "tué"...) is lost when that word comes before the count.
// The phrase matcher reports the first alias of a shared form (the noun row, listed first) and
// ValueExtractor keeps only that one; casualty_kind_near looks only at verbs and nominals, so
// "killed" as a noun is not a trigger, and the count gets "other".
// Expected: killed / arrested. Got: other.
// Fix: in ValueExtractor::Extract, record every role of a matched word (LexiconMatch::also holds
// the other aliases of the same form): e.g. a bit set of roles per token, so that a word that is
// also a verb counts as one in casualty_kind_near.
TEST(Quantities, TriggerBeforeTheCountThatIsAlsoANoun) {
  CheckCases(MentionType::kQuantity,
             {
                 {"killed before", "Gunmen killed 12 soldiers in the attack on the base.", "en", kFri,
                  {"12 soldiers=12/killed"}},
                 {"arrested before", "The police arrested 37 suspects in the capital.", "en", kFri,
                  {"37 suspects=37/arrested"}},
             });
}

// q11-ar: an Arabic partitive count ("21 من المهاجمين", "ثلاثة من الجنود") counts the noun after من,
// with the kind of the verb before it.
TEST(Quantities, ArabicPartitiveCount) {
  CheckCases(MentionType::kQuantity,
             {
                 {"partitive", "وردت الوحدات على الهجوم وقتلت 21 من المهاجمين.", "ar", kFri,
                  {"21 من المهاجمين=21/killed"}},
             });
}

// BUG: the kind of a count is taken from a trigger up to six tokens away even in another
// sentence. values.h: "The kind comes from the noun when it says it (morts, blessés), else from
// the nearest trigger in the sentence"; the code says "same sentence not checked".
// Expected: other. Got: displaced (from "fui" in the sentence before).
// Fix: bound the window of casualty_kind_near by the sentence of the count (Analysis::sentences,
// via each match token's analysis-token index).
TEST(Quantities, TriggerFromAnotherSentence) {
  CheckCases(MentionType::kQuantity,
             {
                 {"previous sentence", "Les villageois ont fui. Douze soldats patrouillent dans la zone.", "fr", kFri,
                  {"Douze soldats=12/other"}},
             });
}

// BUG: a count with a multiplier word followed by "de" / "of" is not read: the approximate-count
// branch skips "de", but the number+unit and number-word branches do not, so the counted noun
// after "million de" is never reached. values.h reads "3,5 millions" as a number; a count of
// people written this way is common in displacement reports.
// Expected: 1500000 displaced; 1000000 displaced. Got: no QUANTITY.
// Fix: after a unit >= 1000 (million, millions, milliard, thousand...), skip "de", "d'", "of"
// before looking for the counted noun, as the approx branch does.
TEST(Quantities, MillionsOfPeople) {
  CheckCases(MentionType::kQuantity,
             {
                 {"digits and million", "Le conflit a fait 1,5 million de déplacés selon l'ONU.", "fr", kFri,
                  {"1,5 million de déplacés=1500000/displaced"}},
                 {"words", "Un million de personnes ont été déplacées par les combats.", "fr", kFri,
                  {"Un million de personnes=1000000/displaced"}},
             });
}

// Regression: Arabic thousands in the accusative ("ألفا") and the rest joined to و ("و450", one
// token) were not read: "240 ألفا و381 شخصا" made no count, or a count of 381.
TEST(Quantities, ArabicThousandsAndTheirRest) {
  CheckCases(MentionType::kQuantity,
             {
                 {"joined rest", "نزح 12 ألفا و450 شخصا من المدينة خلال أسبوع.", "ar", kFri,
                  {"12 ألفا و450 شخصا=12450/displaced"}},
                 {"spaced rest", "نزح 240 ألفا و 381 شخصا منذ بدء المعارك.", "ar", kFri,
                  {"240 ألفا و 381 شخصا=240381/displaced"}},
             });
}

// People made to flee, told with the verb after the counted people or a clause away
// ("forced more than 9,000 people to flee", "2,000 residents have left", "500 families have
// fled"): a count of the displaced, in English, French and Arabic. A kind word after "for" names
// whom a place is for ("a camp for displaced people"), not what happened to a count near it; and
// families or households with nothing said of them (bills, prices) are no count at all.
TEST(Quantities, PeopleMadeToFlee) {
  CheckCases(MentionType::kQuantity,
             {
                 {"forced ... to flee", "The raids have forced more than 9,000 people to flee since Monday.", "en", kFri,
                  {"9,000 people=9000/displaced"}},
                 {"have left", "About 2,000 residents have left Marte for Dikwa.", "en", kFri,
                  {"2,000 residents=2000/displaced"}},
                 {"families have fled", "Hundreds of families have fled to Butembo since the raid.", "en", kFri,
                  {"Hundreds of families=200/displaced"}},
                 {"families alone", "Energy bills rose for 700 families in the town.", "en", kFri, {}},
                 {"camp for displaced", "The strike killed more than 100 people at a camp for displaced people.", "en",
                  kFri, {"100 people=100/killed"}},
                 {"pousser à fuir", "Les combats ont poussé 9 000 personnes à fuir vers le sud.", "fr", kFri,
                  {"9 000 personnes=9000/displaced"}},
                 {"ont quitté leurs villages", "Quelque 2 000 habitants ont quitté leurs villages depuis jeudi.", "fr",
                  kFri, {"2 000 habitants=2000/displaced"}},
                 {"left the army", "Some 10,000 people have left the army since the coup.", "en", kFri,
                  {"10,000 people=10000/other"}},
                 {"ont quitté l'armée", "Quelque 10 000 personnes ont quitté l'armée depuis le coup d'État.", "fr", kFri,
                  {"10 000 personnes=10000/other"}},
                 {"Arabic: forced to flee", "أجبرت المعارك 9 آلاف شخص على الفرار من المدينة.", "ar", kFri,
                  {"9 آلاف شخص=9000/displaced"}},
             });
}

TEST(Quantities, ArabicCasesOfADiseaseAreNoWounded) {
  CheckCases(MentionType::kQuantity,
             {
                 {"confirmed cases", "سجلت الوزارة 600 إصابة مؤكدة بحمى الضنك منذ مطلع الشهر.", "ar", kFri,
                  {"600 إصابة=600/other"}},
                 {"new cases of", "أعلنت السلطات تسجيل 120 إصابة جديدة بالكوليرا في المدينة.", "ar", kFri,
                  {"120 إصابة=120/other"}},
                 {"wounded stay wounded", "أسفر الهجوم عن 12 إصابة في صفوف المدنيين.", "ar", kFri,
                  {"12 إصابة=12/injured"}},
             });
}

// --- Civil dates ---------------------------------------------------------------------------------

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

TEST(CivilDates, IsoDateSpans) {
  int64_t first = 0, last = 0;
  ASSERT_TRUE(IsoDateSpan("2019", &first, &last));
  EXPECT_EQ(first, DaysFromCivil(2019, 1, 1));
  EXPECT_EQ(last, DaysFromCivil(2019, 12, 31));
  ASSERT_TRUE(IsoDateSpan("2024-02", &first, &last));
  EXPECT_EQ(last - first, 28);  // a leap February
  ASSERT_TRUE(IsoDateSpan("2024-12", &first, &last));
  EXPECT_EQ(last, DaysFromCivil(2024, 12, 31));
  ASSERT_TRUE(IsoDateSpan("2024-09-26T10:00:00Z", &first, &last));
  EXPECT_EQ(first, last);
  EXPECT_EQ(first, DaysFromCivil(2024, 9, 26));
  for (const char* bad : {"", "20", "abcd", "2024-13", "2024-09-00", "2024-xx-01"}) {
    EXPECT_FALSE(IsoDateSpan(bad, &first, &last)) << bad;
  }
}

TEST(CivilDates, KnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(1970, 1, 2), 1);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);  // 30 years with 7 leap days, then 31 + 29
  EXPECT_EQ(DaysFromCivil(1900, 1, 1), -25567);  // 70 years with 17 leap days (1900 is not one)
  EXPECT_EQ(Weekday(DaysFromCivil(2024, 9, 26)), 4);  // Thursday
  EXPECT_EQ(Weekday(DaysFromCivil(2024, 9, 27)), 5);
  EXPECT_EQ(Weekday(0), 4);                            // 1970-01-01, a Thursday
  EXPECT_EQ(Weekday(-1), 3);                           // 1969-12-31, a Wednesday
  EXPECT_EQ(Weekday(DaysFromCivil(1900, 1, 1)), 1);    // a Monday
  EXPECT_EQ(Weekday(DaysFromCivil(2100, 12, 31)), 5);  // a Friday
}

TEST(CivilDates, RoundTripEveryDayFrom1900To2100) {
  int y = 1900, m = 1, d = 1;
  int64_t z = DaysFromCivil(1900, 1, 1);
  int weekday = Weekday(z);
  for (; y <= 2100; ++z) {
    int gy = 0, gm = 0, gd = 0;
    CivilFromDays(z, &gy, &gm, &gd);
    ASSERT_EQ(gy, y) << z;
    ASSERT_EQ(gm, m) << z;
    ASSERT_EQ(gd, d) << z;
    ASSERT_EQ(DaysFromCivil(y, m, d), z);
    ASSERT_EQ(Weekday(z), weekday) << y << "-" << m << "-" << d;
    weekday = weekday % 7 + 1;
    // The next civil day, counted by hand.
    if (++d > DaysInMonth(y, m)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        ++y;
      }
    }
  }
  EXPECT_EQ(z, DaysFromCivil(2101, 1, 1));
  EXPECT_EQ(DaysFromCivil(2101, 1, 1) - DaysFromCivil(1900, 1, 1), 73414);  // 201 * 365 + 49 leap days
}

}  // namespace
}  // namespace vigie
