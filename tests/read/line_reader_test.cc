// LineReader over ByteSource: lines across buffer boundaries, terminators, the line budget,
// and errors from compressed input. Also the ByteSource primitives it relies on.
#include "read/line_reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "read/byte_source.h"
#include "../test_util.h"

namespace vigie {

// Readable outcomes in failure messages.
void PrintTo(LineReader::Outcome o, std::ostream* os) {
  static const char* const kNames[] = {"kLine", "kTooLong", "kEnd", "kError"};
  *os << kNames[static_cast<int>(o)];
}

namespace {

using testing::TempDir;

constexpr size_t kReaderBuffer = 1 << 18;  // LineReader's read buffer (256 KiB)

std::unique_ptr<ByteSource> OpenOrDie(const std::string& path) {
  Result<std::unique_ptr<ByteSource>> s = ByteSource::Open(path);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  return s.ok() ? std::move(s).value() : nullptr;
}

// What one call to Next() gave.
struct Step {
  LineReader::Outcome outcome;
  std::string line;       // kLine
  uint64_t skipped = 0;   // kTooLong
  int line_number = 0;
};

std::vector<Step> ReadAllSteps(const std::string& path, size_t max_line) {
  std::unique_ptr<ByteSource> src = OpenOrDie(path);
  std::vector<Step> steps;
  if (!src) return steps;
  LineReader reader(src.get(), max_line);
  while (true) {
    LineReader::Outcome o = reader.Next();
    Step s{o, "", 0, reader.line_number()};
    if (o == LineReader::Outcome::kLine) s.line = std::string(reader.line());
    if (o == LineReader::Outcome::kTooLong) s.skipped = reader.skipped_bytes();
    steps.push_back(std::move(s));
    if (o == LineReader::Outcome::kEnd || o == LineReader::Outcome::kError) break;
    if (steps.size() > 1000000) break;  // a reader that never ends
  }
  return steps;
}

// The naive reference: split on '\n'; a '\r' before the '\n' is not part of the line; a line
// longer than the budget is reported with the count of bytes before its '\n'.
std::vector<Step> Reference(const std::string& data, size_t max_line) {
  std::vector<Step> steps;
  size_t start = 0;
  int number = 0;
  while (start < data.size()) {
    size_t nl = data.find('\n', start);
    size_t end = nl == std::string::npos ? data.size() : nl;
    std::string raw = data.substr(start, end - start);
    std::string line = raw;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++number;
    if (line.size() > max_line) {
      steps.push_back({LineReader::Outcome::kTooLong, "", raw.size(), number});
    } else {
      steps.push_back({LineReader::Outcome::kLine, line, 0, number});
    }
    start = nl == std::string::npos ? data.size() : nl + 1;
  }
  steps.push_back({LineReader::Outcome::kEnd, "", 0, number});
  return steps;
}

void ExpectSameSteps(const std::vector<Step>& got, const std::vector<Step>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    SCOPED_TRACE("step " + std::to_string(i));
    EXPECT_EQ(got[i].outcome, want[i].outcome);
    EXPECT_EQ(got[i].line_number, want[i].line_number);
    EXPECT_EQ(got[i].skipped, want[i].skipped);
    // Compare sizes first: a failure should not print a megabyte line.
    ASSERT_EQ(got[i].line.size(), want[i].line.size());
    EXPECT_TRUE(got[i].line == want[i].line);
  }
}

TEST(LineReader, EmptyInputHasNoLines) {
  TempDir dir;
  std::vector<Step> steps = ReadAllSteps(dir.Write("empty", ""), 100);
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].outcome, LineReader::Outcome::kEnd);
  EXPECT_EQ(steps[0].line_number, 0);
}

TEST(LineReader, SingleNewlineIsOneEmptyLine) {
  TempDir dir;
  std::vector<Step> steps = ReadAllSteps(dir.Write("nl", "\n"), 100);
  ASSERT_EQ(steps.size(), 2u);
  EXPECT_EQ(steps[0].outcome, LineReader::Outcome::kLine);
  EXPECT_EQ(steps[0].line, "");
  EXPECT_EQ(steps[1].outcome, LineReader::Outcome::kEnd);
}

TEST(LineReader, LastLineWithoutNewline) {
  TempDir dir;
  std::vector<Step> steps = ReadAllSteps(dir.Write("f", "one\ntwo\n\nfour"), 100);
  ASSERT_EQ(steps.size(), 5u);
  EXPECT_EQ(steps[0].line, "one");
  EXPECT_EQ(steps[1].line, "two");
  EXPECT_EQ(steps[2].line, "");
  EXPECT_EQ(steps[3].line, "four");
  EXPECT_EQ(steps[3].line_number, 4);
  EXPECT_EQ(steps[4].outcome, LineReader::Outcome::kEnd);
  // A final newline does not make an extra empty line.
  EXPECT_EQ(ReadAllSteps(dir.Write("g", "one\ntwo\n"), 100).size(), 3u);
}

TEST(LineReader, CrlfIsStrippedButALoneCrInsideALineIsKept) {
  TempDir dir;
  std::vector<Step> steps = ReadAllSteps(dir.Write("f", "a\r\nb\rc\r\n\r\nd"), 100);
  ASSERT_EQ(steps.size(), 5u);
  EXPECT_EQ(steps[0].line, "a");
  EXPECT_EQ(steps[1].line, "b\rc");
  EXPECT_EQ(steps[2].line, "");
  EXPECT_EQ(steps[3].line, "d");
}

TEST(LineReader, LinesLongerThanTheReadBufferButUnderBudget) {
  TempDir dir;
  std::string data;
  std::vector<size_t> lengths = {300000, kReaderBuffer - 1, kReaderBuffer, kReaderBuffer + 1, 700000, 1, 0, 5};
  std::vector<std::string> lines;
  for (size_t i = 0; i < lengths.size(); ++i) {
    std::string line(lengths[i], static_cast<char>('a' + i));
    if (!line.empty()) line.back() = 'Z';  // so a line cut short does not compare equal
    lines.push_back(line);
    data += line;
    data += '\n';
  }
  std::vector<Step> steps = ReadAllSteps(dir.Write("long", data), 1 << 20);
  ASSERT_EQ(steps.size(), lines.size() + 1);
  for (size_t i = 0; i < lines.size(); ++i) {
    ASSERT_EQ(steps[i].outcome, LineReader::Outcome::kLine) << i;
    ASSERT_EQ(steps[i].line.size(), lines[i].size()) << i;
    EXPECT_TRUE(steps[i].line == lines[i]) << i;
    EXPECT_EQ(steps[i].line_number, static_cast<int>(i + 1));
  }
}

TEST(LineReader, NewlineExactlyAtTheBufferBoundary) {
  TempDir dir;
  // The '\n' is the last byte of the first buffer, then the first byte of the second.
  std::string data = std::string(kReaderBuffer - 1, 'x') + "\n" + "y\n";
  ExpectSameSteps(ReadAllSteps(dir.Write("a", data), 1 << 20), Reference(data, 1 << 20));
  data = std::string(kReaderBuffer, 'x') + "\n" + "y";
  ExpectSameSteps(ReadAllSteps(dir.Write("b", data), 1 << 20), Reference(data, 1 << 20));
  // A CRLF split across the boundary.
  data = std::string(kReaderBuffer - 1, 'x') + "\r\n" + "y";
  std::vector<Step> steps = ReadAllSteps(dir.Write("c", data), 1 << 20);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].line.size(), kReaderBuffer - 1);
  EXPECT_EQ(steps[1].line, "y");
}

TEST(LineReader, TooLongLinesAreSkippedWithTheirSizeAndNumber) {
  TempDir dir;
  std::string data = "ok1\n" + std::string(5000, 'a') + "\nok2\n" + std::string(1001, 'b') + "\n" +
                     std::string(1000, 'c') + "\n" + std::string(3 << 20, 'd') + "\nlast";
  std::vector<Step> steps = ReadAllSteps(dir.Write("f", data), 1000);
  ASSERT_EQ(steps.size(), 8u);
  EXPECT_EQ(steps[0].line, "ok1");
  EXPECT_EQ(steps[1].outcome, LineReader::Outcome::kTooLong);
  EXPECT_EQ(steps[1].skipped, 5000u);
  EXPECT_EQ(steps[1].line_number, 2);
  EXPECT_EQ(steps[2].line, "ok2");
  EXPECT_EQ(steps[2].line_number, 3);
  EXPECT_EQ(steps[3].outcome, LineReader::Outcome::kTooLong);  // one byte over
  EXPECT_EQ(steps[3].skipped, 1001u);
  EXPECT_EQ(steps[3].line_number, 4);
  EXPECT_EQ(steps[4].outcome, LineReader::Outcome::kLine);  // exactly at the budget
  EXPECT_EQ(steps[4].line, std::string(1000, 'c'));
  EXPECT_EQ(steps[5].outcome, LineReader::Outcome::kTooLong);  // spans many buffers
  EXPECT_EQ(steps[5].skipped, uint64_t{3} << 20);
  EXPECT_EQ(steps[5].line_number, 6);
  EXPECT_EQ(steps[6].line, "last");
  EXPECT_EQ(steps[6].line_number, 7);
  EXPECT_EQ(steps[7].outcome, LineReader::Outcome::kEnd);
}

TEST(LineReader, TooLongLastLineWithoutNewline) {
  TempDir dir;
  std::vector<Step> steps = ReadAllSteps(dir.Write("f", "a\n" + std::string(600000, 'z')), 1000);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[1].outcome, LineReader::Outcome::kTooLong);
  EXPECT_EQ(steps[1].skipped, 600000u);
  EXPECT_EQ(steps[2].outcome, LineReader::Outcome::kEnd);
}

// Regression: the '\r' of a CRLF terminator counted against the line budget, so a line of
// exactly max_line_bytes followed by "\r\n" was reported too long, although terminators are
// not part of the line.
TEST(LineReader, BugCrOfCrlfCountedAgainstTheBudget) {
  TempDir dir;
  std::string data = std::string(10, 'x') + "\r\n" + std::string(11, 'y') + "\r\nend\r\n";
  std::vector<Step> steps = ReadAllSteps(dir.Write("f", data), 10);
  ASSERT_EQ(steps.size(), 4u);
  EXPECT_EQ(steps[0].outcome, LineReader::Outcome::kLine);
  EXPECT_EQ(steps[0].line, std::string(10, 'x'));
  EXPECT_EQ(steps[1].outcome, LineReader::Outcome::kTooLong);
  EXPECT_EQ(steps[2].line, "end");
  // The same at a large budget, with the '\r' the last byte of a read buffer.
  data = std::string(kReaderBuffer - 1, 'x') + "\r\nnext\n";
  steps = ReadAllSteps(dir.Write("g", data), kReaderBuffer - 1);
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].outcome, LineReader::Outcome::kLine);
  EXPECT_EQ(steps[0].line.size(), kReaderBuffer - 1);
  EXPECT_EQ(steps[1].line, "next");
}

TEST(LineReader, MatchesTheNaiveReferenceOnGeneratedInput) {
  TempDir dir;
  std::mt19937 rng(42);
  for (int round = 0; round < 12; ++round) {
    std::string data;
    size_t budget = round % 3 == 0 ? 100 : round % 3 == 1 ? 70000 : 400000;
    while (data.size() < 3 * kReaderBuffer) {
      size_t len;
      switch (rng() % 5) {
        case 0: len = rng() % 4; break;
        case 1: len = rng() % 200; break;
        case 2: len = budget - 2 + rng() % 5; break;  // around the budget
        case 3: len = rng() % 500000; break;
        default: len = kReaderBuffer - 2 + rng() % 5; break;  // around the buffer size
      }
      for (size_t i = 0; i < len; ++i) data.push_back(static_cast<char>('a' + rng() % 26));
      data += rng() % 4 == 0 ? "\r\n" : "\n";
    }
    if (round % 2 == 1) data += "tail";  // no final newline
    SCOPED_TRACE("round " + std::to_string(round));
    ExpectSameSteps(ReadAllSteps(dir.Write("gen" + std::to_string(round), data), budget), Reference(data, budget));
  }
}

TEST(LineReader, ReadsGzipLikePlain) {
  TempDir dir;
  std::string data;
  for (int i = 0; i < 50000; ++i) data += "line number " + std::to_string(i) + (i % 3 ? "\n" : "\r\n");
  data += std::string(400000, 'q') + "\nend";
  std::vector<Step> plain = ReadAllSteps(dir.Write("p.txt", data), 1 << 20);
  std::vector<Step> gz = ReadAllSteps(dir.WriteGzip("p.txt.gz", data), 1 << 20);
  ExpectSameSteps(gz, Reference(data, 1 << 20));
  ExpectSameSteps(plain, gz);
}

TEST(LineReader, TruncatedGzipIsAnErrorAfterTheLinesBeforeIt) {
  TempDir dir;
  std::vector<std::string> expected;
  std::string data;
  std::mt19937 rng(1);
  // Random numbers compress poorly, so half the file holds a good part of the lines.
  for (int i = 0; i < 20000; ++i) {
    expected.push_back(std::to_string(rng()));
    data += expected.back() + "\n";
  }
  std::string full = dir.WriteGzip("full.gz", data);
  std::string compressed;
  {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(full.c_str(), "rb"), &std::fclose);
    ASSERT_NE(f, nullptr);
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) compressed.append(buf, n);
  }
  std::string cut = dir.Write("cut.gz", compressed.substr(0, compressed.size() / 2));
  std::unique_ptr<ByteSource> src = OpenOrDie(cut);
  ASSERT_TRUE(src);
  LineReader reader(src.get(), 1 << 20);
  size_t lines = 0;
  LineReader::Outcome o;
  while ((o = reader.Next()) == LineReader::Outcome::kLine) {
    ASSERT_LT(lines, expected.size());
    ASSERT_EQ(std::string(reader.line()), expected[lines]);
    ++lines;
  }
  EXPECT_EQ(o, LineReader::Outcome::kError);
  EXPECT_FALSE(reader.error().ok());
  // The caller names the input; the message says what is wrong, without zlib's "<fd:N>".
  EXPECT_NE(reader.error().message().find("compressed data"), std::string::npos) << reader.error().message();
  EXPECT_EQ(reader.error().message().find("<fd:"), std::string::npos) << reader.error().message();
  EXPECT_GT(lines, 1000u);
  EXPECT_LT(lines, expected.size());
  EXPECT_NE(reader.Next(), LineReader::Outcome::kLine);  // nothing after the error
}

TEST(ByteSource, OpenFailsOnMissingFileAndFolder) {
  TempDir dir;
  Result<std::unique_ptr<ByteSource>> missing = ByteSource::Open(dir.path() + "/nope.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kIoError);
  EXPECT_NE(missing.status().message().find("No such file"), std::string::npos) << missing.status().message();
  Result<std::unique_ptr<ByteSource>> folder = ByteSource::Open(dir.path());
  ASSERT_FALSE(folder.ok());
  EXPECT_NE(folder.status().message().find("directory"), std::string::npos);
}

TEST(ByteSource, ReadAllStopsAtTheBudgetAndUnreadPutsBytesBack) {
  TempDir dir;
  std::string data(200000, 'x');
  data[0] = 'A';
  std::unique_ptr<ByteSource> src = OpenOrDie(dir.Write("f", data));
  ASSERT_TRUE(src);
  char head[4];
  Result<size_t> got = src->Read(head, sizeof head);
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(*got, 4u);
  EXPECT_EQ(head[0], 'A');
  src->Unread(std::string(head, 4));
  std::string out;
  bool truncated = false;
  ASSERT_TRUE(src->ReadAll(100000, &out, &truncated).ok());
  EXPECT_TRUE(truncated);
  EXPECT_EQ(out.size(), 100000u);
  EXPECT_EQ(out[0], 'A');
  EXPECT_FALSE(src->compressed());

  std::unique_ptr<ByteSource> whole = OpenOrDie(dir.Write("g", data));
  ASSERT_TRUE(whole->ReadAll(data.size(), &out, &truncated).ok());
  EXPECT_FALSE(truncated);  // exactly at the budget is not over it
  EXPECT_TRUE(out == data);
}

TEST(ByteSource, GzipIsDecompressedTransparently) {
  TempDir dir;
  std::unique_ptr<ByteSource> src = OpenOrDie(dir.WriteGzip("f.gz", "hello gzip"));
  ASSERT_TRUE(src);
  std::string out;
  bool truncated = false;
  ASSERT_TRUE(src->ReadAll(1000, &out, &truncated).ok());
  EXPECT_EQ(out, "hello gzip");
  EXPECT_TRUE(src->compressed());
}

}  // namespace
}  // namespace vigie
