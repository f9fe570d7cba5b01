#include "read/inputs.h"

#include <glob.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "read/fetch.h"

namespace vigie {
namespace {

namespace fs = std::filesystem;

bool EndsWith(const std::string& s, const char* suffix) {
  size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

void WalkFolder(const fs::path& dir, std::vector<std::string>* out, std::vector<InputError>* errors) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    errors->push_back({dir.string(), Status::IoError("cannot list: " + ec.message())});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      errors->push_back({dir.string(), Status::IoError("cannot list: " + ec.message())});
      return;
    }
    std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && IsReadableName(name)) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
}

void AddPath(const std::string& path, std::vector<std::string>* out, std::vector<InputError>* errors) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    WalkFolder(path, out, errors);
  } else {
    out->push_back(path);
  }
}

}  // namespace

bool IsReadableName(const std::string& name) {
  std::string n = name;
  if (EndsWith(n, ".gz")) n.resize(n.size() - 3);
  for (const char* ext : {".txt", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".html", ".htm"}) {
    if (EndsWith(n, ext)) return true;
  }
  return false;
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& args, std::vector<InputError>* errors) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    if (arg == "-" || IsUrl(arg)) {
      out.push_back(arg);
      continue;
    }
    std::error_code ec;
    if (fs::exists(fs::symlink_status(arg, ec))) {
      AddPath(arg, &out, errors);
      continue;
    }
    if (arg.find_first_of("*?[") != std::string::npos) {
      glob_t g;
      int rc = glob(arg.c_str(), GLOB_NOSORT, nullptr, &g);
      if (rc == 0) {
        std::vector<std::string> matches(g.gl_pathv, g.gl_pathv + g.gl_pathc);
        std::sort(matches.begin(), matches.end());
        for (const std::string& m : matches) AddPath(m, &out, errors);
      } else {
        errors->push_back({arg, Status::NotFound("no file matches this pattern")});
      }
      globfree(&g);
      continue;
    }
    errors->push_back({arg, Status::NotFound("no such file or directory")});
  }
  return out;
}

}  // namespace vigie
