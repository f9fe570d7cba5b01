#include "extract/values.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "read/date.h"
#include "text/word_list.h"

namespace vigie {

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

bool IsoDateSpan(std::string_view iso, int64_t* first, int64_t* last) {
  auto number = [&](size_t at, size_t len) -> int {
    int v = 0;
    for (size_t i = at; i < at + len; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  if (iso.size() < 4) return false;
  const int y = number(0, 4);
  if (y < 0) return false;
  if (iso.size() < 7 || iso[4] != '-') {
    *first = DaysFromCivil(y, 1, 1);
    *last = DaysFromCivil(y + 1, 1, 1) - 1;
    return true;
  }
  const int m = number(5, 2);
  if (m < 1 || m > 12) return false;
  if (iso.size() < 10 || iso[7] != '-') {
    *first = DaysFromCivil(y, m, 1);
    *last = (m == 12 ? DaysFromCivil(y + 1, 1, 1) : DaysFromCivil(y, m + 1, 1)) - 1;
    return true;
  }
  const int d = number(8, 2);
  if (d < 1 || d > 31) return false;
  *first = *last = DaysFromCivil(y, m, d);
  return true;
}

int Weekday(int64_t days) {
  // 1970-01-01 was a Thursday (4).
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

namespace {

enum class Word : uint8_t {
  kNone, kMonth, kWeekday, kRelative, kPast, kNext, kPeriod, kYearCue, kYearDet, kYearRange,
  kUnit, kApprox, kAtLeast, kJoiner, kCasNoun, kCasVerb, kCasNominal
};

const std::string kNoKind;

struct WordInfo {
  Word word = Word::kNone;
  Word also = Word::kNone;  // a second reading of the same words (العام: a period and a year cue)
  double also_value = 0;
  double value = 0;
  const std::string* kind = &kNoKind;  // casualty kind, in the extractor's readings
  uint32_t end = 0;  // end match token of the phrase
  bool plural_too = false;  // an Arabic dual that is a plural too (شرطيين)
};

std::string IsoDate(int y, int m, int d) {
  char buf[48];
  if (d > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  } else if (m > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", y);
  }
  return buf;
}

std::string NumberText(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

struct Published {
  int y = 0, m = 0, d = 0;
};

Published ParsePublished(const std::string& iso) {
  Published p;
  if (iso.size() >= 4) p.y = std::atoi(iso.substr(0, 4).c_str());
  if (iso.size() >= 7) p.m = std::atoi(iso.substr(5, 2).c_str());
  if (iso.size() >= 10) p.d = std::atoi(iso.substr(8, 2).c_str());
  return p;
}

}  // namespace

ValueExtractor::ValueExtractor(Lexicon words, EntityMatcher matcher)
    : words_(std::move(words)), matcher_(std::move(matcher)) {
  for (const Entity& e : words_.entities()) {
    const std::string& id = e.id;
    Reading& r = readings_.emplace_back();
    Word word = Word::kNone;
    size_t colon = id.find(':');
    std::string head = id.substr(0, colon);
    std::string tail = id.substr(colon + 1);
    if (head == "month") word = Word::kMonth;
    else if (head == "weekday") word = Word::kWeekday;
    else if (head == "relative") word = Word::kRelative;
    else if (head == "past_marker") word = Word::kPast;
    else if (head == "next_marker") word = Word::kNext;
    else if (head == "period") word = Word::kPeriod;
    else if (head == "year_cue") word = Word::kYearCue;
    else if (head == "year_det") word = Word::kYearDet;
    else if (head == "year_range") word = Word::kYearRange;
    else if (head == "unit") word = Word::kUnit;
    else if (head == "approx") word = Word::kApprox;
    else if (head == "at_least") word = Word::kAtLeast;
    else if (head == "compound_joiner") word = Word::kJoiner;
    else if (head == "cas") {
      size_t c2 = tail.find(':');
      r.kind = tail.substr(0, c2);
      std::string pos = tail.substr(c2 + 1);
      // An Arabic dual ("جنديين", "شرطيان") is a counted noun that holds its own count of two.
      // A dual that is a plural too ("شرطيين", pos dual_plural) counts two only where the plural
      // cannot stand (see Extract).
      const bool dual = pos == "dual" || pos == "dual_plural";
      word = pos == "noun" || dual ? Word::kCasNoun : pos == "verb" ? Word::kCasVerb : Word::kCasNominal;
      if (dual) r.value = 2;
      r.plural_too = pos == "dual_plural";
    }
    r.word = static_cast<uint8_t>(word);
    if (head != "cas") r.value = std::strtod(tail.c_str(), nullptr);
    // A second reading of the same words (العام: a period and a year cue).
    if (id.rfind("year_cue:", 0) == 0) {
      r.also = static_cast<uint8_t>(Word::kYearCue);
      r.also_value = std::strtod(id.c_str() + 9, nullptr);
    } else if (id.rfind("period:", 0) == 0) {
      r.also = static_cast<uint8_t>(Word::kPeriod);
      r.also_value = std::strtod(id.c_str() + 7, nullptr);
    }
  }
}

Result<std::unique_ptr<ValueExtractor>> ValueExtractor::Create(const std::string& data_dir) {
  Lexicon words;
  auto add = [&](const std::string& id, const std::string& alias, const std::string& lang) -> Status {
    if (words.Find(id) < 0) {
      Entity e;
      e.id = id;
      e.kind = "other";
      e.name = id;
      if (Result<uint32_t> r = words.AddEntity(std::move(e)); !r.ok()) return r.status();
    }
    return words.AddAlias(id, alias, lang == "xx" ? "all" : lang, 0);
  };
  struct File {
    const char* name;
    size_t fields;
  };
  for (const File& f : {File{"dates.tsv", 4}, File{"numbers.tsv", 4}, File{"casualties.tsv", 4}}) {
    std::string path = data_dir + "/lexicon/" + f.name;
    Result<std::vector<WordListEntry>> rows = LoadWordList(path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& r : *rows) {
      std::string where = path + ":" + std::to_string(r.line) + ": ";
      if (r.fields.size() < f.fields) return Status::InvalidInput(where + "expected " + std::to_string(f.fields) + " fields");
      std::string id;
      const std::string& lang = r.fields[0];
      const std::string& text = r.fields[1];
      if (std::string(f.name) == "dates.tsv") {
        // A type the extractor does not read would be dropped without a word: a load error.
        static const std::set<std::string> kTypes = {"month",  "weekday",  "relative", "past_marker",
                                                     "next_marker", "period", "year_cue", "year_det",
                                                     "year_range"};
        if (!kTypes.count(r.fields[2])) return Status::InvalidInput(where + "unknown date word type '" + r.fields[2] + "'");
        if (r.fields[2] == "year_det" && r.fields[3] != "0" && r.fields[3] != "1") {
          return Status::InvalidInput(where + "year_det takes 0 (year before its noun) or 1 (after it), not '" +
                                      r.fields[3] + "'");
        }
        if (r.fields[2] == "year_range" && r.fields[3] != "0" && r.fields[3] != "1") {
          return Status::InvalidInput(where + "year_range takes 0 (opens a range) or 1 (joins its years), not '" +
                                      r.fields[3] + "'");
        }
        id = r.fields[2] + ":" + r.fields[3];  // month:9, weekday:4, relative:-1, past_marker:-1
      } else if (std::string(f.name) == "numbers.tsv") {
        id = r.fields[3] + ":" + r.fields[2];  // unit:12, approx:40, at_least:-, compound_joiner:-
      } else {
        id = "cas:" + r.fields[2] + ":" + r.fields[3];  // cas:killed:noun
      }
      Status s = add(id, text, lang);
      if (!s.ok()) return Status::InvalidInput(where + s.message());
    }
  }
  EntityMatcher::Options options;
  Result<EntityMatcher> matcher = EntityMatcher::Build(words, options);
  if (!matcher.ok()) return matcher.status();
  return std::unique_ptr<ValueExtractor>(new ValueExtractor(std::move(words), std::move(matcher).value()));
}

void ValueExtractor::Extract(const std::vector<MatchToken>& tokens, Analysis* a) {
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (n == 0) return;
  const bool arabic = a->lang.code == "ar";
  // Tokens other mentions already cover; and numbers no mention covers (kFreeNumber), read
  // once here rather than through the token at every test of the loops below.
  constexpr uint8_t kCovered = 1, kFreeNumber = 2;
  std::vector<uint8_t> covered(n, 0);
  {
    size_t m = 0;
    for (uint32_t i = 0; i < n; ++i) {
      while (m < a->mentions.size() && a->mentions[m].span.end <= tokens[i].start) ++m;
      if (m < a->mentions.size() && a->mentions[m].span.start < tokens[i].end) {
        covered[i] = kCovered;
      } else if (a->tokens[tokens[i].token].kind == TokenKind::kNumber) {
        covered[i] = kFreeNumber;
      }
    }
  }
  matcher_.Match(*a, tokens, a->lang.code, &matches_);
  std::vector<WordInfo> info(n);
  for (const LexiconMatch& m : matches_) {
    const Reading& r = readings_[words_.aliases()[m.alias].entity];
    WordInfo& w = info[m.begin];
    w = WordInfo();
    w.end = m.end;
    w.word = static_cast<Word>(r.word);
    w.value = r.value;
    w.kind = &r.kind;
    w.plural_too = r.plural_too;
    for (uint32_t other : m.also) {
      const Reading& o = readings_[words_.aliases()[other].entity];
      if (static_cast<Word>(o.also) != Word::kNone) {
        w.also = static_cast<Word>(o.also);
        w.also_value = o.also_value;
      }
    }
  }
  // The two tests every pass below makes of most tokens: inlined, they cost a few instructions
  // (GCC kept `number` out of line, a call for each token of each pass).
  auto is = [&](uint32_t i, Word w) __attribute__((always_inline)) {
    return i < n && info[i].word == w && covered[i] != kCovered;
  };
  auto number = [&](uint32_t i, double* v) __attribute__((always_inline)) {
    if (i >= n || covered[i] != kFreeNumber) return false;
    *v = a->tokens[tokens[i].token].value;
    return true;
  };
  auto key = [&](uint32_t i) { return i < n ? tokens[i].Key(a->folded.text) : std::string_view(); };
  // The plural reading of a dual that is a plural too: with the article (ال, لل after a proclitic)
  // or after the partitive من.
  auto plural_reading = [&](uint32_t i) {
    const std::string_view k = key(i);
    const std::string_view al = "\xD8\xA7\xD9\x84" /* ال */, lil = "\xD9\x84\xD9\x84" /* لل */;
    bool definite = false;
    for (size_t p = 0; p + 4 <= k.size() && p <= 4 && !definite; p += 2) {
      definite = k.substr(p, 4) == al || k.substr(p, 4) == lil;
    }
    return definite || (i > 0 && key(i - 1) == "\xD9\x85\xD9\x86" /* من */);
  };
  const Published pub = ParsePublished(a->doc.published);
  std::vector<Mention> added;
  std::vector<uint8_t> used(n, 0);
  auto emit = [&](uint32_t b, uint32_t e, MentionType type, std::string value, std::string kind, const char* rule) {
    Mention m;
    m.span = {tokens[b].start, tokens[e - 1].end};
    m.type = type;
    m.value = std::move(value);
    m.detail = std::move(kind);
    m.rule = rule;
    added.push_back(std::move(m));
    for (uint32_t k = b; k < e; ++k) used[k] = 1;
  };

  // --- DATE ---
  for (uint32_t i = 0; i < n; ++i) {
    if (used[i] || covered[i] == kCovered) continue;
    double v1, v2, v3;
    // Digits: 26/09/2024, 26.09.2024, 2024-09-26.
    if (number(i, &v1) && i + 4 < n && number(i + 2, &v2) && number(i + 4, &v3)) {
      std::string_view s1 = key(i + 1), s3 = key(i + 3);
      if (s1 == s3 && (s1 == "/" || s1 == "-" || s1 == ".") && tokens[i + 1].start == tokens[i].end &&
          tokens[i + 4].start == tokens[i + 3].end) {
        // ParseDate reads ASCII digits: the folded form has them.
        std::string folded(a->folded.text.substr(tokens[i].fstart, tokens[i + 4].fend - tokens[i].fstart));
        std::optional<ParsedDate> d = ParseDate(folded);
        if (d && !d->trailing_ignored && d->iso.size() == 10) {
          emit(i, i + 5, MentionType::kDate, d->iso, "", "date-digits");
          i += 4;
          continue;
        }
      }
    }
    // "26.09.2024": the tokenizer reads "26.09" as one decimal number.
    if (number(i, &v1) && i + 2 < n && key(i + 1) == "." && number(i + 2, &v3) &&
        tokens[i + 1].start == tokens[i].end && tokens[i + 2].start == tokens[i + 1].end) {
      std::string folded(a->folded.text.substr(tokens[i].fstart, tokens[i + 2].fend - tokens[i].fstart));
      std::optional<ParsedDate> d = ParseDate(folded);
      if (d && !d->trailing_ignored && d->iso.size() == 10) {
        emit(i, i + 3, MentionType::kDate, d->iso, "", "date-digits");
        i += 2;
        continue;
      }
    }
    if (!is(i, Word::kMonth)) continue;
    int month = static_cast<int>(info[i].value);
    uint32_t me = info[i].end;  // after the month word(s)
    uint32_t b = i, e = me;
    int day = 0, year = 0;
    double v;
    // D MONTH [YYYY]
    if (i > 0 && number(i - 1, &v) && v >= 1 && v <= 31 && std::floor(v) == v && !used[i - 1]) {
      day = static_cast<int>(v);
      b = i - 1;
    } else if (i > 0 && covered[i - 1] != kCovered && a->tokens[tokens[i - 1].token].has(kTokHasDigit)) {
      // "1er septembre"
      int d = std::atoi(std::string(key(i - 1)).c_str());
      if (d >= 1 && d <= 31) {
        day = d;
        b = i - 1;
      }
    }
    // A day has at most two digits (four bytes in Arabic-Indic digits).
    if (day == 0 && number(me, &v) && v >= 1 && v <= 31 && std::floor(v) == v && tokens[me].end - tokens[me].start <= 4) {
      // MONTH D[, YYYY]
      day = static_cast<int>(v);
      e = me + 1;
      uint32_t y = e;
      if (key(y) == ",") ++y;
      if (number(y, &v) && v >= 1900 && v <= 2100) {
        year = static_cast<int>(v);
        e = y + 1;
      }
    } else if (number(me, &v) && v >= 1900 && v <= 2100 && std::floor(v) == v) {
      year = static_cast<int>(v);
      e = me + 1;
    }
    // A month with a marker and neither day nor year: "en mars dernier", "last March", "في مارس
    // الماضي" (the month's last time before the publication month), "mai prochain", "next May",
    // "مايو المقبل" (its next time after it). Not "March last year": the period is read below.
    int direction = 0;
    if (day == 0 && year == 0) {
      if ((is(me, Word::kPast) || is(me, Word::kNext)) && !is(info[me].end, Word::kPeriod)) {
        direction = is(me, Word::kPast) ? -1 : 1;
        e = info[me].end;
      } else if (i > 0 && (is(i - 1, Word::kPast) || is(i - 1, Word::kNext)) && !used[i - 1]) {
        direction = is(i - 1, Word::kPast) ? -1 : 1;
        b = i - 1;
      }
    }
    if (day == 0 && year == 0 && direction == 0) continue;  // a month name alone is too ambiguous (mars, May)
    // A weekday before the date belongs to it: "jeudi 26 septembre".
    if (b > 0 && is(b - 1, Word::kWeekday)) --b;
    else if (b > 1 && key(b - 1) == "," && is(b - 2, Word::kWeekday)) b -= 2;
    std::string value;
    int y = year != 0 ? year : pub.y;
    if (direction != 0) {
      if (pub.m != 0) {
        if (direction < 0 && month >= pub.m) --y;
        if (direction > 0 && month <= pub.m) ++y;
        value = IsoDate(y, month, 0);
      }
      emit(b, e, MentionType::kDate, value, "", "date-month-marker");
      i = e - 1;
      continue;
    }
    if (y != 0) {
      if (year == 0 && pub.m != 0 && month > pub.m + 1) --y;  // "12 décembre" read in January
      value = IsoDate(y, month, day);
    }
    emit(b, e, MentionType::kDate, value, "", "date-month");
    i = e - 1;
  }
  auto year = [&](uint32_t k, double* v) {
    return number(k, v) && *v >= 1900 && *v <= 2100 && std::floor(*v) == *v && !used[k];
  };
  auto counted = [&](uint32_t k) {
    if (k >= n) return false;
    const Word w = info[k].word;
    return w == Word::kCasNoun || w == Word::kCasNominal || w == Word::kUnit;
  };
  // The second year of a range after the year at y1: "1978 and 1991", "2015 to 2020", "2012 et
  // 2015". Not when a count follows it ("between 1900 and 2000 fighters").
  auto range_end = [&](uint32_t y1, double first) -> uint32_t {
    const uint32_t j = y1 + 1;
    if (!is(j, Word::kJoiner) && !(is(j, Word::kYearRange) && info[j].value == 1)) return 0;
    const uint32_t k = info[j].end;
    double v;
    // A name between ("2000 Kenyan troops"); not any word: "1991 they killed" is no "1991 killed".
    const bool noun_after = k + 2 < n && tokens[k + 1].capitalized && counted(k + 2);
    if (!year(k, &v) || v < first || counted(k + 1) || noun_after) return 0;
    return k;
  };
  auto emit_year = [&](uint32_t y, const char* rule) {
    emit(y, y + 1, MentionType::kDate, IsoDate(static_cast<int>(a->tokens[tokens[y].token].value), 0, 0), "", rule);
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (used[i] || covered[i] == kCovered) continue;
    double v;
    // A range of years after its opener: "between 1978 and 1991", "from 2015 to 2020", "entre
    // 2012 et 2015". Both years are dates; the opener alone announces none ("from 2000 villages").
    if (is(i, Word::kYearRange) && info[i].value == 0 && year(info[i].end, &v)) {
      if (uint32_t y2 = range_end(info[i].end, v); y2 != 0) {
        emit_year(info[i].end, "date-year-range");
        emit_year(y2, "date-year-range");
        i = y2;
        continue;
      }
    }
    // A bare year after a cue: "en 2024", "in 2024", "عام 2009" (the Arabic cue in the span).
    bool cue = is(i, Word::kYearCue) || (info[i].also == Word::kYearCue && covered[i] != kCovered);
    if (cue && year(info[i].end, &v)) {
      uint32_t y = info[i].end;
      double in_span = info[i].word == Word::kYearCue ? info[i].value : info[i].also_value;
      emit(in_span > 0 ? i : y, y + 1, MentionType::kDate, IsoDate(static_cast<int>(v), 0, 0), "", "date-year");
      i = y;
      if (uint32_t y2 = range_end(y, v); y2 != 0) {  // "in 2015 and 2016", "de 2012 à 2015"
        emit_year(y2, "date-year-range");
        i = y2;
      }
      continue;
    }
    // A year that qualifies a noun after a determiner: "the 2013 Westgate attack", "the 1983
    // coup", "its 2020 report". Not when a counted noun follows ("the 2000 soldiers", "the 2000
    // Kenyan troops"): that is a count.
    if (is(i, Word::kYearDet) && year(info[i].end, &v)) {
      const uint32_t y = info[i].end;
      if (uint32_t y2 = range_end(y, v); y2 != 0) {  // "de 2012 à 2015", "the 2015 and 2019 polls"
        emit_year(y, "date-year-range");
        emit_year(y2, "date-year-range");
        i = y2;
        continue;
      }
      auto word = [&](uint32_t k) {
        return k < n && a->tokens[tokens[k].token].kind == TokenKind::kWord && covered[k] != kFreeNumber;
      };
      // Value 0: the year stands before its noun (English), so a word must follow; value 1: it
      // follows its noun ("l'attentat de 2015", "le coup d'État de 1983,"), anything but a count.
      const bool before_noun = info[i].value == 0;
      const bool next_ok = before_noun ? word(y + 1) : !(y + 1 < n && covered[y + 1] == kFreeNumber);
      // Glued to the year, only a closing mark ("de 1983,"): not "2000-strong", "2023/2024".
      const bool apart = y + 1 >= n || tokens[y + 1].start > tokens[y].end ||
                         (a->tokens[tokens[y + 1].token].kind == TokenKind::kPunct && key(y + 1) != "-" &&
                          key(y + 1) != "/");
      if (next_ok && apart && !counted(y + 1) && !counted(y + 2)) {
        emit(y, y + 1, MentionType::kDate, IsoDate(static_cast<int>(v), 0, 0), "", "date-year-modifier");
        i = y;
        continue;
      }
    }
    // A period with a marker: "l'an dernier", "last year", "le mois prochain", "العام الماضي".
    if (is(i, Word::kPeriod) || (is(i, Word::kPast) && is(info[i].end, Word::kPeriod)) ||
        (is(i, Word::kNext) && is(info[i].end, Word::kPeriod))) {
      uint32_t b = i, p = i;
      int direction = 0;
      if (!is(i, Word::kPeriod)) {
        direction = is(i, Word::kPast) ? -1 : 1;
        p = info[i].end;
      }
      uint32_t e = info[p].end;
      if (direction == 0) {
        if (is(e, Word::kPast)) direction = -1;
        else if (is(e, Word::kNext)) direction = 1;
        if (direction != 0) e = info[e].end;
      }
      if (direction != 0) {
        int period = static_cast<int>(info[p].value);
        std::string value;
        if (period == 1 && pub.y != 0) {
          value = IsoDate(pub.y + direction, 0, 0);
        } else if (period == 2 && pub.m != 0) {
          int y = pub.y, m = pub.m + direction;
          if (m == 0) {
            m = 12;
            --y;
          } else if (m == 13) {
            m = 1;
            ++y;
          }
          value = IsoDate(y, m, 0);
        }
        emit(b, e, MentionType::kDate, value, "", "date-period");
        i = e - 1;
        continue;
      }
    }
    if (is(i, Word::kRelative)) {
      std::string value;
      if (pub.d != 0) {
        int y, m, d;
        CivilFromDays(DaysFromCivil(pub.y, pub.m, pub.d) + static_cast<int64_t>(info[i].value), &y, &m, &d);
        value = IsoDate(y, m, d);
      }
      emit(i, info[i].end, MentionType::kDate, value, "", "date-relative");
      i = info[i].end - 1;
      continue;
    }
    if (!is(i, Word::kWeekday)) continue;
    int wd = static_cast<int>(info[i].value);
    uint32_t b = i, e = info[i].end;
    int direction = 0;  // 0 on or before, -1 strictly before, +1 after
    if (is(e, Word::kPast)) {
      direction = -1;
      e = info[e].end;
    } else if (is(e, Word::kNext)) {
      direction = 1;
      e = info[e].end;
    } else if (i > 0 && is(i - 1, Word::kPast)) {
      direction = -1;
      b = i - 1;
    } else if (i > 0 && is(i - 1, Word::kNext)) {
      direction = 1;
      b = i - 1;
    }
    std::string value;
    if (pub.d != 0) {
      int64_t today = DaysFromCivil(pub.y, pub.m, pub.d);
      int64_t day = today;
      if (direction == 1) {
        do ++day;
        while (Weekday(day) != wd);
      } else {
        if (direction == -1) --day;
        while (Weekday(day) != wd) --day;
      }
      int y, m, d;
      CivilFromDays(day, &y, &m, &d);
      value = IsoDate(y, m, d);
    }
    emit(b, e, MentionType::kDate, value, "", "date-weekday");
    i = e - 1;
  }

  // --- QUANTITY ---
  // Sentence of each match token, for the trigger search.
  std::vector<uint32_t> sentence(n, 0);
  {
    uint32_t s_i = 0;
    for (uint32_t k = 0; k < n; ++k) {
      while (s_i < a->sentences.size() && a->sentences[s_i].end_token <= tokens[k].token) ++s_i;
      sentence[k] = s_i;
    }
  }
  auto casualty_kind_near = [&](uint32_t b, uint32_t e) -> std::string {
    // The nearest casualty word (verb, nominal, or a noun that says the kind: "killed" is
    // both) within six tokens, in the count's own sentence.
    std::string best;
    uint32_t best_dist = 7;
    for (uint32_t k = (b > 6 ? b - 6 : 0); k < n && k < e + 6; ++k) {
      if (k >= b && k < e) continue;
      if (sentence[k] != sentence[b]) continue;
      if (info[k].word != Word::kCasVerb && info[k].word != Word::kCasNominal && info[k].word != Word::kCasNoun) continue;
      if (*info[k].kind == "people" || *info[k].kind == "attackers" || *info[k].kind == "households") continue;
      // An Arabic nominal after the count opens the next count ("مقتل آمر الفوج وجنديين وإصابة أربعة
      // آخرين": the two soldiers are killed, the four injured; q16-ar).
      if (arabic && k >= e &&
          (info[k].word == Word::kCasNominal ||
           (info[k].word == Word::kCasNoun && key(k).starts_with("\xD9\x88" /* و */)))) {
        continue;
      }
      // A kind word after "for" names whom a place is for ("a camp for displaced people", "un
      // camp pour déplacés", "camps for the displaced"), not what happened to the people counted.
      if (*info[k].kind == "displaced" && k > 0 &&
          (key(k - 1) == "for" || key(k - 1) == "pour" || (k > 1 && key(k - 1) == "the" && key(k - 2) == "for")))
        continue;
      std::string kind = *info[k].kind;
      // People who "have left" (ont quitté) a named place or their homes fled; those who left the
      // army, a party or a job did not: `left` is a departure, displaced only before a capitalised
      // name ("have left Marte") or a possessive ("have left their villages").
      if (kind == "left") {
        const uint32_t after = info[k].end;
        const std::string_view next = key(after);
        const bool named = after < n && a->tokens[tokens[after].token].has(kTokCapitalized);
        if (!named && next != "their" && next != "leurs" && next != "his" && next != "her" && next != "son" &&
            next != "sa" && next != "ses")
          continue;
        kind = "displaced";
      }
      uint32_t dist = k < b ? b - k : k - e + 1;
      if (dist < best_dist) {
        best_dist = dist;
        best = kind;
      }
    }
    return best;
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (used[i] || covered[i] == kCovered) continue;
    // A number expression starting at i.
    double value = 0;
    uint32_t e = i;
    double v;
    if (number(i, &v)) {
      value = v;
      e = i + 1;
      // "3,5 millions", "12 ألف", "1,5 million de déplacés"
      if (is(e, Word::kUnit) && info[e].value >= 1000) {
        const double unit = info[e].value;
        value *= unit;
        e = info[e].end;
        // The rest after the joiner: "12 ألفا و 450 شخصا", and "12 ألفا و450 شخصا" where the
        // tokenizer keeps the joined و with the digits (12,450).
        double rest = 0;
        const std::string_view joined = key(e);
        const std::string_view waw = "\xD9\x88";
        if (is(e, Word::kJoiner) && number(info[e].end, &rest) && rest < unit) {
          value += rest;
          e = info[e].end + 1;
        } else if (joined.size() > waw.size() && joined.size() <= waw.size() + 3 && joined.substr(0, waw.size()) == waw &&
                   std::all_of(joined.begin() + waw.size(), joined.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          rest = std::stod(std::string(joined.substr(waw.size())));
          if (rest < unit) {
            value += rest;
            ++e;
          }
        }
        std::string_view k = key(e);
        if ((k == "de" || k == "d'" || k == "of") && (is(e + 1, Word::kCasNoun) || is(e + 1, Word::kCasVerb))) ++e;
      }
    } else if (is(i, Word::kApprox)) {
      value = info[i].value;
      e = info[i].end;
      std::string_view k = key(e);
      if (k == "de" || k == "d'" || k == "of" || k == "من") ++e;
    } else if (is(i, Word::kUnit)) {
      double total = 0, current = 0;
      uint32_t k = i;
      while (k < n) {
        if (is(k, Word::kUnit)) {
          double u = info[k].value;
          if (u == 100) {
            current = std::max(current, 1.0) * 100;
          } else if (u >= 1000) {
            total += std::max(current, 1.0) * u;
            current = 0;
          } else if (u == 20 && std::fmod(current, 100) == 4) {
            current += 76;  // quatre-vingt
          } else {
            current += u;
          }
          k = info[k].end;
        } else if (is(k, Word::kJoiner) && is(k + 1, Word::kUnit)) {
          k = info[k].end;
        } else {
          break;
        }
      }
      value = total + current;
      e = k;
      if (total > 0) {
        std::string_view kk = key(e);
        if ((kk == "de" || kk == "d'" || kk == "of") && (is(e + 1, Word::kCasNoun) || is(e + 1, Word::kCasVerb))) ++e;
      }
      // "un", "une", "one", "واحد" alone are articles and pronouns far more often than counts.
      if (e == i + 1 && value <= 1) continue;
    } else if (arabic && is(i, Word::kCasNoun) && info[i].value == 2 && !(info[i].plural_too && plural_reading(i))) {
      // An Arabic dual with no number before it counts two ("مقتل جنديين", "إصابة شرطيين", "قتل
      // جنديان"): the noun is the whole count (q16-ar). A dual that is a plural too (شرطيين) is the
      // plural when it has the article or follows من ("عدد من الشرطيين", "قتلوا الشرطيين المناوبين").
      value = 2;
      e = i;
    } else {
      continue;
    }
    if (e > n || value <= 0) continue;
    // Arabic partitive: "قتلت 21 من المهاجمين", "ثلاثة من الجنود" count the noun after من.
    if (a->lang.code == "ar" && e + 1 < n && key(e) == "\xD9\x85\xD9\x86" /* من */ && is(e + 1, Word::kCasNoun)) {
      ++e;
    }
    std::string kind;
    uint32_t end = e;
    bool counted = false;
    bool households = false;  // "700 families", "20 households": a count only with what happened to them
    if (is(e, Word::kCasNoun) || is(e, Word::kCasVerb)) {
      counted = true;
      end = info[e].end;
      const std::string& k = *info[e].kind;
      households = k == "households";
      if (k != "people" && k != "attackers" && !households) kind = k;
    } else if (i > 0 && is(i - 1, Word::kCasNominal)) {
      counted = true;
      kind = *info[i - 1].kind;
    }
    if (!counted) {
      i = e - 1;
      continue;
    }
    // A count "among them" ("مقتل ثمانية أشخاص، بينهم خمسة أطفال، وإصابة ثلاثة", "dont cinq enfants",
    // "including five children") is part of the count before it: the kind of the casualty word
    // before it, not of the one that follows.
    if (kind.empty() && i > 0) {
      const std::string_view before = key(i - 1);
      if (before == "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD9\x85" /* بينهم */ ||
          before == "\xD9\x85\xD9\x86\xD9\x87\xD9\x85" /* منهم */ ||
          before == "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x87\xD9\x86" /* بينهن */ ||
          before == "\xD9\x85\xD9\x86\xD9\x87\xD9\x86" /* منهن */ || before == "dont" || before == "including" ||
          before == "among") {
        for (uint32_t k = i - 1; k > 0 && k + 10 > i && sentence[k - 1] == sentence[i]; --k) {
          const uint32_t w = k - 1;
          if (info[w].word != Word::kCasVerb && info[w].word != Word::kCasNominal && info[w].word != Word::kCasNoun) continue;
          if (*info[w].kind == "people" || *info[w].kind == "attackers" || *info[w].kind == "households") continue;
          kind = *info[w].kind;
          break;
        }
      }
    }
    if (kind.empty()) kind = casualty_kind_near(i, end);
    // Fighters who fled ("dozens of rebels fled", "دفع عشرات المتمردين إلى الفرار") withdrew: no
    // count of the displaced.
    if (kind == "displaced" && is(e, Word::kCasNoun) && *info[e].kind == "attackers") kind.clear();
    if (kind.empty() && households) {  // families paying bills, households without power: no count of victims
      i = end - 1;
      continue;
    }
    // Arabic "600 إصابة مؤكدة", "120 إصابة جديدة بالكوليرا": cases of a disease, no wounded.
    if (kind == "injured" && end < n) {
      std::string_view next = key(end);
      const std::string_view ba = "\xD8\xA8" /* ب */;
      if (next.starts_with(ba)) next.remove_prefix(ba.size());
      const std::string_view al = "\xD8\xA7\xD9\x84" /* ال */;
      if (next.starts_with(al)) next.remove_prefix(al.size());
      for (std::string_view w : {"\xD9\x85\xD8\xA4\xD9\x83\xD8\xAF\xD9\x87" /* مؤكدة */,
                                 "\xD9\x85\xD9\x88\xD9\x83\xD8\xAF\xD9\x87" /* مؤكدة, hamza folded */,
                                 "\xD8\xAC\xD8\xAF\xD9\x8A\xD8\xAF\xD9\x87" /* جديدة */,
                                 "\xD9\x81\xD9\x8A\xD8\xB1\xD9\x88\xD8\xB3" /* فيروس */,
                                 "\xD9\x83\xD9\x88\xD8\xB1\xD9\x88\xD9\x86\xD8\xA7" /* كورونا */,
                                 "\xD9\x83\xD9\x88\xD9\x84\xD9\x8A\xD8\xB1\xD8\xA7" /* كوليرا */,
                                 "\xD8\xAD\xD8\xB5\xD8\xA8\xD9\x87" /* حصبة */,
                                 "\xD9\x85\xD9\x84\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xA7" /* ملاريا */,
                                 "\xD8\xAD\xD9\x85\xD9\x8A" /* حمى */,
                                 "\xD9\x85\xD8\xB1\xD8\xB6" /* مرض */,
                                 "\xD9\x88\xD8\xA8\xD8\xA7\xD8\xA1" /* وباء */,
                                 "\xD8\xAF\xD8\xA7\xD8\xA1" /* داء */}) {
        if (next == w) kind = "other";
      }
    }
    if (kind.empty()) kind = "other";
    emit(i, end, MentionType::kQuantity, NumberText(value), kind, "quantity");
    i = end - 1;
  }

  if (added.empty()) return;
  a->mentions.insert(a->mentions.end(), added.begin(), added.end());
  std::stable_sort(a->mentions.begin(), a->mentions.end(),
                   [](const Mention& x, const Mention& y) { return x.span.start < y.span.start; });
}

}  // namespace vigie
