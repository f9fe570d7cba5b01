// Facets: the values a search filters on, indexed as words of their own.
//
// A filter checked row by row after the full-text match (a join per match) made a filter that
// few documents pass walk most of a common word's matches: 700 ms for a word and a year on a
// million documents. Each full-text table has a third column, `facets`, holding words such as
// `lang=fr`, `year=2015`, `month=2015-03`, `country=ML`, `category=terrorism.attack`, and a
// filter becomes a term of the FTS5 query, which FTS5 intersects with the words by skipping
// through both lists.
//
// The column's text opens with kFacetMark (U+E000, a private-use character) and holds nothing
// but facet words: the tokenizer then takes each space-separated word as it is, unfolded and
// unstemmed, in documents and queries alike (store/fts_tokenizer.h). Words of ordinary text never hold '=' (it splits words), so a
// facet word cannot match a word of a title or body.
#ifndef VIGIE_STORE_FACETS_H_
#define VIGIE_STORE_FACETS_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

struct sqlite3;

namespace vigie {

inline constexpr std::string_view kFacetMark = "\xEE\x80\x80";  // U+E000

// The facets column of a document: kFacetMark, then lang=, year= and month= (of a publication
// date with a year; month=YYYY for a date with a year alone), country= and category= words.
std::string FacetText(std::string_view lang, std::string_view published, const std::vector<std::string>& countries,
                      const std::vector<std::string>& categories);

// Whether `text` is a facets column: kFacetMark, then only words of the keys above (key=value).
// A title or body that opens with the mark and goes on with ordinary words is tokenized as
// text; only one made of nothing but facet words would index as facets (a document with no
// content claiming a filter value).
bool IsFacetText(std::string_view text);

// Registers the SQL function vigie_facets(lang, published, countries, categories), the lists
// separated by spaces (for the schema migration that fills the column).
Status RegisterFacetFunction(sqlite3* db);

// What a search's filters ask of the facets column: an FTS5 expression (phrases restricted to
// the column, ANDed; empty when nothing is asked), and whether the publication dates must still
// be checked on the rows (the facets of a date range cover whole months or years).
struct FacetFilter {
  std::string expression;
  bool check_dates = false;
};
// `lang` empty when the table holds that language alone; `from`, `to`: ISO date prefixes,
// inclusive, empty when open; `first_year`, `last_year`: the stored documents' range, for an
// open end (0 when unknown).
FacetFilter MakeFacetFilter(std::string_view lang, std::string_view country, std::string_view category,
                            std::string_view from, std::string_view to, int first_year, int last_year);

}  // namespace vigie

#endif  // VIGIE_STORE_FACETS_H_
