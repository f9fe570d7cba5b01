// vigie stats: what the database holds.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/progress.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/read_output.h"
#include "common/json_writer.h"
#include "store/store.h"

namespace vigie {
namespace {

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

}  // namespace

CommandRunner AddStatsCommand(CLI::App* app) {
  auto flags = std::make_shared<StatsFlags>();
  CLI::App* cmd = app->add_subcommand("stats", "What the database holds: documents, duplicates, events, languages...");
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_flag("--json", flags->json, "one JSON object");
  cmd->footer(std::string(
      "Documents, duplicates met by all ingest runs, stories, events,\n"
      "quarantined inputs, ingest runs, the range of publication dates, and counts per language, category and\n"
      "focus country.\n\n") + kReadFooter);
  return [flags] { return RunStats(*flags); };
}

}  // namespace vigie
