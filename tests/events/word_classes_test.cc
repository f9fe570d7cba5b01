#include "events/word_classes.h"

#include <gtest/gtest.h>

#include <string>

#include "../test_util.h"

namespace vigie {
namespace {

using W = WordClasses;

// Every class the code names, over the project's data.
TEST(WordClasses, TheProjectsFilesHoldEveryClass) {
  Result<WordClasses> classes = WordClasses::Load(testing::DataDir() + "/events");
  ASSERT_TRUE(classes.ok()) << classes.status().message();
  // Words are folded when read: "الأعنف" is found as its folded key "الاعنف", "première" as "premiere".
  const W::Language& ar = classes->ForLanguage("ar");
  EXPECT_TRUE((ar.ClassesOf("\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB9\xD9\x86\xD9\x81") >> W::kSuperlatives) & 1);
  EXPECT_TRUE((classes->ForLanguage("fr").ClassesOf("premiere") >> W::kSuperlatives) & 1);
  // "آلاف" (thousands) folds to "الاف", the key a document's token has.
  EXPECT_TRUE((ar.ClassesOf("\xD8\xA7\xD9\x84\xD8\xA7\xD9\x81") >> W::kThousands) & 1);
  // A document is tested against its own language's classes only.
  EXPECT_TRUE((classes->ForLanguage("en").ClassesOf("said") >> W::kSpeechVerbs) & 1);
  EXPECT_FALSE((classes->ForLanguage("fr").ClassesOf("said") >> W::kSpeechVerbs) & 1);
  EXPECT_EQ(classes->ForLanguage("sw").ClassesOf("said"), 0u);
  // A word may be in several classes ("forces": troops; "exercise": operation).
  EXPECT_TRUE((classes->ForLanguage("en").ClassesOf("units") >> W::kTroopNouns) & 1);
  EXPECT_TRUE((classes->ForLanguage("en").ClassesOf("units") >> W::kUnitNouns) & 1);
}

class WordClassFiles : public ::testing::Test {
 protected:
  // A data folder whose classes are all given one word in English, plus `extra` lines.
  std::string Write(const std::string& extra) {
    std::string all;
    for (int id = 0; id < W::kCount; ++id) all += std::string(W::Name(static_cast<W::Id>(id))) + "\tword\n";
    dir_.Write("events/words.en.tsv", all + extra);
    return dir_.path() + "/events";
  }
  testing::TempDir dir_;
};

TEST_F(WordClassFiles, SeveralLinesOfAClassAddUp) {
  Result<WordClasses> classes = WordClasses::Load(Write("speech_verbs\tQuipped  Muttered\n"));
  ASSERT_TRUE(classes.ok()) << classes.status().message();
  const W::Language& en = classes->ForLanguage("en");
  EXPECT_TRUE((en.ClassesOf("quipped") >> W::kSpeechVerbs) & 1);
  EXPECT_TRUE((en.ClassesOf("muttered") >> W::kSpeechVerbs) & 1);
  EXPECT_EQ(en.words(W::kSpeechVerbs).size(), 3u);  // "word", "quipped", "muttered"
  EXPECT_EQ(en.ClassesOf("Quipped"), 0u);           // keys are folded: the caller folds too
}

TEST_F(WordClassFiles, AnUnknownClassIsALoadError) {
  Result<WordClasses> classes = WordClasses::Load(Write("speach_verbs\tsaid\n"));
  ASSERT_FALSE(classes.ok());
  EXPECT_NE(classes.status().message().find("unknown word class 'speach_verbs'"), std::string::npos);
  EXPECT_NE(classes.status().message().find("words.en.tsv:"), std::string::npos);
}

TEST_F(WordClassFiles, ALineWithoutWordsIsALoadError) {
  Result<WordClasses> classes = WordClasses::Load(Write("speech_verbs\n"));
  ASSERT_FALSE(classes.ok());
  EXPECT_NE(classes.status().message().find("expected a class name"), std::string::npos);
}

TEST(WordClasses, AClassWithNoWordIsALoadError) {
  testing::TempDir dir;
  dir.Write("events/words.en.tsv", "speech_verbs\tsaid\n");
  Result<WordClasses> classes = WordClasses::Load(dir.path() + "/events");
  ASSERT_FALSE(classes.ok());
  EXPECT_NE(classes.status().message().find("no words for class"), std::string::npos);
}

}  // namespace
}  // namespace vigie
