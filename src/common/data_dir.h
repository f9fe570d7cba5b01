// Where vigie's data files (lexicons, abbreviation lists, patterns) are found.
//
// In order: an explicit directory (the --data-dir flag), $VIGIE_DATA_DIR, the installed
// location (<prefix>/share/vigie/data), then the source tree's data/ that the binary was
// built from. The first that holds `text/abbreviations.en.txt` wins.
#ifndef VIGIE_COMMON_DATA_DIR_H_
#define VIGIE_COMMON_DATA_DIR_H_

#include <string>
#include <string_view>

#include "common/status.h"

namespace vigie {

Result<std::string> FindDataDir(std::string_view explicit_dir);

// Reads a whole (small) file into memory; for data files, not for user input.
Result<std::string> ReadSmallFile(const std::string& path, size_t max_bytes = 64u << 20);

}  // namespace vigie

#endif  // VIGIE_COMMON_DATA_DIR_H_
