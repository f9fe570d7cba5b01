// Named classes of single words that the events stage tests tokens against: the verbs of
// speech, the nouns of troops, the words of a prison sentence... Read from
// data/events/words.<lang>.tsv (one line: class name, TAB, words separated by spaces; a class
// may take several lines), folded like the match tokens' keys. A document's tokens are tested
// against the classes of its own language.
//
// The code names the classes (Id below); a file that names an unknown class, or a class with no
// word in any file, is a load error. Function words (articles, prepositions, auxiliaries,
// relative pronouns, punctuation) stay in the code: they are the grammar the rules are written
// in, not vocabulary to extend.
//
// Thread-safe after Load (read-only).
#ifndef VIGIE_EVENTS_WORD_CLASSES_H_
#define VIGIE_EVENTS_WORD_CLASSES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/hash.h"
#include "common/status.h"

namespace vigie {

// X(id, name): the classes, in the order of their bit in a word's mask.
#define VIGIE_WORD_CLASSES(X)                 \
  X(kAccuseVerbs, "accuse_verbs")             \
  X(kAircraftNouns, "aircraft_nouns")        \
  X(kAllies, "allies")                        \
  X(kArriveVerbs, "arrive_verbs")             \
  X(kAspectVerbs, "aspect_verbs")             \
  X(kBlameVerbs, "blame_verbs")               \
  X(kCombatVerbs, "combat_verbs")             \
  X(kCommentNouns, "comment_nouns")           \
  X(kContinueVerbs, "continue_verbs")         \
  X(kCountWords, "count_words")               \
  X(kCourtPenalties, "court_penalties")       \
  X(kDefiance, "defiance")                    \
  X(kDieVerbs, "die_verbs")                   \
  X(kFightStems, "fight_stems")               \
  X(kGiftGoods, "gift_goods")                 \
  X(kGoods, "goods")                          \
  X(kHabitVerbs, "habit_verbs")               \
  X(kHoldVerbs, "hold_verbs")                 \
  X(kHumanitarianGoods, "humanitarian_goods") \
  X(kMateriel, "materiel")                    \
  X(kMemberNouns, "member_nouns")             \
  X(kMonths, "months")                        \
  X(kOfficeTitles, "office_titles")           \
  X(kOperationNouns, "operation_nouns")       \
  X(kOwnForces, "own_forces")                 \
  X(kPenalties, "penalties")                  \
  X(kPlaceNouns, "place_nouns")               \
  X(kPolicyNouns, "policy_nouns")             \
  X(kPrisonWords, "prison_words")             \
  X(kRecallWords, "recall_words")             \
  X(kRecordKinds, "record_kinds")             \
  X(kReleaseVerbs, "release_verbs")           \
  X(kReliefGoods, "relief_goods")             \
  X(kSeizureStems, "seizure_stems")           \
  X(kShipNouns, "ship_nouns")                 \
  X(kSourceNouns, "source_nouns")             \
  X(kSpeechVerbs, "speech_verbs")             \
  X(kSportPeople, "sport_people")             \
  X(kStoryVerbs, "story_verbs")               \
  X(kSuperlatives, "superlatives")            \
  X(kTalksWords, "talks_words")               \
  X(kTestimonyWords, "testimony_words")       \
  X(kThousands, "thousands")                  \
  X(kTravelVerbs, "travel_verbs")             \
  X(kTroopNouns, "troop_nouns")               \
  X(kUnitNouns, "unit_nouns")                 \
  X(kUrgeVerbs, "urge_verbs")                 \
  X(kVoteStems, "vote_stems")                 \
  X(kWanted, "wanted")                        \
  X(kWrittenMedia, "written_media")          \
  X(kYearUnits, "year_units")

class WordClasses {
 public:
#define VIGIE_WORD_CLASS_ID(id, name) id,
  enum Id : uint8_t { VIGIE_WORD_CLASSES(VIGIE_WORD_CLASS_ID) kCount };
#undef VIGIE_WORD_CLASS_ID
  static_assert(kCount <= 63, "a word's classes are a 64-bit mask with one bit kept free");

  // One language's classes.
  class Language {
   public:
    // The class's words, folded, in file order (for suffix or prefix tests).
    const std::vector<std::string>& words(Id id) const { return words_[id]; }
    // The classes of a folded word: bit `id` set for each class that holds it.
    uint64_t ClassesOf(std::string_view key) const {
      auto it = classes_.find(key);
      return it == classes_.end() ? 0 : it->second;
    }
    bool Has(std::string_view key, Id id) const { return ((ClassesOf(key) >> id) & 1) != 0; }

   private:
    friend class WordClasses;
    std::array<std::vector<std::string>, kCount> words_;
    std::unordered_map<std::string, uint64_t, StringViewHash, std::equal_to<>> classes_;
  };

  // Reads every <dir>/words.<lang>.tsv.
  static Result<WordClasses> Load(const std::string& dir);

  // The classes of a language (empty for a language without a file).
  const Language& ForLanguage(std::string_view lang) const {
    for (const auto& [code, language] : languages_) {
      if (code == lang) return language;
    }
    return empty_;
  }
  static std::string_view Name(Id id);

 private:
  std::vector<std::pair<std::string, Language>> languages_;
  Language empty_;
};

}  // namespace vigie

#endif  // VIGIE_EVENTS_WORD_CLASSES_H_
