#include "store/facets.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

#include "common/strings.h"

namespace vigie {
namespace {

// The year and month of an ISO date prefix ("2015", "2015-03", "2015-03-02T..."); month 0 when
// only the year is given. False when it does not open with four digits.
bool ParseYearMonth(std::string_view date, int* year, int* month) {
  if (date.size() < 4) return false;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return false;
    y = y * 10 + (date[i] - '0');
  }
  *year = y;
  *month = 0;
  if (date.size() >= 7 && date[4] == '-' && date[5] >= '0' && date[5] <= '1' && date[6] >= '0' && date[6] <= '9') {
    int m = (date[5] - '0') * 10 + (date[6] - '0');
    if (m >= 1 && m <= 12) *month = m;
  }
  return true;
}

// A facet word: key=value, a space in the value made '_' (one word each).
std::string FacetWord(std::string_view key, std::string_view value) {
  std::string word(key);
  word += '=';
  for (char c : value) word += c == ' ' ? '_' : c;
  return word;
}

// One facet word as an FTS5 phrase of the facets column.
void AppendPhrase(std::string_view word, std::string* out) {
  *out += "facets : \"";
  *out += kFacetMark;
  *out += ' ';
  for (char c : word) {
    if (c == '"') *out += '"';  // FTS5 strings double their quotes
    *out += c;
  }
  *out += '"';
}

void AppendAnd(std::string_view clause, std::string* out) {
  if (clause.empty()) return;
  if (!out->empty()) *out += " AND ";
  *out += clause;
}

std::string YearMonth(int year, int month) {
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  }
  return buf;
}

// Most words an OR of dates may hold before the date filter is left to the row check alone.
constexpr int kMaxMonths = 24;
constexpr int kMaxYears = 30;

// The phrases of a date range, ORed: month= words when a bound names a month and the range
// spans kMaxMonths at most (with month=YYYY for the documents dated by their year alone),
// else year= words; empty when the range is too wide, unreadable or empty.
std::string DateClause(std::string_view from, std::string_view to, int first_year, int last_year, bool* exact) {
  int y1 = first_year, m1 = 0, y2 = last_year, m2 = 0;
  *exact = true;
  if (!from.empty()) {
    if (!ParseYearMonth(from, &y1, &m1)) return {};
    if (from.size() != 4) *exact = false;
  }
  if (!to.empty()) {
    if (!ParseYearMonth(to, &y2, &m2)) return {};
    if (to.size() != 4) *exact = false;
  }
  if (y1 <= 0 || y2 <= 0 || y1 > y2) return {};
  std::vector<std::string> words;
  if (m1 != 0 || m2 != 0) {
    const int first = y1 * 12 + (m1 == 0 ? 0 : m1 - 1), last = y2 * 12 + (m2 == 0 ? 11 : m2 - 1);
    if (last < first || last - first + 1 > kMaxMonths) return {};
    for (int y = y1; y <= y2; ++y) words.push_back(FacetWord("month", YearMonth(y, 0)));
    for (int k = first; k <= last; ++k) words.push_back(FacetWord("month", YearMonth(k / 12, k % 12 + 1)));
  } else {
    if (y2 - y1 + 1 > kMaxYears) return {};
    for (int y = y1; y <= y2; ++y) words.push_back(FacetWord("year", YearMonth(y, 0)));
  }
  std::string clause = words.size() > 1 ? "(" : "";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) clause += " OR ";
    AppendPhrase(words[i], &clause);
  }
  if (words.size() > 1) clause += ")";
  return clause;
}

void FacetsFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto text = [&](int i) -> std::string_view {
    const unsigned char* t = i < argc ? sqlite3_value_text(argv[i]) : nullptr;
    return t == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(t));
  };
  std::string facets = FacetText(text(0), text(1), SplitToStrings(text(2), ' '), SplitToStrings(text(3), ' '));
  sqlite3_result_text(ctx, facets.data(), static_cast<int>(facets.size()), SQLITE_TRANSIENT);
}

}  // namespace

std::string FacetText(std::string_view lang, std::string_view published, const std::vector<std::string>& countries,
                      const std::vector<std::string>& categories) {
  std::string out(kFacetMark);
  auto add = [&](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += ' ';
    out += FacetWord(key, value);
  };
  add("lang", lang);
  int year = 0, month = 0;
  if (ParseYearMonth(published, &year, &month)) {
    add("year", YearMonth(year, 0));
    add("month", YearMonth(year, month));
  }
  for (const std::string& c : countries) add("country", c);
  for (const std::string& c : categories) add("category", c);
  return out;
}

bool IsFacetText(std::string_view text) {
  if (!text.starts_with(kFacetMark)) return false;
  static constexpr std::string_view kKeys[] = {"lang=", "year=", "month=", "country=", "category="};
  size_t i = kFacetMark.size();
  while (i < text.size()) {
    size_t end = std::min(text.find(' ', i), text.size());
    std::string_view word = text.substr(i, end - i);
    if (!word.empty()) {
      bool known = false;
      for (std::string_view key : kKeys) known = known || (word.starts_with(key) && word.size() > key.size());
      if (!known) return false;
    }
    i = end + 1;
  }
  return true;
}

Status RegisterFacetFunction(sqlite3* db) {
  int rc = sqlite3_create_function(db, "vigie_facets", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, FacetsFunction,
                                   nullptr, nullptr);
  if (rc != SQLITE_OK) return Status::Internal(std::string("cannot register vigie_facets: ") + sqlite3_errstr(rc));
  return Status::Ok();
}

FacetFilter MakeFacetFilter(std::string_view lang, std::string_view country, std::string_view category,
                            std::string_view from, std::string_view to, int first_year, int last_year) {
  FacetFilter f;
  auto one = [&](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    std::string phrase;
    AppendPhrase(FacetWord(key, value), &phrase);
    AppendAnd(phrase, &f.expression);
  };
  one("lang", lang);
  one("country", country);
  one("category", category);
  if (!from.empty() || !to.empty()) {
    bool exact = false;
    std::string dates = DateClause(from, to, first_year, last_year, &exact);
    AppendAnd(dates, &f.expression);
    f.check_dates = dates.empty() || !exact;
  }
  return f;
}

}  // namespace vigie
