#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "text/utf8.h"

namespace vigie {
namespace {

const icu::Normalizer2* AsNormalizer(const void* p) { return static_cast<const icu::Normalizer2*>(p); }

// Whether the byte at i (with the one after it) is one the clean-up pass changes.
inline bool NeedsCleanupAt(const unsigned char* p, size_t n, size_t i) {
  unsigned char c = p[i];
  if (c < 0x20) return c != '\n' && c != '\t';
  if (c == 0x7F) return true;
  return c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] < 0xA0;
}

// True when `s` holds a byte sequence the clean-up pass changes.
bool NeedsCleanup(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) return true;
  size_t i = 0;
  while (i < n) {
    // Eight bytes at a time: a word with no byte below 0x20, no 0x7F and no 0xC2 holds nothing
    // to clean. The tests are the classic "has a byte less than / equal to" word tricks, exact
    // as to whether any byte matches; a word that may hold one is looked at byte by byte.
    if (i + 8 <= n) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      const uint64_t below_20 = (w - kOnes * 0x20) & ~w;
      const uint64_t x7f = w ^ (kOnes * 0x7F), xc2 = w ^ (kOnes * 0xC2);
      const uint64_t is_7f = (x7f - kOnes) & ~x7f, is_c2 = (xc2 - kOnes) & ~xc2;
      if (((below_20 | is_7f | is_c2) & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    for (const size_t stop = std::min(n, i + 8); i < stop; ++i) {
      if (NeedsCleanupAt(p, n, i)) return true;
    }
  }
  return false;
}

void Cleanup(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  size_t i = 0;
  if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
  for (; i < n; ++i) {
    unsigned char c = p[i];
    if (c == '\r') {
      out->push_back('\n');
      if (i + 1 < n && p[i + 1] == '\n') ++i;
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      out->push_back(' ');
    } else if (c == 0xC2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] < 0xA0) {
      out->push_back(' ');
      ++i;
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
}

// The NFC quick check (UAX #15), for BMP code points, from a table: a text whose code points
// all have NFC_Quick_Check = Yes, with each combining mark's class no lower than the one before
// it, is in NFC. Most news passes it (Arabic tanween and shadda are marks with Quick_Check = Yes),
// so ICU's own check, several times slower, runs only on texts holding something else: a mark
// that may compose (U+0301 after a letter), marks out of order, a character above the BMP.
class NfcQuickCheck {
 public:
  static constexpr uint8_t kNotYes = 0xFF;  // Quick_Check No or Maybe (no class is 255)

  NfcQuickCheck() : table_(0x10000) {
    for (UChar32 c = 0; c < 0x10000; ++c) {
      table_[c] = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES
                      ? static_cast<uint8_t>(u_getCombiningClass(c))
                      : kNotYes;
    }
  }

  // True when `s` (valid UTF-8) passes; false when ICU must decide.
  bool Passes(std::string_view s) const {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    uint8_t last = 0;  // combining class of the code point before
    size_t i = 0;
    while (i < n) {
      if (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        if ((w & 0x8080808080808080ULL) == 0) {  // eight ASCII bytes: class 0, Quick_Check Yes
          i += 8;
          last = 0;
          continue;
        }
      }
      const char32_t cp = utf8::Decode(s, &i);
      if (cp >= 0x10000) return false;  // above the BMP: left to ICU
      const uint8_t ccc = table_[cp];
      if (ccc == kNotYes || (ccc != 0 && last > ccc)) return false;
      last = ccc;
    }
    return true;
  }

 private:
  std::vector<uint8_t> table_;  // by BMP code point: its combining class, or kNotYes
};

const NfcQuickCheck& QuickCheck() {
  static const NfcQuickCheck check;
  return check;
}

}  // namespace

Result<Normalizer> Normalizer::Create() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || nfc == nullptr) {
    return Status::Internal(std::string("ICU NFC normaliser unavailable: ") + u_errorName(err));
  }
  QuickCheck();  // built now, not inside the first document's analysis
  return Normalizer(nfc);
}

bool Normalizer::Nfc(std::string_view in, std::string* out) const {
  if (QuickCheck().Passes(in)) {
    out->assign(in);
    return false;
  }
  UErrorCode err = U_ZERO_ERROR;
  icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  if (AsNormalizer(nfc_)->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) {
    out->assign(in);
    return false;
  }
  out->clear();
  out->reserve(in.size() + in.size() / 8);
  err = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(out);
  AsNormalizer(nfc_)->normalizeUTF8(0, piece, sink, nullptr, err);
  if (U_FAILURE(err)) {
    out->assign(in);  // only on invalid input, which callers exclude
    return false;
  }
  return true;
}

bool Normalizer::Normalize(std::string_view in, std::string* out) const {
  if (!NeedsCleanup(in)) return Nfc(in, out);
  std::string cleaned;
  Cleanup(in, &cleaned);
  Nfc(cleaned, out);
  return true;
}

}  // namespace vigie
