// Near-duplicate detection (stories/minhash.h) measured on edited real articles: the benchmark
// takes articles of ../shared/corpus/news_bulk.jsonl.gz (or --corpus), makes one edited copy of
// some of them the way sites republish wire copy (a paragraph cut, a paragraph of another
// article inserted, paragraphs reordered, words reworded, or two of these), indexes originals
// and copies with the LSH band keys, and counts:
//  - recall: the copies found as near-duplicates of their original (estimated Jaccard >= the
//    threshold among LSH candidates);
//  - precision: the pairs found that are a copy and its original, or two articles of the corpus
//    whose exact shingle Jaccard is >= --truth (0.5: real duplicates in the corpus).
// Pairs are found at an estimated Jaccard >= --threshold (0.55, as the store decides): a little
// above the truth, since the estimate errs both ways by about 0.044.
// Nothing of the corpus is written anywhere. Usage: neardup_bench [--corpus F] [--docs N]
// [--edited N] [--threshold J] [--truth J]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "read/document_reader.h"
#include "stories/minhash.h"
#include "text/fold.h"

namespace {

std::vector<std::string> Paragraphs(const std::string& body) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    if (end > start + 1) out.push_back(body.substr(start, end - start));
    start = end + 1;
  }
  if (out.size() < 4) {  // one block: sentences instead
    out.clear();
    start = 0;
    while (start < body.size()) {
      size_t end = body.find(". ", start);
      end = end == std::string::npos ? body.size() : end + 2;
      out.push_back(body.substr(start, end - start));
      start = end;
    }
  }
  return out;
}

std::string Joined(const std::vector<std::string>& p) {
  std::string out;
  for (const std::string& s : p) out += s + "\n";
  return out;
}

std::set<uint64_t> ShingleSet(const std::string& folded) {
  // Exact shingles, for the check of pairs the estimate finds.
  std::vector<std::string> words;
  std::string w;
  for (unsigned char c : folded) {
    if (c >= 0x80 || std::isalnum(c)) {
      w += static_cast<char>(c);
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(w);
  std::set<uint64_t> out;
  for (size_t i = 0; i + vigie::kShingleWords <= words.size(); ++i) {
    std::string s;
    for (int k = 0; k < vigie::kShingleWords; ++k) s += words[i + k] + " ";
    out.insert(std::hash<std::string>()(s));
  }
  return out;
}

double ExactJaccard(const std::set<uint64_t>& a, const std::set<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (uint64_t x : a) common += b.count(x);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus = "../shared/corpus/news_bulk.jsonl.gz";
  size_t max_docs = 20000, edited = 2000;
  double threshold = vigie::kNearDuplicate;  // the decision: estimated Jaccard of a pair found
  double truth = 0.5;       // what a near-duplicate is: exact Jaccard
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--corpus")) corpus = argv[i + 1];
    if (!std::strcmp(argv[i], "--docs")) max_docs = std::strtoul(argv[i + 1], nullptr, 10);
    if (!std::strcmp(argv[i], "--edited")) edited = std::strtoul(argv[i + 1], nullptr, 10);
    if (!std::strcmp(argv[i], "--threshold")) threshold = std::strtod(argv[i + 1], nullptr);
    if (!std::strcmp(argv[i], "--truth")) truth = std::strtod(argv[i + 1], nullptr);
  }
  auto reader = vigie::DocumentReader::Open(corpus, vigie::ReadOptions());
  if (!reader.ok()) {
    std::fprintf(stderr, "neardup_bench: %s (skipped)\n", reader.status().ToString().c_str());
    return 0;
  }
  // Articles of 120 words or more.
  std::vector<std::string> bodies;
  vigie::ReadItem item;
  while (bodies.size() < max_docs && (*reader)->Next(&item)) {
    if (!item.ok) continue;
    size_t spaces = std::count(item.doc.body.begin(), item.doc.body.end(), ' ');
    if (spaces >= 120) bodies.push_back(item.doc.body);
  }
  const size_t originals = bodies.size();
  edited = std::min(edited, originals / 2);
  std::mt19937_64 rng(20261129);
  std::vector<size_t> source_of;  // for each copy, its original
  const char* kEdits[] = {"cut", "insert", "reorder", "reword", "cut+reword", "insert+reorder"};
  std::vector<int> edit_of;
  for (size_t k = 0; k < edited; ++k) {
    size_t o = (k * 7919) % originals;
    std::vector<std::string> p = Paragraphs(bodies[o]);
    int edit = static_cast<int>(rng() % 6);
    auto cut = [&] {
      if (p.size() > 3) p.erase(p.begin() + 1 + rng() % (p.size() - 2));
    };
    auto insert = [&] {
      std::vector<std::string> other = Paragraphs(bodies[(o + 1 + rng() % (originals - 1)) % originals]);
      p.insert(p.begin() + rng() % (p.size() + 1), other[rng() % other.size()]);
    };
    auto reorder = [&] {
      if (p.size() > 2) std::swap(p[rng() % p.size()], p[rng() % p.size()]);
    };
    auto reword = [&] {  // one word in 25 replaced by another article's word
      for (std::string& para : p) {
        size_t pos = 0;
        while ((pos = para.find(' ', pos + 1)) != std::string::npos) {
          if (rng() % 25 == 0) para.insert(pos, " autre");
        }
      }
    };
    switch (edit) {
      case 0: cut(); break;
      case 1: insert(); break;
      case 2: reorder(); break;
      case 3: reword(); break;
      case 4: cut(); reword(); break;
      default: insert(); reorder(); break;
    }
    bodies.push_back(Joined(p));
    source_of.push_back(o);
    edit_of.push_back(edit);
  }
  // Signatures and the LSH index.
  auto t0 = std::chrono::steady_clock::now();
  std::vector<vigie::MinHashSignature> sigs(bodies.size());
  std::vector<std::string> folded(bodies.size());
  size_t bytes = 0;
  for (size_t i = 0; i < bodies.size(); ++i) {
    folded[i] = vigie::FoldString(bodies[i]);
    bytes += bodies[i].size();
  }
  auto t1 = std::chrono::steady_clock::now();
  for (size_t i = 0; i < bodies.size(); ++i) sigs[i] = vigie::ComputeMinHash(folded[i]);
  auto t2 = std::chrono::steady_clock::now();
  std::unordered_map<uint64_t, std::vector<uint32_t>> index;
  std::set<std::pair<uint32_t, uint32_t>> found;
  size_t candidates = 0;
  for (uint32_t i = 0; i < bodies.size(); ++i) {
    std::set<uint32_t> cands;
    for (int64_t key : vigie::BandKeys(sigs[i])) {
      auto& list = index[key];
      cands.insert(list.begin(), list.end());
      list.push_back(i);
    }
    candidates += cands.size();
    for (uint32_t j : cands) {
      if (vigie::EstimatedJaccard(sigs[i], sigs[j]) >= threshold) found.emplace(j, i);
    }
  }
  auto t3 = std::chrono::steady_clock::now();
  // Score.
  size_t tp = 0, corpus_dups = 0, wrong = 0;
  std::vector<size_t> wrong_by_tenth(10);  // the exact Jaccard of the wrong pairs
  std::vector<size_t> per_edit_found(6), per_edit(6);
  std::set<std::pair<uint32_t, uint32_t>> copies;
  for (size_t k = 0; k < edited; ++k) {
    copies.emplace(static_cast<uint32_t>(source_of[k]), static_cast<uint32_t>(originals + k));
    ++per_edit[edit_of[k]];
  }
  for (const auto& [a, b] : found) {
    if (copies.count({a, b})) {
      ++tp;
      ++per_edit_found[edit_of[b - originals]];
      continue;
    }
    // Two originals (or copies of them) that the corpus itself holds twice.
    uint32_t oa = a < originals ? a : static_cast<uint32_t>(source_of[a - originals]);
    uint32_t ob = b < originals ? b : static_cast<uint32_t>(source_of[b - originals]);
    const double exact = oa == ob ? 1.0 : ExactJaccard(ShingleSet(folded[a]), ShingleSet(folded[b]));
    if (exact >= truth) {
      ++corpus_dups;
    } else {
      ++wrong;
      ++wrong_by_tenth[std::min<size_t>(9, static_cast<size_t>(exact * 10))];
    }
  }
  const double secs_fold = std::chrono::duration<double>(t1 - t0).count();
  const double secs_sig = std::chrono::duration<double>(t2 - t1).count();
  const double secs_lsh = std::chrono::duration<double>(t3 - t2).count();
  std::printf("near-duplicates: %zu articles of the corpus + %zu edited copies, found at estimated Jaccard >= %.2f, "
              "true at exact Jaccard >= %.2f, LSH %dx%d\n",
              originals, edited, threshold, truth, vigie::kBands, vigie::kRows);
  std::printf("  recall    %.3f (%zu of %zu copies found)\n", static_cast<double>(tp) / edited, tp, edited);
  std::printf("  precision %.3f (%zu pairs found: %zu copy-original, %zu real duplicates in the corpus, %zu wrong)\n",
              found.empty() ? 0.0 : static_cast<double>(tp + corpus_dups) / found.size(), found.size(), tp, corpus_dups,
              wrong);
  std::printf("  wrong pairs by exact Jaccard:");
  for (int t = 0; t < 10; ++t) {
    if (wrong_by_tenth[t]) std::printf(" [%.1f, %.1f) %zu", t / 10.0, (t + 1) / 10.0, wrong_by_tenth[t]);
  }
  std::printf("\n");
  for (int e = 0; e < 6; ++e) {
    std::printf("  %-15s recall %.3f (%zu)\n", kEdits[e], per_edit[e] ? static_cast<double>(per_edit_found[e]) / per_edit[e] : 0.0,
                per_edit[e]);
  }
  std::printf("  %.1f LSH candidates a document; fold %.0f docs/s, signatures %.0f docs/s (%.1f MB/s), index+compare %.0f docs/s\n",
              static_cast<double>(candidates) / bodies.size(), bodies.size() / secs_fold, bodies.size() / secs_sig,
              bytes / 1e6 / secs_sig, bodies.size() / secs_lsh);
  return 0;
}
