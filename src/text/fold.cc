#include "text/fold.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <cstring>
#include <memory>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "text/utf8.h"

namespace vigie {
namespace {

constexpr uint32_t kIdentity = 0xFFFFFFFFu;

// Explicit mappings applied before the generic rule. An empty string deletes the character.
struct Special {
  char32_t cp;
  const char* to;
};
constexpr Special kSpecials[] = {
    // Arabic
    {0x0640, ""},                         // tatweel
    {0x0671, "\xD8\xA7"},                 // alef wasla -> alef
    {0x0649, "\xD9\x8A"},                 // alef maksura -> yeh
    {0x0629, "\xD9\x87"},                 // teh marbuta -> heh
    {0x06CC, "\xD9\x8A"},                 // Farsi yeh -> yeh
    {0x06A9, "\xD9\x83"},                 // keheh -> kaf
    {0x066B, "."},                        // Arabic decimal separator
    {0x066C, ","},                        // Arabic thousands separator
    {0x061C, ""},                         // Arabic letter mark
    // Latin letters that do not decompose
    {0x00E6, "ae"}, {0x00C6, "ae"}, {0x0153, "oe"}, {0x0152, "oe"}, {0x00F8, "o"}, {0x00D8, "o"},
    {0x0142, "l"},  {0x0141, "l"},  {0x0111, "d"},  {0x0110, "d"},  {0x0131, "i"}, {0x0127, "h"},
    {0x0126, "h"},  {0x0167, "t"},  {0x0166, "t"},  {0x00F0, "d"},  {0x00D0, "d"}, {0x00FE, "th"},
    {0x00DE, "th"},
    // punctuation that must match its ASCII twin inside words
    {0x2019, "'"}, {0x2018, "'"}, {0x02BC, "'"}, {0x2032, "'"}, {0x00B4, "'"}, {0x0060, "'"},
    {0x2010, "-"}, {0x2011, "-"},
    {0x00A0, " "}, {0x202F, " "}, {0x2007, " "}, {0x2009, " "}, {0x200A, " "},
    // invisible
    {0x00AD, ""}, {0x200B, ""}, {0x200C, ""}, {0x200D, ""}, {0x2060, ""}, {0xFEFF, ""},
    {0x200E, ""}, {0x200F, ""},
};

bool StripsMarks(UScriptCode script) {
  return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC ||
         script == USCRIPT_ARABIC || script == USCRIPT_COMMON || script == USCRIPT_INHERITED;
}

class FoldTable {
 public:
  FoldTable() : entries_(0x10000, kIdentity) {
    UErrorCode err = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
    for (const Special& s : kSpecials) Set(s.cp, s.to);
    for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
      if (entries_[cp] != kIdentity || (cp >= 0xD800 && cp <= 0xDFFF)) continue;
      if (entries_[cp] == kIdentity && IsSpecial(cp)) continue;
      std::string folded = Compute(cp, nfkd);
      std::string self;
      utf8::Append(cp, &self);
      if (folded != self) Set(cp, folded);
    }
    // Padding, so that a piece of up to kPieceCopy bytes can be copied as one fixed-size word.
    pool_.append(kPieceCopy, '\0');
  }

  // Pieces this long or shorter are copied as one kPieceCopy-byte word (the pool is padded).
  static constexpr size_t kPieceCopy = 8;

  uint32_t entry(char32_t cp) const { return entries_[cp]; }
  std::string_view pool_at(uint32_t e) const { return std::string_view(pool_).substr(e >> 8, e & 0xFF); }

  bool IsSpecial(char32_t cp) const {
    for (const Special& s : kSpecials) {
      if (s.cp == cp) return true;
    }
    return false;
  }

  void Set(char32_t cp, std::string_view to) {
    uint32_t off = static_cast<uint32_t>(pool_.size());
    pool_.append(to);
    entries_[cp] = (off << 8) | static_cast<uint32_t>(to.size());
  }

  // The folding of one code point, computed with ICU.
  static std::string Compute(char32_t cp, const icu::Normalizer2* nfkd) {
    UChar32 c = static_cast<UChar32>(cp);
    int8_t type = u_charType(c);
    // Digits of every script fold to ASCII.
    if (type == U_DECIMAL_DIGIT_NUMBER) {
      int v = u_charDigitValue(c);
      if (v >= 0 && v <= 9) return std::string(1, static_cast<char>('0' + v));
    }
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &err);
    bool strip = U_SUCCESS(err) && StripsMarks(script);
    // Arabic harakat and other marks of the stripping scripts vanish on their own.
    if (strip && (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK)) return std::string();
    icu::UnicodeString s(c);
    if (strip && nfkd != nullptr) {
      icu::UnicodeString d;
      err = U_ZERO_ERROR;
      nfkd->normalize(s, d, err);
      if (U_SUCCESS(err)) {
        icu::UnicodeString kept;
        for (int32_t i = 0; i < d.length();) {
          UChar32 dc = d.char32At(i);
          int8_t dt = u_charType(dc);
          if (dt != U_NON_SPACING_MARK && dt != U_ENCLOSING_MARK) kept.append(dc);
          i += U16_LENGTH(dc);
        }
        // Compatibility decomposition may only spell a letter differently; never let it turn
        // a letter into nothing or into spaces ("¨" keeps itself).
        if (!kept.isEmpty() && kept.indexOf(u' ') < 0) s = kept;
      }
    }
    s.foldCase();
    std::string out;
    s.toUTF8String(out);
    // Re-apply the explicit mappings to what decomposition produced (ﺓ -> ة -> ه).
    std::string mapped;
    size_t i = 0;
    while (i < out.size()) {
      size_t start = i;
      char32_t dc = utf8::Decode(out, &i);
      const char* to = nullptr;
      for (const Special& sp : kSpecials) {
        if (sp.cp == dc) to = sp.to;
      }
      if (to != nullptr) {
        mapped += to;
      } else {
        mapped.append(out, start, i - start);
      }
    }
    return mapped;
  }

 private:
  std::vector<uint32_t> entries_;  // kIdentity, or (pool offset << 8) | length
  std::string pool_;
};

const FoldTable& Table() {
  static const std::unique_ptr<FoldTable> table = std::make_unique<FoldTable>();
  return *table;
}

struct AsciiLower {
  char map[128];
  constexpr AsciiLower() : map() {
    for (int i = 0; i < 128; ++i) map[i] = static_cast<char>(i >= 'A' && i <= 'Z' ? i + 32 : i);
    map[static_cast<int>('`')] = '\'';
  }
};
constexpr AsciiLower kLower;

// Folding of a code point above the BMP (Adlam, mathematical letters...): rare in news, so
// computed when met rather than tabled.
std::string FoldSupplementary(char32_t cp) {
  UErrorCode err = U_ZERO_ERROR;
  return FoldTable::Compute(cp, icu::Normalizer2::getNFKDInstance(err));
}

// Folds `in`, appending to *out. With kMaps, also fills to_orig (one entry per output byte)
// and from_orig (sized in.size() + 1 by the caller). Writes through raw pointers into buffers
// grown ahead: push_back per byte costs a third of the time.
template <bool kMaps>
void FoldImpl(std::string_view in, std::string* out, OffsetMap* to_orig, OffsetMap* from_orig) {
  const FoldTable& table = Table();
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t o = out->size();
  size_t cap = o + n + 16;
  out->resize(cap);
  if constexpr (kMaps) to_orig->resize(cap);
  char* dst = out->data();
  uint32_t* map = kMaps ? to_orig->data() : nullptr;
  uint32_t* from = kMaps ? from_orig->data() : nullptr;
  std::string scratch;
  size_t i = 0;
  while (i < n) {
    // ASCII first; a non-ASCII byte (most of an Arabic text) goes straight to the code point
    // paths below, without the block tests.
    if (p[i] < 0x80) {
#ifdef __SSE2__
      // Sixteen ASCII bytes at a time (most of a Latin-script text), each folding to one byte,
      // so the maps advance in step: capitals get their 0x20 bit, '`' becomes '\'' as in kLower.
      // The output keeps (n - i) + 16 bytes of room past o, so the 16-byte store fits.
      if (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        if (_mm_movemask_epi8(v) == 0) {
          const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                              _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
          __m128i lower = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
          const __m128i grave = _mm_cmpeq_epi8(v, _mm_set1_epi8('`'));
          lower = _mm_or_si128(_mm_andnot_si128(grave, lower), _mm_and_si128(grave, _mm_set1_epi8('\'')));
          _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + o), lower);
          if constexpr (kMaps) {
            const __m128i step = _mm_set_epi32(3, 2, 1, 0);
            __m128i to = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(o)), step);
            __m128i back = _mm_add_epi32(_mm_set1_epi32(static_cast<int>(i)), step);
            const __m128i four = _mm_set1_epi32(4);
            for (size_t k = 0; k < 16; k += 4) {
              _mm_storeu_si128(reinterpret_cast<__m128i*>(from + i + k), to);
              _mm_storeu_si128(reinterpret_cast<__m128i*>(map + o + k), back);
              to = _mm_add_epi32(to, four);
              back = _mm_add_epi32(back, four);
            }
          }
          i += 16;
          o += 16;
          continue;
        }
      }
#endif
      // Eight ASCII bytes at a time: lower-cased by table, each folding to one byte, so the maps
      // advance in step.
      if (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if ((w & 0x8080808080808080ULL) == 0) {
          for (size_t k = 0; k < 8; ++k) dst[o + k] = kLower.map[p[i + k]];
          if constexpr (kMaps) {
            for (size_t k = 0; k < 8; ++k) {
              from[i + k] = static_cast<uint32_t>(o + k);
              map[o + k] = static_cast<uint32_t>(i + k);
            }
          }
          i += 8;
          o += 8;
          continue;
        }
      }
      if constexpr (kMaps) {
        from[i] = static_cast<uint32_t>(o);
        map[o] = static_cast<uint32_t>(i);
      }
      dst[o++] = kLower.map[p[i]];
      ++i;
      continue;
    }
    const unsigned char c = p[i];
    size_t start = i;
    char32_t cp = utf8::Decode(in, &i);
    const uint32_t e = cp < 0x10000 ? table.entry(cp) : 0;
    if (c < 0xE0 && e == kIdentity) {
      // A two-byte letter that folds to itself (most Arabic, Cyrillic, Greek letters): two
      // bytes out, without the general path's loops and copy. The output never outgrows
      // the input here, so the 16 bytes of slack always hold them.
      if constexpr (kMaps) {
        from[start] = from[start + 1] = static_cast<uint32_t>(o);
        map[o] = map[o + 1] = static_cast<uint32_t>(start);
      }
      dst[o] = static_cast<char>(c);
      dst[o + 1] = static_cast<char>(p[start + 1]);
      o += 2;
      continue;
    }
    std::string_view piece;
    bool padded = false;  // piece lies in the padded pool
    if (cp < 0x10000) {
      if (e == kIdentity) {
        piece = in.substr(start, i - start);
      } else {
        piece = table.pool_at(e);
        padded = true;
      }
    } else {
      scratch = FoldSupplementary(cp);
      piece = scratch;
    }
    if (o + piece.size() + (n - i) + 16 > cap) {
      cap = 2 * cap + piece.size();
      out->resize(cap);
      dst = out->data();
      if constexpr (kMaps) {
        to_orig->resize(cap);
        map = to_orig->data();
      }
    }
    if constexpr (kMaps) {
      for (size_t k = start; k < i; ++k) from[k] = static_cast<uint32_t>(o);
      for (size_t k = 0; k < piece.size(); ++k) map[o + k] = static_cast<uint32_t>(start);
    }
    // A word copy where it is safe (a short piece of the padded pool; the output keeps 16
    // bytes of slack past o + piece.size()), a library call otherwise.
    if (padded && piece.size() <= FoldTable::kPieceCopy) {
      std::memcpy(dst + o, piece.data(), FoldTable::kPieceCopy);
    } else {
      std::memcpy(dst + o, piece.data(), piece.size());
    }
    o += piece.size();
  }
  out->resize(o);
  if constexpr (kMaps) to_orig->resize(o);
}

}  // namespace

uint32_t FoldedText::OrigEnd(size_t fend) const {
  // The original end of a folded span is where the code point after its last byte starts,
  // or, when it ends inside one original code point's output, the end of that code point.
  // An empty span at the start ends where it starts: after any leading characters that
  // folded to nothing (bidi marks, soft hyphens), not at 0.
  if (fend == 0) return to_orig[0];
  uint32_t last = to_orig[fend - 1];
  uint32_t next = to_orig[fend];
  if (next != last) return next;
  // fend splits the output of the code point at `last` (e.g. "ß" -> "ss"): extend to its end.
  size_t k = fend;
  while (k < text.size() && to_orig[k] == last) ++k;
  return to_orig[k];
}

void Fold(std::string_view text, FoldedText* out) {
  out->text.clear();
  out->text.reserve(text.size() + 16);
  out->to_orig.clear();
  out->to_orig.reserve(text.size() + 17);
  // Every entry is written below: growing without clearing spares a fill of the whole map.
  out->from_orig.resize(text.size() + 1);
  FoldImpl<true>(text, &out->text, &out->to_orig, &out->from_orig);
  out->to_orig.push_back(static_cast<uint32_t>(text.size()));
  out->from_orig[text.size()] = static_cast<uint32_t>(out->text.size());
}

void LowerCaseAppend(std::string_view text, std::string* out) {
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    for (char c : text) out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  UErrorCode err = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(out);
  icu::CaseMap::utf8ToLower("", 0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr,
                            err);
  if (U_FAILURE(err)) out->append(text);
}

void FoldAppend(std::string_view text, std::string* out) { FoldImpl<false>(text, out, nullptr, nullptr); }

std::string FoldString(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  FoldAppend(text, &out);
  return out;
}

}  // namespace vigie
