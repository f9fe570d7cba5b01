#include "events/categories.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "common/strings.h"
#include "events/events.h"
#include "extract/values.h"
#include "text/word_list.h"

namespace vigie {
namespace {

// A category fires only within this share of the document's best score.
constexpr double kRelative = 0.33;

// A state side: a government, its forces or police, or an international body.
bool IsStateSide(std::string_view kind) { return kind == "gov" || kind == "igo" || IsForces(kind); }

std::string Format(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", std::round(x * 100) / 100);
  return buf;
}

// Is a condition line with these languages (none: every language) for a document in `code`?
bool ForLanguage(const std::vector<std::string>& langs, const std::string& code) {
  return langs.empty() || std::find(langs.begin(), langs.end(), code) != langs.end();
}

// Whether the line at byte i opens with a capitalised dateline ("KANO - ", "LAGOS, Dec 17 - ").
bool IsDatelineLine(std::string_view text, size_t i) {
  size_t j = i, letters = 0;
  if (j >= text.size() || !std::isupper(static_cast<unsigned char>(text[j]))) return false;
  auto separator = [&](size_t k) {
    return text.compare(k, 3, " - ") == 0 || text.compare(k, 5, " \xE2\x80\x93 ") == 0 ||
           text.compare(k, 5, " \xE2\x80\x94 ") == 0;
  };
  while (j < text.size() && !separator(j)) {
    const unsigned char c = static_cast<unsigned char>(text[j]);
    if (std::isupper(c)) ++letters;
    else if (c != ' ' && c != '\'' && c != '-' && c != '.' && c != '/') break;
    ++j;
  }
  if (letters < 3) return false;
  // The caps run ends at the separator ("KANO - ") or goes on with ", Dec 17 (Agency) - ".
  size_t k = j;
  if (k < text.size() && text[k] == ',') {
    size_t limit = std::min(text.size(), k + 50);
    while (k < limit && text[k] != '\n' && !separator(k)) ++k;
  }
  return k < text.size() && separator(k);
}

// A news digest ("in brief" page): unrelated items, each a paragraph whose line opens with a
// capitalised dateline. Returns the byte offsets where its items start (the paragraph holding
// the dateline, with the item's heading line), or nothing when fewer than three lines open with
// a dateline.
std::vector<size_t> DigestItems(std::string_view text) {
  std::vector<size_t> items;
  size_t paragraph = 0;
  for (size_t i = 0; i < text.size();) {
    if (i >= 2 && text[i - 1] == '\n' && text[i - 2] == '\n') paragraph = i;
    if (IsDatelineLine(text, i) && (items.empty() || items.back() != paragraph)) items.push_back(paragraph);
    const size_t eol = text.find('\n', i);
    i = eol == std::string_view::npos ? text.size() : eol + 1;
  }
  if (items.size() < 3) items.clear();
  return items;
}

}  // namespace

Result<std::unique_ptr<CategoryClassifier>> CategoryClassifier::Create(const std::string& data_dir, const Lexicon* entities) {
  namespace fs = std::filesystem;
  const std::string dir = data_dir + "/categories";
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".tsv" && name != "contexts.tsv") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return Status::NotFound("no category rules in " + dir);
  std::vector<Rules> all;
  Lexicon terms, contexts;
  int n = 0;
  for (const std::string& path : files) {
    Rules r;
    r.id = fs::path(path).stem().string();
    Result<std::vector<WordListEntry>> rows = LoadWordList(path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      std::string where = path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() < 3) return Status::InvalidInput(where + "expected kind, lang, what[, weight]");
      const std::string& kind = row.fields[0];
      const std::string& what = row.fields[2];
      double weight = row.fields.size() > 3 && row.fields[3] != "-" ? std::strtod(row.fields[3].c_str(), nullptr) : 0;
      if (kind == "term") {
        const std::string lang = row.fields[1] == "-" ? "all" : row.fields[1];
        Status s = terms.AddPhrase("t" + std::to_string(n++), what, lang,
                           {{"category", std::to_string(all.size())}, {"weight", row.fields.size() > 3 ? row.fields[3] : "1"}});
        if (!s.ok()) return Status::InvalidInput(where + s.message());
      } else if (kind == "event") {
        r.events.emplace_back(what, weight);
      } else if (kind == "mode") {
        r.modes.emplace_back(what, weight);
      } else if (kind == "actor") {
        r.actors.emplace_back(what, weight);
      } else if (kind == "context") {
        r.contexts.emplace_back(what, weight);
      } else if (kind == "require" || kind == "exclude" || kind == "keep") {
        std::vector<Atom> atoms;
        for (const std::string& a : SplitToStrings(what, '|')) {
          Atom atom;
          std::string text = a;
          if (!text.empty() && text[0] == '!') {
            atom.negate = true;
            text.erase(0, 1);
          }
          size_t colon = text.find(':');
          atom.kind = text.substr(0, colon);
          if (colon != std::string::npos) atom.value = text.substr(colon + 1);
          if (atom.kind == "term" && !atom.value.empty()) atom.count = std::atoi(atom.value.c_str());
          if (atom.kind == "weight") {
            // The whole value must be a number ("weight:2.5x" is a typo, not 2.5).
            char* end = nullptr;
            atom.weight = std::strtod(atom.value.c_str(), &end);
            if (atom.value.empty() || end != atom.value.c_str() + atom.value.size()) atom.weight = 0;
          }
          if (atom.kind == "event") atom.type = AtomKind::kEvent;
          else if (atom.kind == "mode") atom.type = AtomKind::kMode;
          else if (atom.kind == "actor") atom.type = AtomKind::kActor;
          else if (atom.kind == "context") atom.type = AtomKind::kContext;
          else if (atom.kind == "term") atom.type = AtomKind::kTerm;
          else if (atom.kind == "category") atom.type = AtomKind::kCategory;
          else if (atom.kind == "weight" && atom.weight > 0) atom.type = AtomKind::kWeight;
          else return Status::InvalidInput(where + "unknown condition '" + a + "'");
          if (atom.negate) atom.kind = "!" + atom.kind;  // as written, for the evidence
          atoms.push_back(std::move(atom));
        }
        Rules::Languages line_lang;
        if (row.fields[1] != "-" && row.fields[1] != "all") {
          line_lang = SplitToStrings(row.fields[1], ',');
          for (const std::string& l : line_lang) {
            if (l.size() < 2 || l.size() > 3 || !std::all_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
              return Status::InvalidInput(where + "language list '" + row.fields[1] +
                                          "': expected -, all, or codes joined by ',' (en,fr)");
            }
          }
        }
        if (kind == "require") {
          r.required.push_back(std::move(atoms));
          r.required_lang.push_back(line_lang);
        } else if (kind == "keep") {
          r.keeps.push_back(std::move(atoms));
          r.keep_lang.push_back(line_lang);
        } else {
          // An exclude line with a language applies to documents in that language only, as a
          // require line does.
          r.exclude_lang.insert(r.exclude_lang.end(), atoms.size(), line_lang);
          r.excludes.insert(r.excludes.end(), atoms.begin(), atoms.end());
        }
      } else if (kind == "threshold") {
        r.threshold = std::strtod(what.c_str(), nullptr);
      } else {
        return Status::InvalidInput(where + "unknown kind '" + kind + "'");
      }
    }
    all.push_back(std::move(r));
  }
  // category:<id> conditions name the first category with that id (none: the atom never holds).
  for (Rules& r : all) {
    auto resolve = [&](Atom& atom) {
      if (atom.type != AtomKind::kCategory) return;
      for (size_t k = 0; k < all.size(); ++k) {
        if (all[k].id == atom.value) {
          atom.category = static_cast<int>(k);
          break;
        }
      }
    };
    for (std::vector<Atom>& any : r.required) {
      for (Atom& atom : any) resolve(atom);
    }
    for (std::vector<Atom>& any : r.keeps) {
      for (Atom& atom : any) resolve(atom);
    }
    for (Atom& atom : r.excludes) resolve(atom);
  }
  std::string contexts_path = dir + "/contexts.tsv";
  if (fs::exists(contexts_path, ec)) {
    Result<std::vector<WordListEntry>> rows = LoadWordList(contexts_path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      std::string where = contexts_path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() < 4) return Status::InvalidInput(where + "expected context, lang, what, weight");
      const std::string lang = row.fields[1] == "-" ? "all" : row.fields[1];
      if (row.fields[0] == "negator") {  // its weight is a reach in words: a whole number, 0 to 20
        char* end = nullptr;
        const long reach = std::strtol(row.fields[3].c_str(), &end, 10);
        if (end == row.fields[3].c_str() || *end != '\0' || reach < 0 || reach > 20) {
          return Status::InvalidInput(where + "a negator's reach must be a whole number of words from 0 to 20, not '" +
                                      row.fields[3] + "'");
        }
      }
      Status s = contexts.AddPhrase("c" + std::to_string(n++), row.fields[2], lang,
                         {{"context", row.fields[0]}, {"weight", row.fields[3]}});
      if (!s.ok()) return Status::InvalidInput(where + s.message());
    }
  }
  EntityMatcher::Options options;
  Result<EntityMatcher> tm = EntityMatcher::Build(terms, options);
  if (!tm.ok()) return tm.status();
  Result<EntityMatcher> cm = EntityMatcher::Build(contexts, options);
  if (!cm.ok()) return cm.status();
  std::unique_ptr<CategoryClassifier> x(new CategoryClassifier(std::move(all), std::move(terms), std::move(tm).value(),
                                                               std::move(contexts), std::move(cm).value()));
  for (const Entity& e : x->terms_.entities()) {
    x->term_category_.push_back(static_cast<uint32_t>(std::strtoul(std::string(e.Attribute("category")).c_str(), nullptr, 10)));
    x->term_weight_.push_back(std::strtod(std::string(e.Attribute("weight")).c_str(), nullptr));
  }
  for (const Entity& e : x->contexts_.entities()) {
    x->context_of_.emplace_back(e.Attribute("context"));
    x->context_weight_.push_back(std::strtod(std::string(e.Attribute("weight")).c_str(), nullptr));
  }
  if (entities != nullptr) x->africa_ = entities->AfricanCountries();
  x->NumberTags();
  return x;
}

void CategoryClassifier::NumberTags() {
  auto number = [&](const std::string& name) {
    return tag_ids_.emplace(name, static_cast<uint32_t>(tag_ids_.size())).first->second;
  };
  auto number_list = [&](const std::vector<std::pair<std::string, double>>& list, std::vector<uint32_t>* tags) {
    tags->clear();
    for (const auto& [what, weight] : list) tags->push_back(number(what));
  };
  auto number_atom = [&](Atom& atom) {
    if (atom.type == AtomKind::kEvent || atom.type == AtomKind::kMode || atom.type == AtomKind::kActor ||
        atom.type == AtomKind::kContext) {
      atom.tag = number(atom.value);
    }
  };
  for (Rules& r : rules_) {
    number_list(r.events, &r.event_tags);
    number_list(r.modes, &r.mode_tags);
    number_list(r.actors, &r.actor_tags);
    number_list(r.contexts, &r.context_tags);
    for (std::vector<Atom>& any : r.required) {
      for (Atom& atom : any) number_atom(atom);
    }
    for (std::vector<Atom>& any : r.keeps) {
      for (Atom& atom : any) number_atom(atom);
    }
    for (Atom& atom : r.excludes) number_atom(atom);
  }
}

// One document's names of one sort (its event types, or modes, actor kinds, contexts): a bit
// per name the rules know, found once when inserted, so that testing a rule line is an index;
// a name no rule knows is kept aside, for the stage's own tests of it.
class CategoryClassifier::TagSet {
 public:
  explicit TagSet(const TagIds& ids) : ids_(ids), bits_(ids.size(), 0) {}

  void insert(std::string_view name) {
    any_ = true;
    auto it = ids_.find(name);
    if (it != ids_.end()) {
      bits_[it->second] = 1;
    } else if (std::find(others_.begin(), others_.end(), name) == others_.end()) {
      others_.emplace_back(name);
    }
  }
  template <typename It>
  void insert(It begin, It end) {
    for (; begin != end; ++begin) insert(*begin);
  }
  bool has(uint32_t tag) const { return bits_[tag] != 0; }
  size_t count(std::string_view name) const {
    auto it = ids_.find(name);
    if (it != ids_.end()) return bits_[it->second];
    return std::find(others_.begin(), others_.end(), name) != others_.end() ? 1 : 0;
  }
  bool empty() const { return !any_; }

 private:
  const TagIds& ids_;
  std::vector<uint8_t> bits_;
  std::vector<std::string> others_;
  bool any_ = false;
};

void CategoryClassifier::FindTopics(const std::vector<MatchToken>& tokens, Analysis* a) {
  a->topics.clear();
  context_matcher_.Match(*a, tokens, a->lang.code, &context_matches_);
  std::map<std::string, double> context_weight;
  for (const LexiconMatch& m : context_matches_) {
    uint32_t e = contexts_.aliases()[m.alias].entity;
    if (context_of_[e] == "negator") continue;  // its weight is a reach, not a topic's
    context_weight[context_of_[e]] += context_weight_[e];
  }
  // A digest's topics are those of most of its items: the sport brief on a page of briefs does not
  // make its arrest brief a match report.
  const std::vector<size_t> items = DigestItems(a->text);
  if (!items.empty()) {
    std::map<std::string, std::vector<double>> item_weight;
    for (const LexiconMatch& m : context_matches_) {
      uint32_t e = contexts_.aliases()[m.alias].entity;
      if (context_of_[e] == "negator") continue;
      const size_t item = std::upper_bound(items.begin(), items.end(), m.start) - items.begin();
      std::vector<double>& w = item_weight[context_of_[e]];
      w.resize(items.size() + 1);
      w[item] += context_weight_[e];
    }
    for (auto& [c, w] : context_weight) {
      const std::vector<double>& per_item = item_weight[c];
      const size_t held = std::count_if(per_item.begin(), per_item.end(), [](double x) { return x >= 4; });
      if (2 * held <= items.size()) w = 0;
    }
  }
  for (const auto& [c, w] : context_weight) {
    if (w >= 4) a->topics.push_back(c);
  }
}

void CategoryClassifier::Classify(const std::vector<MatchToken>& tokens, Analysis* a) {
  a->categories.clear();
  // What the document holds.
  TagSet event_types(tag_ids_), modes(tag_ids_), actor_kinds(tag_ids_), contexts(tag_ids_);
  // Forces of one state working together (troops and police deployed together, "the army and the
  // police combed the forest"): no two states or bodies, no counter_terrorism.cooperation.
  auto domestic = [](const Event& e) {
    if (e.type != "COOPERATE" || !e.has_source || !e.has_target) return false;
    const bool abroad = !e.source.country.empty() && !e.target.country.empty() && e.source.country != e.target.country;
    // A named operation of no known country ("Operation Lake Dawn involved units of the Chadian
    // army") may be a multinational force's: no sign of one state's forces alone.
    auto operation = [](const EventActor& x) {
      return x.country.empty() && (x.name.rfind("Operation ", 0) == 0 || x.name.rfind("operation ", 0) == 0 ||
                                  x.name.rfind("Op\xC3\xA9ration ", 0) == 0 || x.name.rfind("op\xC3\xA9ration ", 0) == 0);
    };
    if (operation(e.source) || operation(e.target)) return false;
    return IsForces(e.source.kind) && IsForces(e.target.kind) && !abroad;
  };
  // A seizure by a named side that is no authority (an armed group seizing a town, hostages or a
  // ship; "two nationals seized from a mine" read with the victims as source) is no arrest and no
  // seizure by the authorities: its COERCE makes none of the categories of coercion
  // (arrest_or_plot, trafficking, legal_sanctions, unrest), which its mode and actors may still
  // support. A seizure with no source ("drugs were seized") stays, and so does an arrest whoever
  // is read as its source (the arrested are often taken for it).
  // The same for people an armed group holds ("quatre otages qui étaient détenus par les rebelles",
  // mode `detain` with an armed group as its source): hostages, not detainees of the authorities.
  auto seized_by_group = [](const Event& e) {
    if (e.type != "COERCE" || (e.mode != "seize" && e.mode != "detain") || !e.has_source || e.source.kind.empty())
      return false;
    const Name& k = e.source.kind;
    if (e.mode == "detain") return k == "armed_group";
    return !IsForces(k) && k != "gov" && k != "igo";
  };
  // The storming that carries out a kidnapping ("gunmen stormed a church and abducted 14
  // worshippers"): a raid by no state side with nobody reported killed or hurt, by the same
  // kind of actor on the same kind of target as a kidnapping of the document, is that kidnapping,
  // not an attack besides it (docs/annotation.md section 3: one event; section 7: a kidnapping
  // alone is no terrorism.attack).
  term_matcher_.Match(*a, tokens, a->lang.code, &matches_);
  auto rule_index = [&](std::string_view id) {
    for (size_t r = 0; r < rules_.size(); ++r) {
      if (rules_[r].id == id) return static_cast<int>(r);
    }
    return -1;
  };
  const int kidnapping = rule_index("terrorism.kidnapping");
  const int capacity = rule_index("counter_terrorism.capacity_building");
  // Whether a term of category `r` is found in `sentence`.
  auto word_in = [&](int r, const Span& sentence) {
    if (r < 0) return false;
    for (const LexiconMatch& m : matches_) {
      if (m.start < sentence.start || m.start >= sentence.end) continue;
      if (static_cast<int>(term_category_[terms_.aliases()[m.alias].entity]) == r) return true;
      for (uint32_t other : m.also) {
        if (static_cast<int>(term_category_[terms_.aliases()[other].entity]) == r) return true;
      }
    }
    return false;
  };
  auto kidnap_raid = [&](const Event& e) {
    if (e.type != "ASSAULT" || e.mode != "raid" || e.fatalities > 0 || e.injured > 0) return false;
    // the forces' raid that frees captives is their operation, no kidnapping
    if (e.has_source && IsStateSide(e.source.kind)) return false;
    if (word_in(kidnapping, e.sentence)) return true;  // "stormed a church ... and abducted 14 worshippers"
    if (!e.has_source || !e.has_target) return false;
    for (const Event& k : a->events) {
      if (&k != &e && !k.background && k.type == "ASSAULT" && k.mode == "abduct" && k.has_source && k.has_target &&
          k.source.kind == e.source.kind && k.target.kind == e.target.kind)
        return true;
    }
    return false;
  };
  // An armed group's training or supplies (its recruits "training" in a camp, money or arms handed
  // to its men) are no aid to a state's forces: its AID and its mode count for nothing
  // (counter_terrorism.capacity_building), its actors still do.
  auto aid_by_group = [](const Event& e) {
    return e.type == "AID" && e.has_source && e.source.kind == "armed_group";
  };
  bool repelled_by_forces = false;  // English forces' fighting in a story that says they repelled an attack
  bool inferred_group_attack = false;  // an English group's attack with no attacker named (see below)
  for (const Event& e : a->events) {
    if (e.background || domestic(e)) continue;  // what the story recalls makes no category (docs/annotation.md)
    if (!seized_by_group(e) && !aid_by_group(e)) event_types.insert(e.type);
    if (!e.mode.empty() && !aid_by_group(e)) modes.insert(e.mode);
    if (e.has_source && !e.source.kind.empty()) actor_kinds.insert(e.source.kind);
    if (e.has_target && !e.target.kind.empty()) actor_kinds.insert(e.target.kind);
    contexts.insert(e.contexts.begin(), e.contexts.end());
    // Coercion of people (an arrest, a detention, an expulsion, a ban, a curfew, a repression), not
    // a seizure of goods alone: what makes a protest story one of unrest ("police seized the
    // hawkers' wares" is no repression of the march).
    if (e.type == "COERCE" && e.mode != "seize") contexts.insert("coerce_people");
    // Who attacks whom: an armed group's attack (other than a kidnapping alone) and the forces'
    // fighting against armed groups are the two sides of terrorism.attack and
    // counter_terrorism.military_operation.
    if (e.type == "ASSAULT" && !kidnap_raid(e)) {
      const Name& from = e.has_source ? e.source.kind : Name();
      const Name& to = e.has_target ? e.target.kind : Name();
      const bool forces = from == "military" || from == "police" || from == "igo";
      // A bomb or a suicide attack is no forces' operation whoever is read as its source (forces plant
      // no roadside bombs: "police arrested three men suspected of helping militants plant the
      // roadside bomb").
      const bool bomb = a->lang.code == "en" && (e.mode == "explosion" || e.mode == "suicide");
      // The forces' air or drone strike that killed villagers is still their operation, told from the
      // other side (docs/annotation.md); their fire on a crowd is not.
      const bool strike = e.mode == "aerial" || e.mode == "drone";
      // Nor is their fire on protesters, demonstrators, rioters or a crowd, whom the actor lists file as
      // `other` ("Troops fired on a crowd of protesters in Chiure"): repression of unrest (q16-encat).
      // Words of the target's name, by their stems ("protesters", "demonstrators", "a crowd of
      // traders"); "mob" whole, not "mobile".
      bool crowd = false;
      if (e.has_target && to == "other") {
        std::string name = e.target.name;
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (size_t at = 0; at < name.size() && !crowd;) {
          size_t end = name.find(' ', at);
          if (end == std::string::npos) end = name.size();
          const std::string_view word(name.data() + at, end - at);
          for (std::string_view stem : {"protest", "demonstrat", "rioter", "crowd", "marcher", "manifestant"}) {
            crowd = crowd || word.starts_with(stem);
          }
          crowd = crowd || word == "mob" || word == "mobs";
          at = end + 1;
        }
      }
      if (forces && !bomb && !crowd &&
          ((to != "civilians" && to != "military" && to != "police") || (strike && to == "civilians"))) {
        contexts.insert("forces_attack");
      }
      // The police fighting an armed group ("police and vigilantes engaged the bandits, killing four
      // of them"): a forces' operation with no soldier named (`police_attack`); the police firing on
      // protesters ("other") is not it.
      if (from == "police" && to == "armed_group" && !bomb) contexts.insert("police_attack");
      if (from == "armed_group" && e.mode != "abduct") {
        // An English armed group's attack whose attacker the text does not name (read from the story:
        // "Two soldiers were wounded in the exchange of fire", "The two men were killed on Tuesday")
        // is held back: in a story of the forces' fighting it is their operation's toll, told in the
        // passive, not an attack by the group (decided after the loop; q17-encat).
        if (a->lang.code == "en" && e.source.span.start == 0 && e.source.span.end == 0) {
          inferred_group_attack = true;
        } else {
          contexts.insert("group_attack");
        }
      }
      // English forces that "repelled", "repulsed" or "fought off" an attack tell the other side's
      // attack too (docs/annotation.md: the group's ASSAULT and the forces' are both events; "Three
      // Boko Haram fighters were killed when troops repelled an attack on their base"; q15-encat):
      // the phrase anywhere in the story of the forces' fighting (headline or body).
      if (a->lang.code == "en" && forces && to != "civilians") repelled_by_forces = true;
      // A named armed group's attack that killed civilians or forces (`group_kill`): a fact of its own, kept beside the
      // forces' stronger operation told after it (terrorism.attack keep line).
      // (told in the active voice: the group named as the killer, not one inferred for "four soldiers
      // were killed" in a story of the forces' offensive)
      if (from == "armed_group" && !e.source.entity.empty() && e.mode != "abduct" && e.fatalities > 0 &&
          (to == "civilians" || to == "military" || to == "police") && e.rule.find("passive") == std::string::npos)
        contexts.insert("group_kill");
      if (e.mode != "abduct") contexts.insert("assault");  // violence other than a kidnapping alone
      // A bomb or a suicide attack set off by no state side (nobody named, or an unknown kind): the
      // mark of a terrorist attack even when the bomber is not named as a group.
      if ((e.mode == "explosion" || e.mode == "suicide") && !forces && from != "gov") contexts.insert("bombing");
    }
  }
  if (inferred_group_attack && contexts.count("forces_attack") == 0) contexts.insert("group_attack");
  std::set<std::string> focus;  // the countries the story is about
  for (const CountryScore& c : a->countries) {
    if (c.focus) focus.insert(c.code);
  }
  // The organisations the story names are its actors too, but for an armed group of another
  // continent that no event makes a side and whose country the story is not about: Hezbollah or
  // Hamas named in a Gulf commentary on Iran, the Taliban in a comparison, are no armed group of
  // the story. The global networks (no country), the groups that fight in Africa and those of the
  // country told of (the Houthis in a story of Yemen's war) count.
  std::set<std::string_view> sides;  // entities that are a side of an event, background or not
  for (const Event& e : a->events) {
    if (e.has_source && !e.source.entity.empty()) sides.insert(e.source.entity);
    if (e.has_target && !e.target.entity.empty()) sides.insert(e.target.entity);
  }
  for (const DocEntity& e : a->entities) {
    if (e.type != MentionType::kOrg) continue;
    if (e.kind == "armed_group" && !africa_.empty() && !e.country.empty() && africa_.count(e.country) == 0 &&
        focus.count(e.country) == 0 && sides.count(e.id) == 0)
      continue;
    actor_kinds.insert(e.kind);
  }
  // Aid from abroad (`aid_abroad`): training or military aid, or aid to forces or police, given by an
  // international body, or by a state, its forces or police to another country's ("the United
  // States handed over vehicles to the Nigerian Army", "the EU funds training for Somali police"): a
  // second state or body taking part, for counter_terrorism.cooperation (docs/annotation.md
  // section 7). Relief and health aid (WHO support to UNICEF in a cholera story) is not it.
  for (const Event& e : a->events) {
    if (e.background || e.type != "AID" || !e.has_source) continue;
    // ...or any aid told with a word of capacity building ("Japan funded a forensic laboratory for
    // Kenya's police").
    const bool security = e.mode == "training" || e.mode == "military" ||
                          (e.has_target && IsForces(e.target.kind)) || word_in(capacity, e.sentence);
    if (!security) continue;
    const EventActor& from = e.source;
    bool abroad = from.kind == "igo";
    if (!abroad && !from.country.empty() && (from.kind == "gov" || IsForces(from.kind))) {
      // The receiving side's country: the target's, else the country of the place it happened
      // ("the French army trained 80 soldiers in Niamey"), else whether the giver is a country
      // the story is not about.
      std::string to = e.has_target ? e.target.country : std::string();
      if (to.empty() && !e.place.empty()) {
        for (const Place& p : a->places) {
          if (p.entity == e.place) to = p.country;
        }
      }
      abroad = !to.empty() ? to != from.country : !focus.count(from.country);
    }
    if (abroad) contexts.insert("aid_abroad");
  }
  // Forces sent abroad (`deploy_abroad`, for counter_terrorism.cooperation: a second state taking
  // part): a deployment or reinforcement by a state or its forces to a place in another country
  // ("Rwanda sends 1,000 more troops to Cabo Delgado", "Chad deployed troops in Niger"). English
  // only: the Arabic deployments' places are read less surely (a Chadian reinforcement placed in
  // Nigeria).
  // A recruitment (rule `en.mobilize.recruit`: "recruiting young herders", whoever it is read as the
  // act of) sends no forces anywhere: its place is no destination (q19-encat).
  for (const Event& e : a->events) {
    if (a->lang.code != "en" || e.background || e.type != "MOBILIZE" || !e.has_source || e.place.empty()) continue;
    if (e.rule == "en.mobilize.recruit") continue;
    const EventActor& from = e.source;
    if (from.country.empty() || (from.kind != "gov" && !IsForces(from.kind))) continue;
    std::string to;
    for (const Place& p : a->places) {
      if (p.entity == e.place) to = p.country;
    }
    if (!to.empty() && to != from.country) contexts.insert("deploy_abroad");
  }
  // A state asking an international body or another state for support (`request_abroad`, for
  // counter_terrorism.cooperation: docs/annotation.md section 7, requests for support): a REQUEST
  // by a government or its forces to an international body, or to another country's government
  // or forces.
  for (const Event& e : a->events) {
    if (e.background || e.type != "REQUEST" || !e.has_source || !e.has_target) continue;
    const EventActor& from = e.source;
    const EventActor& to = e.target;
    if (from.kind != "gov" && !IsForces(from.kind)) continue;
    const bool body = to.kind == "igo" && from.kind != "igo";
    const bool state = (to.kind == "gov" || IsForces(to.kind)) && !from.country.empty() && !to.country.empty() &&
                       from.country != to.country;
    if (body || state) contexts.insert("request_abroad");
  }
  // Cooperation told in a sentence of its own (`coop_told`, for counter_terrorism.cooperation: docs/annotation.md
  // section 7 wants a full sentence with facts, not a passing phrase): a COOPERATE between a state side or an
  // international body and another country's state side or a body ("The strike was conducted in coordination
  // with the Federal Government of Somalia and the Puntland authorities"), with no other event in its
  // sentence (a strike "carried out in coordination with Mogadishu" is the strike's sentence).
  for (const Event& e : a->events) {
    if (e.background || e.type != "COOPERATE" || !e.has_source || !e.has_target) continue;
    const EventActor& from = e.source;
    const EventActor& to = e.target;
    if (!IsStateSide(from.kind) || !IsStateSide(to.kind)) continue;
    const bool two = from.kind == "igo" || to.kind == "igo" ||
                     (!from.country.empty() && !to.country.empty() && from.country != to.country);
    if (!two) continue;
    bool alone = true;
    for (const Event& o : a->events) {
      if (&o == &e || o.background || o.type == "COOPERATE") continue;
      if (o.sentence.start == e.sentence.start) alone = false;
    }
    if (alone) contexts.insert("coop_told");
  }
  // Hostages freed by their captors (`hostage_release`, for terrorism.kidnapping): a release with an
  // armed group on either side ("two aid workers held by JNIM were freed" reads the group as the
  // one freed) and no state side as the one who frees; a government's release of prisoners is none.
  for (const Event& e : a->events) {
    if (e.background || e.type != "CONCEDE" || e.mode != "release") continue;
    const bool group = (e.has_source && e.source.kind == "armed_group") || (e.has_target && e.target.kind == "armed_group");
    const bool state = e.has_source && IsStateSide(e.source.kind);
    if (group && !state) contexts.insert("hostage_release");
  }
  // A count of people who fled ("More than 5,000 people have fled towards Beni"): the context
  // `displaced_count`, for humanitarian.displacement.
  // A war's aggregate ("the insurgency has displaced more than two million people since 2009",
  // "depuis 2012", "has killed 6,000 people since 2017 and forced 600,000 from their homes"): a count
  // told with `since` and a date (after the count, or before it in its sentence) that ended more than
  // about two months before the publication is what the war has done over its years, not a flight the
  // story reports (docs/annotation.md section 7), and makes no `displaced_count`.
  // `with_stock` false: only the dated aggregate ("since 2009") counts, the undated stock does not.
  auto aggregate = [&](const Mention& count, bool with_stock = true) {
    const SentenceSpan* in = nullptr;
    for (const SentenceSpan& sp : a->sentences) {
      if (sp.span.start <= count.span.start && count.span.start < sp.span.end) in = &sp;
    }
    if (in == nullptr) return false;
    // The stock of a war's displaced, with no day in its sentence ("more than two million people remain
    // displaced by the conflict", "hosts tens of thousands of people displaced by the insurgency"): what
    // the war has done over its years, not a flight the story reports (English; q16-encat).
    if (a->lang.code == "en") {
      std::string sentence(std::string_view(a->text).substr(in->span.start, in->span.end - in->span.start));
      for (char& c : sentence) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      bool stock = false;
      for (std::string_view w : {"remain displaced", "remained displaced", "still displaced", "are displaced",
                                 "displaced by the insurgency", "displaced by the conflict", "displaced by the war",
                                 "displaced by the violence", "displaced by years of", "displaced by decades of",
                                 "displaced by more than a decade", "displaced by the crisis"}) {
        stock = stock || sentence.find(w) != std::string::npos;
      }
      bool day = false;
      for (const Mention& d : a->mentions) {
        day = day || (d.type == MentionType::kDate && d.span.start >= in->span.start && d.span.start < in->span.end &&
                      d.value.size() >= 10);
      }
      if (with_stock && stock && !day) return true;
    }
    if (a->doc.published.size() < 7) return false;
    int64_t pub_first = 0, pub = 0;
    if (!IsoDateSpan(a->doc.published, &pub_first, &pub)) return false;
    for (const Mention& d : a->mentions) {
      // the date after the count, or before it in the same sentence ("has killed more than 6,000 people
      // since 2017 and forced some 600,000 from their homes")
      if (d.type != MentionType::kDate || d.span.start < in->span.start || d.span.start >= in->span.end) continue;
      if (d.span.start < count.span.end && d.span.end > count.span.start) continue;
      const uint32_t from = d.span.start >= count.span.end ? count.span.end : in->span.start;
      // the words right before the date: "since", "since early", "since the start of", "depuis", "depuis début"
      const std::string_view before = std::string_view(a->text).substr(from, d.span.start - from);
      std::string lower(before.size() > 24 ? before.substr(before.size() - 24) : before);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      bool since = false;
      for (std::string_view w : {"since ", "since early ", "since late ", "since the start of ", "since the end of ",
                                 "depuis ", "depuis début ", "depuis le début de ", "depuis fin "}) {
        since = since || (lower.size() >= w.size() && lower.compare(lower.size() - w.size(), w.size(), w) == 0);
      }
      int64_t first = 0, last = 0;
      if (since && IsoDateSpan(d.value, &first, &last) && pub - last > 62) return true;
    }
    return false;
  };
  // A figure of displaced people the story gives, a stock included ("More than 2 million people are
  // displaced inside the country") but not a war's dated aggregate ("has displaced more than two million
  // people since 2009"): `displaced_figure`. A kidnapping story needs it, or a flight, for
  // humanitarian.displacement: its aid workers, hungry families and camps are the setting, not a flight
  // (q18-encat).
  // A count that is no aggregate is a figure too (`with_stock` only adds reasons to be one).
  for (const Mention& m : a->mentions) {
    if (m.type != MentionType::kQuantity || m.detail != "displaced") continue;
    if (!aggregate(m)) {
      contexts.insert("displaced_count");
      contexts.insert("displaced_figure");
    } else if (!aggregate(m, false)) {
      contexts.insert("displaced_figure");
    }
  }
  // People told fleeing in a sentence of their own, with no count (`flight_told`, English): a sentence
  // whose subject is people ("Residents of Nanjua and the neighbouring villages fled towards Ancuabe",
  // "many families from Kamanyola had fled across the river") is a fact of displacement
  // (docs/annotation.md section 7: "a sentence of its own"). Not when a verb of violence stands before
  // the flight (the people are then its victims: "gunmen killed five villagers and fled"), nor an
  // attacker between the people and the flight ("villagers said the gunmen fled"), nor a war's
  // aggregate ("since 2017").
  if (a->lang.code == "en") {
    static const std::set<std::string> kPeople = {"residents", "villagers", "families", "inhabitants", "civilians",
                                                  "people", "households", "locals", "thousands", "hundreds"};
    static const std::set<std::string> kFlight = {"fled", "fleeing"};
    static const std::set<std::string> kViolence = {"killed", "kill", "killing", "abducted", "kidnapped", "attacked",
                                                    "wounded", "injured", "shot", "beheaded", "arrested", "captured",
                                                    "executed", "burned", "raided"};
    static const std::set<std::string> kAttackers = {"attackers", "gunmen", "fighters", "militants", "insurgents",
                                                     "assailants", "bandits", "suspects", "soldiers", "troops",
                                                     "police", "rebels", "jihadists", "terrorists", "kidnappers"};
    // Only sentences that hold a flight word are read word by word (most hold none).
    auto has_flight = [](std::string_view text) {
      for (size_t i = 0; i + 4 <= text.size(); ++i) {
        if ((text[i] | 0x20) != 'f' || (text[i + 1] | 0x20) != 'l' || (text[i + 2] | 0x20) != 'e') continue;
        if ((text[i + 3] | 0x20) == 'd' || (text[i + 3] | 0x20) == 'e') return true;  // fled, flee(ing)
      }
      return false;
    };
    for (const SentenceSpan& sp : a->sentences) {
      if (sp.span.start >= a->text.size() ||
          !has_flight(std::string_view(a->text).substr(sp.span.start, sp.span.end - sp.span.start))) {
        continue;
      }
      std::vector<std::string> words;
      std::string w;
      for (uint32_t i = sp.span.start; i <= sp.span.end && i <= a->text.size(); ++i) {
        const char c = i < sp.span.end && i < a->text.size() ? a->text[i] : ' ';
        if (std::isalnum(static_cast<unsigned char>(c))) {
          w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          continue;
        }
        if (!w.empty()) words.push_back(w);
        w.clear();
        if (c == ',') words.emplace_back(",");
      }
      bool people = false, blocked = false, old = false;
      for (size_t i = 0; i + 1 < words.size(); ++i) {
        if (words[i] != "since") continue;
        const size_t at = (words[i + 1] == "early" || words[i + 1] == "late") && i + 2 < words.size() ? i + 2 : i + 1;
        const std::string& y = words[at];
        old = old || (y.size() == 4 && (y.rfind("19", 0) == 0 || y.rfind("20", 0) == 0));
      }
      for (size_t i = 0; i < words.size() && !blocked && !old; ++i) {
        // a relative clause between commas says where or when, not who fled ("More than 600 residents
        // of Bafut, where soldiers and separatists exchanged fire on Sunday, have fled to Bamenda")
        if (words[i] == "," && i + 1 < words.size() &&
            (words[i + 1] == "where" || words[i + 1] == "when" || words[i + 1] == "which" || words[i + 1] == "who")) {
          size_t j = i + 1;
          while (j < words.size() && words[j] != ",") ++j;
          i = j;
          continue;
        }
        if (kViolence.count(words[i])) blocked = true;
        else if (people && kAttackers.count(words[i])) blocked = true;
        else if (kPeople.count(words[i])) people = true;
        else if (people && kFlight.count(words[i])) {
          contexts.insert("flight_told");
          break;
        }
      }
    }
  }
  // The document's other contexts (sport, economy...): FindTopics.
  contexts.insert(a->topics.begin(), a->topics.end());
  // This document's context phrases (served from the analyzer's single walk).
  context_matcher_.Match(*a, tokens, a->lang.code, &context_matches_);
  if (repelled_by_forces) {
    // The phrase: context `repelled` of contexts.tsv (weight 0, no topic of its own).
    for (const LexiconMatch& cm : context_matches_) {
      if (context_of_[contexts_.aliases()[cm.alias].entity] != "repelled") continue;
      contexts.insert("group_attack");
      contexts.insert("assault");
      contexts.insert("repelled_attack");
      break;
    }
  }
  // A war with rebels (the `rebellion` topic: the M23, the RSF, separatists) in which no group the
  // text names as jihadist attacks (`rebel_war`): its attacks are armed_conflict. An attack by a
  // group named as jihadist (a name of the `jihadist` context, weight 4: the ADF, JNIM) told beside
  // the rebels' war ("M23 rebels fought militias...; further north, ADF fighters killed nine
  // villagers") is still a terrorist attack (docs/annotation.md section 7).
  if (contexts.count("rebellion")) {
    bool jihadist_attack = false;
    for (const Event& e : a->events) {
      if (e.background || e.type != "ASSAULT" || e.mode == "abduct" || !e.has_source || e.source.kind != "armed_group")
        continue;
      for (const LexiconMatch& cm : context_matches_) {
        const uint32_t c = contexts_.aliases()[cm.alias].entity;
        if (context_of_[c] == "jihadist" && context_weight_[c] >= 4 && cm.start < e.source.span.end &&
            cm.stop > e.source.span.start)
          jihadist_attack = true;
      }
    }
    if (!jihadist_attack) contexts.insert("rebel_war");
  }
  // Terms (matched above): per category, each term's weight, at most twice, double in the title.
  struct TermHits {
    std::map<std::string, std::pair<int, double>> by_term;  // term -> count, score
    double heaviest = 0;  // the greatest weight of a matched term, as its rule line gives it
  };
  std::vector<TermHits> hits(rules_.size());
  // A term a negator reaches is no evidence: an outage whose operator "écarte toute cyberattaque",
  // "لا علاقة له بأي هجوم إلكتروني", "ruled out a cyber attack" tells no cyber attack. The negator
  // (context `negator` of contexts.tsv, its weight column the reach in words) stands before the
  // term in its clause (no sentence start, no comma or semicolon between); a term joined to a
  // negated one by "or", "ou", "أو" right after it is negated too.
  auto clause_between = [&](uint32_t from, uint32_t to) {  // token indices, from <= to
    for (uint32_t i = from; i <= to && i < tokens.size(); ++i) {
      if (i > from && tokens[i].sentence_start) return true;
    }
    if (from >= to) return false;
    const std::string_view gap(a->text.data() + tokens[from].start, tokens[to].start - tokens[from].start);
    for (std::string_view p : {",", ";", "\xD8\x8C" /* ، */, "\xD8\x9B" /* ؛ */}) {
      if (gap.find(p) != std::string_view::npos) return true;
    }
    return false;
  };
  std::vector<std::pair<const LexiconMatch*, uint32_t>> negators;  // each negator found, with its reach
  for (const LexiconMatch& cm : context_matches_) {
    const uint32_t e = contexts_.aliases()[cm.alias].entity;
    if (context_of_[e] == "negator") negators.emplace_back(&cm, static_cast<uint32_t>(context_weight_[e]));
  }
  auto negated = [&](const LexiconMatch& m) {
    for (const auto& [cm, reach] : negators) {
      if (cm->begin >= m.begin) break;
      if (cm->end > m.begin || m.begin - cm->end > reach) continue;
      if (!clause_between(cm->end - 1, m.begin)) return true;
    }
    return false;
  };
  uint32_t negated_end = 0;  // end of the last negated term, 0 when none
  size_t next_context = 0;  // context matches are in text order, as term matches
  for (const LexiconMatch& m : matches_) {
    // A term inside a longer phrase of a context is that phrase's word: "explosion des prix",
    // "prix bombe", "cellule de crise" say nothing of an attack or a cell.
    while (next_context < context_matches_.size() && context_matches_[next_context].end <= m.begin) ++next_context;
    bool inside = false;
    for (size_t c = next_context; c < context_matches_.size() && context_matches_[c].begin <= m.begin; ++c) {
      const LexiconMatch& cm = context_matches_[c];
      inside = inside || (cm.end >= m.end && cm.end - cm.begin > m.end - m.begin);
    }
    if (inside) continue;
    const bool joined = negated_end > 0 && m.begin >= negated_end && m.begin - negated_end <= 3 &&
                        !clause_between(negated_end - 1, m.begin) && [&] {
                          for (uint32_t i = negated_end; i < m.begin; ++i) {
                            const std::string_view w = tokens[i].Key(a->folded.text);
                            if (w == "or" || w == "ou" || w == "\xD8\xA7\xD9\x88" /* او */) return true;
                          }
                          return false;
                        }();
    if (joined || negated(m)) {
      negated_end = m.end;
      continue;
    }
    const bool title = m.start < a->body_start;
    auto count = [&](uint32_t alias) {
      const uint32_t entity = terms_.aliases()[alias].entity;
      const size_t category = term_category_[entity];
      const double weight = term_weight_[entity];
      auto& [times, score] = hits[category].by_term[terms_.entities()[entity].name];
      if (times >= 2) return;
      ++times;
      hits[category].heaviest = std::max(hits[category].heaviest, weight);
      score += title ? 2 * weight : weight;
    };
    count(m.alias);
    for (uint32_t other : m.also) count(other);
  }
  // Score, then conditions (categories that name another category come second).
  std::vector<int> fired(rules_.size(), -1);  // -1 undecided, 0 no, 1 yes
  std::vector<bool> kept_by_rule(rules_.size(), false);
  std::vector<Category> out(rules_.size());
  auto holds_plain = [&](const Atom& atom, size_t r) -> int {
    switch (atom.type) {
      case AtomKind::kEvent: return event_types.has(atom.tag);
      case AtomKind::kMode: return atom.value == "*" ? !modes.empty() : modes.has(atom.tag);
      case AtomKind::kActor: return actor_kinds.has(atom.tag);
      case AtomKind::kContext: return contexts.has(atom.tag);
      case AtomKind::kTerm: return static_cast<int>(hits[r].by_term.size()) >= atom.count;
      case AtomKind::kWeight: return hits[r].heaviest >= atom.weight;
      case AtomKind::kCategory:
        if (atom.category < 0) return 0;
        return fired[atom.category] < 0 ? -1 : fired[atom.category];
    }
    return 0;
  };
  auto holds = [&](const Atom& atom, size_t r) -> int {
    const int h = holds_plain(atom, r);
    return atom.negate && h >= 0 ? 1 - h : h;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t r = 0; r < rules_.size(); ++r) {
      if (fired[r] >= 0) continue;
      const Rules& rules = rules_[r];
      Category& c = out[r];
      c = Category();  // its id is set when it fires
      std::vector<std::pair<double, std::string>> terms;
      for (const auto& [term, hit] : hits[r].by_term) terms.emplace_back(hit.second, term);
      std::sort(terms.rbegin(), terms.rend());
      for (const auto& [score, term] : terms) {
        c.score += score;
        if (c.evidence.size() < 6) c.evidence.push_back("term:" + term + " " + Format(score));
      }
      auto add = [&](const std::vector<std::pair<std::string, double>>& list, const std::vector<uint32_t>& tags,
                     const TagSet& have, const char* kind) {
        for (size_t k = 0; k < list.size(); ++k) {
          if (!have.has(tags[k])) continue;
          const auto& [what, weight] = list[k];
          c.score += weight;
          c.evidence.push_back(std::string(kind) + ":" + what + " " + Format(weight));
        }
      };
      add(rules.events, rules.event_tags, event_types, "event");
      add(rules.modes, rules.mode_tags, modes, "mode");
      add(rules.actors, rules.actor_tags, actor_kinds, "actor");
      add(rules.contexts, rules.context_tags, contexts, "context");
      bool undecided = false, ok = c.score >= rules.threshold;
      for (size_t q = 0; q < rules.required.size(); ++q) {
        if (!ForLanguage(rules.required_lang[q], a->lang.code)) continue;
        const std::vector<Atom>& any = rules.required[q];
        bool one = false;
        for (const Atom& atom : any) {
          int h = holds(atom, r);
          undecided = undecided || h < 0;
          one = one || h > 0;
        }
        ok = ok && one;
      }
      for (size_t x = 0; x < rules.excludes.size(); ++x) {
        if (!ForLanguage(rules.exclude_lang[x], a->lang.code)) continue;
        const Atom& atom = rules.excludes[x];
        int h = holds(atom, r);
        undecided = undecided || h < 0;
        if (h > 0) {
          ok = false;
          c.evidence.push_back("excluded by " + atom.kind + ":" + atom.value);
        }
      }
      if (undecided && pass == 0) continue;
      fired[r] = ok ? 1 : 0;
      // Its own `keep` conditions: told plainly enough to be reported beside a stronger one.
      if (ok && !rules.keeps.empty()) {
        bool all = true;
        for (size_t q = 0; q < rules.keeps.size(); ++q) {
          // A keep line with languages ("en", "en,fr") holds for documents in them only.
          bool one = false;
          if (ForLanguage(rules.keep_lang[q], a->lang.code)) {
            for (const Atom& atom : rules.keeps[q]) one = one || holds(atom, r) > 0;
          }
          all = all && one;
        }
        if (all) {
          kept_by_rule[r] = true;
          c.evidence.push_back("kept");
        }
      }
    }
  }
  // A category the document's own events make (an arrest for terrorism.arrest_or_plot, a
  // verdict for counter_terrorism.legal_sanctions, working together for
  // counter_terrorism.cooperation: an event other than an attack weighing 1.5 or more in its
  // rules) is reported, however far below the best category it scores.
  // A working together told only by a passing phrase ("a strike carried out in coordination with
  // Mogadishu", docs/annotation.md section 2) is an event too slight to make its category alone.
  std::set<std::string> making_types;
  for (const Event& e : a->events) {
    if (e.background || domestic(e) || seized_by_group(e) || aid_by_group(e)) continue;
    if (!IsPassingCoordination(e)) making_types.insert(e.type);
  }
  std::vector<bool> by_event(rules_.size(), false);
  for (size_t r = 0; r < rules_.size(); ++r) {
    for (const auto& [what, weight] : rules_[r].events) {
      by_event[r] = by_event[r] || (weight >= 1.5 && what != "ASSAULT" && making_types.count(what) > 0);
    }
  }
  std::set<std::string> kept;
  for (size_t r = 0; r < rules_.size(); ++r) {
    if (fired[r] != 1) continue;
    if (by_event[r] || kept_by_rule[r]) kept.insert(rules_[r].id);
    out[r].id = rules_[r].id;
    out[r].score = std::round(out[r].score * 100) / 100;
    a->categories.push_back(std::move(out[r]));
  }
  std::stable_sort(a->categories.begin(), a->categories.end(),
                   [](const Category& x, const Category& y) { return x.score > y.score; });
  // What the story is about, not everything it touches: a category far below the best one is
  // background ("the army responded" in an attack story).
  if (!a->categories.empty()) {
    const double top = a->categories.front().score;
    a->categories.erase(std::remove_if(a->categories.begin(), a->categories.end(),
                                       [&](const Category& c) { return c.score < kRelative * top && !kept.count(c.id); }),
                        a->categories.end());
  }
}

}  // namespace vigie
