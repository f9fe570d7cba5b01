#include "geo/places.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string>
#include <unordered_map>

namespace vigie {
namespace {

// How much a mention counts: three in the title, two in the lead (first 400 bytes of the body),
// one elsewhere; a dateline half.
double Weight(const Analysis& a, Span s) {
  if (a.dateline && s.start >= a.dateline->whole.start && s.end <= a.dateline->whole.end) return 0.5;
  if (s.start < a.body_start) return 3.0;
  if (s.start < a.body_start + 400) return 2.0;
  return 1.0;
}

bool InDateline(const Analysis& a, Span s) {
  return a.dateline && s.start >= a.dateline->whole.start && s.end <= a.dateline->whole.end;
}

}  // namespace

void PlaceLocator::Locate(Analysis* a) const {
  a->places.clear();
  a->countries.clear();
  std::unordered_map<std::string, size_t> place_index;
  std::map<std::string, double> country_score;
  std::unordered_map<std::string, std::string> entity_country;  // document entities' countries
  for (const DocEntity& e : a->entities) {
    if (!e.country.empty()) entity_country.emplace(e.id, e.country);
  }
  for (const Mention& m : a->mentions) {
    if (m.type != MentionType::kLoc && m.type != MentionType::kOrg && m.type != MentionType::kPer) continue;
    const double w = Weight(*a, m.span);
    if (m.type != MentionType::kLoc) {
      // An organisation or a person of a country points at it, a little.
      if (auto it = entity_country.find(m.entity); it != entity_country.end()) country_score[it->second] += 0.3 * w;
      continue;
    }
    // A place named by rule ("stade Félix-Houphouët-Boigny") is put where the place it lies
    // in is.
    int64_t index = lexicon_->Find(m.entity);
    const bool by_rule = index < 0;
    if (by_rule) index = m.within.empty() ? -1 : lexicon_->Find(m.within);
    if (index < 0) continue;
    const Entity& e = lexicon_->entities()[index];
    if (!e.country.empty()) country_score[e.country] += (e.kind == "country" ? 1.0 : 0.8) * w;
    if (!e.located) continue;
    auto [it, added] = place_index.emplace(by_rule ? m.entity : e.id, a->places.size());
    if (added) {
      Place p;
      p.entity = by_rule ? m.entity : e.id;
      p.name = by_rule ? std::string(a->Slice(m.span)) : e.name;
      p.kind = by_rule ? "place" : e.kind;
      p.country = e.country;
      p.admin1 = std::string(e.Attribute("iso_admin1"));
      p.lat = e.lat;
      p.lon = e.lon;
      if (!by_rule && e.id.rfind("geonames:", 0) == 0) p.geonameid = std::strtoll(e.id.c_str() + 9, nullptr, 10);
      p.dateline_only = true;
      a->places.push_back(std::move(p));
    }
    Place& p = a->places[it->second];
    ++p.count;
    p.score += w;
    p.dateline_only = p.dateline_only && InDateline(*a, m.span);
  }
  for (const DemonymMention& d : a->demonyms) country_score[d.country] += 0.5 * Weight(*a, d.span);

  // Countries: relative scores, the focus within half of the best.
  double best = 0;
  for (const auto& [cc, score] : country_score) best = std::max(best, score);
  for (const auto& [cc, score] : country_score) {
    CountryScore c;
    c.code = cc;
    c.score = best > 0 ? std::round(1000 * score / best) / 1000 : 0;
    c.focus = best > 0 && score >= 0.5 * best;
    a->countries.push_back(std::move(c));
  }
  std::stable_sort(a->countries.begin(), a->countries.end(),
                   [](const CountryScore& x, const CountryScore& y) { return x.score > y.score; });

  // Places: the focus countries, and in them the places named about as much as the most named.
  std::map<std::string, double> top_in_country;
  auto focus_country = [&](const std::string& cc) {
    for (const CountryScore& c : a->countries) {
      if (c.code == cc) return c.focus;
    }
    return false;
  };
  for (const Place& p : a->places) {
    if (p.kind != "country" && !p.dateline_only) top_in_country[p.country] = std::max(top_in_country[p.country], p.score);
  }
  for (Place& p : a->places) {
    if (p.dateline_only || p.country.empty() || !focus_country(p.country)) continue;
    p.focus = p.kind == "country" || p.score >= 0.5 * top_in_country[p.country];
  }
  std::stable_sort(a->places.begin(), a->places.end(), [](const Place& x, const Place& y) {
    if (x.focus != y.focus) return x.focus;
    return x.score > y.score;
  });
}

}  // namespace vigie
