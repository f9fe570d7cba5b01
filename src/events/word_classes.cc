#include "events/word_classes.h"

#include <algorithm>

#include "text/fold.h"
#include "text/word_list.h"

namespace vigie {
namespace {

#define VIGIE_WORD_CLASS_NAME(id, name) name,
constexpr std::string_view kNames[] = {VIGIE_WORD_CLASSES(VIGIE_WORD_CLASS_NAME)};
#undef VIGIE_WORD_CLASS_NAME

}  // namespace

std::string_view WordClasses::Name(Id id) { return kNames[id]; }

Result<WordClasses> WordClasses::Load(const std::string& dir) {
  WordClasses out;
  std::array<bool, kCount> seen{};
  for (const auto& [path, lang] : LanguageFiles(dir, "words")) {
    out.languages_.emplace_back(lang, Language());
    Language& language = out.languages_.back().second;
    Result<std::vector<WordListEntry>> rows = LoadWordList(path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      const std::string where = path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() != 2) return Status::InvalidInput(where + "expected a class name, TAB, its words");
      const auto* it = std::find(std::begin(kNames), std::end(kNames), row.fields[0]);
      if (it == std::end(kNames)) return Status::InvalidInput(where + "unknown word class '" + row.fields[0] + "'");
      const Id id = static_cast<Id>(it - std::begin(kNames));
      const std::string& list = row.fields[1];
      size_t pos = 0;
      while (pos < list.size()) {
        size_t space = list.find(' ', pos);
        if (space == std::string::npos) space = list.size();
        if (space > pos) {
          std::string word = FoldString(std::string_view(list).substr(pos, space - pos));
          if (word.empty()) return Status::InvalidInput(where + "a word folds to nothing");
          uint64_t& mask = language.classes_[word];
          if (!(mask & (uint64_t{1} << id))) language.words_[id].push_back(word);
          mask |= uint64_t{1} << id;
          seen[id] = true;
        }
        pos = space + 1;
      }
    }
  }
  for (int id = 0; id < kCount; ++id) {
    if (!seen[id]) {
      return Status::InvalidInput("no words for class '" + std::string(kNames[id]) + "' in " + dir + "/words.*.tsv");
    }
  }
  return out;
}

}  // namespace vigie
