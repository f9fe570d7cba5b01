#include "events/events.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

#include "extract/values.h"
#include "text/fold.h"
#include "text/tokenizer.h"
#include "text/word_list.h"

namespace vigie {
namespace {

constexpr const char* kTypes[] = {"AGREE",   "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",
                                  "RETREAT", "REQUEST", "ACCUSE",   "REJECT",  "THREATEN",  "PROTEST",
                                  "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

bool ValidType(std::string_view t) {
  return std::any_of(std::begin(kTypes), std::end(kTypes), [&](const char* k) { return t == k; });
}

// Types whose two sides act together: "Le Maroc et l'ONUCT ont tenu...".
bool Symmetric(std::string_view t) {
  return t == "CONSULT" || t == "COOPERATE" || t == "AGREE" || t == "SUPPORT";
}

// The period of an ISO date at its precision, and the publication day (the last day of what
// the input gives); false when either cannot be read.
bool Periods(std::string_view date, std::string_view published, int64_t* first, int64_t* last, int64_t* pub) {
  int64_t pub_first = 0;
  return published.size() >= 7 && IsoDateSpan(date, first, last) && IsoDateSpan(published, &pub_first, pub);
}

// Whether an event dated `date` is background in a story published `published`: its period
// ended more than about two months before.
bool Background(std::string_view date, std::string_view published) {
  int64_t first = 0, last = 0, pub = 0;
  return Periods(date, published, &first, &last, &pub) && pub - last > 62;
}

// Whether the period `date` starts more than two days after the publication day.
bool After(std::string_view date, std::string_view published) {
  int64_t first = 0, last = 0, pub = 0;
  return Periods(date, published, &first, &last, &pub) && first > pub + 2;
}

std::string ActorKindOf(const Entity& e) {
  if (e.type == EntityType::kLoc) return "gov";  // a country acting is its government
  if (e.type == EntityType::kPer) {
    if (e.kind == "militant" || e.Attribute("role") == "group_leader") return "armed_group";
    return e.kind == "official" ? "gov" : "other";
  }
  static const char* const kKept[] = {"gov", "military", "police", "igo", "armed_group", "media", "ngo"};
  for (const char* k : kKept) {
    if (e.kind == k) return k;
  }
  return "other";
}

// Takes a count into an event's toll (killed or injured): a figure wins over a vague plural
// ("dozens", kept as a toll while events are found and given as unknown at the end), and a bigger
// count over a smaller one of the same kind.
void TakeToll(int* toll, bool* vague, int other, bool other_vague) {
  if (other < 0) return;
  if (*toll < 0 || (*vague && !other_vague) || (*vague == other_vague && other > *toll)) {
    *toll = other;
    *vague = other_vague;
  }
}

}  // namespace

struct EventExtractor::Candidate {
  uint32_t begin = 0, end = 0;  // match tokens
  EventActor actor;
  bool person = false;  // a PER mention
  bool guessed = false;  // a name outside the lexicon, of no known kind
  bool capital = false;  // a capital standing for its government (French, English)
};

bool IsForces(std::string_view kind) { return kind == "military" || kind == "police"; }

bool IsPassingCoordination(const Event& e) {
  return e.type == "COOPERATE" && (e.rule.ends_with(".coordination") || e.rule.ends_with(".tansiq"));
}

Result<std::unique_ptr<EventExtractor>> EventExtractor::Create(const std::string& data_dir, const Lexicon* entities) {
  const std::string dir = data_dir + "/events";
  Lexicon patterns, actors, negations;
  int n = 0;
  for (const auto& [path, lang] : LanguageFiles(dir, "patterns")) {
    Result<std::vector<WordListEntry>> rows = LoadWordList(path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      std::string where = path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() < 5) return Status::InvalidInput(where + "expected id, type, mode, voice, trigger[, contexts, flags]");
      const std::vector<std::string>& f = row.fields;
      if (!ValidType(f[1]) && f[1] != "-") return Status::InvalidInput(where + "unknown PLOVER type '" + f[1] + "'");
      if (f[3] != "auto" && f[3] != "active" && f[3] != "passive" && f[3] != "noun" && f[3] != "verb-first") {
        return Status::InvalidInput(where + "voice must be auto, active, passive, noun or verb-first");
      }
      Status s = patterns.AddPhrase("p" + std::to_string(n++), f[4], lang,
                         {{"rule", f[0]},
                          {"type", f[1]},
                          {"mode", f[2] == "-" ? "" : f[2]},
                          {"voice", f[3]},
                          {"contexts", f.size() > 5 && f[5] != "-" ? f[5] : ""},
                          {"flags", f.size() > 6 && f[6] != "-" ? f[6] : ""}});
      if (!s.ok()) return Status::InvalidInput(where + s.message());
    }
  }
  if (patterns.aliases().empty()) return Status::NotFound("no event patterns in " + dir);
  for (const auto& [path, lang] : LanguageFiles(dir, "actors")) {
    Result<std::vector<WordListEntry>> rows = LoadWordList(path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      std::string where = path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() < 3) return Status::InvalidInput(where + "expected words, kind, label");
      Status s = actors.AddPhrase("a" + std::to_string(n++), row.fields[0], lang,
                         {{"kind", row.fields[1]}, {"label", row.fields[2]}});
      if (!s.ok()) return Status::InvalidInput(where + s.message());
    }
  }
  for (const auto& [path, lang] : LanguageFiles(dir, "negation")) {
    Result<std::vector<WordListEntry>> rows = LoadWordList(path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      std::string where = path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() < 3) return Status::InvalidInput(where + "expected words, effect, scope");
      static const std::set<std::string> kEffects = {"negation", "modal",  "threat", "plan", "denial",
                                                     "question", "hearsay", "cause",  "charge", "object",
                                                     "past",     "period", "habit",  "goal",   "none",
                                                     "animal",   "target",   "breach"};
      if (!kEffects.count(row.fields[1])) return Status::InvalidInput(where + "unknown effect '" + row.fields[1] + "'");
      if (row.fields[2] != "before" && row.fields[2] != "around" && row.fields[2] != "sentence") {
        return Status::InvalidInput(where + "scope must be before, around or sentence");
      }
      std::string words = row.fields[0], second;
      if (row.fields[2] == "around") {
        // "ne pas": the first word before the trigger, the second between it and just after.
        size_t space = words.rfind(' ');
        if (space == std::string::npos) return Status::InvalidInput(where + "an 'around' entry needs two words");
        second = FoldString(words.substr(space + 1));
        words = words.substr(0, space);
      }
      Status s = negations.AddPhrase("n" + std::to_string(n++), words, lang,
                         {{"effect", row.fields[1]}, {"scope", row.fields[2]}, {"second", second}});
      if (!s.ok()) return Status::InvalidInput(where + s.message());
    }
  }
  Result<WordClasses> words = WordClasses::Load(dir);
  if (!words.ok()) return words.status();
  EntityMatcher::Options options;
  Result<EntityMatcher> pm = EntityMatcher::Build(patterns, options);
  if (!pm.ok()) return pm.status();
  Result<EntityMatcher> am = EntityMatcher::Build(actors, options);
  if (!am.ok()) return am.status();
  Result<EntityMatcher> nm = EntityMatcher::Build(negations, options);
  if (!nm.ok()) return nm.status();
  std::unique_ptr<EventExtractor> x(new EventExtractor(std::move(patterns), std::move(pm).value(), std::move(actors),
                                                       std::move(am).value(), std::move(negations),
                                                       std::move(nm).value(), std::move(words).value(), entities));
  if (entities != nullptr) x->national_army_ = entities->NationalArmies();
  for (const Entity& e : x->patterns_.entities()) {
    PatternInfo info;
    info.rule = std::string(e.Attribute("rule"));
    info.type = std::string(e.Attribute("type"));
    info.mode = std::string(e.Attribute("mode"));
    info.voice = std::string(e.Attribute("voice"));
    std::string_view c = e.Attribute("contexts");
    size_t pos = 0;
    while (pos < c.size()) {
      size_t comma = c.find(',', pos);
      if (comma == std::string_view::npos) comma = c.size();
      if (comma > pos) info.contexts.emplace_back(c.substr(pos, comma - pos));
      pos = comma + 1;
    }
    info.weak = e.Attribute("flags").find("weak") != std::string_view::npos;
    info.victim = e.Attribute("flags").find("victim") != std::string_view::npos;
    info.purpose = e.Attribute("flags").find("purpose") != std::string_view::npos;
    info.gift = e.Attribute("flags").find("gift") != std::string_view::npos;
    info.not_after_b = e.Attribute("flags").find("not_after_b") != std::string_view::npos;
    info.person = e.Attribute("flags").find("person") != std::string_view::npos;
    info.civil = e.Attribute("flags").find("civil") != std::string_view::npos;
    info.title = e.Attribute("flags").find("title") != std::string_view::npos;
    x->pattern_info_.push_back(std::move(info));
  }
  for (const Entity& e : x->actors_.entities()) x->actor_kind_.emplace_back(e.Attribute("kind"));
  for (const Entity& e : x->negations_.entities()) {
    x->negation_info_.push_back(
        {Name(e.Attribute("effect")), Name(e.Attribute("scope")), Name(e.Attribute("second"))});
  }
  for (const Alias& al : x->patterns_.aliases()) x->has_patterns_.insert(al.lang);
  std::string mappings = dir + "/mappings.tsv";
  Result<std::vector<WordListEntry>> rows = LoadWordList(mappings);
  if (!rows.ok()) return rows.status();
  for (const WordListEntry& row : *rows) {
    if (row.fields.size() < 4) {
      return Status::InvalidInput(mappings + ":" + std::to_string(row.line) + ": expected key, ACLED type, sub-type, CAMEO root");
    }
    x->mappings_.push_back({row.fields[0], {row.fields[1], row.fields[2], row.fields[3]}});
  }
  return x;
}

EventMapping EventExtractor::Map(const Event& e) const {
  // The most specific line: TYPE/mode/target-kind, TYPE/mode, TYPE//target-kind, TYPE.
  const std::string target = e.has_target ? e.target.kind : "";
  const std::string keys[] = {e.type + "/" + e.mode + "/" + target, e.type + "/" + e.mode, e.type + "//" + target,
                              e.type};
  for (const std::string& key : keys) {
    for (const auto& [k, m] : mappings_) {
      if (k == key) return m;
    }
  }
  return {};
}

void EventExtractor::Extract(const std::vector<MatchToken>& tokens, Analysis* a) {
  a->events.clear();
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  if (n == 0) return;
  pattern_matcher_.Match(*a, tokens, a->lang.code, &matches_);
  if (matches_.empty()) return;
  actor_matcher_.Match(*a, tokens, a->lang.code, &actor_matches_);
  negation_matcher_.Match(*a, tokens, a->lang.code, &negation_matches_);
  const std::string_view folded = a->folded.text;
  auto key = [&](uint32_t i) { return tokens[i].Key(folded); };
  // Is token i a word of class c (data/events/words.<lang>.tsv)? Each token's classes are looked
  // up once, when first asked.
  constexpr uint64_t kClassesKnown = uint64_t{1} << 63;
  const WordClasses::Language& lang_words = words_.ForLanguage(a->lang.code);
  token_classes_.assign(n, 0);
  auto in_class = [&](uint32_t i, WordClasses::Id c) {
    if (i >= n) return false;
    uint64_t& classes = token_classes_[i];
    if (!(classes & kClassesKnown)) classes = kClassesKnown | lang_words.ClassesOf(key(i));
    return ((classes >> c) & 1) != 0;
  };
  using W = WordClasses;

  // Sentence of each match token.
  std::vector<uint32_t> sentence_of(n, 0);
  {
    size_t s = 0;
    for (uint32_t i = 0; i < n; ++i) {
      while (s + 1 < a->sentences.size() && a->sentences[s].span.end <= tokens[i].start) ++s;
      sentence_of[i] = static_cast<uint32_t>(s);
    }
  }
  // The match token where a byte offset falls.
  auto token_at = [&](uint32_t byte) -> uint32_t {
    auto it = std::upper_bound(tokens.begin(), tokens.end(), byte,
                               [](uint32_t b, const MatchToken& t) { return b < t.start; });
    return it == tokens.begin() ? 0 : static_cast<uint32_t>(it - tokens.begin() - 1);
  };

  // The country of a group noun of forces, from the demonym or the country beside it: before it
  // in English ("Nigerian troops", "U.S. troops", "Chad army"), after it in French and Arabic
  // ("soldats maliens", "جنود نيجيريين").
  auto forces_country = [&](uint32_t begin, uint32_t end) -> std::string {
    const bool english = a->lang.code == "en";
    for (const DemonymMention& d : a->demonyms) {
      if (d.span.end <= d.span.start) continue;
      if (english ? token_at(d.span.end - 1) + 1 == begin : token_at(d.span.start) == end) return d.country;
    }
    if (!english || begin == 0) return "";
    for (const Mention& m : a->mentions) {
      if (m.type != MentionType::kLoc || m.span.end <= m.span.start || token_at(m.span.end - 1) + 1 != begin) continue;
      const int64_t lex = entities_->Find(m.entity);
      if (lex >= 0 && entities_->entities()[lex].kind == "country") return entities_->entities()[lex].country;
    }
    return "";
  };

  // The story's one focus country, if it has exactly one.
  const std::string* sole_focus = nullptr;
  for (const CountryScore& c : a->countries) {
    if (!c.focus) continue;
    if (sole_focus != nullptr) {
      sole_focus = nullptr;
      break;
    }
    sole_focus = &c.code;
  }
  std::vector<std::pair<Span, const Entity*>> bare_army;  // where a bare "the army" is named
  // The document's entities: kinds and countries.
  std::unordered_map<std::string_view, const DocEntity*> doc_entity;
  for (const DocEntity& e : a->entities) doc_entity.emplace(e.id, &e);
  // The branch of a global network ("org:islamic-state", "org:al-qaeda") the story names, its most
  // salient affiliate: the network acts through it (below).
  auto branch_of = [&](std::string_view network) -> const DocEntity* {
    const DocEntity* best = nullptr;
    if (entities_ == nullptr) return best;
    for (const DocEntity& d : a->entities) {
      if (d.type != MentionType::kOrg || d.kind != "armed_group" || d.id == network) continue;
      const int64_t k = entities_->Find(d.id);
      if (k < 0 || entities_->entities()[k].Attribute("affiliation") != network) continue;
      if (best == nullptr || d.salience > best->salience) best = &d;
    }
    return best;
  };
  // Actors, values and places of each sentence, in token order.
  std::vector<Candidate> candidates;
  struct Value {
    uint32_t begin;
    const Mention* m;
  };
  std::vector<Value> places, dates, counts;
  std::vector<uint8_t> covered(n, 0);
  for (const Mention& m : a->mentions) {
    uint32_t b = token_at(m.span.start), e = token_at(m.span.end > 0 ? m.span.end - 1 : 0) + 1;
    if (m.type != MentionType::kDate && m.type != MentionType::kQuantity) {
      for (uint32_t i = b; i < e && i < n; ++i) covered[i] = 1;  // a count may hold an actor: "12 soldats"
    }
    if (m.type == MentionType::kDate) {
      dates.push_back({b, &m});
      continue;
    }
    if (m.type == MentionType::kQuantity) {
      counts.push_back({b, &m});
      continue;
    }
    if (m.type == MentionType::kLoc) places.push_back({b, &m});
    int64_t lex = entities_->Find(m.entity);
    const Entity* le = lex >= 0 ? &entities_->entities()[lex] : nullptr;
    // French names a government by its capital ("Bamako accuse Alger", "Tunis et Tripoli
    // s'accordent"): a city listed in actors.fr.tsv as gov acts in diplomacy, never in force.
    bool capital = false;
    if (m.type == MentionType::kLoc && (le == nullptr || le->kind != "country")) {
      if (a->lang.code == "fr" || a->lang.code == "en") {
        const std::string_view written = a->Slice(m.span);
        const bool shouted = std::none_of(written.begin(), written.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        // "Kinshasa : ...", a dateline; in English also "Kinshasa - ...", "Kinshasa, Dec 3", a
        // city named before a comma, and a name it opens ("Nairobi-based", "Washington Post").
        const bool label = e < n && (key(e) == ":" || key(e) == "(" ||
                                     (a->lang.code == "en" && (key(e) == "-" || key(e) == "," || key(e) == "'s" ||
                                                               key(e) == "'" || tokens[e].capitalized ||
                                                               (m.span.end < a->text.size() && a->text[m.span.end] == '-'))));
        // Part of a name, a place's complement or the city itself: "l'accord de Paris", "le Real
        // Madrid", "la conférence de Berlin", "dans la capitale Khartoum"; English "the mayor of
        // Kinshasa", "flew from Kigali to", "the capital Khartoum", "Greater Cairo".
        const bool named = b > 0 && (key(b - 1) == "de" || key(b - 1) == "d'" || key(b - 1) == "du" ||
                                     key(b - 1) == "des" || key(b - 1) == "capitale" || tokens[b - 1].capitalized ||
                                     (a->lang.code == "en" &&
                                      (key(b - 1) == "of" || key(b - 1) == "from" || key(b - 1) == "to" ||
                                       key(b - 1) == "capital" || key(b - 1) == "the" || key(b - 1) == "via" ||
                                       key(b - 1) == "outside" || key(b - 1) == "around" || key(b - 1) == "on")));
        // English writes a city before a noun it qualifies ("a Nairobi studio", "Niamey residents"):
        // there the capital acts only right before a verb of the patterns, an auxiliary or "and", or
        // as the object right after a trigger ("accuses Kigali") or "with", "and", "between".
        bool acts = a->lang.code != "en";
        auto is_any = [&](uint32_t i, std::initializer_list<std::string_view> words) {
          return std::find(words.begin(), words.end(), key(i)) != words.end();
        };
        if (!acts) {
          acts = e >= n || sentence_of[e] != sentence_of[b] ||
                 is_any(e, {"and", "has", "have", "had", "is", "was", "will", "would", "says", "said", "also", "on",
                            "."});
          acts = acts || (b > 0 && is_any(b - 1, {"and", "with", "between", "against"}));
          // Before a noun of the patterns it qualifies it ("the 1996 Abuja accord").
          for (const LexiconMatch& pm : matches_) {
            acts = acts || (pm.begin == e && pattern_info_[patterns_.aliases()[pm.alias].entity].voice != "noun") ||
                   (pm.end == b && b > 0);
          }
        }
        for (const LexiconMatch& am : actor_matches_) {
          capital = capital || (am.begin == b && am.end == e && !shouted && !label && !named && acts &&
                                actor_kind_[actors_.aliases()[am.alias].entity] == "gov");
        }
      }
      if (!capital) continue;
    }
    // A country after a preposition of place is where, not who: "au Mali", "in Nigeria", "في
    // مالي", "بنيجيريا", "شمال نيجيريا".
    if (m.type == MentionType::kLoc) {
      bool where = b < n && m.span.start > tokens[b].start;  // a proclitic: ب, ل, و...
      if (b > 0) {
        std::string_view k = tokens[b - 1].Key(a->folded.text);
        static constexpr std::string_view kPlaceWords[] = {
            "a", "au", "aux", "en", "dans", "vers", "in", "at", "across", "near", "into", "throughout",
            "\xD9\x81\xD9\x8A" /* في */, "\xD8\xB4\xD9\x85\xD8\xA7\xD9\x84" /* شمال */,
            "\xD8\xAC\xD9\x86\xD9\x88\xD8\xA8" /* جنوب */, "\xD8\xB4\xD8\xB1\xD9\x82" /* شرق */,
            "\xD8\xBA\xD8\xB1\xD8\xA8" /* غرب */, "\xD9\x88\xD8\xB3\xD8\xB7" /* وسط */,
            "\xD8\xAF\xD8\xA7\xD8\xAE\xD9\x84" /* داخل */};
        for (std::string_view w : kPlaceWords) where = where || k == w;
      }
      if (where) continue;
      // A headline's label before its colon ("Kenya: two jailed for life over...") says where the
      // news is, not who acts in it. In French and Arabic it still stands for its state's justice
      // or government ("Togo : huit accusés condamnés", "تونس: أحكام بالسجن") unless a named body
      // or person (an ORG or PER mention) opens what follows the colon ("Mali : le JNIM menace...").
      if (m.span.end <= a->body_start && e < n && key(e) == ":") {
        if (a->lang.code == "en") continue;
        const uint32_t after = e + 1 < n && (key(e + 1) == "le" || key(e + 1) == "la" || key(e + 1) == "les" ||
                                             key(e + 1) == "l'") ? e + 2 : e + 1;
        bool named_next = false;
        for (const Mention& o : a->mentions) {
          named_next = named_next || ((o.type == MentionType::kOrg || o.type == MentionType::kPer) &&
                                      after < n && o.span.start <= tokens[after].start && o.span.end > tokens[after].start);
        }
        if (named_next) continue;
      }
    }
    // An Arabic name inside the dateline ("مقديشو (وكالة الأنباء الصومالية) -", "تونس (وات) -") says
    // where and by whom the report was filed: no actor of the story (q15-ar; French and English
    // headlines lean on the dateline's country in ways not measured here).
    if (a->lang.code == "ar" && a->dateline && m.span.start >= a->dateline->whole.start &&
        m.span.end <= a->dateline->whole.end) {
      continue;
    }
    Candidate c;
    c.begin = b;
    c.end = e;
    c.actor.entity = m.entity;
    c.actor.span = m.span;
    auto de = doc_entity.find(m.entity);
    c.actor.name = de != doc_entity.end() ? de->second->name : std::string(a->Slice(m.span));
    if (le != nullptr) {
      c.actor.kind = ActorKindOf(*le);
      c.actor.country = le->country;
    } else if (de != doc_entity.end()) {
      const std::string& k = de->second->kind;
      c.actor.kind = (k == "military" || k == "police" || k == "gov" || k == "igo" || k == "armed_group") ? k
                     : k == "official"                                                             ? "gov"
                                                                                                   : "other";
      c.actor.country = de->second->country;
    } else {
      c.actor.kind = "other";
    }
    c.person = m.type == MentionType::kPer;
    // "Islamic State fighters raid village" in a story of the Islamic State's Mozambique province:
    // the network named acts through its branch, from the start, so that the act told again with
    // the branch's name is one event.
    if (m.entity == "org:islamic-state" || m.entity == "org:al-qaeda") {
      if (const DocEntity* b = branch_of(m.entity); b != nullptr) {
        c.actor.entity = b->id;
        c.actor.name = b->name;
        c.actor.country = b->country;
      }
    }
    if (capital) {
      // The state the capital stands for ("Maputo demande" is Mozambique's government): its id
      // is the country's, its name the capital's as written.
      c.actor.kind = "gov";
      c.actor.entity = c.actor.country.empty() ? std::string() : "country:" + c.actor.country;
      c.capital = true;
    }
    c.guessed = le == nullptr && c.actor.kind == "other";
    if (c.guessed && !c.person) {
      // A body the lexicon does not know is what its head word says: "chambre criminelle
      // spécialisée dans les affaires de terrorisme" is a court, "Nigeria Computer Emergency
      // Response Team" an agency.
      for (const LexiconMatch& am : actor_matches_) {
        if (am.begin >= b && am.end <= e) {
          const std::string& k = actor_kind_[actors_.aliases()[am.alias].entity];
          if (k == "gov" || k == "military" || k == "police" || k == "igo" || k == "armed_group" || k == "media") {
            c.actor.kind = k;
            break;
          }
        }
      }
      // A named military operation the lexicon does not know ("troops of Operation Fansan Yamma
      // killed 11 bandits", "Operation Hadin Kai", "l'opération Barkhane") is the forces that
      // carry it out.
      if (c.actor.kind == "other" && e > b + 1 && tokens[b].Key(a->folded.text) == "operation") c.actor.kind = "military";
    }
    // In a sport story, a name right after a word of a team's staff, players or fans ("مدرب الجيش
    // الملكي", "لاعبو اتحاد الشرطة", "جماهير الجيش") is a club named like the army or the police: a
    // club, no actor of the news (the events stage drops what clubs do; q16-ar).
    if (a->lang.code == "ar" && b > 0 && m.type == MentionType::kOrg &&
        std::find(a->topics.begin(), a->topics.end(), "sport") != a->topics.end()) {
      std::string_view prev = key(b - 1);
      if (prev.size() > 2 && prev.starts_with("\xD9\x88" /* و */)) prev.remove_prefix(2);
      if (lang_words.Has(prev, W::kSportPeople)) c.actor.kind = "club";
    }
    candidates.push_back(std::move(c));
  }
  for (const LexiconMatch& m : actor_matches_) {
    bool taken = false;
    for (uint32_t i = m.begin; i < m.end; ++i) taken = taken || covered[i];
    if (taken) continue;
    // An English capital names its government only as a place mention read above (a dateline's
    // "NIAMEY, Sept 8 -" is none).
    if (a->lang.code == "en" && m.stop > m.start && std::isupper(static_cast<unsigned char>(a->text[m.start])) &&
        actors_.entities()[actors_.aliases()[m.alias].entity].Attribute("label").ends_with(" government")) {
      continue;
    }
    Candidate c;
    c.begin = m.begin;
    c.end = m.end;
    c.actor.kind = actor_kind_[actors_.aliases()[m.alias].entity];
    c.actor.name = std::string(std::string_view(a->text).substr(m.start, m.stop - m.start));
    c.actor.span = {m.start, m.stop};
    if (IsForces(c.actor.kind)) c.actor.country = forces_country(m.begin, m.end);
    // The army, troops or soldiers named with their country ("the Nigerian army", "Nigerian
    // troops", "soldats tchadiens", "الجيش المصري") are its national army: the lexicon's entry for
    // it. Not a bare "the army" (an exhibition's battles, a neighbour's army): no country said.
    if (c.actor.kind == "military") {
      const std::string_view label = actors_.entities()[actors_.aliases()[m.alias].entity].Attribute("label");
      // A bare "the army" in a story about one country is that country's army ("Tchad : l'armée
      // dit avoir tué...", "الجيش" in a Sudanese story); with two focus countries or none, it
      // stays unnamed. It is named so once the events are read (below): the reading itself, and
      // which events are one, stay those of an unnamed army.
      if (c.actor.country.empty() && label == "army" && sole_focus != nullptr) {
        if (auto army = national_army_.find(*sole_focus); army != national_army_.end()) {
          bare_army.emplace_back(c.actor.span, &entities_->entities()[army->second]);
        }
      }
      auto army = national_army_.find(c.actor.country);
      if ((label == "army" || label == "troops" || label == "soldiers") && army != national_army_.end()) {
        const Entity& listed = entities_->entities()[army->second];
        c.actor.entity = listed.id;
        c.actor.name = listed.name;
      }
    }
    candidates.push_back(std::move(c));
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) { return x.begin < y.begin; });
  // One actor named twice in a row is one: "Bureau des Nations Unies de lutte contre le
  // terrorisme (ONUCT)".
  {
    std::vector<Candidate> merged;
    for (Candidate& c : candidates) {
      if (!merged.empty() && !c.actor.entity.empty() && merged.back().actor.entity == c.actor.entity &&
          c.begin >= merged.back().end && c.begin - merged.back().end <= 2) {
        merged.back().end = c.end;
        continue;
      }
      merged.push_back(std::move(c));
    }
    candidates = std::move(merged);
  }
  // A person named with the office he holds is that office acting: "Babagana Zulum, the state
  // governor, visited", "le porte-parole de l'armée, Marc Elongo", "Borno police spokesman
  // Yusuf Lawan". The role right before the name, or after it and a comma, joins the name.
  {
    auto role = [](const Candidate& c) {
      const Name& k = c.actor.kind;
      return c.actor.entity.empty() && (k == "gov" || k == "military" || k == "police" || k == "igo");
    };
    std::vector<bool> gone(candidates.size(), false);
    for (size_t i = 0; i < candidates.size(); ++i) {
      Candidate& c = candidates[i];
      if (!c.person) continue;
      // A name the lexicon knows keeps its kind; the office joins it all the same (one actor).
      const bool unknown = c.actor.kind == "other";
      // "le directeur général du GIABA, M. Emmanuel Tetteh-Mensah", "the head of operations at
      // INTERPOL, Marco Ferretti": a person named right after a body and a comma speaks for it.
      if (unknown && i > 0 && !gone[i - 1] && !candidates[i - 1].person && !candidates[i - 1].actor.entity.empty() &&
          c.begin >= candidates[i - 1].end && c.begin - candidates[i - 1].end <= 3 &&
          sentence_of[candidates[i - 1].begin] == sentence_of[c.begin] && candidates[i - 1].end < n &&
          key(candidates[i - 1].end) == ",") {
        const Name& k = candidates[i - 1].actor.kind;
        if (k == "gov" || k == "igo" || k == "military" || k == "police" || k == "ngo") {
          c.actor.kind = k;
          continue;
        }
      }
      // English "WFP country director Pierre Honnorat", "UNHCR spokeswoman Olga Sarrado": a body,
      // its title in lower-case words, then the name: the person speaks for the body.
      if (unknown && a->lang.code == "en" && i > 0 && !gone[i - 1] && !candidates[i - 1].person &&
          !candidates[i - 1].actor.entity.empty() && candidates[i - 1].actor.entity.rfind("country:", 0) != 0 &&
          c.begin > candidates[i - 1].end && c.begin - candidates[i - 1].end <= 3 &&
          sentence_of[candidates[i - 1].begin] == sentence_of[c.begin]) {
        // (A country before a title is a nationality: "US artistic swimmer Anita Alvarez".)
        const Name& k = candidates[i - 1].actor.kind;
        bool title = k == "gov" || k == "igo" || k == "military" || k == "police" || k == "ngo";
        for (uint32_t t = candidates[i - 1].end; t < c.begin && title; ++t) {
          const std::string_view w = key(t);
          const size_t at = tokens[t].start;
          title = !w.empty() && at < a->text.size() && std::islower(static_cast<unsigned char>(a->text[at])) &&
                  w != "said" && w != "says" && w != "told" && w != "and" && w != "of" && w != "the" && w != "in" &&
                  w != "on" && w != "by" && w != "with" && w != "to" && w != "for" && w != "from" && w != "at" &&
                  w != "a" && w != "an" && w != "as" && w != "that" && w != "who" && w != "which" && w != "also";
        }
        if (title) {
          c.actor.kind = k;
          continue;
        }
      }
      if (i > 0 && !gone[i - 1] && role(candidates[i - 1]) && c.begin >= candidates[i - 1].end &&
          c.begin - candidates[i - 1].end <= 1 && sentence_of[candidates[i - 1].begin] == sentence_of[c.begin]) {
        if (unknown) c.actor.kind = candidates[i - 1].actor.kind;
        gone[i - 1] = true;
      } else if (unknown && i + 1 < candidates.size() && role(candidates[i + 1]) && c.end < n && key(c.end) == "," &&
                 candidates[i + 1].begin > c.end && candidates[i + 1].begin - c.end <= 5 &&
                 sentence_of[candidates[i + 1].begin] == sentence_of[c.begin]) {
        bool clause = false;  // no other comma between: "X, the state governor"
        for (uint32_t t = c.end + 1; t < candidates[i + 1].begin; ++t) clause = clause || key(t) == ",";
        if (!clause) {
          c.actor.kind = candidates[i + 1].actor.kind;
          c.end = candidates[i + 1].end;
          gone[i + 1] = true;
        }
      }
    }
    std::vector<Candidate> kept;
    for (size_t i = 0; i < candidates.size(); ++i) {
      if (!gone[i]) kept.push_back(std::move(candidates[i]));
    }
    candidates = std::move(kept);
  }

  auto in_sentence = [&](uint32_t token, uint32_t s) { return token < n && sentence_of[token] == s; };
  auto is_any = [&](uint32_t i, std::initializer_list<std::string_view> words) {
    if (i >= n) return false;
    std::string_view k = key(i);
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return k == w; });
  };
  // A count of people: digits, or a number word ("three", "dozens", "hundreds").
  auto counted = [&](uint32_t i) {
    if (i >= n) return false;
    const std::string_view k = key(i);
    return (!k.empty() && std::all_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; })) ||
           in_class(i, W::kCountWords);
  };
  // Does a word of `words` stand in [from, to) of sentence s?
  auto word_between = [&](uint32_t from, uint32_t to, uint32_t s, std::initializer_list<std::string_view> words) {
    for (uint32_t i = from; i < to && i < n; ++i) {
      if (in_sentence(i, s) && is_any(i, words)) return true;
    }
    return false;
  };
  auto class_between = [&](uint32_t from, uint32_t to, uint32_t s, WordClasses::Id c) {
    for (uint32_t i = from; i < to && i < n; ++i) {
      if (in_sentence(i, s) && in_class(i, c)) return true;
    }
    return false;
  };
  // Conjunctions that open another clause ("... killed when M23 rebels and militiamen fought").
  const std::initializer_list<std::string_view> kSubordinators = {
      "as", "while", "when", "because", "since", "whereas", "although", "tandis", "lorsque", "parce"};
  // A comma, semicolon or colon, or a relative or interrogative word, between two tokens ends
  // the clause ("it was not clear who carried out the attack").
  auto clause_break = [&](uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to && i < n; ++i) {
      std::string_view k = key(i);
      if (k == "," || k == ";" || k == ":" || k == "\xD8\x8C" /* ، */ || k == "\xD8\x9B" /* ؛ */) return true;
      if (is_any(i, {"who", "which", "that", "whether", "qui", "que", "qu'", "dont", "lequel", "laquelle",
                     "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" /* الذي */, "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" /* التي */})) {
        return true;
      }
    }
    return false;
  };
  auto semicolon_between = [&](uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to && i < n; ++i) {
      if (key(i) == ";" || key(i) == "\xD8\x9B" /* ؛ */) return true;
    }
    return false;
  };
  // The English or French relative pronoun that opens the clause holding token `at` ("Al-Shabaab,
  // which has fought the government for two decades, ..."), read back to the clause's comma
  // (`reach` words at most); 0 when the clause opens with none.
  auto relative_opener = [&](uint32_t at, uint32_t s, uint32_t reach) -> uint32_t {
    for (uint32_t i = at; i > 0 && at - i < reach && in_sentence(i - 1, s); --i) {
      if (is_any(i - 1, {"which", "who", "qui"})) return i - 1;
      if (is_any(i - 1, {",", ";", ":"})) break;
    }
    return 0;
  };
  // "par", "by", "de", "of", "من قبل", "على يد" before an actor: the one who did it.
  auto agent_marker = [&](uint32_t i) {
    return is_any(i, {"par", "by", "de", "d'", "du", "des", "of", "\xD9\x82\xD8\xA8\xD9\x84" /* قبل */,
                      "\xD9\x8A\xD8\xAF" /* يد */});
  };

  // Fighting words whose two sides fight each other: "clashed", "affrontements", "اشتباكات".
  auto reciprocal = [&](const LexiconMatch& m) {
    for (uint32_t i = m.begin; i < m.end && i < n; ++i) {
      std::string_view k = key(i);
      for (const std::string& w : lang_words.words(W::kFightStems)) {
        if (k.find(w) != std::string_view::npos) return true;
      }
    }
    return false;
  };
  // Two actors of a sentence joined as one subject: "X et les Y", "X and Y", "X وY", or past an
  // apposition ("X, deployed in 2021, and the Y").
  auto joined = [&](const Candidate* x0, const Candidate* y, uint32_t s) {
    if (y->begin < x0->end) return false;
    // "Forces armées de la RDC (FARDC) et ...": past the closing parenthesis of an acronym.
    Candidate closed;
    const Candidate* x = x0;
    if (x0->end < y->begin && key(x0->end) == ")") {
      closed = *x0;
      closed.end = x0->end + 1;
      x = &closed;
    }
    if (y->begin == x->end) {
      return a->lang.code == "ar" && y->actor.span.start > tokens[y->begin].start &&
             a->text.compare(tokens[y->begin].start, 2, "\xD9\x88") == 0;
    }
    uint32_t i = y->begin;
    if (i > x->end && is_any(i - 1, {"the", "le", "la", "les", "l'"})) --i;
    // "X et leurs alliés de l'armée ougandaise", "X and its partners from Y".
    if (i > x->end + 2 && is_any(i - 1, {"de", "du", "des", "d'", "of", "from"}) &&
        in_class(i - 2, W::kAllies)) {
      uint32_t j = i - 2;
      if (j > x->end && is_any(j - 1, {"their", "its", "his", "leurs", "leur", "ses", "son", "sa"})) --j;
      return j > x->end && is_any(j - 1, {"and", "et"}) && j - 1 == x->end;
    }
    if (i == x->end || !is_any(i - 1, {"and", "et", "\xD9\x88"})) return false;
    if (i - 1 == x->end) return true;  // "X and Y"
    // An apposition closed by a comma before "and": "X, deployed ..., and the Y".
    if (!(i - 1 > x->end + 1 && key(i - 2) == "," && key(x->end) == "," && i - x->end <= 16)) return false;
    for (uint32_t t = x->end + 1; t + 2 < i; ++t) {
      if (key(t) == "," || key(t) == ";" || key(t) == ":") return false;
    }
    return in_sentence(y->begin, s);
  };
  // Armed men or forces somewhere in the story: an attack with no attacker named may be theirs.
  const bool armed_story =
      std::any_of(a->entities.begin(), a->entities.end(),
                  [](const DocEntity& e) { return IsForces(e.kind) || e.kind == "armed_group"; }) ||
      std::any_of(candidates.begin(), candidates.end(),
                  [](const Candidate& c) { return IsForces(c.actor.kind) || c.actor.kind == "armed_group"; });
  // The state forces the story is most about: who sweeps or deploys when the sentence does not say.
  const DocEntity* forces = nullptr;
  for (const DocEntity& e : a->entities) {
    if (IsForces(e.kind) && (forces == nullptr || e.salience > forces->salience)) forces = &e;
  }
  // Of the French patterns a match stands for, the one written as the text is: "frappes"
  // (strikes) and "frappés" (struck) fold alike.
  auto written_as = [&](const LexiconMatch& m) -> uint32_t {
    if (m.also.empty() || a->lang.code != "fr") return m.alias;
    const std::string_view text = std::string_view(a->text).substr(m.start, m.stop - m.start);
    auto same = [&](const std::string& form) {
      if (form.size() != text.size()) return false;
      for (size_t i = 0; i < form.size(); ++i) {
        unsigned char x = static_cast<unsigned char>(form[i]), y = static_cast<unsigned char>(text[i]);
        if (x < 0x80 && y < 0x80 ? std::tolower(x) != std::tolower(y) : x != y) return false;
      }
      return true;
    };
    if (same(patterns_.aliases()[m.alias].text)) return m.alias;
    for (uint32_t other : m.also) {
      if (same(patterns_.aliases()[other].text)) return other;
    }
    return m.alias;
  };
  // A word of class c (goods, materiel...) within ten tokens after `from`, in its sentence and clause, with a
  // proclitic or the article at most before it: what a verb of giving or handing over gives
  // ("قدمت ... 2.2 مليون جرعة", "سلم ... شحنة من العربات المدرعة").
  auto said_after = [&](uint32_t from, uint32_t s, WordClasses::Id c) {
    for (uint32_t i = from; i < from + 10 && in_sentence(i, s); ++i) {
      if (is_any(i, {".", ";"})) break;
      const std::string_view k = key(i);
      for (std::string_view w : lang_words.words(c)) {
        if (k == w || (k.size() > w.size() && k.size() - w.size() <= 4 && k.ends_with(w))) return true;
      }
    }
    return false;
  };
  // Goods given as aid (class goods): what a verb of giving or of handing over gives ("shipped
  // 200,000 vaccine doses", "handed over 30 armoured vehicles") or what was delivered ("50,000
  // doses ... were delivered"). Not "aid": said_after takes suffixes for Arabic proclitics, and
  // "said" ends in it. The goods relief is counted in or made of (relief_goods: "450 tonnes of
  // maize meal", "2,000 knapsack sprayers") are read as whole words only (said_after's suffixes
  // would find "rice" in "price" and "tents" in "contents").
  auto goods_after = [&](uint32_t from, uint32_t s) {
    if (said_after(from, s, W::kGoods)) return true;
    for (uint32_t i = from; i < from + 10 && in_sentence(i, s); ++i) {
      if (is_any(i, {".", ";"})) break;
      if (in_class(i, W::kReliefGoods)) return true;
    }
    return false;
  };
  // Has the text told a kidnapping or a release so far? Then people handed over are the freed
  // hostages ("Lucia Ferri and Marco Bellandi were handed over to Malian officials near Gao"), no
  // extradition.
  auto hostage_story = [&] {
    return std::any_of(a->events.begin(), a->events.end(), [](const Event& e) {
      return (e.type == "ASSAULT" && e.mode == "abduct") || (e.type == "CONCEDE" && e.mode == "release");
    });
  };
  // An Arabic lead that tells its meeting as planned ("من المقرر أن تعقد اللجنة ... اجتماعا ... الأحد
  // المقبل") makes the headline's meeting ("اللجنة ... تجتمع الأحد في سرت لبحث ...") a plan too (below).
  uint32_t lead_sentence = UINT32_MAX;
  for (uint32_t i = 0; i < n; ++i) {
    if (tokens[i].start >= a->body_start) {
      lead_sentence = sentence_of[i];
      break;
    }
  }
  bool lead_planned_meeting = false;
  for (const LexiconMatch& m : matches_) {
    const PatternInfo& pattern = pattern_info_[patterns_.aliases()[written_as(m)].entity];
    if (pattern.type == "-") continue;  // a longer phrase that is no event ("عناصر دعم")
    // A verb takes no article: "مراسم التسلم" (the handover ceremony) holds no "تسلم" (hands
    // over), "الاعتداء" no "اعتدى". The matcher tries Arabic words without their article; a verb
    // trigger found that way is a noun of the text.
    if (pattern.voice != "noun" && m.start >= tokens[m.begin].start + 4 &&
        a->text.substr(m.start - 4, 4) == "\xD8\xA7\xD9\x84" /* ال */) {
      continue;
    }
    // A form that is another word with ب before it (flag not_after_b): "حث" (urged) is "بحث"
    // (discussed, a search) once the matcher takes ب off as a proclitic; "وحث", "فحث" urge.
    auto behind_b = [&](const LexiconMatch& o, const PatternInfo& p) {
      return p.not_after_b && o.start >= tokens[o.begin].start + 2 &&
             a->text.compare(o.start - 2, 2, "\xD8\xA8" /* ب */) == 0;
    };
    if (behind_b(m, pattern)) continue;
    // An English participle joined by a hyphen to a name before it is an adjective: "Japan-funded
    // food assistance", "a UN-backed government", "the Saudi-led coalition" describe the noun and
    // tell no act of their own ("counter-attacked", "re-arrested" keep their verb).
    if (a->lang.code == "en" && pattern.voice != "noun" && m.start >= 3 && a->text[m.start - 1] == '-') {
      uint32_t w = m.start - 1;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(a->text[w - 1]))) --w;
      const std::string_view name = std::string_view(a->text).substr(w, m.start - 1 - w);
      if (!name.empty() && std::isupper(static_cast<unsigned char>(name[0])) &&
          name != "Counter" && name != "Re" && name != "Co" && name != "Pre" && name != "Self" && name != "Cross" &&
          name != "Non" && name != "Over" && name != "Under" && name != "Mis" && name != "Out") {
        continue;
      }
    }
    // Headline journalese (flag title: "slay", "nab", "quizzed") is an event only in the headline;
    // in the body "slay" is a dragon's and "quizzed" a quiz show's.
    if (pattern.title && m.start >= a->body_start) continue;
    const uint32_t s = sentence_of[m.begin];
    // What حث (urged) asks for comes after على ("وحث الحاكم الأهالي على التعاون مع قوات الأمن"),
    // as a call's content after إلى: not done yet, no event of its own.
    if (a->lang.code == "ar" && m.begin > 0 && is_any(m.begin - 1, {"\xD8\xB9\xD9\x84\xD9\x8A" /* على */})) {
      bool urged = false;
      for (const LexiconMatch& o : matches_) {
        if (o.end > m.begin || sentence_of[o.begin] != s || m.begin - o.end > 10) continue;
        const PatternInfo& p = pattern_info_[patterns_.aliases()[written_as(o)].entity];
        const bool bare = !behind_b(o, p);
        const bool hath = p.type == "REQUEST" && std::string_view(a->text).substr(o.start, o.stop - o.start).find(
                                                     "\xD8\xAD\xD8\xAB" /* حث */) != std::string_view::npos;
        urged = urged || (hath && bare && !clause_break(o.end, m.begin));
      }
      if (urged) continue;
    }
    Event ev;
    ev.type = pattern.type;
    ev.mode = pattern.mode;
    ev.rule = pattern.rule;
    ev.trigger = {m.start, m.stop};
    ev.sentence = a->sentences.empty() ? Span{0, static_cast<uint32_t>(a->text.size())} : a->sentences[s].span;
    // What a signed agreement provides for ("signed a memorandum of understanding to share
    // intelligence", "signed an agreement on Wednesday to step up intelligence sharing") is its
    // content, not done yet: a trigger after "to" (or "on", "for") in the clause of an earlier AGREE.
    if (a->lang.code == "en" && ev.type != "AGREE") {
      bool to_before = false;
      for (uint32_t j = m.begin; j > 0 && m.begin - j < 3 && in_sentence(j - 1, s); --j) {
        // Also what it is "on" or "for": "signed a memorandum of understanding on joint patrols".
        if (is_any(j - 1, {"to", "on", "for"})) {
          to_before = true;
          break;
        }
        if (is_any(j - 1, {",", ";", ":"})) break;
      }
      if (to_before && std::any_of(a->events.begin(), a->events.end(), [&](const Event& k) {
            return k.type == "AGREE" && k.sentence.start == ev.sentence.start && k.trigger.end <= m.start &&
                   !clause_break(token_at(k.trigger.end > 0 ? k.trigger.end - 1 : 0), m.begin);
          })) {
        continue;
      }
    }
    // An English operation, raid or crackdown that "targeted" something is the operation the
    // sentence or the story already tells (a forces' assault, a police sweep), no attack of its
    // own by an unnamed group: "The operation targeted traders who...", "the operation, which ran
    // from Wednesday to Friday, targeted terrorist hideouts" (past a relative clause in commas).
    if (a->lang.code == "en" && ev.type == "ASSAULT" && pattern.weak && pattern.voice == "auto" && m.begin > 0) {
      uint32_t head = m.begin - 1;
      if (is_any(head, {","}) && head > 0) {
        uint32_t j = head;
        while (j > 0 && m.begin - j < 16 && in_sentence(j - 1, s) && !is_any(j - 1, {",", ";", ":"})) --j;
        head = j > 1 && is_any(j - 1, {","}) && in_sentence(j - 2, s) ? j - 2 : head;
      }
      if (in_sentence(head, s) && in_class(head, W::kOperationNouns)) continue;
    }
    // An English participle of abduction between a count or a determiner and a noun, as the object
    // of an act the sentence told before it, is an adjective ("Troops rescued 12 kidnapped pupils",
    // "police freed the abducted girls"): it recalls a kidnapping, which the story tells in its
    // own sentence if at all, and the rescuers did not abduct anyone. ("A kidnapped diplomat has
    // been freed" keeps it: the kidnapping the release undoes.)
    if (a->lang.code == "en" && ev.type == "ASSAULT" && ev.mode == "abduct" && pattern.voice == "auto" && m.begin > 0 &&
        m.end < n && in_sentence(m.end, s)) {
      const std::string_view before = key(m.begin - 1);
      const bool count = !before.empty() && std::isdigit(static_cast<unsigned char>(before[0]));
      const std::string_view next = key(m.end);
      const bool noun_next = !next.empty() && std::isalpha(static_cast<unsigned char>(next[0])) &&
                             !is_any(m.end, {"by", "in", "at", "on", "as", "after", "near", "from", "to", "and", "or",
                                             "during", "while", "since", "last", "this", "early", "late", "overnight"});
      // A verb of freeing a few words before counts as that act even when no pattern reads it (a
      // headline's present "Police free 12 abducted bus passengers").
      const bool freeing_verb =
          class_between(m.begin >= 4 ? m.begin - 4 : 0, m.begin, s, W::kReleaseVerbs);
      if (noun_next && (count || is_any(m.begin - 1, {"the", "a", "an", "of", "these", "those", "their", "other"})) &&
          (freeing_verb || std::any_of(a->events.begin(), a->events.end(), [&](const Event& k) {
             return k.sentence.start == ev.sentence.start && k.trigger.end <= m.start;
           }))) {
        continue;
      }
    }
    // English training told of an armed group's own men ("two of the men were al-Shabaab members
    // trained in bomb-making", "a video shows boy fighters training in eastern Congo") is what the
    // group is and does, no aid given: the group's name or its fighters stand right before the
    // participle, with no auxiliary between (a passive "were trained by" keeps its trainer).
    if (a->lang.code == "en" && ev.type == "AID" && ev.mode == "training" && pattern.voice == "auto" && m.begin > 0 &&
        !is_any(m.begin - 1, {"was", "were", "been", "be", "being", "is", "are", "has", "have", "had", "and", ","}) &&
        std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
          return c.actor.kind == "armed_group" && c.end <= m.begin && c.end + 2 >= m.begin && in_sentence(c.begin, s);
        })) {
      continue;
    }
    // An English ban or curfew that people defy is what they defy, no coercion the story tells
    // ("opened their shops in defiance of a state ban", "defying the curfew"; q15-encat): "defiance
    // of", "defying", "defied" or "defy" within four words before the noun, in its clause.
    if (a->lang.code == "en" && ev.type == "COERCE" && pattern.voice == "noun" && m.begin > 0) {
      bool defied = false;
      for (uint32_t i = m.begin >= 4 ? m.begin - 4 : 0; i < m.begin; ++i) {
        defied = defied || (in_sentence(i, s) && !clause_break(i, m.begin) &&
                            in_class(i, W::kDefiance));
      }
      if (defied) continue;
    }
    // English aid named after "for" is sought, not given: "have turned to Russia for military
    // support", "asked donors for assistance" (thanks "for" it are the SUPPORT).
    if (a->lang.code == "en" && ev.type == "AID" && pattern.voice == "noun" && m.begin > 0 &&
        (is_any(m.begin - 1, {"for"}) ||
         (m.begin > 1 && is_any(m.begin - 2, {"for"}) && is_any(m.begin - 1, {"more", "further", "its", "their"})))) {
      continue;
    }
    // "three weeks after the attack.", "since the kidnapping,": a bare noun after a word of time
    // and "the", with nothing of its own after it, points back to what the story told before.
    if (a->lang.code == "en" && pattern.voice == "noun" && (ev.type == "ASSAULT" || ev.type == "COERCE") &&
        m.begin >= 2 && is_any(m.begin - 1, {"the"}) &&
        (is_any(m.begin - 2, {"after", "following", "since", "before"}) ||
         // ... and so does one that someone comments on or gives details about ("Al-Shabaab did not
         // comment on the raid.", "gave no details about the attack"): the speaker is no attacker.
         (m.begin >= 3 && is_any(m.begin - 2, {"on", "about"}) &&
          in_class(m.begin - 3, W::kCommentNouns))) &&
        (m.end >= n || !in_sentence(m.end, s) || is_any(m.end, {",", ".", ";", "and"})) &&
        std::any_of(a->events.begin(), a->events.end(),
                    [&](const Event& k) { return k.type == ev.type && k.sentence.end <= ev.sentence.start; })) {
      continue;
    }

    // A sentence's penalty ("à vingt ans de prison", "to death", "بالسجن", "بالإعدام"): a court's
    // "condamner X à", "condemned X to", "أدان ... بالسجن" is a verdict, not a condemnation, and
    // the death it sentences to is no execution.
    auto penalty_at = [&](uint32_t i) {
      if (i >= n) return false;
      return in_class(i, W::kPenalties);
    };
    auto penalty_after = [&](uint32_t from) {
      for (uint32_t i = from; i < from + 16 && in_sentence(i, s); ++i) {
        if (penalty_at(i)) return true;
        // Not past a relative clause or a semicolon: "a condamné l'attaque, qui a fait trois ans...".
        if (is_any(i, {";", "qui", "que", "qu'", "dont", "who", "which", "that", "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" /* الذي */,
                       "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" /* التي */})) {
          return false;
        }
        // Each language's own words: English "to support an M23 offensive" holds the article "an",
        // no French year ("an"), and its "a" is no French "a" (has).
        if (a->lang.code == "en") {
          if (!is_any(i, {"to"})) continue;
          for (uint32_t j = i + 1; j <= i + 4 && in_sentence(j, s); ++j) {
            if (in_class(j, W::kPrisonWords)) return true;
          }
          continue;
        }
        if (!is_any(i, {"a", "\xC3\xA0" /* à */, "to"})) continue;
        for (uint32_t j = i + 1; j <= i + 4 && in_sentence(j, s); ++j) {
          if (in_class(j, W::kPrisonWords)) return true;
        }
      }
      return false;
    };
    bool sentenced = false;
    if (ev.type == "ACCUSE" && penalty_after(m.end)) {
      ev.type = "SANCTION";
      ev.mode = "sentence";
      sentenced = true;
    }
    // "a condamné à plusieurs reprises l'attaque", "a condamné à nouveau": an active "condamné
    // à" with no penalty in its clause is a condemnation, not a verdict.
    if (ev.type == "SANCTION" && ev.mode == "sentence" && pattern.voice == "active" && m.end > m.begin &&
        key(m.end - 1) == "a") {
      bool penalty = false;
      for (uint32_t i = m.end; i < m.end + 14 && in_sentence(i, s) && !penalty; ++i) {
        if (is_any(i, {";", "qui", "que", "qu'", "dont"})) break;
        penalty = penalty_at(i) || in_class(i, W::kPrisonWords);
      }
      if (!penalty) {
        ev.type = "ACCUSE";
        ev.mode.clear();
      }
    }
    if (ev.type == "ASSAULT" && penalty_at(m.begin) && m.end == m.begin + 1) continue;
    // An attack on a policy, a plan or a record is words, not violence: "Chirac attacks EC budget
    // proposals", "attacked the government's handling of", "plan attacked by ministers",
    // "attaque la politique du gouvernement". Its object comes within six words in the clause (a
    // passive participle's right before it); a world record is sport's.
    bool criticism = false;
    const std::string_view said = key(m.begin);
    if (ev.type == "ASSAULT" && ev.mode.empty() &&
        (said.substr(0, 6) == "attack" || said.substr(0, 6) == "attaqu")) {
      // The policy word heads its phrase: "the budget office" is a place.
      auto heads = [&](uint32_t i) {
        return !in_sentence(i + 1, s) ||
               is_any(i + 1, {".", ",", ";", ":", "of", "on", "for", "to", "made", "by", "that", "which", "and", "as",
                              "in", "from", "over", "de", "du", "des", "sur", "en", "qui", "que"});
      };
      auto policy_at = [&](uint32_t i) {
        return in_sentence(i, s) && heads(i) &&
               in_class(i, W::kPolicyNouns) && !(key(i) == "record" && i > 0 && in_class(i - 1, W::kRecordKinds));
      };
      // A noun's object comes after "on" or "against": "launched a blistering attack on the
      // economic record of the opposition".
      const uint32_t object_from =
          pattern.voice == "noun" && is_any(m.end, {"on", "against", "sur", "contre"}) ? m.end + 1 : m.end;
      for (uint32_t i = object_from; i < object_from + 6 && in_sentence(i, s) && !criticism; ++i) {
        if (is_any(i, {",", ";", ":", "on", "against", "sur", "contre", "in", "at", "and", "et"})) break;
        criticism = policy_at(i);
      }
      criticism = criticism || (m.begin > 0 && policy_at(m.begin - 1));
      if (criticism) {
        ev.type = "ACCUSE";
        ev.mode.clear();
      }
    }
    // A weapon seized or made is no attack: "saisie d'explosifs", "حجز ... عبوات ناسفة".
    if (ev.type == "ASSAULT" && pattern.voice == "noun") {
      bool seized = false;
      for (const LexiconMatch& o : matches_) {
        const PatternInfo& other = pattern_info_[patterns_.aliases()[o.alias].entity];
        seized = seized || (other.type == "COERCE" && other.mode == "seize" && o.end <= m.begin &&
                            m.begin - o.end <= 6 && sentence_of[o.begin] == s);
      }
      if (seized) continue;
    }
    // A toll or a habit over a period is no action (docs/annotation.md: generic statements): "the
    // conflict has killed hundreds since 2009", "cette année", "منذ بداية العام", "a source of
    // revenue". A bare "since", "depuis", "منذ" needs a year or a month right after it ("منذ
    // يومين" is two days ago); a superlative before it ("the deadliest attack since 2019", "la
    // plus meurtrière depuis", "الأعنف منذ"), a day in the sentence ("on Tuesday, ... bringing
    // the toll this year to 300") or a month the phrase is part of ("in March this year") keeps
    // the event.
    auto over_a_period = [&](const LexiconMatch& ng, uint32_t sentence) {
      const bool one_word = ng.end - ng.begin == 1;
      // After the trigger, the period is its clause's ("..., bringing the toll this year to 300"
      // is another's).
      if (ng.begin >= m.end && clause_break(m.end, ng.begin)) return false;
      // Before it, a period inside a relative clause that closed is that clause's: "Al-Shabaab,
      // which has fought the government for nearly two decades, killed 10 soldiers".
      if (ng.end <= m.begin && (a->lang.code == "en" || a->lang.code == "fr") && clause_break(ng.end, m.begin) &&
          relative_opener(ng.begin, sentence, 12) > 0) {
        return false;
      }
      // Hundreds killed are no attack's of the day the report gives ("أعلنت البعثة أمس مقتل
      // 1332 عراقيا خلال يوليو").
      bool hundreds = false;
      for (const Value& v : counts) {
        hundreds = hundreds || (sentence_of[v.begin] == sentence && v.m->detail == "killed" &&
                                std::atoi(v.m->value.c_str()) >= 100);
      }
      bool year_after = false;
      for (const Value& v : dates) {
        if (sentence_of[v.begin] != sentence) continue;
        const size_t length = v.m->value.size();
        if (length >= 10) {  // a day
          if (hundreds) continue;
          // English: a day in another clause is another event's ("landed on Monday and will be posted
          // in districts, where fighters have attacked villages since May").
          if (a->lang.code == "en" &&
              (v.begin < m.begin ? clause_break(v.begin, m.begin) : clause_break(m.end, v.begin))) {
            continue;
          }
          return false;
        }
        const uint32_t last = token_at(v.m->span.end > 0 ? v.m->span.end - 1 : 0);
        if (!one_word && v.begin <= ng.begin && last >= ng.begin && length >= 7) return false;  // "in March this year"
        year_after = year_after || (v.begin >= ng.begin && v.begin <= ng.end + 1 && (length == 4 || length == 7));
      }
      // English "since May": a bare month the dates do not read.
      if (one_word && !year_after && a->lang.code == "en" && ng.end < n && in_sentence(ng.end, sentence) &&
          in_class(ng.end, W::kMonths) &&
          !(ng.end + 1 < n && in_sentence(ng.end + 1, sentence) && !key(ng.end + 1).empty() &&
            std::isdigit(static_cast<unsigned char>(key(ng.end + 1)[0])))) {  // not "since January 20"
        year_after = true;
      }
      if (one_word && !year_after) return false;
      for (uint32_t i = ng.begin >= 6 ? ng.begin - 6 : 0; i < ng.begin; ++i) {
        if (!in_sentence(i, sentence)) continue;
        if (in_class(i, W::kSuperlatives)) {
          return false;
        }
        if (is_any(i, {"plus"}) && i > 0 && is_any(i - 1, {"le", "la", "les"})) return false;  // "la plus meurtrière"
      }
      return true;
    };
    // What the sentence says of it.
    bool drop = false;
    bool past = false;  // "à l'époque", "at the time": the sentence tells the past
    // What a group does, told in the present after "who", "that" or "which" ("bandits and jihadists who kill
    // and kidnap villagers", "groups that attack army posts"), describes it: no act of the story. The verb
    // in its bare present (no "-ed", no past form) with only "and", "or", adverbs or other such verbs
    // between it and the relative word (English; q16-encat).
    if (a->lang.code == "en" && ev.type == "ASSAULT" && pattern.voice != "noun") {
      if (in_class(m.begin, W::kHabitVerbs)) {
        for (uint32_t i = m.begin; i > 0 && m.begin - i < 5 && in_sentence(i - 1, s); --i) {
          const std::string_view w = key(i - 1);
          if (w == "who" || w == "that" || w == "which") {
            drop = true;
            break;
          }
          if (!(w == "and" || w == "or" || w == "often" || w == "also" || w == "still" || w == "regularly" ||
                w == "routinely" || w == "frequently" || in_class(i - 1, W::kHabitVerbs))) {
            break;
          }
        }
      }
    }
    // An English trigger written with a capital in the body, right after another capitalised word
    // of its sentence, is a word of a name the entities stage does not know ("kidnapped six crew
    // members, the Maritime Information Cooperation and Awareness Center said"): no event.
    if (a->lang.code == "en" && tokens[m.begin].start >= a->body_start && tokens[m.begin].capitalized &&
        !tokens[m.begin].all_caps && m.begin > 0 && in_sentence(m.begin - 1, s) && tokens[m.begin - 1].capitalized &&
        !tokens[m.begin - 1].all_caps) {
      drop = true;
    }
    for (const LexiconMatch& ng : negation_matches_) {
      if (sentence_of[ng.begin] != s) continue;
      const NegationInfo& neg = negation_info_[negations_.aliases()[ng.alias].entity];
      // A negation word inside a name is part of the name: "أطباء بلا حدود تطالب بتحقيق" (Médecins
      // Sans Frontières asks), "Reporters sans frontières" (q15-ar). Only negation: a cause of death the
      // gazetteer took for a place ("سيول", floods, read as Seoul) still is one.
      if (neg.effect == "negation" && ng.begin < n && covered[ng.begin]) continue;
      const Name& scope = neg.scope;
      const Name& effect = neg.effect;
      bool applies = false;
      bool plan_and = false;  // an agreement's second content joined by و (below)
      if (effect == "period") {
        // English arrests and bans over a period are as generic ("have foiled several coup attempts
        // over the past two years", "arrested 300 suspects since 2019"); a blockade or a curfew
        // since a date still holds.
        applies = (ev.type == "ASSAULT" || (ev.type == "COERCE" && a->lang.code == "en" && ev.mode != "curfew" &&
                                            ev.rule.rfind("en.coerce.blockade", 0) != 0)) &&
                  over_a_period(ng, s);
      } else if (effect == "habit") {
        applies = ev.type == "ASSAULT";  // "le vol de bétail est une source de revenus"
      } else if (effect == "animal") {
        // Animals are no victims of an attack: "slaughtered about 40,000 chickens", "40,000 chickens
        // slaughtered", "killed 300 head of cattle". The animal is the trigger's object (after it,
        // past a count and its words) or the subject right before a participle; "killed 12
        // villagers and their cattle" keeps the people.
        if (ev.type == "ASSAULT" && ng.begin >= m.end && ng.begin - m.end <= 5) {
          applies = true;
          for (uint32_t i = m.end; i < ng.begin && applies; ++i) {
            const std::string_view w = key(i);
            applies = (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) ||
                      is_any(i, {"about", "some", "more", "than", "over", "nearly", "almost", "around", "at", "least",
                                 "the", "their", "its", "his", "her", "a", "an", "of", "hundreds", "thousands",
                                 "dozens", "scores", "head", "all", "several", "many", "and", ","});
          }
        } else if (ev.type == "ASSAULT" && ng.end <= m.begin && m.begin - ng.end <= 2) {
          applies = !clause_break(ng.end, m.begin) &&
                    (ng.end == m.begin || is_any(ng.end, {"were", "was", "been", "are", "being", "had"}));
        }
      } else if (scope == "sentence") {
        // "killed in a road accident"; an alert raised against floods, an epidemic or locusts
        // ("حالة استنفار" after swarms of locusts) is civil protection, no forces mobilised; so is
        // a state of emergency declared against wildfires, floods or an epidemic ("إعلان حالة
        // الطوارئ ... إثر اتساع نطاق حرائق الغابات"; flag `civil`): no coercion of anyone.
        applies = effect != "cause" || ev.type == "ASSAULT" || (ev.type == "MOBILIZE" && ev.mode == "alert") ||
                  pattern.civil;
      } else if (scope == "around") {
        // "ne ... pas": the first word within five tokens before, the second after it and
        // before the trigger ends (or right after it).
        if (ng.end <= m.begin && m.begin - ng.end <= 5) {
          const Name& second = neg.second;
          for (uint32_t i = ng.end; i < m.end + 2 && i < n; ++i) applies = applies || key(i) == second;
        }
      } else {
        // A negation stands right before a noun ("aucune attaque", "no attack"); before a verb
        // within four words. "لم يسفر الهجوم عن إصابات" negates the outcome, not the attack.
        // What someone is accused of, a plan or a threat reaches over a determiner to a noun
        // ("soupçonnés de préparer des attentats", "planning an attack").
        // A call's content after its addressee reaches as far: "دعا المواطنين إلى التعاون", "urged
        // the parties to talks".
        // What is demanded of someone comes after بـ: "طالبت الخاطفين بالإفراج عنه" (no release yet).
        const bool demanded_of =
            neg.effect == "modal" && a->lang.code == "ar" && m.start > tokens[m.begin].start &&
            a->text.compare(tokens[m.begin].start, 2, "\xD8\xA8" /* ب */) == 0 &&
            key(ng.begin).find("\xD8\xB7\xD8\xA7\xD9\x84\xD8\xA8" /* طالب */) != std::string_view::npos;
        // English "to an immediate truce", "to open an independent inquiry": an indefinite noun after
        // "to" (and its verb) is reached over its article.
        bool to_indefinite = false;
        if (a->lang.code == "en" && pattern.voice == "noun") {
          for (uint32_t j = m.begin; j >= 2 && m.begin - j < 3; --j) {
            // "to an immediate truce", "to open an independent investigation"
            if (is_any(j - 1, {"a", "an"}) && (is_any(j - 2, {"to"}) || (j >= 3 && is_any(j - 3, {"to"})))) {
              to_indefinite = true;
            }
            if (is_any(j - 1, {",", ";", ":", "the"})) break;
          }
        }
        // English "to deploy more troops": a noun right after the infinitive's verb.
        if (a->lang.code == "en" && pattern.voice == "noun" && m.begin >= 2 && is_any(m.begin - 2, {"to"}) &&
            !is_any(m.begin - 1, {"the", "this", "that", "these", "those", "its", "their", "his", "her", "a", "an",
                                  ",", ";", ":"})) {
          to_indefinite = true;
        }
        const bool called_to = (neg.effect == "modal" && m.begin > 0 &&
                                (is_any(m.begin - 1, {"\xD8\xA7\xD9\x84\xD9\x8A" /* إلى */, "to"}) || to_indefinite)) ||
                               demanded_of;
        // And a second content joined to the first by "and" ("دعت الطرفين إلى وقف القتال والسماح
        // بدخول المساعدات", "urged the parties to stop fighting and allow aid in").
        // In Arabic the و may open the verbal noun that governs the trigger ("وتيسير وصول المساعدات").
        auto waw = [&](uint32_t i) {
          return a->lang.code == "ar" && key(i).size() > 6 &&
                 a->text.compare(tokens[i].start, 2, "\xD9\x88" /* و */) == 0;
        };
        const bool and_joined = m.begin > 0 && (is_any(m.begin - 1, {"and", "et"}) ||
                                                (m.start > tokens[m.begin].start &&
                                                 a->text.compare(tokens[m.begin].start, 2, "\xD9\x88" /* و */) == 0) ||
                                                waw(m.begin - 1) || (m.begin > 1 && waw(m.begin - 2)));
        // "the need for" a ceasefire "and" aid access ("مشددا على ضرورة وقف إطلاق النار وتيسير وصول
        // المساعدات") asks for both, as "إلى" does.
        const std::string_view said_need = key(ng.begin);
        const bool need = neg.effect == "modal" &&
                          (said_need == "\xD8\xB6\xD8\xB1\xD9\x88\xD8\xB1\xD9\x87" /* ضروره */ ||
                           said_need == "\xD8\xA8\xD8\xB6\xD8\xB1\xD9\x88\xD8\xB1\xD9\x87" /* بضروره */);
        const bool called_and = neg.effect == "modal" && and_joined && ng.end <= m.begin && m.begin - ng.end <= 10 &&
                                (need || word_between(ng.end, m.begin, s, {"\xD8\xA7\xD9\x84\xD9\x8A" /* إلى */, "to"}));
        // A goal reaches a second aim joined by و ("اتفاقيات تتعلق بالنقل البري وتسهيل الإجراءات
        // والتعاون في مجال المعارض").
        const bool goal_and = neg.effect == "goal" && and_joined && ng.end <= m.begin && m.begin - ng.end <= 10;
        // What two sides agreed to, or an agreement provides for, reaches a second content joined by و
        // ("اتفاقا ينص على تسيير دوريات مشتركة على طول الحدود بين البلدين وتدريب وحدات من الجيشين").
        plan_and = neg.effect == "plan" && a->lang.code == "ar" && and_joined && ng.end <= m.begin &&
                   m.begin - ng.end <= 10 &&
                   (key(ng.end - 1) == "\xD8\xB9\xD9\x84\xD9\x8A" /* على */ ||
                    key(ng.begin).ends_with("\xD9\x86\xD8\xB5" /* ينص, تنص */));
        // A plan's light verb of holding ("من المقرر أن يعقد وزراء خارجية دول الساحل الخمس اجتماعا", class
        // hold_verbs) governs the meeting it holds, past a subject of any length.
        const bool plan_hold = neg.effect == "plan" && a->lang.code == "ar" && ng.end < m.begin &&
                               in_class(ng.end, W::kHoldVerbs);
        // A meeting in the accusative is an attack verb's object past its attacker, however described
        // ("استهدف هجوم نفذه مسلحون يشتبه في انتمائهم إلى بوكو حرام اجتماعا لأعيان القرية").
        const bool attacked_meeting = neg.effect == "target" && ev.type == "CONSULT" &&
                                      key(m.begin).ends_with("\xD8\xA7" /* ا */);
        // A call's content right after "إلى" is its content however long the addressee ("ودعت بعثة
        // حقوقية محلية السلطات الانتقالية إلى فتح تحقيق").
        const bool called_arabic = called_to && a->lang.code == "ar";
        // A request's verb with its object: what the headline asks for ("urges Sudan truce", "calls
        // for immediate ceasefire"), not past a word of time ("urged calm after the attack").
        const bool call_object = neg.effect == "modal" && pattern.voice == "noun" &&
                                 in_class(ng.begin, W::kUrgeVerbs) &&
                                 !word_between(ng.end, m.begin, s, {"after", "following", "amid", "since", "over",
                                                                    "despite", "before"});
        // An English infinitive after the addressee ("urged Sudan's warring parties to agree to a
        // truce") is the call's content as far as twelve words on.
        const uint32_t reach =
            called_and || goal_and || plan_and || plan_hold || called_arabic || attacked_meeting ? 10
            : called_to && a->lang.code == "en" ? 12
            : call_object ? 3
            // "foiled a bomb attack", "no evidence of a cyber attack": a negation reaches a noun over
            // its article.
            : a->lang.code == "en" && pattern.voice == "noun" && neg.effect == "negation" && m.begin == ng.end + 1 &&
                    is_any(ng.end, {"a", "an", "the", "any"})
                ? 1
            : pattern.voice == "noun" && (neg.effect == "negation" || neg.effect == "modal") && !called_to ? 0
                                                                                                            : 4;
        applies = ng.end <= m.begin && m.begin - ng.end <= reach && !clause_break(ng.end, m.begin);
        // A negation whose last words are the trigger's first ("no one was" and "was killed", "no
        // civilians were" and "were killed": the auxiliary both read) stands right before it.
        applies = applies || (neg.effect == "negation" && ng.begin < m.begin && ng.end > m.begin && ng.end <= m.end);
        // An Arabic call's caller or addressee set off by a pair of commas ("ودعا حاكم الولاية، داود
        // لاوال، السكان إلى التعاون", "دعت الوزارة، الثلاثاء، الأسر إلى") is an apposition, no new clause:
        // only commas, and an even count of them, between the call and its "إلى".
        if (!applies && called_arabic && ng.end <= m.begin && m.begin - ng.end <= reach) {
          uint32_t commas = 0;
          bool other = false;
          for (uint32_t i = ng.end; i < m.begin; ++i) {
            const std::string_view k = key(i);
            if (k == "," || k == "\xD8\x8C" /* ، */) ++commas;
            else if (clause_break(i, i + 1)) other = true;
          }
          applies = !other && commas % 2 == 0;
        }
        // An Arabic call's second content joined by و counts from its "إلى", however long the
        // addressee before it ("ودعا الجماعات المسلحة في منطقة الساحل إلى احترام العمل الإنساني وضمان
        // وصول المساعدات").
        if (!applies && neg.effect == "modal" && and_joined && a->lang.code == "ar" && ng.end <= m.begin &&
            m.begin - ng.end <= 20 && !clause_break(ng.end, m.begin)) {
          for (uint32_t i = ng.end; i < m.begin && !applies; ++i) {
            applies = is_any(i, {"\xD8\xA7\xD9\x84\xD9\x8A" /* إلى */}) && m.begin - i <= 10;
          }
        }
      }
      // What two sides agreed to do is the verbal noun right after "على" and its object ("اتفقا على تنظيم
      // دورة تدريبية", "اتفق الجانبان على تبادل المعلومات"): not a meeting told later in the clause
      // ("اتفقا على هذه الخطوة خلال اجتماع عقداه").
      if (applies && effect == "plan" && !plan_and && a->lang.code == "ar" && m.begin > ng.end + 2 &&
          key(ng.begin).starts_with("\xD8\xA7\xD8\xAA\xD9\x81\xD9\x82" /* اتفق */)) {
        applies = false;
      }
      if (effect == "none") continue;  // "لا يزال" (still): matched over "لا", it negates nothing
      // A truce monitored or breached ("فريق المراقبين الدوليين لوقف إطلاق النار", "بانتهاك آخر لوقف إطلاق
      // النار", effect `breach`) is no truce granted in the story: it stops CONCEDE only.
      if (effect == "breach" && ev.type != "CONCEDE") continue;
      // A meeting that an attack was aimed at is its target, no meeting held ("استهدف هجوم نفذه مسلحون
      // اجتماعا لأعيان القرية", effect `target`): the meeting is the verb's object, with the attacker
      // between them or in the accusative; "استهدف الاجتماع بحث ..." (the meeting aimed at) keeps it.
      if (effect == "target" &&
          (ev.type != "CONSULT" || (m.begin == ng.end && !key(m.begin).ends_with("\xD8\xA7" /* ا */)))) {
        continue;
      }
      // What talks, a memorandum or a call aim at ("بحث سبل تعزيز التعاون", "مذكرة تفاهم لتعزيز
      // تبادل المعلومات", "إلى تكثيف التنسيق") is not done yet: a goal stops working together,
      // meetings, agreements, aid and backing, not violence or an arrest told after it.
      if (effect == "goal" && ev.type != "COOPERATE" && ev.type != "CONSULT" && ev.type != "AGREE" &&
          ev.type != "AID" && ev.type != "SUPPORT") {
        continue;
      }
      // What is condemned is an act (an attack, an arrest, a threat), right after the verb; a
      // verdict after "condamné" ("condamné à sept ans de prison"), a call after "and"
      // ("condemned the attack and called on residents") are events of their own.
      if (effect == "object" &&
          ((ev.type != "ASSAULT" && ev.type != "COERCE" && ev.type != "THREATEN") ||
           word_between(ng.end, m.begin, s, {"and", "et", "puis", "then", "\xD9\x88" /* و */}))) {
        continue;
      }
      if (!applies) continue;
      if (effect == "threat") {
        ev.mode = ev.type == "THREATEN" ? ev.mode : std::string(ev.type == "ASSAULT" ? "assault" : "");
        ev.type = "THREATEN";
      } else if (effect == "hearsay") {
        ev.confidence = std::min(ev.confidence, 0.6);
      } else if (effect == "past") {
        // Violence recalled: "L'attaque ... avait été revendiquée à l'époque" (a meeting or a
        // call in such a sentence is often today's, told beside the old fact).
        past = past || ev.type == "ASSAULT" || ev.type == "COERCE";
      } else {
        drop = true;
        lead_planned_meeting = lead_planned_meeting || (effect == "plan" && ev.type == "CONSULT" &&
                                                        a->lang.code == "ar" && s == lead_sentence);
      }
    }
    // What an arrest or a verdict is over is its charge, not an event of the story: "police hold
    // three over online recruitment", "arrêtés pour trafic d'armes" (the "pour" a few words past
    // the arrest's trigger, within its clause).
    if (ev.type != "COERCE" && ev.type != "SANCTION" &&
        word_between(m.begin >= 3 ? m.begin - 3 : 0, m.begin, s, {"over", "for", "pour"})) {
      for (const LexiconMatch& o : matches_) {
        if (o.end > m.begin || sentence_of[o.begin] != s || m.begin - o.end > 12) continue;
        const PatternInfo& p = pattern_info_[patterns_.aliases()[o.alias].entity];
        // A verdict names its defendants and their penalty before the charge ("sentences three
        // al-Shabaab fighters to death over Mogadishu hotel siege"): twelve words; an arrest six.
        if (p.type != "SANCTION" && m.begin - o.end > 6) continue;
        if (p.type != "SANCTION" && !(p.type == "COERCE" && (p.mode == "arrest" || p.mode == "detain"))) continue;
        for (uint32_t i = o.end; i < m.begin && !drop; ++i) {
          drop = is_any(i, {"over", "for", "pour"}) && m.begin - i <= 3 && !clause_break(o.end, m.begin);
        }
      }
      // People counted right before "over" are held, charged or jailed over it, whatever verb the
      // patterns lack says so ("Kenyan police hold three over online recruitment").
      for (uint32_t i = m.begin > 3 ? m.begin - 3 : 1; i < m.begin && !drop; ++i) {
        if (!is_any(i, {"over"}) || !in_sentence(i - 1, s)) continue;
        drop = counted(i - 1);
      }
    }
    // English "accused Rwanda of deploying troops", "accuses Kigali of sending troops": what the
    // accused is said to have done, named after "of" past the accused (six words at most from the
    // verb, in its clause), is the accusation's content, not an event of the story ("accused of"
    // right after the verb is a negation entry, effect charge).
    if (!drop && a->lang.code == "en" && ev.type != "ACCUSE" && m.begin >= 2 && is_any(m.begin - 1, {"of"})) {
      for (uint32_t i = m.begin - 1; i-- > 0 && m.begin - i <= 8 && in_sentence(i, s) && !drop;) {
        if (in_class(i, W::kAccuseVerbs)) drop = !clause_break(i + 1, m.begin);
        if (is_any(i, {",", ";", ":", "and", "who", "which", "that"})) break;
      }
    }
    // So is what someone is blamed for ("blames ADF for killing of nine villagers", "blamed Kigali
    // for the attack"): the blame is the event, its content no new one.
    if (!drop && a->lang.code == "en" && ev.type != "ACCUSE" && m.begin >= 2) {
      uint32_t f = m.begin - 1;
      if (is_any(f, {"the", "a", "an"}) && f > 0) --f;
      if (is_any(f, {"for"})) {
        for (uint32_t i = f; i-- > 0 && f - i <= 6 && in_sentence(i, s) && !drop;) {
          if (in_class(i, W::kBlameVerbs)) drop = !clause_break(i + 1, f);
          if (is_any(i, {",", ";", ":", "and", "who", "which", "that"})) break;
        }
      }
    }
    // English bare "may" right before the trigger, written in lower case, is the modal ("Terrorists may
    // attack with little or no warning", "may strike"): what might happen (docs/annotation.md section
    // 1). The negation table lists only "may have", "may be"... because case folding makes bare "may"
    // the month; the month is written "May" (q21-encat).
    if (!drop && a->lang.code == "en" && m.begin >= 1 && in_sentence(m.begin - 1, s) && is_any(m.begin - 1, {"may"}) &&
        a->text.compare(tokens[m.begin - 1].start, 3, "may") == 0) {
      drop = true;
    }
    if (drop) continue;

    // Actors before and after the trigger in its sentence. A country does not attack or
    // arrest: in "Mali : onze soldats tués" it says where; it acts in diplomacy and sanctions,
    // and it expels or hands a wanted man over to another ("Kenya handed over 12 suspects").
    // A state of emergency (pattern flag `civil`) is a state's measure too: "أعلنت بوركينا فاسو حالة
    // الطوارئ" (q19-ar).
    const bool force = ev.type == "ASSAULT" ||
                       (ev.type == "COERCE" && ev.mode != "extradite" && ev.mode != "expel" && !pattern.civil);
    std::vector<const Candidate*> before, after;
    for (const Candidate& c : candidates) {
      if (sentence_of[c.begin] != s) continue;
      if (force && (c.actor.entity.rfind("country:", 0) == 0 || c.capital)) continue;
      // A semicolon closes a clause: in "Pirates free crew of hijacked carrier; Somali police detain
      // five suspects" the police are neither freed nor freeing, nor are the pirates detaining.
      if (c.end <= m.begin ? semicolon_between(c.end, m.begin) : c.begin >= m.end && semicolon_between(m.end, c.begin)) {
        continue;
      }
      // Who tells of the violence after it ("Gunmen killed 12 in a raid on Monday, police said",
      // "..., according to the army", "..., selon la police", "..., a indiqué l'armée") is its
      // source of news, neither its victim nor its agent.
      if (force && c.begin >= m.end && (a->lang.code == "en" || a->lang.code == "fr")) {
        uint32_t b = c.begin;
        while (b > m.end && is_any(b - 1, {"the", "a", "an", "la", "le", "les", "l'"})) --b;
        const bool told_by =
            (b >= 2 && is_any(b - 1, {"to"}) && is_any(b - 2, {"according"})) || (b >= 1 && is_any(b - 1, {"selon"})) ||
            (b >= 1 && is_any(b - 1, {","}) &&
             in_class(c.end, W::kSpeechVerbs)) ||
            (b >= 3 && is_any(b - 3, {","}) && is_any(b - 2, {"a", "ont"}) &&
             in_class(b - 1, W::kSpeechVerbs));
        if (told_by) continue;
      }
      // A trigger that opens with its subject ("tribunal a condamné", "cour condamne") has it before.
      if (c.end <= m.begin || (c.begin == m.begin && c.end < m.end)) before.push_back(&c);
      else if (c.begin >= m.end) after.push_back(&c);
    }
    // Arabic: an actor named after "التي" or "الذي" past a verb of speech (a call, praise, a
    // rejection, a threat) belongs to that relative clause ("ودعا المجلس الطرفين إلى الانخراط في
    // المبادرة التي أطلقتها بعثة الأمم المتحدة": the mission calls on nobody), not to the verb, when
    // the verb keeps another actor (q15-ar). A condemnation's attacker stays: "أدان الهجمات التي
    // شنتها الجماعات الإرهابية" accuses them (annotation.md section 2). A noun's relative clause may
    // name its maker: see below.
    if (a->lang.code == "ar" && pattern.voice != "noun" &&
        (ev.type == "REQUEST" || ev.type == "SUPPORT" || ev.type == "REJECT" || ev.type == "THREATEN")) {
      std::vector<const Candidate*> kept;
      for (const Candidate* c : after) {
        if (!word_between(m.end, c->begin, s,
                          {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" /* الذي */, "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" /* التي */})) {
          kept.push_back(c);
        }
      }
      if (!before.empty() || !kept.empty()) after = std::move(kept);
    }
    // A relative clause that closed before the verb ("Al-Shabaab, which has fought the government
    // for two decades, killed 10 soldiers", "le JNIM, qui contrôle la zone, a enlevé") holds no
    // subject of the verb: its actors are left out, the antecedent stays.
    if ((a->lang.code == "en" || a->lang.code == "fr") && pattern.voice != "noun" && !before.empty() && m.begin > 0) {
      uint32_t k = m.begin - 1;
      while (k > 0 && in_sentence(k - 1, s) && is_any(k, {"has", "have", "had", "a", "ont", "avait", "avaient"})) --k;
      if (is_any(k, {","}) && k > 0) {
        const uint32_t open = relative_opener(k - 1, s, 25);
        if (open > 0 && is_any(open - 1, {","})) {
          std::vector<const Candidate*> kept;
          for (const Candidate* c : before) {
            if (!(c->begin >= open && c->end <= k)) kept.push_back(c);
          }
          if (!kept.empty()) before = std::move(kept);
        }
      }
    }
    // English relative clause: the subject of a verb right after "that", "which" or "who" (an
    // auxiliary between) is the noun before the pronoun, not the sentence's subject: in "Garissa
    // leaders condemn roadside bomb that killed four police officers" the leaders kill nobody; in
    // "gunmen who killed" the gunmen stay.
    if (a->lang.code == "en" && pattern.voice != "noun" && !before.empty() && m.begin > 0) {
      uint32_t r = m.begin - 1;
      while (r > 0 && in_sentence(r - 1, s) && is_any(r, {"had", "has", "have", "was", "were", "is", "are", "been",
                                                           "reportedly", "allegedly", "also"})) {
        --r;
      }
      if (is_any(r, {"that", "which", "who"})) {
        // The antecedent stands right before the pronoun (or its comma), or before a phrase that
        // places it: "the metro mayors in the North of England who have called for".
        // A country after a preposition is where the antecedent is ("of England"), not it.
        std::vector<const Candidate*> kept;
        const Candidate* last = before.back();
        for (auto it = before.rbegin(); it != before.rend(); ++it) {
          last = *it;
          if (!((*it)->actor.entity.rfind("country:", 0) == 0 && (*it)->begin > 0 &&
                is_any((*it)->begin - 1, {"in", "of", "from", "at", "near", "across"}))) {
            break;
          }
        }
        if (last->end == r || (last->end + 1 == r && is_any(last->end, {","})) ||
            (last->end < r && is_any(last->end, {"in", "of", "from", "at", "near", "across"}))) {
          kept.push_back(last);
        }
        before = std::move(kept);
      }
    }
    // English "He urged residents to remain calm", "She called on Sahel governments to...": a
    // speaker's pronoun right before the verb is the official last named in the three sentences
    // before.
    if (a->lang.code == "en" && before.empty() && !force && pattern.voice != "noun") {
      bool pronoun = false;
      for (uint32_t i = m.begin; i > 0 && m.begin - i < 4 && in_sentence(i - 1, s); --i) {
        if (is_any(i - 1, {"he", "she"})) pronoun = true;
        if (is_any(i - 1, {",", ";", ":"})) break;
      }
      if (pronoun) {
        const Candidate* speaker = nullptr;
        for (const Candidate& c : candidates) {
          if (c.begin >= m.begin) break;
          if (c.person && sentence_of[c.begin] < s && s - sentence_of[c.begin] <= 3) speaker = &c;
        }
        // An official (a person named with an office): a businessman's "he accused" is no story here.
        if (speaker != nullptr && (speaker->actor.kind == "other" || speaker->actor.kind == "civilians")) {
          speaker = nullptr;
        }
        if (speaker != nullptr) before.push_back(speaker);
      }
      // "It has also funded nutrition support...", "It has sent 200,000 doses": a sentence that
      // opens with "It" before the verb speaks of the body (a government or a country, an
      // intergovernmental body, an aid organisation, forces) last named in the two sentences
      // before; "It is feared", "It said" hold no trigger.
      uint32_t first = m.begin;
      while (first > 0 && in_sentence(first - 1, s)) --first;
      if (!pronoun && first < m.begin && m.begin - first <= 3 && is_any(first, {"it"}) &&
          !word_between(first, m.begin, s, {",", ";", ":"})) {
        // The subject of the sentence before when it opens with one ("Japan's government gave
        // US$3 million to the WFP. It has also sent..."), else the body named last.
        const Candidate* body = nullptr;
        const Candidate* subject = nullptr;
        for (const Candidate& c : candidates) {
          if (c.begin >= m.begin) break;
          if (c.person || sentence_of[c.begin] >= s || s - sentence_of[c.begin] > 2) continue;
          const Name& k = c.actor.kind;
          // A country named as a place ("in Northern Ireland", "across Mali") is none.
          const bool place = c.begin > 0 && is_any(c.begin - 1, {"in", "of", "across", "throughout", "to", "from",
                                                                 "northern", "southern", "eastern", "western"});
          if (k == "igo" || k == "ngo" || k == "gov" || k == "military" || k == "police" ||
              (c.actor.entity.rfind("country:", 0) == 0 && !place)) {
            if (body == nullptr || sentence_of[body->begin] != sentence_of[c.begin]) subject = nullptr;
            body = &c;
            uint32_t open = c.begin;
            while (open > 0 && sentence_of[open - 1] == sentence_of[c.begin]) --open;
            if (c.begin - open <= 2 && subject == nullptr) subject = &c;
          }
        }
        if (subject != nullptr) body = subject;
        if (body != nullptr) before.push_back(body);
      }
    }
    // Arabic "وأضاف", "وأوضح", "وأكد" opening a sentence go on with the speech of the one named in the
    // sentence before ("قال وزير الخارجية ناصر بوريطة إن ... . وأضاف داعيا المجتمع الدولي إلى",
    // "وأضاف أنه يدين الهجوم", "وأوضح أنه طالب نظيره"): a speech act right after the verb, with no actor
    // of its own before it, is that speaker's: the first official named in the nearest of the three
    // sentences before that names one, else the body (a government, an institution, forces) named
    // first there (q17-ar).
    const Candidate* continued = nullptr;
    if (a->lang.code == "ar" && before.empty() &&
        (ev.type == "REQUEST" || ev.type == "ACCUSE" || ev.type == "SUPPORT" || ev.type == "REJECT" ||
         ev.type == "THREATEN")) {
      uint32_t first = m.begin;
      while (first > 0 && in_sentence(first - 1, s)) --first;
      // Between the verb and the trigger only "أنه", "أنها", "إنه" (he himself), or nothing.
      static const std::initializer_list<std::string_view> kHimself = {
          "\xD8\xA7\xD9\x86\xD9\x87" /* أنه, إنه */, "\xD8\xA7\xD9\x86\xD9\x87\xD8\xA7" /* أنها */};
      // The trigger may open with the verb itself ("وأكد دعمه").
      bool goes_on = in_class(first, W::kContinueVerbs) && m.begin - first <= 2;
      for (uint32_t i = first + 1; i < m.begin && goes_on; ++i) goes_on = is_any(i, kHimself);
      if (goes_on) {
        const Candidate* speaker = nullptr;
        for (uint32_t back = 1; back <= 3 && back <= s && speaker == nullptr; ++back) {
          const Candidate* body = nullptr;
          for (const Candidate& c : candidates) {
            if (sentence_of[c.begin] != s - back) continue;
            const Name& k = c.actor.kind;
            if (c.person && k != "other" && k != "civilians") {
              speaker = &c;
              break;
            }
            if (body == nullptr && !c.person && c.actor.entity.rfind("country:", 0) != 0 && !c.capital &&
                (k == "gov" || k == "igo" || k == "ngo" || IsForces(k))) {
              body = &c;
            }
          }
          if (speaker == nullptr) speaker = body;
        }
        if (speaker != nullptr) before.push_back(speaker);
        continued = speaker;
      }
    }
    // A toll or a count of people taken: killed, injured, kidnapped, arrested (not "4 millions
    // d'enfants" a campaign targets, nor the displaced).
    bool casualties = false;
    for (const Value& v : counts) {
      casualties = casualties || (sentence_of[v.begin] == s && v.m->detail != "other" && v.m->detail != "displaced");
    }
    // An English killing verb counted "of them" ("..., killing 11 of them"): the count of people
    // the sentence named before is a toll the quantities do not read.
    if (!casualties && ev.type == "ASSAULT" && a->lang.code == "en" && m.end + 2 < n && in_sentence(m.end + 2, s) &&
        is_any(m.end + 1, {"of"}) && is_any(m.end + 2, {"them"})) {
      casualties = counted(m.end) || is_any(m.end, {"many", "most", "several", "all", "some"});
    }
    // In a kidnapping story, someone "was released" or "freed" with no one named is let go by the
    // kidnappers ("Their driver was released the same evening"), even when the kidnapping is
    // months old ("kidnapped ... in October 2024 have been freed").
    const Event* kidnapping = nullptr;
    if (ev.type == "CONCEDE" && ev.mode == "release") {
      for (const Event& k : a->events) {
        if (k.type == "ASSAULT" && k.mode == "abduct" && k.has_source && kidnapping == nullptr) {
          kidnapping = &k;
        }
      }
    }
    if (pattern.weak && before.empty() && after.empty() && !casualties && kidnapping == nullptr && !criticism) continue;
    // A verb of giving (قدم, منح, سلم, يصرف) is aid when what is given follows it in its clause:
    // money, vaccine doses, equipment ("قدمت منظمة الصحة العالمية 2.2 مليون جرعة", "اليابان تقدم
    // 3 ملايين دولار"); "قدم استقالته", "قدم عرضا" give nothing.
    // English passive: the goods stand before ("50,000 doses of vaccine were delivered to Goma").
    const bool gift_passive =
        pattern.gift && a->lang.code == "en" && m.begin > 0 && is_any(m.begin - 1, {"were", "was", "been", "being"}) &&
        [&] {
          for (uint32_t i = m.begin - 1; i > 0 && m.begin - i <= 10 && in_sentence(i - 1, s); --i) {
            if (is_any(i - 1, {".", ";", ","})) break;
            if (in_class(i - 1, W::kGoods) || in_class(i - 1, W::kReliefGoods) || is_any(i - 1, {"aid"})) return true;
          }
          return false;
        }();
    if (pattern.gift && !gift_passive && !said_after(m.end, s, W::kGiftGoods) &&
        !said_after(m.end, s, W::kReliefGoods) && !goods_after(m.end, s)) {
      // Soldiers sent, counted ("أرسلت رواندا ألف جندي إضافي إلى كابو ديلغادو", "ترسل 500 عسكري"): a
      // deployment, no gift (q18-ar). The noun bare, as after a count: not "إلى الجنود".
      bool troops = false;
      if (a->lang.code == "ar" && std::string_view(a->text).substr(m.start, m.stop - m.start).find(
                                      "\xD8\xB1\xD8\xB3\xD9\x84" /* رسل */) != std::string_view::npos) {
        for (uint32_t i = m.end; i < m.end + 8 && in_sentence(i, s) && !troops; ++i) {
          if (is_any(i, {".", ";", ","})) break;
          troops = in_class(i, W::kTroopNouns);
        }
      }
      if (!troops) continue;
      ev.type = "MOBILIZE";
      ev.mode = "deploy";
    }
    // A shipment of arms or equipment (ar.aid.shihna) is aid only with a verb of arriving or receiving within
    // four words of it in its sentence ("شحنة أسلحة مصرية ثانية تصل إلى مقديشو"); seized or smuggled, none.
    if (ev.rule == "ar.aid.shihna") {
      // A verb before the noun may stand further off, past the place and the day it arrived ("وصلت أمس
      // إلى مطار مقديشو الدولي شحنة أسلحة"): ten tokens, in a sentence that tells no seizure or
      // smuggling (ضبط, حجز, مهربة, تهريب, صادرت, أحبطت) and names no armed group (q18-ar).
      bool seized = false;
      {
        uint32_t first = m.begin;
        while (first > 0 && in_sentence(first - 1, s)) --first;
        for (uint32_t i = first; i < n && in_sentence(i, s) && !seized; ++i) {
          const std::string_view k = key(i);
          for (const std::string& stem : lang_words.words(W::kSeizureStems)) {
            if (k.find(stem) != std::string_view::npos) seized = true;
          }
        }
      }
      bool arrives = false;
      // (nor of arms that reach an armed group: "وصل للتنظيم ... مئات المقاتلين وشحنات من الأسلحة")
      const bool group = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
        return c.actor.kind == "armed_group" && in_sentence(c.begin, s);
      });
      const uint32_t reach = seized || group ? 4 : 10;
      for (uint32_t i = m.begin >= reach ? m.begin - reach : 0; i < m.end + 4 && i < n && !arrives; ++i) {
        if (!in_sentence(i, s) || (i >= m.begin && i < m.end)) continue;
        if (i + 4 < m.begin && word_between(i + 1, m.begin, s, {".", ";"})) continue;
        const std::string_view k = key(i);
        for (std::string_view w : lang_words.words(W::kArriveVerbs)) {
          // the word, or with a proclitic before it (و, ف, ل)
          if (k == w || (k.size() == w.size() + 2 && k.ends_with(w))) arrives = true;
        }
      }
      if (!arrives) continue;
    }
    // What an Arabic verb of giving or sending hands over names the aid: vaccine doses, medicines
    // and supplies are humanitarian ("سلمت المنظمة 20 ألف جرعة", "أرسلت إمدادات طبية"), whatever
    // the verb's own mode (سلم hands over equipment too).
    if (pattern.gift && a->lang.code == "ar" &&
        (said_after(m.end, s, W::kHumanitarianGoods) || said_after(m.end, s, W::kReliefGoods))) {
      ev.mode = "humanitarian";
    }
    // A verb of handing over moves people from one state's hands to another's only when the people
    // stand right after it, before "to" ("handed over 12 suspected al-Shabaab members to Somali
    // authorities", "hands over two ADF suspects"), or are its passive subject ("the suspects
    // were handed over to"): suspects, detainees, members of a group, a named man. "handed over
    // 20 armoured vehicles" is aid, "handed over power" and "handed over the base" nothing, and
    // hostages handed over are released, not taken. French "ont été remis aux autorités" likewise.
    // With equipment, vehicles or supplies after it, the English verb is aid.
    if (pattern.person) {
      // A named man, members of a group, or people named by a word of actors.<lang>.tsv
      // (suspects, detainees); not a company or a fund of the lexicon.
      auto people = [&](const Candidate* c) {
        return c->person || c->actor.kind == "armed_group" ||
               (c->actor.kind == "other" && c->actor.entity.empty() && !c->guessed);
      };
      bool moved = false;
      for (const Candidate* c : after) {
        if (word_between(m.end, c->begin, s, {"to", "into"}) || clause_break(m.end, c->begin)) break;
        moved = people(c);
        break;
      }
      // The passive subject stands right before its auxiliary ("Two suspects were handed over").
      if (!moved && !before.empty() && m.begin > 0 &&
          is_any(m.begin - 1, {"was", "were", "been", "being", "ete", "\xC3\xA9t\xC3\xA9" /* été */}) &&
          before.back()->end + 3 >= m.begin && !clause_break(before.back()->end, m.begin)) {
        moved = people(before.back());
      }
      // English: joined by "and" to an earlier passive verb of its sentence, it shares that verb's
      // subject ("A sixth suspect, a Kenyan national, was arrested by Kenyan detectives in Busia on
      // Tuesday and handed over to Ugandan police"): the subject stands before that "was" or "were".
      if (!moved && a->lang.code == "en" && m.begin > 0 && is_any(m.begin - 1, {"and"})) {
        uint32_t aux = m.begin;
        for (uint32_t i = m.begin - 1; i > 0 && in_sentence(i - 1, s); --i) {
          if (is_any(i - 1, {"was", "were"})) {
            aux = i - 1;
            break;
          }
        }
        const Candidate* subject = nullptr;
        for (const Candidate* c : before) {
          if (c->end <= aux) subject = c;
        }
        if (aux < m.begin && subject != nullptr && subject->end + 6 >= aux) moved = people(subject);
      }
      if (hostage_story()) continue;
      if (!moved) {
        // Equipment handed over is aid ("handed over 30 armoured vehicles to the Mozambican army").
        if (!goods_after(m.end, s)) continue;
        ev.type = "AID";
        ev.mode = "military";
        if (said_after(m.end, s, W::kHumanitarianGoods) ||
            (!said_after(m.end, s, W::kGoods) && goods_after(m.end, s))) {
          ev.mode = "humanitarian";
        }
      }
    }
    // Goods shipped in a story about markets or companies are trade ("shipped 20,000 tonnes of
    // wheat"), no aid.
    if (pattern.gift && a->lang.code == "en" &&
        std::any_of(a->topics.begin(), a->topics.end(),
                    [](const std::string& t) { return t == "economy" || t == "business"; })) {
      continue;
    }
    // An arrival is a visit when its sentence tells the talks it comes for ("arrived in Algiers at
    // the head of a delegation for talks", "has arrived in Antananarivo to negotiate"); migrants,
    // settlers or the displaced who "arrived in" a country or a town pay none.
    if (pattern.purpose) {
      uint32_t i = m.begin;
      while (i > 0 && in_sentence(i - 1, s)) --i;  // the sentence's first token
      bool talks = false;
      for (; in_sentence(i, s) && !talks; ++i) {
        talks = in_class(i, W::kTalksWords);
      }
      if (!talks) continue;
    }
    // Thousands killed are a war's toll, not one attack's: "the insurgency has killed more than
    // 35,000 people and displaced...", "أدى النزاع إلى مقتل الآلاف".
    // The word "thousands" after the trigger says it even when the count is read short ("قتل 71
    // ألفا", "killed tens of thousands").
    bool thousands = false;
    for (uint32_t i = m.end; i < m.end + 4 && in_sentence(i, s) && ev.type == "ASSAULT"; ++i) {
      // Not past the clause: "killed 12 villagers, forcing thousands to flee".
      if (is_any(i, {",", ";", ":", "\xD8\x8C" /* ، */, "and", "et"})) break;
      thousands = thousands || in_class(i, W::kThousands);
    }
    if (ev.type == "ASSAULT" && (thousands || std::any_of(counts.begin(), counts.end(), [&](const Value& v) {
                                   // In the trigger's clause: "killed 12, bringing the toll to 1,200" is
                                   // one attack.
                                   return sentence_of[v.begin] == s && std::atoi(v.m->value.c_str()) >= 1000 &&
                                          (v.m->detail == "killed" || (v.begin >= m.end && v.begin - m.end <= 4)) &&
                                          !clause_break(std::min(v.begin, m.end), std::max(v.begin, m.begin));
                                 }))) {
      continue;
    }

    // French forces described by where they are deployed ("les troupes rwandaises déployées dans la
    // province", "aux unités déployées à la frontière"): a reduced relative right after the forces
    // in the body, with no auxiliary, says where they stand, no deployment of the day (a headline's
    // "500 soldats déployés à Ménaka" still is one).
    if (a->lang.code == "fr" && ev.type == "MOBILIZE" && pattern.voice == "passive" && m.start >= a->body_start &&
        m.begin > 0 &&
        !word_between(m.begin >= 3 ? m.begin - 3 : 0, m.begin, s, {"ete", "est", "sont", "etait", "etaient", "fut", "furent"}) &&
        (in_class(m.begin - 1, W::kTroopNouns) ||
         std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) { return c.end == m.begin; }))) {
      continue;
    }

    // English forces described by where they serve ("the army units deployed in Cabo Delgado",
    // "troops deployed across the north have..."): "deployed" right after the forces' noun in the
    // body, with no auxiliary and a place preposition after it, is a reduced relative, no
    // deployment of the day (a headline's "Troops deployed to Goma" still is one).
    if (a->lang.code == "en" && ev.type == "MOBILIZE" && m.start >= a->body_start && m.begin > 0 &&
        m.end == m.begin + 1 && m.end < n && in_sentence(m.end, s) && is_any(m.begin, {"deployed", "stationed"}) &&
        in_class(m.begin - 1, W::kTroopNouns) &&
        is_any(m.end, {"in", "across", "since", "throughout"})) {
      continue;
    }
    std::string voice = pattern.voice;
    // A French participle that agrees with an object pronoun before "avoir" is active: "des
    // hommes armés les ont enlevés", "les jihadistes l'avaient tuée".
    if (a->lang.code == "fr" && voice == "passive" && m.begin >= 2 && m.end == m.begin + 1 &&
        is_any(m.begin - 1, {"a", "ont", "avait", "avaient", "aurait", "auraient", "ayant"}) &&
        is_any(m.begin - 2, {"les", "l'", "la"})) {
      voice = "active";
    }
    bool reduced = false;  // a participle passive only by its "by": "five men arrested by the police"
    // Arabic verbs come first: a form that reads alike in active and passive is taken as
    // verb-subject-object ("اعتقلت قوات الأمن ثلاثة مشتبه بهم").
    if (voice == "auto" && a->lang.code == "ar") voice = "verb-first";
    if (voice == "auto") {
      // Passive: an auxiliary just before ("a été attaqué", "were killed"), or "par"/"by" just
      // after.
      bool aux = word_between(m.begin >= 3 ? m.begin - 3 : 0, m.begin, s,
                              {"ete", "est", "sont", "etait", "etaient", "fut", "furent", "was", "were", "been",
                               "is", "are", "being", "be", "got"});
      bool by = (m.end < n && in_sentence(m.end, s) && is_any(m.end, {"par", "by"})) ||
                (m.end + 1 < n && in_sentence(m.end + 1, s) && is_any(m.end + 1, {"par", "by"}));
      // A headline drops the auxiliary: "63 militants killed, 14 hostages freed", "Soldiers killed
      // in ambush". An English past participle there with no object after it (a comma, a
      // preposition or the headline's end) is a passive; "Gunmen kill 12" says the active.
      bool headline_passive = false;
      if (!aux && !by && a->lang.code == "en" && m.start < a->body_start && m.end > m.begin) {
        // The participle may open the trigger ("two shot dead").
        auto participle_word = [](std::string_view w) {
          return w.size() > 3 && (w.ends_with("ed") || w == "freed" || w == "held" || w == "shot" || w == "taken" ||
                                  w == "seized");
        };
        const bool participle = participle_word(key(m.end - 1)) || participle_word(key(m.begin));
        headline_passive = participle && m.begin > 0 && in_sentence(m.begin - 1, s) &&
                           (m.end >= n || !in_sentence(m.end, s) ||
                            is_any(m.end, {",", ";", ":", "in", "as", "after", "during", "near", "at", "on", "while",
                                           "amid", "-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */}));
        // "...killed" right after an actor or a count, not after a verb's subject clause.
        if (headline_passive) {
          bool actor_before = false;
          for (const Candidate& c : candidates) actor_before = actor_before || (c.end == m.begin);
          for (const Value& v : counts) actor_before = actor_before || (v.begin + 2 >= m.begin && v.begin < m.begin);
          // Or a reduced relative stands between them: "17 farmers kidnapped near Dikwa released after
          // three weeks in ISWAP captivity", "Five aid workers abducted in Borno freed": the people
          // of the first participle are the subject of the second.
          for (uint32_t j = m.begin - 1; !actor_before && j > 0 && m.begin - j <= 6 && in_sentence(j - 1, s); --j) {
            if (is_any(j, {",", ";", ":"})) break;
            const std::string_view w = key(j);
            if (w.size() <= 3 || !(w.ends_with("ed") || w == "held" || w == "taken" || w == "seized")) continue;
            for (const Candidate& c : candidates) actor_before = actor_before || (c.end == j);
            for (const Value& v : counts) actor_before = actor_before || (v.begin + 2 >= j && v.begin < j);
            break;
          }
          headline_passive = actor_before;
        }
      }
      // In an English body, people counted as victims right before a participle with no auxiliary,
      // whose sentence goes on to a passive verb of their own ("Seventeen passengers abducted from a bus
      // on the Mora-Kousseri road on November 15 were released on Friday"): the participle is a reduced
      // relative, a passive; the people counted are its victims, not its authors (q12-en).
      if (!aux && !by && a->lang.code == "en" && m.start >= a->body_start && m.end == m.begin + 1 && m.begin > 0) {
        const std::string_view w = key(m.begin);
        bool victims_before = false;
        for (const Value& v : counts) {
          const std::string& k = v.m->detail;
          victims_before = victims_before || (v.begin + 2 >= m.begin && v.begin < m.begin &&
                                              (k == "kidnapped" || k == "killed" || k == "injured" || k == "arrested"));
        }
        if (w.size() > 3 && w.ends_with("ed") && victims_before) {
          for (uint32_t j = m.end; j + 1 < n && in_sentence(j + 1, s); ++j) {
            if (is_any(j, {"and", ";"})) break;
            const std::string_view next = key(j + 1);
            if ((is_any(j, {"were", "was"}) && next.size() > 3 && (next.ends_with("ed") || next == "freed")) ||
                (is_any(j, {"have", "has", "had"}) && next == "been")) {
              headline_passive = true;
              break;
            }
          }
        }
      }
      // A French headline's past participle with no auxiliary ("Mali : le camp militaire de Léré
      // attaqué, l'armée revendique une riposte") is a passive: the active needs "a", "ont"...
      if (!aux && !by && a->lang.code == "fr" && m.start < a->body_start && m.end > m.begin && m.end == m.begin + 1) {
        const std::string_view written =
            std::string_view(a->text).substr(tokens[m.begin].start, tokens[m.begin].end - tokens[m.begin].start);
        const bool participle = written.ends_with("\xC3\xA9") || written.ends_with("\xC3\xA9" "e") ||
                                written.ends_with("\xC3\xA9" "s") || written.ends_with("\xC3\xA9" "es");
        const bool avoir = word_between(m.begin >= 3 ? m.begin - 3 : 0, m.begin, s,
                                        {"a", "ont", "avait", "avaient", "ayant", "avoir", "aurait", "auraient"});
        headline_passive = participle && !avoir;
      }
      voice = aux || by || headline_passive ? "passive" : "active";
      reduced = by && !aux;
    }
    // The actor right after an agent marker following the trigger ("par des hommes armés",
    // "by ISWAP", "من قبل", "على يد").
    const Candidate* agent = nullptr;
    // "by the army", "par la Garde nationale": the article is not part of the actor's name.
    auto by_article = [&](const Candidate* c) {
      return c->begin >= 2 && is_any(c->begin - 1, {"the", "le", "la", "les", "l'"}) &&
             is_any(c->begin - 2, {"par", "by"});
    };
    // Arabic "هجمات شنها مسلحون", "كمين نصبه مسلحون": the men after the verb that launched it.
    auto launched_by = [&](const Candidate* c) {
      if (a->lang.code != "ar" || c->begin < 1) return false;
      std::string_view k = key(c->begin - 1);
      for (std::string_view stem : {"\xD8\xB4\xD9\x86" /* شن */, "\xD9\x86\xD9\x81\xD8\xB0" /* نفذ */,
                                    "\xD9\x86\xD8\xB5\xD8\xA8" /* نصب */}) {
        if (k.size() > stem.size() && k.size() <= stem.size() + 6 && k.substr(0, stem.size()) == stem &&
            k.find("\xD9\x87" /* ه */, stem.size()) != std::string_view::npos) {
          return true;
        }
      }
      return false;
    };
    // English "by members of a vigilance committee", "by fighters of the group": the body the members
    // belong to is the agent (q18-encat).
    auto by_members_of = [&](const Candidate* c) {
      if (a->lang.code != "en" || c->begin < 4 || (ev.type != "ASSAULT" && ev.type != "COERCE")) return false;
      uint32_t i = c->begin;
      if (is_any(i - 1, {"a", "an", "the"})) --i;
      return i >= 3 && is_any(i - 1, {"of"}) && in_class(i - 2, W::kMemberNouns) &&
             is_any(i - 3, {"by"});
    };
    for (const Candidate* c : after) {
      if (c->begin >= 1 && c->begin - m.end <= 3 && (agent_marker(c->begin - 1) || by_article(c) || launched_by(c))) {
        // "contre des terroristes", "against the militants": an article after a preposition of
        // the target, not "de" of the agent.
        if (c->begin >= 2 && c->begin - 1 > m.end &&
            is_any(c->begin - 2, {"contre", "sur", "vers", "against", "on", "at", "toward", "towards"})) {
          continue;
        }
        agent = c;
        break;
      }
      if (c->begin - m.end <= 6 && by_members_of(c)) {
        agent = c;
        break;
      }
    }
    // An Arabic arrest or dismantling told with the operation that made it later in its sentence
    // ("جرى تفكيك خلية إرهابية ...، وذلك في عملية أمنية نفذها المكتب المركزي للأبحاث القضائية"): the
    // body that carried out the operation is the agent (q16-ar).
    if (agent == nullptr && a->lang.code == "ar" && ev.type == "COERCE") {
      for (const Candidate* c : after) {
        if (!launched_by(c) || c->begin < 2) continue;
        bool operation = false;
        for (uint32_t j = c->begin - 1; j > 0 && j + 4 > c->begin && in_sentence(j - 1, s); --j) {
          operation = operation || key(j - 1).ends_with("\xD8\xB9\xD9\x85\xD9\x84\xD9\x8A\xD9\x87" /* عمليه */) ||
                      key(j - 1).ends_with("\xD8\xB9\xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xAA" /* عمليات */);
        }
        if (operation) {
          agent = c;
          break;
        }
      }
    }
    // A passive's agent further on in its clause, after a day or a count ("a été pris d'assaut
    // samedi avant l'aube par des dizaines d'hommes armés"): the first actor at most four words
    // after a "par", ten words at most from the verb (French; written and checked on French only).
    if (agent == nullptr && voice == "passive" && a->lang.code == "fr") {
      for (const Candidate* c : after) {
        if (c->begin < m.end || c->begin - m.end > 10 || clause_break(m.end, c->begin)) break;
        if (word_between(std::max(m.end, c->begin >= 4 ? c->begin - 4 : 0u), c->begin, s, {"par", "by"})) {
          agent = c;
          break;
        }
      }
    }
    // A noun of what is done to someone (flag `victim`: "l'assassinat du maire", "the abduction of
    // four aid workers"): its "de"/"of" names the victim, and the agent is the one after "par",
    // "by", "من قبل", "على يد".
    const Candidate* victim_of = nullptr;
    if (pattern.victim && voice == "noun" && agent == nullptr) {
      // A count between ("the abduction of four aid workers", "l'enlèvement de trois humanitaires").
      for (const Candidate* c : after) {
        // Arabic joins the victim to the noun with no word between (اغتيال القيادي, خطف ثلاثة مدنيين).
        if (c->begin >= m.end && c->begin - m.end <= 4 &&
            (word_between(m.end, c->begin, s, {"de", "d'", "du", "des", "of"}) ||
             (a->lang.code == "ar" && c->begin - m.end <= 2))) {
          victim_of = c;
        }
        break;
      }
    }
    // Named as the agent: after "par", "by", "من قبل", "على يد".
    auto after_by = [&](const Candidate* c) {
      return by_article(c) ||
             (c->begin >= 1 &&
              is_any(c->begin - 1, {"par", "by", "\xD9\x82\xD8\xA8\xD9\x84" /* قبل */, "\xD9\x8A\xD8\xAF" /* يد */}));
    };
    if (pattern.victim && voice == "noun" && agent != nullptr && !after_by(agent)) {
      victim_of = agent;
      agent = nullptr;
      for (const Candidate* c : after) {
        if (c != victim_of && c->begin > victim_of->begin && after_by(c)) {
          agent = c;
          break;
        }
      }
    }
    const Candidate* source = nullptr;
    const Candidate* target = victim_of;
    bool subject_acts = false;  // an Arabic subject before its verb
    auto nearest_before = [&]() -> const Candidate* { return before.empty() ? nullptr : before.back(); };
    auto first_after_except = [&](const Candidate* skip) -> const Candidate* {
      for (const Candidate* c : after) {
        if (c != skip) return c;
      }
      return nullptr;
    };
    if (voice == "active") {
      source = nearest_before();
      // English "X praised Y and urged Z": the second verb's subject is the first's, not its
      // object.
      if (a->lang.code == "en" && m.begin > 0 && is_any(m.begin - 1, {"and"})) {
        for (auto it = a->events.rbegin(); it != a->events.rend(); ++it) {
          if (it->sentence.start != ev.sentence.start || it->trigger.start >= m.start) continue;
          if (!it->has_source || it->source.span.end == 0) break;
          for (const Candidate* c : before) {
            if (c->actor.span.start == it->source.span.start && c->actor.span.end == it->source.span.end) source = c;
          }
          break;
        }
      }
      // The agent of a participle after the object is not the object: "sentenced five people
      // arrested by the National Guard" (the defendants, not the Guard).
      for (const Candidate* c : after) {
        // Not past a conjunction that opens another clause: "states meet in Lome as the
        // jihadist threat creeps south".
        if (word_between(m.end, c->begin, s, kSubordinators)) {
          break;
        }
        if (!after_by(c)) {
          target = c;
          break;
        }
      }
      // Two actors joined by "et"/"and"/"و" before a symmetric trigger.
      if (Symmetric(ev.type) && before.size() >= 2) {
        const Candidate* x = before[before.size() - 2];
        const Candidate* y = before.back();
        if (y->begin > x->end && y->begin - x->end <= 2 && word_between(x->end, y->begin, s, {"et", "and", "\xD9\x88"})) {
          source = x;
          target = y;
        }
      }
      // Both sides named before the verb, joined ("M23 rebels and government troops fought near
      // Sake", "les rebelles et l'armée se sont affrontés"): the first attacks the second.
      if (reciprocal(m) && target == nullptr && before.size() >= 2) {
        const Candidate* x = before[before.size() - 2];
        const Candidate* y = before.back();
        // "X and Y", or with the first side's noun between ("M23 rebels and government troops").
        uint32_t i = y->begin;
        if (i > x->end && is_any(i - 1, {"the", "le", "la", "les", "l'"})) --i;
        const bool and_between = i > x->end && is_any(i - 1, {"and", "et"}) &&
                                 (i - 1 == x->end || (i - 2 == x->end && !tokens[x->end].capitalized &&
                                                      key(x->end) != "," && !counted(x->end)));
        if (y->end <= m.begin && m.begin - y->end <= 3 && (joined(x, y, s) || and_between) &&
            !clause_break(y->end, m.begin)) {
          source = x;
          target = y;
        }
      }
    } else if (voice == "passive") {
      target = nearest_before();
      // English: who says it before the passive ("The army said 11 people were killed in a raid") is the
      // speaker, not the one who underwent it (q18-encat).
      if (a->lang.code == "en" && ev.type == "ASSAULT" && target != nullptr && target->end < m.begin &&
          class_between(target->end, m.begin, s, W::kSpeechVerbs)) {
        target = nullptr;
      }
      // A count of its own after a comma names who undergoes it: in "Police fire tear gas at
      // marchers, three shot dead" the three are the dead, not the police.
      if (a->lang.code == "en" && target != nullptr && clause_break(target->end, m.begin)) {
        for (const Value& v : counts) {
          if (v.begin > target->end && v.begin < m.begin && v.begin + 2 >= m.begin && clause_break(target->end, v.begin)) {
            target = nullptr;
            break;
          }
        }
      }
      // A participle after another verb's object qualifies that object, who is not named as an
      // actor: "the court sentenced five people arrested by the Guard" (the court is not arrested).
      const bool participle =
          reduced || (pattern.voice == "passive" && a->lang.code != "ar" &&
                      !word_between(m.begin >= 3 ? m.begin - 3 : 0, m.begin, s,
                                    {"ete", "\xC3\xA9t\xC3\xA9" /* été */, "est", "sont", "etait", "etaient", "fut",
                                     "furent", "was", "were", "been", "is", "are", "being", "be", "got"}));
      if (participle && target != nullptr) {
        for (const LexiconMatch& o : matches_) {
          if (&o != &m && o.end > target->end && o.end <= m.begin && sentence_of[o.begin] == s &&
              pattern_info_[patterns_.aliases()[o.alias].entity].type != "-") {
            target = nullptr;
            break;
          }
        }
      }
      // Arabic puts a one-word passive's subject after it ("هوجم مركز الشرطة", "مقتل ثلاثة جنود"):
      // the one right after (a count may stand between) comes before the one before, who is often
      // the announcer ("أعلنت الوزارة مقتل شرطي").
      if (a->lang.code == "ar" && m.end - m.begin == 1) {
        const Candidate* next = first_after_except(agent);
        if (next != nullptr && next->begin - m.end <= 3) target = next;
      }
      // An Arabic passive of "تم" or "جرى" and a verbal noun ("تم توقيف خمسة أشخاص", "جرى اعتقال
      // المشتبه بهم") has its undergoer after the noun, never the one named before it, who announces
      // it ("وأعلنت الشرطة أنه تم توقيف", "وأفاد بلاغ للمديرية العامة للأمن الوطني بأنه تم توقيف"; q16-ar).
      if (a->lang.code == "ar" && m.end - m.begin >= 2 &&
          (key(m.begin) == "\xD8\xAA\xD9\x85" /* تم */ || key(m.begin) == "\xD8\xAC\xD8\xB1\xD9\x8A" /* جرى, folded */)) {
        const Candidate* next = first_after_except(agent);
        target = next != nullptr && next->begin - m.end <= 3 ? next : nullptr;
      }
      if (target == nullptr) {
        target = first_after_except(agent);
        // What someone is tried, held or convicted for is the charge, not who undergoes the
        // verb: "ils étaient poursuivis pour avoir préparé une attaque contre la garde
        // nationale", "were jailed for attacking a police station" (docs/annotation.md).
        if (target != nullptr && a->lang.code != "ar" && (ev.type == "SANCTION" || ev.type == "COERCE") &&
            word_between(m.begin, target->begin, s, {"pour", "for", "over"})) {
          target = nullptr;
        }
      }
      source = agent;
      // An Arabic verb of receiving (passive, gift: "تسلمت الوزارة 500 ألف جرعة مقدمة من اليونيسف",
      // "الجيش يتسلم من تركيا شحنة معدات") has the receiver as its subject and the giver after من.
      if (source == nullptr && pattern.gift && a->lang.code == "ar") {
        auto from = [&](const Candidate* c) {
          return c != nullptr && c->begin > m.end && is_any(c->begin - 1, {"\xD9\x85\xD9\x86" /* من */});
        };
        if (from(target)) {
          source = target;
          target = nearest_before();
        }
        for (const Candidate* c : after) {
          if (source != nullptr) break;
          if (c != target && from(c)) source = c;
        }
      }
      // English forces that "were deployed" or "were sent" with no one named after "by" are the
      // ones who move ("Troops were deployed to the area", "Soldiers were sent to the area"): the
      // deployment's source, as in the active "the army deployed troops".
      if (source == nullptr && ev.type == "MOBILIZE" && (ev.mode == "deploy" || ev.mode == "reinforce") &&
          a->lang.code == "en" && target != nullptr &&
          target->end <= m.begin && IsForces(target->actor.kind)) {
        source = target;
        target = nullptr;
      }
    } else if (voice == "noun") {
      source = agent;
      // An English armed group named right before the noun is its author: "JNIM raid on Djibo
      // outpost", "al-Shabaab attack" ("Burkinabe troops hit back after JNIM raid": the troops did
      // not raid).
      // A named group (group nouns are a headline's subject: "militias clash"), one attack, in the
      // singular: "plotting Islamic State attacks" are no act of the story, and "troops fighting
      // insurgents" describes them.
      if (source == nullptr && a->lang.code == "en" && ev.type == "ASSAULT" && !before.empty() &&
          before.back()->end == m.begin && before.back()->actor.kind == "armed_group" &&
          !before.back()->actor.entity.empty() && m.end == m.begin + 1 &&
          !key(m.begin).ends_with("s") && !key(m.begin).ends_with("ing")) {
        source = before.back();
      }
      // Without "de"/"by": the subject of the sentence's verb ("X a mené une attaque", "X and Y
      // held talks"), two actors joined by "et"/"and"/"و" for a symmetric type.
      // An attack named after a word of time ("Troops deployed after drone strikes on Port Sudan",
      // "arrested three weeks after the attack") is no act of the sentence's subject (talks are:
      // "said after talks with Kohl").
      bool after_time = false;
      if (a->lang.code == "en" && ev.type == "ASSAULT") {
        for (uint32_t i = m.begin; i > 0 && m.begin - i < 4 && in_sentence(i - 1, s); --i) {
          const uint32_t j = i - 1;
          if (is_any(j, {"after", "following", "amid"})) {
            after_time = true;
            break;
          }
          if (is_any(j, {",", ";", ":"}) ||
              std::any_of(before.begin(), before.end(), [&](const Candidate* c) { return c->begin <= j && j < c->end; })) {
            break;
          }
        }
      }
      if (source == nullptr) {
        source = before.empty() ? nullptr : before.front();  // the sentence's subject
        // A subject that undergoes the sentence's passive verb is the noun's victim: "quatre
        // membres du Hasm ont été tués lors d'un raid", "soldiers were killed in an ambush".
        if (source != nullptr && (ev.type == "ASSAULT" || ev.type == "COERCE") &&
            word_between(source->end, m.begin, s, {"ete", "\xC3\xA9t\xC3\xA9" /* été */, "was", "were", "been"})) {
          target = source;
          source = nullptr;
        }
        // English: those who "died", "perished" or "lost their lives" in an attack are its victims,
        // never its authors ("Nine soldiers die in attack on army post", "two policemen lost their
        // lives in the ambush"): the actor right before the intransitive verb is the target, and no
        // actor further back leads the attack ("the government ... after 11 people died in clashes"). Not
        // in a clash, where both sides fight ("Three gunmen died in clashes with the police").
        if (source != nullptr && a->lang.code == "en" && ev.type == "ASSAULT" && !reciprocal(m)) {
          for (uint32_t i = source->end; i < m.begin && source != nullptr; ++i) {
            const bool died = in_class(i, W::kDieVerbs) ||
                              (is_any(i, {"lost", "lose", "loses"}) && i + 2 < m.begin &&
                               is_any(i + 1, {"their", "his", "her"}) && is_any(i + 2, {"lives", "life"}));
            if (!died) continue;
            const Candidate* victim = nullptr;
            for (const Candidate* c : before) {
              if (c->end <= i && i - c->end <= 2) victim = c;  // "soldiers died", "soldiers have died"
            }
            if (target == nullptr) target = victim;
            source = nullptr;
          }
        }
        // Civilians do not lead an attack told by a noun that says one ("plus de 11 500 déplacés
        // après les tueries de Biakato", "villagers fled after the massacre"): they are those it
        // struck or drove away. (Arabic puts the noun first; a weak word, "offensive", may be
        // the farmers' own campaign.)
        if (source != nullptr && ev.type == "ASSAULT" && source->actor.kind == "civilians" && !pattern.weak &&
            a->lang.code != "ar") {
          if (target == nullptr) target = source;
          source = nullptr;
        }
        if (after_time) source = nullptr;
        if (Symmetric(ev.type) && before.size() >= 2) {
          const Candidate* x = before[before.size() - 2];
          const Candidate* y = before.back();
          if (y->begin > x->end && y->begin - x->end <= 2 &&
              word_between(x->end, y->begin, s, {"et", "and", "\xD9\x88"})) {
            source = x;
            target = y;
          }
        }
      }
      // The target after "contre", "against", "on", "targeting", "ضد", "على", "استهدف".
      for (const Candidate* c : after) {
        if (target != nullptr) break;
        if (c == agent) continue;
        if (c->begin >= 1 && c->begin - m.end <= 4 &&
            word_between(m.end, c->begin, s,
                         {"contre", "against", "on", "targeting", "visant", "\xD8\xB6\xD8\xAF" /* ضد */,
                          "\xD8\xB9\xD9\x84\xD9\x8A" /* على */})) {
          target = c;
          break;
        }
      }
      // Partners right after a nominal of working together ("en coordination avec les autorités
      // de Mogadiscio", "in cooperation with Kenyan police", "بالتنسيق مع الجيش").
      if (target == nullptr && Symmetric(ev.type)) {
        for (const Candidate* c : after) {
          if (c != agent && c != source && c->begin - m.end <= 2) {
            target = c;
            break;
          }
        }
      }
      // Arabic: the body whose session or meeting it is, after the ل of the genitive and with no one
      // before ("اختتام أشغال الدورة الـ23 للجنة الثنائية الحدودية", "الاجتماع الطارئ لمجلس الأمن"),
      // holds it: the source (q19-ar).
      if (source == nullptr && target != nullptr && ev.type == "CONSULT" && a->lang.code == "ar" &&
          target->begin >= m.end && a->text.compare(tokens[target->begin].start, 2, "\xD9\x84" /* ل */) == 0) {
        source = target;
        target = nullptr;
      }
      // The two sides of a fight: "clashes between protesters and the police", "affrontements
      // entre X et Y", "اشتباكات بين مسلحين والجيش", "des affrontements ont opposé X aux Y"; the
      // other side after "with": "clashes with the army", "affrontements avec", "اشتباكات مع".
      if (reciprocal(m)) {
        const Candidate* first = nullptr;
        const Candidate* second = nullptr;
        for (const Candidate* c : after) {
          if (first == nullptr) {
            const bool between =
                c->begin - m.end <= 4 &&
                (word_between(m.end, c->begin, s, {"between", "entre", "\xD8\xA8\xD9\x8A\xD9\x86" /* بين */}) ||
                 std::any_of(tokens.begin() + m.end, tokens.begin() + c->begin,
                             [&](const MatchToken& t) { return t.Key(folded).rfind("oppos", 0) == 0; }));
            if (!between) break;
            first = c;
          } else {
            if (joined(first, c, s) ||
                (c->begin > first->end && c->begin - first->end <= 2 &&
                 word_between(first->end, c->begin, s, {"aux", "au", "a", "\xC3\xA0" /* à */, "with", "avec"}))) {
              second = c;
            }
            break;
          }
        }
        if (second != nullptr) {
          source = first;
          target = second;
        } else if (target == nullptr) {
          for (const Candidate* c : after) {
            if (c == source || c->begin - m.end > 4) break;
            if (word_between(m.end, c->begin, s, {"with", "avec", "\xD9\x85\xD8\xB9" /* مع */})) {
              target = c;
              break;
            }
          }
        }
      }
      // Arabic "تعرّض X لـ<attack>" (X underwent it), its subject between the verb and the noun:
      // "تعرضت دورية للجيش لهجوم", "تعرض موكب الوزير لكمين نصبه مسلحون": X is the target; who
      // attacked comes after the noun, if anyone.
      if (ev.type == "ASSAULT" && a->lang.code == "ar" && m.begin > 0 &&
          a->text.compare(tokens[m.begin].start, 2, "\xD9\x84" /* ل */) == 0) {
        uint32_t verb = m.begin;
        for (uint32_t i = m.begin - 1; i + 7 > m.begin && in_sentence(i, s); --i) {
          if (key(i).find("\xD8\xAA\xD8\xB9\xD8\xB1\xD8\xB6" /* تعرض */) != std::string_view::npos) {
            verb = i;
            break;
          }
          if (i == 0) break;
        }
        // A day set off by commas between the verb and the noun breaks no clause ("قد تعرضت، الثلاثاء،
        // لإطلاق نار"), and the subject may stand before the verb, a few words back in its clause
        // ("وكانت دورية تابعة لكتيبة حرس الحدود قد تعرضت ... لإطلاق نار من مهربين مسلحين"; q16-ar).
        if (verb < m.begin && (m.begin - verb <= 5 || !clause_break(verb, m.begin))) {
          const Candidate* undergoer = nullptr;
          for (const Candidate* c : before) {
            if (c->begin > verb) {
              undergoer = c;
              break;
            }
          }
          if (undergoer == nullptr) {
            for (auto it = before.rbegin(); it != before.rend(); ++it) {
              const Candidate* c = *it;
              if (c->end > verb) continue;
              if (verb - c->end <= 4 && !clause_break(c->end, verb)) undergoer = c;
              break;
            }
          }
          if (undergoer != nullptr) {
            target = undergoer;
            source = agent;
            for (const Candidate* c : after) {
              if (source != nullptr) break;
              if (c->actor.kind == "armed_group" && c->begin - m.end <= 4) source = c;
            }
          }
        }
      }
    } else {  // verb-first
      source = after.empty() ? nullptr : after[0];
      target = after.size() > 1 ? after[1] : nullptr;
      // Subject first, then its verb, as headlines and nominal sentences write ("الاتحاد الأفريقي
      // يدين قصف المخيم", "المفوضية تحث المانحين على...", "الرئيس يستقبل وزير الدفاع"): the actor
      // right before the verb acts, the first one after it undergoes. Not a verb joined by و or ف
      // to an earlier one ("استقبل الرئيس الوزير وبحث معه": the subject is the first verb's).
      // Violence and arrests keep the readings below.
      if (a->lang.code == "ar" && ev.type != "ASSAULT" && ev.type != "COERCE" && m.start == tokens[m.begin].start) {
        const Candidate* subject = nearest_before();
        // Forces that "يقضي على" kill: no court's ruling (the weak قضى).
        const bool forces_ruling = ev.type == "SANCTION" && subject != nullptr &&
                                   (IsForces(subject->actor.kind) || subject->actor.kind == "armed_group");
        // One word at most between, a word (not a dateline's dash: "الجزائر - قضت مفرزة").
        const bool next_to = subject != nullptr && subject->end <= m.begin &&
                             (subject->end == m.begin ||
                              (m.begin - subject->end == 1 && !key(subject->end).empty() &&
                               static_cast<unsigned char>(key(subject->end)[0]) >= 0xD8 &&
                               static_cast<unsigned char>(key(subject->end)[0]) <= 0xDB));
        if (next_to && !forces_ruling && !clause_break(subject->end, m.begin)) {
          target = after.empty() ? nullptr : after[0];
          source = subject;
          subject_acts = true;
        }
      }
      // Counted dead are who was killed, not who killed: "وقتل الجيش خمسة مهاجمين" has its
      // source first, "قتلوا خمسة مهاجمين" none after the verb: then the subject before it, if
      // any ("الجنود قتلوا").
      // Armed men counted after the verb of forces named before it ("الجنود قتلوا 12 مهاجما")
      // are their victims too.
      const Candidate* subject = nearest_before();
      if (subject != nullptr && clause_break(subject->end, m.begin)) subject = nullptr;
      const bool forces_subject =
          subject != nullptr && IsForces(subject->actor.kind);
      auto counted_victim = [&](const Candidate* c) {
        // "قتلت ثلاثة من المهاجمين", "وقتل عدد من المهاجمين": some of the armed men, after the
        // forces' verb.
        if (forces_subject && c->actor.kind == "armed_group" && c->begin > m.end &&
            is_any(c->begin - 1, {"\xD9\x85\xD9\x86" /* من */})) {
          return true;
        }
        for (const Value& v : counts) {
          if (v.begin <= c->begin && c->begin - v.begin <= 2 && sentence_of[v.begin] == s &&
              (v.m->detail == "killed" || v.m->detail == "injured" ||
               (forces_subject && c->actor.kind == "armed_group"))) {
            return true;
          }
        }
        // A body the counted dead belong to, right after the count and its "من" ("قتل أربعة من
        // عناصر الشرطة", "قُتل ثلاثة من أفراد الجيش"): the dead are its members.
        if (c->begin > m.end && c->begin >= 2) {
          const uint32_t from = c->begin >= 4 ? c->begin - 4 : 0;
          const bool of_members = is_any(c->begin - 1, {"\xD9\x85\xD9\x86" /* من */}) ||
                                  (is_any(c->begin - 2, {"\xD9\x85\xD9\x86" /* من */}) &&
                                   in_class(c->begin - 1, W::kMemberNouns));
          const uint32_t of = is_any(c->begin - 1, {"\xD9\x85\xD9\x86" /* من */}) ? c->begin - 1 : c->begin - 2;
          // The count right before "من": digits or a number word ("ثلاثة", "عدد").
          if (of_members && of >= 1 && of - 1 >= m.end && in_sentence(of - 1, s) &&
              (counted(of - 1) ||
               in_class(of - 1, W::kCountWords))) {
            return true;
          }
          for (const Value& v : counts) {
            if (of_members && v.begin >= from && v.begin >= m.end && v.begin < c->begin && sentence_of[v.begin] == s &&
                (v.m->detail == "killed" || v.m->detail == "injured")) {
              return true;
            }
          }
        }
        return false;
      };
      if (ev.type == "ASSAULT" && source != nullptr && counted_victim(source)) {
        target = source;
        source = after.size() > 1 ? after[1] : nullptr;
        // "قتل 14 جنديا من الجيش البوركيني": the army the dead belong to is no killer; an armed
        // group named further on may be ("في هجوم شنه مسلحون").
        // The same for a name joined to the dead ("خمسة من ميليشيات الحوثي").
        if (source != nullptr && source->begin >= 1 &&
            (source->begin == target->end ||
             (source->begin == target->end + 1 && is_any(source->begin - 1, {"\xD9\x85\xD9\x86" /* من */})))) {
          source = after.size() > 2 && after[2]->actor.kind == "armed_group" ? after[2] : nullptr;
        }
        // Counted dead before the verb ("15 شخصا قتلوا") are no killers either.
        if (source == nullptr && !(subject != nullptr && counted_victim(subject))) source = subject;
      }
      // Forces named before the verb and an armed group alone after it ("المقاتلات التركية قصفت
      // مواقع لحزب العمال"): the forces struck the group. Not after a verb that carries its object
      // ("هاجمهم مسلحون": the men after it are its subject).
      const std::string_view last = key(m.end - 1);
      const bool object_suffix = last.size() > 4 && (last.substr(last.size() - 2) == "\xD9\x87" /* ه */ ||
                                                     last.find("\xD9\x87\xD9\x85") != std::string_view::npos /* هم */ ||
                                                     last.substr(last.size() - 4) == "\xD9\x87\xD8\xA7" /* ها */);
      if ((ev.type == "ASSAULT" || ev.type == "COERCE") && forces_subject && !object_suffix && source != nullptr &&
          target == nullptr && source->actor.kind == "armed_group" && source->begin >= m.end) {
        target = source;
        source = subject;
        subject_acts = true;
      }
      // Subject first, then the verb that agrees with it ("الجنود قتلوا 12 مهاجما"), nothing
      // named after it: the subject acts.
      if (source == nullptr && forces_subject && (ev.type == "ASSAULT" || ev.type == "COERCE")) {
        source = subject;
        subject_acts = true;
      }
      // A call joined by و to an earlier verb of its sentence has that verb's subject: in "وأدان
      // رئيس الوزراء الهجوم، ودعا المواطنين إلى التعاون" the citizens are called on, the prime
      // minister calls. People named first after the verb are its addressee when a political
      // actor stands before it and nobody political follows.
      if (ev.type == "REQUEST" && a->lang.code == "ar" && source != nullptr && source->actor.kind == "civilians" &&
          (target == nullptr || target->actor.kind == "civilians" || target->actor.kind == "other" ||
           word_between(source->end, target->begin, s, {"\xD8\xA7\xD9\x84\xD9\x8A" /* إلى */})) &&
          m.start > tokens[m.begin].start && a->text.compare(tokens[m.begin].start, 2, "\xD9\x88" /* و */) == 0) {
        const Candidate* caller = nullptr;
        for (const Candidate* c : before) {
          if (c->actor.kind == "gov" || c->actor.kind == "igo" || IsForces(c->actor.kind) || c->actor.kind == "ngo") {
            caller = c;
            break;
          }
        }
        if (caller != nullptr) {
          target = source;
          source = caller;
        }
      }
    }
    if (a->lang.code == "ar" && voice == "verb-first") {
      // After "إن", "أن" the subject stands before its verb ("قال الحزب الحاكم إن قوات الأمن اعتقلت
      // ثلاثة أشخاص", "أوضح أن مسلحين هاجموا القرية"): forces or an armed group right before the
      // verb, no count before them ("إن ثلاثة جنود قتلوا" is a passive), with the verb's object right
      // after it, act; the speaker before "إن" does not.
      const Candidate* subject = nearest_before();
      if ((ev.type == "ASSAULT" || ev.type == "COERCE") && !subject_acts && subject != nullptr &&
          subject->end == m.begin && subject->begin > 0 && m.start == tokens[m.begin].start &&
          (IsForces(subject->actor.kind) || subject->actor.kind == "armed_group") &&
          is_any(subject->begin - 1, {"\xD8\xA7\xD9\x86" /* إن, أن */, "\xD8\xA8\xD8\xA7\xD9\x86" /* بأن */})) {
        const Candidate* object = after.empty() ? nullptr : after[0];
        // Not a verb that carries its object ("إن الجنود هاجمهم مسلحون": the men after it attack).
        const std::string_view verb = key(m.end - 1);
        const bool carries_object =
            verb.size() > 4 && (verb.ends_with("\xD9\x87" /* ه */) || verb.ends_with("\xD9\x87\xD9\x85" /* هم */) ||
                                verb.ends_with("\xD9\x87\xD8\xA7" /* ها */));
        bool count_before = carries_object;
        for (const Value& v : counts) {
          count_before = count_before || (v.begin <= subject->begin && subject->begin - v.begin <= 2);
        }
        if (!count_before && object != nullptr && object->begin >= m.end && object->begin - m.end <= 2 &&
            !clause_break(m.end, object->begin)) {
          source = subject;
          target = object;
          subject_acts = true;
        } else if (!count_before && ev.type == "ASSAULT" && (object == nullptr || clause_break(m.end, object->begin))) {
          // Its object no actor and the next actor in another clause ("أن مجموعة إرهابية هاجمت الموقع فجر
          // الأحد، وأن الجنود تصدوا للهجوم"): the subject still acts; the men of the next clause do not.
          source = subject;
          if (target != nullptr && (target == object || clause_break(m.end, target->begin))) target = nullptr;
          subject_acts = true;
        }
      }
      // The head of a body and his name set off by commas or brackets ("أدان رئيس مفوضية الاتحاد
      // الأفريقي، محمود علي يوسف، الجمعة، الهجوم", "رئيس مفوضية المجموعة (إيكواس)، عمر توراي،") are one
      // speaker, named most precisely by the person: nobody he condemns, calls on or praises.
      // Speech acts only (a call has its own reading of such a pair: q13-ar); each name of the pair
      // closed by a comma or a bracket ("أشاد الوزير، فلان، بالجيش": the army is praised).
      if (source != nullptr && target != nullptr && source->begin >= m.end && target->begin > source->end &&
          (ev.type == "ACCUSE" || ev.type == "SUPPORT" || ev.type == "REJECT" || ev.type == "THREATEN")) {
        const Candidate* last = source;
        const Candidate* person = nullptr;
        bool apposition = false;
        for (const Candidate* c : after) {
          if (c->begin < last->end) continue;
          bool only_marks = c->begin > last->end;
          for (uint32_t i = last->end; i < c->begin && only_marks; ++i) {
            const std::string_view k = key(i);
            only_marks = k == "," || k == "\xD8\x8C" /* ، */ || k == "(" || k == ")";
          }
          if (!only_marks || c->end >= n || !is_any(c->end, {",", "\xD8\x8C" /* ، */, ")"})) break;
          apposition = true;
          if (c->person && person == nullptr) person = c;
          last = c;
        }
        if (apposition) {
          if (person != nullptr) source = person;
          target = nullptr;
        }
      }
      // The same pair with no comma: an office, the body it heads, then the name right after it
      // ("أدان رئيس مفوضية الاتحاد الأفريقي موسى فكي محمد الهجوم", "رحب الأمين العام للأمم المتحدة
      // أنطونيو غوتيريش بالاتفاق"): the person is the speaker, not whom he condemns (q15-ar). The
      // office word must stand right before the body: "اتهم الجيش النيجيري أبو بكر شيكاو" accuses him.
      if (a->lang.code == "ar" && source != nullptr && target != nullptr && source->begin >= m.end && !source->person &&
          target->person && target->begin == source->end && source->begin > 0 &&
          (ev.type == "ACCUSE" || ev.type == "SUPPORT" || ev.type == "REJECT" || ev.type == "THREATEN" ||
           ev.type == "REQUEST")) {
        if (in_class(source->begin - 1, W::kOfficeTitles)) {
          source = target;
          target = nullptr;
        }
      }
    }
    // A past "تسلم" opening its clause receives ("تسلم الجيش البنيني، الخميس، 24 مركبة مدرعة مقدمة
    // من الاتحاد الأوروبي"): nobody before it hands over; the one named after "من" gives.
    // So does one that opens its clause after "كما", "فيما", a comma or its own و ("..., كما تسلم الجيش
    // السوداني الأسبوع الماضي شحنة"): the name before it is the last clause's, no giver (q18-ar).
    if (ev.rule == "ar.coerce.taslim_dawla" && source != nullptr && source->end <= m.begin && target != nullptr &&
        target->begin >= m.end && m.end == m.begin + 1 && m.begin > 0 &&
        (m.start > tokens[m.begin].start ||
         is_any(m.begin - 1, {"\xD9\x83\xD9\x85\xD8\xA7" /* كما */, "\xD9\x81\xD9\x8A\xD9\x85\xD8\xA7" /* فيما */,
                              "\xD8\xA8\xD9\x8A\xD9\x86\xD9\x85\xD8\xA7" /* بينما */, ",", "\xD8\x8C" /* ، */}))) {
      source = nullptr;
    }
    if (ev.rule == "ar.coerce.taslim_dawla" && source == nullptr && target != nullptr && target->begin >= m.end &&
        m.end == m.begin + 1) {
      for (const Candidate* c : after) {
        if (c != target && c->begin > target->end && is_any(c->begin - 1, {"\xD9\x85\xD9\x86" /* من */})) {
          source = c;
          break;
        }
      }
    }
    // "..., killing 20 fighters", "..., tuant dix civils": a participle after a comma has the
    // clause's subject as its source, not the nearest name before it ("troops launched an
    // offensive against Boko Haram camps, killing...").
    // In English a call's participle right after a preposition's object ("had written to Safaricom
    // demanding a report") is the clause subject's too (threats and refusals so placed are often
    // the object's: "a pay offer to health workers threatening industrial action").
    // English: a message "demanding", "urging" or "asking" something ("they receive calls demanding
    // payment", "leaflets urging residents to leave") tells what it says, with no sender named: no
    // call by the sentence's subject.
    if (a->lang.code == "en" && ev.type == "REQUEST" && m.begin > 0 && key(m.begin).ends_with("ing") &&
        in_class(m.begin - 1, W::kWrittenMedia)) {
      continue;
    }
    const bool speech_participle =
        a->lang.code == "en" && m.begin > 0 && key(m.begin - 1) != "," && !before.empty() &&
        before.back()->end == m.begin && ev.type == "REQUEST";
    if (voice == "active" && m.begin > 0 && (key(m.begin - 1) == "," || speech_participle) && !before.empty()) {
      std::string_view k = key(m.begin);
      auto ends = [&](std::string_view suffix) {
        return k.size() > suffix.size() + 2 && k.substr(k.size() - suffix.size()) == suffix;
      };
      if (ends("ing") || ends("ant")) {
        // The nearest name that is no preposition's object ("against Boko Haram camps").
        auto object = [&](const Candidate* c) {
          uint32_t i = c->begin;
          // English: one word that qualifies the people ("at opposition supporters", "against rival
          // militiamen"), a lower-case word that is no past verb, stands between them and the preposition
          // (q18-encat: "Police fired live rounds at opposition supporters ..., killing three people").
          if (a->lang.code == "en" && i > 1 && !tokens[i - 1].capitalized && !key(i - 1).ends_with("ed") &&
              is_any(i - 2, {"against", "on", "at", "with", "into"}))
            --i;
          if (i > 0 && is_any(i - 1, {"the", "a", "an", "le", "la", "les", "l'", "un", "une", "des"})) --i;
          // English: the people a group noun is made of ("a joint team of police and vigilantes",
          // "a group of gunmen", "a detachment of troops") are its members, no preposition's object.
          if (a->lang.code == "en" && i > 1 && is_any(i - 1, {"of"}) &&
              in_class(i - 2, W::kUnitNouns))
            return false;
          return i > 0 && (is_any(i - 1, {"against", "on", "in", "at", "near", "of", "from", "with", "into", "toward",
                                          "towards", "contre", "sur", "dans", "pres", "de", "du", "d'", "avec", "vers"}) ||
                           (speech_participle && is_any(i - 1, {"to"})));
        };
        // In English the object of a verb of fighting ("troops fought insurgents ..., killing 12
        // of them", "engaged the kidnappers ..., killing 11 of them") is no subject either: the
        // participle's source stands before the verb, and its victims are that object unless the
        // participle names its own right after it ("..., killing 12 militants").
        auto fought_object = [&](const Candidate* c) {
          if (a->lang.code != "en") return false;
          uint32_t i = c->begin;
          if (i > 0 && is_any(i - 1, {"the", "a", "an", "some", "suspected"})) --i;
          if (i == 0) return false;
          return in_class(i - 1, W::kCombatVerbs);
        };
        const Candidate* fought = nullptr;
        for (auto it = before.rbegin(); it != before.rend(); ++it) {
          // A noun's agent ("a march by opposition supporters", one qualifying word between) is no
          // subject either.
          const uint32_t b = (*it)->begin;
          const bool agent = a->lang.code == "en" && b > 0 &&
                             (is_any(b - 1, {"by"}) || (b > 1 && !tokens[b - 1].capitalized &&
                                                        !key(b - 1).ends_with("ed") && is_any(b - 2, {"by"})));
          if (object(*it) || agent) continue;
          if (fought == nullptr && fought_object(*it)) {
            fought = *it;
            continue;
          }
          source = *it;
          break;
        }
        if (fought != nullptr && source == nullptr) source = fought;  // nobody before the verb
        else if (fought != nullptr && (target == nullptr || target->begin > m.end + 2)) target = fought;
      }
    }
    // Arabic: a speech participle after a comma ("أدان رئيس المفوضية الهجوم الذي أودى بحياة 27 مصليا،
    // داعيا المجتمع الدولي إلى", "وقال الحاكم إن الطلاب نقلوا إلى مستشفى، مشيدا بجهود") is said by
    // the sentence's subject, its first actor, not by the victims or the people named just before it.
    if (a->lang.code == "ar" && pattern.voice == "active" && m.begin > 0 &&
        (key(m.begin - 1) == "," || key(m.begin - 1) == "\xD8\x8C" /* ، */) &&
        !before.empty() &&
        (ev.type == "REQUEST" || ev.type == "SUPPORT" || ev.type == "ACCUSE" || ev.type == "REJECT" ||
         ev.type == "THREATEN")) {
      for (const Candidate* c : before) {
        if (c->actor.kind == "civilians") continue;
        if (c != source && target == c) target = nullptr;
        source = c;
        break;
      }
    }
    // English: a verb of force joined by "and" to an earlier verb of its clause has that verb's
    // subject ("the Congolese army destroyed two ADF camps near Mwalika and killed 12 rebels"): an
    // armed group named in the first verb's object is no source when forces stand before it in the
    // same clause (no comma, relative pronoun or verb of saying between them).
    if (a->lang.code == "en" && force && voice == "active" && m.begin > 0 && is_any(m.begin - 1, {"and"}) &&
        source != nullptr && source->actor.kind == "armed_group" && source->end <= m.begin) {
      // the first forces of the clause ("the Congolese army and the UPDF ... and killed"): its head
      const Candidate* subject = nullptr;
      for (const Candidate* c : before) {
        if (c->end > source->begin) break;
        if (!IsForces(c->actor.kind)) continue;
        bool clause = true;
        for (uint32_t i = c->end; clause && i < source->begin; ++i) {
          if (is_any(i, {",", ";", ":", "who", "which", "that", "said", "says", "say", "told", "reported", "claimed",
                         "accused", "blamed", "after", "when", "while", "as", "but"}))
            clause = false;
        }
        if (clause) {
          subject = c;
          break;
        }
      }
      if (subject != nullptr) {
        // the object's group is the one hit when the verb names no victim of its own
        if (target == nullptr) target = source;
        source = subject;
      }
    }
    // "قضت قوات الجيش على خمسة إرهابيين": forces and armed groups do not pass sentences; قضى على
    // is to eliminate.
    // A trigger that holds its penalty ("تقضي بإعدام", "قضت بسجن") is a sentence whoever follows it: an
    // armed group after it names the defendants ("محكمة عسكرية تقضي بإعدام 3 من عناصر حركة الشباب").
    bool eliminated = false;
    const bool penalty_said = ev.type == "SANCTION" && ev.mode == "sentence" && a->lang.code == "ar" &&
                              m.end > m.begin + 1;
    if (penalty_said && source != nullptr && source->begin >= m.end &&
        (IsForces(source->actor.kind) || source->actor.kind == "armed_group")) {
      if (target == nullptr) target = source;
      source = nullptr;
    }
    if (ev.type == "SANCTION" && ev.mode == "sentence" && a->lang.code == "ar" && source != nullptr && !penalty_said &&
        std::string_view(a->text).substr(m.start, m.stop - m.start).find("\xD9\x82\xD8\xB6" /* قض */) !=
            std::string_view::npos &&
        (IsForces(source->actor.kind) || source->actor.kind == "armed_group")) {
      ev.type = "ASSAULT";
      ev.mode.clear();
      eliminated = true;
    }
    // The death "for" defendants or convicts is a sentence ("الإعدام لـ7 متهمين والمؤبد لـ12" in a
    // headline): a court's, no killing.
    // So is a death told beside another penalty of its sentence ("الإعدام لثلاثة إرهابيين والسجن 20 سنة
    // لخمسة آخرين", "الإعدام والمؤبد لعناصر خلية"): prison for life or for years, or a court's word,
    // is no armed group's (q18-ar).
    auto other_penalty = [&] {
      for (uint32_t i = m.begin >= 12 ? m.begin - 12 : 0; i < m.end + 12 && i < n; ++i) {
        if (!in_sentence(i, s) || (i >= m.begin && i < m.end)) continue;
        if (in_class(i, W::kCourtPenalties)) return true;
        // "السجن 20 سنة": prison with its years
        if (is_any(i, {"\xD8\xA7\xD9\x84\xD8\xB3\xD8\xAC\xD9\x86" /* السجن */}) && i + 1 < n) {
          const std::string_view k = key(i + 1);
          if (!k.empty() && k[0] >= '0' && k[0] <= '9') return true;
        }
      }
      return false;
    };
    if (ev.type == "ASSAULT" && a->lang.code == "ar" && ev.rule == "ar.assault.idam" &&
        ((target != nullptr &&
          (target->actor.name.find("\xD9\x85\xD8\xAA\xD9\x87\xD9\x85" /* متهم */) != std::string::npos ||
           target->actor.name.find("\xD9\x85\xD8\xAF\xD8\xA7\xD9\x86" /* مدان */) != std::string::npos ||
           target->actor.name.find("\xD9\x85\xD8\xAD\xD9\x83\xD9\x88\xD9\x85" /* محكوم */) != std::string::npos)) ||
         other_penalty())) {
      ev.type = "SANCTION";
      ev.mode = "sentence";
      sentenced = true;
      if (source != nullptr && (source->actor.kind == "armed_group" || IsForces(source->actor.kind))) source = nullptr;
    }
    // A court that "condemns" convicts ("محكمة مكافحة الإرهاب تدين خمسة متهمين", "القضاء يدين"): a verdict, no
    // condemnation (q18-ar).
    if (ev.type == "ACCUSE" && a->lang.code == "ar" && ev.rule == "ar.accuse.adana" && source != nullptr &&
        (source->actor.name.find("\xD9\x85\xD8\xAD\xD9\x83\xD9\x85" /* محكم */) != std::string::npos ||
         source->actor.name.find("\xD8\xA7\xD9\x84\xD9\x82\xD8\xB6\xD8\xA7\xD8\xA1" /* القضاء */) != std::string::npos)) {
      ev.type = "SANCTION";
      ev.mode = "convict";
      sentenced = true;
    }
    // A passive's undergoer is not past a conjunction that opens another clause ("At least 17 people
    // were killed when M23 rebels and militiamen fought": the rebels are the next clause's subject,
    // not the dead). Forces so placed in English wait for the reading of a crowd they act on below.
    // English only: checked on English news alone.
    auto past_conjunction = [&](const Candidate* t) {
      return a->lang.code == "en" && voice == "passive" && source == nullptr && t != nullptr && t->begin > m.end &&
             word_between(m.end, t->begin, s, kSubordinators);
    };
    if (past_conjunction(target) && !IsForces(target->actor.kind)) target = nullptr;
    // An attack's source is an armed group in the sentence when nothing else says who.
    // Armed men killed or "neutralised" with nobody named: the forces did it, not a group.
    // English: an armed group after "on" or "against" ("killed in a raid on an insurgent camp", "an
    // operation against al-Shabaab") is what the attack struck, not who made it: the forces did
    // (q18-encat).
    auto struck_group = [&](const Candidate* c) {
      if (a->lang.code != "en" || c->actor.kind != "armed_group" || c->begin < 2) return false;
      uint32_t i = c->begin;
      if (is_any(i - 1, {"a", "an", "the", "suspected", "alleged"})) --i;
      return i >= 1 && is_any(i - 1, {"on", "against"});
    };
    const Candidate* struck = nullptr;
    const bool armed_victims = target != nullptr && target->actor.kind == "armed_group";
    if (ev.type == "ASSAULT" && source == nullptr && !armed_victims) {
      // The one the story is most about, when the sentence names several ("le GSIM, lié à
      // al-Qaïda").
      double best_salience = -1;
      for (const std::vector<const Candidate*>* side : {&before, &after}) {
        for (const Candidate* c : *side) {
          if (c == target || c->actor.kind != "armed_group") continue;
          if (struck_group(c)) {
            if (struck == nullptr) struck = c;
            continue;
          }
          auto de = doc_entity.find(c->actor.entity);
          double salience = de != doc_entity.end() ? de->second->salience : 0;
          if (salience > best_salience) {
            source = c;
            best_salience = salience;
          }
        }
      }
    }
    // The only actor after an Arabic verb, when it is who undergoes it ("قتل 12 جنديا", "اعتقل
    // خمسة أشخاص"), is the target.
    if (source != nullptr && target == nullptr && voice == "verb-first" && !subject_acts) {
      const Name& k = source->actor.kind;
      bool victim = k == "civilians" || k == "other" ||
                    (ev.type == "ASSAULT" && IsForces(k));
      if (victim && (ev.type == "ASSAULT" || ev.type == "COERCE")) {
        target = source;
        source = nullptr;
      }
    }
    // Arabic: a call or an appeal named by its noun and told by a relative clause right after it ("رحب المجلس بالدعوة التي وجهها الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى
    // الأطراف", "النداء الذي أطلقه الرئيس"): the actor the relative verb names right after it made it,
    // not the sentence's subject who welcomes it; its addressee follows "إلى" (q15-ar).
    bool relative_maker = false;
    if (a->lang.code == "ar" && voice == "noun" && ev.type == "REQUEST" && m.end + 2 < n &&
        in_sentence(m.end + 1, s) && is_any(m.end, {"\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" /* الذي */, "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" /* التي */})) {
      const Candidate* maker = nullptr;
      const Candidate* addressee = nullptr;
      for (const Candidate* c : after) {
        if (maker == nullptr) {
          if (c->begin >= m.end + 2 && c->begin <= m.end + 4 && !clause_break(m.end + 1, c->begin)) maker = c;
          continue;
        }
        // The head of a body and his name with no comma: the person ("الأمين العام للأمم المتحدة أنطونيو غوتيريش").
        if (c->person && !maker->person && c->begin == maker->end) {
          maker = c;
          continue;
        }
        if (c->begin > 0 && c->begin - maker->end <= 3 && !clause_break(maker->end, c->begin) &&
            word_between(maker->end, c->begin, s, {"\xD8\xA7\xD9\x84\xD9\x8A" /* إلى, folded */})) {
          addressee = c;
        }
        break;
      }
      if (maker != nullptr) {
        source = maker;
        target = addressee;
        relative_maker = true;
      }
    }
    // The same noun with the person who made it right after it, a genitive ("يرحب بدعوة غوتيريش إلى
    // وقف القتال", "نداء البابا"): that person speaks, not the sentence's subject (q15-ar). A body or a
    // group noun after it may be the addressee ("دعوة المواطنين إلى الحذر"): persons only.
    if (a->lang.code == "ar" && voice == "noun" && !relative_maker &&
        (ev.type == "REQUEST" || ev.type == "ACCUSE" || ev.type == "THREATEN" || ev.type == "REJECT") &&
        !after.empty() && after[0]->begin == m.end && after[0]->person && m.end < n &&
        tokens[m.end].start == after[0]->actor.span.start) {
      source = after[0];
      if (target == source) target = nullptr;
      relative_maker = true;
    }
    // Arabic: forces named by a possessive ("قواته", "وحداتها", "جنوده": its forces) belong to the forces
    // named before them in the sentence, the speaker ("قال الجيش الموريتاني إن قواته قتلت 3 مهربين",
    // "أعلنت هيئة الأركان العامة للجيش الموريتاني أن وحداتها دمرت"): those forces are the source of an
    // attack, an arrest or a deployment; with none named, or for another type, nobody is (q15-ar).
    if (a->lang.code == "ar" && source != nullptr && source->actor.entity.empty() &&
        in_class(source->begin, W::kOwnForces)) {
      const Candidate* speaker = nullptr;
      for (const Candidate& c : candidates) {
        if (c.end > source->begin) break;
        if (sentence_of[c.begin] == s && &c != source && IsForces(c.actor.kind) && !c.actor.entity.empty()) {
          speaker = &c;
        }
      }
      // With no forces named before them, "its forces" name nobody ("لسحب قواته"): no source.
      source = (ev.type == "ASSAULT" || ev.type == "COERCE" || ev.type == "MOBILIZE") ? speaker : nullptr;
    }
    // Defendants pass no sentence: unnamed suspects, detainees or protesters before a verdict's
    // noun undergo it ("les deux accusés ont écopé de trente ans de réclusion").
    auto unnamed_defendants = [](const Candidate* c) {
      return c != nullptr && c->actor.kind == "other" && c->actor.entity.empty();
    };
    if (ev.type == "SANCTION" && (ev.mode == "sentence" || ev.mode == "convict" || ev.mode == "prosecute") &&
        target == nullptr && unnamed_defendants(source)) {
      target = source;
      source = nullptr;
    }
    // "Two killed as police clash with protesters", "Three killed as Mozambique police fire on
    // protesters": a toll told with no attacker, then forces that act on a crowd in an "as" or
    // "when" clause, is the forces' (the crowd is who undergoes it, not the forces).
    if (a->lang.code == "en" && ev.type == "ASSAULT" && source == nullptr && target != nullptr &&
        IsForces(target->actor.kind) && target->begin > m.end && target->begin <= m.end + 3) {
      const bool as = word_between(m.end, target->begin, s, {"as", "when", "after"});
      const Candidate* crowd = nullptr;
      for (const Candidate& c : candidates) {
        if (!as || c.begin <= target->end || c.begin > target->end + 5 || sentence_of[c.begin] != s) continue;
        const std::string_view name = c.actor.name;
        if (c.actor.kind == "civilians" || name == "protesters" || name == "rioters" || name == "demonstrators" ||
            name == "protestors") {
          crowd = &c;
        }
        break;
      }
      if (crowd != nullptr) {
        source = target;
        target = crowd;
      } else if (as) {
        // Forces that break up or disperse a gathering there ("Two killed as police break up fuel
        // price protest"): the dead are the crowd's, the forces the ones who fired (q18-encat).
        for (const LexiconMatch& o : matches_) {
          const std::string& rule = pattern_info_[patterns_.aliases()[o.alias].entity].rule;
          if (o.begin >= target->end && o.begin <= target->end + 1 && sentence_of[o.begin] == s &&
              (rule == "en.none.break_up" || rule == "en.coerce.disperse")) {
            source = target;
            target = nullptr;
            break;
          }
        }
      }
    }
    // A killing with no attacker of its own, then "when" or "as" forces break up or disperse a gathering
    // later in its sentence ("Three people were shot dead in Kisumu on Wednesday when police broke up a
    // rally"): the forces fired (q18-encat; without them the attacker was inferred as an armed group).
    if (a->lang.code == "en" && ev.type == "ASSAULT" && source == nullptr) {
      for (const Candidate& c : candidates) {
        if (!IsForces(c.actor.kind) || c.begin <= m.end || c.begin > m.end + 10 || sentence_of[c.begin] != s) continue;
        uint32_t i = c.begin;
        if (i > 0 && is_any(i - 1, {"the"})) --i;
        if (i == 0 || !is_any(i - 1, {"as", "when", "after"})) continue;
        bool disperse = false;
        for (const LexiconMatch& o : matches_) {
          const std::string& rule = pattern_info_[patterns_.aliases()[o.alias].entity].rule;
          disperse = disperse || (o.begin >= c.end && o.begin <= c.end + 1 && sentence_of[o.begin] == s &&
                                  (rule == "en.none.break_up" || rule == "en.coerce.disperse"));
        }
        if (disperse) {
          source = &c;
          if (target == source) target = nullptr;
        }
        break;
      }
    }
    // Forces past such a conjunction with no crowd to act on ("Two killed as police break up a
    // protest") are the next clause's subject, not the dead (see past_conjunction above).
    if (past_conjunction(target)) target = nullptr;
    // An official named by his office, then by his name set off by commas ("Le ministre burkinabè
    // de la Défense, le général Célestin Simporé, a été reçu", "The head of the commission, Moussa
    // Faki Mahamat, condemned"), or right after his title ("le ministre Célestin Simporé"), is
    // that person: the most precise name of the one actor. French and English (Arabic has its own
    // reading of such pairs above).
    // One office, not a plural body ("MPs, ..., Rishi Sunak,", "les ennemis").
    auto singular = [&](const Candidate& c) {
      const std::string_view w = a->Slice(c.actor.span);
      return !w.empty() && w.back() != 's' && w.back() != 'x' && w.back() != 'S';
    };
    if (source != nullptr && !source->person && source->actor.entity.empty() && a->lang.code != "ar" &&
        voice != "passive" && singular(*source) &&
        (source->actor.kind == "gov" || IsForces(source->actor.kind) || source->actor.kind == "igo" ||
         source->actor.kind == "armed_group")) {
      const uint32_t ss = sentence_of[source->begin];
      uint32_t comma = source->end;
      while (comma < n && comma < source->end + 10 && sentence_of[comma] == ss && key(comma) != "," &&
             (comma < m.begin || comma >= m.end)) {
        ++comma;
      }
      for (const Candidate& c : candidates) {
        if (!c.person || c.begin < source->end || c.begin > source->end + 12 || sentence_of[c.begin] != ss) continue;
        // Right after the office, or a title or two after it ("le général", "Gen.").
        const bool adjacent = c.begin <= source->end + 2 && !word_between(source->end, c.begin, ss, {","});
        const bool set_off = comma < n && key(comma) == "," && c.begin > comma && c.begin <= comma + 3 &&
                             c.end < n && key(c.end) == ",";
        // Not the one who undergoes it ("Le président du Malawi, Lazarus Chakwera, a été accusé").
        const bool undergoes = target != nullptr && (&c == target || (!c.actor.entity.empty() &&
                                                                        c.actor.entity == target->actor.entity));
        if ((adjacent || set_off) && (c.begin >= m.end || c.end <= m.begin) && !undergoes) source = &c;
        break;
      }
    }
    // Arms or equipment that arrive (ar.aid.wusul_silah: "وصلت شحنة أسلحة من فرنسا إلى الجيش الموريتاني")
    // come from the state or body named after من and go to the forces or government named after إلى,
    // لفائدة, لصالح or لدعم (q17-ar).
    if (a->lang.code == "ar" && (ev.rule == "ar.aid.wusul_silah" || ev.rule == "ar.aid.shihna")) {
      auto giver = [&](const Candidate* c) {
        const Name& k = c->actor.kind;
        return c->actor.entity.rfind("country:", 0) == 0 || k == "gov" || k == "igo" || k == "ngo" || IsForces(k);
      };
      for (const Candidate* c : after) {
        if (source == nullptr && c->begin > m.end && is_any(c->begin - 1, {"\xD9\x85\xD9\x86" /* من */}) && giver(c)) {
          source = c;
        }
      }
      for (const Candidate* c : after) {
        if (c == source || c->begin <= m.end) continue;
        if ((IsForces(c->actor.kind) || c->actor.kind == "gov") &&
            is_any(c->begin - 1, {"\xD8\xA7\xD9\x84\xD9\x8A" /* إلى */, "\xD9\x84\xD9\x81\xD8\xA7\xD9\x8A\xD8\xAF\xD9\x87" /* لفائدة */,
                                  "\xD9\x84\xD9\x81\xD8\xA7\xD8\xA6\xD8\xAF\xD9\x87" /* لفائدة (hamza kept) */,
                                  "\xD9\x84\xD8\xB5\xD8\xA7\xD9\x84\xD8\xAD" /* لصالح */, "\xD9\x84\xD8\xAF\xD8\xB9\xD9\x85" /* لدعم */})) {
          target = c;
          break;
        }
      }
    }
    // A protest that forces break up in the same sentence ("فرقت وحدات الأمن اعتصاما نفذه عشرات الشبان")
    // is not the forces' own: they are the dispersal's source and the protest's adversary, its target
    // (the protesters are its source, named or not; q17-ar).
    // English the same: forces that break up, disperse or fire tear gas at a protest named after them
    // ("Two killed as police break up fuel price protest in N'Djamena"; q18-encat), a noun (a verb after
    // them, "fired tear gas at people protesting", has its own subject, handled elsewhere).
    bool broken_up = false;  // a gathering forces broke up: it took place (the crowd filter below)
    if ((a->lang.code == "ar" || (a->lang.code == "en" && pattern.voice == "noun")) && ev.type == "PROTEST" &&
        source != nullptr &&
        IsForces(source->actor.kind) && source->end <= m.begin) {
      for (const LexiconMatch& o : matches_) {
        if (o.end <= m.begin && o.begin + 3 >= source->begin && sentence_of[o.begin] == s &&
            (pattern_info_[patterns_.aliases()[o.alias].entity].rule == "ar.coerce.tafriq" ||
             pattern_info_[patterns_.aliases()[o.alias].entity].rule == "en.none.break_up" ||
             pattern_info_[patterns_.aliases()[o.alias].entity].rule == "en.coerce.disperse")) {
          if (target == nullptr) target = source;
          source = nullptr;
          broken_up = a->lang.code == "en";
          break;
        }
      }
    }
    // English forces that act on people a participle describes ("Police fired at people protesting
    // against the cost of living", "troops shot at youths demonstrating in the square"): the
    // participle's subject is the word right before it, not the forces, who are the protest's
    // adversary; the gathering took place. Not when the word before is a verb or a function word
    // ("police were protesting", "officers started protesting") or a name ("police in Nairobi
    // protesting low pay").
    if (a->lang.code == "en" && ev.type == "PROTEST" && voice != "noun" && source != nullptr &&
        IsForces(source->actor.kind) && source->end + 1 < m.begin && key(m.begin).ends_with("ing") &&
        in_sentence(m.begin - 1, s) && !tokens[m.begin - 1].capitalized) {
      const std::string_view before = key(m.begin - 1);
      const bool word = before.size() > 1 && std::all_of(before.begin(), before.end(), [](char c) {
                          return c >= 'a' && c <= 'z';
                        });
      if (word && !before.ends_with("ed") && !before.ends_with("ly") && !in_class(m.begin - 1, W::kAspectVerbs) &&
          !is_any(m.begin - 1, {"were", "was", "are", "is", "been", "be", "being", "and", "or", "of", "by", "who",
                                "which", "that", "while", "as", "after", "before", "from", "without", "for", "to",
                                "not", "also", "still"})) {
        if (target == nullptr) target = source;
        source = nullptr;
        broken_up = true;
      }
    }
    // The speaker a sentence opened by "وأضاف" goes on with (above) is the subject of its speech
    // act; an actor after the verb is whom it is addressed to ("وأوضح أنه طالب الحكومة").
    if (continued != nullptr && source != continued) {
      if (target == nullptr && source != nullptr && source->begin >= m.end) target = source;
      source = continued;
    }
    if (source == target) target = nullptr;
    // A weak trigger (an everyday word too) needs an actor tied to it: a noun's "de"/"by" or
    // "contre"/"against", a verb's subject or object within a few words; or a toll.
    if (pattern.weak && !casualties && !(kidnapping != nullptr && source == nullptr)) {
      bool tied = false;
      if (voice == "noun") {
        // "de X", "contre Y", or the subject of the verb that governs it ("X ont adopté mardi
        // une feuille de route").
        tied = agent != nullptr || (target != nullptr && target->begin >= m.end) || relative_maker;
        // In a headline, "X : ..." names who acts ("CEDEAO : les chefs d'état-major valident la
        // feuille de route").
        const bool headline = m.start < a->body_start;
        for (const Candidate* c : before) {
          tied = tied || (m.begin - c->end <= 8 && (headline || !clause_break(c->end, m.begin)));
        }
      } else {
        for (const Candidate* c : before) tied = tied || m.begin - c->end <= 4;
        for (const Candidate* c : after) tied = tied || c->begin - m.end <= 3;
        tied = tied || continued != nullptr;
      }
      if (!tied) continue;
    }
    if (source == target) target = nullptr;
    // The forces the story is most about, as the source the sentence does not name.
    const std::string_view trigger_text = std::string_view(a->text).substr(m.start, m.stop - m.start);
    auto from_forces = [&] {
      ev.has_source = true;
      ev.source.entity = forces->id;
      ev.source.name = forces->name;
      ev.source.country = forces->country;
      ev.source.kind = forces->kind;
      ev.confidence = std::min(ev.confidence, 0.7);
    };
    if (source != nullptr) {
      ev.has_source = true;
      ev.source = source->actor;
    } else if (kidnapping != nullptr) {
      ev.has_source = true;
      ev.source = kidnapping->source;
      ev.confidence = std::min(ev.confidence, 0.7);
    } else if (ev.type == "ASSAULT" && (armed_victims || struck != nullptr) && forces != nullptr &&
               (target == nullptr || forces->id != target->actor.entity)) {
      if (struck != nullptr) target = struck;  // the dead counted are its toll, the group its target
      from_forces();
    } else if (ev.type == "ASSAULT" && (armed_victims || struck != nullptr)) {
      if (struck != nullptr) target = struck;
      // Armed men killed in a raid with no forces named in the whole story ("quatre membres
      // présumés du mouvement Hasm tués dans un raid"): unnamed security forces, not a group.
      ev.has_source = true;
      ev.source.name = "security forces";
      ev.source.kind = "military";
      ev.confidence = std::min(ev.confidence, 0.6);
    } else if (ev.type == "ASSAULT" && ev.mode.empty() && voice != "noun" && !armed_story) {
      // A killing with no attacker, no means and no armed men or forces in the whole story is a
      // crime, an accident or a drama ("the tram that killed a soap villain"), not an attack
      // (an "attack on a post" still is one).
      continue;
    } else if (ev.type == "ASSAULT" && ev.mode != "cyber") {  // a data breach has no gunmen behind it
      ev.has_source = true;
      ev.source.name = "unidentified armed group";
      ev.source.kind = "armed_group";
    } else if (ev.type == "CONCEDE" && ev.mode == "surrender" && a->lang.code == "ar" &&
               (trigger_text.find("\xD9\x86\xD9\x81\xD8\xB3" /* نفس, also in أنفس */) != std::string_view::npos ||
                // a headline's "استسلام إرهابي للسلطات العسكرية": the armed man is in the trigger
                trigger_text.find("\xD8\xB1\xD9\x87\xD8\xA7\xD8\xA8\xD9\x8A" /* رهابي */) != std::string_view::npos)) {
      // "سلّم إرهابي نفسه للسلطات العسكرية" (gave himself up, with "نفسه"; a bare استسلم is also to
      // give up on anything): who surrenders is an armed man, named in the trigger itself or not at all.
      ev.has_source = true;
      ev.source.name = "armed men";
      ev.source.kind = "armed_group";
      ev.confidence = std::min(ev.confidence, 0.7);
    } else if ((ev.type == "MOBILIZE" || ev.type == "COOPERATE") && forces != nullptr &&
               !(target != nullptr && target->actor.entity == forces->id)) {
      // "Sweeping operations are continuing in the area", "l'opération, conduite en coordination
      // avec les autorités": the forces the story is most about.
      from_forces();
    } else if (ev.type == "REQUEST" && a->lang.code == "ar" && pattern.voice == "active" && forces != nullptr &&
               m.begin > 0 && (key(m.begin - 1) == "," || key(m.begin - 1) == "\xD8\x8C" /* ، */) &&
               [&] {  // a sentence that goes on with the last speaker's words and names nobody before it
                 uint32_t first = m.begin;
                 while (first > 0 && in_sentence(first - 1, s)) --first;
                 if (!in_class(first, W::kContinueVerbs)) return false;  // "وأكد البيان", "وأضاف المصدر"
                 for (const Mention& x : a->mentions) {
                   if ((x.type == MentionType::kPer || x.type == MentionType::kOrg) &&
                       x.span.start >= tokens[first].start && x.span.end <= m.start) {
                     return false;
                   }
                 }
                 return true;
               }()) {
      // A call's participle after a comma in a sentence that names no actor before it ("وأكد البيان أن
      // عمليات التمشيط متواصلة، داعيا السكان إلى الإبلاغ"): the statement is the forces' the story is
      // most about (q21-ar).
      from_forces();
    }
    // A ship seized by armed men or pirates is hijacked: "The dhow was seized on Sunday by armed
    // men", "pirates seized the tanker" (docs/annotation.md: a ship hijacked with its crew held is
    // ASSAULT kidnap), not an arrest's seizure.
    if (a->lang.code == "en" && ev.type == "COERCE" && ev.mode == "seize" && ev.has_source &&
        ev.source.kind == "armed_group" &&
        class_between(m.begin >= 5 ? m.begin - 5 : 0, m.end + 5, s, W::kShipNouns)) {
      ev.type = "ASSAULT";
      ev.mode = "abduct";
    }
    // English: the side named in an attribution after a comma ("killing six of them, a Mozambican
    // army source said", ", police sources told AFP") is who tells it, not whom the act hits.
    if (a->lang.code == "en" && target != nullptr && target->begin >= m.end && target->begin >= 1) {
      bool comma = is_any(target->begin - 1, {","}) ||
                   (target->begin >= 2 && is_any(target->begin - 2, {","}) && is_any(target->begin - 1, {"a", "an", "the"}));
      // (a source or a spokesman named: "residents said" is left as it was read)
      const uint32_t j = target->end + 1;
      if (comma && in_sentence(j, s) &&
          in_class(target->end, W::kSourceNouns) &&
          is_any(j, {"said", "says", "told"}))
        target = nullptr;
    }
    if (target != nullptr) {
      ev.has_target = true;
      ev.target = target->actor;
    }

    // Where: the sentence's most precise place (nearest the trigger), else the story's focus.
    const Mention* where = nullptr;
    int best_rank = -1;
    uint32_t best_distance = 0;
    auto place_rank = [&](const Value& v) {
      int64_t lex = entities_->Find(v.m->entity);
      std::string_view kind = lex >= 0 ? std::string_view(entities_->entities()[lex].kind) : "place";
      return kind == "city" || kind == "place" ? 3 : kind == "admin1" ? 2 : kind == "country" ? 1 : 0;
    };
    // The dateline says where the report was filed: violence the sentence places in a town or a
    // province of its own happened there ("أبوجا - أعلن الجيش تحرير 31 شخصا اختطفهم مسلحون في
    // ولاية زامفارا"). Talks, verdicts and statements are often in the dateline's city itself.
    auto in_dateline = [&](const Value& v) {
      return a->dateline && v.m->span.start >= a->dateline->whole.start && v.m->span.end <= a->dateline->whole.end;
    };
    bool skip_dateline = false;
    if (ev.type == "ASSAULT" || ev.type == "COERCE" || ev.type == "PROTEST") {
      for (const Value& v : places) {
        skip_dateline = skip_dateline || (sentence_of[v.begin] == s && !in_dateline(v) && place_rank(v) >= 2);
      }
    }
    for (const Value& v : places) {
      if (sentence_of[v.begin] != s || (skip_dateline && in_dateline(v))) continue;
      const int rank = place_rank(v);
      uint32_t distance = v.begin > m.begin ? v.begin - m.begin : m.begin - v.begin;
      if (rank > best_rank || (rank == best_rank && distance < best_distance)) {
        where = v.m;
        best_rank = rank;
        best_distance = distance;
        ev.place_from_dateline = in_dateline(v);
      }
    }
    if (where != nullptr) {
      const Place* chosen = nullptr;
      for (const Place& p : a->places) {
        if (p.entity == where->entity) chosen = &p;
      }
      // A country or region is vague: the story's focus town in that country says more.
      if (chosen != nullptr && (chosen->kind == "country" || chosen->kind == "region" || chosen->kind == "continent")) {
        for (const Place& p : a->places) {
          if (p.focus && p.kind != "country" && p.kind != "region" && p.kind != "continent" &&
              (chosen->kind != "country" || p.country == chosen->country)) {
            chosen = &p;
            break;
          }
        }
      }
      if (chosen != nullptr) ev.place = chosen->entity;
    }
    if (ev.place.empty()) {
      for (const Place& p : a->places) {
        if (p.focus && p.kind != "country") {
          ev.place = p.entity;
          break;
        }
      }
      if (ev.place.empty()) {
        for (const Place& p : a->places) {
          if (p.focus) {
            ev.place = p.entity;
            break;
          }
        }
      }
    }
    // When: the sentence's date nearest the trigger, else the publication date. An event dated
    // well before the publication is background ("a group that pledged allegiance to the
    // Islamic State in 2019", "depuis 2013"): kept, but not what the story reports.
    uint32_t date_distance = UINT32_MAX;
    for (const Value& v : dates) {
      if (sentence_of[v.begin] != s || v.m->value.empty()) continue;
      // A date after the publication is a plan's horizon ("jusqu'en 2028"), not when it happened.
      if (After(v.m->value, a->doc.published)) continue;
      uint32_t distance = v.begin > m.begin ? v.begin - m.begin : m.begin - v.begin;
      // A date in another clause is farther: "a group that pledged allegiance in 2019, killed
      // 14 villagers on Tuesday". A date that is not the event's own is none of its dates
      // ("sentenced the men, who were arrested in 2021, to
      // death", "le groupe, qui avait attaqué Inates en 2019, a tué..."): a relative word stands
      // between, or after the trigger in a trailing clause; a fronted date ("En 2019, des hommes
      // armés ont tué") or one after an apposition ("asked the mission, MINUSMA, to leave in
      // 2023") stays the event's.
      const uint32_t lo = v.begin > m.begin ? m.end : v.begin + 1;
      const uint32_t hi = v.begin > m.begin ? v.begin : m.begin;
      // English: a date right before the verb's auxiliaries, after another trigger of its clause,
      // closes a reduced relative ("two aid workers kidnapped by al Qaeda-linked militants in
      // October 2024 have been freed"): the participle's date, not the verb's.
      if (a->lang.code == "en" && v.begin < m.begin) {
        const uint32_t date_end = token_at(v.m->span.end > 0 ? v.m->span.end - 1 : 0) + 1;
        bool auxiliaries = date_end < m.begin;
        for (uint32_t t = date_end; t < m.begin && auxiliaries; ++t) {
          auxiliaries = is_any(t, {"have", "has", "had", "been", "was", "were", "is", "are"});
        }
        bool reduced = false;
        if (auxiliaries) {
          for (const LexiconMatch& o : matches_) {
            if (&o == &m || o.end > v.begin || o.begin >= n || sentence_of[o.begin] != s) continue;
            if (pattern_info_[patterns_.aliases()[o.alias].entity].type == "-") continue;
            if (clause_break(o.end, v.begin)) continue;
            reduced = true;
          }
        }
        if (reduced) continue;
      }
      // Arabic: a date before the trigger inside a pluperfect clause ("كان قد", "كانت قد") that opened
      // before it is that clause's verb's, an unmarked relative ("أن إرهابيا كان قد التحق بالجماعات
      // الإرهابية سنة 2017 سلم نفسه": he joined in 2017, surrendered now).
      // Not a noun that is the pluperfect verb's object ("كان الجيش قد أعلن الأحد مقتل"), nor a verb
      // joined to it by و ("كانت القوات قد داهمت الأحد منزلا واعتقلت"): the same clause.
      const bool joined_verb = a->text.compare(tokens[m.begin].start, 2, "\xD9\x88" /* و */) == 0 &&
                               !key(m.begin).starts_with("\xD9\x88");
      if (a->lang.code == "ar" && v.begin < m.begin && pattern.voice != "noun" && !joined_verb) {
        bool pluperfect = false;
        for (uint32_t q = v.begin; q > 1 && v.begin - q < 8 && in_sentence(q - 2, s) && !pluperfect; --q) {
          const uint32_t t = q - 1;
          if (is_any(t, {",", "\xD8\x8C" /* ، */})) break;
          pluperfect = key(t) == "\xD9\x82\xD8\xAF" /* قد */ &&
                       is_any(t - 1, {"\xD9\x83\xD8\xA7\xD9\x86" /* كان */, "\xD9\x83\xD8\xA7\xD9\x86\xD8\xAA" /* كانت */,
                                      "\xD9\x83\xD8\xA7\xD9\x86\xD9\x88\xD8\xA7" /* كانوا */});
        }
        if (pluperfect) continue;
      }
      // A dateline's date ("ROME, June 10 - Two aid workers kidnapped in October 2024...") is the
      // publication's: a spaced dash between it and the trigger puts it in another clause.
      bool dateline = false;
      if (v.begin < m.begin) {
        for (uint32_t t = v.begin + 1; t < m.begin && t < n; ++t) {
          std::string_view k = key(t);
          if ((k == "-" || k == "\xE2\x80\x93" /* – */ || k == "\xE2\x80\x94" /* — */) && tokens[t].start > 0 &&
              a->text[tokens[t].start - 1] == ' ') {
            dateline = true;
          }
        }
      }
      if (dateline) distance += 1000;
      // English: a date right before "that" or "which" and the trigger ("suicide bombings in November
      // 2021 that killed four people") dates the antecedent the relative clause tells the toll of: the
      // same attack's date, not another clause's (q21-encat).
      const bool antecedent_date = a->lang.code == "en" && v.begin < m.begin && m.begin >= 1 &&
                                   is_any(m.begin - 1, {"that", "which"}) &&
                                   token_at(v.m->span.end > 0 ? v.m->span.end - 1 : 0) + 1 == m.begin - 1;
      if (!antecedent_date && clause_break(lo, hi)) {
        bool relative = false;
        for (uint32_t t = lo; t < hi && t < n; ++t) {
          relative = relative || is_any(t, {"who", "which", "that", "qui", "que", "qu'", "dont", "lequel", "laquelle",
                                            "\xD8\xA7\xD9\x84\xD8\xB0\xD9\x8A" /* الذي */,
                                            "\xD8\xA7\xD9\x84\xD8\xAA\xD9\x8A" /* التي */});
        }
        if (relative) continue;
        // Before the trigger, in a comma-enclosed clause of another trigger's ("Troops from the
        // RDF, deployed in Cabo Delgado since July 2021, and the army have been pursuing"): that
        // trigger's date.
        if (v.begin < m.begin) {
          uint32_t from = v.begin, to = v.begin;
          while (from > 0 && in_sentence(from - 1, s) && key(from - 1) != "," &&
                 key(from - 1) != "\xD8\x8C" /* ، */) {
            --from;
          }
          while (to < m.begin && key(to) != "," && key(to) != "\xD8\x8C" /* ، */) ++to;
          const bool enclosed = from > 0 && in_sentence(from - 1, s) && to < m.begin;
          bool other = false;
          for (const LexiconMatch& o : matches_) {
            // The clause opens with that trigger (", deployed in ... since 2021,"), an apposition.
            if (&o == &m || o.begin != from) continue;
            other = other || pattern_info_[patterns_.aliases()[o.alias].entity].type != "-";
          }
          if (enclosed && other) continue;
        }
        if (v.begin > m.begin) {
          // After the trigger, past a comma the date is a trailing clause's ("a salué la force,
          // créée en 2023"), unless a short apposition closed and the clause goes on ("asked the
          // mission, MINUSMA, to leave in 2023").
          std::vector<uint32_t> commas;
          bool stop = false;
          for (uint32_t t = lo; t < hi && t < n; ++t) {
            std::string_view k = key(t);
            if (k == "," || k == "\xD8\x8C" /* ، */) commas.push_back(t);
            stop = stop || k == ";" || k == ":" || k == "\xD8\x9B" /* ؛ */;
          }
          const bool apposition = commas.size() == 2 && commas[1] - commas[0] <= 5;
          if (stop || !apposition) continue;
        }
        distance += 1000;
      }
      if (distance < date_distance) {
        ev.date = v.m->value;
        date_distance = distance;
      }
    }
    if (ev.date.empty()) {
      // An undated pledge of allegiance in a relative clause or the past perfect ("the ADF, a group
      // that pledged allegiance to Islamic State", "suspects who had pledged allegiance") says what
      // a group is, not what it did (docs/annotation.md section 1); dated, it is background.
      if (a->lang.code == "en" && ev.type == "SUPPORT" && ev.rule == "en.support.allegiance" &&
          (word_between(m.begin >= 3 ? m.begin - 3 : 0, m.begin, s, {"that", "which", "who"}) ||
           (m.begin > 0 && is_any(m.begin - 1, {"had", "has", "have"})))) {
        continue;
      }
      // So does an undated designation in the present perfect or present ("The ADF has been
      // designated a terrorist group by Uganda and the United States").
      if (a->lang.code == "en" && ev.type == "SANCTION" &&
          (ev.mode == "designate" || ev.mode == "ban" || ev.mode == "blacklist") && m.begin >= 2 &&
          (is_any(m.begin - 1, {"been", "is", "are"}) && !is_any(m.begin - 2, {"was", "were"}))) {
        continue;
      }
      // French violence told in the pluperfect with no date of its own ("Huit soldats avaient été
      // tués dans cet assaut", "l'attaque avait fait douze morts"): what the story recalls, not
      // today's news (docs/annotation.md section 1: undated past perfect context). Not in reported
      // speech, where the pluperfect is today's past ("a indiqué que l'armée avait neutralisé").
      if (a->lang.code == "fr" && (ev.type == "ASSAULT" || ev.type == "COERCE")) {
        for (uint32_t i = m.begin >= 8 ? m.begin - 8 : 0; i < m.begin; ++i) {
          if (in_sentence(i, s) && is_any(i, {"avait", "avaient"}) && !clause_break(i, m.begin) &&
              !word_between(i >= 40 ? i - 40 : 0, i, s, {"que", "qu'", "selon"})) {
            past = true;
            break;
          }
        }
      }
      // English violence told in the past perfect inside a relative clause, with no date of its own
      // ("a camp from which the militants had raided villages", "the forest where the gunmen had
      // held them"): what the story recalls of the place or the group, not today's news
      // (docs/annotation.md section 1). Not "the army said troops had killed" (reported speech,
      // no relative word), nor a relative clause that reports ("where officials said they had").
      if (a->lang.code == "en" && (ev.type == "ASSAULT" || ev.type == "COERCE") && m.begin >= 2) {
        uint32_t had = n;
        if (is_any(m.begin - 1, {"had"})) had = m.begin - 1;
        if (m.begin >= 3 && is_any(m.begin - 1, {"been"}) && is_any(m.begin - 2, {"had"})) had = m.begin - 2;
        if (had < n) {
          for (uint32_t i = had >= 10 ? had - 10 : 0; i < had; ++i) {
            if (in_sentence(i, s) && is_any(i, {"which", "where", "whom", "whose"}) && !clause_break(i + 1, m.begin) &&
                !class_between(i, m.begin, s, W::kSpeechVerbs)) {
              past = true;
              break;
            }
          }
        }
      }
      ev.date = a->doc.published.substr(0, std::min<size_t>(10, a->doc.published.size()));
    } else {
      ev.background = Background(ev.date, a->doc.published);
    }
    // English violence an anniversary recalls (q21-encat; docs/annotation.md section 1, history): told
    // "N years ago" or "a decade ago" in its own clause after its trigger ("the 148 people killed when
    // gunmen stormed the campus eleven years ago"), or right after "N years since" or a word of
    // commemoration (class recall_words: "marks 11 years since university massacre", "the anniversary
    // of the Garissa attack"). A comma or a relative word ends the clause ("killed five on Sunday in
    // Kauru, where 40 were massacred two years ago": Sunday's killing stays news).
    if (a->lang.code == "en" && (ev.type == "ASSAULT" || ev.type == "COERCE")) {
      for (uint32_t i = m.end; i + 1 < n && i < m.end + 15 && in_sentence(i + 1, s) && !past; ++i) {
        if (clause_break(i, i + 1)) break;
        past = in_class(i, W::kYearUnits) && is_any(i + 1, {"ago"});
      }
      for (uint32_t i = m.begin >= 5 ? m.begin - 5 : 0; i < m.begin && !past; ++i) {
        if (!in_sentence(i, s) || clause_break(i, m.begin)) continue;
        past = in_class(i, W::kRecallWords) || (in_class(i, W::kYearUnits) && is_any(i + 1, {"since"}));
      }
    }
    // "L'attaque ... avait été revendiquée à l'époque par la katiba": what the story recalls.
    if (past) ev.background = true;
    // An armed group's own claim ("Al-Shabaab said it had killed 30 soldiers", "the group claimed it
    // killed ...") gives a toll no one has checked: it counts as a vague figure, so the toll the
    // story tells as fact wins over it when both are told of the same attack (q15-encat).
    // (a count after "said it", "claimed they" in the sentence, the one who says it an armed
    // group named before the verb; whichever trigger of the sentence takes the count: "Al-Shabaab
    // said it had killed 30 soldiers in the ambush")
    uint32_t claim_at = n;
    if (a->lang.code == "en" && ev.type == "ASSAULT") {
      uint32_t first = m.begin;
      while (first > 0 && in_sentence(first - 1, s)) --first;
      for (uint32_t i = first; i + 1 < n && in_sentence(i, s) && claim_at == n; ++i) {
        if (!is_any(i, {"said", "says", "claimed", "claims"}) ||
            !is_any(i + 1, {"it", "its", "they", "their"})) {
          continue;
        }
        if (std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
              return c.actor.kind == "armed_group" && c.end <= i && in_sentence(c.begin, s);
            })) {
          claim_at = i;
        }
      }
    }
    // Arabic: the same, after a word of claiming of the negation file (hearsay: "زعمت", "زاعمة", "ادعت")
    // with an armed group named before it in the sentence ("وتبنت حركة الشباب الهجوم ..., زاعمة أنه
    // أسفر عن مقتل 23"): the official toll of the attack wins over the group's (q18-ar).
    if (a->lang.code == "ar" && ev.type == "ASSAULT") {
      for (const LexiconMatch& ng : negation_matches_) {
        if (sentence_of[ng.begin] != s || ng.begin >= claim_at) continue;
        if (negation_info_[negations_.aliases()[ng.alias].entity].effect != "hearsay") continue;
        if (std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
              return c.actor.kind == "armed_group" && c.end <= ng.begin && in_sentence(c.begin, s);
            })) {
          claim_at = ng.begin;
        }
      }
    }
    // How many killed and injured: the sentence's largest counts.
    for (const Value& v : counts) {
      // "condamnés à mort", "sentenced to death": the defendants, no toll.
      if (sentence_of[v.begin] != s || ev.type == "SANCTION") continue;
      // Arabic: a count right after another killing of the sentence is that killing's object
      // ("أطلق المهاجمون النار على الموقع، وأن الوحدات ردت على الهجوم وقتلت 21 من المهاجمين": the 21
      // are the riposte's dead, not the attackers' toll).
      if (a->lang.code == "ar" && v.begin > m.end &&
          std::any_of(matches_.begin(), matches_.end(), [&](const LexiconMatch& o) {
            if (&o == &m || o.end != v.begin || o.begin <= m.begin) return false;
            const PatternInfo& info = pattern_info_[patterns_.aliases()[o.alias].entity];
            return info.type == "ASSAULT";
          })) {
        continue;
      }
      int value = std::atoi(v.m->value.c_str());
      // An English vague plural ("dozens", "scores", "hundreds", "tens", "thousands", "several
      // hundred") is no number of its own: a figure of the same sentence wins over it, and alone
      // it is given as unknown at the end.
      const bool vague = v.begin > claim_at || (a->lang.code == "en" && is_any(v.begin, {"dozens", "scores", "hundreds", "tens",
                                                                                  "thousands", "several"}));
      if (v.m->detail == "killed") TakeToll(&ev.fatalities, &ev.vague_fatalities, value, vague);
      if (v.m->detail == "injured") TakeToll(&ev.injured, &ev.vague_injured, value, vague);
    }
    // Contexts.
    std::set<std::string> contexts;
    if (!eliminated) contexts.insert(pattern.contexts.begin(), pattern.contexts.end());
    if (sentenced) contexts.insert("legal");
    const bool by_group = ev.has_source && ev.source.kind == "armed_group";
    const bool by_forces = ev.has_source && IsForces(ev.source.kind);
    const bool on_group = ev.has_target && ev.target.kind == "armed_group";
    if (by_group && (ev.type == "ASSAULT" || ev.type == "THREATEN" || ev.type == "COERCE")) contexts.insert("terrorism");
    if (by_forces && on_group) contexts.insert("counter_terrorism");
    if (by_forces || on_group) contexts.insert("military");
    ev.contexts.assign(contexts.begin(), contexts.end());
    ev.nominal = voice == "noun";
    // Sport: a club's "attack" is a game.
    auto club = [&](const EventActor& x) {
      int64_t lex = x.entity.empty() ? -1 : entities_->Find(x.entity);
      return x.kind == "club" ||
             (lex >= 0 && (entities_->entities()[lex].kind == "club" || entities_->entities()[lex].kind == "sports_body"));
    };
    if ((ev.has_source && club(ev.source)) || (ev.has_target && club(ev.target))) continue;
    // English: what armed men or nobody "seize" is no authority's seizure. A town, a village or a
    // base taken ("M23 rebels seize the Congolese town of Nyanzale") is an attack; people seized
    // in a story of a kidnapping ("The two were seized by gunmen from their house") are that
    // kidnapping told again.
    if (a->lang.code == "en" && ev.type == "COERCE" && ev.mode == "seize" &&
        (!ev.has_source || ev.source.kind == "armed_group")) {
      bool place = false;
      for (uint32_t t = m.end; t < m.end + 5 && in_sentence(t, s); ++t) {
        place = place || in_class(t, W::kPlaceNouns);
      }
      for (const Value& v : places) place = place || (sentence_of[v.begin] == s && v.begin >= m.end && v.begin < m.end + 3);
      // People an armed group seizes ("Gunmen seize five aid workers on road to Monguno camp") are
      // abducted: ASSAULT abduct, the kidnapping itself (q18-encat).
      const bool people = ev.has_target && (ev.target.kind == "civilians" || ev.target.kind == "media" ||
                                            ev.target.kind == "igo" || ev.target.kind == "gov" ||
                                            ev.target.kind == "police" || ev.target.kind == "military");
      if (place && ev.has_source) {
        ev.type = "ASSAULT";
        ev.mode.clear();
      } else if (ev.has_source && people) {
        ev.type = "ASSAULT";
        ev.mode = "abduct";
      } else if (std::any_of(a->events.begin(), a->events.end(),
                             [](const Event& k) { return k.type == "ASSAULT" && k.mode == "abduct"; })) {
        continue;
      }
    }
    // Forces that free hostages rescue them: part of their operation, no release by captors.
    if (ev.type == "CONCEDE" && ev.mode == "release" && ev.has_source &&
        (ev.source.kind == "military" || ev.source.kind == "police" || ev.source.kind == "igo")) {
      continue;
    }
    auto topic = [&](std::initializer_list<std::string_view> names) {
      return std::any_of(a->topics.begin(), a->topics.end(), [&](const std::string& t) {
        return std::find(names.begin(), names.end(), t) != names.end();
      });
    };
    auto armed = [](const EventActor& x) { return x.kind == "armed_group" || IsForces(x.kind); };
    // An epidemic's or a storm's "alert level" is no forces' alert.
    if (ev.type == "MOBILIZE" && ev.mode == "alert" && topic({"health", "weather"})) continue;
    // "were sent to" deploys forces only ("Reinforcements were sent to the area"; not letters,
    // delegates or aid).
    if (ev.rule == "en.mobilize.sent_to" && !(ev.has_source && IsForces(ev.source.kind))) continue;
    // An English headline that asks a yes/no question ("Is the siege of Djibo entering a deadlier
    // phase?", "Analysis: Will jihadists strike the coast?") asserts nothing: its words of action are
    // no events (the body tells what happened). The question is the part after the headline's last
    // colon before the trigger.
    if (a->lang.code == "en" && m.start < a->body_start) {
      std::string_view title(a->text.data(), a->body_start);
      while (!title.empty() && std::isspace(static_cast<unsigned char>(title.back()))) title.remove_suffix(1);
      if (!title.empty() && title.back() == '?') {
        size_t q = title.substr(0, std::min<size_t>(m.start, title.size())).rfind(':');
        q = q == std::string_view::npos ? 0 : q + 1;
        while (q < title.size() && std::isspace(static_cast<unsigned char>(title[q]))) ++q;
        size_t qe = q;
        while (qe < title.size() && std::isalpha(static_cast<unsigned char>(title[qe]))) ++qe;
        std::string first(title.substr(q, qe - q));
        std::transform(first.begin(), first.end(), first.begin(), [](unsigned char c) { return std::tolower(c); });
        static const std::set<std::string> kAsk = {"is", "are", "was", "were", "will", "would", "can", "could", "should",
                                                   "shall", "has", "have", "had", "did", "does", "do", "may", "might"};
        if (kAsk.count(first) > 0) continue;
      }
    }
    // In an English story about a show, violence told in the sentence of a plot ("The film follows
    // two brothers who fight ... during the federal blockade", "depicts", "portrays") is fiction
    // or history, whoever its actors and whatever its toll.
    if ((ev.type == "ASSAULT" || ev.type == "COERCE") && a->lang.code == "en" && topic({"entertainment"})) {
      uint32_t first = m.begin;
      while (first > 0 && in_sentence(first - 1, s)) --first;
      if (class_between(first, m.begin, s, W::kStoryVerbs)) {
        continue;
      }
    }
    // In a story about a game or a show, violence needs armed men or forces, or a toll: the
    // crowd "exploded", a striker "fired" a shot.
    if ((ev.type == "ASSAULT" || ev.type == "COERCE") && ev.fatalities <= 0 && ev.injured <= 0 &&
        topic({"sport", "entertainment"})) {
      if (!(ev.has_source && !ev.source.entity.empty() && armed(ev.source)) &&
          !(ev.has_target && armed(ev.target))) {
        continue;
      }
    }
    // A weak word of fighting with no toll:
    // - in a story about markets or companies ("strike", "battle", "executed an agreement",
    //   "fought"), an assault or coercion needs armed men or forces on one side: a strike price,
    //   a takeover battle;
    // - an assault whose subject bears no arms (a candidate's "offensive", ministers who
    //   "bombard" an official with questions, a party that "attacks" the government) is politics
    //   or business, and so is one with nobody armed on either side in a story about elections,
    //   markets, companies or health.
    // In English, a market story's words of attack are figures of speech whether weak or not
    // ("foreign funds raided the market", "shares bombed"): armed men or forces, or a toll, make
    // them violence (a ban, a seizure or an arrest there is still one).
    if ((ev.type == "ASSAULT" || ev.type == "COERCE") && ev.fatalities <= 0 && ev.injured <= 0 &&
        (pattern.weak || (a->lang.code == "en" && ev.type == "ASSAULT" && ev.mode != "cyber"))) {
      if (topic({"economy", "business"}) && !(source != nullptr && armed(ev.source)) &&
          !(ev.has_target && armed(ev.target))) {
        continue;
      }
    }
    if ((ev.type == "ASSAULT" || ev.type == "COERCE") && pattern.weak && ev.fatalities <= 0 && ev.injured <= 0) {
      if (ev.type == "ASSAULT") {
        const bool people_hit = ev.has_target && (armed(ev.target) || ev.target.kind == "civilians");
        if (source != nullptr && !armed(source->actor) && !people_hit) continue;
        if (topic({"politics", "economy", "business", "health", "shopping"}) &&
            !(source != nullptr && armed(source->actor)) && !people_hit) {
          continue;
        }
      }
    }
    // Diplomacy, aid, sanctions and the rest are between political actors (and aid
    // organisations): a company's deal or a board meeting is no AGREE or CONSULT for this tool.
    auto political = [](const EventActor& x) {
      return x.kind == "gov" || x.kind == "igo" || x.kind == "military" || x.kind == "police" ||
             x.kind == "armed_group" || x.kind == "ngo";
    };
    // What is worth reporting: violence and coercion with someone doing or undergoing it, or
    // a count of victims; anything else, wherever the text tells it (a minister's "calls on"
    // at the end of a communiqué is a REQUEST), needs an identifiable actor: a named one on
    // either side, or a political one described as the source ("the ministry", "troops").
    const bool violent = ev.type == "ASSAULT" || ev.type == "COERCE";
    const bool lead = s < 3 || ev.trigger.start < a->body_start;
    // Men described by the group they belong to ("JNIM fighters", "al-Shabaab militants") are named:
    // the group's name stands right before its group noun.
    const bool named_group =
        source != nullptr && source->actor.entity.empty() && source->actor.kind == "armed_group" &&
        std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
          return c.end == source->begin && !c.actor.entity.empty() && c.actor.kind == "armed_group";
        });
    const bool named =
        (ev.has_source && !ev.source.entity.empty()) || (ev.has_target && !ev.target.entity.empty()) || named_group;
    // A verdict is a court's, said or not: "Cinq jihadistes ont été condamnés à mort", "les
    // deux accusés ont écopé de trente ans" (the defendants named, the court not).
    // A body that passes a sentence is a court, named as the lexicon knows it or not ("le pôle
    // judiciaire antiterroriste a condamné ... à 12 ans de prison").
    const bool sentenced_group =
        ev.type == "SANCTION" && ((ev.has_target && political(ev.target)) ||
                                  (ev.mode == "sentence" &&
                                   (source != nullptr ? !source->person : unnamed_defendants(target))));
    // Protesters are the political actor of a protest (docs/annotation.md section 1): one they
    // make ("المحتجون أغلقوا الطرق"), or a demonstration named in the headline or the first
    // sentence, is told; a weak word ("مسيرة", a career) or a story about a show, a game or a
    // company needs more.
    // Protesters named as such who march, rally or demonstrate ("Thousands of demonstrators
    // marched in central Nairobi") make their protest even with a weak word.
    auto protesters = [&](const EventActor& x) {
      std::string k = x.name;
      std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return std::tolower(c); });
      return k == "protesters" || k == "protestors" || k == "demonstrators" || k == "manifestants" ||
             k == "marchers";
    };
    const bool crowd = ev.type == "PROTEST" &&
                       !topic({"entertainment", "sport", "lifestyle", "shopping", "business", "health", "science"}) &&
                       ((!pattern.weak && ((ev.has_source && ev.source.kind == "civilians") ||
                                           (voice == "noun" && (s < 2 || ev.trigger.start < a->body_start)))) ||
                        (ev.has_source && protesters(ev.source)) || broken_up);
    // A release of people counted right after it, in the headline or the lead ("الإفراج عن 18 طالبا",
    // "freed 24 schoolgirls"), is news even before the story names who held them.
    // So is a count told before a passive release ("Two hostages were freed on Thursday", "24
    // schoolgirls freed").
    bool freed_count = false;
    if (ev.type == "CONCEDE" && ev.mode == "release" && lead) {
      for (const Value& v : counts) {
        if (sentence_of[v.begin] != s || v.m->detail == "displaced") continue;
        const uint32_t v_end = token_at(v.m->span.end > 0 ? v.m->span.end - 1 : 0) + 1;
        bool passive_before = v_end <= m.begin && m.begin - v_end <= 2;
        for (uint32_t t = v_end; t < m.begin && passive_before; ++t) {
          passive_before = is_any(t, {"were", "was", "have", "has", "been", "ont", "ete", "a"});  // keys are folded
        }
        freed_count = freed_count || (v.begin >= m.end && v.begin <= m.end + 1) || passive_before;
      }
    }
    // An aid convoy or shipment that arrives, in the headline or the lead ("وصول قافلة مساعدات أممية إلى
    // الطويلة"), is the delivery the story tells even before it names who sent it; so is a shipment of
    // arms or equipment (ar.aid.wusul_silah: "وصول شحنة أسلحة", q17-ar).
    const bool aid_arrival = ev.type == "AID" && lead && (ev.rule.rfind("ar.aid.wusul", 0) == 0 || ev.rule == "ar.aid.shihna");
    if (!violent && !named && !(ev.has_source && political(ev.source)) && !sentenced_group && !crowd && !freed_count &&
        !aid_arrival) {
      continue;
    }
    // A body the lexicon does not know, named as such ("Forum civil", "Takku Wallu Sénégal"), is
    // a party or an association when it calls on, condemns, praises, rejects or threatens; so is
    // a party the lexicon knows.
    auto association = [&](const EventActor& x) {
      if (x.kind != "other" || x.entity.empty()) return false;
      // A party the lexicon knows is a political actor too (docs/annotation.md section 1): "NPP
      // attacks opposition record".
      if (const int64_t known = entities_->Find(x.entity); known >= 0) {
        return entities_->entities()[known].kind == "party";
      }
      auto de = doc_entity.find(x.entity);
      return de != doc_entity.end() && de->second->type == MentionType::kOrg;
    };
    const bool speech = ev.type == "REQUEST" || ev.type == "ACCUSE" || ev.type == "SUPPORT" || ev.type == "REJECT" ||
                        ev.type == "THREATEN";
    if (!violent && !sentenced_group && !crowd && !freed_count && !aid_arrival &&
        !(ev.has_source && (political(ev.source) || (speech && association(ev.source)))) &&
        !(ev.has_target && political(ev.target))) {
      continue;
    }
    // Politicians who "clash" argue: a fight with no toll between a government or a person and
    // no forces or armed men is words ("Sunak clashed with Starmer over the budget").
    // Forces that a team or a unit is "backed by" go with it ("The rescue team, backed by soldiers
    // from a nearby camp, dug through mud", "Police, backed by local vigilantes, tracked the
    // gang"): they take part in what the sentence tells, which is no political SUPPORT.
    if (ev.type == "SUPPORT" && a->lang.code == "en" && ev.has_source && IsForces(ev.source.kind) && m.end < n &&
        is_any(m.end, {"by"}) && is_any(m.begin, {"backed", "supported"})) {
      continue;
    }
    // So do politicians who "attack" one another or a policy with no toll ("Opposition lawmaker
    // Kwame Asante attacked the government in parliament", "members of the assembly attacked it as
    // an assault on the poor"): the English verb "attacked" with a government body or a person as
    // its subject and no forces, armed men or civilians hit is words, not an ASSAULT.
    const bool verbal_attack = ev.rule == "en.assault.attack";
    if (ev.type == "ASSAULT" && (reciprocal(m) || verbal_attack) && !casualties && source != nullptr &&
        (source->actor.kind == "gov" || (source->person && source->actor.kind == "other")) &&
        !(target != nullptr && (target->actor.kind == "armed_group" || IsForces(target->actor.kind) ||
                                target->actor.kind == "civilians"))) {
      continue;
    }
    // Members of parliament or ministers who walk out ("وانسحب عدد من نواب المعارضة من القاعة") leave a
    // room, not a battlefield: RETREAT is the withdrawal of forces or bases (a walkout protesting is
    // told by its PROTEST).
    if (ev.type == "RETREAT" && a->lang.code == "ar" && ev.has_source && ev.source.entity.empty() &&
        (ev.source.kind == "gov" || ev.source.kind == "civilians" || ev.source.kind == "other")) {
      continue;
    }
    // "بدعم من" after a proposal, a draft, a candidacy or a vote is political backing, not aid
    // ("اقترحت الولايات المتحدة إدراج الاسمين بدعم من فرنسا").
    if (ev.type == "AID" && ev.rule == "ar.aid.bidam") {
      for (uint32_t i = m.begin >= 6 ? m.begin - 6 : 0; i < m.begin; ++i) {
        if (!in_sentence(i, s) || clause_break(i, m.begin)) continue;
        const std::string_view k = key(i);
        for (const std::string& w : lang_words.words(W::kVoteStems)) {
          if (k.find(w) != std::string_view::npos) {
            ev.type = "SUPPORT";
            ev.mode.clear();
          }
        }
      }
    }
    // A football "summit" (قمة البطولة, the league's top match) is no meeting.
    if (ev.type == "CONSULT" && ev.rule == "ar.consult.qimma" && topic({"sport"})) continue;
    // "لدعم النازحين" (in order to support the displaced), "لمساعدة ليبيا" (to help Libya) say what a
    // gift, a plan or a call is for: no backing or aid of its own.
    // So does "لتمويل مشاريع" (in order to finance projects): "مذكرة تفاهم لتمويل مشاريع" is an
    // agreement about financing, no money given yet.
    if (((ev.type == "SUPPORT" && ev.rule == "ar.support.dam") ||
         (ev.type == "AID" && ev.rule == "ar.aid.musaadat" && m.end == m.begin + 1) ||
         (ev.type == "AID" && ev.rule == "ar.aid.iqtisadiya" &&
          key(m.begin).ends_with("\xD8\xAA\xD9\x85\xD9\x88\xD9\x8A\xD9\x84" /* تمويل */))) &&
        m.start > tokens[m.begin].start &&
        a->text.compare(tokens[m.begin].start, 2, "\xD9\x84" /* ل */) == 0) {
      continue;
    }
    // Talks aimed at or decided on are a plan, no meeting that took place (docs/annotation.md
    // section 1): the ل of purpose on a verb or noun of talks ("لبحث سبل تأمين الحدود", "لمناقشة
    // الوضع", "ليلتقي"; not "لاجتماع", which is also what a chair presides over: "ترؤسه لاجتماع"), and
    // a meeting after the verbal noun "عقد" (holding) with the ل or ب of purpose ("لعقد اجتماع",
    // "طالب بعقد قمة"), after "إلى" ("دعا إلى عقد اجتماع") or after a decision or an intention
    // earlier in its sentence ("قرر المجلس، خلال جلسته الخميس، عقد اجتماع أمني", "يقرر عقد
    // اجتماع"); "عقد اجتماعا" (held, its object in the accusative) is the meeting.
    if (a->lang.code == "ar" && ev.type == "CONSULT") {
      // Not a definite noun after the ل ("الأيام الأخيرة للمفاوضات", "الوفد الأميركي للمفاوضات": of the talks),
      // nor a purpose after a past journey ("توجه إلى وزارة الخارجية للقاء نظيره": he went and met him).
      bool aim = ev.rule != "ar.consult.ijtima" && ev.rule != "ar.consult.qimma" && m.start > tokens[m.begin].start &&
                 a->text.compare(tokens[m.begin].start, 2, "\xD9\x84" /* ل */) == 0 &&
                 a->text.compare(tokens[m.begin].start, 4, "\xD9\x84\xD9\x84" /* لل */) != 0;
      for (uint32_t j = m.begin; aim && j > 0 && j + 10 > m.begin && sentence_of[j - 1] == s; --j) {
        const std::string_view whole = key(j - 1);
        if (whole == "," || whole == "\xD8\x8C" /* ، */) break;
        std::string_view w = whole;
        if (w.size() > 2 && w.starts_with("\xD9\x88" /* و */)) w.remove_prefix(2);
        if (lang_words.Has(w, W::kTravelVerbs) || lang_words.Has(whole, W::kTravelVerbs)) aim = false;
      }
      bool to_hold = false;
      if (m.begin > 0 && sentence_of[m.begin - 1] == s) {
        const std::string_view prev = key(m.begin - 1);
        if (prev == "\xD9\x84\xD8\xB9\xD9\x82\xD8\xAF" /* لعقد */ || prev == "\xD8\xA8\xD8\xB9\xD9\x82\xD8\xAF" /* بعقد */) {
          to_hold = true;
        } else if (prev == "\xD8\xB9\xD9\x82\xD8\xAF" /* عقد */) {
          for (uint32_t j = m.begin - 1; j > 0 && j + 12 > m.begin && sentence_of[j - 1] == s && !to_hold; --j) {
            const std::string_view w = key(j - 1);
            to_hold = w == "\xD8\xA7\xD9\x84\xD9\x8A" /* إلى, folded */ ||
                      w.ends_with("\xD9\x82\xD8\xB1\xD8\xB1" /* قرر, يقرر, تقرر */) ||
                      w == "\xD9\x82\xD8\xB1\xD8\xB1\xD8\xAA" /* قررت */ ||
                      w == "\xD9\x82\xD8\xB1\xD8\xB1\xD9\x88\xD8\xA7" /* قرروا */ ||
                      w == "\xD9\x82\xD8\xB1\xD8\xB1\xD8\xA7" /* قررا */ ||
                      w.ends_with("\xD8\xB9\xD8\xAA\xD8\xB2\xD9\x85" /* يعتزم, تعتزم */);
          }
        }
      }
      if (aim || to_hold) continue;
    }
    // A headline's "يوقف" arrests someone named after it ("الأمن يوقف ثلاثة مشتبه بهم"); "يوقف
    // المساعدات", "يوقف إطلاق النار" stop something.
    if (ev.type == "COERCE" && ev.rule == "ar.coerce.yuqif" && !(ev.has_target && ev.target.entity.rfind("country:", 0) != 0)) {
      continue;
    }
    // "مسيرات" of an army or an armed group are drones, not marches ("مسيرات الدعم السريع تقصف
    // الأبيض"): the attack is told by its own verb.
    if (ev.type == "PROTEST" && ev.rule == "ar.protest.masira" && ev.has_source &&
        (IsForces(ev.source.kind) || ev.source.kind == "armed_group")) {
      continue;
    }
    // A state handing over equipment, arms or vehicles ("سلم الوزير شحنة من العربات المدرعة",
    // "الولايات المتحدة تسلم تونس معدات عسكرية") gives aid; handing over a wanted man is an
    // extradition.
    if (ev.type == "COERCE" && ev.rule == "ar.coerce.taslim_dawla") {
      // What is handed over comes after the verb, its subject, its receiver and a date between commas.
      // (A count from 11 to 99 takes the singular: "40 مركبة مدرعة", "20 عربة".)
      const bool materiel = said_after(m.end, s, W::kMateriel);
      if (materiel) {
        ev.type = "AID";
        ev.mode = "military";
      } else {
        // A wanted man, a defendant, a suspect or a member of a group is handed over; "تسلم
        // مهامه" (takes up his duties), "سلمت ... القسط" (paid an instalment) hand nobody over,
        // and in a story of a kidnapping or a release the people handed over are freed hostages.
        const bool wanted = said_after(m.end, s, W::kWanted);
        if (!wanted || hostage_story()) continue;
      }
    }
    // Arms or equipment whose giver is only an adjective of nationality after the trigger ("تسلم الجيش
    // السوداني شحنة من المسيرات والعربات المدرعة التركية", "وصلت شحنة أسلحة مصرية"): that country
    // gives, when the sentence names no giver of another country than the receiver's (q18-ar).
    if (a->lang.code == "ar" && ev.type == "AID" && ev.mode == "military" && entities_ != nullptr &&
        (!ev.has_source ||
         (ev.has_target && !ev.target.country.empty() && ev.source.country == ev.target.country))) {
      const std::string to = ev.has_target ? ev.target.country : std::string();
      for (const DemonymMention& d : a->demonyms) {
        if (d.span.end <= d.span.start || d.span.start < m.stop || d.country.empty() || d.country == to) continue;
        const uint32_t t = token_at(d.span.start);
        if (t >= m.end + 12 || !in_sentence(t, s) || word_between(m.end, t, s, {".", ";"})) continue;
        // the adjective of a name ("الجيش الصومالي") says whose body it is, not who gives
        if (std::any_of(a->mentions.begin(), a->mentions.end(), [&](const Mention& x) {
              return x.span.start <= d.span.start && x.span.end >= d.span.end;
            })) {
          continue;
        }
        const int64_t lex = entities_->Find("country:" + d.country);
        if (lex < 0) continue;
        const Entity& c = entities_->entities()[lex];
        ev.has_source = true;
        ev.source = EventActor{c.id, c.name, c.country, "gov", d.span};
        break;
      }
      // the same with a country's name in the adjective's place ("معدات عسكرية تركية": تركية is also
      // a spelling of Turkey), not a place the goods go to or are in (إلى، في، نحو)
      for (const Mention& x : a->mentions) {
        if (ev.has_source && ev.source.country != to) break;
        if (x.type != MentionType::kLoc || x.span.start < m.stop || x.entity.rfind("country:", 0) != 0) continue;
        const uint32_t t = token_at(x.span.start);
        if (t >= m.end + 12 || t == 0 || !in_sentence(t, s) || word_between(m.end, t, s, {".", ";"})) continue;
        if (x.span.start > tokens[t].start ||
            is_any(t - 1, {"\xD8\xA7\xD9\x84\xD9\x8A" /* إلى */, "\xD9\x81\xD9\x8A" /* في */,
                           "\xD9\x86\xD8\xAD\xD9\x88" /* نحو */, "\xD8\xB9\xD8\xA8\xD8\xB1" /* عبر */,
                           "\xD8\xAF\xD8\xA7\xD8\xAE\xD9\x84" /* داخل */, "\xD8\xA8\xD9\x8A\xD9\x86" /* بين */})) {
          continue;  // with a proclitic (لتركيا، بليبيا) or after a preposition of place
        }
        const int64_t lex = entities_->Find(x.entity);
        if (lex < 0 || entities_->entities()[lex].country == to || entities_->entities()[lex].kind != "country") continue;
        const Entity& c = entities_->entities()[lex];
        ev.has_source = true;
        ev.source = EventActor{c.id, c.name, c.country, "gov", x.span};
        break;
      }
    }
    // An air strike "شنتها طائرة أميركية" (an aircraft or drone with a nationality, right after the
    // trigger or its verb of launching) names its attacker: that country, not the sentence's subject
    // ("أعلن الجيش الصومالي أن غارة شنتها طائرة أميركية أسفرت عن مقتل"), unless the source is already
    // a body of that country (AFRICOM for an American drone).
    if (a->lang.code == "ar" && ev.type == "ASSAULT" && entities_ != nullptr) {
      uint32_t craft = 0;
      for (uint32_t j = m.end; j < m.end + 3 && j < n && in_sentence(j, s); ++j) {
        if (in_class(j, W::kAircraftNouns)) {
          craft = j;
          break;
        }
      }
      if (craft > 0) {
        for (const DemonymMention& d : a->demonyms) {
          if (d.span.end <= d.span.start || d.country.empty() || d.span.start < tokens[craft].start) continue;
          const uint32_t t = token_at(d.span.start);
          if (t > craft + 3 || !in_sentence(t, s) || clause_break(craft, t)) break;
          if (ev.has_source && ev.source.country == d.country) break;
          if (ev.has_target && ev.target.country == d.country) ev.has_target = false;
          // the forces of that country the story names (AFRICOM for an American drone), else the country
          const DocEntity* forces = nullptr;
          for (const DocEntity& x : a->entities) {
            if (x.type == MentionType::kOrg && x.kind == "military" && x.country == d.country &&
                (forces == nullptr || x.salience > forces->salience)) {
              forces = &x;
            }
          }
          if (forces != nullptr) {
            ev.has_source = true;
            ev.source = EventActor{forces->id, forces->name, forces->country, "military", Span{}};
            break;
          }
          const int64_t lex = entities_->Find("country:" + d.country);
          if (lex < 0) break;
          const Entity& c = entities_->entities()[lex];
          ev.has_source = true;
          ev.source = EventActor{c.id, c.name, c.country, "military", d.span};
          break;
        }
      }
    }
    // "Collaboration" or "cooperation" with an armed group is collusion, no cooperation against
    // it: "toute collaboration avec les groupes armés est passible de poursuites", "denied any
    // collaboration with these terrorist groups". Joint operations against a group keep it.
    if (ev.type == "COOPERATE" && ev.mode.empty() && ev.has_target && ev.target.kind == "armed_group" &&
        (ev.rule.ends_with(".cooperation") || ev.rule.ends_with(".taawun"))) {
      continue;
    }
    // Working together named right after an agreement ("توقيع اتفاق تعاون عسكري", "وقعا اتفاقا للتعاون
    // الأمني", "مذكرة تفاهم للتعاون العسكري") is what the agreement is about: the agreement is the event.
    // So is a patrol, a training or a deployment it is for ("توقعان اتفاقا لتسيير دوريات مشتركة",
    // "اتفاقية لتدريب وحدات"): the ل of purpose on the trigger's first word.
    const bool purpose = a->lang.code == "ar" && (ev.type == "MOBILIZE" || ev.type == "AID") &&
                         m.start > tokens[m.begin].start &&
                         a->text.compare(tokens[m.begin].start, 2, "\xD9\x84" /* ل */) == 0;
    if ((ev.type == "COOPERATE" || purpose) && a->lang.code == "ar" && pattern.voice == "noun" && m.begin > 0 &&
        sentence_of[m.begin - 1] == s) {
      const std::string_view prev = key(m.begin - 1);
      if (prev == "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82" /* اتفاق */ ||
          prev == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82" /* الاتفاق */ ||
          prev == "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xD8\xA7" /* اتفاقا */ ||
          prev == "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xD9\x8A\xD9\x87" /* اتفاقيه */ ||
          prev == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xD9\x8A\xD9\x87" /* الاتفاقيه */ ||
          prev == "\xD8\xA7\xD8\xAA\xD9\x81\xD8\xA7\xD9\x82\xD9\x8A\xD8\xA7\xD8\xAA" /* اتفاقيات */ ||
          prev == "\xD8\xAA\xD9\x81\xD8\xA7\xD9\x87\xD9\x85" /* تفاهم (مذكرة تفاهم) */ ||
          prev == "\xD8\xA8\xD8\xB1\xD9\x88\xD8\xAA\xD9\x88\xD9\x83\xD9\x88\xD9\x84" /* بروتوكول */) {
        continue;
      }
    }
    // An agreement named as the frame of another act ("في إطار اتفاقية التعاون الدفاعي", "بموجب اتفاق
    // 2023", "ضمن اتفاق الشراكة", "وفق اتفاق") is one already in force: no agreement made now (a
    // signing is told by its own verb, "وقع").
    if (ev.type == "AGREE" && a->lang.code == "ar" && pattern.voice == "noun" && m.begin > 0 &&
        sentence_of[m.begin - 1] == s &&
        (is_any(m.begin - 1, {"\xD8\xA8\xD9\x85\xD9\x88\xD8\xAC\xD8\xA8" /* بموجب */,
                              "\xD8\xB6\xD9\x85\xD9\x86" /* ضمن */, "\xD9\x88\xD9\x81\xD9\x82" /* وفق */,
                              "\xD9\x88\xD9\x81\xD9\x82\xD8\xA7" /* وفقا */}) ||
         (m.begin > 1 && is_any(m.begin - 1, {"\xD8\xA7\xD8\xB7\xD8\xA7\xD8\xB1" /* اطار */}) &&
          is_any(m.begin - 2, {"\xD9\x81\xD9\x8A" /* في */, "\xD9\x88\xD9\x81\xD9\x8A" /* وفي */})))) {
      continue;
    }
    // Armed men "arriving in" a village do not pay a visit.
    // Nor do kidnappers who "phoned relatives" consult them: a ransom call is no diplomacy.
    if (ev.type == "CONSULT" && (ev.mode == "visit" || ev.mode == "call") && ev.has_source &&
        ev.source.kind == "armed_group") {
      continue;
    }
    // A council, an agency or a newspaper does not attack: "مواجهة" the threat, "targeting"
    // a network are words of policy there.
    if (ev.type == "ASSAULT" && ev.has_source &&
        (ev.source.kind == "igo" || ev.source.kind == "ngo" || ev.source.kind == "media")) {
      continue;
    }
    // A weak violent word with nobody named, no victim and no toll is no fact, unless armed men or
    // troops are its subject ("Des hommes armés ont incendié l'école", "Troops launched a new
    // offensive", "مسلحون استهدفوا") or forces seize something ("الشرطة تضبط 632 كيلوجراما").
    if (violent && !ev.has_target && !casualties && ev.source.entity.empty() && pattern.weak &&
        !(source != nullptr && (source->actor.kind == "armed_group" || source->actor.kind == "military")) &&
        !(ev.type == "COERCE" && source != nullptr && IsForces(source->actor.kind))) {
      continue;
    }
    // Coercion named by a noun with nobody on either side and no count is a topic, not an act
    // ("les coups d'État en Afrique de l'Ouest"); a seizure, an arrest or a curfew says what was done.
    // A headline's state of emergency or border closure (flag `civil`) says what was done too, its
    // author told in the lead ("إغلاق الحدود مع النيجر عقب هجوم على مركز للشرطة"; q19-ar).
    if (ev.type == "COERCE" && ev.mode.empty() && voice == "noun" && !ev.has_source && !ev.has_target && !casualties &&
        !(pattern.civil && ev.trigger.start < a->body_start)) {
      continue;
    }
    // Past the lead, violence with nobody named and no count is background ("l'axe est
    // régulièrement ciblé depuis 2023").
    if (violent && !lead && !named && !casualties) continue;
    // Two forces as one subject work together: "Les FAMa et les FAN ont mené des frappes",
    // "Troops from the Rwanda Defence Force, deployed in 2021, and the Mozambican army have been
    // pursuing", "Nigerian and Chadian troops launched an offensive" are a COOPERATE of their own
    // (not fighters who "clashed": they fight each other).
    bool joint = false;
    Event coop;
    // Two governments or bodies that train together ("L'ONUCT et l'Union africaine lancent un
    // programme de formation") work together too.
    const bool jointly_aid = ev.type == "AID" && ev.mode == "training" && source != nullptr &&
                             (source->actor.kind == "igo" || source->actor.kind == "gov");
    auto partner_kind = [&](const std::string& k) {
      return jointly_aid ? (k == "igo" || k == "gov" || k == "military" || k == "police") : IsForces(k);
    };
    if (((ev.type == "ASSAULT" || ev.type == "MOBILIZE") && source != nullptr && IsForces(source->actor.kind) &&
         !reciprocal(m)) ||
        jointly_aid) {
      for (size_t i = 0; i + 1 < before.size() && !joint; ++i) {
        const Candidate* x = before[i];
        const Candidate* y = before[i + 1];
        if ((x != source && y != source) || !partner_kind(x->actor.kind) || !partner_kind(y->actor.kind)) continue;
        if (x->actor.entity == y->actor.entity && x->actor.name == y->actor.name) continue;
        if (!x->actor.entity.empty() && x->actor.entity == y->actor.entity) continue;
        // One state's soldiers and police ("deployed 1,000 soldiers and police officers", "Troops
        // of Operation Fansan Yamma and police were combing"): one side, not two partners.
        // A group noun takes the country of the demonym right before it ("Ugandan troops").
        auto country_of = [&](const Candidate* c) -> std::string {
          if (!c->actor.country.empty()) return c->actor.country;
          for (const DemonymMention& d : a->demonyms) {
            const uint32_t t = token_at(d.span.start);
            if (sentence_of[t] == s && t < c->begin && c->begin - t <= 2) return d.country;
          }
          return "";
        };
        const std::string cx = country_of(x), cy = country_of(y);
        if (!jointly_aid && ((!cx.empty() && cx == cy) ||
                             ((x->actor.entity.empty() || y->actor.entity.empty()) && (cx.empty() || cy.empty())))) {
          continue;
        }
        if (ev.has_target && (ev.target.name == x->actor.name || ev.target.name == y->actor.name)) continue;
        if (x->begin > 0 && word_between(x->begin >= 3 ? x->begin - 3 : 0, x->begin, s, {"between", "entre", "\xD8\xA8\xD9\x8A\xD9\x86"})) {
          continue;
        }
        if (!joined(x, y, s)) continue;
        joint = true;
        coop.has_source = coop.has_target = true;
        coop.source = x->actor;
        coop.target = y->actor;
      }
      // "Nigerian and Chadian troops", "les armées malienne et nigérienne", "القوات المالية
      // والنيجرية": two nationalities of one group of forces.
      if (!joint && !jointly_aid) {
        std::vector<std::pair<uint32_t, const DemonymMention*>> near;
        for (const DemonymMention& d : a->demonyms) {
          uint32_t t = token_at(d.span.start);
          if (sentence_of[t] != s) continue;
          if ((t < source->begin && source->begin - t <= 4) || (t >= source->begin && t < source->end + 4)) {
            near.emplace_back(t, &d);
          }
        }
        for (size_t i = 0; i + 1 < near.size() && !joint; ++i) {
          const auto& [t1, d1] = near[i];
          const auto& [t2, d2] = near[i + 1];
          if (d1->country == d2->country || t2 <= t1 || t2 - t1 > 3) continue;
          const bool proclitic = a->lang.code == "ar" && a->text.compare(tokens[t2].start, 2, "\xD9\x88") == 0;
          if (!proclitic && !word_between(t1 + 1, t2, s, {"and", "et", "\xD9\x88"})) continue;
          joint = true;
          coop.has_source = coop.has_target = true;
          for (auto [d, side] : {std::pair{d1, &coop.source}, std::pair{d2, &coop.target}}) {
            side->name = std::string(a->Slice(d->span));
            if (source->actor.entity.empty()) side->name += " " + source->actor.name;
            side->country = d->country;
            side->kind = source->actor.kind;
            side->span = d->span;
          }
        }
      }
      if (joint) {
        coop.type = "COOPERATE";
        coop.mode = jointly_aid ? "" : "joint-operation";
        coop.rule = a->lang.code + ".cooperate.joint_subject";
        coop.place = ev.place;
        coop.date = ev.date;
        coop.background = ev.background;
        coop.sentence = ev.sentence;
        coop.trigger = ev.trigger;
        coop.confidence = std::min(ev.confidence, 0.8);
        if (jointly_aid) {
          coop.contexts = ev.contexts;
        } else {
          coop.contexts = {"military"};
        }
        if (ev.has_target && ev.target.kind == "armed_group" &&
            std::find(coop.contexts.begin(), coop.contexts.end(), "counter_terrorism") == coop.contexts.end()) {
          coop.contexts.push_back("counter_terrorism");
        }
      }
    }
    a->events.push_back(std::move(ev));
    if (joint) a->events.push_back(std::move(coop));
  }
  if (lead_planned_meeting) {
    // So is the meeting told again later by its definite noun ("الاجتماع سيناقش أيضا ...", "رحبت
    // البعثة بالإعلان عن الاجتماع").
    std::erase_if(a->events, [&](const Event& e) {
      return e.type == "CONSULT" &&
             (e.trigger.start < a->body_start ||
              (e.trigger.end > e.trigger.start + 4 &&
               a->text.compare(e.trigger.start, 4, "\xD8\xA7\xD9\x84" /* ال */) == 0));
    });
  }

  // What goes with the forces' fighting in its sentence: weapons "recovered" or seized after the
  // battle are its spoils, hostages "freed" its rescue, the sweep it happened in its operation
  // (docs/annotation.md: a rescue with fighting is ASSAULT, the seizure goes with the operation).
  {
    // ... and a crew or villagers "held" by the men who seize a ship or raid a village are
    // their hostages: the kidnapping, not an arrest.
    auto fighting_in = [&](const Event& x, bool by_forces_only, bool abduction) {
      for (const Event& k : a->events) {
        if (k.type != "ASSAULT" || k.background || !(k.sentence == x.sentence)) continue;
        if (abduction && k.mode != "abduct") continue;
        // Spoils need a battle (a toll, armed men on one side): "توجيه الضربات الأمنية" is a word
        // of policy.
        if (!abduction && !by_forces_only && k.fatalities <= 0 && k.injured <= 0 &&
            !(k.has_target && k.target.kind == "armed_group")) {
          continue;
        }
        if (!by_forces_only || (k.has_source && IsForces(k.source.kind))) return true;
      }
      return false;
    };
    // A sweep the fighting happened "during" ("خلال عملية تمشيط", "during a search operation",
    // "lors d'une opération de ratissage"), not one that goes on after it.
    auto during = [&](const Event& e) {
      const uint32_t t = token_at(e.trigger.start);
      // French names the operation at length ("lors d'une opération de fouille et de ratissage"):
      // up to nine words back there, not past a comma.
      const uint32_t reach = a->lang.code == "fr" ? 9 : 3;
      uint32_t from = t >= reach ? t - reach : 0;
      if (a->lang.code == "fr") {
        for (uint32_t i = t; i > from; --i) {
          if (key(i - 1) == ",") {
            from = i;
            break;
          }
        }
      }
      for (uint32_t i = from; i < t; ++i) {
        if (is_any(i, {"during", "lors", "pendant", "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84" /* خلال */,
                       "\xD8\xA3\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1" /* أثناء */,
                       "\xD8\xA7\xD8\xAB\xD9\x86\xD8\xA7\xD8\xA1" /* اثناء */,
                       "\xD8\xA7\xD8\xAB\xD8\xB1" /* إثر, folded: "قضت على إرهابيين إثر عملية بحث وتمشيط" */})) {
          return true;
        }
      }
      return false;
    };
    // "imposed sanctions on a network it accused of helping al-Shabaab", "arrêtés, accusés de":
    // the accusation after a sanction or an arrest in its sentence is its grounds, no ACCUSE.
    auto grounds = [&](const Event& e) {
      if (e.type != "ACCUSE") return false;
      std::string_view k = key(token_at(e.trigger.start));
      const bool accusing = k.rfind("accus", 0) == 0 || k.rfind("\xD8\xA7\xD8\xAA\xD9\x87\xD9\x85" /* اتهم */, 0) == 0 ||
                            k.rfind("\xD9\x85\xD8\xAA\xD9\x87\xD9\x85" /* متهم */, 0) == 0;
      if (!accusing) return false;
      for (const Event& k2 : a->events) {
        if ((k2.type == "SANCTION" || (k2.type == "COERCE" && k2.mode == "arrest")) && k2.sentence == e.sentence &&
            k2.trigger.start < e.trigger.start) {
          return true;
        }
      }
      return false;
    };
    std::vector<bool> gone(a->events.size(), false);
    for (size_t i = 0; i < a->events.size(); ++i) {
      const Event& e = a->events[i];
      if (grounds(e)) {
        gone[i] = true;
        continue;
      }
      // Approving a disbursement or a grant ("وافق المجلس التنفيذي للصندوق على صرف شريحة بقيمة 1.2
      // مليار دولار") is giving it: the aid, no agreement of its own.
      if (e.type == "AGREE" && e.rule == "ar.agree.wafaqa") {
        bool approved_aid = false;
        for (const Event& k : a->events) {
          if (k.type != "AID" || k.sentence != e.sentence || k.trigger.start <= e.trigger.start) continue;
          const uint32_t t = token_at(k.trigger.start);
          approved_aid = approved_aid || (t > 0 && is_any(t - 1, {"\xD8\xB9\xD9\x84\xD9\x8A" /* على, folded */}));
        }
        if (approved_aid) {
          gone[i] = true;
          continue;
        }
      }
      // "Three suspects were arrested in raids": a raid that arrests, with no one killed or hurt,
      // is the arrest (docs/annotation.md: killing a suspect during an arrest raid is an ASSAULT).
      // So is an ambush the forces lay to catch a wanted man ("ألقت القبض على عنصر تكفيري إثر كمين
      // نصبته له").
      if (e.type == "ASSAULT" && (e.mode == "raid" || (e.mode == "ambush" && e.has_source && IsForces(e.source.kind))) &&
          e.fatalities <= 0 && e.injured <= 0) {
        bool arrest = false;
        // Or a raid by no armed group in a story of arrests by no armed group: "operatives raided
        // two hideouts and recovered pistols" after "arrested five suspects" is the arrest's search.
        const bool not_group = !(e.has_source && e.source.kind == "armed_group" && e.source.span.end > 0);
        for (const Event& k : a->events) {
          arrest = arrest || (k.type == "COERCE" && (k.mode == "arrest" || k.mode == "detain") &&
                              (k.sentence == e.sentence ||
                               (a->lang.code == "en" && not_group && !(k.has_source && k.source.kind == "armed_group"))));
        }
        // A raid by forces on no armed group in the sentence where they seize goods ("county officers
        // raided their stalls and seized their goods") is that seizure.
        const bool forces_on_no_group = e.has_source && IsForces(e.source.kind) &&
                                        !(e.has_target && e.target.kind == "armed_group");
        for (const Event& k : a->events) {
          arrest = arrest || (forces_on_no_group && k.type == "COERCE" && k.mode == "seize" &&
                              k.sentence == e.sentence && k.trigger.start > e.trigger.start);
        }
        if (arrest) {
          gone[i] = true;
          continue;
        }
      }
      gone[i] = (e.type == "COERCE" && e.mode == "seize" && !(e.has_target && e.target.kind != "other") &&
                 fighting_in(e, false, false)) ||
                (e.type == "COERCE" && e.mode == "detain" && fighting_in(e, false, true)) ||
                // Hostages "held for six months" and freed: the holding is the kidnapping told
                // again, the release the news ("أفرجت الجماعة عن رهينتين كانت تحتجزهما").
                (e.type == "COERCE" && e.mode == "detain" && (!e.has_source || e.source.kind == "armed_group") &&
                 std::any_of(a->events.begin(), a->events.end(),
                             [&](const Event& k) {
                               return k.type == "CONCEDE" && k.mode == "release" && k.sentence == e.sentence;
                             })) ||
                (e.type == "CONCEDE" && e.mode == "release" && fighting_in(e, true, false)) ||
                // So is a rescue in the sentence of the forces' fighting ("troops kill 22 Boko Haram
                // fighters, rescue 9 women"): the operation, no humanitarian aid.
                (e.type == "AID" && e.rule.rfind("en.aid.rescue", 0) == 0 && fighting_in(e, true, false)) ||
                // The search or sweep in which the forces killed ("قضت على ٣ إرهابيين خلال عملية
                // بحث وتمشيط") is their operation, told as its fighting (docs/annotation.md).
                (e.type == "MOBILIZE" && e.mode != "alert" && during(e) && fighting_in(e, true, false));
    }
    std::vector<Event> kept;
    for (size_t i = 0; i < a->events.size(); ++i) {
      if (!gone[i]) kept.push_back(std::move(a->events[i]));
    }
    a->events = std::move(kept);
  }
  // An armed group imposes no sanctions, designations or asset freezes: one named with them
  // ("Treasury hits al-Shabaab 'tax' network with sanctions") is their target, and a retelling
  // names who imposed them (q12-en). A court's verdict or a charge keeps its actors.
  for (Event& e : a->events) {
    if (e.type != "SANCTION" || !e.has_source || e.source.kind != "armed_group" || e.mode == "sentence" ||
        e.mode == "convict" || e.mode == "prosecute") {
      continue;
    }
    if (!e.has_target) {
      e.has_target = true;
      e.target = e.source;
    }
    e.has_source = false;
    e.source = EventActor();
  }
  // English: the attack a verdict or a sentence is for, told after it in its sentence ("sentenced
  // four al-Shabaab members to death for their role in the suicide car bombing that killed 21
  // people", "Court jails nine Boko Haram members for life over Konduga market bombing"), is the
  // trial's content: an older attack, background (docs/annotation.md section 1: the content of
  // trials; section 7: a trial of an old attack makes no terrorism.attack).
  // So is a headline's attack named before a colon, the verdict after it ("Beledweyne bombing:
  // military court sentences four al-Shabaab men to death"); and, in a story of a verdict, an attack
  // told in the sentence of an older attack ("The bombing, carried out by three female suicide
  // bombers on June 17, 2024, killed at least 24 people": the attack tried, retold).
  if (a->lang.code == "en") {
    auto verdict = [](const Event& k) {
      return k.type == "SANCTION" && !k.background && (k.mode == "sentence" || k.mode == "convict");
    };
    const bool trial = std::any_of(a->events.begin(), a->events.end(), verdict);
    if (trial) {
      const bool has_old_attack = std::any_of(a->events.begin(), a->events.end(),
                                              [](const Event& k) { return k.type == "ASSAULT" && k.background; });
      std::vector<bool> old_attack(a->events.size(), false);
      for (size_t i = 0; i < a->events.size(); ++i) {
        const Event& e = a->events[i];
        if (e.type != "ASSAULT" || e.background) continue;
        for (const Event& k : a->events) {
          if (k.sentence != e.sentence) continue;
          if (verdict(k) && k.trigger.end <= e.trigger.start) old_attack[i] = true;
          if (verdict(k) && e.trigger.end <= k.trigger.start && k.trigger.start < a->body_start &&
              std::string_view(a->text.data() + e.trigger.end, k.trigger.start - e.trigger.end).find(':') !=
                  std::string_view::npos) {
            old_attack[i] = true;
          }
          if (k.type == "ASSAULT" && k.background && &k != &e) old_attack[i] = true;
        }
        // Told in the trial's words ("A former waiter told the court how the gunmen threw grenades",
        // "witnesses testified"), when the story has an older attack: the attack tried.
        if (!old_attack[i] && has_old_attack) {
          for (uint32_t t = 0; t < n && tokens[t].start < e.sentence.end; ++t) {
            if (tokens[t].start >= e.sentence.start && in_class(t, W::kTestimonyWords)) old_attack[i] = true;
          }
        }
      }
      for (size_t i = 0; i < a->events.size(); ++i) {
        if (old_attack[i]) a->events[i].background = true;
      }
    }
  }
  // English: a story whose headline tells an anniversary (a word of recall_words, or "N years since":
  // "Garissa marks 11 years since university massacre", "Kenya commemorates Westgate victims") and
  // reports no attack of its own in the headline recalls the attack: its violence dated the day of
  // the ceremony or not at all ("Four gunmen were killed by security forces after a siege") is that
  // attack's, background (docs/annotation.md section 1; q21-encat).
  if (a->lang.code == "en") {
    bool anniversary = false;
    for (uint32_t t = 0; t < n && tokens[t].start < a->body_start; ++t) {
      anniversary = anniversary || in_class(t, W::kRecallWords) ||
                    (t + 1 < n && in_class(t, W::kYearUnits) && is_any(t + 1, {"since"}));
    }
    const std::string today = a->doc.published.substr(0, std::min<size_t>(10, a->doc.published.size()));
    const bool headline_attack = std::any_of(a->events.begin(), a->events.end(), [&](const Event& k) {
      return k.type == "ASSAULT" && !k.background && k.trigger.start < a->body_start;
    });
    if (anniversary && !headline_attack) {
      for (Event& e : a->events) {
        if ((e.type == "ASSAULT" || e.type == "COERCE") && e.date == today) e.background = true;
      }
    }
  }
  // The same event told twice: same type, same source (or an unidentified one), same place (or
  // none); the first telling stays, with the largest counts.
  auto nested_places = [&](const std::string& x, const std::string& y) {
    const Place* px = nullptr;
    const Place* py = nullptr;
    for (const Place& p : a->places) {
      if (p.entity == x) px = &p;
      if (p.entity == y) py = &p;
    }
    if (px == nullptr || py == nullptr || px->admin1.empty() || px->admin1 != py->admin1) return false;
    return (px->kind == "admin1") != (py->kind == "admin1");
  };
  // An actor that is a headline's label (Analysis::IsTitleLabel: "تونس:", "Togo :").
  auto headline_label = [&](const EventActor& x) { return a->IsTitleLabel(x.span); };
  auto inferred_attacker = [](const Event& x) {
    return x.type == "ASSAULT" && x.has_source && x.source.span.end == 0 && x.source.name == "unidentified armed group";
  };
  // Civilians, or people the event alone says what they are (protesters, suspects: kind other).
  auto unarmed = [](const EventActor& x) { return x.kind == "civilians" || x.kind == "other"; };
  // Told with a verb ("killing two") or with its toll ("fired live rounds, killing two"): a bare
  // noun's actor is a guess ("held the army responsible for the attack" names no attacker).
  // English only: an Arabic verb-first sentence's subject is a guess too often ("للشرطة" read as
  // the killers of the passengers of a police vehicle), and French is not checked.
  auto forces_on_civilians = [&](const Event& x, const Event& y) {
    return a->lang.code == "en" && (!x.has_target || unarmed(x.target)) && y.has_source && y.source.span.end > 0 &&
           (!y.nominal || y.fatalities > 0) &&
           (y.source.kind == "police" || y.source.kind == "military") &&
           (!y.has_target || (x.has_target ? y.target.kind == x.target.kind : unarmed(y.target)));
  };
  std::vector<Event> merged;
  for (Event& e : a->events) {
    Event* same = nullptr;
    for (Event& k : merged) {
      // The toll an old attack "caused" in its own sentence ("والمشاركة في الهجوم على كمين أمني في أكتوبر
      // 2017، الذي أسفر عن مقتل 6 من أفراد الشرطة") is that attack's, background with it, though its
      // relative clause gives it no date of its own.
      const bool old_toll = k.type == "ASSAULT" && e.type == "ASSAULT" && k.background && !e.background &&
                            k.sentence == e.sentence && k.trigger.start < e.trigger.start &&
                            e.rule == "ar.assault.maqtal" && token_at(e.trigger.start) > 0 &&
                            is_any(token_at(e.trigger.start) - 1,
                                   {"\xD8\xB9\xD9\x86" /* عن */, "\xD8\xA7\xD9\x84\xD9\x8A" /* إلى, folded */});
      // The same in a relative clause right after an older attack's noun, with no date of its own
      // ("the 2013 Westgate attack, which killed 67 people", "l'attentat de 2015, qui avait fait
      // 38 morts"): the toll is that attack's.
      auto relative_toll = [&]() {
        if (k.type != "ASSAULT" || e.type != "ASSAULT" || !k.background || e.background || k.sentence != e.sentence ||
            k.trigger.end > e.trigger.start || e.date != a->doc.published.substr(0, std::min<size_t>(10, a->doc.published.size()))) {
          return false;
        }
        const uint32_t t = token_at(e.trigger.start);
        const uint32_t antecedent = token_at(k.trigger.end > 0 ? k.trigger.end - 1 : 0);
        for (uint32_t j = t >= 3 ? t - 3 : 0; j < t; ++j) {
          if (j > antecedent && j - antecedent <= 3 &&
              is_any(j, {"which", "that", "qui", "Ø§ÙØ°Ù" /* الذي */,
                         "Ø§ÙØªÙ" /* التي */})) {
            return true;
          }
        }
        return false;
      };
      if (k.type != e.type || (k.background != e.background && !old_toll && !relative_toll())) continue;
      // A handover of wanted people to another state and the arrest before it are two events, though
      // told in one sentence ("was arrested by Kenyan detectives in Busia on Tuesday and handed over
      // to Ugandan police on Thursday": docs/annotation.md section 4).
      if (k.type == "COERCE" && (k.mode == "extradite") != (e.mode == "extradite")) continue;
      // One sentence, one event of a type: "killed ... in an ambush"; but a headline's two
      // clauses are two stories' sides ("Jihadists ambush army convoy; army says 14 attackers
      // killed").
      // An army that "hit back" after an attack by another side answers it: an attack and the
      // response are two events (annotation.md section 3; "Burkinabe troops hit back after JNIM raid").
      // So is Arabic forces' "ردت على الهجوم", "صد الهجوم" after the attackers' act in one sentence ("استهدفوا
      // الدورية بعبوة ناسفة ... مضيفا أن القوات ردت على الهجوم وقتلت أربعة من المهاجمين"; q16-ar).
      auto answers = [](const Event& x) { return x.rule == "en.assault.hit_back" || x.rule == "ar.assault.sadd"; };
      // Two sides with no lexicon name are told apart by their kinds ("مسلحين هاجموا ..., وأن الجنود تمكنوا من صد
      // الهجوم": armed men, then soldiers).
      auto forces = [](const Event& x) { return x.source.kind == "military" || x.source.kind == "police"; };
      const bool riposte = answers(k) != answers(e) && k.has_source && e.has_source &&
                           (k.source.entity != e.source.entity ||
                            (k.source.entity.empty() && forces(answers(k) ? k : e) &&
                             (answers(k) ? e : k).source.kind == "armed_group"));
      // Arabic: armed men told first and forces named after the first trigger, in one sentence, are the
      // two sides ("أن مسلحين هاجموا الموقع، وأن الجنود صدوا الهجوم وقتلوا 20 من المهاجمين", "إن المهاجمين
      // فتحوا النار على الموقع، وإن الوحدات المرابطة تمكنت من قتل 22 منهم"): the attack and the response,
      // though neither side has a name of the lexicon.
      // An attack whose attacker the sentence does not give ("أن مجموعة إرهابية مدججة بالسلاح هاجمت
      // الموقع ... وأن الجنود تصدوا للهجوم") is the other side of forces that repel it.
      const bool sides = a->lang.code == "ar" && k.type == "ASSAULT" && e.has_source &&
                         (k.has_source ? k.source.kind == "armed_group" : answers(e) && !answers(k)) &&
                         (e.source.kind == "military" || e.source.kind == "police") &&
                         !e.nominal && e.source.span.start > k.trigger.end && e.source.span.end <= e.trigger.start;
      if (k.sentence == e.sentence && !riposte && !sides) {
        const uint32_t from = std::min(k.trigger.end, e.trigger.end);
        const uint32_t to = std::max(k.trigger.start, e.trigger.start);
        if (!(to > from && std::string_view(a->text).substr(from, to - from).find(';') != std::string_view::npos)) {
          same = &k;
          break;
        }
      }
      bool source_same = k.source.entity == e.source.entity && k.source.name == e.source.name;
      bool unidentified = k.source.entity.empty() || e.source.entity.empty();
      bool unknown = !k.has_source || !e.has_source;
      // A headline's place label standing for its state ("Togo : huit accusés condamnés") and a
      // body of that state named in the story ("la chambre criminelle spéciale du tribunal de
      // Lomé a condamné") are one actor told twice; another state is another actor.
      auto label_and_body = [&](const Event& x, const Event& y) {
        return a->lang.code != "en" && x.has_source && y.has_source && headline_label(x.source) &&
               y.source.span.start >= a->body_start && x.source.kind == y.source.kind &&
               !y.source.entity.starts_with("country:");
      };
      bool label = label_and_body(k, e) || label_and_body(e, k);
      // An attacker only inferred for unarmed people killed ("Police fire tear gas at protesters,
      // two shot dead": an unidentified armed group) and forces a retelling names as their killers
      // ("police fired live rounds ..., killing two") are one side told twice.
      // Either told first: a headline's "Two killed as police break up fuel price protest" and the body's
      // "Two protesters were shot dead" are one killing too (q18-encat).
      const bool named_forces = (inferred_attacker(k) && forces_on_civilians(k, e)) ||
                                (inferred_attacker(e) && forces_on_civilians(e, k));
      if (!(source_same || unknown || label || named_forces || (unidentified && k.source.kind == e.source.kind))) continue;
      // Violence at two places is two events; talks told twice are one. A town and the division
      // that holds it are one place told twice, for an attack or acts of one mode ("Kaduna :
      // vingt-trois élèves enlevés dans un internat de Kajuru", then "des hommes armés ont fait
      // irruption dans un internat [...] de Kajuru, au sud de Kaduna") and the same victims; a
      // seizure in a province and an arrest in one of its towns stay two, and so do villagers
      // killed in a province and soldiers killed in one of its towns.
      const bool violent = e.type == "ASSAULT" || e.type == "COERCE" || e.type == "PROTEST";
      const bool same_victims = !k.has_target || !e.has_target || k.target.kind == e.target.kind;
      // A place that is only the dateline's says where the report was filed, not where it happened.
      if (violent && !k.place.empty() && !e.place.empty() && k.place != e.place && !k.place_from_dateline &&
          !e.place_from_dateline &&
          !((e.type == "ASSAULT" || k.mode == e.mode) && same_victims && nested_places(k.place, e.place))) {
        continue;
      }
      same = &k;
      break;
    }
    // Arabic: a verb after forces' riposte in its sentence ("وأن الجنود تصدوا للهجوم وقتلوا نحو عشرين من
    // المهاجمين") tells the riposte again, not the attack told before it.
    if (same != nullptr && a->lang.code == "ar" && same->sentence == e.sentence && same->type == "ASSAULT") {
      for (Event& k : merged) {
        if (&k != same && k.sentence == e.sentence && k.type == e.type && k.rule == "ar.assault.sadd" &&
            k.trigger.start > same->trigger.start && k.trigger.start < e.trigger.start &&
            (!e.has_source || (k.has_source && k.source.kind == e.source.kind))) {
          same = &k;
        }
      }
    }
    if (same == nullptr) {
      merged.push_back(std::move(e));
      continue;
    }
    ++same->mentions;
    if (same->sentence == e.sentence && same->nominal && !e.nominal) {
      // A verb's actors over a noun's: "a suicide bomber killed six people".
      if (e.has_source && (!same->has_source || same->source.entity.empty())) {
        same->has_source = true;
        same->source = e.source;
      }
      if (e.has_target) {
        same->has_target = true;
        same->target = e.target;
      }
      same->nominal = false;
    }
    // A telling with a figure wins over one with a vague plural ("dozens killed ... 31 soldiers").
    TakeToll(&same->fatalities, &same->vague_fatalities, e.fatalities, e.vague_fatalities);
    TakeToll(&same->injured, &same->vague_injured, e.injured, e.vague_injured);
    if (same->place.empty()) same->place = e.place;
    if (same->mode.empty()) same->mode = e.mode;
    if (!same->has_target && e.has_target) {
      same->has_target = true;
      same->target = e.target;
    }
    if (!same->has_source && e.has_source) {
      same->has_source = true;
      same->source = e.source;
    } else if (inferred_attacker(*same) && forces_on_civilians(*same, e)) {
      same->source = e.source;
    } else if (a->lang.code != "en" && headline_label(same->source) && e.has_source &&
               e.source.span.start >= a->body_start && e.source.kind != "armed_group") {
      // A headline's place label stands for its state only while nothing else is named: the body's
      // actor of the same event ("تونس: أحكام بالسجن ...", then "قضت الدائرة الجنائية ... بأحكام")
      // is the one who acts (q16-ar).
      same->source = e.source;
    } else if (same->source.entity.empty() && !e.source.entity.empty() && !e.nominal &&
               (same->source.kind == e.source.kind || same->source.name == "unidentified armed group")) {
      // A name for the same kind of actor ("gunmen", then "JNIM"), not another side: "troops
      // launched an offensive against Boko Haram camps, killing 20".
      same->source = e.source;
    } else if (same->source.entity.empty() && same->source.span.end == 0 && e.has_source && e.source.span.end > 0 &&
               e.source.kind == same->source.kind && !e.nominal) {
      // An attacker the first telling only inferred, named by words in a retelling ("vingt-trois
      // élèves enlevés", then "des hommes armés ont enlevé"): the words that name it.
      same->source = e.source;
    }
    if (same->target.entity.empty() && same->target.span.end == 0 && e.has_target && e.target.span.end > 0 &&
        e.target.kind == same->target.kind) {
      same->target = e.target;
    }
    for (const std::string& c : e.contexts) {
      if (std::find(same->contexts.begin(), same->contexts.end(), c) == same->contexts.end()) same->contexts.push_back(c);
    }
  }
  a->events = std::move(merged);
  // Attackers pulling back ("avant de se replier", "as they withdrew") end their attack: in a
  // story with an attack, an armed group's (or nobody's) withdrawal is no RETREAT of its own.
  if (std::any_of(a->events.begin(), a->events.end(),
                  [](const Event& e) { return e.type == "ASSAULT" && !e.background; })) {
    a->events.erase(std::remove_if(a->events.begin(), a->events.end(),
                                   [](const Event& e) {
                                     return e.type == "RETREAT" && (!e.has_source || e.source.kind == "armed_group");
                                   }),
                    a->events.end());
  }

  // Soldiers killed or wounded during the forces' own operation ("Deux soldats ont été blessés"
  // right before or after the army's raid, "three soldiers were wounded in the operation"): with
  // no attacker and no means of their own in their sentence, they are that operation's toll (both
  // sides count), not a group's attack.
  {
    auto sentence_index = [&](const Event& e) {
      for (size_t i = 0; i < a->sentences.size(); ++i) {
        if (a->sentences[i].span.start <= e.sentence.start && e.sentence.start < a->sentences[i].span.end) return i;
      }
      return a->sentences.size();
    };
    auto forces = [](const EventActor& x) { return IsForces(x.kind); };
    // English "also" right before the killing ("three fishermen were also killed", "also died"),
    // two words at most: whoever the victims, they are the toll of the operation told just before.
    auto also_before = [&](const Event& e) {
      if (a->lang.code != "en") return false;
      const size_t from = e.trigger.start >= 16 ? e.trigger.start - 16 : 0;
      std::string_view before(a->text.data() + from, e.trigger.start - from);
      const size_t at = before.rfind("also ");
      if (at == std::string_view::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(before[at - 1])))) return false;
      return std::count(before.begin() + static_cast<std::ptrdiff_t>(at), before.end(), ' ') <= 2;
    };
    std::vector<bool> folded(a->events.size(), false);
    for (size_t i = 0; i < a->events.size(); ++i) {
      const Event& e = a->events[i];
      if (e.type != "ASSAULT" || e.background || !(e.mode.empty() || e.mode == "firearms") || !e.source.entity.empty() ||
          e.source.name != "unidentified armed group" || !e.has_target || !(forces(e.target) || also_before(e))) {
        continue;
      }
      const size_t se = sentence_index(e);
      Event* operation = nullptr;
      for (size_t j = 0; j < a->events.size() && operation == nullptr; ++j) {
        Event& k = a->events[j];
        if (j == i || folded[j] || k.type != "ASSAULT" || k.background || !k.has_source || !forces(k.source) ||
            !k.has_target || k.target.kind != "armed_group") {
          continue;
        }
        const size_t sk = sentence_index(k);
        // "Also" points back to the operation told before, however far (its first telling may
        // be the lead, the toll retold in a quotation just before).
        if ((sk + 1 >= se && se + 1 >= sk) || (sk < se && !forces(e.target) && also_before(e))) operation = &k;
      }
      if (operation == nullptr) continue;
      if (e.fatalities > 0 && !e.vague_fatalities) operation->fatalities = std::max(operation->fatalities, 0) + e.fatalities;
      if (e.injured > 0) operation->injured = std::max(operation->injured, 0) + e.injured;
      ++operation->mentions;
      folded[i] = true;
    }
    std::vector<Event> kept;
    for (size_t i = 0; i < a->events.size(); ++i) {
      if (!folded[i]) kept.push_back(std::move(a->events[i]));
    }
    a->events = std::move(kept);
  }
  // An air strike is the forces' weapon: an armed group named with it ("air strike aimed at
  // bandits") is its target, and the bombs that "fell" (or a drone strike) with nobody named in a
  // story of the forces' air or drone strike are that strike, told again, not a group's attack.
  {
    const Event* strike = nullptr;
    for (Event& e : a->events) {
      if (e.type != "ASSAULT" || e.mode != "aerial" || !e.has_source || e.source.kind != "armed_group") continue;
      if (!e.has_target) {
        e.has_target = true;
        e.target = e.source;
      }
      // The forces the story is most about, else unnamed security forces.
      const DocEntity* forces = nullptr;
      for (const DocEntity& d : a->entities) {
        if (IsForces(d.kind) && (forces == nullptr || d.salience > forces->salience)) forces = &d;
      }
      e.source = EventActor{};
      e.source.name = forces != nullptr ? forces->name : "security forces";
      e.source.entity = forces != nullptr ? forces->id : "";
      e.source.country = forces != nullptr ? forces->country : "";
      e.source.kind = forces != nullptr ? forces->kind : "military";
      e.confidence = std::min(e.confidence, forces != nullptr ? 0.7 : 0.6);
    }
    for (const Event& e : a->events) {
      if (e.type == "ASSAULT" && !e.background && (e.mode == "aerial" || e.mode == "drone") && e.has_source &&
          IsForces(e.source.kind)) {
        strike = &e;
        break;
      }
    }
    if (strike != nullptr) {
      auto retold = [&](const Event& e) {
        return e.type == "ASSAULT" && !e.background && &e != strike && e.source.entity.empty() &&
               e.source.name == "unidentified armed group" &&
               (e.mode == "explosion" || e.mode == "aerial" || e.mode == "drone") &&
               !(e.has_target && IsForces(e.target.kind));
      };
      const auto folded = std::count_if(a->events.begin(), a->events.end(), retold);
      if (folded > 0) {
        const size_t at = static_cast<size_t>(strike - a->events.data());
        a->events[at].mentions += static_cast<int>(folded);
        std::vector<Event> kept;
        for (Event& e : a->events) {
          if (!retold(e)) kept.push_back(std::move(e));
        }
        a->events = std::move(kept);
      }
    }
  }
  // An attack whose sentence does not say who: the armed group the story is most about (the
  // one that claimed it, usually), at a lower confidence.
  const DocEntity* group = nullptr;
  for (const DocEntity& e : a->entities) {
    if (e.type == MentionType::kOrg && e.kind == "armed_group" && (group == nullptr || e.salience > group->salience)) group = &e;
  }
  if (group != nullptr) {
    for (Event& e : a->events) {
      if (e.type != "ASSAULT" || !e.source.entity.empty() || e.source.kind != "armed_group") continue;
      if (e.has_target && e.target.kind == "armed_group") continue;  // armed men killed: no group's attack
      e.source.entity = group->id;
      e.source.name = group->name;
      e.source.country = group->country;
      e.confidence = std::min(e.confidence, 0.7);
    }
  }
  // The kidnappers who free their hostages ("relâchés par leurs ravisseurs", "freed by their
  // captors", "were released" with nobody named) are the group that took them: the story's
  // abductions, when they name one armed group. A release with nobody named takes the words of the
  // kidnapping even when they name no group ("gunmen").
  {
    const Event* named = nullptr;
    const Event* words = nullptr;
    bool one_group = true;
    for (const Event& e : a->events) {
      if (e.type != "ASSAULT" || e.mode != "abduct" || !e.has_source || e.source.kind != "armed_group") continue;
      if (words == nullptr) words = &e;
      if (e.source.entity.empty()) continue;
      if (named != nullptr && named->source.entity != e.source.entity) one_group = false;
      named = &e;
    }
    const Event* taken = named != nullptr ? (one_group ? named : nullptr) : words;
    if (taken != nullptr) {
      const EventActor kidnappers = taken->source;
      for (Event& e : a->events) {
        if (e.type != "CONCEDE" || e.mode != "release") continue;
        if (!e.has_source) {
          e.has_source = true;
          e.source = kidnappers;
          e.source.span = Span{0, 0};  // inferred: no words of this sentence name them
        } else if (e.source.entity.empty() && e.source.kind == "armed_group" && !kidnappers.entity.empty()) {
          e.source.entity = kidnappers.entity;
          e.source.name = kidnappers.name;
          e.source.country = kidnappers.country;
        }
      }
    }
  }
  // A global network named where the story names its branch ("l'organisation État islamique" in a
  // story of the Islamic State's Mozambique province, "al-Qaeda" beside JNIM) acts through that
  // branch: the most salient affiliate the story names is the actor, the network's words kept.
  if (entities_ != nullptr) {
    for (Event& e : a->events) {
      for (EventActor* x : {&e.source, &e.target}) {
        if (x->entity != "org:islamic-state" && x->entity != "org:al-qaeda") continue;
        if (const DocEntity* b = branch_of(x->entity); b != nullptr) {
          x->entity = b->id;
          x->name = b->name;
          x->country = b->country;
        }
      }
    }
  }
  // Only violence kills or wounds (annotation.md section 5: the people killed in this event): a
  // condemnation, an accusation, a call, an arrest or a protest told in the sentence of a toll
  // ("blamed ISWAP for the killing of 12 farmers", "condemned the attack that killed 38") has none
  // of its own, and weighs no more for it in the choice of the main event below.
  for (Event& e : a->events) {
    if (e.type == "ASSAULT") continue;
    e.fatalities = e.injured = -1;
    e.vague_fatalities = e.vague_injured = false;
  }
  // The main event: the most prominent.
  uint32_t lead_end = 0;  // the end of the body's first sentence
  for (const SentenceSpan& sentence : a->sentences) {
    if (sentence.span.end > a->body_start) {
      lead_end = sentence.span.end;
      break;
    }
  }
  // A country that acts in the headline or the lead ("U.S. sanctions al-Shabaab financiers", "The
  // United States on Tuesday imposed sanctions") acts through the state body the first two
  // sentences of the body name for it ("The Treasury Department's Office of Foreign Assets Control
  // said"): the most specific name is the actor (annotation.md section 5); of "X's Y" the body Y.
  if (a->lang.code == "en" && lead_end > 0) {
    uint32_t second_end = lead_end;
    for (const SentenceSpan& sentence : a->sentences) {
      if (sentence.span.start >= lead_end) {
        second_end = sentence.span.end;
        break;
      }
    }
    auto entity_of = [&](const std::string& id) -> const DocEntity* {
      for (const DocEntity& d : a->entities) {
        if (d.id == id) return &d;
      }
      return nullptr;
    };
    for (Event& e : a->events) {
      if (!e.has_source || e.background || e.trigger.start >= lead_end || !e.source.entity.starts_with("country:")) {
        continue;
      }
      const Mention* body = nullptr;
      for (size_t i = 0; i < a->mentions.size(); ++i) {
        const Mention& m = a->mentions[i];
        if (m.span.start < a->body_start || m.span.end > second_end || m.type != MentionType::kOrg) continue;
        const DocEntity* d = entity_of(m.entity);
        if (d == nullptr || d->country != e.source.country ||
            (d->kind != "gov" && d->kind != "military" && d->kind != "police")) {
          continue;
        }
        body = &m;
        // "the Treasury Department's Office of Foreign Assets Control": the body after "'s".
        if (i + 1 < a->mentions.size() && a->mentions[i + 1].type == MentionType::kOrg &&
            std::string_view(a->text).substr(m.span.end, a->mentions[i + 1].span.start - m.span.end) == "'s ") {
          if (const DocEntity* n = entity_of(a->mentions[i + 1].entity); n != nullptr && n->country == d->country) {
            body = &a->mentions[i + 1];
          }
        }
        break;
      }
      if (body == nullptr) continue;
      const DocEntity* d = entity_of(body->entity);
      e.source.entity = d->id;
      e.source.name = d->name;
      e.source.kind = d->kind;
      e.source.span = body->span;
    }
  }
  // Of the headline's events, the first it tells leads ("un terroriste se rend, neuf éléments
  // de soutien arrêtés"; "UN condemns Tillabéri massacre"); but a joint operation or a
  // coordination names how the arrests or the fighting it led to were done ("Opération
  // coordonnée par Interpol : 63 arrestations"): no lead of its own.
  // An English headline that opens with a participle names who the story is about, not what it
  // reports ("Abducted Zamfara pupils regain freedom", "Jailed activist freed"): the verb after it
  // leads.
  // An English headline's one-word trigger in "-ed": the offset where the text before it ends
  // (spaces skipped), or -1 for any other trigger.
  auto headline_participle = [&](const Event& e) -> int64_t {
    if (a->lang.code != "en" || e.trigger.start >= a->body_start || e.trigger.end <= e.trigger.start) return -1;
    std::string_view w(a->text.data() + e.trigger.start, e.trigger.end - e.trigger.start);
    if (w.size() < 4 || w.find(' ') != std::string_view::npos || w.substr(w.size() - 2) != "ed") return -1;
    uint32_t k = e.trigger.start;
    while (k > 0 && a->text[k - 1] == ' ') --k;
    return k;
  };
  auto opening_participle = [&](const Event& e) {
    const int64_t k = headline_participle(e);
    if (k < 0 || (k != 0 && a->text[k - 1] != ':')) return false;
    return std::any_of(a->events.begin(), a->events.end(), [&](const Event& o) {
      return !o.background && o.trigger.start > e.trigger.end && o.trigger.start < a->body_start;
    });
  };
  // Nor does a participle that qualifies a noun after an article or "of" ("Pirates free crew of
  // hijacked bulk carrier", "Army rescues the abducted pupils"): it recalls what was done before, when the
  // headline has another event.
  auto attributive_participle = [&](const Event& e) {
    const int64_t at = headline_participle(e);
    if (at < 0) return false;
    const uint32_t k = static_cast<uint32_t>(at);
    uint32_t b = k;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(a->text[b - 1]))) --b;
    std::string before(a->text.data() + b, k - b);
    for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (before != "of" && before != "the" && before != "a" && before != "an") return false;
    // A noun follows the participle: not "by", "in", "as", a comma or the headline's end.
    uint32_t j = e.trigger.end;
    while (j < a->body_start && a->text[j] == ' ') ++j;
    uint32_t je = j;
    while (je < a->body_start && std::isalpha(static_cast<unsigned char>(a->text[je]))) ++je;
    if (je == j) return false;
    std::string next(a->text.data() + j, je - j);
    for (char& c : next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (next == "by" || next == "in" || next == "at" || next == "on" || next == "as" || next == "after" ||
        next == "near" || next == "off" || next == "from" || next == "over" || next == "to" || next == "and") {
      return false;
    }
    return std::any_of(a->events.begin(), a->events.end(), [&](const Event& o) {
      return &o != &e && !o.background && o.trigger.start < a->body_start &&
             (o.trigger.end <= e.trigger.start || o.trigger.start >= e.trigger.end);
    });
  };
  // An English headline's label before its colon names what the news after the colon is about
  // ("Beledweyne bombing: military court sentences four al-Shabaab men to death", "Kidnapping in
  // Zamfara: police arrest three"): when an event is told after the colon, the label's event does
  // not lead and weighs as a recalled one.
  auto colon_label = [&](const Event& e) {
    if (a->lang.code != "en" || e.trigger.start >= a->body_start) return false;
    size_t colon = std::string_view::npos;
    for (size_t k = e.trigger.end; k < a->body_start && k < a->text.size(); ++k) {
      if (a->text[k] == ':') colon = k;
    }
    if (colon == std::string_view::npos) return false;
    return std::any_of(a->events.begin(), a->events.end(), [&](const Event& o) {
      return !o.background && o.trigger.start > colon && o.trigger.start < a->body_start;
    });
  };
  // An Arabic headline's protest that a verb of dispersal before it breaks up ("قفصة: الأمن يفرق بالغاز
  // المسيل للدموع اعتصاما لعاطلين", "الشرطة تفض اعتصاما") is what the forces' action struck: the
  // dispersal is the news (annotation.md section 6), the protest weighs as a recalled event (q17-ar).
  auto dispersed_protest = [&](const Event& e) {
    if (a->lang.code != "ar" || e.type != "PROTEST" || e.trigger.start >= a->body_start) return false;
    const std::string_view head = std::string_view(a->text).substr(0, e.trigger.start);
    for (std::string_view w : {"\xD9\x8A\xD9\x81\xD8\xB1\xD9\x82" /* يفرق */, "\xD8\xAA\xD9\x81\xD8\xB1\xD9\x82" /* تفرق */,
                               "\xD9\x81\xD8\xB1\xD9\x82\xD8\xAA" /* فرقت */, "\xD8\xAA\xD9\x81\xD8\xB1\xD9\x8A\xD9\x82" /* تفريق */,
                               " \xD8\xAA\xD9\x81\xD8\xB6 " /* تفض */, " \xD9\x8A\xD9\x81\xD8\xB6 " /* يفض */,
                               " \xD9\x81\xD8\xB6\xD8\xAA " /* فضت */, " \xD9\x81\xD8\xB6 " /* فض */}) {
      if (head.find(w) != std::string_view::npos) return true;
    }
    return false;
  };
  uint32_t first_in_title = UINT32_MAX;
  for (const Event& e : a->events) {
    if (!e.background && e.type != "COOPERATE" && e.trigger.start < a->body_start && !opening_participle(e) &&
        !attributive_participle(e) && !colon_label(e) && !dispersed_protest(e)) {
      first_in_title = std::min(first_in_title, e.trigger.start);
    }
  }
  auto since_clause = [&](const Event& e) {
    if (a->lang.code != "en") return false;
    // At most four words back from the trigger, not past a clause's punctuation.
    uint32_t k = e.trigger.start;
    for (int words = 0; words < 5 && k > a->body_start; ++words) {
      while (k > a->body_start && a->text[k - 1] == ' ') --k;
      const uint32_t end = k;
      while (k > a->body_start && a->text[k - 1] != ' ' && a->text[k - 1] != ',' && a->text[k - 1] != ';' &&
             a->text[k - 1] != '\n') {
        --k;
      }
      if (words > 0 && end - k == 5 && (a->text.compare(k, 5, "since") == 0 || a->text.compare(k, 5, "Since") == 0)) {
        return true;
      }
      if (k > a->body_start && a->text[k - 1] != ' ') return false;
    }
    return false;
  };
  double best = -1;
  Event* main = nullptr;
  for (Event& e : a->events) {
    if (e.background) continue;
    // An assault counts most when it has victims or a named attacker.
    const bool substantial = e.fatalities > 0 || e.injured > 0 || !e.source.entity.empty() || !e.target.entity.empty();
    double score = e.type == "ASSAULT" ? (substantial ? 3 : 2) : e.type == "COERCE" || e.type == "SANCTION" ? 2 : 1;
    // The headline says what the story is about (docs/annotation.md section 6): its event wins
    // over anything the body tells, whatever its type or toll; with none there, the lead
    // sentence's (the inverted pyramid).
    // A working together told only by a passing phrase ("بتنسيق مع المغرب:", "in coordination with
    // Mogadishu") says how the headline's action was done: no headline weight of its own.
    if (e.trigger.start < a->body_start && !IsPassingCoordination(e)) {
      score += e.trigger.start == first_in_title ? 15
               : attributive_participle(e) || colon_label(e) || dispersed_protest(e) ? 5
                                                                                      : 10;
    }
    else if (e.trigger.start < a->body_start + 400) score += 1;
    // An English event in a clause opened by "since" recalls what came before the lead's news ("the first
    // convoy to reach the town since insurgents attacked the Awasse junction in October"): no lead weight.
    if (e.trigger.start >= a->body_start && e.trigger.start < lead_end && !since_clause(e)) score += 4;
    if (e.fatalities > 0) score += 1;
    if (e.fatalities >= 10) score += 0.5;
    // The arrest told after a verdict in its sentence is the defendants' earlier one ("sentenced
    // five men arrested by the police", "بسجن خمسة أشخاص أوقفتهم الشرطة"): the verdict is the news.
    if (e.type == "COERCE" && std::any_of(a->events.begin(), a->events.end(), [&](const Event& k) {
          return k.type == "SANCTION" && k.sentence == e.sentence && k.trigger.start < e.trigger.start;
        })) {
      score -= 1;
    }
    if (e.has_source && !e.source.entity.empty()) score += 0.5;
    score += 0.3 * (e.mentions - 1);
    if (score > best) {
      best = score;
      main = &e;
    }
  }
  // With no event in the headline nor in the lead sentence, the first event of the text is the main
  // one (docs/annotation.md section 6), whatever its type or toll. Arabic and English (French keeps the
  // choice above).
  if (main != nullptr && main->trigger.start >= lead_end && (a->lang.code == "ar" || a->lang.code == "en")) {
    for (Event& e : a->events) {
      if (!e.background && !IsPassingCoordination(e) && e.trigger.start < main->trigger.start) main = &e;
    }
  }
  // A joint operation in the headline that the body tells as fighting ("la force unifiée achève
  // sa première opération conjointe", then "une centaine de terroristes neutralisés") is that
  // fighting: the forces' assault is the main event.
  if (main != nullptr && main->type == "COOPERATE" && main->mode == "joint-operation") {
    for (Event& e : a->events) {
      if (e.type == "ASSAULT" && !e.background && e.has_source && IsForces(e.source.kind) && e.has_target &&
          e.target.kind == "armed_group") {
        main = &e;
        break;
      }
    }
  }
  // A French headline tells the victim by an earlier participle and the news by the last one
  // ("une humanitaire enlevée à Agadez libérée après huit mois de captivité"): the release is
  // the story, not the kidnapping that the participle recalls.
  // The same in English ("Five aid workers abducted in Borno freed after three weeks"): the
  // headline's release, or, when the body retells it, the story's release.
  if (main != nullptr && (a->lang.code == "fr" || a->lang.code == "en") && main->type == "ASSAULT" &&
      main->mode == "abduct" && main->trigger.start < a->body_start) {
    Event* release = nullptr;
    for (Event& e : a->events) {
      if (e.type == "CONCEDE" && e.mode == "release" && !e.background && e.trigger.start < a->body_start &&
          e.trigger.start > main->trigger.start) {
        release = &e;
        break;
      }
    }
    // An English headline's "freed" with no actor makes no event of its own ("Five aid workers
    // abducted in Borno freed"): the body's release is the one it tells.
    if (release == nullptr && a->lang.code == "en") {
      bool freed = false;
      for (uint32_t i = main->trigger.end; i + 5 <= a->body_start && !freed; ++i) {
        std::string_view rest(a->text.data() + i, a->body_start - i);
        const size_t len = rest.starts_with(" freed") ? 6 : rest.starts_with(" released") ? 9 : 0;
        freed = len > 0 && (rest.size() == len || !std::isalpha(static_cast<unsigned char>(rest[len])));
      }
      for (Event& e : a->events) {
        if (freed && e.type == "CONCEDE" && e.mode == "release" && !e.background) {
          release = &e;
          break;
        }
      }
    }
    if (release != nullptr) main = release;
  }
  // An English lead that tells people abducted by a participle and then released by a passive
  // ("Seventeen passengers abducted from a bus on the Mora-Kousseri road on November 15 were released on
  // Friday", "Thirty pupils kidnapped last month have been freed"): the abduction is a reduced relative
  // that recalls who they are; the release is the news.
  if (main != nullptr && a->lang.code == "en" && main->type == "ASSAULT" && main->mode == "abduct" &&
      main->trigger.start >= a->body_start) {
    auto word_before = [&](uint32_t at) {
      uint32_t k = at;
      while (k > 0 && a->text[k - 1] == ' ') --k;
      const uint32_t end = k;
      while (k > 0 && std::isalpha(static_cast<unsigned char>(a->text[k - 1]))) --k;
      std::string w(a->text.data() + k, end - k);
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return w;
    };
    static constexpr std::string_view kAux[] = {"was", "were", "been", "is", "are", "be", "had", "have", "has"};
    auto aux = [&](const std::string& w) { return std::find(std::begin(kAux), std::end(kAux), w) != std::end(kAux); };
    // The passive's auxiliary before the trigger, or opening it ("were released").
    auto passive = [&](const Event& e) {
      const std::string_view t(a->text.data() + e.trigger.start, e.trigger.end - e.trigger.start);
      return aux(word_before(e.trigger.start)) || t.starts_with("were ") || t.starts_with("was ") ||
             t.starts_with("have been ") || t.starts_with("has been ");
    };
    if (!aux(word_before(main->trigger.start))) {
      for (Event& e : a->events) {
        if (e.type == "CONCEDE" && e.mode == "release" && !e.background && e.sentence == main->sentence &&
            e.trigger.start > main->trigger.end && passive(e)) {
          main = &e;
          break;
        }
      }
    }
  }
  // A headline that leads with a death toll and tells no attack ("Guinée : deux morts lors d'une
  // manifestation réprimée à Conakry", "Two dead in Conakry protest"): the killing the body tells
  // is the news, not the protest or the meeting the headline names after the toll.
  if (main != nullptr && main->type != "ASSAULT") {
    bool toll_first = false;
    for (const Mention& m : a->mentions) {
      if (m.type == MentionType::kQuantity && m.detail == "killed" && m.span.end <= a->body_start &&
          (main->trigger.start >= a->body_start || m.span.end <= main->trigger.start)) {
        toll_first = true;
        break;
      }
    }
    const bool title_attack = std::any_of(a->events.begin(), a->events.end(), [&](const Event& e) {
      return e.type == "ASSAULT" && !e.background && e.trigger.start < a->body_start;
    });
    if (toll_first && !title_attack) {
      for (Event& e : a->events) {
        if (e.type == "ASSAULT" && !e.background && e.fatalities > 0) {
          main = &e;
          break;
        }
      }
    }
  }
  // Police who "fire tear gas" at a crowd in a headline that also tells people shot or killed
  // ("Police fire tear gas at protesters, two shot dead"): the shooting is the news.
  if (main != nullptr && main->type == "COERCE" && main->trigger.start < a->body_start &&
      (main->rule == "en.coerce.disperse" || main->rule == "fr.coerce.disperser")) {
    for (Event& e : a->events) {
      if (e.type == "ASSAULT" && !e.background && e.trigger.start < a->body_start) {
        main = &e;
        break;
      }
    }
  }
  if (main != nullptr) main->main = true;
  for (Event& e : a->events) {
    for (EventActor* actor : {&e.source, &e.target}) {
      if (!actor->entity.empty()) continue;
      for (const auto& [span, army] : bare_army) {
        if (span.start != actor->span.start || span.end != actor->span.end) continue;
        actor->entity = army->id;
        actor->name = army->name;
        actor->country = army->country;
        break;
      }
    }
    // (an Arabic vague toll is an armed group's claim, the only one vague there: told alone, the claimed
    // figure stays the event's, as annotated: "زاعمة أنها قتلت 8 جنود" in gold-ar-014)
    if (e.vague_fatalities && a->lang.code != "ar") e.fatalities = -1;
    if (e.vague_injured && a->lang.code != "ar") e.injured = -1;
    EventMapping view = Map(e);
    e.acled_event_type = view.acled_event_type == "-" ? "" : view.acled_event_type;
    e.acled_sub_event_type = view.acled_sub_event_type == "-" ? "" : view.acled_sub_event_type;
    e.cameo_root = view.cameo_root;
  }
}

}  // namespace vigie
