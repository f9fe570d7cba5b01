// The entities stage: PER, ORG and LOC mentions, and the document's entities.
//
//  1. lexicon aliases (countries, regions, organisations, armed groups, people), matched over
//     folded tokens (lexicon/matcher.h); demonyms recorded as country evidence; forms flagged
//     ambiguous kept only with support (the same entity or its country named plainly elsewhere,
//     or, in Latin script, not followed by what looks like a surname);
//  2. people not on any list: a title or role (data/lexicon/person_titles.tsv) followed by a
//     name, or a capitalised sequence opening with a known first name
//     (data/lexicon/first_names.tsv); a later surname alone joins the full name;
//  3. state bodies named by pattern with a country: "l'armée malienne", "the Nigerian Army",
//     "le ministère marocain des Affaires étrangères", "الجيش المالي", "Somalia's defence
//     ministry" (data/lexicon/institutions.tsv), as org:<country>-<body>;
//  4. bodies and places no list holds, by the head word of their name and the words that
//     follow it: "Agence nationale de ...", "tribunal de première instance de Tunis", "Federal
//     High Court", "وزارة الانتقال الرقمي", "monts Mandara" (data/lexicon/name_heads.tsv);
//  5. acronyms defined in the text ("Force multinationale mixte (FMM)") join their long form,
//     and their later uses are mentions of it;
//  6. entities: mentions grouped by canonical id (or, without one, by type and folded name),
//     with kind, display name, country, count and salience.
//
// Not thread-safe (scratch buffers): one per thread. The data is loaded once by Create.
#ifndef VIGIE_EXTRACT_ENTITIES_H_
#define VIGIE_EXTRACT_ENTITIES_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/analysis.h"
#include "common/status.h"
#include "lexicon/key_set.h"
#include "lexicon/lexicon.h"
#include "lexicon/match_tokens.h"
#include "lexicon/matcher.h"

namespace vigie {

class EntityExtractor {
 public:
  struct Options {
    EntityMatcher::Options matcher;
  };

  static Result<std::unique_ptr<EntityExtractor>> Create(const std::string& data_dir, const Options& options);

  // Fills a->mentions (PER, ORG, LOC), a->demonyms and a->entities. The analysis must have its
  // tokens, sentences and folded text.
  void Extract(Analysis* a);

  const Lexicon& lexicon() const { return lexicon_; }
  const EntityMatcher& matcher() const { return matcher_; }
  // The match tokens of the last document, for the stages that follow (dates, quantities).
  const std::vector<MatchToken>& match_tokens() const { return tokens_; }

  // Its matchers, for a MatchGroup (lexicon/matcher.h).
  std::vector<EntityMatcher*> matchers() { return {&matcher_, &title_matcher_, &institution_matcher_}; }

 private:
  EntityExtractor(Lexicon lexicon, EntityMatcher matcher, Lexicon titles, EntityMatcher title_matcher,
                  Lexicon institutions, EntityMatcher institution_matcher)
      : lexicon_(std::move(lexicon)),
        matcher_(std::move(matcher)),
        titles_(std::move(titles)),
        title_matcher_(std::move(title_matcher)),
        institutions_(std::move(institutions)),
        institution_matcher_(std::move(institution_matcher)) {}

  // A mention being built: span in match tokens, and what it names.
  struct Found {
    uint32_t begin, end;  // match tokens
    uint32_t start, stop;  // bytes
    MentionType type;
    std::string id;
    std::string kind, name, country;  // for entities not in the lexicon
    std::string rule;
    std::string within;    // a LOC named by rule: the place it lies in
    bool dropped = false;  // overridden by a later rule (a town name that is a surname)
  };

  void MatchLexicon(const Analysis& a);
  // Whether match token i, bare or behind its proclitics (its alternative keys), is in `words`.
  bool ArabicWordIn(const KeySet& words, const Analysis& a, uint32_t i) const;
  // Whether the Arabic match m of a form flagged `cue` names its country (data/lexicon/FORMAT.md).
  bool ArabicCountryCue(const Analysis& a, const LexiconMatch& m) const;
  // Is a division word beside the place name over tokens [begin, end)?
  bool DivisionWordBeside(const Analysis& a, uint32_t begin, uint32_t end) const;
  void FindInstitutions(const Analysis& a);
  void FindPeople(const Analysis& a);
  Status LoadNameHeads(const std::string& path);
  void FindNamedBodies(const Analysis& a);
  void FindAcronyms(const Analysis& a);
  void LinkSurnames(const Analysis& a);
  void Emit(Analysis* a);

  // A mention over match tokens [begin, end).
  Found FoundAt(uint32_t begin, uint32_t end, MentionType type, std::string id, std::string rule) const;
  bool ClaimedByTownWord(uint32_t i) const;
  bool Claimed(uint32_t i) const { return i < claimed_.size() && claimed_[i] >= 0; }
  void Claim(const Found& f);
  std::string_view Key(const Analysis& a, uint32_t i) const { return tokens_[i].Key(a.folded.text); }
  bool IsStop(const Analysis& a, uint32_t i) const;
  bool IsParticle(const Analysis& a, uint32_t i) const;
  bool IsNameWord(const Analysis& a, uint32_t i, bool arabic) const;
  bool IsArabicFirstName(const Analysis& a, uint32_t i) const;
  bool ArabicNameContinues(const Analysis& a, uint32_t j, uint32_t words) const;
  // Longest name starting at token i (Latin: capitalised words and particles; Arabic: words that
  // are not stop words), at most `max` tokens; returns the end token (i when none).
  uint32_t NameEnd(const Analysis& a, uint32_t i, uint32_t limit, bool arabic) const;
  void AddPerson(const Analysis& a, uint32_t begin, uint32_t end, const std::string& rule);
  uint32_t SentenceEnd(uint32_t i) const { return sentence_end_[i]; }
  // Whether match token i opens with an Arabic letter (read once a document: the rules ask
  // it of most tokens, several times each).
  bool ArabicAt(uint32_t i) const { return arabic_token_[i] != 0; }

  Lexicon lexicon_;
  EntityMatcher matcher_;
  Lexicon titles_;
  EntityMatcher title_matcher_;
  Lexicon institutions_;  // state bodies named with a country (data/lexicon/institutions.tsv)
  EntityMatcher institution_matcher_;
  KeySet first_names_;       // folded
  KeySet word_first_names_;  // folded: Arabic first names that are also words
  KeySet stop_words_;        // folded
  KeySet particles_;         // folded
  std::unordered_set<std::string> africa_;       // ISO codes of African countries
  std::unordered_set<std::string> african_regions_;  // ids of regions and continents holding one
  // Lexicon::NationalArmies(): "the Sudanese army" named by pattern is that entity, not a second id.
  std::unordered_map<std::string, uint32_t> national_army_;
  // Head words of names no list holds (data/lexicon/name_heads.tsv), by language.
  enum HeadRole : uint8_t { kHeadCap, kHeadLow, kHeadWeak, kHeadDef, kHeadName, kHeadPlace, kHeadLast };
  struct NameHead {
    std::vector<std::string> keys;  // folded words
    HeadRole role;
    MentionType type;
  };
  enum HeadLang { kHeadFr, kHeadEn, kHeadAr, kHeadLangs };
  KeySet head_keys_[kHeadLangs];                          // first keys of the heads
  std::vector<std::vector<NameHead>> heads_[kHeadLangs];  // by index of the first key
  KeySet name_words_fr_, qualifiers_ar_, stops_ar_;  // folded
  KeySet division_words_[kHeadLangs];  // "région", "State", "ولاية": a division's name is next
  KeySet country_cues_ar_;  // "في", "شمال", "حكومة": an ambiguous country form (flag cue) after it names the country

  // Scratch, per document.
  std::vector<MatchToken> tokens_;
  std::vector<LexiconMatch> matches_;
  std::vector<LexiconMatch> title_matches_;
  struct DemonymSpan {
    uint32_t begin, end;   // match tokens
    uint32_t start, stop;  // bytes
    std::string country;
  };
  std::vector<DemonymSpan> demonym_spans_;
  std::vector<Found> found_;
  std::vector<int32_t> claimed_;        // per match token: index into found_, or -1
  std::vector<uint8_t> demonym_token_;  // per match token: part of a demonym
  std::vector<uint8_t> title_token_;    // per match token: part of a title ("Mr.", "le ministre")
  std::vector<uint32_t> sentence_end_;  // per match token: end token of its sentence
  std::vector<uint8_t> arabic_token_;   // per match token: IsArabicToken
};

// "Nasser Bourita" -> "nasser-bourita"; Arabic letters are kept.
std::string Slugify(std::string_view name);

}  // namespace vigie

#endif  // VIGIE_EXTRACT_ENTITIES_H_
