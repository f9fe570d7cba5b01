#include "test_util.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace vigie::testing {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  out += "'";
  return out;
}

CommandResult Run(const std::string& command) {
  TempDir dir;
  std::string out_path = dir.path() + "/out";
  std::string err_path = dir.path() + "/err";
  std::string full = "(" + command + ") >" + ShellQuote(out_path) + " 2>" + ShellQuote(err_path);
  int status = std::system(full.c_str());
  CommandResult r;
  if (status != -1 && WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  r.out = Slurp(out_path);
  r.err = Slurp(err_path);
  return r;
}

CommandResult RunVigie(const std::string& args) {
  return Run(ShellQuote(VIGIE_BINARY) + " " + args);
}

TempDir::TempDir() {
  std::string templ = (std::filesystem::temp_directory_path() / "vigie-test-XXXXXX").string();
  if (mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = templ;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, std::string_view contents) const {
  std::filesystem::path p = std::filesystem::path(path_) / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  return p.string();
}

std::string TempDir::WriteGzip(const std::string& name, std::string_view contents) const {
  std::filesystem::path p = std::filesystem::path(path_) / name;
  std::filesystem::create_directories(p.parent_path());
  gzFile gz = gzopen(p.c_str(), "wb");
  if (gz == nullptr) throw std::runtime_error("gzopen failed");
  if (!contents.empty()) gzwrite(gz, contents.data(), static_cast<unsigned>(contents.size()));
  gzclose(gz);
  return p.string();
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

std::string DataDir() { return VIGIE_TEST_DATA_DIR; }

std::vector<std::string> GoldFiles() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(std::string(VIGIE_TEST_SOURCE_DIR) + "/tests/gold")) {
    if (e.path().extension() == ".jsonl") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  EXPECT_GE(out.size(), 2u);
  return out;
}

Analyzer& SharedAnalyzer() {
  static Analyzer* analyzer = [] {
    Result<std::unique_ptr<Analyzer>> r = Analyzer::Create(DataDir(), Analyzer::Options());
    if (!r.ok()) {
      std::fprintf(stderr, "cannot create the analyzer: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return std::move(r).value().release();
  }();
  return *analyzer;
}

Analysis AnalyzeText(const std::string& body, const std::string& lang, const std::string& title,
                     const std::string& published) {
  Document doc;
  doc.id = "t";
  doc.title = title;
  doc.body = body;
  doc.lang_hint = lang;
  doc.published = published;
  Analysis a;
  Status s = SharedAnalyzer().Analyze(doc, &a);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(a.lang.code, lang) << "the test text must be read as " << lang << ": " << body;
  return a;
}

std::string SharedDir() {
  std::filesystem::path p = std::filesystem::path(VIGIE_TEST_SOURCE_DIR).parent_path() / "shared";
  std::error_code ec;
  return std::filesystem::is_directory(p, ec) ? p.string() : std::string();
}

}  // namespace vigie::testing
