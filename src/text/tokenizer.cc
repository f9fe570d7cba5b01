#include "text/tokenizer.h"

#include <cstring>

#include "text/char_class.h"
#include "text/utf8.h"

namespace vigie {
namespace {

// Character info from the BMP table, read directly: a function-local static table for ASCII
// cost a guard check on every character.
inline CharInfo Info(char32_t cp) {
  // U+02BC is a modifier letter for Unicode but an apostrophe here (IsApostrophe): as a letter
  // it would glue "lʼONU" into one word and never reach the elision rules.
  if (cp == 0x02BC) return {CharKind::kPunct, 0};
  return GetCharInfo(cp);
}

inline char32_t Peek(std::string_view s, size_t i, size_t* next) {
  *next = i;
  return utf8::Decode(s, next);
}

inline bool IsWordChar(CharInfo ci) {
  return ci.kind == CharKind::kLetter || ci.kind == CharKind::kMark || ci.kind == CharKind::kDigit;
}

inline bool IsSpaceLike(char32_t cp) { return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009; }

bool EqualsAsciiLower(std::string_view s, const char* word) {
  size_t n = std::strlen(word);
  if (s.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != word[i]) return false;
  }
  return true;
}

bool IsElision(std::string_view prefix) {
  static const char* const kElisions[] = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
                                          "puisqu", "quoiqu", "presqu"};
  if (prefix.size() > 6) return false;
  for (const char* e : kElisions) {
    if (EqualsAsciiLower(prefix, e)) return true;
  }
  return false;
}

bool StartsWithAsciiCaseless(std::string_view s, size_t i, const char* prefix) {
  size_t n = std::strlen(prefix);
  if (i + n > s.size()) return false;
  return EqualsAsciiLower(s.substr(i, n), prefix);
}

// The first letters of a word with the byte offset of each from the word's start (marks
// skipped), as the Arabic proclitic rules read them.
struct WordLetters {
  static constexpr int kSlots = 8;
  char32_t cps[kSlots];
  uint8_t offs[kSlots + 1];
  int count = 0;

  // Records the letter when a slot is left and its offset fits a byte.
  void Add(char32_t cp, size_t offset) {
    if (count >= kSlots || offset >= 255) return;
    cps[count] = cp;
    offs[count] = static_cast<uint8_t>(offset);
    ++count;
  }
};

class Scanner {
 public:
  Scanner(std::string_view text, DecimalMark mark, std::vector<Token>* out)
      : s_(text), n_(text.size()), mark_(mark), out_(out),
        has_at_(std::memchr(text.data(), '@', text.size()) != nullptr) {}

  void Run() {
    size_t i = 0;
    while (i < n_) {
      size_t next;
      char32_t cp = Peek(s_, i, &next);
      CharInfo ci = Info(cp);
      switch (ci.kind) {
        case CharKind::kLetter:
        case CharKind::kMark:
        case CharKind::kDigit: {
          size_t end = TryUrl(i);
          if (end == 0 && has_at_) end = TryEmail(i);
          if (end != 0) break;
          i = ci.kind == CharKind::kDigit ? ScanNumber(i) : ScanWord(i);
          continue;
        }
        case CharKind::kPunct:
          if (cp == '.' && i + 2 < n_ && s_[i + 1] == '.' && s_[i + 2] == '.') {
            size_t end = i + 3;
            while (end < n_ && s_[end] == '.') ++end;
            Emit(i, end, TokenKind::kPunct, 0);
            i = end;
            continue;
          }
          Emit(i, next, TokenKind::kPunct, 0);
          break;
        case CharKind::kSymbol:
          Emit(i, next, TokenKind::kSymbol, 0);
          break;
        default:
          break;
      }
      i = last_end_ > i ? last_end_ : next;
    }
  }

 private:
  Token& Emit(size_t start, size_t end, TokenKind kind, uint16_t flags) {
    // Built in place: a Token assembled on the stack and copied stalls on store forwarding
    // (its narrow fields are written piecewise, then read back as whole words).
    Token& t = out_->emplace_back();
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.flags = flags;
    last_end_ = end;
    return t;
  }

  // URL starting at i (http://, https://, www.), else 0.
  size_t TryUrl(size_t i) {
    char c = s_[i];
    if (c != 'h' && c != 'H' && c != 'w' && c != 'W') return 0;
    if (!StartsWithAsciiCaseless(s_, i, "http://") && !StartsWithAsciiCaseless(s_, i, "https://") &&
        !StartsWithAsciiCaseless(s_, i, "www.")) {
      return 0;
    }
    if (i > 0 && IsWordChar(Info(static_cast<unsigned char>(s_[i - 1])))) return 0;
    size_t end = i;
    int parens = 0;
    while (end < n_) {
      size_t next;
      char32_t cp = Peek(s_, end, &next);
      CharInfo ci = Info(cp);
      if (ci.kind == CharKind::kSpace || cp < 0x20 || cp == '<' || cp == '>' || cp == '"' || cp == 0xAB ||
          cp == 0xBB || cp == 0x201C || cp == 0x201D) {
        break;
      }
      if (cp == '(') ++parens;
      if (cp == ')') {
        if (parens == 0) break;
        --parens;
      }
      end = next;
    }
    while (end > i) {
      char last = s_[end - 1];
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == '\'') {
        --end;
      } else {
        break;
      }
    }
    if (end - i <= 7) return 0;
    Emit(i, end, TokenKind::kUrl, 0);
    return end;
  }

  static bool IsEmailLocal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '%' || c == '+' || c == '-';
  }
  static bool IsDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }

  // E-mail address starting at i, else 0.
  size_t TryEmail(size_t i) {
    size_t j = i;
    while (j < n_ && j - i < 64 && IsEmailLocal(s_[j])) ++j;
    if (j == i || j >= n_ || s_[j] != '@') return 0;
    size_t d = j + 1;
    size_t end = d;
    while (end < n_ && end - d < 255 && IsDomainChar(s_[end])) ++end;
    while (end > d && (s_[end - 1] == '.' || s_[end - 1] == '-')) --end;
    std::string_view domain = s_.substr(d, end - d);
    size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || domain.size() - dot - 1 < 2) return 0;
    for (char c : domain.substr(dot + 1)) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return 0;
    }
    Emit(i, end, TokenKind::kEmail, 0);
    return end;
  }

  size_t ScanWord(size_t start) {
    size_t word_start = start;
    size_t i = start;
    uint16_t flags = 0;
    int letters = 0;
    int upper = 0;
    bool seen_letter = false;
    // The first WordLetters::kSlots letters other than ASCII, with their offsets, for the Arabic
    // clitics (ComputeClitics would decode the word again). ascii_letters tells whether the
    // record skipped some.
    WordLetters record;
    bool ascii_letters = false;
    while (i < n_) {
      unsigned char c = static_cast<unsigned char>(s_[i]);
      // Fast paths: a run of lowercase ASCII letters, then single ASCII capitals and digits.
      if (static_cast<unsigned char>(c - 'a') < 26) {
        size_t r = i + 1;
        while (r < n_ && static_cast<unsigned char>(s_[r] - 'a') < 26) ++r;
        seen_letter = true;
        ascii_letters = true;
        flags |= kTokLetters;
        letters += static_cast<int>(r - i);
        i = r;
        continue;
      }
      if (c < 0x80) {
        if (static_cast<unsigned char>(c - 'A') < 26) {
          if (!seen_letter) {
            seen_letter = true;
            flags |= kTokCapitalized;
          }
          ascii_letters = true;
          flags |= kTokLetters;
          ++letters;
          ++upper;
          ++i;
          continue;
        }
        if (static_cast<unsigned char>(c - '0') < 10) {
          flags |= kTokHasDigit;
          ++i;
          continue;
        }
      }
      size_t j;
      char32_t cp = Peek(s_, i, &j);
      CharInfo ci = Info(cp);
      if (ci.kind == CharKind::kLetter) {
        if (!seen_letter) {
          seen_letter = true;
          if (ci.flags & kCharUpper) flags |= kTokCapitalized;
          if (ci.flags & kCharArabic) flags |= kTokArabic;
        }
        flags |= kTokLetters;
        record.Add(cp, i - word_start);
        ++letters;
        if (ci.flags & kCharUpper) ++upper;
        i = j;
        continue;
      }
      if (ci.kind == CharKind::kMark) {
        i = j;
        continue;
      }
      if (ci.kind == CharKind::kDigit) {
        flags |= kTokHasDigit;
        i = j;
        continue;
      }
      if (ci.kind == CharKind::kFormat) {
        // Zero-width and soft hyphen characters stay inside a word, never at its edge.
        size_t k;
        if (j < n_ && IsWordChar(Info(Peek(s_, j, &k)))) {
          i = j;
          continue;
        }
        break;
      }
      if (IsApostrophe(cp) && i > word_start && j < n_) {
        size_t k;
        char32_t next = Peek(s_, j, &k);
        CharInfo nci = Info(next);
        if (nci.kind != CharKind::kLetter) break;
        if (IsElision(s_.substr(word_start, i - word_start))) {
          Emit(word_start, j, TokenKind::kWord, static_cast<uint16_t>((flags & kTokCapitalized) | kTokElision | kTokLetters));
          word_start = j;
          i = j;
          flags = 0;
          letters = upper = 0;
          seen_letter = false;
          record.count = 0;
          ascii_letters = false;
          continue;
        }
        if (next == 's' || next == 'S') {
          size_t m;
          if (k >= n_ || !IsWordChar(Info(Peek(s_, k, &m)))) {
            FinishWord(word_start, i, flags, letters, upper, ascii_letters ? nullptr : &record);
            Emit(i, k, TokenKind::kWord, kTokPossessive | kTokLetters);
            return k;
          }
        }
        i = j;  // inner apostrophe: aujourd'hui, O'Neil
        continue;
      }
      if (IsHyphen(cp) && i > word_start && j < n_) {
        size_t k;
        if (IsWordChar(Info(Peek(s_, j, &k)))) {
          flags |= kTokHyphenated;
          i = j;
          continue;
        }
        break;
      }
      if (cp == '.' && letters == 1 && i == NextAfterOneLetter(word_start)) {
        bool all_upper = false;
        size_t end = ScanDottedAcronym(word_start, &all_upper);
        if (end != 0) {
          Emit(word_start, end, TokenKind::kWord,
               static_cast<uint16_t>(flags | kTokAcronym | (all_upper ? kTokAllCaps : 0)));
          return end;
        }
      }
      break;
    }
    FinishWord(word_start, i, flags, letters, upper, ascii_letters ? nullptr : &record);
    return i;
  }

  size_t NextAfterOneLetter(size_t start) const {
    size_t j;
    Peek(s_, start, &j);
    return j;
  }

  // "U.N." / "e.g.": single letters each followed by '.', at least two; else 0.
  // *all_upper tells whether every letter is uppercase ("U.N." but not "U.s.").
  size_t ScanDottedAcronym(size_t start, bool* all_upper) {
    *all_upper = true;
    // A chain that is no acronym is none from any later letter of it either ("a.a.a…ab"):
    // scanning it again from each letter would be quadratic.
    if (start < no_acronym_before_) return 0;
    size_t i = start;
    int count = 0;
    while (i < n_) {
      size_t j;
      CharInfo ci = Info(Peek(s_, i, &j));
      if (ci.kind != CharKind::kLetter || j >= n_ || s_[j] != '.') break;
      if ((ci.flags & kCharUpper) == 0) *all_upper = false;
      ++count;
      i = j + 1;
      // The next character must not continue a word ("U.No" is not an acronym).
    }
    if (count < 2) return 0;
    if (i < n_) {
      size_t j;
      if (IsWordChar(Info(Peek(s_, i, &j)))) {
        no_acronym_before_ = i;
        return 0;
      }
    }
    return i;
  }

  void FinishWord(size_t start, size_t end, uint16_t flags, int letters, int upper, WordLetters* record) {
    if (end <= start) return;
    if (letters >= 2 && upper == letters) flags |= kTokAllCaps;
    Token& t = Emit(start, end, TokenKind::kWord, flags);
    if (flags & kTokArabic) ComputeClitics(&t, record, letters);
  }

  // The proclitics of an Arabic word. `record` holds the letters ScanWord saw, or is null when
  // it skipped some (ASCII letters): the word is then read again.
  void ComputeClitics(Token* t, WordLetters* record, int total) {
    constexpr char32_t kWaw = 0x0648, kFa = 0x0641, kBa = 0x0628, kKaf = 0x0643, kLam = 0x0644, kAlef = 0x0627;
    WordLetters scanned;
    if (record == nullptr) {
      total = 0;
      size_t i = t->start;
      while (i < t->end) {
        size_t j;
        char32_t cp = Peek(s_, i, &j);
        if (Info(cp).kind == CharKind::kLetter) {
          scanned.Add(cp, i - t->start);
          ++total;
        }
        i = j;
      }
      record = &scanned;
    }
    constexpr int kMax = WordLetters::kSlots;
    const int count = record->count;
    // Every proclitic below opens the word: a word whose first letter opens none (most words)
    // has none.
    if (count == 0) return;
    const char32_t* cps = record->cps;
    uint8_t* offs = record->offs;
    if (count < kMax) offs[count] = static_cast<uint8_t>(std::min<size_t>(t->end - t->start, 255));
    auto off_at = [&](int k) -> uint8_t { return k < count ? offs[k] : offs[count]; };
    auto push = [&](int k) {
      if (t->num_clitics < 3) t->clitic_ends[t->num_clitics++] = off_at(k);
    };
    int pos = 0;
    if (count > 3 && (cps[0] == kWaw || cps[0] == kFa) && total - 1 >= 3) {
      push(1);
      pos = 1;
    }
    if (pos + 2 < count && (cps[pos] == kBa || cps[pos] == kKaf || cps[pos] == kLam) && total - pos - 1 >= 2) {
      if (cps[pos] == kLam && cps[pos + 1] == kLam && total - pos - 2 >= 2) {
        push(pos + 1);
        push(pos + 2);  // لل = ل + ال with the alef dropped
        return;
      }
      push(pos + 1);
      pos += 1;
    }
    if (pos + 2 < count && cps[pos] == kAlef && cps[pos + 1] == kLam && total - pos - 2 >= 2) push(pos + 2);
  }

  static bool IsDigitAt(std::string_view s, size_t i, size_t* next, int* value) {
    if (i >= s.size()) return false;
    char32_t cp = Peek(s, i, next);
    int v = DigitValue(cp);
    if (v < 0 || Info(cp).kind != CharKind::kDigit) return false;
    *value = v;
    return true;
  }

  // The zero of the digit set the digit at i belongs to ('0', U+0660 '٠', U+06F0 '۰'...).
  char32_t DigitZeroAt(size_t i) const {
    size_t next;
    char32_t cp = Peek(s_, i, &next);
    return cp - static_cast<char32_t>(DigitValue(cp));
  }

  // Exactly three digits at i, not followed by a fourth; returns their value or -1.
  int ThreeDigitGroup(size_t i, size_t* end) const {
    int total = 0;
    size_t k = i;
    for (int d = 0; d < 3; ++d) {
      size_t next;
      int v;
      if (!IsDigitAt(s_, k, &next, &v)) return -1;
      total = total * 10 + v;
      k = next;
    }
    size_t next;
    int v;
    if (IsDigitAt(s_, k, &next, &v)) return -1;
    *end = k;
    return total;
  }

  size_t ScanNumber(size_t start) {
    size_t i = start;
    double value = 0;
    int digits = 0;
    size_t next;
    int v;
    while (IsDigitAt(s_, i, &next, &v)) {
      value = value * 10 + v;
      ++digits;
      i = next;
    }
    const char32_t group_punct = mark_ == DecimalMark::kDot ? ',' : '.';
    const char32_t decimal_punct = mark_ == DecimalMark::kDot ? '.' : ',';
    bool grouped = false;
    size_t last_sep = 0;         // where the last group's separator starts
    double value_before = 0;     // the value without the last group
    if (digits <= 3) {
      while (i < n_) {
        char32_t sep = Peek(s_, i, &next);
        if (!(IsSpaceLike(sep) || sep == group_punct || sep == 0x066C)) break;
        // A space groups only digits written the same way on both sides.
        size_t end;
        int group = ThreeDigitGroup(next, &end);
        if (group < 0) break;
        if (IsSpaceLike(sep) && DigitZeroAt(next) != DigitZeroAt(start)) break;
        if (IsSpaceLike(sep) && sep == ' ' && grouped == false && mark_ == DecimalMark::kDot) {
          // English writes 12,000, not "12 000": two numbers side by side stay apart.
          break;
        }
        value_before = value;
        last_sep = i;
        value = value * 1000 + group;
        grouped = true;
        i = end;
      }
    }
    // Decimal part.
    if (i < n_) {
      char32_t sep = Peek(s_, i, &next);
      bool is_decimal = sep == decimal_punct || sep == 0x066B;
      if (!is_decimal && mark_ == DecimalMark::kComma && sep == '.' && !grouped) {
        size_t end;
        is_decimal = ThreeDigitGroup(next, &end) < 0;  // 3.5 in a French text
      }
      int first;
      size_t after;
      if (is_decimal && IsDigitAt(s_, next, &after, &first)) {
        double scale = 0.1;
        size_t k = next;
        while (IsDigitAt(s_, k, &after, &v)) {
          value += v * scale;
          scale /= 10;
          k = after;
        }
        i = k;
      }
    }
    // Digits glued to letters form a word: 1er, 12h30, 5km, G5 is handled by ScanWord.
    if (i < n_) {
      char32_t cp = Peek(s_, i, &next);
      CharInfo ci = Info(cp);
      if (ci.kind == CharKind::kLetter || ci.kind == CharKind::kMark ||
          (IsHyphen(cp) && next < n_ && Info(Peek(s_, next, &next)).kind == CharKind::kLetter)) {
        if (!grouped) return ScanWord(start);
        // Only the last group is glued to the letters ("12 000km"): the groups before it stay a
        // number. Rescanning them all from the next group on would make "1 000 000 … 000x"
        // quadratic.
        Token& t = Emit(start, last_sep, TokenKind::kNumber, 0);
        t.value = value_before;
        return last_sep;
      }
    }
    Token& t = Emit(start, i, TokenKind::kNumber, 0);
    t.value = value;
    return i;
  }

  std::string_view s_;
  size_t n_;
  DecimalMark mark_;
  std::vector<Token>* out_;
  bool has_at_;
  size_t last_end_ = 0;
  size_t no_acronym_before_ = 0;  // dotted-letter chains before this offset are no acronyms
};

}  // namespace

DecimalMark DecimalMarkFor(std::string_view lang) {
  static const char* const kComma[] = {"fr", "pt", "es", "it", "de", "nl", "ro", "ru", "tr", "pl", "id", "vi",
                                       "ca", "sv", "da", "no", "nb", "fi", "cs", "el", "uk", "ln", "rn", "rw"};
  for (const char* c : kComma) {
    if (lang == c) return DecimalMark::kComma;
  }
  return DecimalMark::kDot;
}

void Tokenizer::Tokenize(std::string_view text, DecimalMark mark, std::vector<Token>* out) const {
  out->clear();
  Scanner scanner(text, mark, out);
  scanner.Run();
}

}  // namespace vigie
