// Corpus benchmark for the text layer: reads ../shared/corpus/news_bulk.jsonl.gz (or --corpus
// PATH), then measures on one core, over the same documents in the same run:
//   memcpy           the texts copied once (memory bandwidth, for scale)
//   cld2-full        CLD2 alone: ExtDetectLanguageSummary over each document's full text
//   vigie-text       vigie's whole text layer: read JSONL (simdjson) + UTF-8 checks + NFC +
//                    language (bounded prefix) + dateline + tokens + sentences + folding
// and each stage alone (nfc, langid, tokenize, sentences, fold). Prints documents/s and MB/s
// (median of --repeat runs) and language accuracy against the corpus labels. With --cpu-time,
// the seconds are the process's CPU time rather than wall-clock time: on a shared, loaded
// machine they move far less between runs (the benchmark runs on one thread). With --ratio, only
// CLD2 alone and the full analysis run, alternated --repeat times, and the ratio is printed: the
// issue's speed figure, in a third of the time, and a run to profile the full analysis in.
// Exits 0 with a note when the corpus is absent.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <simdjson.h>

#include "analyze/analyzer.h"
#include "common/data_dir.h"
#include "read/document_reader.h"
#include "text/fold.h"
#include "text/langid.h"
#include "text/normalize.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Doc {
  std::string text;  // title, blank line, body: what vigie analyses
  std::string lang;  // the corpus label
};

bool ReadGzip(const std::string& path, std::string* out) {
  gzFile gz = gzopen(path.c_str(), "rb");
  if (gz == nullptr) return false;
  gzbuffer(gz, 1 << 20);
  std::vector<char> buf(1 << 20);
  int n;
  while ((n = gzread(gz, buf.data(), static_cast<unsigned>(buf.size()))) > 0) out->append(buf.data(), n);
  gzclose(gz);
  return n == 0;
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

bool g_cpu_time = false;  // --cpu-time

// Seconds on the benchmark's clock: wall-clock, or the process's CPU time (--cpu-time).
double Now() {
  if (g_cpu_time) {
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

// Runs `fn` `repeat` times; returns the median seconds.
double Time(int repeat, const std::function<void()>& fn) {
  std::vector<double> secs;
  for (int r = 0; r < repeat; ++r) {
    const double t0 = Now();
    fn();
    secs.push_back(Now() - t0);
  }
  return Median(secs);
}

void Row(const char* name, size_t docs, size_t bytes, double secs) {
  std::printf("  %-22s %10.0f docs/s %9.1f MB/s %8.3f s\n", name, docs / secs, bytes / secs / 1e6, secs);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/corpus/news_bulk.jsonl.gz";
  size_t limit = 0;
  int repeat = 3;
  size_t prefix = vigie::LanguageIdentifier::Options().max_bytes;
  size_t first = vigie::LanguageIdentifier::Options().first_bytes;
  bool ratio_only = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else if (a == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::stoi(argv[++i]));
    else if (a == "--prefix-bytes" && i + 1 < argc) prefix = std::stoul(argv[++i]);
    else if (a == "--first-bytes" && i + 1 < argc) first = std::stoul(argv[++i]);
    else if (a == "--cpu-time") g_cpu_time = true;
    else if (a == "--ratio") ratio_only = true;
    else {
      std::fprintf(stderr,
                   "usage: corpus_bench [--corpus PATH] [--limit N] [--repeat N] [--prefix-bytes N] [--first-bytes N] "
                   "[--cpu-time] [--ratio]\n");
      return 1;
    }
  }
  if (!std::filesystem::exists(corpus)) {
    std::printf("corpus %s absent: benchmark skipped\n", corpus.c_str());
    return 0;
  }
  std::string jsonl;
  if (!ReadGzip(corpus, &jsonl)) {
    std::fprintf(stderr, "cannot read %s\n", corpus.c_str());
    return 1;
  }
  // Keep the first `limit` lines.
  if (limit > 0) {
    size_t pos = 0;
    for (size_t n = 0; n < limit && pos != std::string::npos; ++n) {
      pos = jsonl.find('\n', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (pos != std::string::npos) jsonl.resize(pos);
  }
  // The documents as CLD2 sees them.
  std::vector<Doc> docs;
  {
    simdjson::dom::parser parser;
    simdjson::padded_string padded(jsonl);
    simdjson::dom::document_stream stream;
    if (parser.parse_many(padded, 64u << 20).get(stream)) return 1;
    for (auto d : stream) {
      Doc doc;
      simdjson::dom::object obj;
      if (d.get_object().get(obj)) continue;
      std::string_view title, text, lang;
      if (obj["title"].get_string().get(title)) title = {};
      if (obj["text"].get_string().get(text)) text = {};
      if (obj["lang"].get_string().get(lang)) lang = {};
      if (!title.empty()) {
        doc.text.assign(title);
        doc.text += "\n\n";
      }
      doc.text += text;
      doc.lang.assign(lang);
      docs.push_back(std::move(doc));
    }
  }
  size_t bytes = 0;
  for (const Doc& d : docs) bytes += d.text.size();
  std::printf("corpus: %s\n  %zu documents, %.1f MB of text (JSONL %.1f MB), one core, median of %d runs, %s\n\n",
              corpus.c_str(), docs.size(), bytes / 1e6, jsonl.size() / 1e6, repeat,
              g_cpu_time ? "CPU time" : "wall-clock time");

  // The JSONL, decompressed, as a file that vigie's reader opens like any input.
  std::string tmp = (std::filesystem::temp_directory_path() / "vigie_corpus_bench.jsonl").string();
  {
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (f == nullptr || std::fwrite(jsonl.data(), 1, jsonl.size(), f) != jsonl.size()) return 1;
    std::fclose(f);
  }

  auto data_dir = vigie::FindDataDir("");
  if (!data_dir.ok()) {
    std::fprintf(stderr, "%s\n", data_dir.status().message().c_str());
    return 1;
  }
  vigie::Analyzer::Options options;
  options.langid.max_bytes = prefix;
  options.langid.first_bytes = first;
  options.entities = false;  // the text layer alone
  auto analyzer = vigie::Analyzer::Create(*data_dir, options);
  if (!analyzer.ok()) {
    std::fprintf(stderr, "%s\n", analyzer.status().ToString().c_str());
    return 1;
  }
  options.entities = true;  // and with every stage that exists
  auto full = vigie::Analyzer::Create(*data_dir, options);
  if (!full.ok()) {
    std::fprintf(stderr, "%s\n", full.status().ToString().c_str());
    return 1;
  }
  options.group_matchers = false;  // each stage's matchers walking each document alone
  auto alone = vigie::Analyzer::Create(*data_dir, options);
  if (!alone.ok()) {
    std::fprintf(stderr, "%s\n", alone.status().ToString().c_str());
    return 1;
  }

  std::string sink;
  double t_memcpy = Time(ratio_only ? 0 : repeat, [&] {
    for (const Doc& d : docs) {
      sink.assign(d.text);
    }
  });

  std::vector<std::string> cld2_lang(docs.size());
  double t_cld2 = Time(ratio_only ? 0 : repeat, [&] {
    for (size_t i = 0; i < docs.size(); ++i) cld2_lang[i] = vigie::LanguageIdentifier::RawCld2(docs[i].text);
  });

  size_t analysed = 0, rejected = 0, sentences = 0, tokens = 0;
  size_t mentions = 0;
  auto run = [&](vigie::Analyzer* an) {
    analysed = rejected = sentences = tokens = mentions = 0;
    vigie::ReadOptions read;
    auto reader = vigie::DocumentReader::Open(tmp, read);
    if (!reader.ok()) return;
    vigie::ReadItem item;
    vigie::Analysis a;
    while ((*reader)->Next(&item)) {
      if (!item.ok) {
        ++rejected;
        continue;
      }
      if (!an->Analyze(std::move(item.doc), &a).ok()) continue;
      ++analysed;
      sentences += a.sentences.size();
      tokens += a.tokens.size();
      mentions += a.mentions.size();
    }
  };
  if (ratio_only) {
    // CLD2 alone and the full analysis, alternated, so that a change in the machine's load
    // touches both; each run's ratio, then the medians'.
    std::vector<double> cld2_secs, full_secs;
    for (int r = 0; r < repeat; ++r) {
      cld2_secs.push_back(Time(1, [&] {
        for (size_t i = 0; i < docs.size(); ++i) cld2_lang[i] = vigie::LanguageIdentifier::RawCld2(docs[i].text);
      }));
      full_secs.push_back(Time(1, [&] { run(full->get()); }));
      std::printf("  run %d: cld2-full %.0f docs/s, vigie-analyze %.0f docs/s: %.2fx\n", r + 1,
                  docs.size() / cld2_secs.back(), analysed / full_secs.back(), cld2_secs.back() / full_secs.back());
    }
    const double c = Median(cld2_secs), f = Median(full_secs);
    Row("cld2-full (CLD2 alone)", docs.size(), bytes, c);
    Row("vigie-analyze (all stages)", analysed, bytes, f);
    std::printf("  with every stage (entities, places, events, categories): %.2fx CLD2 alone (medians)\n", c / f);
    std::filesystem::remove(tmp);
    return 0;
  }
  double t_vigie = Time(repeat, [&] { run(analyzer->get()); });
  double t_alone = Time(repeat, [&] { run(alone->get()); });
  double t_full = Time(repeat, [&] { run(full->get()); });

  // Stages alone, over the same texts.
  auto normalizer = vigie::Normalizer::Create();
  std::string nfc;
  double t_nfc = Time(repeat, [&] {
    for (const Doc& d : docs) normalizer->Normalize(d.text, &nfc);
  });
  vigie::LanguageIdentifier::Options lo;
  lo.max_bytes = prefix;
  lo.first_bytes = first;
  vigie::LanguageIdentifier langid(lo);
  std::vector<std::string> prefix_lang(docs.size());
  double t_lang = Time(repeat, [&] {
    for (size_t i = 0; i < docs.size(); ++i) prefix_lang[i] = langid.Identify(docs[i].text, "").code;
  });
  vigie::Tokenizer tokenizer;
  std::vector<vigie::Token> toks;
  double t_tok = Time(repeat, [&] {
    for (const Doc& d : docs) tokenizer.Tokenize(d.text, vigie::DecimalMark::kDot, &toks);
  });
  auto splitter = vigie::SentenceSplitter::Load(*data_dir);
  std::vector<std::vector<vigie::Token>> all_tokens(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) tokenizer.Tokenize(docs[i].text, vigie::DecimalMark::kDot, &all_tokens[i]);
  std::vector<vigie::SentenceSpan> sents;
  double t_sent = Time(repeat, [&] {
    for (size_t i = 0; i < docs.size(); ++i) splitter->Split(docs[i].text, all_tokens[i], docs[i].lang, &sents);
  });
  vigie::FoldedText folded;
  double t_fold = Time(repeat, [&] {
    for (const Doc& d : docs) vigie::Fold(d.text, &folded);
  });

  std::printf("whole runs\n");
  Row("memcpy", docs.size(), bytes, t_memcpy);
  Row("cld2-full (CLD2 alone)", docs.size(), bytes, t_cld2);
  Row("vigie-text (all)", analysed, bytes, t_vigie);
  Row("  matchers walking alone", analysed, bytes, t_alone);
  Row("vigie-analyze (all stages)", analysed, bytes, t_full);
  std::printf("  vigie-text / cld2-full speed: %.2fx; with every stage (entities, places, events, categories): %.2fx\n"
              "  (%zu analysed, %zu rejected, %zu sentences, %zu tokens, %zu mentions)\n\n",
              t_cld2 / t_vigie, t_cld2 / t_full, analysed, rejected, sentences, tokens, mentions);
  std::printf("stages alone\n");
  Row("nfc+cleanup", docs.size(), bytes, t_nfc);
  char name[64];
  std::snprintf(name, sizeof name, "langid (%zu/%zu B prefix)", first, prefix);
  Row(name, docs.size(), bytes, t_lang);
  Row("tokenize", docs.size(), bytes, t_tok);
  Row("sentences", docs.size(), bytes, t_sent);
  Row("fold (with maps)", docs.size(), bytes, t_fold);

  // Language accuracy against the corpus labels: CLD2 over full text, vigie's bounded prefix
  // without the input's hint (the corpus carries its labels as hints, so the full pipeline's
  // answers would be flattered by them).
  std::map<std::string, std::pair<int, int>> cld2_acc, vigie_acc;  // lang -> (right, total)
  for (size_t i = 0; i < docs.size(); ++i) {
    const std::string& want = docs[i].lang;
    auto& c = cld2_acc[want];
    auto& v = vigie_acc[want];
    ++c.second;
    ++v.second;
    c.first += cld2_lang[i] == want;
    v.first += prefix_lang[i] == want;
  }
  std::printf("\nlanguage accuracy against corpus labels (cld2 full text / vigie prefix, no hint)\n");
  int cr = 0, vr = 0, total = 0, cr3 = 0, vr3 = 0, total3 = 0;
  for (const auto& [lang, c] : cld2_acc) {
    const auto& v = vigie_acc[lang];
    std::printf("  %-4s %6d docs  %6.1f%%  %6.1f%%\n", lang.c_str(), c.second, 100.0 * c.first / c.second,
                100.0 * v.first / v.second);
    cr += c.first;
    vr += v.first;
    total += c.second;
    if (lang == "ar" || lang == "en" || lang == "fr") {
      cr3 += c.first;
      vr3 += v.first;
      total3 += c.second;
    }
  }
  std::printf("  all  %6d docs  %6.1f%%  %6.1f%%\n", total, 100.0 * cr / total, 100.0 * vr / total);
  if (total3 > 0) std::printf("  ar+en+fr       %6.1f%%  %6.1f%%\n", 100.0 * cr3 / total3, 100.0 * vr3 / total3);
  std::filesystem::remove(tmp);
  return 0;
}
