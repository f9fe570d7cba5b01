// Splitting and joining the short lists vigie keeps in data files and database columns
// ("fr,en,ar", "a|b", TSV fields).
#ifndef VIGIE_COMMON_STRINGS_H_
#define VIGIE_COMMON_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigie {

// The pieces of `list` between `sep` characters: the non-empty ones, or every one (an empty
// list still gives none).
std::vector<std::string_view> Split(std::string_view list, char sep, bool keep_empty = false);
// The same, as owned strings.
std::vector<std::string> SplitToStrings(std::string_view list, char sep, bool keep_empty = false);

// The items with `sep` between them.
std::string Join(const std::vector<std::string>& items, char sep);

}  // namespace vigie

#endif  // VIGIE_COMMON_STRINGS_H_
