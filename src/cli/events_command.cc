// vigie events: the stored events, filtered, as a table, JSON lines or CSV.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/read_output.h"
#include "common/json_writer.h"
#include "store/store.h"

namespace vigie {
namespace {

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

}  // namespace

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

}  // namespace vigie
