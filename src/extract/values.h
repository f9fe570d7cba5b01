// DATE and QUANTITY mentions.
//
// DATE: absolute dates written with a month name (26 septembre 2024, September 26, 2024,
// ٢٦ سبتمبر ٢٠٢٤, mars 2024) or in digits (26/09/2024, 2024-09-26), weekdays (jeudi, last
// Thursday, الخميس الماضي, mardi prochain) and relative days (hier, yesterday, أمس), each
// resolved against the publication date: a bare weekday is the latest such day on or before
// it, with a "last" marker the latest strictly before, with "next" the first after. A month
// with a marker and no day or year (mars dernier, last March, مارس الماضي, next May) is the
// month's last time before the publication month, or its next time after it. A value needs
// the publication date at day precision (month and year for dates that lack them; the month
// for a month with a marker); otherwise the mention has no value.
//
// QUANTITY: counts of people killed, injured, arrested, kidnapped or displaced, and of
// attackers: a number (digits, number words in fr/en/ar, approximate counts such as
// "une quarantaine", "dozens", "عشرات") next to a counted noun or a casualty trigger
// ("12 soldats", "douze morts", "killed 12 soldiers", "مقتل 12 جنديا"). The kind comes from
// the noun when it says it (morts, blessés), else from the nearest trigger in the sentence.
//
// Word lists are data: data/lexicon/dates.tsv, numbers.tsv, casualties.tsv.
#ifndef VIGIE_EXTRACT_VALUES_H_
#define VIGIE_EXTRACT_VALUES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analysis.h"
#include "common/status.h"
#include "lexicon/lexicon.h"
#include "lexicon/match_tokens.h"
#include "lexicon/matcher.h"

namespace vigie {

class ValueExtractor {
 public:
  static Result<std::unique_ptr<ValueExtractor>> Create(const std::string& data_dir);

  // Adds DATE and QUANTITY mentions to a->mentions (kept in text order), skipping tokens that
  // other mentions cover. `tokens` are the document's match tokens.
  void Extract(const std::vector<MatchToken>& tokens, Analysis* a);

  // Its matchers, for a MatchGroup (lexicon/matcher.h).
  std::vector<EntityMatcher*> matchers() { return {&matcher_}; }

 private:
  // What a word of words_ reads as, parsed once from its entity id ("month:9",
  // "cas:killed:noun") instead of for every match.
  struct Reading {
    uint8_t word = 0;        // a values.cc Word
    double value = 0;
    std::string kind;        // casualty kind
    uint8_t also = 0;        // as another match's `also`: Word kYearCue, kPeriod or kNone
    double also_value = 0;
    bool plural_too = false;  // an Arabic dual that is a plural too (pos dual_plural: شرطيين)
  };

  ValueExtractor(Lexicon words, EntityMatcher matcher);

  Lexicon words_;  // dates, numbers and casualty words as one phrase lexicon
  EntityMatcher matcher_;
  std::vector<Reading> readings_;  // by entity of words_
  std::vector<LexiconMatch> matches_;
};

// Days since 1970-01-01 of a civil date, and back; weekday 1 = Monday .. 7 = Sunday.
int64_t DaysFromCivil(int y, int m, int d);
void CivilFromDays(int64_t z, int* y, int* m, int* d);
int Weekday(int64_t days);
// The first and last day (since 1970-01-01) of the period an ISO date names at its precision:
// "2019" the year, "2014-04" the month, "2024-09-26..." the day. False when `iso` does not
// start with such a date.
bool IsoDateSpan(std::string_view iso, int64_t* first, int64_t* last);

}  // namespace vigie

#endif  // VIGIE_EXTRACT_VALUES_H_
