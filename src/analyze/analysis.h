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
  std::string value;   // normalised value: ISO date for DATE, decimal number for QUANTITY
  std::string detail;  // QUANTITY: killed, injured, arrested, kidnapped, displaced, attackers, other
  std::string rule;    // what found it: "lexicon", "title+name", "first-name", "acronym", ...
};

// A demonym or adjective of nationality ("marocain", "Nigerian", "المالي"): evidence of a
// country, not a mention of a place.
struct DemonymMention {
  Span span;
  std::string country;  // ISO alpha-2
};

// One entity of the document: what its mentions name.
struct DocEntity {
  std::string id;
  MentionType type = MentionType::kOrg;  // PER, ORG or LOC
  std::string kind;
  std::string name;
  std::string country;
  int count = 0;
  double salience = 0;
  uint32_t first = 0;  // byte offset of its first mention
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
  std::vector<Mention> mentions;  // filled by the entities stage, in text order
  std::vector<DemonymMention> demonyms;
  std::vector<DocEntity> entities;  // most salient first
  std::vector<std::string> warnings;

  std::string_view Slice(Span s) const { return std::string_view(text).substr(s.start, s.end - s.start); }
  std::string_view Slice(const Token& t) const { return std::string_view(text).substr(t.start, t.end - t.start); }
};

}  // namespace vigie

#endif  // VIGIE_ANALYZE_ANALYSIS_H_
