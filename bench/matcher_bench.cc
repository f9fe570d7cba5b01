// Lexicon matching benchmark: vigie's token-trie matcher (lexicon/matcher.h) beside Hyperscan
// literal matching of the same folded aliases, over the same folded texts of
// ../shared/corpus/news_bulk.jsonl.gz, in one run. Also reports the start-up cost (load and
// compile every lexicon) and the resident memory it adds.
//
//   build/bench/matcher_bench [--corpus PATH] [--limit N] [--patterns N]
//
// --patterns N pads the lexicon with N synthetic multi-word aliases (frequent word pairs of the
// corpus itself, so they do match) to see how each matcher scales towards a gazetteer-sized
// pattern set. Hyperscan reports every literal occurrence, so its matches are then filtered to
// word boundaries, as vigie needs; that filter is timed with it.
#include <hs/hs.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include <simdjson.h>

#include "analyze/analyzer.h"
#include "common/data_dir.h"
#include "lexicon/match_tokens.h"
#include "lexicon/matcher.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace {

using Clock = std::chrono::steady_clock;
double Since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return 0;
}

bool IsWordByteBefore(const std::string& s, size_t i) {
  if (i == 0) return false;
  size_t j = i;
  char32_t cp = vigie::utf8::DecodeBefore(s, &j);
  auto k = vigie::GetCharInfo(cp).kind;
  return k == vigie::CharKind::kLetter || k == vigie::CharKind::kDigit || k == vigie::CharKind::kMark;
}

bool IsWordByteAt(const std::string& s, size_t i) {
  if (i >= s.size()) return false;
  size_t j = i;
  char32_t cp = vigie::utf8::Decode(s, &j);
  auto k = vigie::GetCharInfo(cp).kind;
  return k == vigie::CharKind::kLetter || k == vigie::CharKind::kDigit || k == vigie::CharKind::kMark;
}

struct HsContext {
  const std::string* text;
  size_t matches = 0;
};

int OnMatch(unsigned int, unsigned long long from, unsigned long long to, unsigned int, void* ctx) {
  auto* c = static_cast<HsContext*>(ctx);
  if (!IsWordByteBefore(*c->text, from) && !IsWordByteAt(*c->text, to)) ++c->matches;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/corpus/news_bulk.jsonl.gz";
  size_t limit = 20000;
  size_t extra = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else if (a == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
    else if (a == "--patterns" && i + 1 < argc) extra = std::stoul(argv[++i]);
    else {
      std::fprintf(stderr, "usage: matcher_bench [--corpus PATH] [--limit N] [--patterns N]\n");
      return 1;
    }
  }
  if (!std::filesystem::exists(corpus)) {
    std::printf("corpus %s absent: benchmark skipped\n", corpus.c_str());
    return 0;
  }
  std::string data_dir = vigie::FindDataDir("").value();

  // Start-up: load and compile every lexicon.
  long rss0 = RssKb();
  auto t0 = Clock::now();
  auto lexicon = vigie::Lexicon::Load(data_dir);
  if (!lexicon.ok()) {
    std::fprintf(stderr, "%s\n", lexicon.status().ToString().c_str());
    return 1;
  }
  double t_load = Since(t0);
  t0 = Clock::now();
  auto matcher = vigie::EntityMatcher::Build(*lexicon, vigie::EntityMatcher::Options());
  double t_build = Since(t0);
  long rss1 = RssKb();
  t0 = Clock::now();
  auto extractor = vigie::EntityExtractor::Create(data_dir, vigie::EntityExtractor::Options());
  double t_extractor = Since(t0);
  std::printf("lexicon: %zu entities, %zu aliases -> %zu patterns, %zu trie nodes, matcher %.1f MB\n",
              lexicon->entities().size(), lexicon->aliases().size(), matcher->num_patterns(), matcher->num_nodes(),
              matcher->memory_bytes() / 1e6);
  std::printf("start-up: load %.3f s + compile %.3f s; whole entities stage (all lexicons, titles, names) %.3f s; "
              "resident memory +%.1f MB\n\n",
              t_load, t_build, t_extractor, (rss1 - rss0) / 1024.0);

  // Documents: the text layer once, outside the timings.
  vigie::Analyzer::Options options;
  options.entities = false;
  auto analyzer = vigie::Analyzer::Create(data_dir, options).value();
  gzFile gz = gzopen(corpus.c_str(), "rb");
  std::string jsonl;
  {
    std::vector<char> buf(1 << 20);
    int n;
    size_t lines = 0;
    while (lines < limit && (n = gzread(gz, buf.data(), static_cast<unsigned>(buf.size()))) > 0) {
      jsonl.append(buf.data(), n);
      lines = static_cast<size_t>(std::count(jsonl.begin(), jsonl.end(), '\n'));
    }
    gzclose(gz);
  }
  std::vector<vigie::Analysis> docs;
  {
    simdjson::dom::parser parser;
    size_t pos = 0;
    while (pos < jsonl.size() && docs.size() < limit) {
      size_t nl = jsonl.find('\n', pos);
      if (nl == std::string::npos) break;
      simdjson::dom::element root;
      if (!parser.parse(jsonl.data() + pos, nl - pos).get(root)) {
        vigie::Document d;
        std::string_view title, text, lang;
        if (root["title"].get_string().get(title)) title = {};
        if (root["text"].get_string().get(text)) text = {};
        if (root["lang"].get_string().get(lang)) lang = {};
        d.title.assign(title);
        d.body.assign(text);
        d.lang_hint.assign(lang);
        if (!d.body.empty()) {
          docs.emplace_back();
          if (!analyzer->Analyze(std::move(d), &docs.back()).ok()) docs.pop_back();
        }
      }
      pos = nl + 1;
    }
  }
  size_t bytes = 0;
  for (const auto& a : docs) bytes += a.folded.text.size();

  // Synthetic patterns: frequent word pairs of the documents, as extra aliases.
  if (extra > 0) {
    std::unordered_map<std::string, int> pairs;
    std::vector<vigie::MatchToken> toks;
    for (const auto& a : docs) {
      vigie::BuildMatchTokens(a, &toks);
      for (size_t i = 0; i + 1 < toks.size(); ++i) {
        if (a.tokens[toks[i].token].kind != vigie::TokenKind::kWord ||
            a.tokens[toks[i + 1].token].kind != vigie::TokenKind::kWord) {
          continue;
        }
        ++pairs[std::string(a.Slice(vigie::Span{toks[i].start, toks[i + 1].end}))];
      }
    }
    std::vector<std::pair<int, std::string>> sorted;
    for (auto& [k, v] : pairs) sorted.emplace_back(v, k);
    std::sort(sorted.rbegin(), sorted.rend());
    vigie::Entity e;
    e.id = "org:synthetic";
    e.kind = "other";
    e.name = "synthetic";
    (void)lexicon->AddEntity(e);
    for (size_t i = 0; i < sorted.size() && i < extra; ++i) (void)lexicon->AddAlias("org:synthetic", sorted[i].second, "all", 0);
    t0 = Clock::now();
    matcher = vigie::EntityMatcher::Build(*lexicon, vigie::EntityMatcher::Options());
    std::printf("padded with %zu synthetic word-pair aliases: %zu patterns, compile %.3f s, %.1f MB\n\n",
                std::min(extra, sorted.size()), matcher->num_patterns(), Since(t0), matcher->memory_bytes() / 1e6);
  }

  // vigie: match tokens + trie matching (the match tokens are part of the cost).
  std::vector<vigie::MatchToken> toks;
  std::vector<vigie::LexiconMatch> matches;
  size_t vigie_matches = 0;
  double t_tokens = 0;
  t0 = Clock::now();
  for (const auto& a : docs) {
    auto t1 = Clock::now();
    vigie::BuildMatchTokens(a, &toks);
    t_tokens += Since(t1);
    matcher->Match(a, toks, a.lang.code, &matches);
    vigie_matches += matches.size();
  }
  double t_vigie = Since(t0);

  // Hyperscan: the same aliases, folded and joined by single spaces, as literals.
  std::vector<std::string> literals;
  for (const vigie::Alias& alias : lexicon->aliases()) {
    vigie::AliasKeys keys = vigie::KeysOfAlias(alias.text);
    std::string lit;
    for (const std::string& k : keys.keys) lit += (lit.empty() ? "" : " ") + k;
    if (!lit.empty()) literals.push_back(lit);
  }
  std::sort(literals.begin(), literals.end());
  literals.erase(std::unique(literals.begin(), literals.end()), literals.end());
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags, ids;
  for (size_t i = 0; i < literals.size(); ++i) {
    exprs.push_back(literals[i].data());
    lens.push_back(literals[i].size());
    flags.push_back(HS_FLAG_SOM_LEFTMOST);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  t0 = Clock::now();
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(exprs.size()),
                           HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
    std::fprintf(stderr, "hyperscan: %s\n", err ? err->message : "compile failed");
    return 1;
  }
  double t_hs_compile = Since(t0);
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  size_t db_size = 0;
  hs_database_size(db, &db_size);
  HsContext ctx;
  t0 = Clock::now();
  for (const auto& a : docs) {
    ctx.text = &a.folded.text;
    hs_scan(db, a.folded.text.data(), static_cast<unsigned>(a.folded.text.size()), 0, scratch, OnMatch, &ctx);
  }
  double t_hs = Since(t0);
  hs_free_scratch(scratch);
  hs_free_database(db);

  std::printf("%zu documents, %.1f MB of folded text, one core\n", docs.size(), bytes / 1e6);
  std::printf("  %-44s %8.1f MB/s %9.0f docs/s  %zu matches\n", "vigie token trie (match tokens + match)",
              bytes / t_vigie / 1e6, docs.size() / t_vigie, vigie_matches);
  std::printf("  %-44s %8.1f MB/s   (building match tokens alone: %.1f MB/s; they also feed the other rules)\n",
              "vigie trie matching alone", bytes / (t_vigie - t_tokens) / 1e6, bytes / t_tokens / 1e6);
  std::printf("  %-44s %8.1f MB/s %9.0f docs/s  %zu matches (all occurrences, word-bounded)\n",
              "Hyperscan literals + word-boundary filter", bytes / t_hs / 1e6, docs.size() / t_hs, ctx.matches);
  std::printf("  Hyperscan: %zu literals, compile %.2f s, database %.1f MB\n", literals.size(), t_hs_compile,
              db_size / 1e6);
  return 0;
}
