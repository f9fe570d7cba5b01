#include "read/date.h"

#include <cstdio>
#include <cstring>

namespace vigie {
namespace {

class Lexer {
 public:
  explicit Lexer(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  size_t pos() const { return i_; }
  void set_pos(size_t p) { i_ = p; }
  char peek() const { return done() ? '\0' : s_[i_]; }
  void SkipSpaces() {
    while (!done() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  bool Eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  // Reads exactly `min..max` ASCII digits.
  bool Digits(int min, int max, int* value, int* count = nullptr) {
    int n = 0, v = 0;
    size_t start = i_;
    while (!done() && n < max && s_[i_] >= '0' && s_[i_] <= '9') {
      v = v * 10 + (s_[i_] - '0');
      ++i_;
      ++n;
    }
    if (n < min) {
      i_ = start;
      return false;
    }
    *value = v;
    if (count != nullptr) *count = n;
    return true;
  }
  // A run of letters (ASCII or UTF-8 continuation bytes), lower-cased ASCII.
  std::string Word() {
    std::string w;
    while (!done()) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
        w.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        ++i_;
      } else {
        break;
      }
    }
    return w;
  }
  std::string_view rest() const { return s_.substr(i_); }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

int MonthFromName(const std::string& w) {
  struct M {
    const char* name;
    int month;
  };
  // English and French, full and abbreviated (metadata is written in these; RFC 2822 uses
  // the English abbreviations).
  static const M kMonths[] = {
      {"january", 1},   {"jan", 1},       {"janvier", 1},  {"janv", 1},      {"february", 2},  {"feb", 2},
      {"février", 2},   {"fevrier", 2},   {"févr", 2},     {"fevr", 2},      {"fév", 2},       {"march", 3},
      {"mar", 3},       {"mars", 3},      {"april", 4},    {"apr", 4},       {"avril", 4},     {"avr", 4},
      {"may", 5},       {"mai", 5},       {"june", 6},     {"jun", 6},       {"juin", 6},      {"july", 7},
      {"jul", 7},       {"juillet", 7},   {"juil", 7},     {"august", 8},    {"aug", 8},       {"août", 8},
      {"aout", 8},      {"september", 9}, {"sep", 9},      {"sept", 9},      {"septembre", 9}, {"october", 10},
      {"oct", 10},      {"octobre", 10},  {"november", 11}, {"nov", 11},     {"novembre", 11}, {"december", 12},
      {"dec", 12},      {"décembre", 12}, {"decembre", 12}, {"déc", 12},
  };
  for (const M& m : kMonths) {
    if (w == m.name) return m.month;
  }
  return 0;
}

bool IsWeekday(const std::string& w) {
  static const char* const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday",
                                      "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
                                      "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mer",
                                      "jeu", "ven", "sam", "dim"};
  for (const char* d : kDays) {
    if (w == d) return true;
  }
  return false;
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

// A date at the precision given: m == 0 for a year alone, d == 0 for a year and month.
bool ValidDate(int y, int m, int d) {
  if (y < 1000 || y > 2999) return false;
  if (m == 0) return d == 0;
  if (m < 1 || m > 12) return false;
  return d == 0 || (d >= 1 && d <= DaysInMonth(y, m));
}

// A date whose day and month were both written: neither may be 0.
bool ValidFullDate(int y, int m, int d) { return m >= 1 && d >= 1 && ValidDate(y, m, d); }

std::string Format(int y, int m, int d) {
  char buf[16];
  if (m == 0) {
    std::snprintf(buf, sizeof buf, "%04d", y);
  } else if (d == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

// Optional time after a full date: [T or space]HH:MM[:SS[.frac]][Z|±HH[:]MM|GMT|UTC|UT].
// Appends "THH:MM[:SS[.frac]][zone]" to *iso on success; leaves the lexer where it started
// otherwise.
void ParseTime(Lexer* lx, std::string* iso) {
  size_t start = lx->pos();
  bool t = lx->Eat('T');
  if (!t) lx->SkipSpaces();
  int hh, mm, ss = -1;
  if (!lx->Digits(1, 2, &hh) || !lx->Eat(':') || !lx->Digits(2, 2, &mm) || hh > 24 || mm > 59) {
    lx->set_pos(start);
    return;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hh, mm);
  std::string out = buf;
  size_t before_sec = lx->pos();
  if (lx->Eat(':')) {
    if (lx->Digits(2, 2, &ss) && ss <= 60) {
      std::snprintf(buf, sizeof buf, ":%02d", ss);
      out += buf;
      size_t before_frac = lx->pos();
      if (lx->Eat('.') || lx->Eat(',')) {
        int frac, count;
        size_t frac_start = lx->pos();
        if (lx->Digits(1, 9, &frac, &count)) {
          out += '.';
          out += std::string(lx->rest().data() - count, static_cast<size_t>(count));
        } else {
          lx->set_pos(before_frac);
        }
        (void)frac_start;
      }
    } else {
      lx->set_pos(before_sec);
    }
  }
  // Zone.
  size_t before_zone = lx->pos();
  lx->SkipSpaces();
  if (lx->Eat('Z')) {
    out += 'Z';
  } else if (lx->peek() == '+' || lx->peek() == '-') {
    char sign = lx->peek();
    lx->Eat(sign);
    int zh, zm = 0;
    int count;
    if (lx->Digits(2, 4, &zh, &count)) {
      if (count == 4) {
        zm = zh % 100;
        zh /= 100;
      } else if (lx->Eat(':')) {
        if (!lx->Digits(2, 2, &zm)) zm = 0;
      }
      if (zh <= 14 && zm <= 59) {
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, zh, zm);
        out += buf;
      }
    } else {
      lx->set_pos(before_zone);
    }
  } else {
    size_t p = lx->pos();
    std::string w = lx->Word();
    if (w == "gmt" || w == "utc" || w == "ut") {
      out += 'Z';
    } else {
      lx->set_pos(w.empty() ? before_zone : p);
      if (!w.empty()) lx->set_pos(before_zone);
    }
  }
  *iso += out;
}

std::optional<ParsedDate> Finish(Lexer* lx, std::string iso, bool full_date) {
  if (full_date) ParseTime(lx, &iso);
  lx->SkipSpaces();
  ParsedDate out;
  out.iso = std::move(iso);
  out.trailing_ignored = !lx->done();
  return out;
}

}  // namespace

std::optional<ParsedDate> ParseDate(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  if (text.empty() || text.size() > 200) return std::nullopt;
  Lexer lx(text);

  // Leading weekday: "Thu, 26 Sep 2024", "jeudi 26 septembre 2024".
  {
    size_t p = lx.pos();
    std::string w = lx.Word();
    if (!w.empty() && IsWeekday(w)) {
      lx.Eat('.');
      lx.Eat(',');
      lx.SkipSpaces();
    } else {
      lx.set_pos(p);
    }
  }

  int a, count;
  size_t p0 = lx.pos();
  if (lx.Digits(1, 4, &a, &count)) {
    if (count == 4 && lx.peek() >= '0' && lx.peek() <= '9') {
      // YYYYMMDD, nothing else: five digits are no year.
      int m, d;
      if (!lx.Digits(2, 2, &m) || !lx.Digits(2, 2, &d) || (lx.peek() >= '0' && lx.peek() <= '9') ||
          !ValidFullDate(a, m, d)) {
        return std::nullopt;
      }
      return Finish(&lx, Format(a, m, d), true);
    }
    if (count == 4) {
      // YYYY, YYYY-MM, YYYY-MM-DD (also / and .)
      int y = a, m = 0, d = 0;
      char sep = lx.peek();
      if (sep == '-' || sep == '/' || sep == '.') {
        size_t p1 = lx.pos();
        lx.Eat(sep);
        if (lx.Digits(1, 2, &m)) {
          if (m == 0) return std::nullopt;
          if (lx.Eat(sep) && (!lx.Digits(1, 2, &d) || d == 0)) return std::nullopt;
        } else {
          lx.set_pos(p1);
          m = 0;
        }
      }
      if (!ValidDate(y, m, d)) return std::nullopt;
      return Finish(&lx, Format(y, m, d), d != 0);
    }
    // D/M/Y, D-M-Y, D.M.Y, D-MON-YYYY, D MONTH YYYY
    int d = a;
    char sep = lx.peek();
    if (sep == '/' || sep == '.' || sep == '-') {
      lx.Eat(sep);
      int m;
      size_t p1 = lx.pos();
      if (lx.Digits(1, 2, &m)) {
        int y;
        if (!lx.Eat(sep) || !lx.Digits(4, 4, &y)) return std::nullopt;
        if (!ValidFullDate(y, m, d)) return std::nullopt;
        return Finish(&lx, Format(y, m, d), true);
      }
      lx.set_pos(p1);
      std::string w = lx.Word();
      int m2 = MonthFromName(w);
      int y;
      lx.Eat('.');
      if (m2 == 0 || !lx.Eat(sep) || !lx.Digits(4, 4, &y) || !ValidFullDate(y, m2, d)) return std::nullopt;
      return Finish(&lx, Format(y, m2, d), true);
    }
    lx.SkipSpaces();
    lx.Eat('.');  // "1er" is not handled; "26. September"
    lx.SkipSpaces();
    std::string w = lx.Word();
    if (w == "er") {  // "1er septembre"
      lx.SkipSpaces();
      w = lx.Word();
    }
    int m = MonthFromName(w);
    if (m == 0) return std::nullopt;
    lx.Eat('.');
    lx.SkipSpaces();
    int y;
    if (!lx.Digits(4, 4, &y) || !ValidFullDate(y, m, d)) return std::nullopt;
    return Finish(&lx, Format(y, m, d), true);
  }
  lx.set_pos(p0);
  // MONTH D, YYYY / MONTH YYYY
  std::string w = lx.Word();
  int m = MonthFromName(w);
  if (m == 0) return std::nullopt;
  lx.Eat('.');
  lx.SkipSpaces();
  int n1;
  if (!lx.Digits(1, 4, &n1, &count)) return std::nullopt;
  if (count == 4) {
    if (!ValidDate(n1, m, 0)) return std::nullopt;
    return Finish(&lx, Format(n1, m, 0), false);
  }
  lx.Eat(',');
  lx.SkipSpaces();
  int y;
  if (!lx.Digits(4, 4, &y) || !ValidFullDate(y, m, n1)) return std::nullopt;
  return Finish(&lx, Format(y, m, n1), true);
}

}  // namespace vigie
