// KeySet: a set of folded keys probed with the hash each match token already carries
// (match_tokens.h, KeyHash), so that a lookup per token builds no string, hashes nothing and
// rarely touches the table: a 64 Kibit filter of hash bits turns most keys away first, then open
// addressing over the hashes, linear probing, at most half full.
// KeyHash is fast, not collision-proof: a hit is confirmed on the key itself.
// Find() gives the key's insertion index, for tables that hang data on keys.
#ifndef VIGIE_LEXICON_KEY_SET_H_
#define VIGIE_LEXICON_KEY_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/match_tokens.h"

namespace vigie {

class KeySet {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;

  // Adds `key` (if new) and returns its index.
  uint32_t Insert(std::string key) {
    uint64_t h = Spread(KeyHash(key));
    if (uint32_t found = Find(h, key); found != kNone) return found;
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    keys_.push_back(std::move(key));
    Place(h, static_cast<uint32_t>(keys_.size() - 1));
    return static_cast<uint32_t>(keys_.size() - 1);
  }
  // The index of `key`, or kNone; `hash` must be KeyHash(key).
  uint32_t Find(uint64_t hash, std::string_view key) const {
    if (slots_.empty()) return kNone;
    uint64_t h = Spread(hash);
    uint32_t bit = FilterBit(h);
    if ((filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return kNone;
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.hash == 0) return kNone;
      if (s.hash == h && keys_[s.index] == key) return s.index;
    }
  }
  bool Contains(uint64_t hash, std::string_view key) const { return Find(hash, key) != kNone; }
  bool Contains(std::string_view key) const { return Contains(KeyHash(key), key); }
  size_t size() const { return keys_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    uint32_t index = 0;
  };
  static uint64_t Spread(uint64_t h) { return h == 0 ? 1 : h; }
  static uint32_t FilterBit(uint64_t h) { return static_cast<uint32_t>(h >> 40) & 0xFFFF; }
  void Place(uint64_t h, uint32_t index) {
    if (filter_.empty()) filter_.assign(1024, 0);
    uint32_t bit = FilterBit(h);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].hash != 0) i = (i + 1) & mask;
    slots_[i] = {h, index};
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot());
    for (const Slot& s : old) {
      if (s.hash != 0) Place(s.hash, s.index);
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string> keys_;
  std::vector<uint64_t> filter_;  // 65,536 bits
};

}  // namespace vigie

#endif  // VIGIE_LEXICON_KEY_SET_H_
