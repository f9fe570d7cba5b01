// Gold files: documents with the answers a person expects (docs/gold-format.md).
#ifndef VIGIE_EVAL_GOLD_H_
#define VIGIE_EVAL_GOLD_H_

#include <optional>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "common/status.h"
#include "read/document.h"

namespace vigie {

struct GoldMention {
  uint32_t start = 0;  // code points into the analysed text
  uint32_t end = 0;
  std::string text;
  MentionType type = MentionType::kLoc;
  std::string entity;  // empty when null
  std::string value;   // DATE: ISO; QUANTITY: the number as written by the annotator
  std::string kind;    // QUANTITY kind
  std::string country;
  std::optional<double> lat, lon;
};

struct GoldEvent {
  std::string type, mode;
  std::string source, source_entity;  // as written, and the canonical id when known
  std::string target, target_entity, target_kind;
  std::string place;  // the place as written
  std::string date;
  int fatalities = -1;  // -1: null
  bool background = false;  // dated more than two months before the publication: not counted
  bool main = false;
};

struct GoldDoc {
  Document doc;
  std::string split;  // "dev", "test"
  std::vector<GoldMention> mentions;
  std::vector<std::string> focus_countries;
  std::vector<std::string> categories;
  bool has_categories = false;  // the "categories" key is there (an empty list: no security content)
  std::vector<GoldEvent> events;
  bool has_events = false;
  int line = 0;
};

// Reads a gold JSONL file. A malformed line fails the whole read with its line number: a
// gold file is the project's own and must be right.
Result<std::vector<GoldDoc>> ReadGoldFile(const std::string& path);

// "PER" -> kPer ...; nullopt for anything else.
std::optional<MentionType> ParseMentionType(std::string_view name);

}  // namespace vigie

#endif  // VIGIE_EVAL_GOLD_H_
