// Scoring the engine against gold documents: precision, recall and F1 for mentions (strict:
// same span and type; overlapping: spans that share a character and the same type, paired one
// to one) and for entities (by canonical id, or by type and folded name for entities outside
// the lexicon), per type and per language; DATE and QUANTITY values; a confusion summary of
// types; the worst documents; and where places are put: for gold toponyms with coordinates,
// the share placed within 161 km (of those found, and of all), mean and median error; the
// focus countries (the first one right, and the set's precision and recall); events (the
// document's event types, the main event's type, actor, place and fatalities) and categories
// (the document's set, and security vs non-security).
#ifndef VIGIE_EVAL_EVAL_H_
#define VIGIE_EVAL_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "analyze/analyzer.h"
#include "eval/gold.h"

namespace vigie {

struct Counts {
  int64_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp == 0 ? 0 : static_cast<double>(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 0 : static_cast<double>(tp) / (tp + fn); }
  double f1() const {
    double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
  void Add(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
  }
};

struct DocScore {
  std::string id;
  std::string lang;
  Counts overlap;
  int gold = 0;
  int found = 0;
};

// Geoparsing scores of a language (or of all).
struct GeoScore {
  int toponyms = 0;             // gold LOC mentions with coordinates
  int placed = 0;               // of them, found (overlapping LOC) with coordinates
  int within_161 = 0;           // of them, within 161 km (100 miles)
  std::vector<double> errors;   // km, one per placed toponym
  int focus_docs = 0;           // documents with gold focus countries
  int focus_first_right = 0;    // whose first focus country found is one of them
  Counts focus_countries;       // focus country sets
  double Accuracy161() const { return placed == 0 ? 0 : static_cast<double>(within_161) / placed; }
  double FoundAndPlaced() const { return toponyms == 0 ? 0 : static_cast<double>(within_161) / toponyms; }
  double MeanError() const;
  double MedianError() const;
  double FocusAccuracy() const { return focus_docs == 0 ? 0 : static_cast<double>(focus_first_right) / focus_docs; }
};

// Events and categories scores of a language (or of all).
struct EventScore {
  Counts types;  // per document: the set of event types found vs expected
  // The same, per PLOVER type ("ASSAULT"...): tp = documents where the type is expected and
  // found, fp = found only, fn = expected only; gold = tp + fn, found = tp + fp.
  std::map<std::string, Counts> types_by_type;
  int main_docs = 0, main_type_right = 0;    // documents with a main gold event
  int main_actor_docs = 0, main_actor_right = 0;
  int main_place_docs = 0, main_place_right = 0;  // within 161 km, or the same name
  int main_fatalities_right = 0;             // of main_docs
  Counts categories;                         // per document: category sets
  int security_docs = 0, security_right = 0;  // security (some category) or not, right
};

struct EvalReport {
  int documents = 0;
  std::map<std::string, int> by_split;
  // Keys: "all" and type names ("PER"...), and "<lang>/all", "<lang>/PER"...
  std::map<std::string, Counts> strict, overlap, entities;
  int date_values = 0, date_values_right = 0;
  int quantity_values = 0, quantity_values_right = 0;
  std::map<std::string, int> confusion;  // "LOC->ORG", "LOC->(missed)", "(spurious)->ORG"
  std::map<std::string, GeoScore> geo;   // "all" and each language
  std::map<std::string, EventScore> events;  // "all" and each language (documents with gold events or categories)
  std::vector<DocScore> docs;            // every document, worst first
};

class Evaluator {
 public:
  explicit Evaluator(Analyzer* analyzer) : analyzer_(analyzer) {}

  // Scores the documents whose split is `split` ("all" for every one).
  Status Run(const std::vector<GoldDoc>& gold, const std::string& split, EvalReport* report);

 private:
  Analyzer* analyzer_;
};

std::string FormatReport(const EvalReport& report, size_t worst);
std::string ReportJson(const EvalReport& report, size_t worst);

}  // namespace vigie

#endif  // VIGIE_EVAL_EVAL_H_
