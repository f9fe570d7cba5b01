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

}  // namespace vigie

#endif  // VIGIE_CLI_COMMANDS_H_
