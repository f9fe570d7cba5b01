// A readable summary of analyses for people at a terminal (`vigie analyze --summary`):
// one block per document, then totals by language.
#ifndef VIGIE_ANALYZE_SUMMARY_H_
#define VIGIE_ANALYZE_SUMMARY_H_

#include <map>
#include <string>

#include "analyze/analysis.h"

namespace vigie {

class SummaryWriter {
 public:
  // Appends the block for one document to *out.
  void Add(const Analysis& analysis, std::string* out);
  // Appends the totals to *out.
  void Finish(size_t rejected, std::string* out) const;

 private:
  size_t documents_ = 0;
  size_t sentences_ = 0;
  size_t tokens_ = 0;
  size_t chars_ = 0;
  std::map<std::string, size_t> by_lang_;
};

}  // namespace vigie

#endif  // VIGIE_ANALYZE_SUMMARY_H_
