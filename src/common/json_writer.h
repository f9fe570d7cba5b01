// A small streaming JSON writer. It appends to a caller-owned std::string, escapes strings
// (control characters, quotes, backslash, U+2028/U+2029), and either writes compact JSON or
// indents by two spaces. It trusts its input to be valid UTF-8 (the text layer guarantees it).
//
// Usage: w.BeginObject(); w.Key("a"); w.Int(1); w.EndObject();
// The writer checks nesting only in debug builds; callers build well-formed documents.
#ifndef VIGIE_COMMON_JSON_WRITER_H_
#define VIGIE_COMMON_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

enum class JsonStyle { kCompact, kPretty };

class JsonWriter {
 public:
  JsonWriter(std::string* out, JsonStyle style) : out_(out), style_(style) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view value);
  void Int(int64_t value);
  void Double(double value);  // finite values; NaN/inf are written as null
  void Bool(bool value);
  void Null();
  // A string, or null when `value` is empty.
  void StringOrNull(std::string_view value);

  static void AppendEscaped(std::string_view value, std::string* out);

 private:
  void BeforeValue();
  void Newline();

  std::string* out_;
  JsonStyle style_;
  // One entry per open container: number of values written so far in it.
  std::vector<int> counts_;
  bool after_key_ = false;
};

}  // namespace vigie

#endif  // VIGIE_COMMON_JSON_WRITER_H_
