// End-to-end tests of ingest, search, stats, events and quarantine through the vigie binary,
// over the bundled samples and inputs written here.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "../test_util.h"
#include "store/schema.h"

namespace vigie {
namespace {

using testing::CommandResult;
using testing::Lines;
using testing::RunVigie;
using testing::ShellQuote;
using testing::TempDir;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Samples() { return std::string(VIGIE_TEST_SOURCE_DIR) + "/samples"; }

// Parses one JSON object; fails the test when it does not parse.
struct Json {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  bool Parse(const std::string& text) {
    simdjson::error_code err = parser.parse(text).get(root);
    EXPECT_FALSE(err) << simdjson::error_message(err) << " in: " << text.substr(0, 300);
    return !err;
  }
  int64_t Int(const char* key) {
    int64_t v = -1;
    EXPECT_FALSE(root[key].get(v)) << key;
    return v;
  }
  std::string Str(const char* key) {
    std::string_view v;
    if (root[key].get(v)) return "";
    return std::string(v);
  }
};

class StoreCliTest : public ::testing::Test {
 protected:
  std::string Db() const { return ShellQuote(dir_.path() + "/v.db"); }
  CommandResult Vigie(const std::string& args) const { return RunVigie(args + " --db " + Db()); }
  CommandResult Ingest(const std::string& inputs) const { return RunVigie("ingest --quiet --db " + Db() + " " + inputs); }
  Json Stats() const {
    CommandResult r = Vigie("stats --json");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    Json j;
    j.Parse(r.out);
    return j;
  }
  TempDir dir_;
};

TEST_F(StoreCliTest, IngestsTheSamplesOnceAndARerunStoresNothing) {
  CommandResult first = Ingest(ShellQuote(Samples() + "/news.jsonl") + " " + ShellQuote(Samples() + "/seed"));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_TRUE(Contains(first.err, "30 read, 30 stored, 0 duplicates, 0 rejected")) << first.err;
  Json s1 = Stats();
  EXPECT_EQ(s1.Int("documents"), 30);
  EXPECT_EQ(s1.Int("duplicates"), 0);
  EXPECT_EQ(s1.Int("stories"), 30);  // thirty different events
  EXPECT_EQ(s1.Int("quarantined"), 0);
  EXPECT_GT(s1.Int("events"), 10);
  EXPECT_EQ(s1.Int("schema_version"), kSchemaVersion);
  int64_t fr = -1, en = -1, ar = -1;
  EXPECT_FALSE(s1.root["languages"]["fr"].get(fr));
  EXPECT_FALSE(s1.root["languages"]["en"].get(en));
  EXPECT_FALSE(s1.root["languages"]["ar"].get(ar));
  EXPECT_EQ(fr + en + ar, 30);
  EXPECT_EQ(s1.Str("first_published").substr(0, 4), "2024");

  CommandResult second = Ingest(ShellQuote(Samples() + "/news.jsonl") + " " + ShellQuote(Samples() + "/seed"));
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_TRUE(Contains(second.err, "30 read, 0 stored, 30 duplicates, 0 rejected")) << second.err;
  Json s2 = Stats();
  EXPECT_EQ(s2.Int("documents"), 30);
  EXPECT_EQ(s2.Int("duplicates"), 30);
  EXPECT_EQ(s2.Int("events"), s1.Int("events"));
  EXPECT_EQ(s2.Int("stories"), 30);
  EXPECT_EQ(s2.Int("ingest_runs"), 2);

  // The text form names the same numbers.
  CommandResult text = Vigie("stats");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(Contains(text.out, "documents       30")) << text.out;
}

TEST_F(StoreCliTest, TheSameTextUnderAnotherIdIsADuplicate) {
  std::string body = "Des hommes armés ont attaqué un poste de police à Gao, au Mali, tuant trois agents.";
  std::string jsonl = "{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"" + body + "\"}\n" +
                      // Case, accents and spacing do not make another text.
                      "{\"id\":\"b\",\"lang\":\"fr\",\"text\":\"DES HOMMES ARMES  ont attaque un poste de police a "
                      "Gao, au Mali, tuant trois agents.\"}\n" +
                      "{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"Un autre texte sous le même identifiant.\"}\n";
  CommandResult r = Ingest(ShellQuote(dir_.Write("dup.jsonl", jsonl)));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "3 read, 1 stored, 2 duplicates, 0 rejected")) << r.err;
  EXPECT_EQ(Stats().Int("documents"), 1);
}

TEST_F(StoreCliTest, IngestsStandardInputAndTellsWhatItRead) {
  std::string jsonl =
      "{\"id\":\"s1\",\"lang\":\"en\",\"text\":\"Gunmen attacked a military base in northern Mali.\"}\n"
      "{\"id\":\"s2\",\"lang\":\"en\",\"text\":\"Police in Kenya arrested two men suspected of plotting.\"}\n";
  std::string file = dir_.Write("in.jsonl", jsonl);
  CommandResult r = testing::Run("cat " + ShellQuote(file) + " | " + ShellQuote(VIGIE_BINARY) + " ingest --db " +
                                 Db() + " -");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "2 read, 2 stored")) << r.err;
  // Not a terminal: no bar drawn, the summary alone for so short a run.
  EXPECT_FALSE(Contains(r.err, "\r")) << r.err;
  EXPECT_EQ(Lines(r.err).size(), 1u) << r.err;
  CommandResult s = Vigie("search attacked --json");
  ASSERT_EQ(s.exit_code, 0);
  ASSERT_EQ(Lines(s.out).size(), 1u) << s.out;
  Json j;
  ASSERT_TRUE(j.Parse(Lines(s.out)[0]));
  EXPECT_EQ(j.Str("id"), "s1");
  // An input that cannot be opened is rejected and logged like a bad line.
  CommandResult missing = Ingest(ShellQuote(dir_.path() + "/nothing-here.jsonl"));
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
  EXPECT_EQ(Stats().Int("quarantined"), 1);
}

TEST_F(StoreCliTest, BadLinesGoToQuarantineAndTheRestIsStored) {
  std::string jsonl =
      "{\"id\":\"good-1\",\"lang\":\"en\",\"text\":\"Gunmen attacked a military base in northern Mali on Monday.\"}\n"
      "{\"id\":\"broken\",\"text\":\"this line is truncated\n"
      "{\"id\":\"bad-utf8\",\"text\":\"caf\xC3\x28 bad bytes\"}\n"
      "{\"id\":\"good-2\",\"lang\":\"en\",\"text\":\"Police in Kenya arrested two men suspected of plotting attacks.\"}\n";
  CommandResult r = Ingest(ShellQuote(dir_.Write("mixed.jsonl", jsonl)));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(Contains(r.err, "vigie: rejected: ")) << r.err;
  EXPECT_TRUE(Contains(r.err, "mixed.jsonl:2")) << r.err;
  EXPECT_TRUE(Contains(r.err, "4 read, 2 stored, 0 duplicates, 2 rejected")) << r.err;
  EXPECT_EQ(Stats().Int("documents"), 2);
  EXPECT_EQ(Stats().Int("quarantined"), 2);

  CommandResult q = Vigie("quarantine --json");
  ASSERT_EQ(q.exit_code, 0) << q.err;
  std::vector<std::string> lines = Lines(q.out);
  ASSERT_EQ(lines.size(), 2u) << q.out;
  Json first;
  ASSERT_TRUE(first.Parse(lines[0]));
  EXPECT_TRUE(Contains(first.Str("origin"), "mixed.jsonl:2"));
  EXPECT_TRUE(Contains(first.Str("reason"), "invalid JSON")) << first.Str("reason");
  EXPECT_TRUE(Contains(first.Str("head"), "this line is truncated")) << first.Str("head");
  Json second;
  ASSERT_TRUE(second.Parse(lines[1]));
  EXPECT_TRUE(Contains(second.Str("reason"), "invalid UTF-8")) << second.Str("reason");
  EXPECT_TRUE(Contains(second.Str("head"), "bad-utf8"));  // repaired for display, still readable

  CommandResult text = Vigie("quarantine");
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_TRUE(Contains(text.out, "#1")) << text.out;
  EXPECT_TRUE(Contains(text.out, "starts: {\"id\":\"broken\"")) << text.out;
}

TEST_F(StoreCliTest, SearchFindsWordFormsRanksTitlesFirstAndFilters) {
  ASSERT_EQ(Ingest(ShellQuote(Samples() + "/news.jsonl") + " " + ShellQuote(Samples() + "/seed")).exit_code, 0);
  // "attaques" (plural) matches "attaque" (singular) through the French stemmer.
  CommandResult r = Vigie("search attaques --lang fr --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 2u) << r.out;
  double last = 1e9;
  for (const std::string& line : lines) {
    Json j;
    ASSERT_TRUE(j.Parse(line));
    EXPECT_EQ(j.Str("lang"), "fr");
    EXPECT_FALSE(j.Str("id").empty());
    EXPECT_TRUE(Contains(j.Str("snippet"), "[")) << j.Str("snippet");
    double score = 0;
    EXPECT_FALSE(j.root["score"].get(score));
    EXPECT_LE(score, last);  // best first
    last = score;
    simdjson::dom::array countries;
    EXPECT_FALSE(j.root["countries"].get(countries));
  }
  // Filters: a country, dates, a category.
  CommandResult niger = Vigie("search attaque --country ne --json");
  ASSERT_EQ(niger.exit_code, 0) << niger.err;
  for (const std::string& line : Lines(niger.out)) {
    Json j;
    ASSERT_TRUE(j.Parse(line));
    bool has = false;
    for (auto c : j.root["countries"].get_array()) has = has || std::string_view(c.get_string()) == "NE";
    EXPECT_TRUE(has) << line;
  }
  CommandResult dated = Vigie("search attaque --from 2025-01 --to 2025-04 --json");
  ASSERT_EQ(dated.exit_code, 0) << dated.err;
  for (const std::string& line : Lines(dated.out)) {
    Json j;
    ASSERT_TRUE(j.Parse(line));
    std::string date = j.Str("date");
    EXPECT_GE(date, "2025-01") << line;
    EXPECT_LE(date.substr(0, 7), "2025-04") << line;
  }
  // Text form.
  CommandResult text = Vigie("search " + ShellQuote("\"forces armées\" OR armée"));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(Contains(text.out, "1. ")) << text.out;
  // Several arguments are one query, as if written with spaces.
  text = Vigie("search soldats tués --lang fr");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(Contains(text.out, "1. ")) << text.out;
}

TEST_F(StoreCliTest, TitleWordsWeighMoreThanBodyWords) {
  std::string jsonl =
      "{\"id\":\"body\",\"lang\":\"en\",\"title\":\"Regional ministers meet in Dakar\",\"text\":\"Ministers from "
      "the region met in Dakar on Tuesday to discuss trade, roads and a recent kidnapping near the border.\"}\n"
      "{\"id\":\"title\",\"lang\":\"en\",\"title\":\"Kidnapping near the border\",\"text\":\"Ministers from "
      "the region met on Tuesday to discuss trade and roads, and what to do after the events near the border.\"}\n";
  ASSERT_EQ(Ingest(ShellQuote(dir_.Write("rank.jsonl", jsonl))).exit_code, 0);
  CommandResult r = Vigie("search kidnappings --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  Json top;
  ASSERT_TRUE(top.Parse(lines[0]));
  EXPECT_EQ(top.Str("id"), "title");
}

TEST_F(StoreCliTest, HostileQueriesNeverCrash) {
  ASSERT_EQ(Ingest(ShellQuote(Samples() + "/news.jsonl")).exit_code, 0);
  const char* queries[] = {"\"", "*", "NEAR(", "NEAR(attaque", "'; DROP TABLE documents; --", "", "OR",
                           "attaque OR", "title:attaque", "attaque*", "^", "(", ")", "AND", "NOT attaque",
                           "\"\"\"", "{a b}", "a:b:c", "\\", "%", "\xD8\xA7\xD9\x84"};
  for (const char* q : queries) {
    CommandResult r = Vigie("search " + ShellQuote(q));
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << q << " exit " << r.exit_code << ": " << r.err;
    if (r.exit_code == 1) {
      EXPECT_TRUE(Contains(r.err, "vigie search: ")) << q << ": " << r.err;
    }
  }
  EXPECT_EQ(Stats().Int("documents"), 15);  // and nothing was dropped
  CommandResult empty = Vigie("search ''");
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_TRUE(Contains(empty.err, "nothing to search for")) << empty.err;
}

TEST_F(StoreCliTest, EventsInThreeFormats) {
  ASSERT_EQ(Ingest(ShellQuote(Samples() + "/news.jsonl")).exit_code, 0);
  CommandResult json = Vigie("events --format json --type assault");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  std::vector<std::string> lines = Lines(json.out);
  ASSERT_GE(lines.size(), 3u);
  for (const std::string& line : lines) {
    Json j;
    ASSERT_TRUE(j.Parse(line));
    EXPECT_EQ(j.Str("type"), "ASSAULT");
    EXPECT_FALSE(j.Str("doc_id").empty());
  }
  CommandResult csv = Vigie("events --format csv --limit 5");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::vector<std::string> rows = Lines(csv.out);
  ASSERT_EQ(rows.size(), 6u) << csv.out;
  EXPECT_EQ(rows[0].substr(0, 30), "doc_id,published,date,type,mod");
  CommandResult table = Vigie("events --country NG");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  for (const std::string& line : Lines(table.out)) EXPECT_TRUE(Contains(line, "(NG)")) << line;
  EXPECT_EQ(Vigie("events --format xml").exit_code, 1);
  EXPECT_EQ(Vigie("events --from yesterday").exit_code, 1);
}

TEST_F(StoreCliTest, UnusableDatabasesAreFatalWithAClearMessage) {
  std::string input = ShellQuote(Samples() + "/news.jsonl");
  // A folder.
  CommandResult folder = RunVigie("ingest --quiet --db " + ShellQuote(dir_.path()) + " " + input);
  EXPECT_EQ(folder.exit_code, 3);
  EXPECT_TRUE(Contains(folder.err, "is a folder")) << folder.err;
  // Not SQLite.
  std::string junk = dir_.Write("junk.db", std::string(8192, 'j'));
  CommandResult notdb = RunVigie("ingest --quiet --db " + ShellQuote(junk) + " " + input);
  EXPECT_EQ(notdb.exit_code, 3);
  EXPECT_TRUE(Contains(notdb.err, "not a database")) << notdb.err;
  CommandResult notdb_search = RunVigie("search attaque --db " + ShellQuote(junk));
  EXPECT_EQ(notdb_search.exit_code, 3);
  // A folder that does not exist, and one that cannot be written.
  CommandResult missing = RunVigie("ingest --quiet --db " + ShellQuote(dir_.path() + "/no/such/v.db") + " " + input);
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_TRUE(Contains(missing.err, "cannot open database")) << missing.err;
  // Reading commands never create a database.
  for (const char* cmd : {"search attaque", "stats", "events", "quarantine"}) {
    CommandResult r = RunVigie(std::string(cmd) + " --db " + ShellQuote(dir_.path() + "/none.db"));
    EXPECT_EQ(r.exit_code, 3) << cmd;
    EXPECT_TRUE(Contains(r.err, "no database at")) << cmd << ": " << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_.path() + "/none.db"));
  // A newer schema.
  ASSERT_EQ(Ingest(input).exit_code, 0);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open((dir_.path() + "/v.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  CommandResult newer = Vigie("stats");
  EXPECT_EQ(newer.exit_code, 3);
  EXPECT_TRUE(Contains(newer.err, "newer")) << newer.err;
}

TEST_F(StoreCliTest, ADamagedDatabaseIsFatalWithAClearMessage) {
  ASSERT_EQ(Ingest(ShellQuote(Samples() + "/news.jsonl")).exit_code, 0);
  std::string path = dir_.path() + "/v.db";
  ASSERT_FALSE(std::filesystem::exists(path + "-wal"));  // checkpointed on close: the data is in the file
  // Garbage over every page but the first (the header and the schema stay readable).
  auto size = std::filesystem::file_size(path);
  ASSERT_GT(size, 8192u);
  {
    FILE* f = std::fopen(path.c_str(), "r+b");
    ASSERT_NE(f, nullptr);
    std::fseek(f, 4096, SEEK_SET);
    std::string junk(size - 4096, '\x5a');
    std::fwrite(junk.data(), 1, junk.size(), f);
    std::fclose(f);
  }
  for (const char* cmd : {"stats", "search attaque", "events", "quarantine"}) {
    CommandResult r = Vigie(cmd);
    EXPECT_EQ(r.exit_code, 3) << cmd << ": " << r.err;
    EXPECT_TRUE(Contains(r.err, "malformed") || Contains(r.err, "not a database")) << cmd << ": " << r.err;
  }
  CommandResult ingest = Ingest(ShellQuote(Samples() + "/seed"));
  EXPECT_EQ(ingest.exit_code, 3) << ingest.err;
  EXPECT_TRUE(Contains(ingest.err, "vigie ingest: ")) << ingest.err;
}

TEST_F(StoreCliTest, TheDefaultDatabaseIsUnderXdgDataHome) {
  std::string env = "XDG_DATA_HOME=" + ShellQuote(dir_.path() + "/xdg") + " ";
  CommandResult r = testing::Run(env + ShellQuote(VIGIE_BINARY) + " ingest --quiet " +
                                 ShellQuote(Samples() + "/news.jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_.path() + "/xdg/vigie/vigie.db"));
  CommandResult s = testing::Run(env + ShellQuote(VIGIE_BINARY) + " stats --json");
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_TRUE(Contains(s.out, "\"documents\":15")) << s.out;
}

TEST_F(StoreCliTest, HelpListsTheStoreCommandsWithExitCodes) {
  CommandResult help = RunVigie("--help");
  for (const char* cmd : {"ingest", "search", "stats", "events", "quarantine"}) {
    EXPECT_TRUE(Contains(help.out, cmd)) << cmd;
    CommandResult sub = RunVigie(std::string(cmd) + " --help");
    EXPECT_EQ(sub.exit_code, 0) << cmd;
    EXPECT_TRUE(Contains(sub.out, "Exit codes:")) << cmd << ": " << sub.out;
  }
  EXPECT_EQ(RunVigie("ingest --batch 0 x").exit_code, 1);
}

}  // namespace
}  // namespace vigie
