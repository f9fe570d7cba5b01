// Small helpers the store benchmarks share: timing, plain SQL, database files.
#ifndef VIGIE_BENCH_BENCH_SQLITE_H_
#define VIGIE_BENCH_BENCH_SQLITE_H_

#include <sqlite3.h>

#include <time.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

namespace vigie::bench {

// The benchmarks' clock, in seconds: wall-clock time, or with UseCpuTime() the process's CPU
// time (user and system), which another program's load on a shared machine disturbs far less.
inline bool& CpuTimeClock() {
  static bool cpu = false;
  return cpu;
}
inline void UseCpuTime() { CpuTimeClock() = true; }

struct Clock {
  using time_point = double;
  static double now() {
    if (!CpuTimeClock()) return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

inline double Since(Clock::time_point t) { return Clock::now() - t; }

// Runs `sql` (no parameters, no results); prints SQLite's message and returns false on error.
inline bool Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s: %s\n", sql.substr(0, 60).c_str(), err ? err : "?");
    sqlite3_free(err);
    return false;
  }
  return true;
}

// Bytes of a database file and its WAL.
inline double DatabaseBytes(const std::string& path) {
  std::error_code ec;
  double total = 0;
  for (const char* suffix : {"", "-wal"}) {
    auto size = std::filesystem::file_size(path + suffix, ec);
    if (!ec) total += static_cast<double>(size);
  }
  return total;
}

// Deletes a database file with its WAL and shared-memory files.
inline void RemoveDatabase(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

}  // namespace vigie::bench

#endif  // VIGIE_BENCH_BENCH_SQLITE_H_
