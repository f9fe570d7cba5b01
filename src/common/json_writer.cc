#include "common/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace vigie {

void JsonWriter::Newline() {
  if (style_ != JsonStyle::kPretty) return;
  out_->push_back('\n');
  out_->append(2 * counts_.size(), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!counts_.empty()) {
    if (counts_.back()++ > 0) out_->push_back(',');
    Newline();
  }
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  counts_.push_back(0);
}

void JsonWriter::EndObject() {
  bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty) Newline();
  out_->push_back('}');
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  counts_.push_back(0);
}

void JsonWriter::EndArray() {
  bool empty = counts_.back() == 0;
  counts_.pop_back();
  if (!empty) Newline();
  out_->push_back(']');
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendEscaped(key, out_);
  out_->push_back(':');
  if (style_ == JsonStyle::kPretty) out_->push_back(' ');
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  AppendEscaped(value, out_);
}

void JsonWriter::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

void JsonWriter::Int(int64_t value) {
  BeforeValue();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  out_->append(buf, r.ptr);
}

void JsonWriter::Double(double value) {
  BeforeValue();
  if (!std::isfinite(value)) {
    out_->append("null");
    return;
  }
  char buf[32];
  // Shortest representation that round-trips.
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  out_->append(buf, r.ptr);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_->append(value ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonWriter::AppendEscaped(std::string_view value, std::string* out) {
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (size_t i = 0; i < value.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(value[i]);
    const char* esc = nullptr;
    char ubuf[8];
    if (c == '"') {
      esc = "\\\"";
    } else if (c == '\\') {
      esc = "\\\\";
    } else if (c == '\n') {
      esc = "\\n";
    } else if (c == '\t') {
      esc = "\\t";
    } else if (c == '\r') {
      esc = "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      std::snprintf(ubuf, sizeof ubuf, "\\u%04x", c);
      esc = ubuf;
    } else if (c == 0xe2 && i + 2 < value.size() && static_cast<unsigned char>(value[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(value[i + 2]) == 0xa8 ||
                static_cast<unsigned char>(value[i + 2]) == 0xa9)) {
      // U+2028 / U+2029 are valid JSON but break JavaScript string literals.
      out->append(value.data() + run, i - run);
      out->append(static_cast<unsigned char>(value[i + 2]) == 0xa8 ? "\\u2028" : "\\u2029");
      i += 2;
      run = i + 1;
      continue;
    }
    if (esc != nullptr) {
      out->append(value.data() + run, i - run);
      out->append(esc);
      run = i + 1;
    }
  }
  out->append(value.data() + run, value.size() - run);
  out->push_back('"');
}

}  // namespace vigie
