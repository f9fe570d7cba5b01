// The progress display of long commands (vigie ingest): a bar redrawn in place on a terminal,
// plain lines elsewhere, on a clock the test moves by hand.
#include "cli/progress.h"

#include <gtest/gtest.h>
#include <pty.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace vigie {
namespace {

// A clock the test sets.
Progress::Clock::time_point fake_now;
Progress::Clock::time_point FakeNow() { return fake_now; }
void Advance(int ms) { fake_now += std::chrono::milliseconds(ms); }

// What a Progress writes, through a memory stream.
class Output {
 public:
  Output() : file_(open_memstream(&data_, &size_)) {}
  ~Output() {
    std::fclose(file_);
    std::free(data_);
  }
  std::FILE* file() { return file_; }
  std::string Text() {
    std::fflush(file_);
    return std::string(data_, size_);
  }

 private:
  char* data_ = nullptr;
  size_t size_ = 0;
  std::FILE* file_;
};

TEST(Progress, TheBarShowsTheShareTheRateAndTheTimeLeft) {
  Output out;
  Progress p(Progress::Mode::kBar, "vigie ingest", 1000, out.file(), &FakeNow);
  Advance(2000);
  p.Update(300, 250);  // a quarter of the bytes in 2 s: 6 s left
  EXPECT_EQ(out.Text(), "\r\033[Kvigie ingest: [######..................]  25% 300 documents, 150 docs/s, ETA 0:06");
  p.Finish();
  EXPECT_EQ(out.Text().substr(out.Text().size() - 4), "\r\033[K");  // the line is left clean
}

TEST(Progress, TheBarIsRedrawnAtMostFiveTimesASecond) {
  Output out;
  Progress p(Progress::Mode::kBar, "x", 1000, out.file(), &FakeNow);
  Advance(250);
  p.Update(1, 10);
  size_t once = out.Text().size();
  EXPECT_GT(once, 0u);
  Advance(100);
  p.Update(2, 20);  // 100 ms later: not redrawn
  EXPECT_EQ(out.Text().size(), once);
  Advance(150);
  p.Update(3, 30);
  EXPECT_GT(out.Text().size(), once);
  EXPECT_EQ(out.Text().find('\n'), std::string::npos);  // always the same terminal line
}

TEST(Progress, WithoutATerminalPlainLinesEveryFiveSeconds) {
  Output out;
  Progress p(Progress::Mode::kLines, "vigie ingest", -1, out.file(), &FakeNow);  // size unknown: stdin
  Advance(1000);
  p.Update(10, 100);
  EXPECT_EQ(out.Text(), "");
  Advance(4000);
  p.Update(12345, 200);
  EXPECT_EQ(out.Text(), "vigie ingest: 12,345 documents, 2,469 docs/s, 0:05 elapsed\n");
  p.Finish();  // nothing to clear
  EXPECT_EQ(out.Text(), "vigie ingest: 12,345 documents, 2,469 docs/s, 0:05 elapsed\n");
}

TEST(Progress, QuietWritesNothing) {
  Output out;
  Progress p(Progress::Mode::kNone, "x", 100, out.file(), &FakeNow);
  Advance(60000);
  p.Update(5, 50);
  p.Finish();
  EXPECT_EQ(out.Text(), "");
}

TEST(Progress, FinishClearsOnlyABarThatWasDrawn) {
  Output out;
  Progress p(Progress::Mode::kBar, "x", 100, out.file(), &FakeNow);
  p.Update(1, 1);  // no time has passed: nothing drawn
  p.Finish();
  EXPECT_EQ(out.Text(), "");
}

// The mode follows what standard error is: a terminal (a pseudo-terminal here) or not.
TEST(Progress, TheBarOnATerminalLinesOnAPipe) {
  int master = -1, slave = -1;
  if (openpty(&master, &slave, nullptr, nullptr, nullptr) != 0) GTEST_SKIP() << "no pseudo-terminal on this machine";
  int saved = dup(STDERR_FILENO);
  ASSERT_GE(saved, 0);
  std::fflush(stderr);
  dup2(slave, STDERR_FILENO);
  Progress::Mode on_terminal = Progress::ModeForStderr();
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  dup2(fds[1], STDERR_FILENO);
  Progress::Mode on_pipe = Progress::ModeForStderr();
  dup2(saved, STDERR_FILENO);
  for (int fd : {saved, master, slave, fds[0], fds[1]}) close(fd);
  EXPECT_EQ(on_terminal, Progress::Mode::kBar);
  EXPECT_EQ(on_pipe, Progress::Mode::kLines);
}

TEST(GroupDigits, ThousandsSeparated) {
  EXPECT_EQ(GroupDigits(0), "0");
  EXPECT_EQ(GroupDigits(999), "999");
  EXPECT_EQ(GroupDigits(1000), "1,000");
  EXPECT_EQ(GroupDigits(1234567), "1,234,567");
  EXPECT_EQ(GroupDigits(-45000), "-45,000");
}

}  // namespace
}  // namespace vigie
