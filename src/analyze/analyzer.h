// The Analyzer runs the pipeline over one document: normalise, identify the language, find
// the dateline, tokenise, split sentences, fold for matching. Later stages (mentions,
// places, events, categories) plug in here.
//
// An Analyzer owns reusable scratch buffers and is not thread-safe: use one per thread. The
// data it loads (abbreviations, agencies) is immutable after Create.
#ifndef VIGIE_ANALYZE_ANALYZER_H_
#define VIGIE_ANALYZE_ANALYZER_H_

#include <memory>
#include <string>

#include "analyze/analysis.h"
#include "common/status.h"
#include "extract/entities.h"
#include "events/categories.h"
#include "events/events.h"
#include "extract/values.h"
#include "geo/places.h"
#include "text/dateline.h"
#include "text/langid.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace vigie {

class Analyzer {
 public:
  struct Options {
    LanguageIdentifier::Options langid;
    bool entities = true;  // run the entities stage (off: the text layer alone)
    EntityExtractor::Options extractor;
    // Walk each document once for every stage's lexicon matchers (a MatchGroup); off: each
    // matcher walks it alone (same matches; for tests and measurement).
    bool group_matchers = true;
  };

  // Loads the data files from `data_dir` (see common/data_dir.h to find it).
  static Result<std::unique_ptr<Analyzer>> Create(const std::string& data_dir, const Options& options);

  // Analyses `doc` into *out, reusing out's buffers. The document's body must be valid
  // UTF-8 (readers guarantee it).
  Status Analyze(Document doc, Analysis* out);

 private:
  Analyzer(Normalizer normalizer, SentenceSplitter splitter, DatelineDetector datelines, const Options& options);

 public:
  // The entities stage, or null when Options::entities is off.
  EntityExtractor* extractor() { return extractor_.get(); }
  // The events stage (ACLED and CAMEO views of events), or null when Options::entities is off.
  const EventExtractor* events() const { return events_.get(); }

 private:

  Normalizer normalizer_;
  SentenceSplitter splitter_;
  DatelineDetector datelines_;
  LanguageIdentifier langid_;
  Tokenizer tokenizer_;
  std::unique_ptr<EntityExtractor> extractor_;
  std::unique_ptr<ValueExtractor> values_;
  std::unique_ptr<PlaceLocator> places_;
  std::unique_ptr<EventExtractor> events_;
  std::unique_ptr<CategoryClassifier> categories_;
  // Declared after the stages: destroyed before the matchers it serves.
  std::unique_ptr<MatchGroup> matches_;
  std::string scratch_;
};

}  // namespace vigie

#endif  // VIGIE_ANALYZE_ANALYZER_H_
