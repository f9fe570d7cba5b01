#include "common/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace vigie {
namespace {

constexpr const char* kMarker = "text/abbreviations.en.txt";

bool HasData(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_regular_file(dir / kMarker, ec);
}

}  // namespace

Result<std::string> FindDataDir(std::string_view explicit_dir) {
  if (!explicit_dir.empty()) {
    std::filesystem::path p(explicit_dir);
    if (HasData(p)) return p.string();
    return Status::NotFound("no vigie data in '" + std::string(explicit_dir) + "' (missing " + kMarker + ")");
  }
  if (const char* env = std::getenv("VIGIE_DATA_DIR"); env != nullptr && *env != '\0') {
    if (HasData(env)) return std::string(env);
    return Status::NotFound(std::string("no vigie data in $VIGIE_DATA_DIR='") + env + "'");
  }
  for (const char* candidate : {VIGIE_INSTALL_DATA_DIR, VIGIE_SOURCE_DATA_DIR}) {
    if (HasData(candidate)) return std::string(candidate);
  }
  return Status::NotFound(std::string("vigie data not found (looked in ") + VIGIE_INSTALL_DATA_DIR + " and " +
                          VIGIE_SOURCE_DATA_DIR + "); set --data-dir or $VIGIE_DATA_DIR");
}

Result<std::string> ReadSmallFile(const std::string& path, size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::string data;
  char buf[65536];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > max_bytes) return Status::OutOfBudget(path + " is larger than " + std::to_string(max_bytes) + " bytes");
  }
  if (in.bad()) return Status::IoError("cannot read " + path);
  return data;
}

}  // namespace vigie
