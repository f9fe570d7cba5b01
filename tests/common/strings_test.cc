// Tests for common/strings.h (the list splitting and joining shared by data loaders, the store
// and the command line) and common/name.h.
#include "common/strings.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/name.h"

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

// Name compares with character strings as std::string does: by content, whatever the array
// holding them, the length first.
TEST(Name, ComparesWithCharacterStringsAsAString) {
  const Name type("ASSAULT");
  EXPECT_TRUE(type == "ASSAULT");
  EXPECT_FALSE(type == "ASSAUL");
  EXPECT_FALSE(type == "ASSAULTS");
  EXPECT_TRUE(type != "COERCE");
  EXPECT_FALSE(type != "ASSAULT");
  char buffer[16] = "ASSAULT";  // an array longer than its text
  EXPECT_TRUE(type == buffer);
  const char* pointer = "ASSAULT";
  EXPECT_TRUE(type == pointer);
  EXPECT_TRUE(Name() == "");
  EXPECT_FALSE(Name() == "x");
  // With strings and other Names, as a std::string.
  EXPECT_TRUE(type == std::string("ASSAULT"));
  EXPECT_TRUE(type == Name("ASSAULT"));
  EXPECT_TRUE(type < Name("COERCE"));
  Name assigned;
  assigned = std::string("police");
  EXPECT_TRUE(assigned == "police");
  EXPECT_EQ(assigned.size(), 6u);
}

}  // namespace
}  // namespace vigie
