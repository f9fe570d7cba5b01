#include "cli/cli_util.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace vigie {

std::optional<size_t> ParseSize(const std::string& s) {
  if (s.empty()) return std::nullopt;
  size_t i = 0;
  unsigned long long v = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    v = v * 10 + static_cast<unsigned>(s[i] - '0');
    if (v > (1ull << 30)) return std::nullopt;  // over any budget, even in bytes; no overflow below
    ++i;
  }
  if (i == 0) return std::nullopt;
  std::string unit = s.substr(i);
  if (unit == "" || unit == "B") return v;
  if (unit == "K" || unit == "KB" || unit == "KiB" || unit == "k") return v << 10;
  if (unit == "M" || unit == "MB" || unit == "MiB") return v << 20;
  if (unit == "G" || unit == "GB" || unit == "GiB") return v << 30;
  return std::nullopt;
}

bool IsDatePrefix(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() == 7) return digits(0, 4) && s[4] == '-' && digits(5, 2);
  if (s.size() == 10) return digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2);
  return false;
}

Result<std::string> DatabasePath(const std::string& flag, bool create_folder) {
  if (!flag.empty()) return flag;
  std::filesystem::path folder;
  const char* xdg = std::getenv("XDG_DATA_HOME");
  const char* home = std::getenv("HOME");
  if (xdg != nullptr && xdg[0] == '/') {
    folder = std::filesystem::path(xdg) / "vigie";
  } else if (home != nullptr && home[0] != '\0') {
    folder = std::filesystem::path(home) / ".local" / "share" / "vigie";
  } else {
    return Status::InvalidArgument("neither XDG_DATA_HOME nor HOME is set: give the database with --db");
  }
  if (create_folder) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) return Status::IoError("cannot create " + folder.string() + ": " + ec.message());
  }
  return (folder / "vigie.db").string();
}

std::unique_ptr<Store> OpenStoreOrReport(const char* command, const std::string& path, Store::Create create) {
  Store::Options options;
  options.create = create;
  Result<std::unique_ptr<Store>> store = Store::Open(path, options);
  if (!store.ok()) {
    std::fprintf(stderr, "vigie %s: %s\n", command, store.status().message().c_str());
    return nullptr;
  }
  return std::move(*store);
}

}  // namespace vigie
