// vigie stories: the stored stories (reports of the same event grouped at ingest), filtered;
// vigie brief: the period at a glance: stories by country, the events of the security stories
// one row a story, the top actors.
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/progress.h"
#include "cli/read_output.h"
#include "common/json_writer.h"
#include "store/store.h"
#include "text/utf8.h"

namespace vigie {
namespace {

struct StoriesFlags {
  std::string db, country, category, type, lang, from, to;
  bool security = false;
  bool json = false;
  int limit = 50;
};

std::string Day(const std::string& iso) { return iso.substr(0, std::min<size_t>(10, iso.size())); }

// "ASSAULT/explosion".
std::string EventOf(const StoryRow& s) {
  if (s.main_type.empty()) return "-";
  return s.mode.empty() ? s.main_type : s.main_type + "/" + s.mode;
}

std::string Padded(const std::string& s, size_t width) {
  std::string out = Cut(s, width);
  size_t cps = utf8::CountCodePoints(out);
  if (cps < width) out.append(width - cps, ' ');
  return out;
}

void StoryJson(const StoryRow& s, std::string* out) {
  JsonWriter w(out, JsonStyle::kCompact);
  w.BeginObject();
  w.Key("story");
  w.Int(s.story);
  w.Key("label");
  w.String(Printable(s.label));
  w.Key("reports");
  w.Int(s.reports);
  w.Key("near_duplicates");
  w.Int(s.near_duplicates);
  w.Key("first_seen");
  w.StringOrNull(s.first_seen);
  w.Key("last_seen");
  w.StringOrNull(s.last_seen);
  w.Key("langs");
  StringArray(&w, s.langs);
  w.Key("countries");
  StringArray(&w, s.countries);
  w.Key("categories");
  StringArray(&w, s.categories);
  w.Key("event");
  if (s.main_type.empty()) {
    w.Null();
  } else {
    w.BeginObject();
    w.Key("type");
    w.String(s.main_type);
    w.Key("mode");
    w.StringOrNull(s.mode);
    w.Key("source");
    w.StringOrNull(Printable(s.source_name));
    w.Key("target");
    w.StringOrNull(Printable(s.target_name));
    w.Key("place");
    w.StringOrNull(Printable(s.place_name));
    w.Key("country");
    w.StringOrNull(s.country);
    w.Key("date");
    w.StringOrNull(s.date);
    w.Key("fatalities");
    if (s.fatalities) w.Int(*s.fatalities); else w.Null();
    w.EndObject();
  }
  w.EndObject();
  out->push_back('\n');
}

// One story a line: date, countries, event, who against whom, where, toll, reports, languages,
// label.
std::string StoryTable(const std::vector<StoryRow>& rows) {
  std::string out = Padded("date", 10) + "  " + Padded("where", 18) + "  " + Padded("event", 20) + "  " +
                    Padded("who -> whom", 36) + "  killed  reports  " + Padded("langs", 8) + "  story\n";
  for (const StoryRow& s : rows) {
    std::string where = s.place_name.empty()  ? Join(s.countries, ',')
                        : s.country.empty()   ? s.place_name
                                              : s.place_name + " (" + s.country + ")";
    std::string who = s.source_name.empty() && s.target_name.empty()
                          ? "-"
                          : (s.source_name.empty() ? "?" : s.source_name) + " -> " +
                                (s.target_name.empty() ? "?" : s.target_name);
    char toll[16];
    std::snprintf(toll, sizeof toll, "%6s", s.fatalities ? std::to_string(*s.fatalities).c_str() : "-");
    char reports[16];
    std::snprintf(reports, sizeof reports, "%7lld", static_cast<long long>(s.reports));
    out += Padded(Day(s.date.empty() ? s.first_seen : s.date), 10) + "  " + Padded(where, 18) + "  " +
           Padded(EventOf(s), 20) + "  " + Padded(who, 36) + "  " + toll + "  " + reports + "  " +
           Padded(Join(s.langs, ','), 8) + "  " + Cut(s.label, 70) + "\n";
  }
  return out;
}

bool CheckFlags(const char* command, const StoriesFlags& f) {
  if (!CheckDates(command, f.from, f.to)) return false;
  if (f.limit < 0) {
    std::fprintf(stderr, "vigie %s: --limit must be 0 or more\n", command);
    return false;
  }
  return true;
}

StoryFilter FilterOf(const StoriesFlags& f) {
  StoryFilter filter;
  filter.country = Upper(f.country);
  filter.category = f.category;
  filter.type = Upper(f.type);
  filter.lang = Lower(f.lang);
  filter.from = f.from;
  filter.to = f.to;
  filter.security = f.security;
  filter.limit = f.limit;
  return filter;
}

int RunStories(const StoriesFlags& flags) {
  if (!CheckFlags("stories", flags)) return kExitUsage;
  std::unique_ptr<Store> store = OpenForReading("stories", flags.db);
  if (!store) return kExitFatal;
  Result<std::vector<StoryRow>> rows = store->Stories(FilterOf(flags));
  if (!rows.ok()) {
    std::fprintf(stderr, "vigie stories: %s\n", rows.status().message().c_str());
    return kExitFatal;
  }
  std::string out;
  if (flags.json) {
    for (const StoryRow& s : *rows) StoryJson(s, &out);
  } else if (rows->empty()) {
    out = "no stories\n";
  } else {
    out = StoryTable(*rows);
  }
  Print(out);
  return Finish("stories");
}

// --- brief ---

struct BriefFlags {
  std::string db, from, to;
  int limit = 25;
};

int RunBrief(const BriefFlags& flags) {
  if (!CheckDates("brief", flags.from, flags.to)) return kExitUsage;
  if (flags.limit < 0) {
    std::fprintf(stderr, "vigie brief: --limit must be 0 or more\n");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenForReading("brief", flags.db);
  if (!store) return kExitFatal;
  StoryFilter all;
  all.from = flags.from;
  all.to = flags.to;
  all.limit = 1000000;
  Result<std::vector<StoryRow>> stories = store->Stories(all);
  Result<StoreStats> stats = store->Stats();
  Result<std::vector<ActorRow>> actors = store->TopActors(flags.from, flags.to, 10);
  for (const Status& s : {stories.status(), stats.status(), actors.status()}) {
    if (!s.ok()) {
      std::fprintf(stderr, "vigie brief: %s\n", s.message().c_str());
      return kExitFatal;
    }
  }
  std::string first, last;
  int64_t reports = 0, near = 0, security = 0;
  for (const StoryRow& s : *stories) {
    reports += s.reports;
    near += s.near_duplicates;
    security += !s.categories.empty();
    if (!s.first_seen.empty() && (first.empty() || s.first_seen < first)) first = s.first_seen;
    if (s.last_seen > last) last = s.last_seen;
  }
  std::string out = "vigie brief: " + (first.empty() ? std::string("no dated reports") : Day(first) + " to " + Day(last)) +
                    ", " + GroupDigits(reports) + " reports in " + GroupDigits(static_cast<int64_t>(stories->size())) +
                    " stories (" + GroupDigits(security) + " about security; " + GroupDigits(near) +
                    " near-duplicate reports), " + GroupDigits(stats->events) + " events, " +
                    GroupDigits(stats->duplicates) + " exact duplicates and " + GroupDigits(stats->quarantined) +
                    " rejected inputs set aside\n";
  if (stories->empty()) {
    Print(out);
    return Finish("brief");
  }
  // Stories by focus country, with their categories.
  struct CountryLine {
    int64_t stories = 0, reports = 0;
    std::map<std::string, int> categories;
  };
  std::map<std::string, CountryLine> by_country;
  for (const StoryRow& s : *stories) {
    if (s.categories.empty()) continue;
    for (const std::string& c : s.countries) {
      CountryLine& line = by_country[c];
      ++line.stories;
      line.reports += s.reports;
      for (const std::string& k : s.categories) ++line.categories[k];
    }
  }
  std::vector<std::pair<std::string, CountryLine>> countries(by_country.begin(), by_country.end());
  std::sort(countries.begin(), countries.end(), [](const auto& x, const auto& y) {
    return x.second.stories != y.second.stories ? x.second.stories > y.second.stories : x.first < y.first;
  });
  out += "\nSecurity stories by country\n  country  stories  reports  categories (stories)\n";
  for (const auto& [code, line] : countries) {
    std::vector<std::pair<std::string, int>> cats(line.categories.begin(), line.categories.end());
    std::sort(cats.begin(), cats.end(), [](const auto& x, const auto& y) {
      return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    std::string list;
    for (const auto& [k, n] : cats) list += (list.empty() ? "" : ", ") + k + " " + std::to_string(n);
    char buf[64];
    std::snprintf(buf, sizeof buf, "  %-7s  %7lld  %7lld  ", code.c_str(), static_cast<long long>(line.stories),
                  static_cast<long long>(line.reports));
    out += buf + Cut(list, 100) + "\n";
  }
  // The events of the security stories, one row a story.
  std::vector<StoryRow> rows;
  for (const StoryRow& s : *stories) {
    if (!s.categories.empty()) rows.push_back(s);
  }
  std::stable_sort(rows.begin(), rows.end(), [](const StoryRow& x, const StoryRow& y) {
    return Day(x.date.empty() ? x.first_seen : x.date) > Day(y.date.empty() ? y.first_seen : y.date);
  });
  if (rows.size() > static_cast<size_t>(flags.limit)) rows.resize(flags.limit);
  out += "\nEvents of the security stories (one row a story, the latest first)\n" + StoryTable(rows);
  if (!actors->empty()) {
    out += "\nTop actors (stories, events)\n";
    for (const ActorRow& a : *actors) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "  %4lld  %4lld  ", static_cast<long long>(a.stories), static_cast<long long>(a.events));
      out += buf + Padded(Cut(a.name, 48), 48) + "  " + a.kind + "  " + a.entity + "\n";
    }
  }
  int64_t other = static_cast<int64_t>(stories->size()) - security;
  if (other > 0) out += "\n" + GroupDigits(other) + " other stories (sport, economy, society...): vigie stories\n";
  Print(out);
  return Finish("brief");
}

}  // namespace

CommandRunner AddStoriesCommand(CLI::App* app) {
  auto flags = std::make_shared<StoriesFlags>();
  CLI::App* cmd = app->add_subcommand("stories", "Stories: reports of the same event grouped, most reported first");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_option("--country", flags->country, "a focus country of the story (ISO alpha-2, e.g. ML)");
  cmd->add_option("--category", flags->category, "a category of the story (e.g. terrorism.attack)");
  cmd->add_option("--type", flags->type, "the PLOVER type of its main event (e.g. ASSAULT)");
  cmd->add_option("--lang", flags->lang, "told in this language (fr, en, ar...)");
  cmd->add_option("--from", flags->from, "last report on or after this date (YYYY[-MM[-DD]])");
  cmd->add_option("--to", flags->to, "first report on or before this date (YYYY[-MM[-DD]])");
  cmd->add_flag("--security", flags->security, "only stories with a category of the taxonomy");
  cmd->add_option("--limit", flags->limit, "at most this many stories")->default_val(50);
  cmd->add_flag("--json", flags->json, "one JSON object a story and line");
  cmd->footer(std::string(
      "Ingest groups reports into stories: a near-duplicate (MinHash over the folded text) joins its original's\n"
      "story; another report joins the story it fits best within three days (same focus country, same event type,\n"
      "place, actors), across languages; else it starts one. Each row: its main event as the most informative\n"
      "report tells it, its reports and languages (docs/store.md#stories).\n\n") + kReadFooter);
  return [flags] { return RunStories(*flags); };
}

CommandRunner AddBriefCommand(CLI::App* app) {
  auto flags = std::make_shared<BriefFlags>();
  CLI::App* cmd = app->add_subcommand("brief", "The period at a glance: stories by country, events, top actors");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_option("--from", flags->from, "stories with a report on or after this date (YYYY[-MM[-DD]])");
  cmd->add_option("--to", flags->to, "stories with a report on or before this date (YYYY[-MM[-DD]])");
  cmd->add_option("--limit", flags->limit, "at most this many rows of events")->default_val(25);
  cmd->footer(std::string(
      "Counts stories as well as reports: one kidnapping told by twenty sites is one row.\n\n") + kReadFooter);
  return [flags] { return RunBrief(*flags); };
}

}  // namespace vigie
