#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

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

}  // namespace

Result<Normalizer> Normalizer::Create() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err) || nfc == nullptr) {
    return Status::Internal(std::string("ICU NFC normaliser unavailable: ") + u_errorName(err));
  }
  return Normalizer(nfc);
}

bool Normalizer::Nfc(std::string_view in, std::string* out) const {
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
