// vigie quarantine: the inputs ingest set aside.
#include <cstdio>
#include <memory>
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
