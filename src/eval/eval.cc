#include "eval/eval.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>

#include "analyze/analysis_json.h"
#include "common/json_writer.h"
#include "geo/distance.h"
#include "text/fold.h"

namespace vigie {
namespace {

struct Span32 {
  uint32_t start, end;
  MentionType type;
  std::string value;
  std::string key;     // entity key
  std::string entity;  // found: the entity id
};

bool Overlaps(const Span32& a, const Span32& b) { return a.start < b.end && b.start < a.end; }

std::string TypeKey(MentionType t) { return std::string(MentionTypeName(t)); }

// Entity key: a canonical id when there is one the lexicon knows, else type + folded name.
// Gazetteer places (geonames:, iso3166-2:, place:) go by name too: gold files name places by their
// coordinates, which the geoparsing scores compare.
std::string EntityKey(MentionType type, const std::string& id, std::string_view text, const Lexicon* lexicon) {
  bool gazetteer = id.rfind("geonames:", 0) == 0 || id.rfind("iso3166-2:", 0) == 0 || id.rfind("place:", 0) == 0;
  if (!id.empty() && !gazetteer && (lexicon == nullptr || lexicon->Find(id) >= 0)) return id;
  return TypeKey(type) + ":" + FoldString(text);
}

// Adds the comparison of a found set with an expected one to *c.
void CountSets(const std::set<std::string>& got, const std::set<std::string>& want, Counts* c) {
  for (const std::string& x : got) (want.count(x) ? c->tp : c->fp)++;
  for (const std::string& x : want) c->fn += got.count(x) ? 0 : 1;
}

// Whether `needle` occurs in `hay` as whole words: "army" in "nigerian army", not "nigeria" in
// "comite nigerian des sanctions" nor "تونس" in "السلطات التونسيه" (Tunisia in "the Tunisian
// authorities"). The Arabic article may open the word: "محكمه" in "المحكمه العسكريه".
bool ContainsWords(std::string_view hay, std::string_view needle) {
  auto separator = [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u < 0x80 && !std::isalnum(u);
  };
  auto word_starts = [&](size_t at) {
    if (at == 0 || separator(hay[at - 1])) return true;
    for (std::string_view article : {std::string_view("\u0627\u0644"), std::string_view("\u0648\u0627\u0644")}) {
      if (at >= article.size() && hay.substr(at - article.size(), article.size()) == article &&
          (at == article.size() || separator(hay[at - article.size() - 1]))) {
        return true;
      }
    }
    return false;
  };
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) {
    size_t end = at + needle.size();
    if (word_starts(at) && (end == hay.size() || separator(hay[end]))) return true;
  }
  return false;
}

bool SameNumber(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  return std::fabs(std::strtod(a.c_str(), nullptr) - std::strtod(b.c_str(), nullptr)) < 1e-9;
}

}  // namespace

Status Evaluator::Run(const std::vector<GoldDoc>& gold, const std::string& split, EvalReport* report) {
  Analysis a;
  const Lexicon* lexicon = analyzer_->extractor() ? &analyzer_->extractor()->lexicon() : nullptr;
  for (const GoldDoc& g : gold) {
    if (split != "all" && g.split != split) continue;
    Status s = analyzer_->Analyze(g.doc, &a);
    if (!s.ok()) return Status(s.code(), g.doc.origin + ": " + s.message());
    ++report->documents;
    ++report->by_split[g.split];
    std::string lang = g.doc.lang_hint.empty() ? a.lang.code : g.doc.lang_hint;
    CodePointIndex cp(a.text);
    std::vector<Span32> found, want;
    for (const Mention& m : a.mentions) {
      std::string_view text = a.Slice(m.span);
      found.push_back({cp(m.span.start), cp(m.span.end), m.type, m.value, EntityKey(m.type, m.entity, text, lexicon),
                       m.entity});
    }
    // Gold spans must point at their text in the analysed text (code points).
    std::vector<uint32_t> byte_of;  // byte offset of each code point, and the end
    for (size_t i = 0; i < a.text.size(); ++i) {
      if ((static_cast<unsigned char>(a.text[i]) & 0xC0) != 0x80) byte_of.push_back(static_cast<uint32_t>(i));
    }
    byte_of.push_back(static_cast<uint32_t>(a.text.size()));
    for (const GoldMention& m : g.mentions) {
      if (m.end >= byte_of.size() ||
          std::string_view(a.text).substr(byte_of[m.start], byte_of[m.end] - byte_of[m.start]) != m.text) {
        return Status::InvalidInput(g.doc.origin + ": gold mention '" + m.text + "' [" + std::to_string(m.start) +
                                    ", " + std::to_string(m.end) + ") does not match the analysed text");
      }
      want.push_back({m.start, m.end, m.type, m.value, EntityKey(m.type, m.entity, m.text, lexicon), ""});
    }
    // Strict.
    std::set<std::tuple<uint32_t, uint32_t, MentionType>> gold_set;
    for (const Span32& w : want) gold_set.insert({w.start, w.end, w.type});
    auto count = [&](std::map<std::string, Counts>& table, MentionType t, int tp, int fp, int fn) {
      for (const std::string& k : {std::string("all"), TypeKey(t), lang + "/all", lang + "/" + TypeKey(t)}) {
        table[k].tp += tp;
        table[k].fp += fp;
        table[k].fn += fn;
      }
    };
    std::set<std::tuple<uint32_t, uint32_t, MentionType>> found_set;
    for (const Span32& f : found) found_set.insert({f.start, f.end, f.type});
    for (const auto& f : found_set) count(report->strict, std::get<2>(f), gold_set.count(f) ? 1 : 0, gold_set.count(f) ? 0 : 1, 0);
    for (const auto& w : gold_set) {
      if (!found_set.count(w)) count(report->strict, std::get<2>(w), 0, 0, 1);
    }
    // Overlapping, one to one, same type; type confusions among the rest.
    std::vector<bool> used(found.size(), false), matched(want.size(), false);
    std::vector<int> pair(want.size(), -1);  // the found mention each gold one is paired with
    DocScore ds;
    ds.id = g.doc.id;
    ds.lang = lang;
    ds.gold = static_cast<int>(want.size());
    ds.found = static_cast<int>(found.size());
    for (size_t i = 0; i < want.size(); ++i) {
      for (size_t j = 0; j < found.size(); ++j) {
        if (used[j] || found[j].type != want[i].type || !Overlaps(want[i], found[j])) continue;
        used[j] = matched[i] = true;
        pair[i] = static_cast<int>(j);
        count(report->overlap, want[i].type, 1, 0, 0);
        ++ds.overlap.tp;
        if (want[i].type == MentionType::kDate && !want[i].value.empty()) {
          ++report->date_values;
          report->date_values_right += found[j].value == want[i].value;
        }
        if (want[i].type == MentionType::kQuantity && !want[i].value.empty()) {
          ++report->quantity_values;
          report->quantity_values_right += SameNumber(found[j].value, want[i].value);
        }
        break;
      }
    }
    for (size_t i = 0; i < want.size(); ++i) {
      if (matched[i]) continue;
      count(report->overlap, want[i].type, 0, 0, 1);
      ++ds.overlap.fn;
      std::string other = "(missed)";
      for (size_t j = 0; j < found.size(); ++j) {
        if (!used[j] && Overlaps(want[i], found[j])) other = TypeKey(found[j].type);
      }
      ++report->confusion[TypeKey(want[i].type) + "->" + other];
    }
    for (size_t j = 0; j < found.size(); ++j) {
      if (used[j]) continue;
      count(report->overlap, found[j].type, 0, 1, 0);
      ++ds.overlap.fp;
      bool overlaps_gold = false;
      for (const Span32& w : want) overlaps_gold = overlaps_gold || Overlaps(w, found[j]);
      if (!overlaps_gold) ++report->confusion["(spurious)->" + TypeKey(found[j].type)];
    }
    // Entities: sets of keys per document (PER, ORG, LOC only).
    std::set<std::pair<MentionType, std::string>> ge, fe;
    for (const Span32& w : want) {
      if (w.type == MentionType::kPer || w.type == MentionType::kOrg || w.type == MentionType::kLoc) ge.insert({w.type, w.key});
    }
    for (const Span32& f : found) {
      if (f.type == MentionType::kPer || f.type == MentionType::kOrg || f.type == MentionType::kLoc) fe.insert({f.type, f.key});
    }
    for (const auto& e : fe) count(report->entities, e.first, ge.count(e) ? 1 : 0, ge.count(e) ? 0 : 1, 0);
    for (const auto& e : ge) {
      if (!fe.count(e)) count(report->entities, e.first, 0, 0, 1);
    }
    report->docs.push_back(ds);
    // Events and categories.
    if (g.has_events || g.has_categories) {
      const Event* main = nullptr;
      for (const Event& e : a.events) {
        if (e.main) main = &e;
      }
      const GoldEvent* gold_main = nullptr;
      for (const GoldEvent& e : g.events) {
        if (e.main) gold_main = &e;
      }
      for (size_t i = 0; gold_main == nullptr && i < g.events.size(); ++i) {
        if (!g.events[i].background) gold_main = &g.events[i];
      }
      std::set<std::string> want_types, got_types;
      for (const GoldEvent& e : g.events) {
        if (!e.background) want_types.insert(e.type);  // background events are no type of the document
      }
      for (const Event& e : a.events) {
        if (!e.background) got_types.insert(e.type);  // what the story recalls is not what it reports
      }
      std::set<std::string> want_cats(g.categories.begin(), g.categories.end()), got_cats;
      for (const Category& c : a.categories) got_cats.insert(c.id);
      for (EventScore* es : {&report->events["all"], &report->events[lang]}) {
        if (g.has_events) {
          CountSets(got_types, want_types, &es->types);
          for (const std::string& t : got_types) (want_types.count(t) ? es->types_by_type[t].tp : es->types_by_type[t].fp)++;
          for (const std::string& t : want_types) {
            if (!got_types.count(t)) ++es->types_by_type[t].fn;
          }
        }
        if (gold_main != nullptr) {
          ++es->main_docs;
          es->main_type_right += main != nullptr && main->type == gold_main->type;
          int got_fatalities = main != nullptr ? main->fatalities : -1;
          es->main_fatalities_right += got_fatalities == gold_main->fatalities;
          if (!gold_main->source.empty()) {
            ++es->main_actor_docs;
            bool right = false;
            if (main != nullptr && main->has_source) {
              if (!gold_main->source_entity.empty()) {
                right = main->source.entity == gold_main->source_entity;
              } else {
                // The gold names an actor with no lexicon id as the text does ("Ugandan police");
                // vigie names it by its entity ("Police (Uganda)") and keeps where the text named
                // it: either may match.
                std::string want = FoldString(gold_main->source);
                auto same = [&](std::string_view name) {
                  std::string got = FoldString(name);
                  return !got.empty() && (ContainsWords(want, got) || ContainsWords(got, want));
                };
                const Span& at = main->source.span;
                right = same(main->source.name) ||
                        (at.end > at.start && at.end <= a.text.size() && same(a.Slice(at)));
              }
            }
            es->main_actor_right += right;
          }
          if (!gold_main->place.empty()) {
            ++es->main_place_docs;
            bool right = false;
            const Place* place = nullptr;
            if (main != nullptr) {
              for (const Place& p : a.places) {
                if (p.entity == main->place) place = &p;
              }
            }
            if (place != nullptr) {
              std::string want = FoldString(gold_main->place);
              for (const GoldMention& gm : g.mentions) {
                if (gm.type != MentionType::kLoc || !gm.lat || !gm.lon || FoldString(gm.text) != want) continue;
                right = DistanceKm(*gm.lat, *gm.lon, place->lat, place->lon) <= 161.0;
                break;
              }
              right = right || FoldString(place->name) == want;
            }
            es->main_place_right += right;
          }
        }
        if (g.has_categories) {
          CountSets(got_cats, want_cats, &es->categories);
          ++es->security_docs;
          es->security_right += want_cats.empty() == got_cats.empty();
        }
      }
    }
    // Places: how far from the gold point each gold toponym was put.
    std::map<std::string, const Place*> place_of;
    for (const Place& p : a.places) place_of[p.entity] = &p;
    for (GeoScore* geo : {&report->geo["all"], &report->geo[lang]}) {
      for (size_t i = 0; i < want.size(); ++i) {
        const GoldMention& gm = g.mentions[i];
        if (gm.type != MentionType::kLoc || !gm.lat || !gm.lon) continue;
        ++geo->toponyms;
        if (pair[i] < 0) continue;
        auto it = place_of.find(found[pair[i]].entity);
        if (it == place_of.end()) continue;
        double km = DistanceKm(*gm.lat, *gm.lon, it->second->lat, it->second->lon);
        ++geo->placed;
        geo->within_161 += km <= 161.0;
        geo->errors.push_back(km);
      }
      if (!g.focus_countries.empty()) {
        ++geo->focus_docs;
        std::set<std::string> want_focus(g.focus_countries.begin(), g.focus_countries.end()), got_focus;
        for (const CountryScore& c : a.countries) {
          if (c.focus) got_focus.insert(c.code);
        }
        if (!a.countries.empty() && a.countries[0].focus && want_focus.count(a.countries[0].code)) ++geo->focus_first_right;
        CountSets(got_focus, want_focus, &geo->focus_countries);
      }
    }
  }
  // Worst first: most errors, then lowest F1. A document with nothing to find and nothing
  // found has no error, whatever its (undefined) F1.
  std::stable_sort(report->docs.begin(), report->docs.end(), [](const DocScore& x, const DocScore& y) {
    int64_t ex = x.overlap.fn + x.overlap.fp, ey = y.overlap.fn + y.overlap.fp;
    if (ex != ey) return ex > ey;
    return x.overlap.f1() < y.overlap.f1();
  });
  return Status::Ok();
}

double GeoScore::MeanError() const {
  double sum = 0;
  for (double e : errors) sum += e;
  return errors.empty() ? 0 : sum / errors.size();
}

double GeoScore::MedianError() const {
  if (errors.empty()) return 0;
  std::vector<double> sorted = errors;
  std::sort(sorted.begin(), sorted.end());
  size_t n = sorted.size();
  return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

std::string FormatReport(const EvalReport& r, size_t worst) {
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%d documents", r.documents);
  out += buf;
  for (const auto& [split, n] : r.by_split) out += ", " + std::to_string(n) + " " + split;
  out += "\n\n";
  auto table = [&](const char* title, const std::map<std::string, Counts>& strict,
                   const std::map<std::string, Counts>* overlap) {
    out += title;
    out += overlap ? "\n               strict P     R     F1  | overlap P     R     F1  |  gold found\n"
                   : "\n                      P     R     F1  |  gold found\n";
    for (const auto& [key, c] : strict) {
      const Counts* o = nullptr;
      if (overlap) {
        auto it = overlap->find(key);
        if (it != overlap->end()) o = &it->second;
      }
      const Counts& basis = o ? *o : c;
      int64_t gold = basis.tp + basis.fn, found = basis.tp + basis.fp;
      if (o) {
        std::snprintf(buf, sizeof buf, "  %-10s       %.3f %.3f %.3f |         %.3f %.3f %.3f | %5lld %5lld\n", key.c_str(),
                      c.precision(), c.recall(), c.f1(), o->precision(), o->recall(), o->f1(),
                      static_cast<long long>(gold), static_cast<long long>(found));
      } else {
        std::snprintf(buf, sizeof buf, "  %-10s       %.3f %.3f %.3f | %5lld %5lld\n", key.c_str(), c.precision(),
                      c.recall(), c.f1(), static_cast<long long>(gold), static_cast<long long>(found));
      }
      out += buf;
    }
    out += "\n";
  };
  table("mentions", r.strict, &r.overlap);
  table("entities (by canonical id, else type and folded name)", r.entities, nullptr);
  if (r.date_values > 0 || r.quantity_values > 0) {
    std::snprintf(buf, sizeof buf, "values: DATE %d/%d right, QUANTITY %d/%d right\n\n", r.date_values_right,
                  r.date_values, r.quantity_values_right, r.quantity_values);
    out += buf;
  }
  if (!r.geo.empty()) {
    out += "places (gold toponyms with coordinates; placed = found with coordinates)\n"
           "             toponyms placed  acc@161km found&placed  mean km  median km | focus: docs first-right  P     R     F1\n";
    for (const auto& [key, g] : r.geo) {
      std::snprintf(buf, sizeof buf, "  %-10s %7d %6d     %.3f        %.3f  %7.1f  %7.1f   |  %5d      %.3f    %.3f %.3f %.3f\n",
                    key.c_str(), g.toponyms, g.placed, g.Accuracy161(), g.FoundAndPlaced(), g.MeanError(),
                    g.MedianError(), g.focus_docs, g.FocusAccuracy(), g.focus_countries.precision(),
                    g.focus_countries.recall(), g.focus_countries.f1());
      out += buf;
    }
    out += "\n";
  }
  if (!r.events.empty()) {
    auto ratio = [](int right, int n) { return n == 0 ? 0.0 : static_cast<double>(right) / n; };
    out += "events and categories (per document)\n"
           "             types P     R     F1  | main: docs type  actor place fatal. | categories P     R     F1  | security docs acc\n";
    for (const auto& [key, e] : r.events) {
      std::snprintf(buf, sizeof buf,
                    "  %-10s     %.3f %.3f %.3f |  %5d  %.3f %.3f %.3f %.3f    |            %.3f %.3f %.3f |  %5d  %.3f\n",
                    key.c_str(), e.types.precision(), e.types.recall(), e.types.f1(), e.main_docs,
                    ratio(e.main_type_right, e.main_docs), ratio(e.main_actor_right, e.main_actor_docs),
                    ratio(e.main_place_right, e.main_place_docs), ratio(e.main_fatalities_right, e.main_docs),
                    e.categories.precision(), e.categories.recall(), e.categories.f1(), e.security_docs,
                    ratio(e.security_right, e.security_docs));
      out += buf;
    }
    out += "\n";
    // Per PLOVER type; with one language, its rows are those of "all".
    bool one_language = r.events.size() == 2 && r.events.count("all");
    out += "event types (per document: gold = documents expecting the type, found = documents where it was found)\n"
           "             type        gold found  P     R     F1\n";
    for (const auto& [key, e] : r.events) {
      if (one_language && key != "all") continue;
      for (const auto& [type, c] : e.types_by_type) {
        std::snprintf(buf, sizeof buf, "  %-10s %-10s %5lld %5lld  %.3f %.3f %.3f\n", key.c_str(), type.c_str(),
                      static_cast<long long>(c.tp + c.fn), static_cast<long long>(c.tp + c.fp), c.precision(),
                      c.recall(), c.f1());
        out += buf;
      }
    }
    out += "\n";
  }
  std::vector<std::pair<int, std::string>> conf;
  for (const auto& [k, n] : r.confusion) conf.emplace_back(n, k);
  std::sort(conf.rbegin(), conf.rend());
  out += "confusions (gold -> found, overlapping spans; unpaired):";
  for (size_t i = 0; i < conf.size() && i < 12; ++i) out += " " + conf[i].second + " " + std::to_string(conf[i].first);
  out += "\n\nworst documents (overlap F1):\n";
  for (size_t i = 0; i < r.docs.size() && i < worst; ++i) {
    const DocScore& d = r.docs[i];
    std::snprintf(buf, sizeof buf, "  %-16s %-3s F1 %.3f  gold %3d found %3d missed %3lld spurious %3lld\n",
                  d.id.c_str(), d.lang.c_str(), d.overlap.f1(), d.gold, d.found, static_cast<long long>(d.overlap.fn),
                  static_cast<long long>(d.overlap.fp));
    out += buf;
  }
  return out;
}

std::string ReportJson(const EvalReport& r, size_t worst) {
  auto round4 = [](double x) { return std::round(x * 10000) / 10000; };
  std::string out;
  JsonWriter w(&out, JsonStyle::kCompact);
  auto counts = [&](const std::map<std::string, Counts>& table) {
    w.BeginObject();
    for (const auto& [k, c] : table) {
      w.Key(k);
      w.BeginObject();
      w.Key("precision");
      w.Double(round4(c.precision()));
      w.Key("recall");
      w.Double(round4(c.recall()));
      w.Key("f1");
      w.Double(round4(c.f1()));
      w.Key("tp");
      w.Int(c.tp);
      w.Key("fp");
      w.Int(c.fp);
      w.Key("fn");
      w.Int(c.fn);
      w.EndObject();
    }
    w.EndObject();
  };
  w.BeginObject();
  w.Key("documents");
  w.Int(r.documents);
  w.Key("mentions_strict");
  counts(r.strict);
  w.Key("mentions_overlap");
  counts(r.overlap);
  w.Key("entities");
  counts(r.entities);
  w.Key("date_values");
  w.BeginObject();
  w.Key("right");
  w.Int(r.date_values_right);
  w.Key("total");
  w.Int(r.date_values);
  w.EndObject();
  w.Key("quantity_values");
  w.BeginObject();
  w.Key("right");
  w.Int(r.quantity_values_right);
  w.Key("total");
  w.Int(r.quantity_values);
  w.EndObject();
  w.Key("places");
  w.BeginObject();
  for (const auto& [key, g] : r.geo) {
    w.Key(key);
    w.BeginObject();
    w.Key("toponyms");
    w.Int(g.toponyms);
    w.Key("placed");
    w.Int(g.placed);
    w.Key("accuracy_161km");
    w.Double(round4(g.Accuracy161()));
    w.Key("found_and_placed");
    w.Double(round4(g.FoundAndPlaced()));
    w.Key("mean_error_km");
    w.Double(std::round(g.MeanError() * 10) / 10);
    w.Key("median_error_km");
    w.Double(std::round(g.MedianError() * 10) / 10);
    w.Key("focus_documents");
    w.Int(g.focus_docs);
    w.Key("focus_first_right");
    w.Double(round4(g.FocusAccuracy()));
    w.Key("focus_countries_f1");
    w.Double(round4(g.focus_countries.f1()));
    w.EndObject();
  }
  w.EndObject();
  w.Key("events");
  w.BeginObject();
  for (const auto& [key, e] : r.events) {
    auto ratio = [&](int right, int n) { return n == 0 ? 0.0 : round4(static_cast<double>(right) / n); };
    w.Key(key);
    w.BeginObject();
    auto prf = [&](const std::string& name, const Counts& c) {
      w.Key(name + "_f1");
      w.Double(round4(c.f1()));
      w.Key(name + "_precision");
      w.Double(round4(c.precision()));
      w.Key(name + "_recall");
      w.Double(round4(c.recall()));
    };
    prf("types", e.types);
    w.Key("types_by_type");
    w.BeginObject();
    for (const auto& [type, c] : e.types_by_type) {
      w.Key(type);
      w.BeginObject();
      w.Key("gold");
      w.Int(c.tp + c.fn);
      w.Key("found");
      w.Int(c.tp + c.fp);
      w.Key("tp");
      w.Int(c.tp);
      w.Key("precision");
      w.Double(round4(c.precision()));
      w.Key("recall");
      w.Double(round4(c.recall()));
      w.Key("f1");
      w.Double(round4(c.f1()));
      w.EndObject();
    }
    w.EndObject();
    w.Key("main_documents");
    w.Int(e.main_docs);
    w.Key("main_type_accuracy");
    w.Double(ratio(e.main_type_right, e.main_docs));
    w.Key("main_actor_accuracy");
    w.Double(ratio(e.main_actor_right, e.main_actor_docs));
    w.Key("main_place_accuracy");
    w.Double(ratio(e.main_place_right, e.main_place_docs));
    w.Key("main_fatalities_accuracy");
    w.Double(ratio(e.main_fatalities_right, e.main_docs));
    prf("categories", e.categories);
    w.Key("security_documents");
    w.Int(e.security_docs);
    w.Key("security_accuracy");
    w.Double(ratio(e.security_right, e.security_docs));
    w.EndObject();
  }
  w.EndObject();
  w.Key("confusion");
  w.BeginObject();
  for (const auto& [k, n] : r.confusion) {
    w.Key(k);
    w.Int(n);
  }
  w.EndObject();
  w.Key("worst");
  w.BeginArray();
  for (size_t i = 0; i < r.docs.size() && i < worst; ++i) {
    const DocScore& d = r.docs[i];
    w.BeginObject();
    w.Key("id");
    w.String(d.id);
    w.Key("lang");
    w.String(d.lang);
    w.Key("f1");
    w.Double(round4(d.overlap.f1()));
    w.Key("gold");
    w.Int(d.gold);
    w.Key("found");
    w.Int(d.found);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace vigie
