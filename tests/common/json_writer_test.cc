// JsonWriter: escaping, compact and pretty layout, numbers. Outputs are compared with strings
// written out by hand and parsed back with simdjson.
#include "common/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

namespace vigie {
namespace {

std::string Escaped(std::string_view s) {
  std::string out;
  JsonWriter::AppendEscaped(s, &out);
  return out;
}

// Parses `json` as one string value and returns it.
std::string ParseString(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  std::string_view sv;
  simdjson::error_code err = parser.parse(padded).get_string().get(sv);
  EXPECT_FALSE(err) << json << ": " << simdjson::error_message(err);
  return std::string(sv);
}

bool ParsesAsJson(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  return !parser.parse(padded).get(root);
}

TEST(JsonEscape, QuotesBackslashAndCommonControls) {
  EXPECT_EQ(Escaped(""), R"("")");
  EXPECT_EQ(Escaped("plain"), R"("plain")");
  EXPECT_EQ(Escaped("say \"hi\""), R"("say \"hi\"")");
  EXPECT_EQ(Escaped("C:\\dir\\"), R"("C:\\dir\\")");
  EXPECT_EQ(Escaped("a\nb\tc\rd"), R"("a\nb\tc\rd")");
  EXPECT_EQ(Escaped("/"), R"("/")");  // solidus needs no escape
}

TEST(JsonEscape, OtherControlCharactersAsUnicodeEscapes) {
  EXPECT_EQ(Escaped("\x01"), R"("\u0001")");
  EXPECT_EQ(Escaped("x\x1fy"), R"("x\u001fy")");
  EXPECT_EQ(Escaped(std::string_view("\0", 1)), R"("\u0000")");
  EXPECT_EQ(Escaped("\b\f"), R"("\u0008\u000c")");
}

TEST(JsonEscape, LineAndParagraphSeparatorsAreEscaped) {
  EXPECT_EQ(Escaped("a\u2028b\u2029c"), R"("a\u2028b\u2029c")");
  // At the very start and end of the string (no off-by-one at the boundaries).
  EXPECT_EQ(Escaped("\u2028"), R"("\u2028")");
  EXPECT_EQ(Escaped("x\u2029"), R"("x\u2029")");
  // Neighbours in the same block pass through untouched.
  EXPECT_EQ(Escaped("\u2027\u202a\u2014"), "\"\u2027\u202a\u2014\"");
}

TEST(JsonEscape, NonAsciiPassesThrough) {
  const std::string s = "Ménaka — مقديشو 漢字 🙂";
  EXPECT_EQ(Escaped(s), "\"" + s + "\"");
}

TEST(JsonEscape, EveryAsciiByteRoundTripsThroughAParser) {
  std::string all;
  for (int c = 0; c < 128; ++c) all.push_back(static_cast<char>(c));
  all += "é\u2028\u2029🙂";
  std::string json = Escaped(all);
  for (char c : json) {
    EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "raw control character in output";
  }
  EXPECT_EQ(ParseString(json), all);
}

// Byte-at-a-time escaping as the JSON grammar states it, to check the word-at-a-time scan of
// AppendEscaped against.
std::string ReferenceEscaped(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else if (s.substr(i, 3) == "\u2028" || s.substr(i, 3) == "\u2029") {
      out += s[i + 2] == '\xa8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

TEST(JsonEscape, EverySpecialByteAtEveryPositionOfTheWordScan) {
  // Each byte sequence that needs a look, alone and in pairs, at every offset of strings long
  // enough to span several eight-byte words; an 0xE2 that starts another character ('—',
  // U+2014) or ends the string cut short must pass through.
  const std::string_view kSpecials[] = {"\"", "\\", "\n", "\t", "\r", "\x01", "\x1f", "\x7f",
                                        "\u2028", "\u2029", "\u2014", "\xe2\x80", "é", "مق"};
  for (size_t len : {0u, 1u, 7u, 8u, 9u, 16u, 23u, 40u}) {
    for (size_t pos = 0; pos <= len; ++pos) {
      for (std::string_view a : kSpecials) {
        for (std::string_view b : {std::string_view(), std::string_view("\""), std::string_view("\u2028")}) {
          std::string s(len, 'x');
          s.insert(pos, std::string(a) + std::string(b));
          EXPECT_EQ(Escaped(s), ReferenceEscaped(s)) << "len " << len << " pos " << pos;
        }
      }
    }
  }
}

TEST(JsonWriter, CompactObject) {
  std::string out;
  JsonWriter w(&out, JsonStyle::kCompact);
  w.BeginObject();
  w.Key("s");
  w.String("x\"y");
  w.Key("i");
  w.Int(-42);
  w.Key("b");
  w.Bool(true);
  w.Key("f");
  w.Bool(false);
  w.Key("n");
  w.Null();
  w.Key("e");
  w.StringOrNull("");
  w.Key("v");
  w.StringOrNull("v");
  w.Key("a");
  w.BeginArray();
  w.Int(1);
  w.Int(2);
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(out, R"({"s":"x\"y","i":-42,"b":true,"f":false,"n":null,"e":null,"v":"v","a":[1,2]})");
  EXPECT_TRUE(ParsesAsJson(out));
}

TEST(JsonWriter, KeysAreEscaped) {
  std::string out;
  JsonWriter w(&out, JsonStyle::kCompact);
  w.BeginObject();
  w.Key("a\"b\n");
  w.Int(0);
  w.EndObject();
  EXPECT_EQ(out, R"({"a\"b\n":0})");
}

TEST(JsonWriter, PrettyIndentsByTwoSpaces) {
  std::string out;
  JsonWriter w(&out, JsonStyle::kPretty);
  w.BeginObject();
  w.Key("a");
  w.Int(1);
  w.Key("b");
  w.BeginArray();
  w.Int(1);
  w.BeginObject();
  w.Key("c");
  w.String("d");
  w.EndObject();
  w.EndArray();
  w.Key("e");
  w.BeginObject();
  w.EndObject();
  w.Key("f");
  w.BeginArray();
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(out,
            "{\n"
            "  \"a\": 1,\n"
            "  \"b\": [\n"
            "    1,\n"
            "    {\n"
            "      \"c\": \"d\"\n"
            "    }\n"
            "  ],\n"
            "  \"e\": {},\n"
            "  \"f\": []\n"
            "}");
  EXPECT_TRUE(ParsesAsJson(out));
}

TEST(JsonWriter, NestedEmptyContainers) {
  for (JsonStyle style : {JsonStyle::kCompact, JsonStyle::kPretty}) {
    std::string out;
    JsonWriter w(&out, style);
    w.BeginArray();
    w.BeginArray();
    w.EndArray();
    w.BeginObject();
    w.EndObject();
    w.BeginArray();
    w.BeginObject();
    w.EndObject();
    w.EndArray();
    w.EndArray();
    if (style == JsonStyle::kCompact) {
      EXPECT_EQ(out, "[[],{},[{}]]");
    } else {
      EXPECT_EQ(out, "[\n  [],\n  {},\n  [\n    {}\n  ]\n]");
    }
    EXPECT_TRUE(ParsesAsJson(out)) << out;
  }
  std::string empty_object;
  JsonWriter w(&empty_object, JsonStyle::kPretty);
  w.BeginObject();
  w.EndObject();
  EXPECT_EQ(empty_object, "{}");
}

TEST(JsonWriter, CompactAndPrettyHoldTheSameValues) {
  auto build = [](JsonStyle style) {
    std::string out;
    JsonWriter w(&out, style);
    w.BeginObject();
    w.Key("list");
    w.BeginArray();
    for (int i = 0; i < 3; ++i) {
      w.BeginObject();
      w.Key("i");
      w.Int(i);
      w.Key("t");
      w.String("é\n");
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return out;
  };
  std::string compact = build(JsonStyle::kCompact);
  std::string pretty = build(JsonStyle::kPretty);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_NE(pretty.find('\n'), std::string::npos);
  simdjson::dom::parser p1, p2;
  simdjson::padded_string c(compact), p(pretty);
  simdjson::dom::element a, b;
  ASSERT_FALSE(p1.parse(c).get(a));
  ASSERT_FALSE(p2.parse(p).get(b));
  EXPECT_EQ(simdjson::minify(a), simdjson::minify(b));
  EXPECT_EQ(simdjson::minify(a), compact);
}

TEST(JsonWriter, IntegersAtTheLimits) {
  std::string out;
  JsonWriter w(&out, JsonStyle::kCompact);
  w.BeginArray();
  w.Int(0);
  w.Int(std::numeric_limits<int64_t>::min());
  w.Int(std::numeric_limits<int64_t>::max());
  w.EndArray();
  EXPECT_EQ(out, "[0,-9223372036854775808,9223372036854775807]");
}

std::string WriteDouble(double v) {
  std::string out;
  JsonWriter w(&out, JsonStyle::kCompact);
  w.Double(v);
  return out;
}

TEST(JsonWriter, DoublesAreShortestAndRoundTrip) {
  EXPECT_EQ(WriteDouble(0.5), "0.5");
  EXPECT_EQ(WriteDouble(0.1), "0.1");
  EXPECT_EQ(WriteDouble(0.93), "0.93");
  EXPECT_EQ(WriteDouble(-2.25), "-2.25");
  EXPECT_EQ(WriteDouble(3.0), "3");
  const double values[] = {0.1 + 0.2, 1.0 / 3.0, 1e-300, 6.02214076e23, -123456.789, DBL_MAX, DBL_MIN,
                           std::numeric_limits<double>::denorm_min(), 12000.0, 3.5e6};
  for (double v : values) {
    std::string s = WriteDouble(v);
    EXPECT_EQ(std::strtod(s.c_str(), nullptr), v) << s;
    EXPECT_TRUE(ParsesAsJson(s)) << s;
  }
}

TEST(JsonWriter, NonFiniteDoublesAreNull) {
  EXPECT_EQ(WriteDouble(std::nan("")), "null");
  EXPECT_EQ(WriteDouble(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(WriteDouble(-std::numeric_limits<double>::infinity()), "null");
  std::string out;
  JsonWriter w(&out, JsonStyle::kCompact);
  w.BeginObject();
  w.Key("x");
  w.Double(std::nan(""));
  w.Key("y");
  w.Double(1.5);
  w.EndObject();
  EXPECT_EQ(out, R"({"x":null,"y":1.5})");
  EXPECT_TRUE(ParsesAsJson(out));
}

}  // namespace
}  // namespace vigie
