#include "text/word_list.h"

#include <algorithm>
#include <filesystem>

#include "common/data_dir.h"
#include "text/utf8.h"

namespace vigie {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<std::vector<WordListEntry>> ParseWordList(std::string_view contents, std::string_view name) {
  size_t bad = utf8::FindInvalid(contents);
  if (bad != utf8::kValid) {
    return Status::InvalidInput(std::string(name) + ": invalid UTF-8 at byte offset " + std::to_string(bad));
  }
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);  // a byte order mark
  std::vector<WordListEntry> entries;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    WordListEntry entry;
    entry.line = line_no;
    size_t f = 0;
    while (f <= trimmed.size()) {
      size_t tab = trimmed.find('\t', f);
      if (tab == std::string_view::npos) tab = trimmed.size();
      std::string_view field = Trim(trimmed.substr(f, tab - f));
      if (!field.empty()) entry.fields.emplace_back(field);
      f = tab + 1;
    }
    if (!entry.fields.empty()) entries.push_back(std::move(entry));
  }
  return entries;
}

Result<std::vector<WordListEntry>> LoadWordList(const std::string& path) {
  Result<std::string> contents = ReadSmallFile(path);
  if (!contents.ok()) return contents.status();
  return ParseWordList(*contents, path);
}

std::vector<std::pair<std::string, std::string>> LanguageFiles(const std::string& dir, const std::string& stem) {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, std::string>> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind(stem + ".", 0) != 0 || entry.path().extension() != ".tsv") continue;
    std::string lang = name.substr(stem.size() + 1, name.size() - stem.size() - 5);
    if (!lang.empty() && lang.find('.') == std::string::npos) out.emplace_back(entry.path().string(), lang);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace vigie
