#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace vigie {

std::string GroupDigits(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return n < 0 ? "-" + out : out;
}

namespace {
std::string Duration(double seconds) {
  int64_t s = static_cast<int64_t>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(s / 3600),
                  static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
  } else {
    std::snprintf(buf, sizeof buf, "%lld:%02lld", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
  }
  return buf;
}
}  // namespace

Progress::Mode Progress::ModeForStderr() { return isatty(STDERR_FILENO) ? Mode::kBar : Mode::kLines; }

Progress::Progress(Mode mode, std::string label, int64_t total_bytes, std::FILE* out, Now now)
    : mode_(mode), label_(std::move(label)), total_bytes_(total_bytes), out_(out), now_(now), start_(now_()),
      last_(start_) {}

double Progress::Seconds() const { return std::chrono::duration<double>(now_() - start_).count(); }

std::string Progress::Line(int64_t docs, int64_t bytes_done) const {
  double seconds = Seconds();
  double rate = seconds > 0 ? static_cast<double>(docs) / seconds : 0;
  std::string line;
  bool known = total_bytes_ > 0 && bytes_done >= 0;
  if (known) {
    double share = std::min(1.0, static_cast<double>(bytes_done) / static_cast<double>(total_bytes_));
    if (mode_ == Mode::kBar) {
      constexpr int kWidth = 24;
      int filled = static_cast<int>(share * kWidth);
      line += "[" + std::string(filled, '#') + std::string(kWidth - filled, '.') + "] ";
    }
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3.0f%% ", share * 100);
    line += pct;
    line += GroupDigits(docs) + " documents, " + GroupDigits(static_cast<int64_t>(rate)) + " docs/s";
    if (share > 0.001 && share < 1) line += ", ETA " + Duration(seconds * (1 - share) / share);
  } else {
    line += GroupDigits(docs) + " documents, " + GroupDigits(static_cast<int64_t>(rate)) + " docs/s, " +
            Duration(seconds) + " elapsed";
  }
  return line;
}

void Progress::Update(int64_t docs, int64_t bytes_done) {
  if (mode_ == Mode::kNone) return;
  Clock::time_point now = now_();
  auto interval = mode_ == Mode::kBar ? std::chrono::milliseconds(200) : std::chrono::milliseconds(5000);
  if (now - last_ < interval) return;
  last_ = now;
  std::string line = Line(docs, bytes_done);
  if (mode_ == Mode::kBar) {
    std::fprintf(out_, "\r\033[K%s: %s", label_.c_str(), line.c_str());
    drawn_ = true;
  } else {
    std::fprintf(out_, "%s: %s\n", label_.c_str(), line.c_str());
  }
  std::fflush(out_);
}

void Progress::Finish() {
  if (mode_ == Mode::kBar && drawn_) {
    std::fputs("\r\033[K", out_);
    std::fflush(out_);
    drawn_ = false;
  }
}

}  // namespace vigie
