#include "read/libxml_util.h"

#include <libxml/xmlerror.h>

#include <mutex>

#include "text/utf8.h"

namespace vigie::libxml {
namespace {

void IgnoreGeneric(void*, const char*, ...) {}
void IgnoreStructured(void*, xmlErrorPtr) {}

}  // namespace

void Prepare() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  // Both handlers are per thread in libxml2 (built with thread support, as Debian's is).
  xmlSetGenericErrorFunc(nullptr, IgnoreGeneric);
  xmlSetStructuredErrorFunc(nullptr, IgnoreStructured);
}

bool NameIs(const xmlChar* name, std::string_view want) {
  if (name == nullptr) return false;
  size_t i = 0;
  for (; name[i] != 0; ++i) {
    if (i >= want.size()) return false;
    char c = static_cast<char>(name[i]);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != want[i]) return false;
  }
  return i == want.size();
}

std::string Attr(const xmlNode* node, std::string_view name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return std::string();
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (!NameIs(a->name, name)) continue;
    std::string value;
    for (const xmlNode* c = a->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) value += View(c->content);
    }
    return value;
  }
  return std::string();
}

bool HasAttr(const xmlNode* node, std::string_view name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return false;
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (NameIs(a->name, name)) return true;
  }
  return false;
}

std::string PlainText(const xmlNode* node) {
  std::string out;
  if (node == nullptr) return out;
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) return std::string(View(node->content));
  if (node->type != XML_ELEMENT_NODE) return out;
  const xmlNode* cur = node->children;
  while (cur != nullptr) {
    if (cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) {
      out += View(cur->content);
    } else if (cur->type == XML_ELEMENT_NODE && cur->children != nullptr) {
      cur = cur->children;
      continue;
    }
    // Entity references are never followed: their children are the entity's declaration.
    while (cur != nullptr && cur->next == nullptr) {
      cur = cur->parent;
      if (cur == node) return out;
    }
    if (cur != nullptr) cur = cur->next;
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Clip(std::string_view s, size_t n) {
  if (s.size() > n) {
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s = s.substr(0, n);
  }
  if (utf8::IsValid(s)) return std::string(s);
  std::string out;
  utf8::Repair(s, &out);
  return out;
}

}  // namespace vigie::libxml
