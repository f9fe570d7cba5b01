// Micro-benchmarks (Google Benchmark) of the text layer's stages over the project's own sample
// articles (samples/), so that they run on any checkout. The corpus benchmark
// (corpus_bench.cc) measures the same stages on real news beside CLD2.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/data_dir.h"
#include "read/document_reader.h"
#include "text/dateline.h"
#include "text/fold.h"
#include "text/langid.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/stemmer.h"
#include "text/tokenizer.h"

namespace {

// All sample bodies, read once.
const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    std::string samples = std::string(VIGIE_BENCH_SOURCE_DIR) + "/samples";
    std::vector<std::string> paths;
    for (const auto& e : std::filesystem::recursive_directory_iterator(samples)) {
      if (e.is_regular_file() && (e.path().extension() == ".txt" || e.path().extension() == ".jsonl")) {
        paths.push_back(e.path().string());
      }
    }
    for (const std::string& p : paths) {
      auto reader = vigie::DocumentReader::Open(p, vigie::ReadOptions());
      if (!reader.ok()) continue;
      vigie::ReadItem item;
      while ((*reader)->Next(&item)) {
        if (item.ok) out.push_back(item.doc.body);
      }
    }
    return out;
  }();
  return texts;
}

size_t TotalBytes() {
  size_t n = 0;
  for (const std::string& t : Texts()) n += t.size();
  return n;
}

void BM_Normalize(benchmark::State& state) {
  auto normalizer = vigie::Normalizer::Create();
  std::string out;
  for (auto _ : state) {
    for (const std::string& t : Texts()) normalizer->Normalize(t, &out);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_Normalize);

void BM_LanguageId(benchmark::State& state) {
  vigie::LanguageIdentifier::Options options;
  options.max_bytes = static_cast<size_t>(state.range(0));
  vigie::LanguageIdentifier langid(options);
  for (auto _ : state) {
    for (const std::string& t : Texts()) benchmark::DoNotOptimize(langid.Identify(t, ""));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_LanguageId)->Arg(0)->Arg(1024);

void BM_Tokenize(benchmark::State& state) {
  vigie::Tokenizer tokenizer;
  std::vector<vigie::Token> tokens;
  for (auto _ : state) {
    for (const std::string& t : Texts()) tokenizer.Tokenize(t, vigie::DecimalMark::kDot, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_Tokenize);

void BM_Sentences(benchmark::State& state) {
  auto splitter = vigie::SentenceSplitter::Load(vigie::FindDataDir("").value());
  vigie::Tokenizer tokenizer;
  std::vector<std::vector<vigie::Token>> tokens(Texts().size());
  for (size_t i = 0; i < Texts().size(); ++i) tokenizer.Tokenize(Texts()[i], vigie::DecimalMark::kDot, &tokens[i]);
  std::vector<vigie::SentenceSpan> out;
  for (auto _ : state) {
    for (size_t i = 0; i < Texts().size(); ++i) splitter->Split(Texts()[i], tokens[i], "und", &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_Sentences);

void BM_Fold(benchmark::State& state) {
  vigie::FoldedText folded;
  for (auto _ : state) {
    for (const std::string& t : Texts()) vigie::Fold(t, &folded);
    benchmark::DoNotOptimize(folded.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
}
BENCHMARK(BM_Fold);

void BM_Dateline(benchmark::State& state) {
  auto detector = vigie::DatelineDetector::Load(vigie::FindDataDir("").value());
  for (auto _ : state) {
    for (const std::string& t : Texts()) benchmark::DoNotOptimize(detector->Detect(t));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Texts().size()));
}
BENCHMARK(BM_Dateline);

void BM_StemFrench(benchmark::State& state) {
  auto stemmer = vigie::Stemmer::Create("fr");
  const char* words[] = {"attentats", "terroristes", "coopération", "renforcer", "nations", "dialogue"};
  for (auto _ : state) {
    for (const char* w : words) benchmark::DoNotOptimize((*stemmer)->Stem(w));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * 6));
}
BENCHMARK(BM_StemFrench);

}  // namespace

BENCHMARK_MAIN();
