// vigie search: full-text search of the stored documents (docs/store.md).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/progress.h"
#include "cli/read_output.h"
#include "common/json_writer.h"
#include "store/query.h"
#include "store/store.h"

namespace vigie {
namespace {

// --- search ---

// A score to four significant digits: BM25 values are tiny in small collections (a word found
// in most documents weighs almost nothing), and rounding to decimals would print 0 for all.
double FourDigits(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return std::strtod(buf, nullptr);
}

struct SearchFlags {
  std::vector<std::string> query;
  std::string db, lang, country, category, from, to;
  int limit = 20;
  bool json = false;
  bool all_matches = false;
};

int RunSearch(const SearchFlags& flags) {
  std::string query;
  for (const std::string& word : flags.query) query += (query.empty() ? "" : " ") + word;
  Result<std::string> match = TranslateQuery(query);
  if (!match.ok()) {
    std::fprintf(stderr, "vigie search: %s\n", match.status().message().c_str());
    return kExitUsage;
  }
  if (!CheckDates("search", flags.from, flags.to)) return kExitUsage;
  if (flags.limit < 1 || flags.limit > 10000) {
    std::fprintf(stderr, "vigie search: --limit must be from 1 to 10000\n");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenForReading("search", flags.db);
  if (!store) return kExitFatal;
  SearchRequest request;
  request.match = *match;
  request.lang = Lower(flags.lang);
  request.country = Upper(flags.country);
  request.category = flags.category;
  request.from = flags.from;
  request.to = flags.to;
  request.limit = flags.limit;
  if (flags.all_matches) request.window = 0;
  bool bold = !flags.json && isatty(STDOUT_FILENO);
  // On a terminal the matched words are bold: marked first with two private-use characters,
  // which survive Printable (unlike escape codes, which a document could also hold).
  const std::string kOpen = "\uE000", kClose = "\uE001";
  if (bold) {
    request.open_mark = kOpen;
    request.close_mark = kClose;
  }
  Result<std::vector<SearchHit>> hits = store->Search(request);
  if (!hits.ok()) {
    std::fprintf(stderr, "vigie search: %s\n", hits.status().message().c_str());
    return hits.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  std::string out;
  int rank = 0;
  for (const SearchHit& h : *hits) {
    out.clear();
    if (flags.json) {
      JsonWriter w(&out, JsonStyle::kCompact);
      w.BeginObject();
      w.Key("id");
      w.String(h.doc_id);
      w.Key("title");
      w.String(h.title);
      w.Key("score");
      w.Double(FourDigits(h.score));
      w.Key("snippet");
      w.String(Printable(h.snippet));
      w.Key("lang");
      w.String(h.lang);
      w.Key("date");
      w.StringOrNull(h.published);
      w.Key("url");
      w.StringOrNull(h.url);
      w.Key("countries");
      StringArray(&w, h.countries);
      w.Key("categories");
      StringArray(&w, h.categories);
      w.EndObject();
      out.push_back('\n');
    } else {
      char score[32];
      std::snprintf(score, sizeof score, "%.4g", h.score);
      out += std::to_string(++rank) + ". " + (h.title.empty() ? "(no title)" : h.title) + "\n";
      out += "   " + h.doc_id + " · " + h.lang + " · " + (h.published.empty() ? "no date" : h.published) +
             " · score " + score;
      if (!h.countries.empty()) out += " · " + Join(h.countries, ',');
      if (!h.categories.empty()) out += " · " + Join(h.categories, ',');
      out += "\n";
      if (!h.url.empty()) out += "   " + h.url + "\n";
      std::string snippet = Printable(h.snippet);
      if (bold) {
        for (size_t p; (p = snippet.find(kOpen)) != std::string::npos;) snippet.replace(p, kOpen.size(), "\033[1m");
        for (size_t p; (p = snippet.find(kClose)) != std::string::npos;) snippet.replace(p, kClose.size(), "\033[0m");
      }
      out += "   " + snippet + "\n\n";
    }
    if (!Print(out)) break;
  }
  if (!flags.json && hits->empty()) std::fprintf(stderr, "vigie search: no document matches\n");
  return Finish("search");
}

}  // namespace

CommandRunner AddSearchCommand(CLI::App* app) {
  auto flags = std::make_shared<SearchFlags>();
  CLI::App* cmd = app->add_subcommand("search", "Full-text search of the stored documents, best first, with snippets");
  cmd->add_option("query", flags->query, "the words to look for (several arguments are joined with spaces)")
      ->required();
  cmd->add_option("--db", flags->db, kDbHelp);
  cmd->add_option("--lang", flags->lang, "only documents in this language (fr, en, ar...)");
  cmd->add_option("--country", flags->country, "only documents about this country (ISO code: ML, NG...)");
  cmd->add_option("--category", flags->category, "only documents of this category (terrorism.attack...)");
  cmd->add_option("--from", flags->from, "published on or after (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--to", flags->to, "published on or before (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--limit", flags->limit, "at most this many hits")->capture_default_str();
  cmd->add_flag("--all-matches", flags->all_matches,
                "rank every match; by default the " + GroupDigits(kDefaultSearchWindow) +
                    " most recently stored matches of each language are ranked (slower on a large archive)");
  cmd->add_flag("--json", flags->json,
                "one JSON object per hit: id, title, score, snippet ([matched] words), lang, date, url, countries, "
                "categories");
  cmd->footer(std::string(
      "Ranked by BM25, a title word weighing four body words, among the newest matches of each language\n"
      "(--all-matches: among all). Words match their other forms in the document's language, with or without\n"
      "accents (attentats finds attentat). QUERY: words (all must match), \"a phrase\", OR between\n"
      "alternatives, binding tighter than AND: attack Mali OR Niger = attack AND (Mali OR Niger).\n\n") +
      kReadFooter);
  return [flags] { return RunSearch(*flags); };
}

}  // namespace vigie
