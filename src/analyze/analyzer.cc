#include "analyze/analyzer.h"

namespace vigie {

Analyzer::Analyzer(Normalizer normalizer, SentenceSplitter splitter, DatelineDetector datelines,
                   const Options& options)
    : normalizer_(std::move(normalizer)),
      splitter_(std::move(splitter)),
      datelines_(std::move(datelines)),
      langid_(options.langid) {}

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const std::string& data_dir, const Options& options) {
  Result<Normalizer> normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  Result<SentenceSplitter> splitter = SentenceSplitter::Load(data_dir);
  if (!splitter.ok()) return splitter.status();
  Result<DatelineDetector> datelines = DatelineDetector::Load(data_dir);
  if (!datelines.ok()) return datelines.status();
  std::unique_ptr<Analyzer> analyzer(
      new Analyzer(std::move(normalizer).value(), std::move(splitter).value(), std::move(datelines).value(), options));
  if (options.entities) {
    Result<std::unique_ptr<EntityExtractor>> extractor = EntityExtractor::Create(data_dir, options.extractor);
    if (!extractor.ok()) return extractor.status();
    analyzer->extractor_ = std::move(extractor).value();
    Result<std::unique_ptr<ValueExtractor>> values = ValueExtractor::Create(data_dir);
    if (!values.ok()) return values.status();
    analyzer->values_ = std::move(values).value();
    analyzer->places_ = std::make_unique<PlaceLocator>(&analyzer->extractor_->lexicon());
    Result<std::unique_ptr<EventExtractor>> events = EventExtractor::Create(data_dir, &analyzer->extractor_->lexicon());
    if (!events.ok()) return events.status();
    analyzer->events_ = std::move(events).value();
    Result<std::unique_ptr<CategoryClassifier>> categories = CategoryClassifier::Create(data_dir, &analyzer->extractor_->lexicon());
    if (!categories.ok()) return categories.status();
    analyzer->categories_ = std::move(categories).value();
    // One walk of each document's tokens for every stage's matchers.
    std::vector<EntityMatcher*> members = analyzer->extractor_->matchers();
    for (EntityMatcher* m : analyzer->values_->matchers()) members.push_back(m);
    for (EntityMatcher* m : analyzer->events_->matchers()) members.push_back(m);
    for (EntityMatcher* m : analyzer->categories_->matchers()) members.push_back(m);
    if (options.group_matchers) {
      Result<std::unique_ptr<MatchGroup>> group = MatchGroup::Create(members, EntityMatcher::Options());
      if (!group.ok()) return group.status();
      analyzer->matches_ = std::move(group).value();
    }
  }
  return analyzer;
}

Status Analyzer::Analyze(Document doc, Analysis* out) {
  if (matches_) matches_->Reset();
  out->doc = std::move(doc);
  out->warnings = out->doc.warnings;
  out->mentions.clear();
  out->dateline.reset();

  // The analysed text: title, blank line, body.
  out->text.clear();
  if (!out->doc.title.empty()) {
    normalizer_.Normalize(out->doc.title, &scratch_);
    // A title is one line: line breaks inside it would fake a paragraph.
    for (char& c : scratch_) {
      if (c == '\n' || c == '\t') c = ' ';
    }
    out->text = scratch_;
    out->text += "\n\n";
  }
  out->body_start = static_cast<uint32_t>(out->text.size());
  normalizer_.Normalize(out->doc.body, &scratch_);
  out->text += scratch_;

  out->lang = langid_.Identify(out->text, out->doc.lang_hint);

  std::string_view body = std::string_view(out->text).substr(out->body_start);
  if (std::optional<Dateline> d = datelines_.Detect(body)) {
    for (Span* s : {&d->place, &d->whole}) {
      s->start += out->body_start;
      s->end += out->body_start;
    }
    out->dateline = std::move(d);
  }

  tokenizer_.Tokenize(out->text, DecimalMarkFor(out->lang.code), &out->tokens);
  splitter_.Split(out->text, out->tokens, out->lang.code, &out->sentences);
  Fold(out->text, &out->folded);
  if (extractor_) {
    extractor_->Extract(out);
    values_->Extract(extractor_->match_tokens(), out);
    places_->Locate(out);
    // Events and categories are looked for in the languages their patterns are written for.
    if (events_->HasLanguage(out->lang.code)) {
      categories_->FindTopics(extractor_->match_tokens(), out);
      events_->Extract(extractor_->match_tokens(), out);
      categories_->Classify(extractor_->match_tokens(), out);
    } else {
      out->topics.clear();
      out->events.clear();
      out->categories.clear();
    }
  } else {
    out->demonyms.clear();
    out->entities.clear();
    out->places.clear();
    out->countries.clear();
    out->topics.clear();
    out->events.clear();
    out->categories.clear();
  }
  return Status::Ok();
}

}  // namespace vigie
