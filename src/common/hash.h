// Stable, platform-independent 64-bit content hash (FNV-1a with a final avalanche mix).
// Used for document ids when the input gives none; the value must never change between
// releases, since stored ids depend on it.
#ifndef VIGIE_COMMON_HASH_H_
#define VIGIE_COMMON_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace vigie {

uint64_t Hash64(std::string_view data, uint64_t seed = 0);

// 16 lowercase hex digits.
std::string Hex64(uint64_t value);

}  // namespace vigie

#endif  // VIGIE_COMMON_HASH_H_
