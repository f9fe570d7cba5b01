// KeySet: membership and indices by hash, confirmed on the key; growth past many keys.
#include "lexicon/key_set.h"

#include <gtest/gtest.h>

#include <string>

namespace vigie {
namespace {

TEST(KeySet, InsertFindAndIndices) {
  KeySet set;
  EXPECT_FALSE(set.Contains("police"));
  EXPECT_EQ(set.Insert("police"), 0u);
  EXPECT_EQ(set.Insert("الشرطة"), 1u);
  EXPECT_EQ(set.Insert("police"), 0u);  // already there: same index, no growth
  EXPECT_EQ(set.size(), 2u);
  EXPECT_TRUE(set.Contains("police"));
  EXPECT_TRUE(set.Contains(KeyHash("الشرطة"), "الشرطة"));
  EXPECT_EQ(set.Find(KeyHash("الشرطة"), "الشرطة"), 1u);
  EXPECT_EQ(set.Find(KeyHash("army"), "army"), KeySet::kNone);
  EXPECT_FALSE(set.Contains(""));
}

TEST(KeySet, AHashHitIsConfirmedOnTheKey) {
  KeySet set;
  set.Insert("gao");
  // The right hash with another key (as a colliding key would bring) is no hit.
  EXPECT_FALSE(set.Contains(KeyHash("gao"), "mopti"));
}

TEST(KeySet, GrowsAndKeepsEveryKey) {
  KeySet set;
  for (int i = 0; i < 20000; ++i) EXPECT_EQ(set.Insert("k" + std::to_string(i)), static_cast<uint32_t>(i));
  EXPECT_EQ(set.size(), 20000u);
  for (int i = 0; i < 20000; ++i) {
    std::string k = "k" + std::to_string(i);
    ASSERT_EQ(set.Find(KeyHash(k), k), static_cast<uint32_t>(i)) << k;
  }
  EXPECT_FALSE(set.Contains("k20000"));
}

}  // namespace
}  // namespace vigie
