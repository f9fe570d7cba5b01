// Tests for extract/entities through the real Analyzer (default options, the real data files):
// people from the lexicon, after a title and by first name, surnames joining full names,
// acronyms defined in the text, demonyms, ambiguous forms with and without support, the
// document's entities, and invariants of the mentions checked over every text here, the gold
// documents and (when ../shared is there) real news. Every article text here was written for
// these tests.
#include "extract/entities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "../test_util.h"
#include "analyze/analysis_json.h"
#include "analyze/analyzer.h"
#include "eval/gold.h"
#include "read/document_reader.h"

namespace vigie {
namespace {

Analyzer& Engine() { return testing::SharedAnalyzer(); }

const Lexicon& RealLexicon() { return Engine().extractor()->lexicon(); }

void CheckInvariants(const Analysis& a);

Analysis Analyze(const std::string& body, const std::string& lang, const std::string& title = "",
                 const std::string& published = "2024-09-27") {
  Analysis a = testing::AnalyzeText(body, lang, title, published);
  CheckInvariants(a);
  return a;
}

bool IsName(MentionType t) { return t == MentionType::kPer || t == MentionType::kOrg || t == MentionType::kLoc; }

// "TYPE text entity" for the PER, ORG and LOC mentions, in order.
std::vector<std::string> Names(const Analysis& a) {
  std::vector<std::string> out;
  for (const Mention& m : a.mentions) {
    if (IsName(m.type)) out.push_back(std::string(MentionTypeName(m.type)) + " " + std::string(a.Slice(m.span)) + " " + m.entity);
  }
  return out;
}

// The mentions whose text is `text`.
std::vector<const Mention*> Find(const Analysis& a, const std::string& text) {
  std::vector<const Mention*> out;
  for (const Mention& m : a.mentions) {
    if (a.Slice(m.span) == text) out.push_back(&m);
  }
  return out;
}

const DocEntity* FindEntity(const Analysis& a, const std::string& id) {
  for (const DocEntity& e : a.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

bool IsCodePointStart(const std::string& s, uint32_t i) {
  return i == s.size() || (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
}

// What must hold of every analysis.
void CheckInvariants(const Analysis& a) {
  SCOPED_TRACE("document " + a.doc.id);
  const std::set<std::string> kKinds = {"killed", "injured", "arrested", "kidnapped", "displaced", "attackers", "other"};
  std::map<std::string, int> counts;
  std::map<std::string, uint32_t> first;
  std::map<std::string, MentionType> types;
  for (size_t k = 0; k < a.mentions.size(); ++k) {
    const Mention& m = a.mentions[k];
    SCOPED_TRACE("mention " + std::to_string(k) + " '" + std::string(a.Slice(m.span)) + "'");
    ASSERT_LT(m.span.start, m.span.end);
    ASSERT_LE(m.span.end, a.text.size());
    EXPECT_TRUE(IsCodePointStart(a.text, m.span.start));
    EXPECT_TRUE(IsCodePointStart(a.text, m.span.end));
    if (k > 0) {
      // Sorted and not overlapping.
      EXPECT_LE(a.mentions[k - 1].span.end, m.span.start) << "after '" << a.Slice(a.mentions[k - 1].span) << "'";
    }
    EXPECT_FALSE(m.rule.empty());
    if (IsName(m.type)) {
      EXPECT_FALSE(m.entity.empty());
      if (m.rule == "lexicon") {
        EXPECT_GE(RealLexicon().Find(m.entity), 0) << m.entity;
      }
      ++counts[m.entity];
      if (!first.count(m.entity)) first[m.entity] = m.span.start;
      auto [it, added] = types.emplace(m.entity, m.type);
      if (!added) {
        EXPECT_EQ(it->second, m.type) << m.entity << " has mentions of two types";
      }
    } else {
      EXPECT_TRUE(m.entity.empty());
    }
    if (m.type == MentionType::kQuantity) {
      EXPECT_FALSE(m.value.empty());
      EXPECT_EQ(kKinds.count(m.detail), 1u) << m.detail;
    }
  }
  // Entities: one per id, counting its mentions, most salient first.
  EXPECT_EQ(a.entities.size(), counts.size());
  std::set<std::string> seen;
  double top = 0;
  for (size_t k = 0; k < a.entities.size(); ++k) {
    const DocEntity& e = a.entities[k];
    SCOPED_TRACE("entity " + e.id);
    EXPECT_TRUE(seen.insert(e.id).second) << "twice";
    EXPECT_EQ(e.count, counts[e.id]);
    EXPECT_EQ(e.first, first[e.id]);
    EXPECT_EQ(e.type, types[e.id]);
    EXPECT_FALSE(e.name.empty());
    EXPECT_FALSE(e.kind.empty());
    EXPECT_GT(e.salience, 0);
    EXPECT_LE(e.salience, 1);
    if (k > 0) {
      EXPECT_GE(a.entities[k - 1].salience, e.salience);
    }
    top = std::max(top, e.salience);
    int64_t lex = RealLexicon().Find(e.id);
    if (lex >= 0) {
      EXPECT_EQ(e.name, RealLexicon().entities()[lex].name);
      EXPECT_EQ(e.country, RealLexicon().entities()[lex].country);
    }
  }
  if (!a.entities.empty()) {
    EXPECT_EQ(top, 1.0);
  }
  // Demonyms are evidence of a country, not mentions of people or places.
  for (const DemonymMention& d : a.demonyms) {
    ASSERT_LT(d.span.start, d.span.end);
    ASSERT_LE(d.span.end, a.text.size());
    // ISO alpha-2 (analysis.h); demonyms of regions and continents are not country evidence.
    EXPECT_EQ(d.country.size(), 2u) << a.Slice(d.span) << " " << d.country;
    for (const Mention& m : a.mentions) {
      if (m.type != MentionType::kPer && m.type != MentionType::kLoc) continue;
      EXPECT_FALSE(m.span.start < d.span.end && d.span.start < m.span.end)
          << "demonym '" << a.Slice(d.span) << "' inside '" << a.Slice(m.span) << "'";
    }
  }
}

// --- People ------------------------------------------------------------------------------------

const char kSeedLike[] =
    "Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à "
    "l'étranger, Nasser Bourita et le Secrétaire général adjoint de l'ONUCT, Vladimir Voronkov, ont "
    "co-présidé ce dialogue.";

TEST(Entities, SeedSentence) {
  Analysis a = Analyze(std::string(kSeedLike) + " M. Bourita a salué la qualité du partenariat.", "fr");
  EXPECT_EQ(Names(a), (std::vector<std::string>{
                          "PER Nasser Bourita person:nasser-bourita",
                          "ORG ONUCT org:unoct",
                          "PER Vladimir Voronkov person:vladimir-voronkov",
                          "PER Bourita person:nasser-bourita",  // "M." stays outside
                      }));
  const DocEntity* bourita = FindEntity(a, "person:nasser-bourita");
  ASSERT_NE(bourita, nullptr);
  EXPECT_EQ(bourita->count, 2);
  EXPECT_EQ(bourita->type, MentionType::kPer);
  EXPECT_EQ(bourita->name, "Nasser Bourita");
  EXPECT_EQ(bourita->country, "MA");
  const DocEntity* unoct = FindEntity(a, "org:unoct");
  ASSERT_NE(unoct, nullptr);
  EXPECT_EQ(unoct->kind, "igo");
  // "Marocains" is a demonym: evidence of Morocco, not a place.
  std::vector<std::string> demonyms;
  for (const DemonymMention& d : a.demonyms) {
    if (!d.country.empty()) demonyms.push_back(std::string(a.Slice(d.span)) + " " + d.country);
  }
  EXPECT_EQ(demonyms, std::vector<std::string>{"Marocains MA"});
}

// BUG: demonyms of regions and continents ("africaine" in "Coopération africaine", "sahélienne",
// "East African", أوروبية) are recorded in Analysis::demonyms with an empty country: the alias is
// flagged demonym but its entity (continent:africa, region:sahel...) has no country. analysis.h
// says a DemonymMention is evidence of a country with an ISO alpha-2 code; an empty code is
// neither, and MatchLexicon also inserts "" into its set of supporting countries.
// Expected: no DemonymMention without a country. Got: {"africaine", ""}.
// Fix: in EntityExtractor::Extract (and MatchLexicon) skip demonym matches whose entity has no
// country, or give DemonymMention the entity id so that region evidence is kept on purpose.
TEST(Entities, ContinentDemonymsAreNotCountryEvidence) {
  Analysis a = Analyze("La coopération africaine et sahélienne progresse, selon le ministre.", "fr");
  for (const DemonymMention& d : a.demonyms) EXPECT_EQ(d.country.size(), 2u) << a.Slice(d.span);
}

TEST(Entities, PeopleNotInTheLexicon) {
  struct Case {
    const char* name;
    std::string text;
    const char* lang;
    std::vector<std::string> names;
  };
  const Case kCases[] = {
      {"after a title", "Le général Moussa Traoré a déclaré que la situation était calme.", "fr",
       {"PER Moussa Traoré person:moussa-traore"}},
      {"after a title, then the surname alone",
       "Le général Moussa Traoré a déclaré que la situation était calme. Traoré a ajouté que les patrouilles "
       "continuaient.",
       "fr", {"PER Moussa Traoré person:moussa-traore", "PER Traoré person:moussa-traore"}},
      {"an honorific and the surname before the full name",
       "M. Traoré a parlé aux journalistes. Le général Moussa Traoré a ajouté que tout allait bien.", "fr",
       {"PER Traoré person:moussa-traore", "PER Moussa Traoré person:moussa-traore"}},
      {"by first name", "Selon les témoins, Fatoumata Diallo a dit que les assaillants étaient nombreux.", "fr",
       {"PER Fatoumata Diallo person:fatoumata-diallo"}},
      {"English title", "Police spokesman Resila Onyango told reporters that the suspects were in custody.", "en",
       {"PER Resila Onyango person:resila-onyango"}},
      {"English title, listed person", "Interior Minister Kithure Kindiki said the police would act.", "en",
       {"PER Kithure Kindiki person:kithure-kindiki"}},
      {"Arabic, listed person", "قال وزير الخارجية المغربي ناصر بوريطة إن التعاون مستمر.", "ar",
       {"PER ناصر بوريطة person:nasser-bourita"}},
      {"a lone capitalised word after a role is not a name",
       "Le chef d'État a présidé la réunion du Conseil des ministres hier.", "fr", {}},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Analysis a = Analyze(c.text, c.lang);
    EXPECT_EQ(Names(a), c.names);
  }
}

TEST(Entities, PersonRulesAndDisplayNames) {
  Analysis a = Analyze("Le général Moussa Traoré a déclaré que la situation était calme. Fatoumata Diallo a confirmé.",
                       "fr");
  ASSERT_EQ(Find(a, "Moussa Traoré").size(), 1u);
  EXPECT_EQ(Find(a, "Moussa Traoré")[0]->rule, "title+name");
  ASSERT_EQ(Find(a, "Fatoumata Diallo").size(), 1u);
  EXPECT_EQ(Find(a, "Fatoumata Diallo")[0]->rule, "first-name");
  const DocEntity* traore = FindEntity(a, "person:moussa-traore");
  ASSERT_NE(traore, nullptr);
  EXPECT_EQ(traore->name, "Moussa Traoré");  // as written, with its accent
  EXPECT_EQ(traore->kind, "official");  // named with a role
  EXPECT_EQ(traore->country, "");
  const DocEntity* diallo = FindEntity(a, "person:fatoumata-diallo");
  ASSERT_NE(diallo, nullptr);
  EXPECT_EQ(diallo->kind, "other");
}

TEST(Entities, ArabicDemonymBesideAName) {
  Analysis a = Analyze("قال وزير الخارجية المغربي ناصر بوريطة إن التعاون مستمر.", "ar");
  ASSERT_EQ(a.demonyms.size(), 1u);
  EXPECT_EQ(a.Slice(a.demonyms[0].span), "المغربي");
  EXPECT_EQ(a.demonyms[0].country, "MA");
  const DocEntity* bourita = FindEntity(a, "person:nasser-bourita");
  ASSERT_NE(bourita, nullptr);
  EXPECT_EQ(bourita->name, "Nasser Bourita");  // the lexicon's display name
}

// --- Acronyms ----------------------------------------------------------------------------------

TEST(Entities, AcronymDefinedInTheText) {
  struct Case {
    std::string text;
    const char* lang;
    const char* long_form;
    const char* acronym;
  };
  const Case kCases[] = {
      {"The Regional Action Group (RAG) published a report on Monday. The RAG also warned the authorities.", "en",
       "Regional Action Group", "RAG"},
      {"Le Groupe Régional d'Action (GRA) a publié un rapport lundi. Le GRA a aussi alerté les autorités.", "fr",
       "Groupe Régional d'Action", "GRA"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    Analysis a = Analyze(c.text, c.lang);
    std::vector<const Mention*> long_form = Find(a, c.long_form);
    std::vector<const Mention*> acronym = Find(a, c.acronym);
    ASSERT_EQ(long_form.size(), 1u) << ::testing::PrintToString(Names(a));
    ASSERT_EQ(acronym.size(), 2u) << ::testing::PrintToString(Names(a));
    EXPECT_EQ(long_form[0]->type, MentionType::kOrg);
    EXPECT_FALSE(long_form[0]->entity.empty());
    for (const Mention* m : acronym) {
      EXPECT_EQ(m->type, MentionType::kOrg);
      EXPECT_EQ(m->entity, long_form[0]->entity);
    }
    const DocEntity* e = FindEntity(a, long_form[0]->entity);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->count, 3);
    EXPECT_EQ(e->name, c.long_form);
  }
}

// BUG: an unlisted long form written the French way, with only its first word capitalised,
// is not found: FindAcronyms walks back from "(" only over capitalised words, stop words and
// elisions, so "trafic" (and "contre", which is not in name_stopwords.tsv) stop the walk at
// once and nothing is defined; the later "GACT" is not a mention either. entities.h promises
// "acronyms defined in the text ("Force multinationale mixte (FMM)") join their long form" and
// gives a French sentence-case example.
// Expected: ORG "Groupe d'action contre le trafic" and both "GACT" with one id. Got: no mention.
// Fix: for an unlisted long form, walk back over any words of the sentence (bounded, e.g. 12
// tokens), and choose the start where the initials of the content words (skipping articles and
// prepositions such as le, de, d', contre... or allowing them to be skipped) spell the acronym,
// the start word being capitalised.
TEST(Entities, AcronymOfAFrenchSentenceCaseName) {
  Analysis a = Analyze(
      "Le Groupe d'action contre le trafic (GACT) a publié un rapport lundi. Le GACT a aussi alerté les autorités.",
      "fr");
  std::vector<const Mention*> long_form = Find(a, "Groupe d'action contre le trafic");
  std::vector<const Mention*> acronym = Find(a, "GACT");
  ASSERT_EQ(long_form.size(), 1u) << ::testing::PrintToString(Names(a));
  ASSERT_EQ(acronym.size(), 2u) << ::testing::PrintToString(Names(a));
  EXPECT_EQ(long_form[0]->type, MentionType::kOrg);
  EXPECT_EQ(acronym[0]->entity, long_form[0]->entity);
  EXPECT_EQ(acronym[1]->entity, long_form[0]->entity);
}

TEST(Entities, AgencyAfterAPlaceIsNotItsAcronym) {
  const std::string texts[] = {
      "MOGADISHU, Somalia (AP) — Militants attacked a military base in Somalia on Monday, officials said.",
      "Officials in Somalia (AP) said militants attacked a military base on Monday.",
  };
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    Analysis a = Analyze(text, "en");
    for (const Mention* m : Find(a, "AP")) EXPECT_NE(m->entity, "country:SO");
    std::vector<const Mention*> somalia = Find(a, "Somalia");
    ASSERT_FALSE(somalia.empty());
    for (const Mention* m : somalia) EXPECT_EQ(m->entity, "country:SO");
    const DocEntity* so = FindEntity(a, "country:SO");
    ASSERT_NE(so, nullptr);
    EXPECT_EQ(so->count, static_cast<int>(somalia.size()));
  }
}

// --- Demonyms and ambiguous forms ------------------------------------------------------------

TEST(Entities, DemonymsAreNotPlaces) {
  struct Case {
    std::string text;
    const char* lang;
    const char* demonym;
    const char* country;
  };
  const Case kCases[] = {
      {"Les autorités maliennes ont annoncé un couvre-feu dans la région.", "fr", "maliennes", "ML"},
      {"Nigerian troops repelled the attack on the base, the army said.", "en", "Nigerian", "NG"},
      {"أعلن الجيش المغربي عن تفكيك خلية إرهابية في المنطقة.", "ar", "المغربي", "MA"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    Analysis a = Analyze(c.text, c.lang);
    ASSERT_EQ(a.demonyms.size(), 1u);
    EXPECT_EQ(a.Slice(a.demonyms[0].span), c.demonym);
    EXPECT_EQ(a.demonyms[0].country, c.country);
    EXPECT_TRUE(Find(a, c.demonym).empty()) << "a demonym is not a mention";
    EXPECT_EQ(FindEntity(a, std::string("country:") + c.country), nullptr);
  }
}

// A name glued to a dollar sign is a currency's code, not the country: "US$3 million". The
// same name apart from the sign stays the country.
TEST(Entities, CurrencyCodeIsNoCountry) {
  Analysis a = Analyze("The World Bank pledged US$3 million to Kenya, and the US sent a team.", "en");
  std::vector<const Mention*> us = Find(a, "US");
  ASSERT_EQ(us.size(), 1u) << ::testing::PrintToString(Names(a));
  EXPECT_EQ(us[0]->entity, "country:US");
  EXPECT_GT(us[0]->span.start, a.text.find("sent") - 10);
}

// A one-word town right after a role opens a person's name: Uba is also a Nigerian town.
TEST(Entities, TownWordAfterARoleOpensAName) {
  Analysis a = Analyze("Le gouverneur Uba Sani a ordonné aux forces de sécurité de retrouver les élèves à Kaduna.", "fr");
  std::vector<const Mention*> found = Find(a, "Uba Sani");
  ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(Names(a));
  EXPECT_EQ(found[0]->type, MentionType::kPer);
  EXPECT_TRUE(Find(a, "Uba").empty()) << ::testing::PrintToString(Names(a));
}

// BUG: a demonym flagged ambiguous is taken as evidence of its country without any support.
// MatchLexicon handles kAliasDemonym before kAliasAmbiguous, so المالية ("financial", listed
// "demonym,ambiguous" for Mali in countries_extra.ar.tsv) in وزارة المالية ("the Ministry of
// Finance", in most Arabic economic news) records a Malian demonym, and the same demonym then
// supports every ambiguous مالي ("financial") as a LOC of Mali. FORMAT.md: ambiguous forms need
// context to be accepted.
// Expected: no demonym, no LOC. Got: demonym ML on المالية (and LOC country:ML on مالي).
// Fix: treat ambiguous demonyms like the other ambiguous forms: keep them (and let them support
// other forms) only when the country is supported by a plain mention or an unambiguous demonym.
TEST(Entities, AmbiguousDemonymNeedsSupport) {
  Analysis a = Analyze("قالت وزارة المالية إن الميزانية ارتفعت هذا العام بعد دعم مالي من البنك الدولي.", "ar");
  EXPECT_TRUE(a.demonyms.empty()) << a.Slice(a.demonyms[0].span) << " " << a.demonyms[0].country;
  EXPECT_EQ(FindEntity(a, "country:ML"), nullptr);
}

TEST(Entities, AmbiguousFormsNeedSupport) {
  struct Case {
    const char* name;
    std::string text;
    const char* lang;
    const char* form;
    const char* entity;  // "" when the form must not be a mention
  };
  const Case kCases[] = {
      {"Arabic مالي (financial) alone", "حصلت الجمعية الخيرية على دعم مالي كبير من المتبرعين هذا العام.", "ar",
       "مالي", ""},
      {"Arabic مالي with a Malian armed group",
       "أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم الذي وقع في مالي يوم الخميس.", "ar", "مالي",
       "country:ML"},
      {"Arabic الشباب (the young) alone", "شارك الشباب في المباراة النهائية أمس في الملعب الكبير.", "ar", "الشباب",
       ""},
      {"Arabic الشباب after حركة الشباب",
       "تبنت حركة الشباب الهجوم على القاعدة العسكرية. وقال متحدث باسم الشباب إن العملية نجحت.", "ar", "الشباب",
       "org:al-shabaab"},
      {"Arabic القاعدة (the base) alone", "عاد الجنود إلى القاعدة العسكرية بعد الدورية.", "ar", "القاعدة", ""},
      {"Latin form before a surname", "Chad Smith said the weather was calm in the capital.", "en", "Chad", ""},
      {"Latin form alone", "Troops from Chad arrived in the capital on Monday.", "en", "Chad", "country:TD"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Analysis a = Analyze(c.text, c.lang);
    std::vector<const Mention*> ms = Find(a, c.form);
    if (std::string(c.entity).empty()) {
      EXPECT_TRUE(ms.empty()) << ms[0]->entity;
    } else {
      ASSERT_FALSE(ms.empty());
      for (const Mention* m : ms) EXPECT_EQ(m->entity, c.entity);
    }
  }
}

// An Arabic country form that is also a word (flag cue: مالي "financial", بنين "boys", المغرب
// "sunset") names its country with a place word or a preposition before it, a proclitic ب or ل,
// at the head of a sentence, or joined by و to another country; not after other words, and
// not behind the article when the country takes none.
TEST(Entities, ArabicAmbiguousCountryConfirmedByItsContext) {
  struct Case {
    const char* name;
    std::string text;
    const char* form;
    const char* entity;  // "" when the form must not be a mention
  };
  const Case kCases[] = {
      {"after a point of the compass", "قتل عشرة جنود في هجوم على موقع للجيش في شمال مالي يوم الأحد.", "مالي",
       "country:ML"},
      {"after a preposition", "وصل الرئيس الموريتاني إلى مالي في زيارة رسمية تستغرق يومين.", "مالي", "country:ML"},
      {"behind the proclitic ب", "قالت مصادر محلية إن الوضع الأمني بمالي تدهور خلال الأسبوع الماضي.", "مالي",
       "country:ML"},
      {"joined to another country", "وقعت مالي وموريتانيا يوم الأحد اتفاقا للتعاون الأمني على الحدود.", "مالي",
       "country:ML"},
      {"at the head of the sentence", "الجزائر تدين بشدة الهجوم الإرهابي على الثكنة العسكرية.", "الجزائر",
       "country:DZ"},
      {"an adjective after a noun", "قدم الاتحاد الأوروبي دعما عسكريا، وأكد تقديم دعم مالي إضافي العام المقبل.",
       "مالي", ""},
      {"an adjective joined by و", "وأكد الوزير تقديم دعم عسكري ومالي للقوات المشتركة.", "مالي", ""},
      {"the boys, behind the article", "وأعلنت الوزارة افتتاح مدارس جديدة للبنين والبنات في جدة هذا العام.", "بنين",
       ""},
      {"the boys, with the article", "وقال مدير تعليم البنين إن الدراسة تبدأ الأحد المقبل.", "بنين", ""},
      {"sunset, after another noun", "وانطلقت المسيرة بعد صلاة المغرب من أمام المسجد الكبير.", "المغرب", ""},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Analysis a = Analyze(c.text, "ar");
    std::vector<const Mention*> ms = Find(a, c.form);
    if (std::string(c.entity).empty()) {
      EXPECT_TRUE(ms.empty()) << ms[0]->entity;
    } else {
      ASSERT_FALSE(ms.empty());
      for (const Mention* m : ms) EXPECT_EQ(m->entity, c.entity);
    }
  }
}

// --- Names no list holds, by their head word; people by an Arabic first name; places --------------

// Each case: the form must be one mention of that type (type "" = no name mention overlaps it).
struct FormCase {
  const char* name;
  std::string text;
  const char* lang;
  const char* form;
  const char* type;
  const char* entity = "";  // when set, the mention's entity
};

void CheckForms(const FormCase* cases, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    const FormCase& c = cases[k];
    SCOPED_TRACE(c.name);
    Analysis a = Analyze(c.text, c.lang);
    size_t at = a.text.find(c.form);
    ASSERT_NE(at, std::string::npos);
    std::vector<std::string> overlapping;
    const Mention* exact = nullptr;
    for (const Mention& m : a.mentions) {
      if (!IsName(m.type) || m.span.end <= at || m.span.start >= at + std::string(c.form).size()) continue;
      overlapping.push_back(std::string(MentionTypeName(m.type)) + " " + std::string(a.Slice(m.span)));
      if (a.Slice(m.span) == c.form) exact = &m;
    }
    if (std::string(c.type).empty()) {
      EXPECT_TRUE(overlapping.empty()) << ::testing::PrintToString(overlapping);
      continue;
    }
    ASSERT_NE(exact, nullptr) << ::testing::PrintToString(overlapping);
    EXPECT_EQ(MentionTypeName(exact->type), std::string(c.type));
    if (*c.entity) {
      EXPECT_EQ(exact->entity, c.entity);
    }
  }
}

TEST(Entities, BodiesAndPlacesNamedByTheirHead) {
  const FormCase kCases[] = {
      {"French capitalised head and name words",
       "L'Agence nationale de cybersécurité et de protection des données a publié un avis mardi.", "fr",
       "Agence nationale de cybersécurité et de protection des données", "ORG"},
      {"French lower-case head with a place", "Le tribunal de première instance de Sfax a condamné trois hommes.",
       "fr", "tribunal de première instance de Sfax", "ORG"},
      {"French lower-case head with two name words", "Le dossier a été transmis au pôle judiciaire antiterroriste.",
       "fr", "pôle judiciaire antiterroriste", "ORG"},
      {"French list of portfolios",
       "Le ministère de la Jeunesse, des Sports et de la Culture a suspendu le championnat.", "fr",
       "ministère de la Jeunesse, des Sports et de la Culture", "ORG"},
      {"French operation with a name", "L'armée a lancé l'opération Dune Rouge dans le nord.", "fr",
       "opération Dune Rouge", "ORG"},
      {"French operation without a name", "Une opération de ratissage est en cours dans la zone.", "fr",
       "opération de ratissage", ""},
      {"French capitalised head alone", "Le Centre a été fermé après l'attaque de lundi.", "fr", "Centre", ""},
      {"French centre of a country", "Des combats ont eu lieu dans le centre du Mali.", "fr", "centre du", ""},
      {"French place head", "Les assaillants se sont repliés vers la forêt de Kangari.", "fr", "forêt de Kangari",
       "LOC"},
      {"English capitalised run with a head", "The Federal High Court in Abuja adjourned the trial.", "en",
       "Federal High Court", "ORG"},
      {"English run with small words", "The Court of Auditors published its report.", "en", "Court of Auditors",
       "ORG"},
      {"English listed names joined by and", "The World Bank and the African Development Bank pledged funds.",
       "en", "World Bank", "ORG", "org:world-bank"},
      {"English run stops at a person",
       "Force Commander Major General Kayode Adeyemi visited the base.", "en", "Kayode Adeyemi", "PER"},
      {"English place head", "Fishermen were abducted on Kainji Lake on Friday.", "en", "Kainji Lake", "LOC"},
      {"Arabic construct head with the article",
       "أعلنت وزارة الانتقال الرقمي وإصلاح الإدارة عن برنامج جديد.", "ar",
       "وزارة الانتقال الرقمي وإصلاح الإدارة", "ORG"},
      {"Arabic head with the article, qualifier and demonym",
       "اعتقلت الشرطة الوطنية الإسبانية ثلاثة أشخاص في مدريد.", "ar", "الشرطة الوطنية الإسبانية", "ORG"},
      {"Arabic head with the article, no qualifier", "وعدت الحكومة الجديدة بإصلاحات واسعة.", "ar",
       "الحكومة الجديدة", ""},
      {"Arabic everyday noun as head", "وقع الانفجار في مركز المدينة صباح الأحد.", "ar", "مركز المدينة", ""},
      {"Arabic preposition ends a name", "عقد الاجتماع برئاسة وزير الدفاع.", "ar", "برئاسة", ""},
      {"Arabic natural feature", "تحصن المسلحون في جبل الشعانبي منذ سنوات.", "ar", "جبل الشعانبي", "LOC"},
      {"Arabic head after a proclitic starts after it", "هبطت الطائرة بسلام فمطار عدن كان مفتوحا صباح الأحد.",
       "ar", "مطار عدن", "LOC"},
  };
  CheckForms(kCases, std::size(kCases));
}

// A country's army named by pattern is the lexicon's entry for its national army, in every
// language, and a country with no such entry keeps the pattern's id.
TEST(Entities, ArmyByPatternIsTheNationalArmy) {
  const FormCase kCases[] = {
      {"English demonym", "The Sudanese army retook the bridge on Monday.", "en", "Sudanese army", "ORG",
       "org:sudanese-armed-forces"},
      {"English armed forces", "The Nigerien armed forces said the town was secure.", "en", "Nigerien armed forces",
       "ORG", "org:niger-armed-forces"},
      {"French demonym after the noun", "Les forces armées mozambicaines ont repris la ville.", "fr",
       "forces armées mozambicaines", "ORG", "org:fadm"},
      {"Arabic demonym", "استعاد الجيش السوداني السيطرة على الجسر.", "ar", "الجيش السوداني", "ORG",
       "org:sudanese-armed-forces"},
      {"no national army listed", "The Beninese army said two soldiers were wounded.", "en", "Beninese army", "ORG",
       "org:bj-army"},
  };
  CheckForms(kCases, std::size(kCases));
}

// "Military" names the armed forces, but a military court or prosecutor is the judiciary: the
// longer institution phrase wins, in every language.
TEST(Entities, MilitaryCourtIsNoArmy) {
  const FormCase kCases[] = {
      {"English", "A Nigerian military court sentenced three fighters to death.", "en", "Nigerian military court",
       "ORG", "org:ng-military-court"},
      {"English prosecutor", "The Malian military prosecutor appealed the ruling.", "en",
       "Malian military prosecutor", "ORG", "org:ml-military-prosecution"},
      {"French", "Le tribunal militaire nigérien a condamné deux officiers.", "fr", "tribunal militaire nigérien",
       "ORG", "org:ne-military-court"},
      {"Arabic", "أصدرت المحكمة العسكرية الصومالية حكما بالإعدام.", "ar", "المحكمة العسكرية الصومالية", "ORG",
       "org:so-military-court"},
  };
  CheckForms(kCases, std::size(kCases));
}

// A body named without its country ("la Gendarmerie nationale", "وزارة الدفاع الوطني") belongs to
// the story's home, its title label or dateline, before a partner the story names as often.
TEST(Entities, NationalBodyIsTheHomeCountrys) {
  Analysis label = Analyze("L'Espagne a remis six véhicules à la Gendarmerie nationale, a annoncé l'ambassade d'Espagne.",
                           "fr", "Mauritanie : des gendarmes formés par la Garde civile");
  std::vector<const Mention*> g = Find(label, "Gendarmerie nationale");
  ASSERT_EQ(g.size(), 1u) << ::testing::PrintToString(Names(label));
  EXPECT_EQ(g[0]->entity, "org:mr-gendarmerie");

  Analysis dateline = Analyze(
      "تونس - تسلمت وزارة الدفاع الوطني معدات من الولايات المتحدة، وقال سفير الولايات المتحدة إن الشراكة متينة.", "ar");
  std::vector<const Mention*> m = Find(dateline, "وزارة الدفاع الوطني");
  ASSERT_EQ(m.size(), 1u) << ::testing::PrintToString(Names(dateline));
  EXPECT_EQ(m[0]->entity, "org:tn-ministry-defence");

  // A story with no home keeps the country it names most.
  Analysis none = Analyze("L'Espagne a remis six véhicules à la Gendarmerie nationale, a annoncé l'ambassade d'Espagne.",
                          "fr");
  g = Find(none, "Gendarmerie nationale");
  ASSERT_EQ(g.size(), 1u) << ::testing::PrintToString(Names(none));
  EXPECT_EQ(g[0]->entity, "org:es-gendarmerie");
}

// An Arabic short name flagged ambiguous ("مجلس الأمن") is the body's where the story names the
// organisation it belongs to (the United Nations), not when an adjective goes on with the name.
TEST(Entities, ShortNameIsTheBodysWhereItsParentIsNamed) {
  Analysis un = Analyze("قرر مجلس الأمن أمس تمديد العقوبات المفروضة على ليبيا لمدة عام، وفق ما أعلنت الأمم المتحدة.", "ar");
  std::vector<const Mention*> m = Find(un, "مجلس الأمن");
  ASSERT_EQ(m.size(), 1u) << ::testing::PrintToString(Names(un));
  EXPECT_EQ(m[0]->entity, "org:unsc");

  Analysis national = Analyze("ترأس الرئيس اجتماعا لمجلس الأمن القومي بعد تقرير نشرته الأمم المتحدة.", "ar");
  for (const Mention& x : national.mentions) EXPECT_NE(x.entity, "org:unsc") << national.Slice(x.span);
}

TEST(Entities, TitleCaseHeadlineHoldsNoRunName) {
  // Every word of this headline is capitalised: "Army Base" is no name there.
  Analysis a = Analyze("Troops repelled the attack on the army base on Sunday, officials said.", "en",
                       "Gunmen Attack Army Base Near Maiduguri");
  for (const Mention& m : a.mentions) EXPECT_NE(m.rule, "name-head") << a.Slice(m.span);
}

TEST(Entities, ArabicPeopleByFirstName) {
  const FormCase kCases[] = {
      {"first name that is also a word, with a nisba", "وسجل رضا السليماني الهدف الثاني في الدقيقة الأخيرة.", "ar",
       "رضا السليماني", "PER"},
      {"two first names", "وأكد عبد الولي محمد عيسى أن التحقيق مستمر.", "ar", "عبد الولي محمد عيسى", "PER"},
      {"foreign first name with any name word", "وقال فرانسوا لوكورنو إن الاتفاق سيوقع قريبا.", "ar",
       "فرانسوا لوكورنو", "PER"},
      {"first name that is also a word, without a family name", "وكان حسن الظن بالشركاء سببا في الاتفاق.", "ar",
       "حسن الظن", ""},
      {"a first name does not take a word with a preposition", "صرح أيوب بالقول إن الأمر انتهى.", "ar", "أيوب",
       ""},
  };
  CheckForms(kCases, std::size(kCases));
}

TEST(Entities, WhichPlaceANameIs) {
  const FormCase kCases[] = {
      {"a capital before a small town of a country the story names",
       "The United States and Russia traded accusations, and Moscow denied the claims.", "en", "Moscow", "LOC",
       "geonames:524901"},
      {"an African town in a story that is not about Africa",
       "Harper said the United States would raise tariffs on steel.", "en", "Harper", ""},
      {"a word in capitals alone", "SHARE PRICES FELL SHARPLY IN LONDON ON MONDAY.", "en", "SHARE", ""},
      {"a feature of the project's table before a division", "Ships crossed the Red Sea at night.", "en",
       "Red Sea", "LOC", "place:red-sea"},
      {"a city abroad by its English name", "Talks resumed in Geneva on Tuesday.", "en", "Geneva", "LOC",
       "geonames:2660646"},
      {"كبيرا is not Beira", "وأحدث الانفجار ضررا كبيرا في المباني.", "ar", "كبيرا", ""},
      {"كيف is not Kyiv", "لا أحد يعرف كيف حدث ذلك.", "ar", "كيف", ""},
      {"معسكر (a camp) is no Algerian town outside a story about Algeria",
       "عاد الجنود الأفغان إلى معسكر قرب العاصمة كابول بعد الهجوم.", "ar", "معسكر", ""},
  };
  CheckForms(kCases, std::size(kCases));
}

// --- The document's entities ---------------------------------------------------------------------

// Armed groups added to the lexicon (issue 5): each language's usual forms resolve to the
// group; an armed group's acronym that is also another body's (flagged cs,ambiguous: LRA, JEM,
// UPC) needs the group or its country named, and a common Arabic word (حماس "enthusiasm") needs
// its group or its country.
TEST(Entities, ArmedGroupsOfTheLexicon) {
  const FormCase kCases[] = {
      {"French LRA by name", "Des combattants de l'Armée de résistance du Seigneur ont pillé un village.", "fr",
       "Armée de résistance du Seigneur", "ORG", "org:lra"},
      {"French anti-balaka", "Les anti-balaka ont attaqué la localité dimanche, selon la Minusca.", "fr",
       "anti-balaka", "ORG", "org:anti-balaka"},
      {"French FDLR", "Les FDLR ont tué trois civils près de Rutshuru.", "fr", "FDLR", "ORG", "org:fdlr"},
      {"French MFDC", "Un chef du MFDC a été arrêté en Casamance.", "fr", "MFDC", "ORG", "org:mfdc"},
      {"English OLA with its country", "Ethiopian officials said the OLA attacked a police station in Oromia.",
       "en", "OLA", "ORG", "org:ola"},
      {"English JEM by name", "The Justice and Equality Movement said its fighters had reached El Fasher.", "en",
       "Justice and Equality Movement", "ORG", "org:jem"},
      {"English Hezbollah", "Hezbollah fired rockets across the border on Monday.", "en", "Hezbollah", "ORG",
       "org:hezbollah"},
      {"English Pakistani Taliban", "The Pakistani Taliban claimed the attack in Peshawar.", "en",
       "Pakistani Taliban", "ORG", "org:ttp"},
      {"English IPOB", "Police blamed IPOB for the sit-at-home order in Enugu.", "en", "IPOB", "ORG", "org:ipob"},
      {"English LRA alone is another body", "The LRA said the new registration rules take effect in March.", "en",
       "LRA", ""},
      {"English JEM alone is another body", "JEM reported higher sales of jewellery this quarter.", "en", "JEM", ""},
      {"English UPC alone is another body", "The UPC will hold its party congress in Kampala next month.", "en",
       "UPC", ""},
      {"Arabic Hezbollah", "قال حزب الله اللبناني إن مقاتليه صدوا الهجوم.", "ar", "حزب الله اللبناني", "ORG",
       "org:hezbollah"},
      {"Arabic al-Nusra Front", "سيطرت جبهة النصرة على بلدة في ريف إدلب.", "ar", "جبهة النصرة", "ORG",
       "org:al-nusra-front"},
      {"Arabic JEM", "أعلنت حركة العدل والمساواة انسحابها من المفاوضات.", "ar", "حركة العدل والمساواة", "ORG",
       "org:jem"},
      {"Arabic LRA", "هاجم مسلحون من جيش الرب للمقاومة قرية في شرق أفريقيا الوسطى.", "ar", "جيش الرب للمقاومة",
       "ORG", "org:lra"},
      {"Arabic Hamas with the movement", "قالت حركة حماس في بيان إنها ترفض الاتهامات.", "ar", "حركة حماس", "ORG",
       "org:hamas"},
      {"Arabic حماس alone is enthusiasm", "استقبل الجمهور الفرقة بحماس كبير في افتتاح المهرجان.", "ar", "حماس",
       ""},
  };
  CheckForms(kCases, std::size(kCases));
}

TEST(Entities, GroupingCountsAndSalience) {
  const std::string body = "Le Togo a envoyé des troupes au Burkina Faso. Le Togo et le Sénégal coopèrent.";
  // Without a title, Togo is named most.
  Analysis plain = Analyze(body, "fr");
  EXPECT_EQ(Names(plain), (std::vector<std::string>{"LOC Togo country:TG", "LOC Burkina Faso country:BF",
                                                    "LOC Togo country:TG", "LOC Sénégal country:SN"}));
  // docs/entities.md: one point per mention, three in the title, two in the first 400 bytes of
  // the body, scaled so that the top entity has 1. Togo 2+2, Burkina Faso 2, Senegal 2.
  ASSERT_EQ(plain.entities.size(), 3u);
  EXPECT_EQ(plain.entities[0].id, "country:TG");
  EXPECT_EQ(plain.entities[0].count, 2);
  EXPECT_DOUBLE_EQ(plain.entities[0].salience, 1.0);
  EXPECT_EQ(plain.entities[1].id, "country:BF");  // ties keep the order of first mention
  EXPECT_DOUBLE_EQ(plain.entities[1].salience, 0.5);
  EXPECT_EQ(plain.entities[2].id, "country:SN");
  EXPECT_DOUBLE_EQ(plain.entities[2].salience, 0.5);

  // Named in the title, Burkina Faso comes first although Togo has as many mentions:
  // Burkina Faso 3+2, Togo 2+2, Senegal 2.
  Analysis titled = Analyze(body, "fr", "Le Burkina Faso renforce sa sécurité");
  ASSERT_EQ(titled.entities.size(), 3u);
  EXPECT_EQ(titled.entities[0].id, "country:BF");
  EXPECT_EQ(titled.entities[0].count, 2);
  EXPECT_DOUBLE_EQ(titled.entities[0].salience, 1.0);
  EXPECT_EQ(titled.entities[0].first, 3u);  // "Le " then "Burkina Faso" in the title
  EXPECT_EQ(titled.entities[0].name, "Burkina Faso");
  EXPECT_EQ(titled.entities[0].kind, "country");
  EXPECT_EQ(titled.entities[0].country, "BF");
  EXPECT_EQ(titled.entities[1].id, "country:TG");
  EXPECT_EQ(titled.entities[1].count, 2);
  EXPECT_DOUBLE_EQ(titled.entities[1].salience, 0.8);
  EXPECT_EQ(titled.entities[2].id, "country:SN");
  EXPECT_DOUBLE_EQ(titled.entities[2].salience, 0.4);
}

TEST(Entities, AnalysingAgainStartsAfresh) {
  Analysis a = Analyze(std::string(kSeedLike), "fr");
  ASSERT_FALSE(a.mentions.empty());
  Document doc;
  doc.body = "Rien à signaler aujourd'hui dans la ville.";
  doc.lang_hint = "fr";
  Status s = Engine().Analyze(doc, &a);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(Names(a).empty());
  EXPECT_TRUE(a.entities.empty());
  EXPECT_TRUE(a.demonyms.empty());
}

TEST(Slugify, Names) {
  EXPECT_EQ(Slugify("Nasser Bourita"), "nasser-bourita");
  EXPECT_EQ(Slugify("Moussa Traoré"), "moussa-traore");
  EXPECT_EQ(Slugify("  Groupe d'Action  (GRA) "), "groupe-d-action-gra");
  EXPECT_EQ(Slugify("ناصر بوريطة"), "ناصر-بوريطه");  // Arabic letters kept, folded
  EXPECT_EQ(Slugify("--"), "");
}

// --- Invariants over larger texts ----------------------------------------------------------------

TEST(EntitiesInvariants, GoldDocuments) {
  size_t docs = 0, mentions = 0;
  for (const std::string& file : testing::GoldFiles()) {
    Result<std::vector<GoldDoc>> gold = ReadGoldFile(file);
    ASSERT_TRUE(gold.ok()) << gold.status().ToString();
    for (const GoldDoc& g : *gold) {
      Analysis a;
      ASSERT_TRUE(Engine().Analyze(g.doc, &a).ok());
      CheckInvariants(a);
      ++docs;
      mentions += a.mentions.size();
    }
  }
  EXPECT_GE(docs, 40u);
  EXPECT_GT(mentions, 10 * docs);
}

TEST(EntitiesInvariants, RealNews) {
  // ../shared is optional: no test may require it.
  std::string path = testing::SharedDir().empty() ? "" : testing::SharedDir() + "/corpus/news_bulk.jsonl.gz";
  if (path.empty() || !std::filesystem::exists(path)) GTEST_SKIP() << "no ../shared/corpus";
  ReadOptions options;
  options.utf8 = Utf8Policy::kLenient;
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(path, options);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ReadItem item;
  Analysis a;
  size_t docs = 0, mentions = 0;
  std::map<std::string, int> per_lang;
  // The corpus is grouped by language: read far enough to meet several of them, analyse a few
  // of each.
  while (docs < 600 && (*reader)->Next(&item)) {
    if (!item.ok) continue;
    if (per_lang[item.doc.lang_hint]++ >= 60) continue;
    ASSERT_TRUE(Engine().Analyze(item.doc, &a).ok());
    CheckInvariants(a);
    if (::testing::Test::HasFailure()) return;
    ++docs;
    mentions += a.mentions.size();
  }
  EXPECT_GT(docs, 100u);
  EXPECT_GT(mentions, docs);
}

}  // namespace
}  // namespace vigie
