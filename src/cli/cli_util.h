// Helpers shared by vigie's commands: sizes, dates and the store's location.
#ifndef VIGIE_CLI_CLI_UTIL_H_
#define VIGIE_CLI_CLI_UTIL_H_

#include <memory>
#include <optional>
#include <string>

#include "common/status.h"
#include "store/store.h"

namespace vigie {

// "10M", "512K", "1G", "2048": a byte count, or nullopt.
std::optional<size_t> ParseSize(const std::string& s);

// Whether `s` is an ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD.
bool IsDatePrefix(const std::string& s);

// The database a command uses: `flag` when given, else $XDG_DATA_HOME/vigie/vigie.db, else
// ~/.local/share/vigie/vigie.db. With `create_folder`, the default's folder is created.
Result<std::string> DatabasePath(const std::string& flag, bool create_folder);

// Opens the store for a command, printing "vigie COMMAND: MESSAGE" on failure.
std::unique_ptr<Store> OpenStoreOrReport(const char* command, const std::string& path, Store::Create create);

// The `--db` help text, with the default spelled out.
inline constexpr const char* kDbHelp =
    "database file (default: $XDG_DATA_HOME/vigie/vigie.db, else ~/.local/share/vigie/vigie.db)";

}  // namespace vigie

#endif  // VIGIE_CLI_CLI_UTIL_H_
