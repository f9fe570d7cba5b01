#include "analyze/summary.h"

#include <cstdio>

#include "text/utf8.h"

namespace vigie {
namespace {

// At most `max_chars` code points of `s`, on one line, with an ellipsis when cut.
std::string Clip(std::string_view s, size_t max_chars) {
  std::string out;
  size_t i = 0, n = 0;
  while (i < s.size() && n < max_chars) {
    size_t start = i;
    char32_t cp = utf8::Decode(s, &i);
    if (cp == '\n' || cp == '\t') {
      out.push_back(' ');
    } else {
      out.append(s, start, i - start);
    }
    ++n;
  }
  if (i < s.size()) out += "…";
  return out;
}

}  // namespace

void SummaryWriter::Add(const Analysis& a, std::string* out) {
  ++documents_;
  size_t chars = utf8::CountCodePoints(a.text);
  sentences_ += a.sentences.size();
  tokens_ += a.tokens.size();
  chars_ += chars;
  ++by_lang_[a.lang.code];
  char buf[256];
  std::snprintf(buf, sizeof buf, "[%zu] %s  lang %s (%.2f%s)  published %s\n", documents_, a.doc.id.c_str(),
                a.lang.code.c_str(), a.lang.confidence, a.lang.from_hint ? ", from the input's hint" : "",
                a.doc.published.empty() ? "unknown" : a.doc.published.c_str());
  *out += buf;
  *out += "    from      " + a.doc.origin + "\n";
  if (!a.doc.title.empty()) *out += "    title     " + Clip(a.doc.title, 100) + "\n";
  if (!a.doc.source.empty()) *out += "    source    " + a.doc.source + "\n";
  if (a.dateline) {
    *out += "    dateline  " + std::string(a.Slice(a.dateline->place));
    if (!a.dateline->date_text.empty()) *out += ", " + a.dateline->date_text;
    if (!a.dateline->agency.empty()) *out += " (" + a.dateline->agency + ")";
    *out += "\n";
  }
  std::snprintf(buf, sizeof buf, "    size      %zu characters, %zu sentences, %zu tokens\n", chars,
                a.sentences.size(), a.tokens.size());
  *out += buf;
  size_t body_sentence = 0;
  while (body_sentence < a.sentences.size() && a.sentences[body_sentence].span.start < a.body_start) ++body_sentence;
  if (body_sentence < a.sentences.size()) {
    *out += "    opens     " + Clip(a.Slice(a.sentences[body_sentence].span), 160) + "\n";
  }
  if (!a.entities.empty()) {
    *out += "    entities ";
    size_t shown = 0;
    for (const DocEntity& e : a.entities) {
      if (shown == 8) {
        *out += " …";
        break;
      }
      *out += (shown == 0 ? " " : ", ") + e.name + " (" + std::string(e.id) + (e.count > 1 ? " ×" + std::to_string(e.count) : "") + ")";
      ++shown;
    }
    *out += "\n";
  }
  // Where: the focus countries, then the focus places with their points.
  std::string where;
  for (const CountryScore& c : a.countries) {
    if (c.focus) where += (where.empty() ? "" : ", ") + c.code;
  }
  for (const Place& p : a.places) {
    if (!p.focus || p.kind == "country") continue;
    std::snprintf(buf, sizeof buf, " (%.2f, %.2f)", p.lat, p.lon);
    where += (where.empty() ? "" : "; ") + p.name + buf;
  }
  if (!where.empty()) *out += "    where     " + where + "\n";
  for (const std::string& w : a.warnings) *out += "    warning   " + w + "\n";
  *out += "\n";
}

void SummaryWriter::Finish(size_t rejected, std::string* out) const {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%zu document(s) analysed, %zu rejected: %zu characters, %zu sentences, %zu tokens\n",
                documents_, rejected, chars_, sentences_, tokens_);
  *out += buf;
  if (!by_lang_.empty()) {
    *out += "by language:";
    for (const auto& [lang, count] : by_lang_) *out += " " + lang + " " + std::to_string(count);
    *out += "\n";
  }
}

}  // namespace vigie
