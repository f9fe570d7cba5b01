#include "stories/stories.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "common/strings.h"
#include "extract/values.h"
#include "geo/distance.h"

namespace vigie {
namespace {

constexpr size_t kMaxActors = 12;

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

// |a ∩ b| / min(|a|, |b|): a short report naming two of a long report's actors agrees with it.
double Overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace

int64_t DayNumber(std::string_view iso) {
  int64_t first = 0, last = 0;
  if (iso.size() < 10 || !IsoDateSpan(iso, &first, &last) || first != last) return -1;
  return first;
}

StoryFeatures FeaturesOf(const Analysis& a) {
  StoryFeatures f;
  const Event* main = nullptr;
  for (const Event& e : a.events) {
    if (e.main && !e.background) main = &e;
  }
  if (main != nullptr) {
    f.main_type = main->type;
    f.place = main->place;
    f.day = DayNumber(main->date);
    for (const Place& p : a.places) {
      if (p.entity == main->place) {
        f.lat = p.lat;
        f.lon = p.lon;
        f.has_point = p.kind != "country" && p.kind != "region" && p.kind != "continent";
      }
    }
  }
  if (f.day < 0) f.day = DayNumber(a.doc.published);
  for (const CountryScore& c : a.countries) {
    if (c.focus) f.countries.push_back(c.code);
  }
  SortUnique(&f.countries);
  // Actors: who acts and undergoes in the story's events, then its most salient organisations
  // and people.
  std::vector<std::string> actors;
  for (const Event& e : a.events) {
    if (e.background) continue;
    if (e.has_source && !e.source.entity.empty() && e.source.entity.rfind("country:", 0) != 0) actors.push_back(e.source.entity);
    if (e.has_target && !e.target.entity.empty() && e.target.entity.rfind("country:", 0) != 0) actors.push_back(e.target.entity);
  }
  for (const DocEntity& e : a.entities) {  // most salient first
    if (actors.size() >= kMaxActors) break;
    if (e.type == MentionType::kLoc || e.id.empty()) continue;
    actors.push_back(e.id);
  }
  if (actors.size() > kMaxActors) actors.resize(kMaxActors);
  SortUnique(&actors);
  f.actors = std::move(actors);
  for (const Category& c : a.categories) f.categories.push_back(c.id);
  SortUnique(&f.categories);
  return f;
}

void MergeFeatures(const StoryFeatures& report, StoryFeatures* story) {
  // The first report defines what the story is about: growing its actors and countries with
  // every report let a story drift from one event to the next in a long conflict (the same
  // town shelled day after day). Only what the first report lacked is filled in.
  if (story->main_type.empty()) story->main_type = report.main_type;
  if (!story->has_point && report.has_point) {
    story->place = report.place;
    story->lat = report.lat;
    story->lon = report.lon;
    story->has_point = true;
  }
  if (story->day < 0) story->day = report.day;
  if (story->actors.empty()) story->actors = report.actors;
  if (story->countries.empty()) story->countries = report.countries;
  if (story->categories.empty()) story->categories = report.categories;
}

double StoryScore(const StoryFeatures& story, const StoryFeatures& report) {
  if (story.day < 0 || report.day < 0) return 0;
  const int64_t days = story.day > report.day ? story.day - report.day : report.day - story.day;
  if (days > kStoryDays) return 0;
  if (Overlap(story.countries, report.countries) == 0) return 0;
  // Reports with no event are grouped by their text only.
  if (story.main_type.empty() || report.main_type.empty()) return 0;
  double score = 0;
  if (story.main_type == report.main_type || (story.main_type == "ASSAULT" && report.main_type == "COERCE") ||
      (story.main_type == "COERCE" && report.main_type == "ASSAULT")) {
    // The same kind of main event; an attack and the arrests or the siege that follow it are
    // one incident told from two ends too: a headline about the arrests after a hotel attack
    // has the arrests as its main event (docs/annotation.md section 6).
    score += 0.25;
  }
  if (!story.place.empty() && story.place == report.place) {
    score += 0.25;
  } else if (story.has_point && report.has_point) {
    const double km = DistanceKm(story.lat, story.lon, report.lat, report.lon);
    score += km <= 50 ? 0.2 : km <= 150 ? 0.1 : 0;
  }
  score += 0.3 * Overlap(story.actors, report.actors);
  score += 0.1 * Overlap(story.categories, report.categories);
  if (days <= 1) score += 0.1;
  return std::min(score, 1.0);
}

std::string EncodeFeatures(const StoryFeatures& f) {
  char point[64];
  std::snprintf(point, sizeof point, "%.5f\t%.5f\t%d", f.lat, f.lon, f.has_point ? 1 : 0);
  return "v1\t" + std::to_string(f.day) + "\t" + f.main_type + "\t" + f.place + "\t" + point + "\t" +
         Join(f.countries, ',') + "\t" + Join(f.actors, '|') + "\t" + Join(f.categories, ',');
}

bool DecodeFeatures(std::string_view text, StoryFeatures* f) {
  *f = StoryFeatures();
  std::vector<std::string> fields = SplitToStrings(text, '\t', /*keep_empty=*/true);
  if (fields.size() != 10 || fields[0] != "v1") return false;
  char* end = nullptr;
  f->day = std::strtoll(fields[1].c_str(), &end, 10);
  if (end == fields[1].c_str()) return false;
  f->main_type = fields[2];
  f->place = fields[3];
  f->lat = std::strtod(fields[4].c_str(), nullptr);
  f->lon = std::strtod(fields[5].c_str(), nullptr);
  f->has_point = fields[6] == "1";
  f->countries = SplitToStrings(fields[7], ',');
  f->actors = SplitToStrings(fields[8], '|');
  f->categories = SplitToStrings(fields[9], ',');
  return true;
}

}  // namespace vigie
