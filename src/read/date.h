// Normalisation of the publication dates that inputs carry, to ISO 8601 at the precision
// given: "2024" -> "2024", "2024-09" -> "2024-09", "26/09/2024" -> "2024-09-26",
// "Thu, 26 Sep 2024 10:00:00 GMT" -> "2024-09-26T10:00:00Z",
// "11-MAR-1987 00:08:58.81" -> "1987-03-11T00:08:58.81", "September 26, 2024",
// "26 septembre 2024", "2015-07-21 02:51:32" -> "2015-07-21T02:51:32".
// Numeric day/month orders are read day first (26/09/2024), as outside the United States.
// This parses metadata fields, not dates in running text (that is the entities stage).
#ifndef VIGIE_READ_DATE_H_
#define VIGIE_READ_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace vigie {

struct ParsedDate {
  std::string iso;
  bool trailing_ignored = false;  // text after a complete date was dropped ("... GMT (est.)")
};

// The ISO form of `text`, or nullopt when no date can be read from its start.
std::optional<ParsedDate> ParseDate(std::string_view text);

}  // namespace vigie

#endif  // VIGIE_READ_DATE_H_
