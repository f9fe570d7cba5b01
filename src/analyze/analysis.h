// Analysis: everything vigie finds in one document, computed once by the Analyzer and read by
// every later stage (output, storage, evaluation). Offsets are byte offsets into `text`, the
// analysed text; the JSON output converts them to code points.
#ifndef VIGIE_ANALYZE_ANALYSIS_H_
#define VIGIE_ANALYZE_ANALYSIS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "read/document.h"
#include "text/dateline.h"
#include "text/fold.h"
#include "text/langid.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace vigie {

enum class MentionType : uint8_t { kPer, kOrg, kLoc, kDate, kQuantity };

struct Mention {
  Span span;
  MentionType type = MentionType::kLoc;
  std::string entity;  // canonical id, empty when unresolved
  std::string value;   // normalised value (ISO date, number as text), empty when none
};

struct Analysis {
  Document doc;
  // The analysed text: NFC title, a blank line, NFC body; or the body alone.
  std::string text;
  uint32_t body_start = 0;  // byte offset of the body in `text`
  LanguageGuess lang;
  std::optional<Dateline> dateline;  // offsets into `text`
  std::vector<Token> tokens;
  std::vector<SentenceSpan> sentences;
  FoldedText folded;
  std::vector<Mention> mentions;  // filled by the entities stage
  std::vector<std::string> warnings;

  std::string_view Slice(Span s) const { return std::string_view(text).substr(s.start, s.end - s.start); }
  std::string_view Slice(const Token& t) const { return std::string_view(text).substr(t.start, t.end - t.start); }
};

}  // namespace vigie

#endif  // VIGIE_ANALYZE_ANALYSIS_H_
