// Sub-commands of the vigie command line. Each registers its flags on the CLI11 app and
// returns a runner that yields the process exit code (cli/exit_codes.h).
#ifndef VIGIE_CLI_COMMANDS_H_
#define VIGIE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>

namespace vigie {

using CommandRunner = std::function<int()>;

CommandRunner AddAnalyzeCommand(CLI::App* app);
CommandRunner AddEvalCommand(CLI::App* app);
CommandRunner AddIngestCommand(CLI::App* app);
CommandRunner AddSearchCommand(CLI::App* app);
CommandRunner AddStatsCommand(CLI::App* app);
CommandRunner AddEventsCommand(CLI::App* app);
CommandRunner AddQuarantineCommand(CLI::App* app);
CommandRunner AddStoriesCommand(CLI::App* app);
CommandRunner AddBriefCommand(CLI::App* app);

}  // namespace vigie

#endif  // VIGIE_CLI_COMMANDS_H_
