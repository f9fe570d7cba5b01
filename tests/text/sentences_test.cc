// Tests for text/sentences: the real splitter and abbreviation lists from data/, tables of
// texts with their expected sentences, and the coverage invariants on the sample articles and
// on generated text.
#include "text/sentences.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../test_util.h"
#include "text/normalize.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace vigie {
namespace {

class SentencesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<SentenceSplitter> s = SentenceSplitter::Load(testing::DataDir());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    splitter_ = new SentenceSplitter(std::move(s).value());
  }
  static void TearDownTestSuite() {
    delete splitter_;
    splitter_ = nullptr;
  }

  // Tokenizes and splits `text`, returning the sentences' texts.
  std::vector<std::string> Sentences(const std::string& text, const std::string& lang) {
    tokenizer_.Tokenize(text, DecimalMarkFor(lang), &tokens_);
    splitter_->Split(text, tokens_, lang, &sentences_);
    CheckInvariants(text, tokens_, sentences_);
    std::vector<std::string> out;
    for (const SentenceSpan& s : sentences_) out.push_back(text.substr(s.span.start, s.span.end - s.span.start));
    return out;
  }

 public:
  // Sentences cover every token, in order, without overlap or empty sentence.
  static void CheckInvariants(std::string_view text, const std::vector<Token>& tokens,
                              const std::vector<SentenceSpan>& sentences) {
    if (tokens.empty()) {
      EXPECT_TRUE(sentences.empty());
      return;
    }
    ASSERT_FALSE(sentences.empty());
    uint32_t next_token = 0;
    uint32_t prev_end = 0;
    for (const SentenceSpan& s : sentences) {
      ASSERT_EQ(s.first_token, next_token) << "gap or overlap in the token cover";
      ASSERT_LT(s.first_token, s.end_token) << "empty sentence";
      ASSERT_LE(s.end_token, tokens.size());
      ASSERT_EQ(s.span.start, tokens[s.first_token].start);
      ASSERT_EQ(s.span.end, tokens[s.end_token - 1].end);
      ASSERT_GE(s.span.start, prev_end);
      ASSERT_LE(s.span.end, text.size());
      prev_end = s.span.end;
      next_token = s.end_token;
    }
    ASSERT_EQ(next_token, tokens.size()) << "tokens left out at the end";
  }

  static SentenceSplitter* splitter_;
  Tokenizer tokenizer_;
  std::vector<Token> tokens_;
  std::vector<SentenceSpan> sentences_;
};

SentenceSplitter* SentencesTest::splitter_ = nullptr;

struct SentCase {
  const char* name;
  const char* lang;
  std::string text;
  std::vector<std::string> expected;
};

TEST_F(SentencesTest, Table) {
  const SentCase kCases[] = {
      // Abbreviations, initials and acronyms.
      {"title M. does not end", "fr", "M. Bourita a salué l'ONU. Il a réitéré le soutien du Royaume.",
       {"M. Bourita a salué l'ONU.", "Il a réitéré le soutien du Royaume."}},
      {"Gen. and U.N.", "en", "Gen. Smith arrived. The U.N. Security Council met.",
       {"Gen. Smith arrived.", "The U.N. Security Council met."}},
      {"initial", "en", "J. Smith spoke. Then he left.", {"J. Smith spoke.", "Then he left."}},
      {"initial in French", "fr", "Selon A. Diallo, le bilan est lourd.", {"Selon A. Diallo, le bilan est lourd."}},
      {"Dr. in French", "fr", "Le Dr. Kanté est arrivé. Il a parlé.", {"Le Dr. Kanté est arrivé.", "Il a parlé."}},
      {"Mme without period", "fr", "Mme Diallo a parlé. Elle a insisté.", {"Mme Diallo a parlé.", "Elle a insisté."}},
      {"etc. before a capital ends", "fr", "Des armes, des munitions, etc. Le ministre a confirmé.",
       {"Des armes, des munitions, etc.", "Le ministre a confirmé."}},
      {"etc. before lower case does not end", "fr", "Des armes, etc. et des munitions.",
       {"Des armes, etc. et des munitions."}},
      {"Inc. before a capital ends", "en", "He joined Acme Inc. The firm grew.", {"He joined Acme Inc.", "The firm grew."}},
      {"never-final abbreviation before a capital", "en", "They met Col. Brown.", {"They met Col. Brown."}},
      // Exact case first, then lower case: "VS" finds "vs"; "GEN" does not find "Gen".
      {"abbreviation lower-case fallback", "en", "It was Brown VS. Smith again.", {"It was Brown VS. Smith again."}},
      {"no upper-case fallback", "en", "See GEN. Smith now.", {"See GEN.", "Smith now."}},
      {"acronym inside", "fr", "Le président de la C.E.D.E.A.O. a parlé.", {"Le président de la C.E.D.E.A.O. a parlé."}},
      {"month abbreviation", "en", "On Oct. 21 the court met. It adjourned.", {"On Oct. 21 the court met.", "It adjourned."}},
      // Quotes and brackets.
      {"guillemets stay whole", "fr", "« Non ! » a-t-il dit. Puis il est parti.",
       {"« Non ! » a-t-il dit.", "Puis il est parti."}},
      {"spaced question mark splits", "fr", "Quoi ? Il part.", {"Quoi ?", "Il part."}},
      {"closing quote taken along", "en", "He said: \"We will fight.\" Then he left.",
       {"He said: \"We will fight.\"", "Then he left."}},
      {"curly closing quote taken along", "en", "He said: “We will fight.” Then he left.",
       {"He said: “We will fight.”", "Then he left."}},
      {"closing guillemet after a spaced period", "fr", "« C'est fini. » Le silence.",
       {"« C'est fini. »", "Le silence."}},
      {"closing parenthesis taken along", "fr", "(Il est parti.) Puis il revint.", {"(Il est parti.)", "Puis il revint."}},
      {"opening quote starts a sentence", "fr", "Il a fini. « Assez », dit-il.", {"Il a fini.", "« Assez », dit-il."}},
      {"opening parenthesis starts a sentence", "en", "It ended. (He left.)", {"It ended.", "(He left.)"}},
      {"terminators glued together", "fr", "Pourquoi ?! Personne ne sait.", {"Pourquoi ?!", "Personne ne sait."}},
      {"exclamation", "en", "Stop! Now.", {"Stop!", "Now."}},
      {"unicode ellipsis", "fr", "Il hésita… Puis il partit.", {"Il hésita…", "Puis il partit."}},
      {"ascii ellipsis", "fr", "Il hésita... Puis il partit.", {"Il hésita...", "Puis il partit."}},
      {"ellipsis before lower case", "fr", "Il hésita... puis partit.", {"Il hésita... puis partit."}},
      // What may follow a terminator.
      {"lower case does not start a sentence", "fr", "Il est parti. le lendemain, rien.",
       {"Il est parti. le lendemain, rien."}},
      {"glued terminator does not end", "fr", "Il est parti.Le lendemain, rien.", {"Il est parti.Le lendemain, rien."}},
      {"digit starts a sentence", "fr", "Il est parti. 12 soldats sont restés.",
       {"Il est parti.", "12 soldats sont restés."}},
      {"comma after a period does not start", "fr", "Le mot « fin. », dit-il.", {"Le mot « fin. », dit-il."}},
      // Numbers.
      {"year then period splits", "fr", "Le bilan est lourd en 2024. Le gouvernement a réagi.",
       {"Le bilan est lourd en 2024.", "Le gouvernement a réagi."}},
      {"decimal number does not split", "en", "About 3.5 million people fled.", {"About 3.5 million people fled."}},
      {"decimal number in French", "fr", "Il y a 3.5 millions de déplacés et 3,5 millions de réfugiés.",
       {"Il y a 3.5 millions de déplacés et 3,5 millions de réfugiés."}},
      // Paragraphs and edges.
      {"no final punctuation", "fr", "Un texte sans point final", {"Un texte sans point final"}},
      {"blank line splits", "fr", "Premier paragraphe sans point\n\nSecond paragraphe.",
       {"Premier paragraphe sans point", "Second paragraphe."}},
      {"title then body", "fr", "Attaque près de Ménaka\n\nDes hommes armés ont attaqué le village. Le bilan est lourd.",
       {"Attaque près de Ménaka", "Des hommes armés ont attaqué le village.", "Le bilan est lourd."}},
      {"blank line with spaces", "en", "Title\n  \t\nBody text.", {"Title", "Body text."}},
      {"blank line with a no-break space", "fr", "Titre\n\u00A0\nCorps.", {"Titre", "Corps."}},
      {"single newline does not split", "fr", "Une ligne\nqui continue.", {"Une ligne\nqui continue."}},
      {"blank line after an abbreviation splits", "en", "See Gen.\n\nNext part.", {"See Gen.", "Next part."}},
      {"empty", "fr", "", {}},
      {"only spaces", "fr", "  \n\n ", {}},
      {"only punctuation", "fr", "...", {"..."}},
      // Arabic.
      {"arabic comma and semicolon never end", "ar",
       "قال الوزير، إن الهجوم فشل؛ وأضاف أن القوات استعادت السيطرة على المنطقة. وتابع أن التحقيق مستمر؟ نعم.",
       {"قال الوزير، إن الهجوم فشل؛ وأضاف أن القوات استعادت السيطرة على المنطقة.", "وتابع أن التحقيق مستمر؟",
        "نعم."}},
      {"arabic after a period", "ar", "انتهى الاجتماع. وقال المتحدث إن النتائج جيدة.",
       {"انتهى الاجتماع.", "وقال المتحدث إن النتائج جيدة."}},
      {"arabic abbreviation never final", "ar", "قال د. أحمد إن الوضع مستقر.", {"قال د. أحمد إن الوضع مستقر."}},
  };
  for (const SentCase& c : kCases) {
    EXPECT_EQ(Sentences(c.text, c.lang), c.expected) << c.name;
  }
}

// Regression: a may-end abbreviation ended a sentence only before an upper-case letter, so
// in Arabic, which has no case, the era marker "م." (listed as may-end in
// abbreviations.ar.txt because it often closes a sentence) never ended one.
TEST_F(SentencesTest, RegressionMayEndAbbreviationBeforeCaselessScript) {
  EXPECT_EQ(Sentences("وقع الهجوم عام 2024 م. وقال الوزير إن القوات تلاحق المهاجمين.", "ar"),
            (std::vector<std::string>{"وقع الهجوم عام 2024 م.", "وقال الوزير إن القوات تلاحق المهاجمين."}));
  EXPECT_EQ(Sentences("توفي عام 1350 هـ. ودفن في المدينة.", "ar"),
            (std::vector<std::string>{"توفي عام 1350 هـ.", "ودفن في المدينة."}));
  // Never-final Arabic abbreviations still never end one, and Latin lower case still does
  // not follow a may-end abbreviation into a new sentence.
  EXPECT_EQ(Sentences("قال د. أحمد إن الوضع مستقر.", "ar"),
            (std::vector<std::string>{"قال د. أحمد إن الوضع مستقر."}));
  EXPECT_EQ(Sentences("Des armes, etc. et des munitions.", "fr"),
            (std::vector<std::string>{"Des armes, etc. et des munitions."}));
  // A may-end abbreviation before a digit does not end the sentence.
  EXPECT_EQ(Sentences("Il y avait des armes, etc. 12 au total.", "fr"),
            (std::vector<std::string>{"Il y avait des armes, etc. 12 au total."}));
}

TEST_F(SentencesTest, UnknownLanguageUsesEveryList) {
  // "Gen" is only in the English list; a language without a list looks in all of them.
  EXPECT_EQ(Sentences("Gen. Smith arrived. Then he left.", "sw"),
            (std::vector<std::string>{"Gen. Smith arrived.", "Then he left."}));
  // A language with a list looks only in its own: "Gen" is not French ("Gén" is).
  EXPECT_EQ(Sentences("Le Gen. Smith arriva. Puis il partit.", "fr"),
            (std::vector<std::string>{"Le Gen.", "Smith arriva.", "Puis il partit."}));
}

TEST(Abbreviations, FindExactThenLowerCase) {
  Abbreviations a;
  a.Add("en", "Gen", AbbreviationKind::kNeverFinal);
  a.Add("en", "etc", AbbreviationKind::kMayEnd);
  a.Add("fr", "M", AbbreviationKind::kNeverFinal);
  ASSERT_NE(a.Find("en", "Gen"), nullptr);
  EXPECT_EQ(*a.Find("en", "Gen"), AbbreviationKind::kNeverFinal);
  ASSERT_NE(a.Find("en", "ETC"), nullptr);
  EXPECT_EQ(*a.Find("en", "ETC"), AbbreviationKind::kMayEnd);
  EXPECT_EQ(a.Find("en", "gen"), nullptr);  // lower-case input does not match a capitalised entry
  EXPECT_EQ(a.Find("en", "M"), nullptr);    // a language with a list uses only its own
  ASSERT_NE(a.Find("sw", "M"), nullptr);    // a language without one uses all
  EXPECT_EQ(a.Find("sw", "Xyz"), nullptr);
}

TEST(Abbreviations, AddFileRejectsABadSecondColumn) {
  testing::TempDir dir;
  std::string path = dir.Write("abbreviations.xx.txt", "# test\nok\nfine\tmay-end\nbad\tmaybe\n");
  Abbreviations a;
  Status s = a.AddFile(path, "xx");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":4:"), std::string::npos) << s.message();
}

TEST(Abbreviations, AddFileDropsATrailingPeriod) {
  testing::TempDir dir;
  std::string path = dir.Write("abbreviations.xx.txt", "Gen.\netc.\tmay-end\n");
  Abbreviations a;
  ASSERT_TRUE(a.AddFile(path, "xx").ok());
  EXPECT_NE(a.Find("xx", "Gen"), nullptr);
  ASSERT_NE(a.Find("xx", "etc"), nullptr);
  EXPECT_EQ(*a.Find("xx", "etc"), AbbreviationKind::kMayEnd);
}

TEST(SentenceSplitterLoad, MissingFolderIsAnError) {
  testing::TempDir dir;
  Result<SentenceSplitter> s = SentenceSplitter::Load(dir.path());
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kNotFound);
}

// --- The sample articles -----------------------------------------------------------------------

struct Sample {
  std::string name;
  std::string lang;
  std::string text;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Sample> LoadSamples() {
  namespace fs = std::filesystem;
  std::vector<Sample> out;
  const fs::path root = fs::path(VIGIE_TEST_SOURCE_DIR) / "samples";
  // news.jsonl: one article a line, with title and text.
  std::string jsonl = ReadFile((root / "news.jsonl").string());
  simdjson::dom::parser parser;
  std::istringstream lines(jsonl);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    simdjson::dom::element doc;
    if (parser.parse(line).get(doc) != simdjson::SUCCESS) {
      ADD_FAILURE() << "bad JSON line in news.jsonl";
      continue;
    }
    std::string_view id, lang, title, text;
    if (doc["id"].get(id) || doc["lang"].get(lang) || doc["title"].get(title) || doc["text"].get(text)) {
      ADD_FAILURE() << "missing field in news.jsonl";
      continue;
    }
    out.push_back({std::string(id) + ".text", std::string(lang), std::string(text)});
    out.push_back({std::string(id) + ".title+text", std::string(lang), std::string(title) + "\n\n" + std::string(text)});
  }
  // seed/*.txt: "date ..." on the first line, the body after it (on the same line in two files).
  for (const auto& entry : fs::directory_iterator(root / "seed")) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt") continue;
    std::string contents = ReadFile(entry.path().string());
    size_t nl = contents.find('\n');
    std::string first = contents.substr(0, nl);
    std::string body = nl == std::string::npos ? "" : contents.substr(nl + 1);
    // "date 2024-09 Body starts here": the date is the second field.
    size_t sp1 = first.find(' ');
    size_t sp2 = sp1 == std::string::npos ? std::string::npos : first.find(' ', sp1 + 1);
    if (sp2 != std::string::npos) body = first.substr(sp2 + 1) + "\n" + body;
    out.push_back({"seed/" + name, name.substr(0, 2), body});
  }
  return out;
}

TEST_F(SentencesTest, SamplesAreCoveredInOrder) {
  std::vector<Sample> samples = LoadSamples();
  ASSERT_GE(samples.size(), 15u * 2 + 15u) << "expected at least 15 JSONL articles and 15 seed files";
  Result<Normalizer> normalizer = Normalizer::Create();
  ASSERT_TRUE(normalizer.ok());
  std::string text;
  for (const Sample& s : samples) {
    SCOPED_TRACE(s.name);
    ASSERT_TRUE(utf8::IsValid(s.text));
    normalizer->Normalize(s.text, &text);
    tokenizer_.Tokenize(text, DecimalMarkFor(s.lang), &tokens_);
    splitter_->Split(text, tokens_, s.lang, &sentences_);
    CheckInvariants(text, tokens_, sentences_);
    EXPECT_GT(tokens_.size(), 50u);
    // Articles of several paragraphs have several sentences, and none is absurdly long.
    EXPECT_GE(sentences_.size(), 4u);
    for (const SentenceSpan& sp : sentences_) {
      EXPECT_LT(sp.end_token - sp.first_token, 200u)
          << text.substr(sp.span.start, std::min<size_t>(200, sp.span.end - sp.span.start));
    }
    // Every blank line of the text separates two sentences.
    for (size_t p = text.find("\n\n"); p != std::string::npos; p = text.find("\n\n", p + 2)) {
      for (const SentenceSpan& sp : sentences_) {
        EXPECT_FALSE(sp.span.start < p && p < sp.span.end) << "sentence crosses the blank line at " << p;
      }
    }
    // And the same tokens give the same sentences when split again with the scratch reused.
    std::vector<SentenceSpan> again;
    splitter_->Split(text, tokens_, s.lang, &again);
    ASSERT_EQ(again.size(), sentences_.size());
    for (size_t k = 0; k < again.size(); ++k) EXPECT_EQ(again[k].span, sentences_[k].span);
  }
}

TEST_F(SentencesTest, GeneratedTextIsCoveredInOrder) {
  static const char* const kPieces[] = {
      "Le", "M", "Gen", "etc", "U.N.", "J", "ministre", "a", "dit", "اجتماع", "وقال", "د", "12", "3,5", " ", " ",
      " ", "\n", "\n\n", "\n \n", ".", ".", "!", "?", "…", "...", "؟", "،", "؛", "«", "»", "\"", "“", "”", "(",
      ")", "'", "’", "-", "—", ",", ":", "\u00A0", "https://example.org/a.", "$",
  };
  std::mt19937 rng(31337);
  for (int iter = 0; iter < 5000; ++iter) {
    std::string text;
    size_t n = rng() % 40;
    for (size_t i = 0; i < n; ++i) text += kPieces[rng() % (sizeof(kPieces) / sizeof(kPieces[0]))];
    for (const char* lang : {"fr", "en", "ar", "sw"}) {
      tokenizer_.Tokenize(text, DecimalMarkFor(lang), &tokens_);
      splitter_->Split(text, tokens_, lang, &sentences_);
      CheckInvariants(text, tokens_, sentences_);
      if (HasFatalFailure()) {
        ADD_FAILURE() << "text: " << text << " lang " << lang;
        return;
      }
    }
  }
}

}  // namespace
}  // namespace vigie
