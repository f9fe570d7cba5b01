// The commands that read the store: search, stats, events, quarantine.
#include <unistd.h>

#include <cstdlib>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/progress.h"
#include "common/json_writer.h"
#include "store/query.h"
#include "store/store.h"
#include "text/utf8.h"

namespace vigie {
namespace {

constexpr const char* kReadFooter =
    "Exit codes: 0 done (even with nothing found), 1 usage error (bad flag value, bad query), 3 fatal (no\n"
    "database, not a vigie database, damaged, or written by a newer vigie).";

bool Print(const std::string& s) { return std::fwrite(s.data(), 1, s.size(), stdout) == s.size(); }

int Finish(const char* command) {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "vigie %s: cannot write the output\n", command);
    return kExitFatal;
  }
  return kExitOk;
}

std::unique_ptr<Store> OpenForReading(const char* command, const std::string& flag) {
  Result<std::string> path = DatabasePath(flag, /*create_folder=*/false);
  if (!path.ok()) {
    std::fprintf(stderr, "vigie %s: %s\n", command, path.status().message().c_str());
    return nullptr;
  }
  return OpenStoreOrReport(command, *path, Store::Create::kNever);
}

bool CheckDates(const char* command, const std::string& from, const std::string& to) {
  for (const std::string* d : {&from, &to}) {
    if (!d->empty() && !IsDatePrefix(*d)) {
      std::fprintf(stderr, "vigie %s: dates are YYYY, YYYY-MM or YYYY-MM-DD, not '%s'\n", command, d->c_str());
      return false;
    }
  }
  return true;
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// Valid UTF-8 with control characters shown as spaces: safe for a terminal and for JSON.
std::string Printable(std::string_view bytes) {
  std::string text;
  if (utf8::IsValid(bytes)) {
    text.assign(bytes);
  } else {
    utf8::Repair(bytes, &text);
  }
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return text;
}

void StringArray(JsonWriter* w, const std::vector<std::string>& items) {
  w->BeginArray();
  for (const std::string& s : items) w->String(s);
  w->EndArray();
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ",") + s;
  return out;
}

// --- search ---

// A score to four significant digits: BM25 values are tiny in small collections (a word found
// in most documents weighs almost nothing), and rounding to decimals would print 0 for all.
double FourDigits(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return std::strtod(buf, nullptr);
}

struct SearchFlags {
  std::vector<std::string> query;
  std::string db, lang, country, category, from, to;
  int limit = 20;
  bool json = false;
};

int RunSearch(const SearchFlags& flags) {
  std::string query;
  for (const std::string& word : flags.query) query += (query.empty() ? "" : " ") + word;
  Result<std::string> match = TranslateQuery(query);
  if (!match.ok()) {
    std::fprintf(stderr, "vigie search: %s\n", match.status().message().c_str());
    return kExitUsage;
  }
  if (!CheckDates("search", flags.from, flags.to)) return kExitUsage;
  if (flags.limit < 1 || flags.limit > 10000) {
    std::fprintf(stderr, "vigie search: --limit must be from 1 to 10000\n");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenForReading("search", flags.db);
  if (!store) return kExitFatal;
  SearchRequest request;
  request.match = *match;
  request.lang = Lower(flags.lang);
  request.country = Upper(flags.country);
  request.category = flags.category;
  request.from = flags.from;
  request.to = flags.to;
  request.limit = flags.limit;
  bool bold = !flags.json && isatty(STDOUT_FILENO);
  // On a terminal the matched words are bold: marked first with two private-use characters,
  // which survive Printable (unlike escape codes, which a document could also hold).
  const std::string kOpen = "\uE000", kClose = "\uE001";
  if (bold) {
    request.open_mark = kOpen;
    request.close_mark = kClose;
  }
  Result<std::vector<SearchHit>> hits = store->Search(request);
  if (!hits.ok()) {
    std::fprintf(stderr, "vigie search: %s\n", hits.status().message().c_str());
    return hits.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  std::string out;
  int rank = 0;
  for (const SearchHit& h : *hits) {
    out.clear();
    if (flags.json) {
      JsonWriter w(&out, JsonStyle::kCompact);
      w.BeginObject();
      w.Key("id");
      w.String(h.doc_id);
      w.Key("title");
      w.String(h.title);
      w.Key("score");
      w.Double(FourDigits(h.score));
      w.Key("snippet");
      w.String(Printable(h.snippet));
      w.Key("lang");
      w.String(h.lang);
      w.Key("date");
      w.StringOrNull(h.published);
      w.Key("url");
      w.StringOrNull(h.url);
      w.Key("countries");
      StringArray(&w, h.countries);
      w.Key("categories");
      StringArray(&w, h.categories);
      w.EndObject();
      out.push_back('\n');
    } else {
      char score[32];
      std::snprintf(score, sizeof score, "%.4g", h.score);
      out += std::to_string(++rank) + ". " + (h.title.empty() ? "(no title)" : h.title) + "\n";
      out += "   " + h.doc_id + " · " + h.lang + " · " + (h.published.empty() ? "no date" : h.published) +
             " · score " + score;
      if (!h.countries.empty()) out += " · " + Join(h.countries);
      if (!h.categories.empty()) out += " · " + Join(h.categories);
      out += "\n";
      if (!h.url.empty()) out += "   " + h.url + "\n";
      std::string snippet = Printable(h.snippet);
      if (bold) {
        for (size_t p; (p = snippet.find(kOpen)) != std::string::npos;) snippet.replace(p, kOpen.size(), "\033[1m");
        for (size_t p; (p = snippet.find(kClose)) != std::string::npos;) snippet.replace(p, kClose.size(), "\033[0m");
      }
      out += "   " + snippet + "\n\n";
    }
    if (!Print(out)) break;
  }
  if (!flags.json && hits->empty()) std::fprintf(stderr, "vigie search: no document matches\n");
  return Finish("search");
}

// --- stats ---

struct StatsFlags {
  std::string db;
  bool json = false;
};

void CountsObject(JsonWriter* w, const std::vector<std::pair<std::string, int64_t>>& counts) {
  w->BeginObject();
  for (const auto& [key, n] : counts) {
    w->Key(key);
    w->Int(n);
  }
  w->EndObject();
}

std::string CountsLine(const std::vector<std::pair<std::string, int64_t>>& counts) {
  if (counts.empty()) return "-";
  std::string out;
  for (const auto& [key, n] : counts) out += (out.empty() ? "" : ", ") + key + " " + GroupDigits(n);
  return out;
}

int RunStats(const StatsFlags& flags) {
  std::unique_ptr<Store> store = OpenForReading("stats", flags.db);
  if (!store) return kExitFatal;
  Result<StoreStats> stats = store->Stats();
  if (!stats.ok()) {
    std::fprintf(stderr, "vigie stats: %s\n", stats.status().message().c_str());
    return kExitFatal;
  }
  const StoreStats& s = *stats;
  std::string out;
  if (flags.json) {
    JsonWriter w(&out, JsonStyle::kCompact);
    w.BeginObject();
    w.Key("database");
    w.String(store->path());
    w.Key("schema_version");
    w.Int(store->schema_version());
    w.Key("documents");
    w.Int(s.documents);
    w.Key("duplicates");
    w.Int(s.duplicates);
    w.Key("stories");
    w.Int(s.stories);
    w.Key("events");
    w.Int(s.events);
    w.Key("quarantined");
    w.Int(s.quarantined);
    w.Key("ingest_runs");
    w.Int(s.ingest_runs);
    w.Key("first_published");
    w.StringOrNull(s.first_published);
    w.Key("last_published");
    w.StringOrNull(s.last_published);
    w.Key("languages");
    CountsObject(&w, s.by_lang);
    w.Key("categories");
    CountsObject(&w, s.by_category);
    w.Key("focus_countries");
    CountsObject(&w, s.by_country);
    w.EndObject();
    out.push_back('\n');
  } else {
    auto row = [&](const char* name, const std::string& value) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%-16s", name);
      out += buf + value + "\n";
    };
    row("database", store->path() + " (schema " + std::to_string(store->schema_version()) + ")");
    row("documents", GroupDigits(s.documents));
    row("duplicates", GroupDigits(s.duplicates));
    row("stories", GroupDigits(s.stories));
    row("events", GroupDigits(s.events));
    row("quarantined", GroupDigits(s.quarantined));
    row("ingest runs", GroupDigits(s.ingest_runs));
    row("published", s.first_published.empty() ? "-" : s.first_published + " .. " + s.last_published);
    row("languages", CountsLine(s.by_lang));
    row("categories", CountsLine(s.by_category));
    row("focus countries", CountsLine(s.by_country));
  }
  Print(out);
  return Finish("stats");
}

// --- events ---

struct EventsFlags {
  std::string db, country, type, category, lang, from, to;
  std::string format = "table";
  int limit = 100;
};

std::string CsvField(std::string_view value) {
  std::string s = Printable(value);
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string Number(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }
std::string Coordinate(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", *v);
  return buf;
}

void EventJson(const EventRow& e, std::string* out) {
  JsonWriter w(out, JsonStyle::kCompact);
  w.BeginObject();
  w.Key("doc_id");
  w.String(e.doc_id);
  w.Key("title");
  w.String(e.title);
  w.Key("url");
  w.StringOrNull(e.url);
  w.Key("lang");
  w.String(e.lang);
  w.Key("published");
  w.StringOrNull(e.published);
  w.Key("seq");
  w.Int(e.seq);
  w.Key("type");
  w.String(e.type);
  w.Key("mode");
  w.StringOrNull(e.mode);
  for (int side = 0; side < 2; ++side) {
    const std::string& entity = side == 0 ? e.source_entity : e.target_entity;
    const std::string& name = side == 0 ? e.source_name : e.target_name;
    const std::string& kind = side == 0 ? e.source_kind : e.target_kind;
    const std::string& country = side == 0 ? e.source_country : e.target_country;
    w.Key(side == 0 ? "source" : "target");
    if (entity.empty() && name.empty()) {
      w.Null();
      continue;
    }
    w.BeginObject();
    w.Key("entity");
    w.StringOrNull(entity);
    w.Key("name");
    w.StringOrNull(name);
    w.Key("kind");
    w.StringOrNull(kind);
    w.Key("country");
    w.StringOrNull(country);
    w.EndObject();
  }
  w.Key("place");
  w.StringOrNull(e.place_entity);
  w.Key("place_name");
  w.StringOrNull(e.place_name);
  w.Key("country");
  w.StringOrNull(e.country);
  w.Key("lat");
  if (e.lat) w.Double(*e.lat); else w.Null();
  w.Key("lon");
  if (e.lon) w.Double(*e.lon); else w.Null();
  w.Key("date");
  w.StringOrNull(e.date);
  w.Key("fatalities");
  if (e.fatalities) w.Int(*e.fatalities); else w.Null();
  w.Key("injured");
  if (e.injured) w.Int(*e.injured); else w.Null();
  w.Key("main");
  w.Bool(e.main);
  w.Key("confidence");
  w.Double(e.confidence);
  w.Key("acled_event_type");
  w.StringOrNull(e.acled_event_type);
  w.Key("acled_sub_event_type");
  w.StringOrNull(e.acled_sub_event_type);
  w.Key("cameo_root");
  w.StringOrNull(e.cameo_root);
  w.Key("rule");
  w.StringOrNull(e.rule);
  w.EndObject();
  out->push_back('\n');
}

constexpr const char* kCsvHeader =
    "doc_id,published,date,type,mode,source_name,source_entity,source_kind,target_name,target_entity,target_kind,"
    "place_name,place,country,lat,lon,fatalities,injured,main,confidence,acled_event_type,acled_sub_event_type,"
    "cameo_root,title,url\n";

void EventCsv(const EventRow& e, std::string* out) {
  const std::string fields[] = {e.doc_id,        e.published,     e.date,         e.type,
                                e.mode,          e.source_name,   e.source_entity, e.source_kind,
                                e.target_name,   e.target_entity, e.target_kind,   e.place_name,
                                e.place_entity,  e.country,       Coordinate(e.lat), Coordinate(e.lon),
                                Number(e.fatalities), Number(e.injured), e.main ? "1" : "0",
                                std::to_string(e.confidence).substr(0, 4), e.acled_event_type,
                                e.acled_sub_event_type, e.cameo_root, e.title, e.url};
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out->push_back(',');
    first = false;
    *out += CsvField(f);
  }
  out->push_back('\n');
}

std::string Cut(const std::string& s, size_t width) {
  std::string p = Printable(s);
  // Cut at a character boundary, by code points (a fair width for Latin and Arabic script).
  size_t points = 0, i = 0;
  while (i < p.size() && points < width) {
    i += utf8::SequenceLength(p, i);
    ++points;
  }
  return i < p.size() ? p.substr(0, i) : p;
}

void EventTableRow(const EventRow& e, std::string* out) {
  std::string date = e.date.empty() ? e.published : e.date;
  std::string what = e.type + (e.mode.empty() ? "" : "/" + e.mode);
  std::string source = e.source_name.empty() ? "-" : Cut(e.source_name, 28);
  std::string target = e.target_name.empty() ? "-" : Cut(e.target_name, 28);
  std::string place = e.place_name.empty() ? "-" : Cut(e.place_name, 20);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%-10s  %-22s  ", Cut(date, 10).c_str(), Cut(what, 22).c_str());
  *out += buf;
  *out += source + " -> " + target + "  @ " + place + (e.country.empty() ? "" : " (" + e.country + ")");
  if (e.fatalities) *out += "  killed " + std::to_string(*e.fatalities);
  *out += (e.main ? "  [main]  " : "  ") + e.doc_id + "\n";
}

int RunEvents(const EventsFlags& flags) {
  if (flags.format != "table" && flags.format != "json" && flags.format != "csv") {
    std::fprintf(stderr, "vigie events: --format is table, json or csv, not '%s'\n", flags.format.c_str());
    return kExitUsage;
  }
  if (!CheckDates("events", flags.from, flags.to)) return kExitUsage;
  if (flags.limit < 1 || flags.limit > 10000000) {
    std::fprintf(stderr, "vigie events: --limit must be from 1 to 10000000\n");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenForReading("events", flags.db);
  if (!store) return kExitFatal;
  EventFilter filter;
  filter.country = Upper(flags.country);
  filter.type = Upper(flags.type);
  filter.category = flags.category;
  filter.lang = Lower(flags.lang);
  filter.from = flags.from;
  filter.to = flags.to;
  filter.limit = flags.limit;
  Result<std::vector<EventRow>> rows = store->Events(filter);
  if (!rows.ok()) {
    std::fprintf(stderr, "vigie events: %s\n", rows.status().message().c_str());
    return kExitFatal;
  }
  std::string out;
  if (flags.format == "csv") out = kCsvHeader;
  for (const EventRow& e : *rows) {
    if (flags.format == "json") {
      EventJson(e, &out);
    } else if (flags.format == "csv") {
      EventCsv(e, &out);
    } else {
      EventTableRow(e, &out);
    }
    if (out.size() > (1 << 16)) {
      if (!Print(out)) break;
      out.clear();
    }
  }
  Print(out);
  if (flags.format == "table" && rows->empty()) std::fprintf(stderr, "vigie events: no event matches\n");
  return Finish("events");
}

// --- quarantine ---

struct QuarantineFlags {
  std::string db;
  bool json = false;
  int limit = 1000;
};

int RunQuarantine(const QuarantineFlags& flags) {
  if (flags.limit < 1) {
    std::fprintf(stderr, "vigie quarantine: --limit must be at least 1\n");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenForReading("quarantine", flags.db);
  if (!store) return kExitFatal;
  Result<std::vector<QuarantineRow>> rows = store->QuarantineList(flags.limit);
  if (!rows.ok()) {
    std::fprintf(stderr, "vigie quarantine: %s\n", rows.status().message().c_str());
    return kExitFatal;
  }
  std::string out;
  for (const QuarantineRow& q : *rows) {
    if (flags.json) {
      JsonWriter w(&out, JsonStyle::kCompact);
      w.BeginObject();
      w.Key("id");
      w.Int(q.id);
      w.Key("at");
      w.String(q.at);
      w.Key("origin");
      w.String(Printable(q.origin));
      w.Key("doc_id");
      w.StringOrNull(Printable(q.doc_id));
      w.Key("reason");
      w.String(Printable(q.reason));
      w.Key("head");
      w.StringOrNull(Printable(q.head));
      w.EndObject();
      out.push_back('\n');
    } else {
      out += "#" + std::to_string(q.id) + "  " + q.at + "  " + Printable(q.origin) +
             (q.doc_id.empty() ? "" : " (" + Printable(q.doc_id) + ")") + "\n   " + Printable(q.reason) + "\n";
      if (!q.head.empty()) out += "   starts: " + Cut(q.head, 100) + "\n";
    }
  }
  Print(out);
  if (!flags.json && rows->empty()) std::fprintf(stderr, "vigie quarantine: nothing set aside\n");
  return Finish("quarantine");
}

}  // namespace

CommandRunner AddSearchCommand(CLI::App* app) {
  auto flags = std::make_shared<SearchFlags>();
  CLI::App* cmd = app->add_subcommand("search", "Full-text search of the stored documents, best first, with snippets");
  cmd->add_option("query", flags->query, "the words to look for (several arguments are joined with spaces)")
      ->required();
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_option("--lang", flags->lang, "only documents in this language (fr, en, ar...)");
  cmd->add_option("--country", flags->country, "only documents about this country (ISO code: ML, NG...)");
  cmd->add_option("--category", flags->category, "only documents of this category (terrorism.attack...)");
  cmd->add_option("--from", flags->from, "published on or after (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--to", flags->to, "published on or before (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--limit", flags->limit, "at most this many hits")->capture_default_str();
  cmd->add_flag("--json", flags->json,
                "one JSON object per hit: id, title, score, snippet ([matched] words), lang, date, url, countries, "
                "categories");
  cmd->footer(std::string(
      "Ranked by BM25, a title word weighing four body words. Words match their other forms in the document's\n"
      "language, with or without accents (attentats finds attentat). QUERY: words (all must match), \"a phrase\",\n"
      "OR between alternatives, binding tighter than AND: attack Mali OR Niger = attack AND (Mali OR Niger).\n\n") +
      kReadFooter);
  return [flags] { return RunSearch(*flags); };
}

CommandRunner AddStatsCommand(CLI::App* app) {
  auto flags = std::make_shared<StatsFlags>();
  CLI::App* cmd = app->add_subcommand("stats", "What the database holds: documents, duplicates, events, languages...");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_flag("--json", flags->json, "one JSON object");
  cmd->footer(std::string(
      "Documents, duplicates met by all ingest runs, stories (0 until the story step exists), events,\n"
      "quarantined inputs, ingest runs, the range of publication dates, and counts per language, category and\n"
      "focus country.\n\n") + kReadFooter);
  return [flags] { return RunStats(*flags); };
}

CommandRunner AddEventsCommand(CLI::App* app) {
  auto flags = std::make_shared<EventsFlags>();
  CLI::App* cmd = app->add_subcommand(
      "events", "The stored events (who did what to whom, where, when), newest first, filtered");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_option("--country", flags->country, "where the event happened (ISO code)");
  cmd->add_option("--type", flags->type, "PLOVER type: ASSAULT, PROTEST, COOPERATE...");
  cmd->add_option("--category", flags->category, "category of the event's document (terrorism.attack...)");
  cmd->add_option("--lang", flags->lang, "language of the event's document");
  cmd->add_option("--from", flags->from, "on or after (YYYY, YYYY-MM or YYYY-MM-DD; the event's date, else publication)");
  cmd->add_option("--to", flags->to, "on or before");
  cmd->add_option("--limit", flags->limit, "at most this many events")->capture_default_str();
  cmd->add_option("--format", flags->format, "table, json (one object a line) or csv")->capture_default_str();
  cmd->footer(kReadFooter);
  return [flags] { return RunEvents(*flags); };
}

CommandRunner AddQuarantineCommand(CLI::App* app) {
  auto flags = std::make_shared<QuarantineFlags>();
  CLI::App* cmd = app->add_subcommand(
      "quarantine", "The inputs ingest set aside: where they came from, why, and how they start");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_flag("--json", flags->json, "one JSON object per input: id, at, origin, doc_id, reason, head");
  cmd->add_option("--limit", flags->limit, "at most this many")->capture_default_str();
  cmd->footer(kReadFooter);
  return [flags] { return RunQuarantine(*flags); };
}

}  // namespace vigie
