// vigie: the command line.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
  CLI::App app{
      "vigie: watch the news for security threats and the cooperation that answers them.\n"
      "Reads articles in French, English, Arabic and more; finds who did what to whom, where and when.\n\n"
      "Exit codes: 0 all fine, 1 usage error, 2 some documents rejected (the others done), 3 fatal error.",
      "vigie"};
  app.set_version_flag("--version", "vigie " VIGIE_VERSION
                                    "\nContains data from GeoNames (geonames.org), CC BY 4.0; data sources and licences: "
                                    "data/README.md.");
  app.require_subcommand(1);
  app.fallthrough(false);

  std::vector<std::pair<CLI::App*, vigie::CommandRunner>> commands;
  vigie::CommandRunner analyze = vigie::AddAnalyzeCommand(&app);
  commands.emplace_back(app.get_subcommand("analyze"), analyze);
  vigie::CommandRunner eval = vigie::AddEvalCommand(&app);
  commands.emplace_back(app.get_subcommand("eval"), eval);
  const std::pair<const char*, vigie::CommandRunner (*)(CLI::App*)> store_commands[] = {
      {"ingest", vigie::AddIngestCommand},   {"search", vigie::AddSearchCommand},
      {"stats", vigie::AddStatsCommand},     {"events", vigie::AddEventsCommand},
      {"stories", vigie::AddStoriesCommand}, {"brief", vigie::AddBriefCommand},
      {"quarantine", vigie::AddQuarantineCommand},
  };
  for (const auto& [name, add] : store_commands) {
    vigie::CommandRunner run = add(&app);
    commands.emplace_back(app.get_subcommand(name), std::move(run));
  }

  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    std::string names;
    for (const auto& [sub, run] : commands) {
      known = known || sub->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + sub->get_name();
    }
    if (!known) {
      std::fprintf(stderr, "vigie: unknown command '%s' (commands: %s; see vigie --help)\n", argv[1], names.c_str());
      return vigie::kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? vigie::kExitOk : vigie::kExitUsage;
  }
  for (auto& [sub, run] : commands) {
    if (sub->parsed()) return run();
  }
  std::fputs(app.help().c_str(), stderr);
  return vigie::kExitUsage;
}
