// Fuzz target: publication date parsing (read/date.h).
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "read/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  std::optional<vigie::ParsedDate> d = vigie::ParseDate(s);
  if (d) {
    // Whatever parses is ISO 8601 at some precision: starts with four digits.
    if (d->iso.size() < 4) std::abort();
    for (int i = 0; i < 4; ++i) {
      if (d->iso[i] < '0' || d->iso[i] > '9') std::abort();
    }
  }
  return 0;
}
