// DocumentReader over real files: the seed, JSONL and text formats, gzip, format detection,
// budgets, UTF-8 policies and every kind of bad input. All texts are written for these tests.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "../test_util.h"
#include "read/document_reader.h"

namespace vigie {
namespace {

using namespace std::string_literals;
using testing::SharedDir;
using testing::TempDir;

const std::string kFffd = "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER

struct ReadResult {
  bool opened = false;
  Status open_status;
  InputFormat format = InputFormat::kAuto;
  std::vector<ReadItem> items;

  // The documents only, and the rejections only.
  std::vector<Document> docs() const {
    std::vector<Document> out;
    for (const ReadItem& i : items) {
      if (i.ok) out.push_back(i.doc);
    }
    return out;
  }
  std::vector<ReadItem> rejected() const {
    std::vector<ReadItem> out;
    for (const ReadItem& i : items) {
      if (!i.ok) out.push_back(i);
    }
    return out;
  }
};

ReadResult ReadPath(const std::string& path, const ReadOptions& options = ReadOptions()) {
  ReadResult r;
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(path, options);
  if (!reader.ok()) {
    r.open_status = reader.status();
    return r;
  }
  r.opened = true;
  ReadItem item;
  while ((*reader)->Next(&item)) {
    r.items.push_back(item);
    if (r.items.size() > 100000) break;  // a reader that never ends
  }
  EXPECT_FALSE((*reader)->Next(&item)) << "Next() after the end must stay false";
  r.format = (*reader)->format();
  return r;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

bool AnyContains(const std::vector<std::string>& v, const std::string& needle) {
  for (const std::string& s : v) {
    if (Contains(s, needle)) return true;
  }
  return false;
}

bool IsHex16(const std::string& s) {
  return s.size() == 16 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// Reads a file that must give exactly one document.
Document ReadOne(const std::string& path, const ReadOptions& options = ReadOptions()) {
  ReadResult r = ReadPath(path, options);
  EXPECT_TRUE(r.opened) << r.open_status.ToString();
  EXPECT_EQ(r.items.size(), 1u);
  if (r.items.size() != 1) return Document();
  EXPECT_TRUE(r.items[0].ok) << r.items[0].error.ToString();
  return r.items[0].doc;
}

// Reads a file that must give exactly one rejection, and returns it.
ReadItem RejectOne(const std::string& path, const ReadOptions& options = ReadOptions()) {
  ReadResult r = ReadPath(path, options);
  EXPECT_TRUE(r.opened) << r.open_status.ToString();
  EXPECT_EQ(r.items.size(), 1u);
  if (r.items.size() != 1) return ReadItem();
  EXPECT_FALSE(r.items[0].ok) << "body: " << r.items[0].doc.body;
  return r.items[0];
}

// ---------------------------------------------------------------------------------------
// Seed format

TEST(SeedFormat, BodyOnTheSameLine) {
  TempDir dir;
  std::string path = dir.Write("a.txt", "date 2024-09-26 Niamey — Le conseil a siégé jeudi.\n\nUn second paragraphe.\n");
  ReadResult r = ReadPath(path);
  EXPECT_EQ(r.format, InputFormat::kSeed);
  ASSERT_EQ(r.docs().size(), 1u);
  Document d = r.docs()[0];
  EXPECT_EQ(d.published, "2024-09-26");
  EXPECT_EQ(d.body, "Niamey — Le conseil a siégé jeudi.\n\nUn second paragraphe.");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.origin, path);
  EXPECT_EQ(r.items[0].origin, path);
  EXPECT_TRUE(IsHex16(d.id)) << d.id;
  EXPECT_TRUE(d.warnings.empty());
}

// Regression: a seed header with a time after a space ("date 2015-07-21 02:51:32") kept only
// the day as the date and put the time at the start of the body.
TEST(SeedFormat, BugTimeAfterASpaceWentIntoTheBody) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.txt", "date 2015-07-21 02:51:32\nLe corps du texte.\n"));
  EXPECT_EQ(d.published, "2015-07-21T02:51:32");
  EXPECT_EQ(d.body, "Le corps du texte.");
  Document same_line = ReadOne(dir.Write("b.txt", "date 2015-07-21 02:51 Le corps du texte."));
  EXPECT_EQ(same_line.published, "2015-07-21T02:51");
  EXPECT_EQ(same_line.body, "Le corps du texte.");
}

// Regression: a plain text opening with the word "date" and a number ("date 12 du calendrier")
// was taken for the seed format and lost its first words; the header must hold a real date.
TEST(SeedFormat, BugTextOpeningWithDateAndANumberWasTakenForSeed) {
  TempDir dir;
  ReadResult r = ReadPath(dir.Write("a.txt", "date 12 du calendrier : la réunion est reportée.\n"));
  EXPECT_EQ(r.format, InputFormat::kText);
  ASSERT_EQ(r.docs().size(), 1u);
  EXPECT_EQ(r.docs()[0].body, "date 12 du calendrier : la réunion est reportée.");
  EXPECT_EQ(r.docs()[0].published, "");
}

TEST(SeedFormat, BodyOnTheNextLine) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.txt", "date 2024-09\nThe body starts here.\nAnd goes on.\n"));
  EXPECT_EQ(d.published, "2024-09");
  EXPECT_EQ(d.body, "The body starts here.\nAnd goes on.");
}

TEST(SeedFormat, LeadingBlankLinesAndSpaces) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.txt", "\n\n  \t\n   date 2025-03-01\n\nBody after blank lines."));
  EXPECT_EQ(d.published, "2025-03-01");
  EXPECT_EQ(d.body, "Body after blank lines.");
}

TEST(SeedFormat, DatesAtEveryPrecision) {
  TempDir dir;
  struct {
    const char* header;
    const char* published;
  } cases[] = {
      {"2024", "2024"},
      {"2024-09", "2024-09"},
      {"2024-09-26", "2024-09-26"},
      {"2024-09-26T10:00:00Z", "2024-09-26T10:00:00Z"},
      {"2024-09-26T10:00:00+01:00", "2024-09-26T10:00:00+01:00"},
      {"2024-09-26T08:30", "2024-09-26T08:30"},
  };
  int n = 0;
  for (const auto& c : cases) {
    std::string text = std::string("date ") + c.header + "\nA short body of words.\n";
    Document d = ReadOne(dir.Write("d" + std::to_string(n++) + ".txt", text));
    EXPECT_EQ(d.published, c.published) << c.header;
    EXPECT_EQ(d.body, "A short body of words.") << c.header;
    EXPECT_TRUE(d.warnings.empty()) << c.header;
  }
}

TEST(SeedFormat, TheRealSeedDocument) {
  if (SharedDir().empty()) GTEST_SKIP() << "../shared is absent";
  std::string path = SharedDir() + "/seed/000_b4507fa662c6e7de.txt";
  ReadResult r = ReadPath(path);
  if (!r.opened) GTEST_SKIP() << "seed document absent: " << r.open_status.ToString();
  EXPECT_EQ(r.format, InputFormat::kSeed);
  ASSERT_EQ(r.docs().size(), 1u);
  Document d = r.docs()[0];
  EXPECT_EQ(d.published, "2024-09");
  EXPECT_EQ(d.body.rfind("Nations Unies (New York) —", 0), 0u) << d.body.substr(0, 80);
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_TRUE(IsHex16(d.id));
}

TEST(SeedFormat, UnreadableDateGivesNoPublishedDateAndAWarning) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.txt", "date 2024-13-45 The body is still read.\n"));
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.body, "The body is still read.");
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_TRUE(Contains(d.warnings[0], "2024-13-45")) << d.warnings[0];
  EXPECT_TRUE(Contains(d.warnings[0], "unreadable date")) << d.warnings[0];
}

TEST(SeedFormat, TrailingTextInTheDateTokenIsWarned) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.txt", "date 2024-09-26T10:00:00Z(est.) Body text here.\n"));
  EXPECT_EQ(d.published, "2024-09-26T10:00:00Z");
  EXPECT_TRUE(AnyContains(d.warnings, "trailing")) << ::testing::PrintToString(d.warnings);
}

TEST(SeedFormat, HeaderWithoutBodyIsRejected) {
  TempDir dir;
  ReadItem item = RejectOne(dir.Write("a.txt", "date 2024-09\n\n  \n"));
  EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(item.error.message(), "empty")) << item.error.message();
}

TEST(SeedFormat, ByteOrderMarkAtTheStartIsAccepted) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.txt", "\xEF\xBB\xBF" "date 2024-09 Corps du texte.\n"));
  EXPECT_EQ(d.published, "2024-09");
  EXPECT_EQ(d.body, "Corps du texte.");
  d = ReadOne(dir.Write("b.txt", "\xEF\xBB\xBF\ndate 2024-09\nCorps du texte.\n"));
  EXPECT_EQ(d.published, "2024-09");
  EXPECT_EQ(d.body, "Corps du texte.");
}

TEST(SeedFormat, CrlfLineEndings) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.txt", "date 2024-09\r\nFirst line of the body.\r\nSecond line.\r\n"));
  EXPECT_EQ(d.published, "2024-09");
  EXPECT_EQ(d.body.rfind("First line of the body.", 0), 0u) << d.body;
  EXPECT_EQ(d.body.back(), '.');
  EXPECT_TRUE(d.warnings.empty());
}

// ---------------------------------------------------------------------------------------
// Plain text

TEST(TextFormat, WholeFileIsTheBody) {
  TempDir dir;
  std::string path = dir.Write("plain.txt", "  Just some plain text.\nA second line.\n\n");
  ReadResult r = ReadPath(path);
  EXPECT_EQ(r.format, InputFormat::kText);
  ASSERT_EQ(r.docs().size(), 1u);
  Document d = r.docs()[0];
  EXPECT_EQ(d.body, "Just some plain text.\nA second line.");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.origin, path);
  EXPECT_TRUE(IsHex16(d.id));
}

TEST(TextFormat, ByteOrderMarkIsNotPartOfTheBody) {
  TempDir dir;
  Document d = ReadOne(dir.Write("bom.txt", "\xEF\xBB\xBFHello there."));
  EXPECT_EQ(d.body, "Hello there.");
}

TEST(TextFormat, CrlfInsideTheBodyIsTrimmedAtTheEnds) {
  TempDir dir;
  Document d = ReadOne(dir.Write("crlf.txt", "\r\nLine one.\r\nLine two.\r\n"));
  EXPECT_EQ(d.body, "Line one.\r\nLine two.");
}

// ---------------------------------------------------------------------------------------
// JSONL

TEST(JsonlFormat, AllFields) {
  TempDir dir;
  std::string path = dir.Write(
      "a.jsonl",
      R"({"id":"doc-1","title":"  Un titre inventé ","text":"Le texte du document.","date":"26/09/2024",)"
      R"("url":"https://example.org/a","source":"Exemple Hebdo","lang":"fr"})"
      "\n");
  ReadResult r = ReadPath(path);
  EXPECT_EQ(r.format, InputFormat::kJsonl);
  ASSERT_EQ(r.docs().size(), 1u);
  Document d = r.docs()[0];
  EXPECT_EQ(d.id, "doc-1");
  EXPECT_EQ(d.title, "Un titre inventé");
  EXPECT_EQ(d.body, "Le texte du document.");
  EXPECT_EQ(d.published, "2024-09-26");
  EXPECT_EQ(d.url, "https://example.org/a");
  EXPECT_EQ(d.source, "Exemple Hebdo");
  EXPECT_EQ(d.lang_hint, "fr");
  EXPECT_EQ(d.origin, path + ":1");
  EXPECT_EQ(r.items[0].origin, path + ":1");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(JsonlFormat, EscapesAreDecoded) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.jsonl", R"({"text":"Ligne\nsuivante \"cit\u00e9e\" \u0645 \ud83d\ude00"})"));
  EXPECT_EQ(d.body, "Ligne\nsuivante \"citée\" م 😀");
}

TEST(JsonlFormat, UnknownFieldsAreIgnored) {
  TempDir dir;
  Document d = ReadOne(dir.Write(
      "a.jsonl", R"({"text":"Some words here.","extra":{"nested":[1,{"a":null}]},"score":3.5,"tags":["x"],"ok":true})"));
  EXPECT_EQ(d.body, "Some words here.");
}

TEST(JsonlFormat, NumericIds) {
  TempDir dir;
  std::string path = dir.Write("a.jsonl",
                               "{\"id\":12345,\"text\":\"one\"}\n"
                               "{\"id\":18446744073709551615,\"text\":\"two\"}\n"
                               "{\"id\":-7,\"text\":\"three\"}\n");
  std::vector<Document> docs = ReadPath(path).docs();
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "12345");
  EXPECT_EQ(docs[1].id, "18446744073709551615");
  EXPECT_EQ(docs[2].id, "-7");
}

TEST(JsonlFormat, NullFieldsAreAbsentFields) {
  TempDir dir;
  Document d = ReadOne(dir.Write(
      "a.jsonl",
      R"({"id":null,"title":null,"text":"The body.","date":null,"url":null,"source":null,"lang":null})"));
  EXPECT_EQ(d.body, "The body.");
  EXPECT_EQ(d.title, "");
  EXPECT_EQ(d.published, "");
  EXPECT_EQ(d.url, "");
  EXPECT_EQ(d.source, "");
  EXPECT_EQ(d.lang_hint, "");
  EXPECT_TRUE(IsHex16(d.id)) << d.id;
  EXPECT_TRUE(d.warnings.empty());
}

TEST(JsonlFormat, UnreadableDateIsDroppedWithAWarning) {
  TempDir dir;
  Document d = ReadOne(dir.Write("a.jsonl", R"({"text":"Body.","date":"someday soon"})"));
  EXPECT_EQ(d.published, "");
  EXPECT_TRUE(AnyContains(d.warnings, "someday soon"));
}

TEST(JsonlFormat, MissingIdGivesAStableContentHash) {
  TempDir dir;
  std::string a = dir.Write("a.jsonl",
                            "{\"text\":\"Same text.\"}\n"
                            "{\"text\":\"Other text.\"}\n"
                            "{\"text\":\"Same text.\",\"title\":\"A title\"}\n"
                            "{\"text\":\"  Same text. \"}\n");
  std::vector<Document> first = ReadPath(a).docs();
  std::vector<Document> second = ReadPath(a).docs();
  ASSERT_EQ(first.size(), 4u);
  ASSERT_EQ(second.size(), 4u);
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_TRUE(IsHex16(first[i].id)) << first[i].id;
    EXPECT_EQ(first[i].id, second[i].id) << "equal across runs";
  }
  EXPECT_NE(first[0].id, first[1].id) << "different text, different id";
  EXPECT_NE(first[0].id, first[2].id) << "the title is part of the hash";
  EXPECT_EQ(first[0].id, first[3].id) << "the hash is taken after trimming";
  // The id depends on the content, not on the format or file it came from.
  Document text = ReadOne(dir.Write("same.txt", "Same text.\n"));
  EXPECT_EQ(text.id, first[0].id);
  Document seed = ReadOne(dir.Write("seed.txt", "date 2024-09\nSame text.\n"));
  EXPECT_EQ(seed.id, first[0].id);
}

TEST(JsonlFormat, BadLinesAreRejectedNamingTheirLineAndTheOthersComeThrough) {
  TempDir dir;
  std::string path = dir.Write("mixed.jsonl",
                               "{\"id\":\"first\",\"text\":\"First good line.\"}\n"  // 1
                               "{\"text\":\"cut short\n"                          // 2 truncated JSON
                               "[1,2]\n"                                           // 3 not an object
                               "{\"title\":\"no text here\"}\n"                    // 4 missing text
                               "{\"text\":5}\n"                                    // 5 text not a string
                               "{\"text\":\"\"}\n"                                 // 6 empty text
                               "{\"text\":\"bad \xFF byte\"}\n"                    // 7 invalid UTF-8
                               "{\"text\":\"   \"}\n"                              // 8 blank text
                               "{\"title\":5,\"text\":\"x\"}\n"                    // 9 title not a string
                               "{\"text\":\"a\"} trailing\n"                       // 10 garbage after
                               "\"just a string\"\n"                               // 11 not an object
                               "{\"id\":\"last\",\"text\":\"Last good line.\"}\n");  // 12
  ReadResult r = ReadPath(path);
  ASSERT_EQ(r.items.size(), 12u);
  ASSERT_TRUE(r.items[0].ok) << r.items[0].error.ToString();
  EXPECT_EQ(r.items[0].doc.id, "first");
  ASSERT_TRUE(r.items[11].ok) << r.items[11].error.ToString();
  EXPECT_EQ(r.items[11].doc.id, "last");
  EXPECT_EQ(r.items[11].doc.origin, path + ":12");
  for (int line = 2; line <= 11; ++line) {
    const ReadItem& item = r.items[line - 1];
    SCOPED_TRACE("line " + std::to_string(line));
    ASSERT_FALSE(item.ok);
    EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
    EXPECT_EQ(item.origin, path + ":" + std::to_string(line));
    EXPECT_TRUE(Contains(item.error.message(), "line " + std::to_string(line) + ":")) << item.error.message();
  }
  EXPECT_TRUE(Contains(r.items[1].error.message(), "invalid JSON"));
  EXPECT_TRUE(Contains(r.items[2].error.message(), "object"));
  EXPECT_TRUE(Contains(r.items[3].error.message(), "\"text\""));
  EXPECT_TRUE(Contains(r.items[4].error.message(), "\"text\" must be a string"));
  EXPECT_TRUE(Contains(r.items[5].error.message(), "empty"));
  EXPECT_TRUE(Contains(r.items[6].error.message(), "UTF-8"));
  EXPECT_TRUE(Contains(r.items[6].error.message(), "byte offset 13")) << r.items[6].error.message();
  EXPECT_TRUE(Contains(r.items[7].error.message(), "empty"));
  EXPECT_TRUE(Contains(r.items[8].error.message(), "\"title\" must be a string"));
}

TEST(JsonlFormat, DeeplyNestedLineIsRejectedNotACrash) {
  TempDir dir;
  std::string deep = "{\"text\":\"x\",\"n\":" + std::string(100000, '[') + std::string(100000, ']') + "}\n";
  std::string path = dir.Write("deep.jsonl", deep + "{\"text\":\"after\"}\n");
  ReadResult r = ReadPath(path);
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_FALSE(r.items[0].ok);
  ASSERT_TRUE(r.items[1].ok);
  EXPECT_EQ(r.items[1].doc.body, "after");
}

TEST(JsonlFormat, BlankLinesAreSkippedButCounted) {
  TempDir dir;
  std::string path = dir.Write("a.jsonl", "\n  \n{\"text\":\"one\"}\n\n\t\n{\"text\":\"two\"}\n\n");
  ReadResult r = ReadPath(path);
  ASSERT_EQ(r.items.size(), 2u);
  ASSERT_TRUE(r.items[0].ok);
  ASSERT_TRUE(r.items[1].ok);
  EXPECT_EQ(r.items[0].doc.origin, path + ":3");
  EXPECT_EQ(r.items[1].doc.origin, path + ":6");
}

TEST(JsonlFormat, EmptyJsonlHasNoDocumentsAndNoRejections) {
  TempDir dir;
  EXPECT_TRUE(ReadPath(dir.Write("empty.jsonl", "")).items.empty());
  EXPECT_TRUE(ReadPath(dir.Write("blank.jsonl", "\n\n  \n")).items.empty());
}

TEST(JsonlFormat, CrlfLineEndings) {
  TempDir dir;
  std::string path = dir.Write("a.jsonl", "{\"text\":\"one\",\"id\":\"1\"}\r\n\r\n{\"text\":\"two\",\"id\":\"2\"}\r\n");
  ReadResult r = ReadPath(path);
  ASSERT_EQ(r.items.size(), 2u);
  ASSERT_TRUE(r.items[0].ok) << r.items[0].error.ToString();
  ASSERT_TRUE(r.items[1].ok) << r.items[1].error.ToString();
  EXPECT_EQ(r.items[0].doc.body, "one");
  EXPECT_EQ(r.items[1].doc.id, "2");
  EXPECT_EQ(r.items[1].doc.origin, path + ":3");
}

// Regression: a UTF-8 byte order mark before the first JSON object (as some Windows tools
// write) made the format detection choose JSONL, then failed line 1 as invalid JSON.
TEST(JsonlFormat, BugByteOrderMarkBeforeTheFirstLineWasInvalidJson) {
  TempDir dir;
  for (const char* name : {"bom.jsonl", "bom.dat"}) {
    ReadResult r = ReadPath(dir.Write(name, "\xEF\xBB\xBF{\"text\":\"first\"}\n{\"text\":\"second\"}\n"));
    EXPECT_EQ(r.format, InputFormat::kJsonl) << name;
    ASSERT_EQ(r.items.size(), 2u) << name;
    EXPECT_TRUE(r.items[0].ok) << name << ": " << r.items[0].error.ToString();
    EXPECT_EQ(r.items[0].doc.body, "first");
    EXPECT_TRUE(r.items[1].ok);
  }
  // Only at the very start of the input: a BOM starting a later line is still an error.
  ReadResult r = ReadPath(dir.Write("late.jsonl", "{\"text\":\"first\"}\n\xEF\xBB\xBF{\"text\":\"second\"}\n"));
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_TRUE(r.items[0].ok);
  EXPECT_FALSE(r.items[1].ok);
}

// ---------------------------------------------------------------------------------------
// gzip

void ExpectSameDocs(const std::vector<Document>& a, const std::vector<Document>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].title, b[i].title);
    EXPECT_EQ(a[i].body, b[i].body);
    EXPECT_EQ(a[i].published, b[i].published);
    EXPECT_EQ(a[i].lang_hint, b[i].lang_hint);
    EXPECT_EQ(a[i].warnings, b[i].warnings);
  }
}

TEST(Gzip, SeedTextAndJsonlReadTheSameAsPlain) {
  TempDir dir;
  const std::string seed = "date 2024-11-08\nDjibo — Un convoi a été attaqué, selon un texte écrit pour ce test.\n";
  const std::string text = "A plain article written for this test.\nIt has two lines.\n";
  std::string jsonl;
  for (int i = 0; i < 2000; ++i) {
    jsonl += "{\"id\":\"n" + std::to_string(i) + "\",\"title\":\"Titre " + std::to_string(i) +
             "\",\"text\":\"Corps numéro " + std::to_string(i) + ".\",\"date\":\"2024-09-26T10:00:00Z\"}\n";
  }
  struct {
    std::string name;
    const std::string& content;
    InputFormat format;
    size_t docs;
  } cases[] = {{"s.txt", seed, InputFormat::kSeed, 1},
               {"t.txt", text, InputFormat::kText, 1},
               {"j.jsonl", jsonl, InputFormat::kJsonl, 2000}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    ReadResult plain = ReadPath(dir.Write(c.name, c.content));
    ReadResult gz = ReadPath(dir.WriteGzip(c.name + ".gz", c.content));
    EXPECT_EQ(plain.format, c.format);
    EXPECT_EQ(gz.format, c.format);
    EXPECT_EQ(plain.docs().size(), c.docs);
    EXPECT_TRUE(gz.rejected().empty());
    ExpectSameDocs(plain.docs(), gz.docs());
  }
  // The format of a gzipped file with no telling extension is found from its content.
  ReadResult r = ReadPath(dir.WriteGzip("feed.gz", jsonl));
  EXPECT_EQ(r.format, InputFormat::kJsonl);
  EXPECT_EQ(r.docs().size(), 2000u);
}

TEST(Gzip, TruncatedFileIsAnErrorNotACrash) {
  TempDir dir;
  std::string big_text;
  for (int i = 0; i < 5000; ++i) big_text += "Sentence " + std::to_string(i * 7919 % 10007) + " of the text. ";
  std::string jsonl;
  for (int i = 0; i < 5000; ++i) jsonl += "{\"text\":\"Line " + std::to_string(i * 7919 % 10007) + "\"}\n";
  for (const auto& [name, content] : {std::pair<std::string, std::string>{"t.txt", big_text},
                                      {"small.txt", "A short text that fits in one sniff."},
                                      {"j.jsonl", jsonl}}) {
    SCOPED_TRACE(name);
    std::string full = dir.WriteGzip(name + ".full.gz", content);
    std::string bytes;
    {
      std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(full.c_str(), "rb"), &std::fclose);
      ASSERT_NE(f, nullptr);
      char buf[4096];
      size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) bytes.append(buf, n);
    }
    ASSERT_GT(bytes.size(), 20u);
    std::string cut = dir.Write(name + ".gz", bytes.substr(0, bytes.size() * 2 / 3));
    ReadResult r = ReadPath(cut);
    ASSERT_TRUE(r.opened);
    ASSERT_FALSE(r.items.empty());
    const ReadItem& last = r.items.back();
    EXPECT_FALSE(last.ok);
    EXPECT_TRUE(Contains(last.error.message(), "compressed")) << last.error.message();
    // A whole-file format never gives a document from a cut file.
    if (name != "j.jsonl") {
      EXPECT_EQ(r.items.size(), 1u);
    }
  }
}

// ---------------------------------------------------------------------------------------
// Formats: forced and detected

TEST(Formats, ForcedFormatWins) {
  TempDir dir;
  std::string jsonl_file = dir.Write("x.jsonl", "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
  ReadOptions text;
  text.format = InputFormat::kText;
  ReadResult r = ReadPath(jsonl_file, text);
  EXPECT_EQ(r.format, InputFormat::kText);
  ASSERT_EQ(r.docs().size(), 1u);
  EXPECT_EQ(r.docs()[0].body, "{\"text\":\"one\"}\n{\"text\":\"two\"}");

  std::string seed_file = dir.Write("s.txt", "date 2024-09 Body words.");
  Document d = ReadOne(seed_file, text);
  EXPECT_EQ(d.body, "date 2024-09 Body words.");
  EXPECT_EQ(d.published, "");

  ReadOptions jsonl;
  jsonl.format = InputFormat::kJsonl;
  std::string lines_in_txt = dir.Write("lines.txt", "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
  r = ReadPath(lines_in_txt, jsonl);
  EXPECT_EQ(r.format, InputFormat::kJsonl);
  EXPECT_EQ(r.docs().size(), 2u);

  ReadOptions seed;
  seed.format = InputFormat::kSeed;
  ReadItem item = RejectOne(dir.Write("plain.txt", "No header in this text."), seed);
  EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(item.error.message(), "seed")) << item.error.message();
}

TEST(Formats, DetectedFromContentWhenTheExtensionSaysNothing) {
  TempDir dir;
  ReadResult r = ReadPath(dir.Write("feed.dat", "  \n{\"text\":\"one\"}\n{\"text\":\"two\"}\n"));
  EXPECT_EQ(r.format, InputFormat::kJsonl);
  EXPECT_EQ(r.docs().size(), 2u);
  r = ReadPath(dir.Write("article", "Date 2024-09-26\nA body.\n"));
  EXPECT_EQ(r.format, InputFormat::kSeed);
  ASSERT_EQ(r.docs().size(), 1u);
  EXPECT_EQ(r.docs()[0].published, "2024-09-26");
  r = ReadPath(dir.Write("note.md", "Some text, dated 2024.\n"));
  EXPECT_EQ(r.format, InputFormat::kText);
  // "date" followed by a word is not a seed header.
  r = ReadPath(dir.Write("word.txt", "date night ideas for the weekend\n"));
  EXPECT_EQ(r.format, InputFormat::kText);
  // A .txt file holding JSON lines is read as JSONL.
  r = ReadPath(dir.Write("lines.txt", "{\"text\":\"one\"}\n"));
  EXPECT_EQ(r.format, InputFormat::kJsonl);
}

TEST(Formats, FeedsAndPagesByContentAndByName) {
  TempDir dir;
  const std::string rss =
      "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE rss [<!ENTITY e \"x\">]>\n<rss version=\"2.0\"><channel>"
      "<title>Wire</title><item><title>One</title><description>First item text.</description></item>"
      "<item><description>Second item text.</description></item></channel></rss>";
  for (const char* name : {"feed.dat", "feed.xml", "feed.rss", "feed.atom"}) {
    ReadResult r = ReadPath(dir.Write(name, rss));
    EXPECT_EQ(r.format, InputFormat::kFeed) << name;
    ASSERT_EQ(r.docs().size(), 2u) << name;
    EXPECT_EQ(r.docs()[0].body, "First item text.");
    EXPECT_EQ(r.docs()[0].source, "Wire");
    EXPECT_EQ(r.items[1].origin, dir.path() + "/" + name + ":item 2");
  }
  ReadResult r = ReadPath(dir.WriteGzip("feed.xml.gz", rss));
  EXPECT_EQ(r.format, InputFormat::kFeed);
  EXPECT_EQ(r.docs().size(), 2u);
  r = ReadPath(dir.Write("rdf", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item>"
                                "<description>An RDF item.</description></item></rdf:RDF>"));
  EXPECT_EQ(r.format, InputFormat::kFeed);
  EXPECT_EQ(r.docs().size(), 1u);
  r = ReadPath(dir.Write("atom", "\xEF\xBB\xBF  <feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content>An Atom entry."
                                 "</content></entry></feed>"));
  EXPECT_EQ(r.format, InputFormat::kFeed);
  EXPECT_EQ(r.docs().size(), 1u);

  const std::string page = "<!doctype html><html lang=\"fr\"><head><title>Un titre - Site</title></head><body><nav>Menu"
                           "</nav><p>Le texte de la page, assez long pour compter comme un paragraphe.</p></body></html>";
  for (const char* name : {"page.dat", "page.html", "page.htm"}) {
    r = ReadPath(dir.Write(name, page));
    EXPECT_EQ(r.format, InputFormat::kHtml) << name;
    ASSERT_EQ(r.docs().size(), 1u) << name;
    EXPECT_EQ(r.docs()[0].body, "Le texte de la page, assez long pour compter comme un paragraphe.");
    EXPECT_EQ(r.docs()[0].title, "Un titre");
    EXPECT_EQ(r.docs()[0].lang_hint, "fr");
    EXPECT_EQ(r.docs()[0].id.size(), 16u);
  }
  // The content corrects a feed or page name; the name decides when the content says nothing.
  r = ReadPath(dir.Write("xhtml.xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                                      "<p>An XHTML page named .xml.</p></body></html>"));
  EXPECT_EQ(r.format, InputFormat::kHtml);
  ASSERT_EQ(r.docs().size(), 1u);
  EXPECT_EQ(r.docs()[0].body, "An XHTML page named .xml.");
  r = ReadPath(dir.Write("fragment.html", "Some words, then <b>bold</b> ones."));
  EXPECT_EQ(r.format, InputFormat::kHtml);
  ASSERT_EQ(r.docs().size(), 1u);
  EXPECT_EQ(r.docs()[0].body, "Some words, then bold ones.");
  r = ReadPath(dir.Write("odd.rss", "{\"text\":\"a JSON line named .rss\"}"));
  EXPECT_EQ(r.format, InputFormat::kFeed);
  r = ReadPath(dir.Write("bare", "<html><body><p>Bare page text.</p></body></html>"));
  EXPECT_EQ(r.format, InputFormat::kHtml);
  // Markup that is neither stays text; so does text that mentions a tag later on.
  r = ReadPath(dir.Write("frag", "<p>A fragment is text.</p>"));
  EXPECT_EQ(r.format, InputFormat::kText);
  r = ReadPath(dir.Write("mention.txt", "The tag <rss> opens a feed."));
  EXPECT_EQ(r.format, InputFormat::kText);
}

TEST(Formats, ForcedFeedAndHtml) {
  TempDir dir;
  ReadOptions feed;
  feed.format = InputFormat::kFeed;
  ReadResult r = ReadPath(dir.Write("x.txt", "<rss><channel><item><description>D.</description></item></channel></rss>"),
                          feed);
  EXPECT_EQ(r.format, InputFormat::kFeed);
  EXPECT_EQ(r.docs().size(), 1u);
  ReadItem item = RejectOne(dir.Write("plain.txt", "Not a feed at all."), feed);
  EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(item.error.message(), "malformed feed")) << item.error.message();

  ReadOptions html;
  html.format = InputFormat::kHtml;
  Document d = ReadOne(dir.Write("frag.txt", "<p>A paragraph read as a page.</p>"), html);
  EXPECT_EQ(d.body, "A paragraph read as a page.");
  // The seed and text formats are untouched by markup when forced.
  ReadOptions text;
  text.format = InputFormat::kText;
  d = ReadOne(dir.Write("p.html", "<html><body><p>x</p></body></html>"), text);
  EXPECT_EQ(d.body, "<html><body><p>x</p></body></html>");
}

TEST(Budget, FeedOrPageOverTheInputBudgetIsRejected) {
  TempDir dir;
  ReadOptions options;
  options.max_input_bytes = 1000;
  std::string big = "<html><body><p>" + std::string(5000, 'x') + "</p></body></html>";
  ReadItem item = RejectOne(dir.Write("big.html", big), options);
  EXPECT_EQ(item.error.code(), StatusCode::kOutOfBudget);
  EXPECT_TRUE(Contains(item.error.message(), "--max-input-bytes")) << item.error.message();
  item = RejectOne(dir.Write("big.xml", "<rss><channel><item><description>" + std::string(5000, 'x') +
                                            "</description></item></channel></rss>"),
                   options);
  EXPECT_EQ(item.error.code(), StatusCode::kOutOfBudget);
  // The text of a page is held to the document budget.
  ReadOptions doc_budget;
  doc_budget.max_doc_bytes = 1000;
  item = RejectOne(dir.Write("long.html", big), doc_budget);
  EXPECT_EQ(item.error.code(), StatusCode::kOutOfBudget);
}

TEST(Formats, ParseAndNameRoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kSeed, InputFormat::kJsonl, InputFormat::kText,
                        InputFormat::kFeed, InputFormat::kHtml}) {
    Result<InputFormat> parsed = ParseInputFormat(InputFormatName(f));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_EQ(ParseInputFormat("ndjson").value(), InputFormat::kJsonl);
  Result<InputFormat> bad = ParseInputFormat("xml");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Contains(bad.status().message(), "xml"));
}

TEST(Open, MissingFileAndFolderFail) {
  TempDir dir;
  ReadResult r = ReadPath(dir.path() + "/missing.txt");
  EXPECT_FALSE(r.opened);
  // The path is the origin the caller prints; the message says what went wrong with it.
  EXPECT_TRUE(Contains(r.open_status.message(), "cannot open")) << r.open_status.message();
  EXPECT_TRUE(Contains(r.open_status.message(), "No such file")) << r.open_status.message();
  r = ReadPath(dir.path());
  EXPECT_FALSE(r.opened);
}

// ---------------------------------------------------------------------------------------
// Budgets

TEST(Budget, DocumentOverMaxDocBytesIsOutOfBudget) {
  TempDir dir;
  ReadOptions options;
  options.max_doc_bytes = 1024;
  std::string body(2000, 'w');
  for (size_t i = 5; i < body.size(); i += 6) body[i] = ' ';
  for (const std::string& content : {body, "date 2024-09\n" + body}) {
    ReadItem item = RejectOne(dir.Write("big.txt", content), options);
    EXPECT_EQ(item.error.code(), StatusCode::kOutOfBudget);
    EXPECT_TRUE(Contains(item.error.message(), "1024")) << item.error.message();
  }
  // A gzip file is measured by its decompressed size.
  ReadItem item = RejectOne(dir.WriteGzip("big.txt.gz", body), options);
  EXPECT_EQ(item.error.code(), StatusCode::kOutOfBudget);
  // Exactly at the budget is within it.
  Document d = ReadOne(dir.Write("exact.txt", body.substr(0, 1024)), options);
  EXPECT_EQ(d.body, body.substr(0, 1024));
}

TEST(Budget, JsonlDocumentOverBudgetIsRejectedAndTheNextLineRead) {
  TempDir dir;
  ReadOptions options;
  options.max_doc_bytes = 1024;
  std::string path = dir.Write("a.jsonl", "{\"text\":\"" + std::string(2000, 'x') + "\"}\n{\"text\":\"small\"}\n");
  ReadResult r = ReadPath(path, options);
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_FALSE(r.items[0].ok);
  EXPECT_EQ(r.items[0].error.code(), StatusCode::kOutOfBudget);
  EXPECT_TRUE(Contains(r.items[0].error.message(), "line 1")) << r.items[0].error.message();
  EXPECT_TRUE(Contains(r.items[0].error.message(), "1024")) << r.items[0].error.message();
  ASSERT_TRUE(r.items[1].ok);
  EXPECT_EQ(r.items[1].doc.body, "small");
}

TEST(Budget, JsonlLineOverTheLineBudgetIsSkippedAndTheNextLineRead) {
  TempDir dir;
  ReadOptions options;
  options.max_doc_bytes = 1024;  // the line budget is then its floor, 1 MiB
  std::string huge = "{\"text\":\"" + std::string(3 << 20, 'x') + "\"}";
  std::string path = dir.Write("a.jsonl", "{\"text\":\"before\"}\n" + huge + "\n{\"text\":\"after\"}\n");
  ReadResult r = ReadPath(path, options);
  ASSERT_EQ(r.items.size(), 3u);
  ASSERT_TRUE(r.items[0].ok);
  EXPECT_FALSE(r.items[1].ok);
  EXPECT_EQ(r.items[1].error.code(), StatusCode::kOutOfBudget);
  EXPECT_EQ(r.items[1].origin, path + ":2");
  EXPECT_TRUE(Contains(r.items[1].error.message(), "line 2")) << r.items[1].error.message();
  EXPECT_TRUE(Contains(r.items[1].error.message(), std::to_string(huge.size()))) << r.items[1].error.message();
  ASSERT_TRUE(r.items[2].ok);
  EXPECT_EQ(r.items[2].doc.body, "after");
  EXPECT_EQ(r.items[2].doc.origin, path + ":3");
}

// ---------------------------------------------------------------------------------------
// UTF-8, NUL, binary

TEST(Utf8, StrictPolicyNamesTheByteOffset) {
  TempDir dir;
  struct {
    std::string content;
    size_t offset;
  } cases[] = {
      {"caf\xE9 au lait", 3},             // Latin-1
      {"ok \xC3( bad", 3},                // truncated 2-byte sequence
      {"ab\xC0\xAF", 2},                  // overlong
      {"surrogate \xED\xA0\x80 here", 10},  // UTF-16 surrogate
      {"élan \xF4\x90\x80\x80", 6},       // above U+10FFFF
  };
  int n = 0;
  for (const auto& c : cases) {
    ReadItem item = RejectOne(dir.Write("bad" + std::to_string(n++) + ".txt", c.content));
    EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
    EXPECT_TRUE(Contains(item.error.message(), "byte offset " + std::to_string(c.offset))) << item.error.message();
  }
}

TEST(Utf8, LenientPolicyRepairsInvalidUtf8AndNulWithWarnings) {
  TempDir dir;
  ReadOptions lenient;
  lenient.utf8 = Utf8Policy::kLenient;
  // Long enough that two bad bytes do not make it look binary.
  const std::string bad_text = "caf\xE9 au lait, puis une phrase assez longue pour rester du texte,\0 fin."s;
  Document d = ReadOne(dir.Write("bad.txt", bad_text), lenient);
  EXPECT_EQ(d.body, "caf" + kFffd + " au lait, puis une phrase assez longue pour rester du texte," + kFffd + " fin.");
  EXPECT_EQ(d.warnings.size(), 2u);
  EXPECT_TRUE(AnyContains(d.warnings, "byte offset 3")) << ::testing::PrintToString(d.warnings);
  EXPECT_TRUE(AnyContains(d.warnings, "NUL")) << ::testing::PrintToString(d.warnings);

  std::string path = dir.Write("bad.jsonl", "{\"text\":\"bad \xFF here\"}\n{\"text\":\"nul \\u0000 here\"}\n");
  ReadResult r = ReadPath(path, lenient);
  ASSERT_EQ(r.items.size(), 2u);
  ASSERT_TRUE(r.items[0].ok) << r.items[0].error.ToString();
  EXPECT_EQ(r.items[0].doc.body, "bad " + kFffd + " here");
  EXPECT_TRUE(AnyContains(r.items[0].doc.warnings, "line 1"));
  ASSERT_TRUE(r.items[1].ok) << r.items[1].error.ToString();
  EXPECT_EQ(r.items[1].doc.body, "nul " + kFffd + " here");
  EXPECT_TRUE(AnyContains(r.items[1].doc.warnings, "NUL"));

  // The strict policy rejects both lines.
  r = ReadPath(path);
  ASSERT_EQ(r.items.size(), 2u);
  EXPECT_FALSE(r.items[0].ok);
  EXPECT_FALSE(r.items[1].ok);
  EXPECT_TRUE(Contains(r.items[1].error.message(), "NUL"));
}

TEST(Utf8, NulByteInATextFileIsRejectedNamingItsOffset) {
  TempDir dir;
  ReadItem item = RejectOne(dir.Write("nul.txt", std::string("hello\0world and more words", 26)));
  EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(item.error.message(), "NUL")) << item.error.message();
  EXPECT_TRUE(Contains(item.error.message(), "offset 5")) << item.error.message();
}

TEST(Binary, BinaryDataIsRejected) {
  TempDir dir;
  std::string bytes;
  for (int rep = 0; rep < 16; ++rep) {
    for (int b = 0; b < 256; ++b) bytes.push_back(static_cast<char>(b));
  }
  for (const char* name : {"blob.bin", "blob.txt", "blob.jsonl"}) {
    ReadItem item = RejectOne(dir.Write(name, bytes));
    EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput) << name;
    EXPECT_TRUE(Contains(item.error.message(), "binary")) << name << ": " << item.error.message();
  }
  ReadItem item = RejectOne(dir.WriteGzip("blob.txt.gz", bytes));
  EXPECT_TRUE(Contains(item.error.message(), "binary")) << item.error.message();
}

// Regression: LooksBinary counted every byte that is not UTF-8 as evidence of binary data, so
// French text in Latin-1 (accents are 5-15% of its bytes) was rejected as "binary data", even
// under the lenient policy that promises to repair invalid UTF-8.
TEST(Binary, BugLatin1TextWasRejectedAsBinaryEvenWhenLenient) {
  TempDir dir;
  const std::string latin1 =
      "Le pr\xE9sident a \xE9t\xE9 \xE9lu \xE0 la majorit\xE9 apr\xE8s des ann\xE9" "es de d\xE9" "bats.\n";
  EXPECT_FALSE(LooksBinary(latin1));
  std::string path = dir.Write("latin1.txt", latin1);
  ReadItem item = RejectOne(path);
  EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(item.error.message(), "UTF-8 at byte offset 5")) << item.error.message();
  ReadOptions lenient;
  lenient.utf8 = Utf8Policy::kLenient;
  Document d = ReadOne(path, lenient);
  EXPECT_EQ(d.body.rfind("Le pr" + kFffd + "sident a " + kFffd + "t" + kFffd, 0), 0u) << d.body;
  EXPECT_EQ(d.warnings.size(), 1u);
}

TEST(Binary, Utf16IsRejectedWithAClearMessage) {
  TempDir dir;
  std::string le = "\xFF\xFE";
  std::string be = "\xFE\xFF";
  for (char c : std::string("Hello UTF-16 world")) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  for (const auto& [name, content] : {std::pair<std::string, std::string>{"le.txt", le}, {"be.txt", be}}) {
    ReadItem item = RejectOne(dir.Write(name, content));
    EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
    EXPECT_TRUE(Contains(item.error.message(), "UTF-16")) << item.error.message();
  }
}

TEST(Empty, EmptyFileIsRejected) {
  TempDir dir;
  for (const std::string& path :
       {dir.Write("empty.txt", ""), dir.Write("empty", ""), dir.WriteGzip("empty.txt.gz", "")}) {
    ReadItem item = RejectOne(path);
    EXPECT_EQ(item.error.code(), StatusCode::kInvalidInput);
    EXPECT_TRUE(Contains(item.error.message(), "empty")) << item.error.message();
    EXPECT_EQ(item.origin, path);
  }
  ReadItem blank = RejectOne(dir.Write("blank.txt", " \n\t\n"));
  EXPECT_TRUE(Contains(blank.error.message(), "empty")) << blank.error.message();
}

// ---------------------------------------------------------------------------------------
// LooksBinary and CheckText directly

TEST(LooksBinary, TextIsNotBinary) {
  EXPECT_FALSE(LooksBinary(""));
  EXPECT_FALSE(LooksBinary("plain ASCII text\r\n\twith tabs\fand form feeds\v"));
  EXPECT_FALSE(LooksBinary("Ménaka — مقديشو — 漢字 🙂 " + std::string(100, 'x')));
  EXPECT_FALSE(LooksBinary("\x1b[1mterminal colours\x1b[0m are text"));
  // A sample cut in the middle of a multi-byte character is not evidence of binary data.
  EXPECT_FALSE(LooksBinary("caf\xC3"));
  EXPECT_FALSE(LooksBinary(std::string(10, 'a') + "\xF0\x9F\x99"));
  // One stray control character in a long text is not enough.
  EXPECT_FALSE(LooksBinary(std::string(200, 'a') + '\x01' + std::string(200, 'b')));
  EXPECT_FALSE(LooksBinary(std::string("a\0b", 3) + std::string(500, 'c')));
}

TEST(LooksBinary, BinaryIsBinary) {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  EXPECT_TRUE(LooksBinary(all));
  EXPECT_TRUE(LooksBinary(std::string(64, '\0')));
  static const char kPngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
  EXPECT_TRUE(LooksBinary(std::string(kPngHeader, sizeof kPngHeader - 1)));
  // UTF-16 without a byte order mark: every other byte is NUL.
  std::string utf16;
  for (char c : std::string("no byte order mark here")) {
    utf16 += c;
    utf16 += '\0';
  }
  EXPECT_TRUE(LooksBinary(utf16));
}

TEST(CheckText, ValidTextIsUntouched) {
  std::string text = "Texte valide — نص";
  std::vector<std::string> warnings;
  EXPECT_TRUE(CheckText(&text, Utf8Policy::kStrict, "", &warnings).ok());
  EXPECT_TRUE(CheckText(&text, Utf8Policy::kLenient, "", &warnings).ok());
  EXPECT_EQ(text, "Texte valide — نص");
  EXPECT_TRUE(warnings.empty());
}

TEST(CheckText, StrictRejectsWithOffsetAndPrefix) {
  std::vector<std::string> warnings;
  std::string bad = "abc\xFF" "def";
  Status s = CheckText(&bad, Utf8Policy::kStrict, "line 3: ", &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message().rfind("line 3: ", 0), 0u) << s.message();
  EXPECT_TRUE(Contains(s.message(), "byte offset 3")) << s.message();
  EXPECT_EQ(bad, "abc\xFF" "def");  // not repaired

  std::string nul("ab\0cd", 5);
  s = CheckText(&nul, Utf8Policy::kStrict, "", &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(Contains(s.message(), "NUL byte at byte offset 2")) << s.message();
  EXPECT_TRUE(warnings.empty());
}

TEST(CheckText, LenientRepairsAndWarns) {
  std::vector<std::string> warnings;
  std::string bad = "a\xFF\xFE" "b\xC3";
  ASSERT_TRUE(CheckText(&bad, Utf8Policy::kLenient, "line 9: ", &warnings).ok());
  EXPECT_EQ(bad, "a" + kFffd + kFffd + "b" + kFffd);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(Contains(warnings[0], "line 9: ")) << warnings[0];
  EXPECT_TRUE(Contains(warnings[0], "3 invalid")) << warnings[0];
  EXPECT_TRUE(Contains(warnings[0], "byte offset 1")) << warnings[0];

  warnings.clear();
  std::string nul("\0x\0", 3);
  ASSERT_TRUE(CheckText(&nul, Utf8Policy::kLenient, "", &warnings).ok());
  EXPECT_EQ(nul, kFffd + "x" + kFffd);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_TRUE(Contains(warnings[0], "NUL")) << warnings[0];
  EXPECT_TRUE(Contains(warnings[0], "byte offset 0")) << warnings[0];
}

}  // namespace
}  // namespace vigie
