// The search syntax of `vigie search`, translated into an FTS5 expression.
//
//   attaque Niger            both words (AND)
//   "forces armées"          a phrase: the words in this order
//   Mali OR Niger            either; OR binds tighter than the implicit AND, so
//   attack Mali OR Niger     is attack AND (Mali OR Niger)
//   AND                      accepted and ignored (words are ANDed anyway)
//
// Every word and phrase is written as an FTS5 string ("...") so nothing the user types is
// read as FTS5 syntax (column filters, NEAR, *, ^, parentheses) or as SQL: the expression is
// bound as a parameter. A quote left open runs to the end of the query. Words with no letter
// or digit ("*", "';") carry nothing for the index and are dropped.
#ifndef VIGIE_STORE_QUERY_H_
#define VIGIE_STORE_QUERY_H_

#include <string>
#include <string_view>

#include "common/status.h"

namespace vigie {

inline constexpr size_t kMaxQueryBytes = 2048;
inline constexpr size_t kMaxQueryTerms = 64;

// The FTS5 expression for `query`. Errors (kInvalidArgument) say what is wrong: invalid UTF-8,
// longer than kMaxQueryBytes or kMaxQueryTerms, nothing to search for, an OR without a word
// or phrase on each side.
Result<std::string> TranslateQuery(std::string_view query);

}  // namespace vigie

#endif  // VIGIE_STORE_QUERY_H_
