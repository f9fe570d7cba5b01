// Helpers shared by vigie's tests: running the vigie binary, temporary folders and files, the
// analyzer over the project's data.
#ifndef VIGIE_TESTS_TEST_UTIL_H_
#define VIGIE_TESTS_TEST_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "analyze/analyzer.h"

namespace vigie::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when the process did not exit normally (signal)
  std::string out;
  std::string err;
};

// Runs `/bin/sh -c command` with stdout and stderr captured.
CommandResult Run(const std::string& command);

// Runs the vigie binary under test with `args` (a shell fragment, already quoted).
CommandResult RunVigie(const std::string& args);

// A fresh temporary folder, removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  // Writes `contents` to path()/name (creating folders) and returns the full path.
  std::string Write(const std::string& name, std::string_view contents) const;
  // Writes `contents` gzip-compressed.
  std::string WriteGzip(const std::string& name, std::string_view contents) const;

 private:
  std::string path_;
};

// Single-quotes `s` for /bin/sh.
std::string ShellQuote(const std::string& s);

// Splits output into lines (no empty trailing line).
std::vector<std::string> Lines(const std::string& s);

// The source tree's data folder and the ../shared folder beside the checkout ("" if absent).
std::string DataDir();
std::string SharedDir();

// The project's gold files, tests/gold/*.jsonl, in name order (at least two).
std::vector<std::string> GoldFiles();

// The analyzer over DataDir() with default options, created once per test program (the program
// aborts when it cannot be: nothing that uses it could run).
Analyzer& SharedAnalyzer();

// Analyses `body` (with `title`) as a document in `lang` published on `published`, and checks
// that the engine reads it in that language.
Analysis AnalyzeText(const std::string& body, const std::string& lang, const std::string& title = "",
                     const std::string& published = "2025-03-14");

}  // namespace vigie::testing

#endif  // VIGIE_TESTS_TEST_UTIL_H_
