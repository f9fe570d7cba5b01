// The categories stage: which threats and topics of the DESIGN.md taxonomy a document is about,
// scored and explained (data/categories/<id>.tsv, see data/categories/FORMAT.md).
//
// A category's score adds the weights of its terms found in the text (a term counts at most
// twice, double in the title), of the events, modes and actors it names (from the events and
// entities stages); it fires when its `require` conditions hold, no `exclude` condition does
// (football's "attaque" is sport: data/categories/contexts.tsv), and the score reaches its
// threshold. Each category lists the evidence that fired.
//
// Not thread-safe (scratch buffers): one per thread.
#ifndef VIGIE_EVENTS_CATEGORIES_H_
#define VIGIE_EVENTS_CATEGORIES_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/analysis.h"
#include "common/hash.h"
#include "common/status.h"
#include "lexicon/lexicon.h"
#include "lexicon/match_tokens.h"
#include "lexicon/matcher.h"

namespace vigie {

class CategoryClassifier {
 public:
  // `entities`, when given, is the entities stage's lexicon: its members of continent:africa tell
  // which armed groups fight in Africa (an armed group outside Africa that the story only names is
  // no actor of it). Without it every named armed group is.
  static Result<std::unique_ptr<CategoryClassifier>> Create(const std::string& data_dir,
                                                            const Lexicon* entities = nullptr);

  // Fills a->topics: what else the document is about (sport, economy...), from
  // data/categories/contexts.tsv. Runs before the events stage.
  void FindTopics(const std::vector<MatchToken>& tokens, Analysis* a);

  // Fills a->categories from the text (match tokens), a->events, a->entities and a->topics.
  void Classify(const std::vector<MatchToken>& tokens, Analysis* a);

  size_t num_categories() const { return rules_.size(); }

  // Its matchers, for a MatchGroup (lexicon/matcher.h).
  std::vector<EntityMatcher*> matchers() { return {&term_matcher_, &context_matcher_}; }

 private:
  // A condition: event:T, mode:M, actor:K, context:C, term, term:N, category:ID; written with a
  // leading `!` it holds when that condition does not.
  enum class AtomKind : uint8_t { kEvent, kMode, kActor, kContext, kTerm, kCategory, kWeight };
  struct Atom {
    std::string kind;  // as written (for the evidence)
    std::string value;
    int count = 1;
    double weight = 0;  // kWeight: the least weight of a matched term
    AtomKind type = AtomKind::kTerm;  // `kind` read once, when the rules are loaded
    uint32_t tag = 0;  // kEvent, kMode, kActor, kContext: `value`'s index in tag_ids_
    int category = -1;  // kCategory: index in rules_ of the category named, -1 if none is
    bool negate = false;  // `!`: holds when the condition does not
  };
  struct Rules {
    std::string id;
    std::vector<std::pair<std::string, double>> events, modes, actors, contexts;
    std::vector<uint32_t> event_tags, mode_tags, actor_tags, context_tags;  // their names' tags
    std::vector<std::vector<Atom>> required;  // each: one of its atoms must hold
    // Per condition line, the document languages it is for (its `lang` column: "en", "en,fr"; empty
    // for all): a require or exclude line for other languages is skipped, a keep line fails.
    using Languages = std::vector<std::string>;
    std::vector<Languages> required_lang;  // per `require` line
    std::vector<Atom> excludes;
    std::vector<Languages> exclude_lang;  // per exclude atom: its line's
    // `keep` lines (each: one of its atoms must hold): when they all hold, the category is
    // reported however far below the document's best category it scores.
    std::vector<std::vector<Atom>> keeps;
    std::vector<Languages> keep_lang;  // per `keep` line
    double threshold = 2;
  };

  CategoryClassifier(std::vector<Rules> rules, Lexicon terms, EntityMatcher term_matcher, Lexicon contexts,
                     EntityMatcher context_matcher)
      : rules_(std::move(rules)),
        terms_(std::move(terms)),
        term_matcher_(std::move(term_matcher)),
        contexts_(std::move(contexts)),
        context_matcher_(std::move(context_matcher)) {}

  // The names the rules ask of the document (event types, modes, actor kinds, contexts), each
  // numbered once at load time, so that a document's sets are bit vectors (TagSet).
  using TagIds = std::unordered_map<std::string, uint32_t, StringViewHash, std::equal_to<>>;
  class TagSet;
  void NumberTags();

  std::vector<Rules> rules_;
  TagIds tag_ids_;
  Lexicon terms_;  // one entity per term line: attributes category (index), weight
  EntityMatcher term_matcher_;
  Lexicon contexts_;  // one entity per context line: attributes context, weight
  EntityMatcher context_matcher_;
  std::vector<LexiconMatch> matches_;
  std::vector<LexiconMatch> context_matches_;  // scratch
  // Read once from the entities' attributes.
  std::vector<uint32_t> term_category_;  // by term entity
  std::vector<double> term_weight_;
  std::vector<std::string> context_of_;  // by context entity
  std::vector<double> context_weight_;
  std::unordered_set<std::string> africa_;  // ISO codes of African countries; empty: no lexicon given
};

}  // namespace vigie

#endif  // VIGIE_EVENTS_CATEGORIES_H_
