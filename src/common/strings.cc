#include "common/strings.h"

namespace vigie {

std::vector<std::string_view> Split(std::string_view list, char sep, bool keep_empty) {
  std::vector<std::string_view> out;
  if (list.empty()) return out;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t next = list.find(sep, pos);
    if (next == std::string_view::npos) next = list.size();
    if (keep_empty || next > pos) out.push_back(list.substr(pos, next - pos));
    pos = next + 1;
  }
  return out;
}

std::vector<std::string> SplitToStrings(std::string_view list, char sep, bool keep_empty) {
  std::vector<std::string> out;
  for (std::string_view piece : Split(list, sep, keep_empty)) out.emplace_back(piece);
  return out;
}

std::string Join(const std::vector<std::string>& items, char sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

}  // namespace vigie
