// What the commands reading the store share: opening it, checking flags, printing safely.
#ifndef VIGIE_CLI_READ_OUTPUT_H_
#define VIGIE_CLI_READ_OUTPUT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/json_writer.h"
#include "common/strings.h"
#include "store/store.h"

namespace vigie {

// The exit codes of the reading commands, for their --help.
extern const char* const kReadFooter;

// Writes to standard output; false when it cannot.
bool Print(const std::string& s);
// Flushes standard output: kExitOk, or kExitFatal with a message naming `command`.
int Finish(const char* command);

// Opens an existing database (--db `flag`, else the default) for `command`; null after a
// message on standard error. Never creates one.
std::unique_ptr<Store> OpenForReading(const char* command, const std::string& flag);

// Whether --from and --to are date prefixes (YYYY, YYYY-MM, YYYY-MM-DD); says why not.
bool CheckDates(const char* command, const std::string& from, const std::string& to);

// ASCII case changes, for codes (ISO countries, PLOVER types, languages).
std::string Upper(std::string s);
std::string Lower(std::string s);

// Valid UTF-8 with control characters shown as spaces: safe for a terminal and for JSON.
std::string Printable(std::string_view bytes);
// Printable(s) cut to at most `width` code points.
std::string Cut(const std::string& s, size_t width);

void StringArray(JsonWriter* w, const std::vector<std::string>& items);

}  // namespace vigie

#endif  // VIGIE_CLI_READ_OUTPUT_H_
