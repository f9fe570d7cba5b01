// Writes an Analysis as the JSON object of the output contract (schema/analysis.schema.json,
// "vigie.analysis/1"), with offsets converted from bytes to code points of the analysed text.
// Fields beyond the schema: doc.origin, doc.lang_reliable, doc.dateline_span,
// doc.dateline_agency, sentences[], and on request doc.text and tokens[].
#ifndef VIGIE_ANALYZE_ANALYSIS_JSON_H_
#define VIGIE_ANALYZE_ANALYSIS_JSON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analysis.h"
#include "common/json_writer.h"
#include "text/stemmer.h"

namespace vigie {

inline constexpr const char* kAnalysisSchemaId = "vigie.analysis/1";

// Byte offset -> code point offset in one text, O(1) after a linear set-up (a count every
// 64 bytes).
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> blocks_;  // code points before each 64-byte block
};

struct AnalysisJsonOptions {
  JsonStyle style = JsonStyle::kCompact;
  bool include_text = false;    // doc.text: the analysed text itself
  bool include_tokens = false;  // tokens[] with kind, folded form and stem
};

// Not thread-safe (keeps a stemmer per language).
class AnalysisJsonWriter {
 public:
  // Appends the JSON object (no trailing newline) to *out.
  void Write(const Analysis& analysis, const AnalysisJsonOptions& options, std::string* out);

 private:
  Stemmer* StemmerFor(const std::string& lang);
  std::map<std::string, std::unique_ptr<Stemmer>> stemmers_;  // null: no stemmer
};

std::string_view MentionTypeName(MentionType type);
std::string_view TokenKindName(TokenKind kind);

}  // namespace vigie

#endif  // VIGIE_ANALYZE_ANALYSIS_JSON_H_
