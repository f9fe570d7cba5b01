// The exit codes of every vigie command (documented in docs/cli.md and `vigie --help`).
#ifndef VIGIE_CLI_EXIT_CODES_H_
#define VIGIE_CLI_EXIT_CODES_H_

#include "common/status.h"

namespace vigie {

inline constexpr int kExitOk = 0;        // everything went through
inline constexpr int kExitUsage = 1;     // bad command line
inline constexpr int kExitRejected = 2;  // some documents or inputs were rejected, the rest done
inline constexpr int kExitFatal = 3;     // nothing sensible could be done (missing data, output error)

// Exit code for a Status that stopped a whole command.
inline int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return kExitOk;
    case StatusCode::kInvalidArgument: return kExitUsage;
    case StatusCode::kInvalidInput:
    case StatusCode::kOutOfBudget: return kExitRejected;
    default: return kExitFatal;
  }
}

}  // namespace vigie

#endif  // VIGIE_CLI_EXIT_CODES_H_
