// A driver for the fuzz targets when libFuzzer is not available (gcc builds, CI):
//   fuzz_X [--iterations N] [--seed S] PATH...
// Runs the target on every file under PATH, then on N deterministic mutations of them (bit
// flips, byte insertions and deletions, truncations, splices, and insertions of tokens that
// parsers care about). It finds crashes only with the sanitizers' help, which is how CI runs it.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

const char* const kTokens[] = {"{", "}", "\"", "\\", "\\u0000", "\\ud800", "\n", "\r\n", "date ", "2024-09",
                               "\xC3\xA9", "\xD8\xA7\xD9\x84", "\xE2\x80\x94", " - ", "(AFP)", "\xEF\xBB\xBF",
                               "\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x00", "...", "U.N.",
                               "l'", "12 000", "\xD9\xA1\xD9\xA2", "https://", "@", "\xE2\x80\xAF", "\xC2\xAD",
                               "<", ">", "</", "/>", "&amp;", "&#x", ";", "<![CDATA[", "]]>", "<!ENTITY e \"&e;\">",
                               "<item>", "</item>", "<entry>", "<p>", "</div>", "<script>", "=\"", "<!--"};

std::string Mutate(const std::string& in, const std::vector<std::string>& corpus, std::mt19937_64& rng) {
  std::string s = in;
  int steps = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < steps; ++k) {
    size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 6) {
      case 0:
        if (!s.empty()) s[pos % s.size()] ^= static_cast<char>(1u << (rng() % 8));
        break;
      case 1:
        s.insert(pos, 1, static_cast<char>(rng() % 256));
        break;
      case 2:
        if (!s.empty()) s.erase(pos % s.size(), 1 + rng() % 8);
        break;
      case 3:
        s.resize(pos);
        break;
      case 4: {
        const std::string& other = corpus[rng() % corpus.size()];
        if (!other.empty()) {
          size_t from = rng() % other.size();
          s.insert(pos, other.substr(from, 1 + rng() % 64));
        }
        break;
      }
      default: {
        const char* t = kTokens[rng() % (sizeof kTokens / sizeof kTokens[0])];
        s.insert(pos, t, t[0] == '\0' ? 1 : std::char_traits<char>::length(t));
        break;
      }
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long iterations = 0;
  uint64_t seed = 1;
  std::vector<std::string> corpus;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--iterations" && i + 1 < argc) {
      iterations = std::atol(argv[++i]);
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else {
      std::vector<std::filesystem::path> files;
      if (std::filesystem::is_directory(a)) {
        for (const auto& e : std::filesystem::recursive_directory_iterator(a)) {
          if (e.is_regular_file()) files.push_back(e.path());
        }
      } else {
        files.emplace_back(a);
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        corpus.push_back(ss.str());
      }
    }
  }
  if (corpus.empty()) corpus.emplace_back();
  for (const std::string& input : corpus) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  }
  std::mt19937_64 rng(seed);
  for (long n = 0; n < iterations; ++n) {
    std::string input = Mutate(corpus[rng() % corpus.size()], corpus, rng);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  }
  std::printf("%zu seed inputs and %ld mutations ran without a crash\n", corpus.size(), iterations);
  return 0;
}
