#include "cli/read_output.h"

#include <cstdio>

#include "cli/cli_util.h"
#include "cli/exit_codes.h"
#include "text/utf8.h"

namespace vigie {

const char* const kReadFooter =
    "Exit codes: 0 done (even with nothing found), 1 usage error (bad flag value, bad query), 3 fatal (no\n"
    "database, not a vigie database, damaged, or written by a newer vigie).";

bool Print(const std::string& s) { return std::fwrite(s.data(), 1, s.size(), stdout) == s.size(); }

int Finish(const char* command) {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "vigie %s: cannot write the output\n", command);
    return kExitFatal;
  }
  return kExitOk;
}

std::unique_ptr<Store> OpenForReading(const char* command, const std::string& flag) {
  Result<std::string> path = DatabasePath(flag, /*create_folder=*/false);
  if (!path.ok()) {
    std::fprintf(stderr, "vigie %s: %s\n", command, path.status().message().c_str());
    return nullptr;
  }
  return OpenStoreOrReport(command, *path, Store::Create::kNever);
}

bool CheckDates(const char* command, const std::string& from, const std::string& to) {
  for (const std::string* d : {&from, &to}) {
    if (!d->empty() && !IsDatePrefix(*d)) {
      std::fprintf(stderr, "vigie %s: dates are YYYY, YYYY-MM or YYYY-MM-DD, not '%s'\n", command, d->c_str());
      return false;
    }
  }
  return true;
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

std::string Printable(std::string_view bytes) {
  std::string text;
  if (utf8::IsValid(bytes)) {
    text.assign(bytes);
  } else {
    utf8::Repair(bytes, &text);
  }
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  return text;
}

void StringArray(JsonWriter* w, const std::vector<std::string>& items) {
  w->BeginArray();
  for (const std::string& s : items) w->String(s);
  w->EndArray();
}



std::string Cut(const std::string& s, size_t width) {
  std::string p = Printable(s);
  // Cut at a character boundary, by code points (a fair width for Latin and Arabic script).
  size_t points = 0, i = 0;
  while (i < p.size() && points < width) {
    i += utf8::SequenceLength(p, i);
    ++points;
  }
  return i < p.size() ? p.substr(0, i) : p;
}

}  // namespace vigie
