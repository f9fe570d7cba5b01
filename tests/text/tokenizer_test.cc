// Tests for text/tokenizer: tables of tricky input with the expected tokens, and properties
// checked on generated text against a naive classifier built on ICU's general categories.
#include "text/tokenizer.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <chrono>
#include <cmath>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace vigie {
namespace {

// --- Expected tokens ---------------------------------------------------------------------------

struct Tok {
  std::string text;
  TokenKind kind = TokenKind::kWord;
  uint16_t has = 0;    // flags that must be set
  uint16_t lacks = 0;  // flags that must not be set
  double value = 0;    // for numbers
  std::optional<std::vector<int>> clitics;  // Arabic proclitic ends, when checked
};

Tok W(std::string text, uint16_t has = 0, uint16_t lacks = 0) {
  return Tok{std::move(text), TokenKind::kWord, has, lacks, 0, std::nullopt};
}
Tok N(std::string text, double value) { return Tok{std::move(text), TokenKind::kNumber, 0, 0, value, std::nullopt}; }
Tok P(std::string text) { return Tok{std::move(text), TokenKind::kPunct, 0, 0, 0, std::nullopt}; }
Tok S(std::string text) { return Tok{std::move(text), TokenKind::kSymbol, 0, 0, 0, std::nullopt}; }
Tok U(std::string text) { return Tok{std::move(text), TokenKind::kUrl, 0, 0, 0, std::nullopt}; }
Tok E(std::string text) { return Tok{std::move(text), TokenKind::kEmail, 0, 0, 0, std::nullopt}; }
Tok A(std::string text, std::vector<int> clitics, uint16_t has = kTokArabic | kTokLetters) {
  return Tok{std::move(text), TokenKind::kWord, has, 0, 0, std::move(clitics)};
}

const char* KindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
  }
  return "?";
}

std::string Describe(std::string_view text, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    out += "[";
    out += text.substr(t.start, t.size());
    out += "|";
    out += KindName(t.kind);
    out += "] ";
  }
  return out;
}

constexpr DecimalMark kFr = DecimalMark::kComma;
constexpr DecimalMark kEn = DecimalMark::kDot;

struct TokCase {
  const char* name;
  std::string input;
  DecimalMark mark;
  std::vector<Tok> expected;
};

void CheckCases(const std::vector<TokCase>& cases) {
  Tokenizer tokenizer;
  for (const TokCase& c : cases) {
    SCOPED_TRACE(std::string(c.name) + ": " + c.input);
    ASSERT_TRUE(utf8::IsValid(c.input));
    std::vector<Token> tokens(3);  // stale contents must be cleared
    tokenizer.Tokenize(c.input, c.mark, &tokens);
    std::vector<std::string> got_texts, want_texts;
    for (const Token& t : tokens) got_texts.emplace_back(c.input.substr(t.start, t.size()));
    for (const Tok& e : c.expected) want_texts.push_back(e.text);
    ASSERT_EQ(got_texts, want_texts) << Describe(c.input, tokens);
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      const Tok& e = c.expected[k];
      EXPECT_EQ(KindName(t.kind), std::string(KindName(e.kind))) << "token " << e.text;
      EXPECT_EQ(t.flags & e.has, e.has) << "token " << e.text << " flags " << t.flags;
      EXPECT_EQ(t.flags & e.lacks, 0) << "token " << e.text << " flags " << t.flags;
      if (e.kind == TokenKind::kNumber) {
        EXPECT_DOUBLE_EQ(t.value, e.value) << "token " << e.text;
      }
      if (e.clitics) {
        std::vector<int> got(t.clitic_ends, t.clitic_ends + t.num_clitics);
        EXPECT_EQ(got, *e.clitics) << "clitics of " << e.text;
      }
    }
  }
}

// --- Tables ----------------------------------------------------------------------------------

TEST(Tokenizer, FrenchElisions) {
  CheckCases({
      {"l'ONU", "l'ONU", kFr, {W("l'", kTokElision | kTokLetters, kTokCapitalized), W("ONU", kTokAllCaps | kTokCapitalized, kTokElision)}},
      {"d'AQMI", "d'AQMI", kFr, {W("d'", kTokElision), W("AQMI", kTokAllCaps)}},
      {"qu'il", "qu'il", kFr, {W("qu'", kTokElision), W("il", 0, kTokElision)}},
      {"jusqu'à", "jusqu'à", kFr, {W("jusqu'", kTokElision), W("à")}},
      {"lorsqu'", "lorsqu'elle", kFr, {W("lorsqu'", kTokElision), W("elle")}},
      {"typographic apostrophe", "L’Afrique", kFr,
       {W("L’", kTokElision | kTokCapitalized), W("Afrique", kTokCapitalized, kTokAllCaps | kTokElision)}},
      {"aujourd'hui stays whole", "aujourd'hui", kFr, {W("aujourd'hui", kTokLetters, kTokElision)}},
      {"aujourd’hui typographic stays whole", "aujourd’hui", kFr, {W("aujourd’hui", 0, kTokElision)}},
      {"O'Neil inner apostrophe", "O'Neil", kEn, {W("O'Neil", kTokCapitalized, kTokElision)}},
      {"two elisions in a row", "qu'l'on", kFr, {W("qu'", kTokElision), W("l'", kTokElision), W("on")}},
      {"elision in a sentence", "C'est l'armée d'État.", kFr,
       {W("C'", kTokElision | kTokCapitalized), W("est"), W("l'", kTokElision), W("armée"), W("d'", kTokElision),
        W("État", kTokCapitalized), P(".")}},
      {"apostrophe before a digit ends the word", "l'2024", kFr, {W("l"), P("'"), N("2024", 2024)}},
      {"closing quote after a word", "les 'soldats' partent", kFr,
       {W("les"), P("'"), W("soldats"), P("'"), W("partent")}},
  });
}

TEST(Tokenizer, EnglishPossessive) {
  CheckCases({
      {"possessive", "Nigeria's army", kEn, {W("Nigeria", kTokCapitalized), W("'s", kTokPossessive), W("army")}},
      {"typographic possessive", "Nigeria’s", kEn, {W("Nigeria"), W("’s", kTokPossessive)}},
      {"possessive at end", "the army's.", kEn, {W("the"), W("army"), W("'s", kTokPossessive), P(".")}},
      {"not a possessive: 'st'", "Nigeria'sta", kEn, {W("Nigeria'sta", 0, kTokPossessive)}},
      {"plural possessive", "soldiers' families", kEn, {W("soldiers"), P("'"), W("families")}},
      {"contraction", "can't", kEn, {W("can't", 0, kTokPossessive | kTokElision)}},
  });
}

TEST(Tokenizer, Hyphens) {
  CheckCases({
      {"co-présidé", "co-présidé", kFr, {W("co-présidé", kTokHyphenated, kTokCapitalized)}},
      {"al-Shabaab", "al-Shabaab", kEn, {W("al-Shabaab", kTokHyphenated, kTokCapitalized | kTokAllCaps)}},
      {"Guinée-Bissau", "Guinée-Bissau", kFr, {W("Guinée-Bissau", kTokHyphenated | kTokCapitalized)}},
      {"COVID-19", "COVID-19", kEn, {W("COVID-19", kTokHyphenated | kTokHasDigit | kTokAllCaps)}},
      {"a-t-il", "a-t-il", kFr, {W("a-t-il", kTokHyphenated)}},
      {"non-breaking hyphen U+2011", "Guinée\u2011Bissau", kFr, {W("Guinée\u2011Bissau", kTokHyphenated)}},
      {"digits then hyphen then letters", "19-year-old", kEn, {W("19-year-old", kTokHyphenated | kTokHasDigit)}},
      {"number range", "2023-2024", kEn, {N("2023", 2023), P("-"), N("2024", 2024)}},
      {"spaced dash", "Dakar - Bamako", kFr, {W("Dakar"), P("-"), W("Bamako")}},
      {"trailing hyphen", "pré- et post-", kFr, {W("pré"), P("-"), W("et"), W("post"), P("-")}},
      {"leading hyphen", "-Bamako", kFr, {P("-"), W("Bamako")}},
      {"double hyphen", "a--b", kFr, {W("a"), P("-"), P("-"), W("b")}},
  });
}

TEST(Tokenizer, DottedAcronyms) {
  CheckCases({
      {"U.N.", "the U.N. said", kEn, {W("the"), W("U.N.", kTokAcronym | kTokAllCaps), W("said")}},
      {"U.S.A. keeps its final period", "U.S.A.", kEn, {W("U.S.A.", kTokAcronym | kTokAllCaps)}},
      {"acronym then comma", "U.N., AU", kEn, {W("U.N.", kTokAcronym), P(","), W("AU", kTokAllCaps)}},
      {"lower-case acronym", "e.g. this", kEn, {W("e.g.", kTokAcronym, kTokAllCaps | kTokCapitalized), W("this")}},
      {"title is not an acronym", "M. Bourita", kFr, {W("M", kTokCapitalized, kTokAcronym | kTokAllCaps), P("."), W("Bourita")}},
      {"no final period", "A.B.C", kEn, {W("A"), P("."), W("B"), P("."), W("C")}},
      {"glued to a word", "U.No", kEn, {W("U"), P("."), W("No")}},
  });
}

TEST(Tokenizer, Numbers) {
  CheckCases({
      {"space-grouped fr", "12 000 morts", kFr, {N("12 000", 12000), W("morts")}},
      {"space-grouped en stays apart", "12 000", kEn, {N("12", 12), N("000", 0)}},
      {"narrow no-break space fr", "12\u202F000", kFr, {N("12\u202F000", 12000)}},
      {"no-break space fr", "5\u00A0000 soldats", kFr, {N("5\u00A0000", 5000), W("soldats")}},
      {"millions fr", "1 500 000", kFr, {N("1 500 000", 1500000)}},
      {"comma-grouped en", "1,500 troops", kEn, {N("1,500", 1500), W("troops")}},
      {"comma-grouped millions en", "12,000,000", kEn, {N("12,000,000", 12000000)}},
      {"comma decimal fr", "1,500", kFr, {N("1,500", 1.5)}},
      {"3,5 millions fr", "3,5 millions", kFr, {N("3,5", 3.5), W("millions")}},
      {"dot decimal en", "3.5", kEn, {N("3.5", 3.5)}},
      {"dot-grouped fr", "1.500", kFr, {N("1.500", 1500)}},
      {"dot decimal in a French text", "3.5", kFr, {N("3.5", 3.5)}},
      {"grouped with decimals fr", "1 500,25", kFr, {N("1 500,25", 1500.25)}},
      {"grouped with decimals en", "1,500.25", kEn, {N("1,500.25", 1500.25)}},
      {"dot-grouped and comma decimals fr", "1.500,5", kFr, {N("1.500,5", 1500.5)}},
      {"two-digit group is no group", "12 00", kFr, {N("12", 12), N("00", 0)}},
      {"four-digit group is no group", "12 0000", kFr, {N("12", 12), N("0000", 0)}},
      {"four-digit head is not grouped", "2024 000", kFr, {N("2024", 2024), N("000", 0)}},
      {"comma then space en", "3, 200", kEn, {N("3", 3), P(","), N("200", 200)}},
      {"year then period", "en 2024. Le", kFr, {W("en"), N("2024", 2024), P("."), W("Le")}},
      {"arabic-indic digits", "١٢", kEn, {N("١٢", 12)}},
      {"arabic decimal separator", "٣٫٥", kEn, {N("٣٫٥", 3.5)}},
      {"arabic thousands separator", "١٢٬٠٠٠", kEn, {N("١٢٬٠٠٠", 12000)}},
      {"persian digits", "۲۰۲۴", kEn, {N("۲۰۲۴", 2024)}},
      {"percent", "45%", kFr, {N("45", 45), P("%")}},
      {"currency", "$12", kEn, {S("$"), N("12", 12)}},
  });
}

TEST(Tokenizer, DigitsGluedToLetters) {
  CheckCases({
      {"1er", "le 1er mars", kFr, {W("le"), W("1er", kTokHasDigit | kTokLetters), W("mars")}},
      {"12h30", "12h30", kFr, {W("12h30", kTokHasDigit)}},
      {"G5", "le G5 Sahel", kFr, {W("le"), W("G5", kTokHasDigit | kTokCapitalized, kTokAllCaps), W("Sahel")}},
      {"5km", "5km", kFr, {W("5km", kTokHasDigit)}},
      {"KM4", "KM4", kEn, {W("KM4", kTokHasDigit | kTokAllCaps)}},
      {"plain word has no digit flag", "Sahel", kFr, {W("Sahel", kTokLetters, kTokHasDigit)}},
      {"number has no letters", "12", kFr, {N("12", 12)}},
  });
}

TEST(Tokenizer, UrlsAndEmails) {
  CheckCases({
      {"url with query, final period stripped", "voir https://example.org/a?b=c.", kFr,
       {W("voir"), U("https://example.org/a?b=c"), P(".")}},
      {"url in parentheses", "(https://example.org/a)", kFr, {P("("), U("https://example.org/a"), P(")")}},
      {"url with balanced parentheses", "(http://example.org/wiki/A_(b))", kEn,
       {P("("), U("http://example.org/wiki/A_(b)"), P(")")}},
      {"www url then comma", "www.example.org, puis", kFr, {U("www.example.org"), P(","), W("puis")}},
      {"upper-case scheme", "HTTPS://EXAMPLE.ORG/X", kEn, {U("HTTPS://EXAMPLE.ORG/X")}},
      {"url in guillemets", "«https://example.org/x»", kFr, {P("«"), U("https://example.org/x"), P("»")}},
      {"url trailing punctuation", "https://example.org/x?!", kEn, {U("https://example.org/x"), P("?"), P("!")}},
      {"bare scheme is no url", "http://", kEn, {W("http"), P(":"), P("/"), P("/")}},
      {"word starting like www", "wwwhat", kEn, {W("wwwhat")}},
      {"email", "contact@example.org.", kFr, {E("contact@example.org"), P(".")}},
      {"email with dots and plus", "a.b+c@mail.example.org", kEn, {E("a.b+c@mail.example.org")}},
      {"no top-level domain", "user@localhost", kEn, {W("user"), P("@"), W("localhost")}},
      {"one-letter top-level domain", "user@example.o", kEn, {W("user"), P("@"), W("example"), P("."), W("o")}},
      {"numeric top-level domain", "a@b.12", kEn, {W("a"), P("@"), W("b"), P("."), N("12", 12)}},
      {"handle", "@vigie", kEn, {P("@"), W("vigie")}},
  });
}

TEST(Tokenizer, Punctuation) {
  CheckCases({
      {"ellipsis one token", "Attendez... non", kFr, {W("Attendez"), P("..."), W("non")}},
      {"long ellipsis one token", "Quoi.....", kFr, {W("Quoi"), P(".....")}},
      {"two dots are two tokens", "a..", kFr, {W("a"), P("."), P(".")}},
      {"unicode ellipsis", "mais…", kFr, {W("mais"), P("…")}},
      {"arabic punctuation", "نعم، لا؛ لماذا؟", kEn,
       {W("نعم", kTokArabic), P("،"), W("لا", kTokArabic), P("؛"), W("لماذا", kTokArabic), P("؟")}},
      {"french spaced punctuation", "« Non ! »", kFr, {P("«"), W("Non"), P("!"), P("»")}},
      {"symbols", "+5 € ©", kFr, {S("+"), N("5", 5), S("€"), S("©")}},
      {"emoji is a symbol", "ok 😀", kEn, {W("ok"), S("😀")}},
  });
}

TEST(Tokenizer, ArabicClitics) {
  CheckCases({
      // و + ب + وكو: "بوكو" after two bytes, "وكو" after four.
      {"wa + bi", "وبوكو", kEn, {A("وبوكو", {2, 4})}},
      // ل + ال written لل.
      {"li + al as lam-lam", "للأمم", kEn, {A("للأمم", {2, 4})}},
      {"wa + al", "والجيش", kEn, {A("والجيش", {2, 6})}},
      {"fa + al", "فالجيش", kEn, {A("فالجيش", {2, 6})}},
      {"al alone", "الجيش", kEn, {A("الجيش", {4})}},
      {"wa + li + al", "وللأمم", kEn, {A("وللأمم", {2, 4, 6})}},
      {"wa with a three-letter stem", "وزير", kEn, {A("وزير", {2})}},
      {"wa with a two-letter stem is no clitic", "ولد", kEn, {A("ولد", {})}},
      {"al with a one-letter stem is no clitic", "الم", kEn, {A("الم", {})}},
      {"no clitic", "مدينة", kEn, {A("مدينة", {})}},
      // With harakat: the boundary falls after the mark that belongs to the proclitic.
      {"harakat inside", "وَالجَيش", kEn, {A("وَالجَيش", {4, 8})}},
      {"latin words have none", "Boko", kEn, {A("Boko", {}, kTokLetters)}},
  });
}

TEST(Tokenizer, Capitalisation) {
  CheckCases({
      {"flags", "Le ONU iPhone Ménaka ÉTAT A x", kFr,
       {W("Le", kTokCapitalized, kTokAllCaps), W("ONU", kTokCapitalized | kTokAllCaps),
        W("iPhone", 0, kTokCapitalized | kTokAllCaps), W("Ménaka", kTokCapitalized, kTokAllCaps),
        W("ÉTAT", kTokCapitalized | kTokAllCaps), W("A", kTokCapitalized, kTokAllCaps),
        W("x", kTokLetters, kTokCapitalized | kTokAllCaps)}},
      {"arabic has no case", "الجيش", kEn, {W("الجيش", kTokArabic, kTokCapitalized | kTokAllCaps)}},
      {"capital after digits", "3M", kEn, {W("3M", kTokCapitalized | kTokHasDigit, kTokAllCaps)}},
  });
}

TEST(Tokenizer, InvisibleCharactersInsideWords) {
  CheckCases({
      {"soft hyphen inside", "coop\u00ADération", kFr, {W("coop\u00ADération")}},
      {"zero-width joiner inside", "Boko\u200DHaram", kEn, {W("Boko\u200DHaram")}},
      {"zero-width non-joiner in arabic", "مى\u200Cخواهم", kEn, {W("مى\u200Cخواهم", kTokArabic)}},
      {"soft hyphen at the end is dropped", "mot\u00AD suivant", kFr, {W("mot"), W("suivant")}},
      {"zero-width space at the start is dropped", "\u200Bmot", kFr, {W("mot")}},
      {"combining mark keeps the word", "Me\u0301naka", kFr, {W("Me\u0301naka", kTokCapitalized)}},
      {"right-to-left text", "\u200Fالجيش\u200F", kEn, {W("الجيش", kTokArabic)}},
  });
}

TEST(Tokenizer, WhiteSpaceOnly) {
  CheckCases({
      {"empty", "", kFr, {}},
      {"spaces", " \t\n\u00A0\u202F\u2009\u3000", kFr, {}},
  });
}

TEST(Tokenizer, DecimalMarkForLanguages) {
  for (const char* lang : {"fr", "pt", "es", "de", "it", "ru", "tr", "id"}) {
    EXPECT_EQ(DecimalMarkFor(lang), DecimalMark::kComma) << lang;
  }
  for (const char* lang : {"en", "ar", "sw", "ha", "und", "", "zh", "he"}) {
    EXPECT_EQ(DecimalMarkFor(lang), DecimalMark::kDot) << lang;
  }
}

// --- Regressions ---------------------------------------------------------------------------

// Regression: U+02BC (modifier letter apostrophe), listed by IsApostrophe, was scanned as a
// letter, so "lʼONU" stayed one word and the elision and possessive rules never saw it.
TEST(Tokenizer, RegressionModifierLetterApostropheIsAnApostrophe) {
  CheckCases({
      {"elision", "l\u02BCONU", kFr, {W("l\u02BC", kTokElision), W("ONU", kTokAllCaps | kTokCapitalized)}},
      {"inner apostrophe", "aujourd\u02BChui", kFr, {W("aujourd\u02BChui", 0, kTokElision)}},
      {"possessive", "Nigeria\u02BCs army", kEn, {W("Nigeria"), W("\u02BCs", kTokPossessive), W("army")}},
      {"alone", "\u02BC oui \u02BC", kFr, {P("\u02BC"), W("oui"), P("\u02BC")}},
      {"at a word start", "\u02BCShabaab", kEn, {P("\u02BC"), W("Shabaab", kTokCapitalized)}},
  });
}

// Regression: after digits, only an ASCII '-' joined the following letters (the check read a
// byte, not a code point), so "19‑year‑old" with U+2011 split while "COVID‑19" did not.
TEST(Tokenizer, RegressionUnicodeHyphenAfterDigits) {
  CheckCases({
      {"non-breaking hyphen", "19\u2011year\u2011old", kEn, {W("19\u2011year\u2011old", kTokHyphenated | kTokHasDigit)}},
      {"hyphen U+2010", "18\u2010ans", kFr, {W("18\u2010ans", kTokHyphenated | kTokHasDigit)}},
      {"ascii hyphen still works", "19-year-old", kEn, {W("19-year-old", kTokHyphenated | kTokHasDigit)}},
      {"hyphen between numbers still splits", "2023\u20112024", kEn, {N("2023", 2023), P("\u2011"), N("2024", 2024)}},
  });
}

// Regression: a dotted acronym was flagged all-caps when its first letter alone was upper case.
TEST(Tokenizer, RegressionMixedCaseDottedAcronymIsNotAllCaps) {
  CheckCases({
      {"U.s.", "U.s. x", kEn, {W("U.s.", kTokAcronym | kTokCapitalized, kTokAllCaps), W("x")}},
      {"u.S.", "u.S.", kEn, {W("u.S.", kTokAcronym, kTokAllCaps | kTokCapitalized)}},
      {"U.N. still all caps", "U.N.", kEn, {W("U.N.", kTokAcronym | kTokCapitalized | kTokAllCaps)}},
      {"accented capitals", "É.U.", kFr, {W("É.U.", kTokAcronym | kTokAllCaps)}},
  });
}

// Regression: a space grouped digits of different sets ("12 ٠٠٠" read as 12000), though
// ScanNumber says a space groups only digits written the same way on both sides.
TEST(Tokenizer, RegressionSpaceGroupsOnlyDigitsOfOneSet) {
  CheckCases({
      {"latin then arabic-indic", "12 ٠٠٠", kFr, {N("12", 12), N("٠٠٠", 0)}},
      {"arabic-indic then latin", "١٢\u00A0000", kFr, {N("١٢", 12), N("000", 0)}},
      {"arabic-indic on both sides", "١٢ ٠٠٠", kFr, {N("١٢ ٠٠٠", 12000)}},
      {"persian on both sides", "۱۲\u202F۰۰۰", kFr, {N("۱۲\u202F۰۰۰", 12000)}},
      {"latin on both sides", "12 000", kFr, {N("12 000", 12000)}},
  });
}

// --- Properties on generated text -----------------------------------------------------------

// The naive reference: ICU's general category, nothing else.
enum class RefClass { kLetter, kMark, kDigit, kPunct, kSymbol, kOther };

RefClass Classify(char32_t cp) {
  // U+02BC is a modifier letter for ICU but an apostrophe for the tokenizer (tokenizer.h:
  // "straight or typographic apostrophe"), like U+2019.
  if (cp == 0x02BC) return RefClass::kPunct;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return RefClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return RefClass::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return RefClass::kDigit;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return RefClass::kPunct;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return RefClass::kSymbol;
    default:
      return RefClass::kOther;
  }
}

bool IsUpperRef(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp)); }

// Spaces that may group the digits of a number.
bool IsGroupingSpace(char32_t cp) { return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009; }

// Text as the normaliser leaves it (no control characters but TAB and LF) made of pieces that
// stress the scanner: words of several scripts, elisions, hyphens, dotted acronyms, grouped
// and decimal numbers in three digit sets, URLs, e-mails, invisible characters, marks.
std::string RandomText(std::mt19937& rng) {
  static const char* const kPieces[] = {
      // Latin words and pieces of words
      "Le", "maroc", "Ménaka", "ÉTAT", "iPhone", "aujourd", "hui", "l", "qu", "jusqu", "Nigeria", "s", "S", "co",
      "présidé", "al", "Shabaab", "COVID", "U", "N", "e", "g", "A", "x", "Straße", "œuvre", "Ǆ", "ǅ",
      // Arabic words
      "والجيش", "للأمم", "وبوكو", "وزير", "الأُمَم", "جـــيش", "مسؤول", "ﻻ",
      // digits
      "12", "000", "3", "1", "500", "2024", "١٢", "٠٠٠", "٣", "۲۰", "५",
      // spaces
      " ", " ", " ", "\u00A0", "\u202F", "\u2009", "\n", "\n\n", "\t", "\u3000", "\u2028",
      // punctuation
      ".", ".", ",", ",", "...", "'", "’", "\u02BC", "-", "\u2011", "—", "(", ")", "«", "»", "!", "?", ":", ";", "\"",
      "،", "؛", "؟", "٫", "٬", "/", "@", "_", "#", "…",
      // symbols
      "$", "€", "%", "+", "=", "©", "😀", "^",
      // URLs and e-mails
      "https://example.org/a?b=c", "http://example.org/wiki/A_(b)", "www.example.org", "info@example.org",
      "x.y@mail.example.org",
      // invisible and combining characters
      "\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u200F", "\u0301", "\u064E",
      // other: superscript digit (No), letter number (Nl), private use
      "²", "Ⅻ", "\uE000",
  };
  constexpr size_t kCount = sizeof(kPieces) / sizeof(kPieces[0]);
  std::string s;
  size_t n = rng() % 60;
  for (size_t i = 0; i < n; ++i) {
    if (rng() % 16 == 0) {
      // An arbitrary code point from blocks news text may hold.
      static const char32_t kBlocks[][2] = {{0x20, 0x7E},     {0xA0, 0x24F},   {0x370, 0x3FF},  {0x400, 0x4FF},
                                            {0x600, 0x6FF},   {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0xFB50, 0xFDFF},
                                            {0xFE70, 0xFEFF}, {0x1F300, 0x1F64F}};
      const auto& b = kBlocks[rng() % 10];
      char32_t cp = b[0] + static_cast<char32_t>(rng() % (b[1] - b[0] + 1));
      if ((cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029) cp = ' ';
      utf8::Append(cp, &s);
    } else {
      s += kPieces[rng() % kCount];
    }
  }
  return s;
}

// Token text for failure messages, cut short.
std::string Short(std::string_view s) {
  if (s.size() <= 120) return std::string(s);
  return std::string(s.substr(0, utf8::BoundedPrefix(s, 120))) + "...";
}

void CheckProperties(std::string_view text, const std::vector<Token>& tokens) {
  const size_t n = text.size();
  // Which token covers each byte (-1 for none).
  std::vector<int> owner(n, -1);
  uint32_t prev_end = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    ASSERT_LT(t.start, t.end) << "empty token " << k;
    ASSERT_LE(t.end, n);
    ASSERT_GE(t.start, prev_end) << "token " << k << " overlaps or is out of order";
    prev_end = t.end;
    ASSERT_TRUE(utf8::SequenceLength(text, t.start) > 0 &&
                (static_cast<unsigned char>(text[t.start]) & 0xC0) != 0x80)
        << "token " << k << " starts inside a code point";
    ASSERT_TRUE(t.end == n || (static_cast<unsigned char>(text[t.end]) & 0xC0) != 0x80)
        << "token " << k << " ends inside a code point";
    for (uint32_t b = t.start; b < t.end; ++b) owner[b] = static_cast<int>(k);

    std::string_view tt = text.substr(t.start, t.size());
    std::vector<char32_t> cps;
    for (size_t i = 0; i < tt.size();) cps.push_back(utf8::Decode(tt, &i));

    // No white space inside a token, except spaces grouping the digits of a number.
    for (size_t c = 0; c < cps.size(); ++c) {
      if (!u_isUWhiteSpace(static_cast<UChar32>(cps[c]))) continue;
      ASSERT_EQ(t.kind, TokenKind::kNumber) << "white space inside [" << Short(tt) << "]";
      ASSERT_TRUE(IsGroupingSpace(cps[c])) << "[" << Short(tt) << "]";
      ASSERT_TRUE(c > 0 && Classify(cps[c - 1]) == RefClass::kDigit) << "[" << Short(tt) << "]";
      ASSERT_TRUE(c + 3 < cps.size() && Classify(cps[c + 1]) == RefClass::kDigit &&
                  Classify(cps[c + 2]) == RefClass::kDigit && Classify(cps[c + 3]) == RefClass::kDigit)
          << "space not followed by a group of three digits in [" << Short(tt) << "]";
    }

    bool any_letter = false, any_digit = false;
    char32_t first_letter = 0;
    int letters = 0, upper = 0;
    for (char32_t cp : cps) {
      RefClass rc = Classify(cp);
      if (rc == RefClass::kLetter) {
        if (!any_letter) first_letter = cp;
        any_letter = true;
        ++letters;
        upper += IsUpperRef(cp);
      }
      if (rc == RefClass::kDigit) any_digit = true;
    }
    switch (t.kind) {
      case TokenKind::kWord:
        ASSERT_TRUE(any_letter || any_digit || Classify(cps[0]) == RefClass::kMark) << "[" << Short(tt) << "]";
        ASSERT_EQ(t.has(kTokLetters), any_letter) << "[" << Short(tt) << "]";
        if (!t.has(kTokAcronym) && !t.has(kTokElision) && !t.has(kTokPossessive)) {
          ASSERT_EQ(t.has(kTokHasDigit), any_digit) << "[" << Short(tt) << "]";
          ASSERT_EQ(t.has(kTokCapitalized), any_letter && IsUpperRef(first_letter)) << "[" << Short(tt) << "]";
        }
        if (!t.has(kTokElision) && !t.has(kTokPossessive)) {
          ASSERT_EQ(t.has(kTokAllCaps), letters >= 2 && upper == letters) << "[" << Short(tt) << "]";
        }
        break;
      case TokenKind::kNumber: {
        ASSERT_TRUE(any_digit && !any_letter) << "[" << Short(tt) << "]";
        // The value is the digits read as one integer, scaled by a power of ten.
        double digits = 0;
        int count = 0;
        for (char32_t cp : cps) {
          if (Classify(cp) == RefClass::kDigit) {
            digits = digits * 10 + u_charDigitValue(static_cast<UChar32>(cp));
            ++count;
          }
        }
        if (!std::isfinite(digits)) break;  // hundreds of digits: beyond a double
        bool found = false;
        double scale = 1;
        for (int f = 0; f <= count && !found; ++f, scale *= 10) {
          found = std::fabs(t.value * scale - digits) <= 1e-6 * std::max(1.0, digits);
        }
        ASSERT_TRUE(found) << "[" << Short(tt) << "] value " << t.value;
        break;
      }
      case TokenKind::kPunct:
        for (char32_t cp : cps) ASSERT_EQ(Classify(cp), RefClass::kPunct) << "[" << Short(tt) << "]";
        ASSERT_TRUE(cps.size() == 1 || tt.find_first_not_of('.') == std::string_view::npos) << "[" << Short(tt) << "]";
        break;
      case TokenKind::kSymbol:
        ASSERT_EQ(cps.size(), 1u) << "[" << Short(tt) << "]";
        ASSERT_EQ(Classify(cps[0]), RefClass::kSymbol) << "[" << Short(tt) << "]";
        break;
      case TokenKind::kUrl:
        ASSERT_TRUE(tt.substr(0, 4) == "http" || tt.substr(0, 4) == "HTTP" || tt.substr(0, 4) == "www." ||
                    tt.substr(0, 4) == "WWW.")
            << "[" << Short(tt) << "]";
        break;
      case TokenKind::kEmail:
        ASSERT_NE(tt.find('@'), std::string_view::npos) << "[" << Short(tt) << "]";
        break;
    }

    // Clitic ends: Arabic words only, increasing, inside the word, on code point boundaries.
    if (t.num_clitics > 0) {
      ASSERT_TRUE(t.has(kTokArabic)) << "[" << Short(tt) << "]";
      ASSERT_LE(t.num_clitics, 3);
      int prev = 0;
      for (int c = 0; c < t.num_clitics; ++c) {
        int e = t.clitic_ends[c];
        ASSERT_GT(e, prev) << "[" << Short(tt) << "]";
        ASSERT_LT(static_cast<uint32_t>(e), t.size()) << "[" << Short(tt) << "]";
        ASSERT_NE(static_cast<unsigned char>(tt[e]) & 0xC0, 0x80) << "[" << Short(tt) << "]";
        prev = e;
      }
    }
  }

  // Every letter, mark, digit, punctuation and symbol code point is inside exactly one token.
  for (size_t i = 0; i < n;) {
    size_t start = i;
    char32_t cp = utf8::Decode(text, &i);
    RefClass rc = Classify(cp);
    if (rc == RefClass::kOther) continue;
    ASSERT_NE(owner[start], -1) << "U+" << std::hex << static_cast<uint32_t>(cp) << " at byte " << std::dec
                                << start << " is in no token";
    ASSERT_EQ(owner[start], owner[i - 1]) << "code point at " << start << " split";
  }
}

TEST(TokenizerProperties, GeneratedText) {
  std::mt19937 rng(42);
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  for (int iter = 0; iter < 20000; ++iter) {
    std::string text = RandomText(rng);
    ASSERT_TRUE(utf8::IsValid(text));
    for (DecimalMark mark : {DecimalMark::kComma, DecimalMark::kDot}) {
      tokenizer.Tokenize(text, mark, &tokens);
      SCOPED_TRACE(text);
      CheckProperties(text, tokens);
      if (::testing::Test::HasFatalFailure()) {
        ADD_FAILURE() << "tokens: " << Describe(text, tokens);
        return;
      }
    }
  }
}

TEST(TokenizerProperties, LongGeneratedInput) {
  std::mt19937 rng(7);
  std::string text;
  while (text.size() < 2'000'000) text += RandomText(rng) + " ";
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.Tokenize(text, DecimalMark::kComma, &tokens);
  CheckProperties(text, tokens);
}

// Regression: two rescans made the tokenizer quadratic (its header promises linear time):
// a chain of dotted letters that ends glued to a word ("a.a.a…ab") was rescanned as a
// possible acronym from every letter, and a grouped number glued to a letter
// ("1 000 000 … 000x") was rescanned from every group. 80 KB took seconds, 1 MB minutes.
TEST(Tokenizer, RegressionQuadraticRescans) {
  CheckCases({
      {"dotted chain glued to a word", "a.a.ab", kEn, {W("a"), P("."), W("a"), P("."), W("ab")}},
      {"dotted chain that is an acronym after all", "x.y.z. U.N.", kEn,
       {W("x.y.z.", kTokAcronym), W("U.N.", kTokAcronym)}},
      {"grouped number glued to letters", "12 000habitants", kFr, {N("12", 12), W("000habitants", kTokHasDigit)}},
      {"long grouped number glued to letters", "1 500 000km", kFr, {N("1 500", 1500), W("000km", kTokHasDigit)}},
      {"dot-grouped number glued to letters", "1.500.000km", kFr, {N("1.500", 1500), P("."), W("000km")}},
      {"grouped number with decimals glued", "1 500,5km", kFr, {N("1", 1), W("500", kTokHasDigit), P(","), W("5km")}},
      {"grouped number glued by a hyphen", "1,000-year", kEn, {N("1", 1), P(","), W("000-year", kTokHyphenated)}},
  });

  struct Adversarial {
    const char* name;
    std::string text;
    DecimalMark mark;
  };
  std::string dotted, groups, groups_decimal, dot_groups;
  for (int i = 0; i < 200000; ++i) dotted += "a.";
  dotted += "ab";
  groups = "1";
  for (int i = 0; i < 100000; ++i) groups += " 000";
  groups += "x";
  groups_decimal = "1";
  for (int i = 0; i < 100000; ++i) groups_decimal += " 500";
  groups_decimal += ",5km";
  dot_groups = "1";
  for (int i = 0; i < 100000; ++i) dot_groups += ".000";
  dot_groups += "x";
  const Adversarial kInputs[] = {
      {"dotted", dotted, kEn}, {"groups", groups, kFr}, {"groups with decimals", groups_decimal, kFr},
      {"dot groups", dot_groups, kFr},
  };
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  for (const Adversarial& a : kInputs) {
    auto t0 = std::chrono::steady_clock::now();
    tokenizer.Tokenize(a.text, a.mark, &tokens);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    // Linear: milliseconds, even under sanitizers. Quadratic: minutes.
    EXPECT_LT(seconds, 5.0) << a.name;
    CheckProperties(a.text, tokens);
  }
}

}  // namespace
}  // namespace vigie
