#include "text/dateline.h"

#include <algorithm>
#include <vector>

#include "text/char_class.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace vigie {
namespace {

constexpr size_t kWindow = 160;

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Lengths of the white space that starts and that ends `s`: ASCII blanks, and the no-break
// spaces (U+00A0, U+202F) that French typography puts before dashes and HTML leaves as &nbsp;.
size_t LeadingBlanks(std::string_view s) {
  size_t a = 0;
  while (true) {
    if (a < s.size() && IsBlank(s[a])) {
      ++a;
    } else if (s.substr(a, 2) == "\xC2\xA0") {
      a += 2;
    } else if (s.substr(a, 3) == "\xE2\x80\xAF") {
      a += 3;
    } else {
      return a;
    }
  }
}

size_t TrailingBlanks(std::string_view s) {
  size_t b = s.size();
  while (true) {
    if (b > 0 && IsBlank(s[b - 1])) {
      --b;
    } else if (s.substr(0, b).ends_with("\xC2\xA0")) {
      b -= 2;
    } else if (s.substr(0, b).ends_with("\xE2\x80\xAF")) {
      b -= 3;
    } else {
      return s.size() - b;
    }
  }
}

std::string_view TrimView(std::string_view s, size_t* offset) {
  size_t a = LeadingBlanks(s);
  s.remove_prefix(a);
  s.remove_suffix(TrailingBlanks(s));
  if (offset != nullptr) *offset += a;
  return s;
}

struct Separator {
  size_t pos = std::string_view::npos;  // start of the separator
  size_t end = 0;                       // first byte after it
  bool ascii_hyphen = false;
};

Separator FindSeparator(std::string_view line) {
  // Em dash, en dash, horizontal bar, with or without spaces; " - " and " -- " with spaces.
  static const struct {
    const char* text;
    bool ascii;
  } kSeps[] = {{"\xE2\x80\x94", false}, {"\xE2\x80\x93", false}, {"\xE2\x80\x95", false},
               {" -- ", true},          {" - ", true},          {"\xC2\xA0- ", true},
               {"\xC2\xA0-\xC2\xA0", true}};
  Separator best;
  for (const auto& s : kSeps) {
    size_t p = line.find(s.text);
    if (p != std::string_view::npos && p < best.pos) {
      best.pos = p;
      best.end = p + std::char_traits<char>::length(s.text);
      best.ascii_hyphen = s.ascii;
    }
  }
  return best;
}

bool HasDigit(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp = utf8::Decode(s, &i);
    if (GetCharInfo(cp).kind == CharKind::kDigit) return true;
  }
  return false;
}

bool IsConnector(std::string_view w) {
  static const char* const kWords[] = {"de", "du", "des", "la", "le", "les", "el", "al", "of", "the", "and", "et",
                                       "es", "y", "da", "do", "dos", "das", "d'", "l'", "au", "aux", "upon", "sur"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// An Arabic agency named by its head word, listed or not: "(وكالة الأنباء الصومالية)", "(الوكالة
// الوطنية للإعلام)". Six words at most (q15-ar).
bool NamedArabicAgency(std::string_view inner) {
  static constexpr std::string_view kHeads[] = {"\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD8\xA9 " /* وكالة */,
                                                "\xD8\xA7\xD9\x84\xD9\x88\xD9\x83\xD8\xA7\xD9\x84\xD8\xA9 " /* الوكالة */};
  bool head = false;
  for (std::string_view h : kHeads) head = head || inner.starts_with(h);
  return head && std::count(inner.begin(), inner.end(), ' ') <= 5;
}

enum class PlaceScript { kNone, kLatin, kArabic };

struct PlaceCheck {
  PlaceScript script = PlaceScript::kNone;
  bool all_caps = false;
};

// Validates a candidate place ("Nations Unies (New York)", "MAIDUGURI, Nigeria", "القاهرة").
PlaceCheck CheckPlace(std::string_view place) {
  PlaceCheck result;
  if (place.empty() || place.size() > 80 || HasDigit(place)) return result;
  int words = 0;
  bool latin = false, arabic = false, lower_letter = false;
  size_t i = 0;
  bool at_word_start = true;
  size_t word_start = 0;
  bool first_word = true;
  while (i <= place.size()) {
    if (i == place.size() || place[i] == ' ' || place[i] == ',' || place[i] == '(' || place[i] == ')') {
      if (!at_word_start) {
        std::string_view w = place.substr(word_start, i - word_start);
        ++words;
        size_t k = 0;
        char32_t cp = utf8::Decode(w, &k);
        CharInfo ci = GetCharInfo(cp);
        if (ci.flags & kCharArabic) {
          arabic = true;
        } else if (ci.kind == CharKind::kLetter) {
          latin = true;
          bool upper = ci.flags & kCharUpper;
          if (!upper && (first_word || !IsConnector(w))) return result;
        } else {
          return result;  // a word starting with punctuation or a symbol
        }
        first_word = false;
        at_word_start = true;
      }
      if (i == place.size()) break;
      ++i;
      continue;
    }
    if (at_word_start) {
      word_start = i;
      at_word_start = false;
    }
    size_t j = i;
    char32_t cp = utf8::Decode(place, &j);
    CharInfo ci = GetCharInfo(cp);
    if (cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == '"' || cp == 0xAB || cp == 0xBB) {
      // Periods only inside abbreviations such as "D.C." or "St.".
      if (cp != '.') return result;
    }
    if (ci.kind == CharKind::kLetter && (ci.flags & kCharLower)) lower_letter = true;
    i = j;
  }
  if (latin == arabic) return result;  // neither, or mixed scripts
  if (latin && (words < 1 || words > 6)) return result;
  if (arabic && (words < 1 || words > 4)) return result;
  result.script = arabic ? PlaceScript::kArabic : PlaceScript::kLatin;
  result.all_caps = latin && !lower_letter;
  return result;
}

}  // namespace

Result<DatelineDetector> DatelineDetector::Load(const std::string& data_dir) {
  Result<std::vector<WordListEntry>> entries = LoadWordList(data_dir + "/text/dateline_agencies.txt");
  if (!entries.ok()) return entries.status();
  std::unordered_set<std::string> agencies;
  for (const WordListEntry& e : *entries) agencies.insert(FoldString(e.fields[0]));
  return DatelineDetector(std::move(agencies));
}

bool DatelineDetector::IsAgency(std::string_view name) const {
  std::string folded = FoldString(name);
  if (agencies_.count(folded) > 0) return true;
  // "AFP/Reuters", "AFP et Reuters": every part an agency.
  size_t slash = folded.find('/');
  if (slash != std::string::npos) {
    return IsAgency(folded.substr(0, slash)) && IsAgency(folded.substr(slash + 1));
  }
  return false;
}

std::optional<Dateline> DatelineDetector::Detect(std::string_view body) const {
  size_t lead = LeadingBlanks(body);
  std::string_view rest = body.substr(lead);
  size_t line_end = rest.find('\n');
  std::string_view line = rest.substr(0, std::min<size_t>({line_end, rest.size(), kWindow + 8}));
  Separator sep = FindSeparator(line);
  if (sep.pos == std::string_view::npos || sep.pos == 0 || sep.pos > kWindow) return std::nullopt;

  size_t head_off = lead;
  std::string_view head = TrimView(line.substr(0, sep.pos), &head_off);
  if (head.empty()) return std::nullopt;

  Dateline d;
  // Trailing parentheticals: an agency is dropped, a place ("(New York)") is kept.
  std::string_view place = head;
  while (!place.empty() && place.back() == ')') {
    size_t open = place.rfind('(');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view inner = place.substr(open + 1, place.size() - open - 2);
    size_t inner_off = 0;
    inner = TrimView(inner, &inner_off);
    if (!IsAgency(inner) && !NamedArabicAgency(inner)) break;
    d.agency = std::string(inner);
    size_t ignored = 0;
    place = TrimView(place.substr(0, open), &ignored);
  }
  // ", 12 mars" / ", March 3": a date after the place. The date starts at the first comma
  // whose own field holds a digit: "LAGOS, Nigeria, March 3" keeps "LAGOS, Nigeria".
  size_t comma = place.find(',');
  while (comma != std::string_view::npos) {
    std::string_view after = place.substr(comma + 1);
    if (HasDigit(after.substr(0, after.find(',')))) {
      size_t ignored = 0;
      d.date_text = std::string(TrimView(after, &ignored));
      place = TrimView(place.substr(0, comma), &ignored);
      break;
    }
    comma = place.find(',', comma + 1);
  }
  PlaceCheck check = CheckPlace(place);
  if (check.script == PlaceScript::kNone) return std::nullopt;
  bool strong = !d.agency.empty() || !d.date_text.empty() || !sep.ascii_hyphen || check.all_caps ||
                check.script == PlaceScript::kArabic;
  if (!strong) return std::nullopt;
  // Nothing may follow the separator but the story itself.
  size_t story = lead + sep.end;
  while (story < body.size() && IsBlank(body[story])) ++story;
  if (story >= body.size()) return std::nullopt;
  d.place = {static_cast<uint32_t>(head_off), static_cast<uint32_t>(head_off + place.size())};
  d.whole = {static_cast<uint32_t>(lead), static_cast<uint32_t>(lead + sep.end)};
  return d;
}

}  // namespace vigie
