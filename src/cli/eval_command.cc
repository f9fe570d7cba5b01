// vigie eval: score the engine against gold files (docs/gold-format.md).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "common/data_dir.h"
#include "eval/eval.h"
#include "eval/gold.h"

namespace vigie {
namespace {

struct EvalFlags {
  std::vector<std::string> gold;
  bool json = false;
  std::string split = "all";
  size_t worst = 5;
  std::string data_dir;
};

int RunEval(const EvalFlags& flags) {
  if (flags.split != "all" && flags.split != "dev" && flags.split != "test") {
    std::fprintf(stderr, "vigie eval: --split must be all, dev or test\n");
    return kExitUsage;
  }
  Result<std::string> data_dir = FindDataDir(flags.data_dir);
  if (!data_dir.ok()) {
    std::fprintf(stderr, "vigie eval: %s\n", data_dir.status().message().c_str());
    return kExitFatal;
  }
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(*data_dir, Analyzer::Options());
  if (!analyzer.ok()) {
    std::fprintf(stderr, "vigie eval: cannot load data: %s\n", analyzer.status().ToString().c_str());
    return kExitFatal;
  }
  std::vector<GoldDoc> gold;
  for (const std::string& path : flags.gold) {
    Result<std::vector<GoldDoc>> docs = ReadGoldFile(path);
    if (!docs.ok()) {
      std::fprintf(stderr, "vigie eval: %s\n", docs.status().message().c_str());
      return kExitFatal;
    }
    for (GoldDoc& d : *docs) gold.push_back(std::move(d));
  }
  EvalReport report;
  Evaluator evaluator(analyzer->get());
  Status s = evaluator.Run(gold, flags.split, &report);
  if (!s.ok()) {
    std::fprintf(stderr, "vigie eval: %s\n", s.ToString().c_str());
    return kExitFatal;
  }
  std::string out = flags.json ? ReportJson(report, flags.worst) : FormatReport(report, flags.worst);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitFatal;
}

}  // namespace

CommandRunner AddEvalCommand(CLI::App* app) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app->add_subcommand(
      "eval",
      "Score the engine against gold files (JSONL documents with expected mentions; docs/gold-format.md):\n"
      "precision, recall and F1 for mentions (strict and overlapping spans) and entities, per type and\n"
      "per language, DATE and QUANTITY values; places (accuracy within 161 km, found and placed, mean and\n"
      "median error, focus countries); events (document event types, the main event's type, actor, place,\n"
      "fatalities) and categories (F1, security or not); type confusions and the worst documents.");
  cmd->add_option("--gold", flags->gold, "gold JSONL file (repeat for several)")->required();
  cmd->add_flag("--json", flags->json, "one JSON object instead of tables");
  cmd->add_option("--split", flags->split, "documents to score: all, dev or test")->capture_default_str();
  cmd->add_option("--worst", flags->worst, "how many of the worst documents to list")->capture_default_str();
  cmd->add_option("--data-dir", flags->data_dir, "folder of vigie's data files (default: found automatically)");
  cmd->footer("Exit codes: 0 scored, 1 usage error, 3 fatal (unreadable gold file or data).");
  return [flags] { return RunEval(*flags); };
}

}  // namespace vigie
