// The one document model every reader produces and every later stage consumes.
#ifndef VIGIE_READ_DOCUMENT_H_
#define VIGIE_READ_DOCUMENT_H_

#include <string>
#include <vector>

namespace vigie {

struct Document {
  std::string id;         // given by the input, else a stable hash of title and body
  std::string source;     // outlet or feed name; empty when unknown
  std::string url;        // empty when unknown
  std::string title;      // empty when the input has none
  std::string body;       // valid UTF-8, never empty
  std::string published;  // ISO 8601 at the precision given; empty when unknown or unreadable
  std::string lang_hint;  // the input's own language tag; empty when none
  std::string origin;     // where it was read: "path", "path:line", "<stdin>:line"
  std::vector<std::string> warnings;  // non-fatal problems met while reading
};

}  // namespace vigie

#endif  // VIGIE_READ_DOCUMENT_H_
