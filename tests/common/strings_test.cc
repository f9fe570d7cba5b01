// Tests for common/strings.h: the list splitting and joining shared by data loaders, the store
// and the command line.
#include "common/strings.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace vigie {
namespace {

TEST(Strings, SplitDropsOrKeepsEmptyPieces) {
  EXPECT_EQ(Split("fr,en,,ar,", ','), (std::vector<std::string_view>{"fr", "en", "ar"}));
  EXPECT_EQ(Split("a\t\tb\t", '\t', true), (std::vector<std::string_view>{"a", "", "b", ""}));
  EXPECT_TRUE(Split("", ',').empty());
  EXPECT_TRUE(Split("", ',', true).empty());
  EXPECT_EQ(SplitToStrings("org:a|org:b", '|'), (std::vector<std::string>{"org:a", "org:b"}));
}

TEST(Strings, JoinIsSplitsInverse) {
  std::vector<std::string> items = {"ML", "NE", "BF"};
  EXPECT_EQ(Join(items, ','), "ML,NE,BF");
  EXPECT_EQ(SplitToStrings(Join(items, ','), ','), items);
  EXPECT_EQ(Join({}, ','), "");
}

}  // namespace
}  // namespace vigie
