// Progress of a long command on standard error: on a terminal, one line redrawn in place (a
// bar with the share done and the time left when the total size is known, else the count and
// the rate); elsewhere (a log file, a pipe), a plain line every few seconds.
#ifndef VIGIE_CLI_PROGRESS_H_
#define VIGIE_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace vigie {

class Progress {
 public:
  enum class Mode { kBar, kLines, kNone };
  // kBar when standard error is a terminal, else kLines.
  static Mode ModeForStderr();

  using Clock = std::chrono::steady_clock;
  using Now = Clock::time_point (*)();

  // `total_bytes`: the size of all inputs, or -1 when unknown (standard input). Drawn on `out`
  // (standard error) at the times `now` tells (tests give both).
  Progress(Mode mode, std::string label, int64_t total_bytes, std::FILE* out = stderr, Now now = &Clock::now);

  // Cheap to call per document: redraws at most 5 times a second (bar) or every 5 s (lines).
  void Update(int64_t docs, int64_t bytes_done);
  // Clears the bar, leaving the terminal line free for the summary.
  void Finish();

  double Seconds() const;

 private:
  std::string Line(int64_t docs, int64_t bytes_done) const;

  Mode mode_;
  std::string label_;
  int64_t total_bytes_;
  std::FILE* out_;
  Now now_;
  Clock::time_point start_, last_;
  bool drawn_ = false;
};

// "12,345".
std::string GroupDigits(int64_t n);

}  // namespace vigie

#endif  // VIGIE_CLI_PROGRESS_H_
