// The places stage: where a story is, from what the entities stage found.
//
// Every LOC mention resolved to a place with coordinates (a GeoNames town, an African division,
// a place of the project's table, a country at its centre, a region) becomes one entry of
// places[], with its kind, country, first-level division and coordinates. countries[] scores
// the countries the story concerns from everything that points at one: countries named, places
// in them, demonyms, and organisations and people that belong to one; each mention counts more
// in the title and the lead. A dateline names where the story was reported, not what it is
// about, and counts little. The focus countries are those within half of the best score; the
// focus places are the focus countries themselves and, in them, the places named about as much
// as the most named one.
#ifndef VIGIE_GEO_PLACES_H_
#define VIGIE_GEO_PLACES_H_

#include "analyze/analysis.h"
#include "lexicon/lexicon.h"

namespace vigie {

class PlaceLocator {
 public:
  // `lexicon` must outlive the locator.
  explicit PlaceLocator(const Lexicon* lexicon) : lexicon_(lexicon) {}

  // Fills a->places and a->countries from a->mentions, a->demonyms, a->entities, a->dateline.
  void Locate(Analysis* a) const;

 private:
  const Lexicon* lexicon_;
};

}  // namespace vigie

#endif  // VIGIE_GEO_PLACES_H_
