#include "analyze/analysis_json.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "text/fold.h"

namespace vigie {

namespace {

// Code points that start in p[0, n): bytes that are not UTF-8 continuation bytes (10xxxxxx),
// counted eight at a time.
uint32_t CountCodePoints(const unsigned char* p, size_t n) {
  uint32_t count = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ULL;  // bit 7 set, bit 6 clear
    count += 8 - static_cast<uint32_t>(std::popcount(continuation));
  }
  for (; i < n; ++i) count += (p[i] & 0xC0) != 0x80;
  return count;
}

}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  // blocks_[k]: code points in text[0, 64k), for k = 0 .. size/64.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  blocks_.reserve(text.size() / 64 + 1);
  uint32_t count = 0;
  size_t i = 0;
  for (; i + 64 <= text.size(); i += 64) {
    blocks_.push_back(count);
    count += CountCodePoints(p + i, 64);
  }
  blocks_.push_back(count);
}

uint32_t CodePointIndex::operator()(uint32_t byte_offset) const {
  size_t b = std::min<size_t>(byte_offset, text_.size());
  size_t block = b / 64;
  return blocks_[block] +
         CountCodePoints(reinterpret_cast<const unsigned char*>(text_.data()) + block * 64, b - block * 64);
}

std::string_view MentionTypeName(MentionType type) {
  switch (type) {
    case MentionType::kPer: return "PER";
    case MentionType::kOrg: return "ORG";
    case MentionType::kLoc: return "LOC";
    case MentionType::kDate: return "DATE";
    case MentionType::kQuantity: return "QUANTITY";
  }
  return "LOC";
}

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kEmail: return "email";
  }
  return "word";
}

Stemmer* AnalysisJsonWriter::StemmerFor(const std::string& lang) {
  auto it = stemmers_.find(lang);
  if (it == stemmers_.end()) {
    Result<std::unique_ptr<Stemmer>> s = Stemmer::Create(lang);
    it = stemmers_.emplace(lang, s.ok() ? std::move(s).value() : nullptr).first;
  }
  return it->second.get();
}

void AnalysisJsonWriter::Write(const Analysis& a, const AnalysisJsonOptions& options, std::string* out) {
  CodePointIndex cp(a.text);
  JsonWriter w(out, options.style);
  auto span = [&](const char* key, Span s) {
    w.Key(key);
    w.BeginObject();
    w.Key("start");
    w.Int(cp(s.start));
    w.Key("end");
    w.Int(cp(s.end));
    w.EndObject();
  };
  // A span with its text: an event's trigger, the words that name an actor.
  auto text_span = [&](Span s) {
    w.BeginObject();
    w.Key("start");
    w.Int(cp(s.start));
    w.Key("end");
    w.Int(cp(s.end));
    w.Key("text");
    w.String(a.Slice(s));
    w.EndObject();
  };
  w.BeginObject();
  w.Key("schema");
  w.String(kAnalysisSchemaId);

  w.Key("doc");
  w.BeginObject();
  w.Key("id");
  w.String(a.doc.id);
  w.Key("source");
  w.StringOrNull(a.doc.source);
  w.Key("url");
  w.StringOrNull(a.doc.url);
  w.Key("title");
  w.StringOrNull(a.doc.title);
  w.Key("published");
  w.StringOrNull(a.doc.published);
  w.Key("lang");
  w.String(a.lang.code);
  w.Key("lang_confidence");
  w.Double(std::round(a.lang.confidence * 1000) / 1000);
  w.Key("lang_reliable");
  w.Bool(a.lang.reliable);
  w.Key("chars");
  w.Int(cp(static_cast<uint32_t>(a.text.size())));
  w.Key("dateline");
  if (a.dateline) {
    w.String(a.Slice(a.dateline->place));
    span("dateline_span", a.dateline->place);
    w.Key("dateline_agency");
    w.StringOrNull(a.dateline->agency);
  } else {
    w.Null();
  }
  w.Key("origin");
  w.String(a.doc.origin);
  if (options.include_text) {
    w.Key("text");
    w.String(a.text);
  }
  w.EndObject();

  w.Key("mentions");
  w.BeginArray();
  for (const Mention& m : a.mentions) {
    w.BeginObject();
    w.Key("start");
    w.Int(cp(m.span.start));
    w.Key("end");
    w.Int(cp(m.span.end));
    w.Key("text");
    w.String(a.Slice(m.span));
    w.Key("type");
    w.String(MentionTypeName(m.type));
    w.Key("entity");
    w.StringOrNull(m.entity);
    if (!m.value.empty()) {
      w.Key("value");
      if (m.type == MentionType::kQuantity) {
        w.Double(std::strtod(m.value.c_str(), nullptr));
      } else {
        w.String(m.value);
      }
    }
    if (!m.detail.empty()) {
      w.Key("kind");
      w.String(m.detail);
    }
    if (!m.rule.empty()) {
      w.Key("rule");
      w.String(m.rule);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("entities");
  w.BeginArray();
  for (const DocEntity& e : a.entities) {
    w.BeginObject();
    w.Key("entity");
    w.String(e.id);
    w.Key("type");
    w.String(MentionTypeName(e.type));
    w.Key("kind");
    w.String(e.kind);
    w.Key("name");
    w.String(e.name);
    w.Key("country");
    w.StringOrNull(e.country);
    w.Key("count");
    w.Int(e.count);
    w.Key("salience");
    w.Double(e.salience);
    w.EndObject();
  }
  w.EndArray();
  w.Key("places");
  w.BeginArray();
  for (const Place& p : a.places) {
    w.BeginObject();
    w.Key("entity");
    w.String(p.entity);
    w.Key("name");
    w.String(p.name);
    w.Key("kind");
    w.String(p.kind);
    w.Key("country");
    w.StringOrNull(p.country);
    w.Key("admin1");
    w.StringOrNull(p.admin1);
    w.Key("lat");
    w.Double(p.lat);
    w.Key("lon");
    w.Double(p.lon);
    w.Key("geonameid");
    if (p.geonameid > 0) {
      w.Int(p.geonameid);
    } else {
      w.Null();
    }
    w.Key("focus");
    w.Bool(p.focus);
    w.Key("count");
    w.Int(p.count);
    w.Key("dateline");
    w.Bool(p.dateline_only);
    w.EndObject();
  }
  w.EndArray();
  auto actor = [&](const char* key, bool has, const EventActor& x) {
    w.Key(key);
    if (!has) {
      w.Null();
      return;
    }
    w.BeginObject();
    w.Key("entity");
    w.StringOrNull(x.entity);
    w.Key("name");
    w.String(x.name);
    w.Key("country");
    w.StringOrNull(x.country);
    w.Key("kind");
    w.String(x.kind);
    // Where the text names the actor; null when it is inferred (an unidentified armed group, the
    // forces the story is about).
    w.Key("mention");
    if (x.span.end > x.span.start && x.span.end <= a.text.size()) {
      text_span(x.span);
    } else {
      w.Null();
    }
    w.EndObject();
  };
  auto optional_int = [&](int v) {
    if (v >= 0) {
      w.Int(v);
    } else {
      w.Null();
    }
  };
  w.Key("events");
  w.BeginArray();
  for (const Event& e : a.events) {
    w.BeginObject();
    w.Key("type");
    w.String(e.type);
    w.Key("mode");
    w.StringOrNull(e.mode);
    actor("source", e.has_source, e.source);
    actor("target", e.has_target, e.target);
    w.Key("place");
    const Place* place = nullptr;
    for (const Place& p : a.places) {
      if (p.entity == e.place) place = &p;
    }
    if (place == nullptr) {
      w.Null();
    } else {
      w.BeginObject();
      w.Key("entity");
      w.String(place->entity);
      w.Key("name");
      w.String(place->name);
      w.Key("country");
      w.StringOrNull(place->country);
      w.Key("lat");
      w.Double(place->lat);
      w.Key("lon");
      w.Double(place->lon);
      w.EndObject();
    }
    w.Key("date");
    w.StringOrNull(e.date);
    w.Key("fatalities");
    optional_int(e.fatalities);
    w.Key("injured");
    optional_int(e.injured);
    w.Key("contexts");
    w.BeginArray();
    for (const std::string& c : e.contexts) w.String(c);
    w.EndArray();
    span("sentence", e.sentence);
    w.Key("trigger");
    text_span(e.trigger);
    w.Key("rule");
    w.String(e.rule);
    w.Key("confidence");
    w.Double(e.confidence);
    w.Key("main");
    w.Bool(e.main);
    w.Key("background");
    w.Bool(e.background);
    w.Key("mentions");
    w.Int(e.mentions);
    w.Key("acled");
    w.BeginObject();
    w.Key("event_type");
    w.StringOrNull(e.acled_event_type);
    w.Key("sub_event_type");
    w.StringOrNull(e.acled_sub_event_type);
    w.EndObject();
    w.Key("cameo");
    w.StringOrNull(e.cameo_root);
    w.EndObject();
  }
  w.EndArray();
  w.Key("categories");
  w.BeginArray();
  for (const Category& c : a.categories) {
    w.BeginObject();
    w.Key("id");
    w.String(c.id);
    w.Key("score");
    w.Double(c.score);
    w.Key("evidence");
    w.BeginArray();
    for (const std::string& e : c.evidence) w.String(e);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("topics");
  w.BeginArray();
  for (const std::string& t : a.topics) w.String(t);
  w.EndArray();
  w.Key("countries");
  w.BeginArray();
  for (const CountryScore& c : a.countries) {
    w.BeginObject();
    w.Key("code");
    w.String(c.code);
    w.Key("score");
    w.Double(c.score);
    w.Key("focus");
    w.Bool(c.focus);
    w.EndObject();
  }
  w.EndArray();

  w.Key("sentences");
  w.BeginArray();
  for (const SentenceSpan& s : a.sentences) {
    w.BeginObject();
    w.Key("start");
    w.Int(cp(s.span.start));
    w.Key("end");
    w.Int(cp(s.span.end));
    w.EndObject();
  }
  w.EndArray();

  if (options.include_tokens) {
    Stemmer* stemmer = StemmerFor(a.lang.code);
    std::string folded, lowered, stem;
    w.Key("tokens");
    w.BeginArray();
    for (const Token& t : a.tokens) {
      w.BeginObject();
      w.Key("start");
      w.Int(cp(t.start));
      w.Key("end");
      w.Int(cp(t.end));
      w.Key("text");
      w.String(a.Slice(t));
      w.Key("kind");
      w.String(TokenKindName(t.kind));
      if (t.kind == TokenKind::kWord) {
        folded.clear();
        FoldAppend(a.Slice(t), &folded);
        w.Key("folded");
        w.String(folded);
        if (stemmer != nullptr) {
          // Snowball wants the word with its diacritics; the stem is then folded like the rest.
          lowered.clear();
          LowerCaseAppend(a.Slice(t), &lowered);
          stem.clear();
          FoldAppend(stemmer->Stem(lowered), &stem);
          w.Key("stem");
          w.String(stem);
        }
        if (t.num_clitics > 0) {
          w.Key("clitic_ends");
          w.BeginArray();
          for (int k = 0; k < t.num_clitics; ++k) w.Int(cp(t.start + t.clitic_ends[k]) - cp(t.start));
          w.EndArray();
        }
        if (t.has(kTokElision)) {
          w.Key("elision");
          w.Bool(true);
        }
      }
      if (t.kind == TokenKind::kNumber) {
        w.Key("value");
        w.Double(t.value);
      }
      w.EndObject();
    }
    w.EndArray();
  }

  w.Key("warnings");
  w.BeginArray();
  for (const std::string& warning : a.warnings) w.String(warning);
  w.EndArray();
  w.EndObject();
}

}  // namespace vigie
