// ParseDate: the publication dates found in metadata, normalised to ISO 8601 at the precision
// given.
#include "read/date.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace vigie {
namespace {

struct DateCase {
  const char* input;
  const char* iso;
};

std::ostream& operator<<(std::ostream& os, const DateCase& c) { return os << '"' << c.input << '"'; }

class ParseDateValid : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParseDateValid, NormalisesToIso) {
  const DateCase& c = GetParam();
  std::optional<ParsedDate> d = ParseDate(c.input);
  ASSERT_TRUE(d.has_value()) << c.input;
  EXPECT_EQ(d->iso, c.iso);
  EXPECT_FALSE(d->trailing_ignored) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseDateValid,
    ::testing::Values(
        // ISO 8601 at every precision.
        DateCase{"2024", "2024"}, DateCase{"2024-09", "2024-09"}, DateCase{"2024-9", "2024-09"},
        DateCase{"2024-09-26", "2024-09-26"}, DateCase{"2024/09/26", "2024-09-26"},
        DateCase{"2024-09-26T10:00:00Z", "2024-09-26T10:00:00Z"},
        DateCase{"2024-09-26T10:00:00+01:00", "2024-09-26T10:00:00+01:00"},
        DateCase{"2024-09-26T10:00:00-05:30", "2024-09-26T10:00:00-05:30"},
        DateCase{"2024-09-26T10:00Z", "2024-09-26T10:00Z"},
        DateCase{"2024-09-26T10:00:00.125Z", "2024-09-26T10:00:00.125Z"},
        // SQL-style timestamp: a space instead of T, no zone.
        DateCase{"2015-07-21 02:51:32", "2015-07-21T02:51:32"},
        // Numeric dates are read day first.
        DateCase{"26/09/2024", "2024-09-26"}, DateCase{"26.09.2024", "2024-09-26"},
        DateCase{"26-09-2024", "2024-09-26"}, DateCase{"1/2/2024", "2024-02-01"},
        // Reuters-21578 style, with hundredths of a second.
        DateCase{"11-MAR-1987 00:08:58.81", "1987-03-11T00:08:58.81"},
        // RFC 2822 (RSS pubDate).
        DateCase{"Thu, 26 Sep 2024 10:00:00 GMT", "2024-09-26T10:00:00Z"},
        DateCase{"Thu, 26 Sep 2024 10:00:00 +0200", "2024-09-26T10:00:00+02:00"},
        DateCase{"Thu, 26 Sep 2024 10:00:00 -0500", "2024-09-26T10:00:00-05:00"},
        DateCase{"Thu, 26 Sep 2024 10:00:00 UTC", "2024-09-26T10:00:00Z"},
        // Written out, English and French.
        DateCase{"September 26, 2024", "2024-09-26"}, DateCase{"Sep 26, 2024", "2024-09-26"},
        DateCase{"26 September 2024", "2024-09-26"}, DateCase{"26 septembre 2024", "2024-09-26"},
        DateCase{"jeudi 26 septembre 2024", "2024-09-26"}, DateCase{"1er septembre 2024", "2024-09-01"},
        DateCase{"14 février 2025", "2025-02-14"}, DateCase{"15 août 2024", "2024-08-15"},
        DateCase{"3 décembre 2024", "2024-12-03"}, DateCase{"Sept. 2024", "2024-09"},
        DateCase{"March 2025", "2025-03"}, DateCase{"mars 2025", "2025-03"},
        // Surrounding blanks are not trailing text.
        DateCase{"  2024-09-26  ", "2024-09-26"}, DateCase{"2024-09-26\r", "2024-09-26"}));

TEST(ParseDate, TrailingJunkAfterACompleteDateIsIgnoredAndFlagged) {
  // A Reuters-21578 <DATE> with SGML character references after the time.
  std::optional<ParsedDate> d = ParseDate("27-MAR-1987 00:03:35.68&#5;&#5;F");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso, "1987-03-27T00:03:35.68");
  EXPECT_TRUE(d->trailing_ignored);

  d = ParseDate("Thu, 26 Sep 2024 10:00:00 GMT (estimated)");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso, "2024-09-26T10:00:00Z");
  EXPECT_TRUE(d->trailing_ignored);

  d = ParseDate("2024-09-26 morning");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso, "2024-09-26");
  EXPECT_TRUE(d->trailing_ignored);
}

class ParseDateInvalid : public ::testing::TestWithParam<const char*> {};

TEST_P(ParseDateInvalid, GivesNothing) {
  std::optional<ParsedDate> d = ParseDate(GetParam());
  EXPECT_FALSE(d.has_value()) << GetParam() << " -> " << (d ? d->iso : "");
}

INSTANTIATE_TEST_SUITE_P(Table, ParseDateInvalid,
                         ::testing::Values("", "   ", "hello", "2024-13", "2024-00-10", "2024-02-30", "2024-04-31",
                                           "31/02/2024", "32/01/2024", "26/13/2024", "99999",
                                           "Thu,", "septembre", "26 septembre", "Foo 26, 2024", "26-XYZ-1987",
                                           "2024-09-", "26/09/24"));

TEST(ParseDate, LeapYears) {
  struct {
    const char* input;
    bool ok;
  } cases[] = {
      {"2024-02-29", true},  {"2023-02-29", false}, {"2000-02-29", true},  {"1900-02-29", false},
      {"29/02/2024", true},  {"29/02/2023", false}, {"29 février 2024", true}, {"February 29, 2023", false},
      {"2023-02-28", true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ParseDate(c.input).has_value(), c.ok) << c.input;
  }
  EXPECT_EQ(ParseDate("29/02/2024")->iso, "2024-02-29");
}

// Regression: a year alone ("2024", the precision of many seed headers) was rejected because
// the range check demanded a month from 1 to 12 even when none was given.
TEST(ParseDate, BugYearAloneWasRejected) {
  std::optional<ParsedDate> d = ParseDate("2024");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso, "2024");
  ASSERT_TRUE(ParseDate("1987").has_value());
  EXPECT_EQ(ParseDate("1987")->iso, "1987");
}

// Regression: an explicit day or month 0 ("2024-09-00", "00/09/2024") was taken for "no day"
// and gave a date at month precision instead of being rejected.
TEST(ParseDate, BugExplicitDayOrMonthZeroWasAccepted) {
  for (const char* s : {"2024-09-00", "00/09/2024", "0 septembre 2024", "September 0, 2024", "00-SEP-2024",
                        "2024-00", "2024-00-00", "01/00/2024"}) {
    std::optional<ParsedDate> d = ParseDate(s);
    EXPECT_FALSE(d.has_value()) << s << " -> " << (d ? d->iso : "");
  }
}

// Regression: five digits were read as a four-digit year with trailing text ("12345" ->
// "1234"); digits glued to a year make a compact YYYYMMDD date or nothing.
TEST(ParseDate, BugFiveDigitsWereReadAsAYear) {
  EXPECT_FALSE(ParseDate("12345").has_value());
  EXPECT_FALSE(ParseDate("2024092").has_value());
  EXPECT_FALSE(ParseDate("202409260").has_value());
  EXPECT_FALSE(ParseDate("20241301").has_value());
  std::optional<ParsedDate> d = ParseDate("20240926");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->iso, "2024-09-26");
  EXPECT_FALSE(d->trailing_ignored);
}

}  // namespace
}  // namespace vigie
