// Small helpers shared by the readers built on libxml2 (feeds, HTML): owners for its trees and
// strings, quiet error handling, and node accessors that never expand entity references.
// Internal to src/read.
#ifndef VIGIE_READ_LIBXML_UTIL_H_
#define VIGIE_READ_LIBXML_UTIL_H_

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace vigie::libxml {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

struct StringFree {
  void operator()(xmlChar* s) const { xmlFree(s); }
};
using StringPtr = std::unique_ptr<xmlChar, StringFree>;

// Initialises libxml2 once (thread-safe) and routes the calling thread's generic and
// structured error output to nowhere: vigie reports problems itself, never on libxml2's stderr.
void Prepare();

inline std::string_view View(const xmlChar* s) {
  return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// ASCII case-insensitive comparison of a libxml2 name with `want` (lower case).
bool NameIs(const xmlChar* name, std::string_view want);

inline bool IsElement(const xmlNode* n, std::string_view lower_name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE && NameIs(n->name, lower_name);
}

// The value of attribute `name` (any namespace, case-insensitive), from its text children
// only; empty when absent.
std::string Attr(const xmlNode* node, std::string_view name);
bool HasAttr(const xmlNode* node, std::string_view name);

// The text and CDATA content of a subtree, in document order, without expanding entity
// references (an undeclared or external entity contributes nothing). Iterative.
std::string PlainText(const xmlNode* node);

// ASCII white space (space, tab, CR, LF, FF, VT).
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s);

// `s` cut to at most `n` bytes on a character boundary and made valid UTF-8 (for quoting
// input in messages).
std::string Clip(std::string_view s, size_t n);

}  // namespace vigie::libxml

#endif  // VIGIE_READ_LIBXML_UTIL_H_
