// kill -9 during `vigie ingest`: what was committed stays, the file stays sound, and running the
// same ingest again finishes the job with every distinct document stored once.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "../test_util.h"
#include "store/store.h"

extern char** environ;

namespace vigie {
namespace {

using testing::TempDir;

constexpr int kDistinct = 3000;
constexpr int kCopies = 300;  // the same bodies again under other ids

// "2,950", as ingest's summary writes counts.
std::string Grouped(int64_t n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// A JSONL file of kDistinct short articles, then kCopies of them again under new ids.
std::string GenerateInput(const TempDir& dir) {
  std::string jsonl;
  auto line = [&](const std::string& id, int i) {
    jsonl += "{\"id\":\"" + id + "\",\"lang\":\"fr\",\"date\":\"2025-03-" + std::to_string(10 + i % 18) +
             "\",\"title\":\"Attaque numéro " + std::to_string(i) + "\",\"text\":\"Des hommes armés ont attaqué le " +
             "village numéro " + std::to_string(i) + " près de Gao, au Mali, tuant " + std::to_string(i % 9 + 2) +
             " civils, selon des sources locales. L'armée a lancé une opération de ratissage dans la zone.\"}\n";
  };
  for (int i = 0; i < kDistinct; ++i) line("doc-" + std::to_string(i), i);
  for (int i = 0; i < kCopies; ++i) line("copy-" + std::to_string(i), i * 7 % kDistinct);
  return dir.Write("many.jsonl", jsonl);
}

// Documents committed so far, read the way another process would (read-only); -1 when the
// database or its table is not there yet.
int64_t CommittedCount(const std::string& db_path) {
  sqlite3* db = nullptr;
  int64_t n = -1;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 1000);
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM documents", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      n = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return n;
}

std::string RawIntegrity(const std::string& db_path) {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
      result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return result;
}

pid_t StartIngest(const std::string& db, const std::string& input) {
  std::vector<std::string> args = {VIGIE_BINARY, "ingest", "--quiet", "--batch", "25", "--db", db, input};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

// Starts an ingest and kills it with SIGKILL once more than `above` documents are committed.
// Returns the count seen just before the kill; fails the test if the ingest ended by itself.
int64_t IngestAndKill(const std::string& db, const std::string& input, int64_t above) {
  pid_t pid = StartIngest(db, input);
  EXPECT_GT(pid, 0);
  if (pid <= 0) return -1;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int64_t seen = -1;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = CommittedCount(db);
    if (seen > above) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      << "the ingest finished before it could be killed: make the input larger";
  return seen;
}

TEST(StoreCrash, KillNineLosesNothingCommittedAndARerunCompletes) {
  TempDir dir;
  std::string input = GenerateInput(dir);
  std::string db = dir.path() + "/crash.db";

  int64_t first = IngestAndKill(db, input, 0);
  ASSERT_GT(first, 0);
  EXPECT_EQ(RawIntegrity(db), "ok");
  int64_t after_first = CommittedCount(db);
  EXPECT_GE(after_first, first);  // everything seen committed is still there
  EXPECT_LT(after_first, kDistinct);

  // A second run, killed too, further on.
  int64_t second = IngestAndKill(db, input, after_first + 50);
  EXPECT_GT(second, after_first);
  EXPECT_EQ(RawIntegrity(db), "ok");
  int64_t after_second = CommittedCount(db);
  EXPECT_GE(after_second, second);

  // The same ingest, to the end.
  testing::CommandResult done =
      testing::RunVigie("ingest --quiet --db " + testing::ShellQuote(db) + " " + testing::ShellQuote(input));
  ASSERT_EQ(done.exit_code, 0) << done.err;
  EXPECT_NE(done.err.find(Grouped(kDistinct - after_second) + " stored"), std::string::npos) << done.err;
  EXPECT_EQ(CommittedCount(db), kDistinct);

  // Sound, with the full-text index matching the documents.
  Store::Options options;
  options.create = Store::Create::kNever;
  Result<std::unique_ptr<Store>> store = Store::Open(db, options);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Status integrity = (*store)->CheckIntegrity();
  EXPECT_TRUE(integrity.ok()) << integrity.ToString();
  SearchRequest request;
  request.match = "\"attaque\"";
  request.limit = kDistinct + 10;
  request.window = 0;  // every match
  Result<std::vector<SearchHit>> hits = (*store)->Search(request);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  EXPECT_EQ(hits->size(), static_cast<size_t>(kDistinct));  // indexed once each, none lost
  Result<StoreStats> stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->ingest_runs, 3);
  EXPECT_GE(stats->duplicates, kCopies);  // the last run met every copy at least
}

}  // namespace
}  // namespace vigie
