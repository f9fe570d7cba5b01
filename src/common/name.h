// Name: a std::string for the short codes the stages compare with literals again and again (an
// event type "ASSAULT", a language "en", an actor kind "armed_group", a pattern's voice "noun").
//
// std::string == "literal" calls strlen and compare out of line: the events stage made some 400
// such calls per document, 3% of the analysis (callgrind). A Name compares with a character
// string inline, the length first (a literal's is known when compiling), so most comparisons
// cost a length test. In every other way it is the std::string it derives from.
#ifndef VIGIE_COMMON_NAME_H_
#define VIGIE_COMMON_NAME_H_

#include <string>
#include <string_view>
#include <utility>

namespace vigie {

class Name : public std::string {
 public:
  using std::string::string;
  Name() = default;
  explicit Name(const std::string& s) : std::string(s) {}
  explicit Name(std::string&& s) noexcept : std::string(std::move(s)) {}
  explicit Name(std::string_view s) : std::string(s) {}
  using std::string::operator=;

  // Always inlined: only then is a literal's length folded when compiling (GCC kept it out of
  // line), and the byte compare of a known length expanded in place (string_view's operator==
  // called its out-of-line compare whenever the lengths matched: 45 instructions a call).
  [[gnu::always_inline]] bool operator==(const char* s) const noexcept {
    const std::string_view w(s);
    return size() == w.size() && __builtin_memcmp(data(), w.data(), w.size()) == 0;
  }
};

}  // namespace vigie

#endif  // VIGIE_COMMON_NAME_H_
