// Dateline detection: the place line that opens a wire story.
//
//   Nations Unies (New York) — Le Maroc ...      place "Nations Unies (New York)"
//   DAKAR, 12 mars (AFP) - ...                   place "DAKAR", date "12 mars", agency "AFP"
//   MAIDUGURI, Nigeria (Reuters) - ...           place "MAIDUGURI, Nigeria", agency "Reuters"
//   القاهرة (رويترز) - ...                        place "القاهرة", agency "رويترز"
//
// The dateline must sit at the start of the body, end with a dash separator (— – - --) within
// the first 160 bytes of the first line, and name a place of one to six capitalised words
// (Latin) or one to four words (Arabic). Without an agency or a date, an ASCII hyphen is
// accepted only after an all-capitals or Arabic place, so that "Le Maroc - un pays..." is not
// taken for a dateline. Agency names are data: data/text/dateline_agencies.txt.
#ifndef VIGIE_TEXT_DATELINE_H_
#define VIGIE_TEXT_DATELINE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "common/status.h"
#include "text/sentences.h"

namespace vigie {

struct Dateline {
  Span place;   // byte span of the place, relative to the text passed in
  Span whole;   // the dateline including date, agency and separator
  std::string agency;
  std::string date_text;
};

class DatelineDetector {
 public:
  static Result<DatelineDetector> Load(const std::string& data_dir);
  explicit DatelineDetector(std::unordered_set<std::string> agencies) : agencies_(std::move(agencies)) {}

  // Looks for a dateline at the start of `body` (leading white space allowed).
  std::optional<Dateline> Detect(std::string_view body) const;

 private:
  bool IsAgency(std::string_view name) const;
  std::unordered_set<std::string> agencies_;  // folded names
};

}  // namespace vigie

#endif  // VIGIE_TEXT_DATELINE_H_
