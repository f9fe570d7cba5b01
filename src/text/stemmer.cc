#include "text/stemmer.h"

#include <libstemmer.h>

#include <cstring>

namespace vigie {
namespace {

struct Algorithm {
  const char* iso;
  const char* name;
};
constexpr Algorithm kAlgorithms[] = {
    {"ar", "arabic"},     {"fr", "french"},   {"en", "english"},   {"pt", "portuguese"}, {"es", "spanish"},
    {"it", "italian"},    {"de", "german"},   {"nl", "dutch"},     {"id", "indonesian"}, {"ru", "russian"},
    {"tr", "turkish"},    {"sv", "swedish"},  {"da", "danish"},    {"no", "norwegian"},  {"fi", "finnish"},
    {"hu", "hungarian"},  {"ro", "romanian"}, {"el", "greek"},     {"ga", "irish"},      {"lt", "lithuanian"},
    {"ne", "nepali"},     {"sr", "serbian"},  {"ta", "tamil"},     {"hy", "armenian"},   {"eu", "basque"},
    {"ca", "catalan"},    {"yi", "yiddish"},
};

bool Available(const char* name) {
  for (const char** list = sb_stemmer_list(); *list != nullptr; ++list) {
    if (std::strcmp(*list, name) == 0) return true;
  }
  return false;
}

}  // namespace

Result<std::unique_ptr<Stemmer>> Stemmer::Create(std::string_view lang) {
  std::string name;
  for (const Algorithm& a : kAlgorithms) {
    if (lang == a.iso || lang == a.name) name = a.name;
  }
  if (name.empty() || !Available(name.c_str())) {
    return Status::Unsupported("no Snowball stemmer for language '" + std::string(lang) + "'");
  }
  sb_stemmer* s = sb_stemmer_new(name.c_str(), "UTF_8");
  if (s == nullptr) return Status::Internal("sb_stemmer_new failed for " + name);
  return std::unique_ptr<Stemmer>(new Stemmer(s, name));
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string_view Stemmer::Stem(std::string_view word) {
  if (word.empty() || word.size() > 256) return word;
  const sb_symbol* out = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return word;  // out of memory inside Snowball: leave the word alone
  return std::string_view(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer_)));
}

std::vector<std::string> Stemmer::SupportedLanguages() {
  std::vector<std::string> out;
  for (const Algorithm& a : kAlgorithms) {
    if (Available(a.name)) out.emplace_back(a.iso);
  }
  return out;
}

}  // namespace vigie
