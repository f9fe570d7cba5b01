// Fuzz target: the text layer over arbitrary bytes (repaired to UTF-8 first, as --lenient
// does): normalisation, language, tokens, sentences, dateline, folding; checks the invariants
// the later stages rely on.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "analyze/analyzer.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<vigie::Analyzer> analyzer = [] {
    auto a = vigie::Analyzer::Create(VIGIE_FUZZ_DATA_DIR, vigie::Analyzer::Options());
    if (!a.ok()) std::abort();
    return std::move(a).value();
  }();
  std::string raw(reinterpret_cast<const char*>(data), size);
  std::string text;
  vigie::utf8::Repair(raw, &text);
  if (!vigie::utf8::IsValid(text)) std::abort();
  vigie::Document doc;
  size_t split = text.find('\n');
  if (split != std::string::npos && split < 80) {
    doc.title = text.substr(0, split);
    doc.body = text.substr(split + 1);
  } else {
    doc.body = text;
  }
  if (doc.body.empty()) return 0;
  vigie::Analysis a;
  if (!analyzer->Analyze(doc, &a).ok()) std::abort();
  if (!vigie::utf8::IsValid(a.text)) std::abort();
  uint32_t prev = 0;
  for (const vigie::Token& t : a.tokens) {
    if (t.start < prev || t.end <= t.start || t.end > a.text.size()) std::abort();
    prev = t.end;
    if (!vigie::utf8::IsValid(a.Slice(t))) std::abort();
  }
  uint32_t covered = 0;
  for (const vigie::SentenceSpan& s : a.sentences) {
    if (s.first_token != covered || s.end_token <= s.first_token) std::abort();
    covered = s.end_token;
  }
  if (covered != a.tokens.size()) std::abort();
  if (a.folded.to_orig.size() != a.folded.text.size() + 1) std::abort();
  if (a.folded.from_orig.size() != a.text.size() + 1) std::abort();
  if (a.dateline && (a.dateline->place.end > a.text.size() || a.dateline->place.start >= a.dateline->place.end)) {
    std::abort();
  }
  return 0;
}
