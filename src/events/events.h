// The events stage: who did what to whom, where and when, sentence by sentence (PLOVER).
//
//  1. triggers from data/events/patterns.<lang>.tsv (verbs, nominalisations, fixed phrases)
//     matched over the document's match tokens; a trigger flagged `weak` (football's
//     "attaque", "ضربة") needs an actor or a casualty count in its sentence;
//  2. what the sentence says of it (data/events/negation.<lang>.tsv): a negation, a modal or a
//     plan drop it ("n'a pas été attaqué", "could strike"), a threat makes it THREATEN
//     ("threatened to attack"), hearsay lowers its confidence;
//  3. the actors: the sentence's people, organisations and countries (entities stage) and its
//     group nouns (data/events/actors.<lang>.tsv: "soldats", "gunmen", "مسلحون"), placed by
//     voice: active (source before, target after), passive ("attaqué par", "was attacked by":
//     subject = target), nominal ("l'attaque de X contre Y"), Arabic verb-first; two actors
//     joined by "et"/"and"/"و" before a symmetric trigger (CONSULT, COOPERATE, AGREE) are source
//     and target; an assault without an attacker is by an unidentified armed group;
//  4. where (the sentence's most precise place, else the story's focus place), when (the
//     sentence's date, else the publication date), how many killed and injured (the sentence's
//     counts), contexts (the pattern's, terrorism for an armed group's assault,
//     counter_terrorism for forces acting against one);
//  5. the same event told twice (same type, same source, same place) is one event; the main
//     event is the most prominent (type, title and lead, casualties).
//
// Each event also maps to ACLED's event_type / sub_event_type and to a CAMEO root code
// (data/events/mappings.tsv; docs/events.md).
//
// Not thread-safe (scratch buffers): one per thread.
#ifndef VIGIE_EVENTS_EVENTS_H_
#define VIGIE_EVENTS_EVENTS_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/analysis.h"
#include "common/name.h"
#include "common/status.h"
#include "lexicon/lexicon.h"
#include "lexicon/match_tokens.h"
#include "lexicon/matcher.h"
#include "events/word_classes.h"

namespace vigie {

// The views of an event for users of other datasets.
struct EventMapping {
  std::string acled_event_type;
  std::string acled_sub_event_type;
  std::string cameo_root;  // two digits, "18"
};

class EventExtractor {
 public:
  // `entities` is the entities stage's lexicon (actors' kinds and countries); it must outlive
  // the extractor.
  static Result<std::unique_ptr<EventExtractor>> Create(const std::string& data_dir, const Lexicon* entities);

  // Fills a->events from the document's match tokens and its mentions, places and countries.
  void Extract(const std::vector<MatchToken>& tokens, Analysis* a);

  // ACLED and CAMEO views of an event.
  EventMapping Map(const Event& e) const;

  size_t num_patterns() const { return patterns_.aliases().size(); }
  // Whether the stage has patterns written for a language (events are only looked for there).
  bool HasLanguage(const std::string& lang) const { return has_patterns_.count(lang) > 0; }

  // Its matchers, for a MatchGroup (lexicon/matcher.h).
  std::vector<EntityMatcher*> matchers() { return {&pattern_matcher_, &actor_matcher_, &negation_matcher_}; }

 private:
  EventExtractor(Lexicon patterns, EntityMatcher pattern_matcher, Lexicon actors, EntityMatcher actor_matcher,
                 Lexicon negations, EntityMatcher negation_matcher, WordClasses words, const Lexicon* entities)
      : patterns_(std::move(patterns)),
        pattern_matcher_(std::move(pattern_matcher)),
        actors_(std::move(actors)),
        actor_matcher_(std::move(actor_matcher)),
        negations_(std::move(negations)),
        negation_matcher_(std::move(negation_matcher)),
        words_(std::move(words)),
        entities_(entities) {}

  struct Candidate;  // an actor of a sentence
  Lexicon patterns_;  // one entity per pattern line: attributes type, mode, voice, contexts, flags, rule
  EntityMatcher pattern_matcher_;
  Lexicon actors_;  // one entity per actor line: kind, label
  EntityMatcher actor_matcher_;
  Lexicon negations_;  // one entity per line: effect, scope
  EntityMatcher negation_matcher_;
  WordClasses words_;  // data/events/words.<lang>.tsv
  const Lexicon* entities_;
  // Lexicon::NationalArmies() of the entities lexicon: country code -> entity index.
  std::unordered_map<std::string, uint32_t> national_army_;
  std::vector<std::pair<std::string, EventMapping>> mappings_;  // "TYPE" or "TYPE/mode" -> views
  // The attributes of each pattern, actor and negation entity, read once.
  struct PatternInfo {
    std::string rule;
    Name type, mode, voice;
    std::vector<std::string> contexts;
    bool weak = false;
    bool victim = false;  // a noun whose "de"/"of" names who undergoes it
    bool purpose = false;  // an arrival that is a visit only with talks in its sentence
    bool gift = false;     // a verb of giving that is aid only with money, doses or equipment after it
    bool not_after_b = false;  // an Arabic form that is another word behind ب ("حث", "بحث")
    bool person = false;       // a verb of handing over that moves people only with people after it
    bool civil = false;        // a state of emergency: civil protection when told with a non-violent cause
    bool title = false;        // headline journalese ("slay", "nab", "quizzed"): a trigger in the headline only
  };
  struct NegationInfo {
    Name effect, scope, second;
  };
  std::vector<PatternInfo> pattern_info_;
  std::vector<std::string> actor_kind_;
  std::vector<NegationInfo> negation_info_;
  std::unordered_set<std::string> has_patterns_;  // languages with a patterns file

  std::vector<LexiconMatch> matches_, actor_matches_, negation_matches_;
  std::vector<uint64_t> token_classes_;  // per match token: its word classes, computed when first asked
};

// State forces: the actor kinds that fight armed groups, arrest and deploy.
bool IsForces(std::string_view kind);

// A working together told only by a passing phrase ("in coordination with Mogadishu", "بتنسيق
// مع المغرب"): it says how another action was done, and weighs neither for the main event nor
// for a category of its own (docs/annotation.md section 2).
bool IsPassingCoordination(const Event& e);

}  // namespace vigie

#endif  // VIGIE_EVENTS_EVENTS_H_
