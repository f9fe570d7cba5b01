#include "store/query.h"

#include <vector>

#include "text/utf8.h"

namespace vigie {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whether a term can yield an index term: an ASCII letter or digit, or any non-ASCII
// character (the tokenizer decides what those are).
bool HasWordCharacter(std::string_view term) {
  for (unsigned char c : term) {
    if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
  }
  return false;
}

struct Item {
  enum Kind { kTerm, kOr } kind;
  std::string text;
};

}  // namespace

Result<std::string> TranslateQuery(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("query longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  }
  if (!utf8::IsValid(query)) return Status::InvalidArgument("the query is not valid UTF-8");
  if (query.find('\0') != std::string_view::npos) return Status::InvalidArgument("the query holds a NUL byte");

  std::vector<Item> items;
  size_t i = 0;
  while (i < query.size()) {
    if (IsSpace(query[i])) {
      ++i;
      continue;
    }
    if (query[i] == '"') {
      size_t close = query.find('"', i + 1);
      size_t end = close == std::string_view::npos ? query.size() : close;
      std::string_view phrase = query.substr(i + 1, end - i - 1);
      if (HasWordCharacter(phrase)) items.push_back({Item::kTerm, std::string(phrase)});
      i = close == std::string_view::npos ? query.size() : close + 1;
      continue;
    }
    size_t end = i;
    while (end < query.size() && !IsSpace(query[end]) && query[end] != '"') ++end;
    std::string_view word = query.substr(i, end - i);
    i = end;
    if (word == "OR") {
      items.push_back({Item::kOr, {}});
    } else if (word == "AND") {
      continue;
    } else if (HasWordCharacter(word)) {
      items.push_back({Item::kTerm, std::string(word)});
    }
  }

  // Groups of alternatives, ANDed together.
  std::vector<std::vector<std::string>> groups;
  size_t terms = 0;
  bool pending_or = false;
  for (const Item& item : items) {
    if (item.kind == Item::kOr) {
      if (groups.empty() || pending_or) return Status::InvalidArgument("OR needs a word or phrase on each side");
      pending_or = true;
      continue;
    }
    if (++terms > kMaxQueryTerms) {
      return Status::InvalidArgument("more than " + std::to_string(kMaxQueryTerms) + " words and phrases");
    }
    if (pending_or) {
      groups.back().push_back(item.text);
      pending_or = false;
    } else {
      groups.push_back({item.text});
    }
  }
  if (pending_or) return Status::InvalidArgument("OR needs a word or phrase on each side");
  if (groups.empty()) return Status::InvalidArgument("nothing to search for (give words or \"a phrase\")");

  std::string out;
  for (const std::vector<std::string>& group : groups) {
    if (!out.empty()) out += " AND ";
    if (group.size() > 1) out += '(';
    for (size_t k = 0; k < group.size(); ++k) {
      if (k > 0) out += " OR ";
      out += '"';
      out += group[k];  // holds no '"': quotes split the query above
      out += '"';
    }
    if (group.size() > 1) out += ')';
  }
  return out;
}

}  // namespace vigie
