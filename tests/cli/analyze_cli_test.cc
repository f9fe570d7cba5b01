// End-to-end tests of `vigie analyze` through the built binary: output, input kinds, exit
// codes and messages. Every article text here was written for these tests.
//
// The slow test is AnalyzeCliSlow.*: it streams a 1 GB line through standard input (about 3 s
// in a RelWithDebInfo build, 6 s under ASan+UBSan) and checks the peak memory with
// /usr/bin/time. Set VIGIE_SLOW_TESTS=0 in the environment to skip it
// (`VIGIE_SLOW_TESTS=0 ctest`), or run the rest with --gtest_filter=-AnalyzeCliSlow.*.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "../test_util.h"

namespace vigie {
namespace {

using testing::CommandResult;
using testing::Lines;
// testing::Run, renamed: gtest tests have a Run() member of their own.
constexpr auto Shell = testing::Run;
using testing::RunVigie;
using testing::SharedDir;
using testing::ShellQuote;
using testing::TempDir;

const std::string kFffd = "\xEF\xBF\xBD";

// Three short articles written for these tests, one per language with a stemmer.
const char kFrench[] =
    "Niamey — Les autorités du Niger ont annoncé mardi l'arrestation de six personnes soupçonnées de "
    "financer un groupe armé dans la région de Tillabéri. Selon un communiqué du ministère de "
    "l'Intérieur, les suspects ont été interpellés après plusieurs semaines d'enquête. Les soldats ont "
    "saisi des armes et des téléphones. Une réunion régionale sur la sécurité est prévue le mois "
    "prochain à Dakar.";
const char kEnglish[] =
    "NAIROBI, May 4 - Police in northern Kenya said on Tuesday they had arrested three men suspected of "
    "planning attacks on a border post. The suspects were detained after a week-long operation, a "
    "regional commander told reporters. Soldiers recovered explosives and two rifles. The government "
    "said it would increase patrols along the frontier.";
const char kArabic[] =
    "نيامي - أعلنت السلطات في النيجر يوم الثلاثاء اعتقال ستة أشخاص يشتبه في تمويلهم جماعة مسلحة في "
    "منطقة تيلابيري. وقالت وزارة الداخلية في بيان إن المشتبه بهم أوقفوا بعد أسابيع من التحقيق. "
    "وصادر الجنود أسلحة وهواتف. ومن المقرر عقد اجتماع إقليمي حول الأمن الشهر المقبل.";

std::string Q(const std::string& s) { return ShellQuote(s); }

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The parsed JSON objects of an output, one per line (or a stream of pretty objects).
class JsonOutput {
 public:
  // One compact object per line; every line must parse.
  static JsonOutput FromLines(const std::string& out) {
    JsonOutput j;
    for (const std::string& line : Lines(out)) {
      j.parsers_.push_back(std::make_unique<simdjson::dom::parser>());
      simdjson::dom::element e;
      simdjson::error_code err = j.parsers_.back()->parse(line).get(e);
      EXPECT_FALSE(err) << simdjson::error_message(err) << " in: " << line.substr(0, 200);
      if (err) {
        j.failed_ = true;
        continue;
      }
      j.docs_.push_back(e);
    }
    return j;
  }

  size_t size() const { return docs_.size(); }
  bool failed() const { return failed_; }
  simdjson::dom::element operator[](size_t i) const { return docs_.at(i); }

 private:
  std::vector<std::unique_ptr<simdjson::dom::parser>> parsers_;
  std::vector<simdjson::dom::element> docs_;
  bool failed_ = false;
};

// The string at a JSON pointer, or "<null>" / "<missing>" / "<not a string>".
std::string Str(simdjson::dom::element root, const char* pointer) {
  simdjson::dom::element e;
  if (root.at_pointer(pointer).get(e)) return "<missing>";
  if (e.is_null()) return "<null>";
  std::string_view sv;
  if (e.get_string().get(sv)) return "<not a string>";
  return std::string(sv);
}

int64_t Int(simdjson::dom::element root, const char* pointer) {
  int64_t v = -1;
  simdjson::dom::element e;
  if (root.at_pointer(pointer).get(e) || e.get_int64().get(v)) ADD_FAILURE() << "no integer at " << pointer;
  return v;
}

simdjson::dom::array Array(simdjson::dom::element root, const char* pointer) {
  simdjson::dom::array a;
  simdjson::dom::element e;
  if (root.at_pointer(pointer).get(e) || e.get_array().get(a)) ADD_FAILURE() << "no array at " << pointer;
  return a;
}

// Byte offsets of each code point of valid UTF-8 `text`, plus text.size() at the end.
std::vector<size_t> CodePointStarts(const std::string& text) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

// text[start, end) in code points; "<out of range>" when the offsets do not fit.
std::string CodePointSlice(const std::string& text, const std::vector<size_t>& starts, int64_t start, int64_t end) {
  if (start < 0 || end < start || static_cast<size_t>(end) >= starts.size()) return "<out of range>";
  return text.substr(starts[start], starts[end] - starts[start]);
}

std::string JsonlLine(const std::string& id, const std::string& title, const std::string& text) {
  std::string out = "{\"id\":\"" + id + "\"";
  if (!title.empty()) out += ",\"title\":\"" + title + "\"";
  return out + ",\"text\":\"" + text + "\"}\n";
}

std::string SeedPath() {
  if (SharedDir().empty()) return "";
  std::string p = SharedDir() + "/seed/000_b4507fa662c6e7de.txt";
  return std::filesystem::exists(p) ? p : "";
}

// ---------------------------------------------------------------------------------------
// Output

TEST(AnalyzeCli, SeedDocumentGivesOneJsonObject) {
  std::string seed = SeedPath();
  if (seed.empty()) GTEST_SKIP() << "../shared/seed is absent";
  CommandResult r = RunVigie("analyze " + Q(seed));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Str(out[0], "/schema"), "vigie.analysis/1");
  EXPECT_EQ(Str(out[0], "/doc/published"), "2024-09");
  EXPECT_EQ(Str(out[0], "/doc/lang"), "fr");
  EXPECT_EQ(Str(out[0], "/doc/dateline"), "Nations Unies (New York)");
  EXPECT_EQ(Str(out[0], "/doc/origin"), seed);
  EXPECT_EQ(Str(out[0], "/doc/title"), "<null>");
  EXPECT_EQ(Array(out[0], "/warnings").size(), 0u);
}

TEST(AnalyzeCli, PrettyOutputParsesAndHoldsTheSameObject) {
  TempDir dir;
  std::string path = dir.Write("a.jsonl", JsonlLine("p1", "Un titre", kFrench) + JsonlLine("p2", "", kEnglish));
  CommandResult compact = RunVigie("analyze " + Q(path));
  CommandResult pretty = RunVigie("analyze --pretty " + Q(path));
  ASSERT_EQ(compact.exit_code, 0) << compact.err;
  ASSERT_EQ(pretty.exit_code, 0) << pretty.err;
  EXPECT_GT(Lines(pretty.out).size(), 10u) << "indented over many lines";
  // The pretty stream is two objects one after the other; each minifies to the compact line.
  simdjson::dom::parser parser;
  simdjson::padded_string padded(pretty.out);
  simdjson::dom::document_stream stream;
  ASSERT_FALSE(parser.parse_many(padded).get(stream));
  std::vector<std::string> compact_lines = Lines(compact.out);
  ASSERT_EQ(compact_lines.size(), 2u);
  size_t n = 0;
  for (auto doc : stream) {
    simdjson::dom::element e;
    ASSERT_FALSE(doc.get(e));
    ASSERT_LT(n, compact_lines.size());
    EXPECT_EQ(simdjson::minify(e), compact_lines[n]);
    ++n;
  }
  EXPECT_EQ(n, 2u);
}

TEST(AnalyzeCli, JsonlInputGivesOneLinePerDocument) {
  TempDir dir;
  std::string path = dir.Write("news.jsonl", JsonlLine("fr-1", "Titre inventé", kFrench) + "\n" +
                                                 JsonlLine("en-1", "", kEnglish) + JsonlLine("ar-1", "", kArabic));
  CommandResult r = RunVigie("analyze " + Q(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(Str(out[0], "/doc/id"), "fr-1");
  EXPECT_EQ(Str(out[0], "/doc/title"), "Titre inventé");
  EXPECT_EQ(Str(out[0], "/doc/origin"), path + ":1");
  EXPECT_EQ(Str(out[1], "/doc/id"), "en-1");
  EXPECT_EQ(Str(out[1], "/doc/origin"), path + ":3");
  EXPECT_EQ(Str(out[2], "/doc/id"), "ar-1");
  EXPECT_EQ(Str(out[0], "/doc/lang"), "fr");
  EXPECT_EQ(Str(out[1], "/doc/lang"), "en");
  EXPECT_EQ(Str(out[2], "/doc/lang"), "ar");
}

TEST(AnalyzeCli, StandardInput) {
  CommandResult r = Shell("printf '%s' " + Q(std::string("date 2024-09-26\n") + kEnglish) + " | " +
                        Q(VIGIE_BINARY) + " analyze -");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Str(out[0], "/doc/published"), "2024-09-26");
  EXPECT_EQ(Str(out[0], "/doc/origin"), "<stdin>");
  EXPECT_EQ(Str(out[0], "/doc/lang"), "en");

  // JSONL on standard input, found from its content or forced.
  std::string jsonl = JsonlLine("s1", "", "First line of text.") + JsonlLine("s2", "", "Second line of text.");
  for (const char* flags : {"", "--format jsonl "}) {
    r = Shell("printf '%s' " + Q(jsonl) + " | " + Q(VIGIE_BINARY) + " analyze " + flags + "-");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    JsonOutput lines = JsonOutput::FromLines(r.out);
    ASSERT_EQ(lines.size(), 2u) << flags;
    EXPECT_EQ(Str(lines[1], "/doc/id"), "s2");
    EXPECT_EQ(Str(lines[1], "/doc/origin"), "<stdin>:2");
  }
}

TEST(AnalyzeCli, GzipInput) {
  TempDir dir;
  std::string path = dir.WriteGzip("a.jsonl.gz", JsonlLine("g1", "", kEnglish) + JsonlLine("g2", "", kFrench));
  CommandResult r = RunVigie("analyze " + Q(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(Str(out[1], "/doc/id"), "g2");
}

// The number of documents a folder holds, counted independently of vigie: one per .txt file,
// one per non-blank line of .jsonl files.
size_t CountSampleDocuments(const std::string& folder, size_t* files) {
  size_t docs = 0;
  *files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::string name = entry.path().filename().string();
    if (name[0] == '.') continue;
    std::string ext = entry.path().extension().string();
    if (ext == ".txt") {
      ++docs;
      ++*files;
    } else if (ext == ".jsonl" || ext == ".ndjson") {
      ++*files;
      std::ifstream in(entry.path());
      std::string line;
      while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") != std::string::npos) ++docs;
      }
    }
  }
  return docs;
}

// "path:12" -> "path"; "path" stays.
std::string FileOf(const std::string& origin) {
  size_t colon = origin.rfind(':');
  if (colon == std::string::npos || colon + 1 == origin.size()) return origin;
  if (origin.find_first_not_of("0123456789", colon + 1) != std::string::npos) return origin;
  return origin.substr(0, colon);
}

TEST(AnalyzeCli, SamplesFolder) {
  std::string samples = std::string(VIGIE_TEST_SOURCE_DIR) + "/samples";
  size_t files = 0;
  size_t expected = CountSampleDocuments(samples, &files);
  ASSERT_EQ(expected, 75u) << "samples/README.md: 15 seed files, 15 news.jsonl and 45 stories.jsonl lines";
  CommandResult r = RunVigie("analyze " + Q(samples));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_FALSE(out.failed());
  ASSERT_EQ(out.size(), expected);
  std::set<std::string> ids, origins, langs, files_seen;
  for (size_t i = 0; i < out.size(); ++i) {
    ids.insert(Str(out[i], "/doc/id"));
    std::string origin = Str(out[i], "/doc/origin");
    origins.insert(origin);
    files_seen.insert(FileOf(origin));
    langs.insert(Str(out[i], "/doc/lang"));
    EXPECT_NE(Str(out[i], "/doc/published"), "<null>") << origin;
  }
  EXPECT_EQ(ids.size(), expected) << "ids are unique";
  EXPECT_EQ(origins.size(), expected);
  EXPECT_EQ(files_seen.size(), files);
  EXPECT_EQ(langs, (std::set<std::string>{"ar", "en", "fr"}));
}

TEST(AnalyzeCli, FeedsAndPagesInAFolder) {
  TempDir dir;
  dir.Write("wire.rss", std::string("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire</title>"
                                    "<item><guid>w-fr</guid><title>Niger</title><pubDate>Tue, 04 Mar 2025 10:00:00 GMT"
                                    "</pubDate><description><![CDATA[<p>") +
                            kFrench + "</p>]]></description></item><item><guid>w-ar</guid><description>" + kArabic +
                            "</description></item><item><title>Empty</title></item></channel></rss>");
  dir.Write("page.html", std::string("<!doctype html><html lang=\"en\"><head><title>A page - Site</title></head><body>"
                                     "<nav>Home News Sport</nav><article><p>") +
                             kEnglish + "</p></article><footer>FOOTERWORD</footer></body></html>");
  CommandResult r = RunVigie("analyze " + Q(dir.path()));
  EXPECT_EQ(r.exit_code, 2) << r.err;  // the empty item
  EXPECT_TRUE(Contains(r.err, "wire.rss:item 3: item has a title but no text")) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_FALSE(out.failed());
  ASSERT_EQ(out.size(), 3u) << r.out;
  EXPECT_EQ(Str(out[0], "/doc/title"), "A page");
  EXPECT_EQ(Str(out[0], "/doc/lang"), "en");
  EXPECT_EQ(Str(out[1], "/doc/id"), "w-fr");
  EXPECT_EQ(Str(out[1], "/doc/source"), "Test Wire");
  EXPECT_EQ(Str(out[1], "/doc/published"), "2025-03-04T10:00:00Z");
  EXPECT_EQ(Str(out[1], "/doc/lang"), "fr");
  EXPECT_EQ(Str(out[1], "/doc/origin"), dir.path() + "/wire.rss:item 1");
  EXPECT_EQ(Str(out[2], "/doc/lang"), "ar");
  EXPECT_FALSE(Contains(r.out, "FOOTERWORD"));

  // Standard input, forced to html.
  r = Shell("printf '%s' '<p>A short report about a ceasefire in the east.</p>' | " + std::string(VIGIE_BINARY) +
            " analyze --format html --text -");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "\"text\":\"A short report about a ceasefire in the east.\"")) << r.out;
}

// ---------------------------------------------------------------------------------------
// Exit codes

TEST(AnalyzeCliExit, UsageErrorsAreOne) {
  TempDir dir;
  std::string ok = dir.Write("ok.txt", kEnglish);
  struct {
    std::string args;
    const char* says;
  } cases[] = {
      {"analyze --no-such-flag " + Q(ok), "--no-such-flag"},
      {"analyze", "inputs"},
      {"analyze --format xml " + Q(ok), "xml"},
      {"analyze --max-doc-bytes 0 " + Q(ok), "--max-doc-bytes"},
      {"analyze --max-doc-bytes lots " + Q(ok), "lots"},
      {"analyze --max-doc-bytes 12Q " + Q(ok), "12Q"},
      {"analyze --max-doc-bytes 2G " + Q(ok), "--max-doc-bytes"},
      {"analyze --max-input-bytes 0 " + Q(ok), "--max-input-bytes"},
      {"analyze --max-input-bytes 3G " + Q(ok), "--max-input-bytes"},
      {"analyze --timeout 0 " + Q(ok), "--timeout"},
      {"analyze --timeout -2 " + Q(ok), "--timeout"},
      {"analyze --follow-links 5000 " + Q(ok), "--follow-links"},
      {"analyze --follow-links many " + Q(ok), "--follow-links"},
      {"analyze --format rss2 " + Q(ok), "rss2"},
      {"no-such-command", "unknown command 'no-such-command'"},
      {"", ""},
  };
  for (const auto& c : cases) {
    CommandResult r = RunVigie(c.args);
    EXPECT_EQ(r.exit_code, 1) << c.args << "\n" << r.err;
    EXPECT_EQ(r.out, "") << c.args;
    EXPECT_TRUE(Contains(r.err, c.says)) << c.args << "\n" << r.err;
  }
}

// Regression: --max-doc-bytes accepted numbers up to 2^40 before the unit, so "17179869185G"
// (2^34 + 1 GiB) overflowed 64 bits to exactly 1 GiB and was taken as a valid budget.
TEST(AnalyzeCliExit, BugHugeMaxDocBytesWrappedAroundToAValidBudget) {
  TempDir dir;
  std::string ok = dir.Write("ok.txt", kEnglish);
  for (const char* size : {"17179869185G", "1099511627776G", "18446744073709551617", "4398046511104M"}) {
    CommandResult r = RunVigie(std::string("analyze --max-doc-bytes ") + size + " " + Q(ok));
    EXPECT_EQ(r.exit_code, 1) << size << "\n" << r.err;
    EXPECT_TRUE(Contains(r.err, size)) << r.err;
  }
  // The largest budgets are still accepted.
  for (const char* size : {"1G", "1024M", "1073741824", "1048576K"}) {
    CommandResult r = RunVigie(std::string("analyze --max-doc-bytes ") + size + " " + Q(ok));
    EXPECT_EQ(r.exit_code, 0) << size << "\n" << r.err;
  }
}

TEST(AnalyzeCliExit, MissingPathIsTwoAndTheOtherInputsStillPrint) {
  TempDir dir;
  std::string ok = dir.Write("ok.txt", kEnglish);
  std::string missing = dir.path() + "/not-there.txt";
  CommandResult r = RunVigie("analyze " + Q(missing) + " " + Q(ok));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, missing)) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Str(out[0], "/doc/origin"), ok);
  // A glob that matches nothing is reported the same way.
  r = RunVigie("analyze " + Q(dir.path() + "/*.nomatch") + " " + Q(ok));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "*.nomatch")) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 1u);
}

TEST(AnalyzeCliExit, EmptyFileIsTwo) {
  TempDir dir;
  std::string empty = dir.Write("empty.txt", "");
  CommandResult r = RunVigie("analyze " + Q(empty));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(Contains(r.err, empty)) << r.err;
  EXPECT_TRUE(Contains(r.err, "empty")) << r.err;
}

TEST(AnalyzeCliExit, BinaryFileIsTwo) {
  TempDir dir;
  std::string bytes;
  for (int rep = 0; rep < 64; ++rep) {
    for (int b = 0; b < 256; ++b) bytes.push_back(static_cast<char>(b));
  }
  std::string path = dir.Write("blob.bin", bytes);
  std::string ok = dir.Write("ok.txt", kEnglish);
  CommandResult r = RunVigie("analyze " + Q(path) + " " + Q(ok));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "binary")) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 1u);
}

TEST(AnalyzeCliExit, NulByteIsTwoNamingTheOffset) {
  TempDir dir;
  std::string text = std::string(kEnglish);
  text.insert(40, 1, '\0');
  std::string path = dir.Write("nul.txt", text);
  CommandResult r = RunVigie("analyze " + Q(path));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(Contains(r.err, "NUL")) << r.err;
  EXPECT_TRUE(Contains(r.err, "offset 40")) << r.err;
}

TEST(AnalyzeCliExit, InvalidUtf8IsTwoUnlessLenient) {
  TempDir dir;
  // A Latin-1 byte after "NAIROBI,". (Built by concatenation: std::string::insert here trips
  // GCC 12's -Wrestrict false positive at -O3, GCC bug 105329.)
  const std::string english(kEnglish);
  std::string text = english.substr(0, 8) + "\xE9" + english.substr(8);
  std::string path = dir.Write("latin1.txt", text);
  CommandResult r = RunVigie("analyze " + Q(path));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(Contains(r.err, "byte offset 8")) << r.err;
  EXPECT_TRUE(Contains(r.err, path)) << r.err;

  r = RunVigie("analyze --lenient --text " + Q(path));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 1u);
  simdjson::dom::array warnings = Array(out[0], "/warnings");
  ASSERT_EQ(warnings.size(), 1u);
  std::string_view warning;
  ASSERT_FALSE(warnings.at(0).get_string().get(warning));
  EXPECT_TRUE(Contains(std::string(warning), "U+FFFD")) << warning;
  EXPECT_TRUE(Contains(std::string(warning), "byte offset 8")) << warning;
  std::string analysed = Str(out[0], "/doc/text");
  EXPECT_EQ(analysed.substr(0, 8 + kFffd.size()), "NAIROBI," + kFffd) << analysed;
}

TEST(AnalyzeCliExit, TruncatedJsonlLineIsTwoNamingFileAndLine) {
  TempDir dir;
  std::string path = dir.Write("cut.jsonl", JsonlLine("a", "", "First line of words.") +
                                                "{\"id\":\"b\",\"text\":\"cut in the midd\n" +
                                                JsonlLine("c", "", "Third line of words."));
  CommandResult r = RunVigie("analyze " + Q(path));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, path + ":2")) << r.err;
  EXPECT_TRUE(Contains(r.err, "line 2")) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(Str(out[0], "/doc/id"), "a");
  EXPECT_EQ(Str(out[1], "/doc/id"), "c");
  EXPECT_TRUE(Contains(r.err, "2 document(s) analysed, 1 rejected")) << r.err;
}

TEST(AnalyzeCliExit, DocumentOverMaxDocBytesIsTwoNamingTheBudget) {
  TempDir dir;
  std::string big;
  while (big.size() < 3000) big += std::string(kEnglish) + " ";
  std::string path = dir.Write("big.txt", big);
  std::string small = dir.Write("small.txt", kFrench);
  CommandResult r = RunVigie("analyze --max-doc-bytes 1K " + Q(path) + " " + Q(small));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Contains(r.err, "1024")) << r.err;
  EXPECT_TRUE(Contains(r.err, "budget")) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 1u);
  // The default budget (10M) takes it.
  EXPECT_EQ(RunVigie("analyze " + Q(path)).exit_code, 0);
}

TEST(AnalyzeCliExit, DataDirWithoutDataIsThree) {
  TempDir dir;
  std::string ok = dir.Write("ok.txt", kEnglish);
  std::filesystem::create_directories(dir.path() + "/nodata");
  CommandResult r = RunVigie("analyze --data-dir " + Q(dir.path() + "/nodata") + " " + Q(ok));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(Contains(r.err, "nodata")) << r.err;
  r = RunVigie("analyze --data-dir " + Q(dir.path() + "/does-not-exist") + " " + Q(ok));
  EXPECT_EQ(r.exit_code, 3);
}

TEST(AnalyzeCliExit, OutputErrorIsThree) {
  if (access("/dev/full", W_OK) != 0) GTEST_SKIP() << "no /dev/full";
  TempDir dir;
  std::string ok = dir.Write("ok.txt", kEnglish);
  CommandResult r = Shell(Q(VIGIE_BINARY) + " analyze " + Q(ok) + " >/dev/full");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(Contains(r.err, "cannot write")) << r.err;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

bool SlowTestsDisabled() {
  const char* v = std::getenv("VIGIE_SLOW_TESTS");
  return v != nullptr && std::string(v) == "0";
}

// The slow test: a 1 GB line on standard input is skipped in bounded memory, and the good
// line after it is still analysed.
TEST(AnalyzeCliSlow, OneGigabyteLineOnStdinIsSkippedInBoundedMemory) {
  if (SlowTestsDisabled()) GTEST_SKIP() << "VIGIE_SLOW_TESTS=0";
  TempDir dir;
  std::string input =
      "{ head -c 1073741824 /dev/zero | tr '\\0' a; printf '\\n{\"text\":\"ok fine words here\"}\\n'; }";
  std::string rss_file = dir.path() + "/rss";
  bool have_time = access("/usr/bin/time", X_OK) == 0;
  std::string command;
  if (have_time) {
    command = input + " | /usr/bin/time -f '%M' -o " + Q(rss_file) + " " + Q(VIGIE_BINARY) + " analyze --format jsonl -";
  } else if (!kSanitized) {
    // Without GNU time, cap the address space instead: 1 GB held in memory cannot fit in it.
    command = input + " | (ulimit -v 1000000; exec " + Q(VIGIE_BINARY) + " analyze --format jsonl -)";
  } else {
    // AddressSanitizer reserves terabytes of address space: no cap, no measure.
    command = input + " | " + Q(VIGIE_BINARY) + " analyze --format jsonl -";
  }
  CommandResult r = Shell(command);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(Contains(r.err, "<stdin>:1")) << r.err;
  EXPECT_TRUE(Contains(r.err, "line 1")) << r.err;
  EXPECT_TRUE(Contains(r.err, "1073741824")) << r.err;
  JsonOutput out = JsonOutput::FromLines(r.out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(Str(out[0], "/doc/origin"), "<stdin>:2");
  EXPECT_EQ(Int(out[0], "/doc/chars"), 18);
  if (have_time) {
    // GNU time writes "Command exited with non-zero status 2" before the measure.
    auto read_rss = [](const std::string& path) {
      std::ifstream in(path);
      std::string line, last;
      while (std::getline(in, line)) {
        if (!line.empty()) last = line;
      }
      return std::atol(last.c_str());
    };
    long max_rss_kb = read_rss(rss_file);
    ASSERT_GT(max_rss_kb, 0) << "no measure from /usr/bin/time";
    // The same run on one small line: what the program holds anyway (its lexicons and
    // gazetteer; several times more under the sanitizers).
    std::string base_file = dir.path() + "/rss-base";
    Shell("printf '{\"text\":\"ok fine words here\"}\\n' | /usr/bin/time -f '%M' -o " + Q(base_file) + " " +
          Q(VIGIE_BINARY) + " analyze --format jsonl -");
    long base_kb = read_rss(base_file);
    ASSERT_GT(base_kb, 0) << "no baseline measure from /usr/bin/time";
    // The line budget is 20 MiB (twice the 10M document budget): the 1 GB line must cost no
    // more than a small multiple of it.
    EXPECT_LT(max_rss_kb - base_kb, 200 * 1024) << "max resident set " << max_rss_kb << " KiB, baseline " << base_kb;
  }
}

// ---------------------------------------------------------------------------------------
// --text, --tokens and offsets

struct Analysed {
  JsonOutput out;
  CommandResult run;
};

Analysed AnalyseJsonl(const TempDir& dir, const std::string& name, const std::string& jsonl, const char* flags) {
  std::string path = dir.Write(name, jsonl);
  Analysed a;
  a.run = RunVigie(std::string("analyze ") + flags + " " + Q(path));
  EXPECT_EQ(a.run.exit_code, 0) << a.run.err;
  a.out = JsonOutput::FromLines(a.run.out);
  return a;
}

bool StartsWithSpace(const std::string& s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  return s.rfind("\u00A0", 0) == 0 || s.rfind("\u202F", 0) == 0 || s.rfind("\u3000", 0) == 0;
}

TEST(AnalyzeCliText, SentencesSliceTheTextByCodePoints) {
  TempDir dir;
  Analysed a = AnalyseJsonl(dir, "t.jsonl",
                            JsonlLine("fr", "Un titre écrit pour ce test", kFrench) + JsonlLine("en", "", kEnglish) +
                                JsonlLine("ar", "عنوان تجريبي", kArabic),
                            "--text");
  ASSERT_EQ(a.out.size(), 3u);
  for (size_t i = 0; i < a.out.size(); ++i) {
    std::string text = Str(a.out[i], "/doc/text");
    SCOPED_TRACE(Str(a.out[i], "/doc/id"));
    ASSERT_NE(text, "<missing>");
    std::vector<size_t> cps = CodePointStarts(text);
    EXPECT_EQ(Int(a.out[i], "/doc/chars"), static_cast<int64_t>(cps.size() - 1));
    simdjson::dom::array sentences = Array(a.out[i], "/sentences");
    EXPECT_GE(sentences.size(), 3u);
    int64_t previous_end = 0;
    for (simdjson::dom::element s : sentences) {
      int64_t start = Int(s, "/start"), end = Int(s, "/end");
      std::string slice = CodePointSlice(text, cps, start, end);
      EXPECT_FALSE(slice.empty()) << start << ".." << end;
      EXPECT_NE(slice, "<out of range>") << start << ".." << end;
      EXPECT_FALSE(StartsWithSpace(slice)) << "'" << slice << "'";
      EXPECT_GE(start, previous_end) << "sentences in order, not overlapping";
      previous_end = end;
    }
  }
  // The analysed text is the title, a blank line, then the body.
  EXPECT_EQ(Str(a.out[0], "/doc/text"), std::string("Un titre écrit pour ce test\n\n") + kFrench);
  EXPECT_EQ(Str(a.out[1], "/doc/text"), kEnglish);
  // Without --text, no doc.text.
  Analysed plain = AnalyseJsonl(dir, "u.jsonl", JsonlLine("en", "", kEnglish), "");
  ASSERT_EQ(plain.out.size(), 1u);
  EXPECT_EQ(Str(plain.out[0], "/doc/text"), "<missing>");
}

TEST(AnalyzeCliText, DatelineSpanIsInCodePoints) {
  TempDir dir;
  Analysed a = AnalyseJsonl(dir, "d.jsonl", JsonlLine("fr", "Événement à Ménaka", kFrench), "--text");
  ASSERT_EQ(a.out.size(), 1u);
  std::string text = Str(a.out[0], "/doc/text");
  std::string dateline = Str(a.out[0], "/doc/dateline");
  EXPECT_EQ(dateline, "Niamey");
  std::vector<size_t> cps = CodePointStarts(text);
  EXPECT_EQ(CodePointSlice(text, cps, Int(a.out[0], "/doc/dateline_span/start"),
                           Int(a.out[0], "/doc/dateline_span/end")),
            dateline);
}

TEST(AnalyzeCliText, TokensHaveStemsAndCodePointOffsets) {
  TempDir dir;
  Analysed a = AnalyseJsonl(dir, "k.jsonl",
                            JsonlLine("fr", "Arrestations à Tillabéri", kFrench) + JsonlLine("en", "", kEnglish) +
                                JsonlLine("ar", "اعتقالات في النيجر", kArabic),
                            "--text --tokens");
  ASSERT_EQ(a.out.size(), 3u);
  const char* langs[] = {"fr", "en", "ar"};
  std::map<std::string, std::string> stems;  // token text -> stem, all documents
  for (size_t i = 0; i < a.out.size(); ++i) {
    SCOPED_TRACE(langs[i]);
    EXPECT_EQ(Str(a.out[i], "/doc/lang"), langs[i]);
    std::string text = Str(a.out[i], "/doc/text");
    std::vector<size_t> cps = CodePointStarts(text);
    simdjson::dom::array tokens = Array(a.out[i], "/tokens");
    ASSERT_GT(tokens.size(), 20u);
    size_t words = 0, multibyte_before = 0;
    for (simdjson::dom::element t : tokens) {
      int64_t start = Int(t, "/start"), end = Int(t, "/end");
      std::string token_text = Str(t, "/text");
      EXPECT_EQ(CodePointSlice(text, cps, start, end), token_text) << start << ".." << end;
      if (start >= 0 && static_cast<size_t>(start) < cps.size() && cps[start] != static_cast<size_t>(start)) {
        ++multibyte_before;  // byte and code point offsets differ here
      }
      if (Str(t, "/kind") == "word") {
        ++words;
        std::string stem = Str(t, "/stem");
        EXPECT_NE(stem, "<missing>") << token_text;
        EXPECT_FALSE(stem.empty()) << token_text;
        stems[token_text] = stem;
      }
    }
    EXPECT_GT(words, 20u);
    if (std::string(langs[i]) != "en") {
      EXPECT_GT(multibyte_before, 10u) << "the check must cover offsets where bytes and code points differ";
    }
  }
  // Snowball stems (of the lower-cased, folded forms).
  EXPECT_EQ(stems["attacks"], "attack");
  EXPECT_EQ(stems["Soldiers"], "soldier");
  EXPECT_EQ(stems["soldats"], "soldat");
}

// ---------------------------------------------------------------------------------------
// Help and version

TEST(AnalyzeCliHelp, TopLevelHelpListsExitCodes) {
  CommandResult r = RunVigie("--help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(Contains(r.out, "Exit codes")) << r.out;
  EXPECT_TRUE(Contains(r.out, "0 all fine")) << r.out;
  EXPECT_TRUE(Contains(r.out, "1 usage error")) << r.out;
  EXPECT_TRUE(Contains(r.out, "2 some documents rejected")) << r.out;
  EXPECT_TRUE(Contains(r.out, "3 fatal")) << r.out;
  EXPECT_TRUE(Contains(r.out, "analyze")) << r.out;
}

TEST(AnalyzeCliHelp, AnalyzeHelpListsFormatsAndFlags) {
  CommandResult r = RunVigie("analyze --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* word : {"seed", "JSONL", "gzip", "--format", "auto, seed, jsonl, text, feed, html", "--max-doc-bytes",
                           "RSS 2.0", "Atom", "HTML pages", "URLs", "--max-input-bytes", "--timeout", "--follow-links",
                           "--lenient", "--pretty", "--tokens", "--text", "--data-dir", "standard input"}) {
    EXPECT_TRUE(Contains(r.out, word)) << word << "\n" << r.out;
  }
}

TEST(AnalyzeCliHelp, Version) {
  CommandResult r = RunVigie("--version");
  EXPECT_EQ(r.exit_code, 0);
  // "vigie MAJOR.MINOR.PATCH" (no std::regex: GCC 12 warns inside it under the sanitizers).
  ASSERT_EQ(r.out.rfind("vigie ", 0), 0u) << r.out;
  EXPECT_TRUE(Contains(r.out, "Contains data from GeoNames (geonames.org), CC BY 4.0")) << r.out;  // the licence asks it
  std::string version = Lines(r.out).at(0).substr(6);
  int dots = 0;
  for (char c : version) {
    if (c == '.') {
      ++dots;
    } else {
      EXPECT_TRUE(c >= '0' && c <= '9') << version;
    }
  }
  EXPECT_EQ(dots, 2) << version;
  EXPECT_TRUE(!version.empty() && version.front() != '.' && version.back() != '.') << version;
}

}  // namespace
}  // namespace vigie
