// Tests for geo/places (places[], countries[], focus) and geo/distance, and for the context the
// entities stage uses to choose among places of one name (a division the story names, a place
// near another), through the real Analyzer and data. Every text here was written for these
// tests.
#include "geo/places.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "../test_util.h"
#include "analyze/analyzer.h"
#include "geo/distance.h"

namespace vigie {
namespace {


Analysis Analyze(const std::string& body, const std::string& lang, const std::string& title = "") {
  return testing::AnalyzeText(body, lang, title);
}

const Place* FindPlace(const Analysis& a, const std::string& entity) {
  for (const Place& p : a.places) {
    if (p.entity == entity) return &p;
  }
  return nullptr;
}

// The entity of the first LOC mention whose text is `text`.
std::string PlaceOf(const Analysis& a, const std::string& text) {
  for (const Mention& m : a.mentions) {
    if (m.type == MentionType::kLoc && a.Slice(m.span) == text) return m.entity;
  }
  return "";
}

TEST(Distance, KnownDistances) {
  EXPECT_DOUBLE_EQ(DistanceKm(12.6, -8.0, 12.6, -8.0), 0);
  // One degree of latitude is about 111.2 km; Bamako to Gao about 955 km.
  EXPECT_NEAR(DistanceKm(0, 0, 1, 0), 111.2, 0.1);
  EXPECT_NEAR(DistanceKm(12.65, -8.0, 16.27, -0.04), 955, 10);
  // Symmetric, and fine across the antimeridian.
  EXPECT_DOUBLE_EQ(DistanceKm(10, 20, -5, 40), DistanceKm(-5, 40, 10, 20));
  EXPECT_NEAR(DistanceKm(0, 179.5, 0, -179.5), 111.2, 0.1);
}

TEST(Places, SeedSentenceFocusAndKinds) {
  Analysis a = Analyze(
      "Le Maroc et le Bureau des Nations Unies de lutte contre le terrorisme ont tenu à New York la première "
      "session de leur dialogue sur la lutte contre le terrorisme en Afrique. Le Maroc a salué ce partenariat.",
      "fr");
  const Place* morocco = FindPlace(a, "country:MA");
  ASSERT_NE(morocco, nullptr);
  EXPECT_EQ(morocco->kind, "country");
  EXPECT_TRUE(morocco->focus);
  EXPECT_EQ(morocco->count, 2);
  EXPECT_NEAR(morocco->lat, 31.8, 1.0);
  const Place* nyc = FindPlace(a, "geonames:5128581");
  ASSERT_NE(nyc, nullptr);
  EXPECT_EQ(nyc->kind, "city");
  EXPECT_EQ(nyc->country, "US");
  EXPECT_EQ(nyc->geonameid, 5128581);
  EXPECT_NEAR(nyc->lat, 40.71, 0.05);
  EXPECT_NEAR(nyc->lon, -74.01, 0.05);
  EXPECT_FALSE(nyc->focus);
  const Place* africa = FindPlace(a, "continent:africa");
  ASSERT_NE(africa, nullptr);
  EXPECT_EQ(africa->kind, "continent");
  EXPECT_FALSE(africa->focus);
  ASSERT_FALSE(a.countries.empty());
  EXPECT_EQ(a.countries[0].code, "MA");
  EXPECT_DOUBLE_EQ(a.countries[0].score, 1.0);
  EXPECT_TRUE(a.countries[0].focus);
  for (size_t i = 1; i < a.countries.size(); ++i) {
    EXPECT_LE(a.countries[i].score, a.countries[i - 1].score);
    if (a.countries[i].code == "US") {
      EXPECT_FALSE(a.countries[i].focus);
    }
  }
  EXPECT_TRUE(a.places.front().focus) << "focus places first";
}

TEST(Places, DatelineIsWhereItWasReported) {
  Analysis a = Analyze(
      "DAKAR, 14 mars (AFP) - Des hommes armés ont tué douze soldats jeudi près de Ménaka, dans le nord-est du "
      "Mali, selon des sources sécuritaires maliennes. L'armée malienne a lancé une opération dans la région de "
      "Ménaka.",
      "fr");
  const Place* dakar = FindPlace(a, PlaceOf(a, "DAKAR"));
  ASSERT_NE(dakar, nullptr);
  EXPECT_TRUE(dakar->dateline_only);
  EXPECT_FALSE(dakar->focus);
  ASSERT_FALSE(a.countries.empty());
  EXPECT_EQ(a.countries[0].code, "ML");
  for (const CountryScore& c : a.countries) {
    if (c.code == "SN") {
      EXPECT_FALSE(c.focus);
    }
  }
  const Place* menaka = FindPlace(a, PlaceOf(a, "Ménaka"));
  ASSERT_NE(menaka, nullptr);
  EXPECT_EQ(menaka->country, "ML");
  EXPECT_TRUE(menaka->focus);
  EXPECT_EQ(menaka->admin1, "ML-9");
}

TEST(Places, NoPlacesNoCountries) {
  Analysis a = Analyze("Le comité a publié son rapport annuel sur les finances publiques.", "fr");
  EXPECT_TRUE(a.places.empty());
  EXPECT_TRUE(a.countries.empty());
}

TEST(Places, APlaceNamedByRuleIsPutWhereItLies) {
  Analysis a = Analyze(
      "La finale de la coupe nationale se jouera samedi au stade Félix-Houphouët-Boigny d'Abidjan, en Côte "
      "d'Ivoire, devant plus de trente mille spectateurs attendus par les organisateurs.",
      "fr");
  const Place* stadium = FindPlace(a, PlaceOf(a, "stade Félix-Houphouët-Boigny"));
  ASSERT_NE(stadium, nullptr);
  EXPECT_EQ(stadium->kind, "place");
  EXPECT_EQ(stadium->country, "CI");
  EXPECT_EQ(stadium->geonameid, 0);
  const Place* abidjan = FindPlace(a, PlaceOf(a, "Abidjan"));
  ASSERT_NE(abidjan, nullptr);
  EXPECT_DOUBLE_EQ(stadium->lat, abidjan->lat);
  EXPECT_DOUBLE_EQ(stadium->lon, abidjan->lon);
  // Nothing to put it at: no place.
  Analysis alone = Analyze(
      "La finale de la coupe nationale se jouera samedi soir au stade Félix-Houphouët-Boigny, devant plus de "
      "trente mille spectateurs attendus par les organisateurs.",
      "fr");
  EXPECT_EQ(FindPlace(alone, PlaceOf(alone, "stade Félix-Houphouët-Boigny")), nullptr);
}

TEST(PlaceChoice, ADivisionTheStoryNamesChoosesTheTown) {
  // Two Nigerian towns called Daura: Katsina's (25,000 people) and Yobe's (78,000).
  Analysis katsina = Analyze("Des hommes armés ont attaqué Daura, dans l'État de Katsina, au Nigeria.", "fr");
  EXPECT_EQ(PlaceOf(katsina, "Daura"), "geonames:2345094");
  Analysis plain = Analyze("Des hommes armés ont attaqué Daura, au Nigeria.", "fr");
  EXPECT_EQ(PlaceOf(plain, "Daura"), "geonames:2345096");
}

TEST(PlaceChoice, APlaceNearbyChoosesTheTown) {
  // Two Nigerian towns called Gwaram: Jigawa's (16,000 people) and Bauchi's (7,000), 50 km
  // from the city of Bauchi.
  Analysis near_bauchi = Analyze("Gunmen attacked Gwaram, east of Bauchi, in Nigeria on Friday.", "en");
  EXPECT_EQ(PlaceOf(near_bauchi, "Gwaram"), "geonames:2339789");
  Analysis plain = Analyze("Gunmen attacked Gwaram in Nigeria on Friday.", "en");
  EXPECT_EQ(PlaceOf(plain, "Gwaram"), "geonames:2339786");
}

TEST(PlaceChoice, ADivisionWordNamesTheDivision) {
  Analysis fr = Analyze("Des renforts ont été envoyés dans l'État de Borno, au Nigeria.", "fr");
  EXPECT_EQ(PlaceOf(fr, "Borno"), "iso3166-2:NG-BO");
  Analysis en = Analyze("Troops were sent to Kano State in Nigeria.", "en");
  EXPECT_EQ(PlaceOf(en, "Kano"), "iso3166-2:NG-KN");
  Analysis town = Analyze("Troops were sent to Kano in Nigeria.", "en");
  EXPECT_NE(PlaceOf(town, "Kano"), "iso3166-2:NG-KN");
  Analysis ar = Analyze("أرسلت تعزيزات إلى ولاية كانو في نيجيريا.", "ar");
  EXPECT_EQ(PlaceOf(ar, "كانو"), "iso3166-2:NG-KN");
}

TEST(PlaceChoice, KnownTraps) {
  // Tripoli: Libya's, unless the story is about Lebanon.
  Analysis libya = Analyze(
      "Des combats ont éclaté lundi à Tripoli entre milices rivales, a indiqué le gouvernement libyen dans un "
      "communiqué publié dans la soirée.",
      "fr");
  EXPECT_EQ(PlaceOf(libya, "Tripoli"), "geonames:2210247");
  Analysis lebanon = Analyze(
      "Une explosion a secoué Tripoli, dans le nord du Liban, selon l'armée libanaise qui a bouclé le quartier.",
      "fr");
  EXPECT_EQ(PlaceOf(lebanon, "Tripoli"), "geonames:266826");
  // Niger: the country, the river, the Nigerian state.
  Analysis country = Analyze(
      "Six soldats ont été tués au Niger, près de la frontière avec le Mali, selon le ministère nigérien de la "
      "Défense.",
      "fr");
  EXPECT_EQ(PlaceOf(country, "Niger"), "country:NE");
  Analysis river = Analyze(
      "Les pêcheurs ont été enlevés sur le fleuve Niger, près de Gao, au Mali, selon des sources locales.", "fr");
  EXPECT_EQ(PlaceOf(river, "fleuve Niger"), "place:niger-river");
  Analysis state = Analyze("Bandits killed ten villagers in Niger State, in north-central Nigeria, police said.",
                           "en");
  EXPECT_EQ(PlaceOf(state, "Niger State"), "iso3166-2:NG-NI");
  // Africa is the continent.
  Analysis africa = Analyze("The summit discussed terrorism in Africa and the financing of regional forces.", "en");
  EXPECT_EQ(PlaceOf(africa, "Africa"), "continent:africa");
}

}  // namespace
}  // namespace vigie
