// Stories: reports of the same event grouped together, across sources and languages.
//
// A report's features are what its analysis says of the event it tells: the day (the main
// event's date at day precision, else the publication day), the main event's type and place,
// the story's focus countries, its actors (entity ids, the same in every language:
// `org:iswap`, `geonames:2253354`) and its categories. Two reports tell the same story when
// they are close in time (three days at most from the story's first report), share a focus
// country, and agree on enough of the rest: the same type of event at the same place or nearby,
// the same actors, a day apart at most unless they share actors. Text is not
// compared here (that is minhash.h's job for near-duplicates), so a French and an Arabic
// report of one attack meet.
//
// The scoring is written for security events; a report with no event (sport, economy) joins
// a story only as a near-duplicate of one of its reports.
#ifndef VIGIE_STORIES_STORIES_H_
#define VIGIE_STORIES_STORIES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analysis.h"

namespace vigie {

struct StoryFeatures {
  int64_t day = -1;       // days since 1970-01-01; -1 when unknown
  std::string main_type;  // the main event's PLOVER type; empty when the report has none
  std::string place;      // the main event's place entity
  double lat = 0, lon = 0;
  bool has_point = false;
  std::vector<std::string> countries;   // focus countries (ISO alpha-2), sorted
  std::vector<std::string> actors;      // entity ids, sorted, at most 12
  std::vector<std::string> categories;  // sorted
};

// The features of an analysed report.
StoryFeatures FeaturesOf(const Analysis& a);

// The features of a story after one more report: the first report's stay (a story grown with
// every report drifts from event to event in a long conflict); what it lacked is filled in.
void MergeFeatures(const StoryFeatures& report, StoryFeatures* story);

// How well a report fits a story (or another report), in [0, 1]; 0 when they are more than
// kStoryDays apart or share no focus country.
double StoryScore(const StoryFeatures& story, const StoryFeatures& report);

inline constexpr int kStoryDays = 3;
// The score from which a report joins a story (bench/neardup_bench.cc and tests/stories/).
inline constexpr double kSameStory = 0.6;

// "YYYY-MM-DD..." -> days since 1970-01-01; -1 when it does not start with a full date.
int64_t DayNumber(std::string_view iso);

// A compact, stable text form of features for storage, and back. Decode returns false on a
// malformed string (features are then left empty).
std::string EncodeFeatures(const StoryFeatures& f);
bool DecodeFeatures(std::string_view text, StoryFeatures* f);

}  // namespace vigie

#endif  // VIGIE_STORIES_STORIES_H_
