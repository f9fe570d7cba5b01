// Reader for the simple line-based data files under data/: one entry per line, fields
// separated by TAB, '#' starting a comment line, blank lines ignored, surrounding white space
// trimmed. Each file says its own columns in its header comment.
#ifndef VIGIE_TEXT_WORD_LIST_H_
#define VIGIE_TEXT_WORD_LIST_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

namespace vigie {

struct WordListEntry {
  std::vector<std::string> fields;  // at least one, none empty
  int line = 0;                     // 1-based line number in the file, for error messages
};

// Parses the contents of a data file; `name` is used in error messages.
Result<std::vector<WordListEntry>> ParseWordList(std::string_view contents, std::string_view name);

// Reads and parses a data file.
Result<std::vector<WordListEntry>> LoadWordList(const std::string& path);

// The files <dir>/<stem>.<lang>.tsv (one per language: "patterns.fr.tsv"), with their language,
// sorted by path; none when the folder cannot be listed.
std::vector<std::pair<std::string, std::string>> LanguageFiles(const std::string& dir, const std::string& stem);

}  // namespace vigie

#endif  // VIGIE_TEXT_WORD_LIST_H_
