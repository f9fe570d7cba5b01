#include "extract/entities.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "geo/distance.h"
#include "text/char_class.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace vigie {
namespace {

MentionType TypeOf(EntityType t) {
  switch (t) {
    case EntityType::kPer: return MentionType::kPer;
    case EntityType::kOrg: return MentionType::kOrg;
    case EntityType::kLoc: return MentionType::kLoc;
  }
  return MentionType::kOrg;
}

bool IsArabicToken(std::string_view text, const MatchToken& t) {
  if (t.end <= t.start) return false;
  size_t i = t.start;
  char32_t cp = utf8::Decode(text, &i);
  return (GetCharInfo(cp).flags & kCharArabic) != 0 && GetCharInfo(cp).kind == CharKind::kLetter;
}

bool IsWordToken(const Analysis& a, const MatchToken& t) { return a.tokens[t.token].kind == TokenKind::kWord; }

Result<Lexicon> LoadTitles(const std::string& data_dir) {
  Lexicon titles;
  for (const char* kind : {"honorific", "role", "role_of"}) {
    Entity e;
    e.id = std::string("title:") + kind;
    e.type = EntityType::kPer;
    e.kind = "other";
    e.name = kind;
    if (Result<uint32_t> r = titles.AddEntity(std::move(e)); !r.ok()) return r.status();
  }
  std::string path = data_dir + "/lexicon/person_titles.tsv";
  Result<std::vector<WordListEntry>> rows = LoadWordList(path);
  if (!rows.ok()) return rows.status();
  for (const WordListEntry& row : *rows) {
    if (row.fields.size() < 3) {
      return Status::InvalidInput(path + ":" + std::to_string(row.line) + ": expected title, lang, kind");
    }
    Status s = titles.AddAlias("title:" + row.fields[2], row.fields[0], row.fields[1] == "xx" ? "all" : row.fields[1], 0);
    if (!s.ok()) return Status::InvalidInput(path + ":" + std::to_string(row.line) + ": " + s.message());
  }
  return titles;
}

// Institutions as a phrase lexicon: entity "<role>:<id>" (kind and English name kept).
Result<Lexicon> LoadInstitutions(const std::string& data_dir) {
  Lexicon lex;
  std::string path = data_dir + "/lexicon/institutions.tsv";
  Result<std::vector<WordListEntry>> rows = LoadWordList(path);
  if (!rows.ok()) return rows.status();
  for (const WordListEntry& row : *rows) {
    std::string where = path + ":" + std::to_string(row.line) + ": ";
    if (row.fields.size() < 6) return Status::InvalidInput(where + "expected lang, phrase, role, id, kind, english");
    const std::string& role = row.fields[2];
    if (role != "body" && role != "head" && role != "portfolio") {
      return Status::InvalidInput(where + "role must be body, head or portfolio");
    }
    std::string id = role + ":" + row.fields[3];
    if (lex.Find(id) < 0) {
      Entity e;
      e.id = id;
      e.type = EntityType::kOrg;
      e.kind = row.fields[4];
      e.name = row.fields[5];
      if (Result<uint32_t> r = lex.AddEntity(std::move(e)); !r.ok()) return r.status();
    }
    Status s = lex.AddAlias(id, row.fields[1], row.fields[0], 0);
    if (!s.ok()) return Status::InvalidInput(where + s.message());
  }
  return lex;
}

}  // namespace

std::string Slugify(std::string_view name) {
  std::string folded = FoldString(name);
  std::string out;
  bool dash = false;
  size_t i = 0;
  while (i < folded.size()) {
    size_t start = i;
    char32_t cp = utf8::Decode(folded, &i);
    CharInfo ci = GetCharInfo(cp);
    bool keep = ci.kind == CharKind::kLetter || ci.kind == CharKind::kDigit;
    if (keep) {
      if (dash && !out.empty()) out.push_back('-');
      dash = false;
      out.append(folded, start, i - start);
    } else {
      dash = true;
    }
  }
  return out;
}

Result<std::unique_ptr<EntityExtractor>> EntityExtractor::Create(const std::string& data_dir, const Options& options) {
  Result<Lexicon> lexicon = Lexicon::Load(data_dir);
  if (!lexicon.ok()) return lexicon.status();
  Result<EntityMatcher> matcher = EntityMatcher::Build(*lexicon, options.matcher);
  if (!matcher.ok()) return matcher.status();
  Result<Lexicon> titles = LoadTitles(data_dir);
  if (!titles.ok()) return titles.status();
  Result<EntityMatcher> title_matcher = EntityMatcher::Build(*titles, options.matcher);
  if (!title_matcher.ok()) return title_matcher.status();
  Result<Lexicon> institutions = LoadInstitutions(data_dir);
  if (!institutions.ok()) return institutions.status();
  Result<EntityMatcher> institution_matcher = EntityMatcher::Build(*institutions, options.matcher);
  if (!institution_matcher.ok()) return institution_matcher.status();
  std::unique_ptr<EntityExtractor> x(new EntityExtractor(
      std::move(lexicon).value(), std::move(matcher).value(), std::move(titles).value(),
      std::move(title_matcher).value(), std::move(institutions).value(), std::move(institution_matcher).value()));
  x->africa_ = x->lexicon_.AfricanCountries();
  x->national_army_ = x->lexicon_.NationalArmies();
  for (const Entity& e : x->lexicon_.entities()) {
    if (e.type != EntityType::kLoc || (e.kind != "region" && e.kind != "continent")) continue;
    std::string_view members = e.Attribute("members");
    for (size_t pos = members.find("country:"); pos != std::string_view::npos; pos = members.find("country:", pos + 1)) {
      if (x->africa_.count(std::string(members.substr(pos + 8, 2)))) {
        x->african_regions_.insert(e.id);
        break;
      }
    }
  }
  Result<std::vector<WordListEntry>> names = LoadWordList(data_dir + "/lexicon/first_names.tsv");
  if (!names.ok()) return names.status();
  for (const WordListEntry& row : *names) {
    std::string key = FoldString(row.fields[0]);
    if (row.fields.size() > 3 && row.fields[3] == "word") x->word_first_names_.Insert(key);
    x->first_names_.Insert(std::move(key));
  }
  Result<std::vector<WordListEntry>> stops = LoadWordList(data_dir + "/lexicon/name_stopwords.tsv");
  if (!stops.ok()) return stops.status();
  for (const WordListEntry& row : *stops) {
    bool particle = row.fields.size() > 1 && row.fields[1] == "particle";
    (particle ? x->particles_ : x->stop_words_).Insert(FoldString(row.fields[0]));
  }
  VIGIE_RETURN_IF_ERROR(x->LoadNameHeads(data_dir + "/lexicon/name_heads.tsv"));
  return x;
}

EntityExtractor::Found EntityExtractor::FoundAt(uint32_t begin, uint32_t end, MentionType type, std::string id,
                                                std::string rule) const {
  Found f;
  f.begin = begin;
  f.end = end;
  f.start = tokens_[begin].start;
  f.stop = tokens_[end - 1].end;
  f.type = type;
  f.id = std::move(id);
  f.kind = "other";
  f.rule = std::move(rule);
  return f;
}

bool EntityExtractor::ClaimedByTownWord(uint32_t i) const {
  if (!Claimed(i)) return false;
  const Found& f = found_[claimed_[i]];
  return f.rule == "gazetteer" && f.end - f.begin == 1;
}

void EntityExtractor::Claim(const Found& f) {
  int32_t index = static_cast<int32_t>(found_.size());
  for (uint32_t i = f.begin; i < f.end; ++i) {
    if (claimed_[i] >= 0) found_[claimed_[i]].dropped = true;  // a town word taken back by a name
  }
  for (uint32_t i = f.begin; i < f.end; ++i) claimed_[i] = index;
  found_.push_back(f);
}

bool EntityExtractor::IsStop(const Analysis& a, uint32_t i) const { return stop_words_.Contains(tokens_[i].hash, Key(a, i)); }

bool EntityExtractor::IsParticle(const Analysis& a, uint32_t i) const {
  return particles_.Contains(tokens_[i].hash, Key(a, i));
}

bool EntityExtractor::IsNameWord(const Analysis& a, uint32_t i, bool arabic) const {
  const MatchToken& t = tokens_[i];
  if (!IsWordToken(a, t) || demonym_token_[i] || title_token_[i]) return false;
  // A one-word town from the gazetteer may still be a surname ("Adama Keïta", "Roger Kamba").
  if (Claimed(i) && !ClaimedByTownWord(i)) return false;
  if (arabic) return ArabicAt(i) && !IsStop(a, i);
  if (!t.capitalized || ArabicAt(i)) return false;
  if (a.tokens[t.token].has(kTokElision) || a.tokens[t.token].has(kTokHasDigit)) return false;
  return !IsStop(a, i);
}

uint32_t EntityExtractor::NameEnd(const Analysis& a, uint32_t i, uint32_t limit, bool arabic) const {
  uint32_t end = i;
  uint32_t max_words = arabic ? 4 : 5;
  uint32_t words = 0;
  uint32_t j = i;
  while (j < limit && words < max_words) {
    if (arabic && words >= 1 && !ArabicNameContinues(a, j, words)) break;
    if (IsNameWord(a, j, arabic)) {
      ++words;
      ++j;
      end = j;
      continue;
    }
    // A particle inside a name, followed by a name word: "Iyad Ag Ghaly", "ولد الغزواني".
    if (j > i && j + 1 < limit && IsParticle(a, j) && !Claimed(j) && IsNameWord(a, j + 1, arabic)) {
      j += 1;
      continue;
    }
    break;
  }
  return end;
}

bool EntityExtractor::IsArabicFirstName(const Analysis& a, uint32_t i) const {
  std::string_view k = Key(a, i);
  if (first_names_.Contains(tokens_[i].hash, k)) return true;
  // "عبد الله", "عبد الفتاح": عبد with the name after it.
  return k == "\xD8\xB9\xD8\xA8\xD8\xAF" && i + 1 < tokens_.size() && IsWordToken(a, tokens_[i + 1]);
}

bool EntityExtractor::ArabicNameContinues(const Analysis& a, uint32_t j, uint32_t words) const {
  // Arabic has no capitals to end a name. The second word is taken as it comes (family names
  // often begin with letters that look like proclitics: بوريطة, بنعلي, ورسمي); past two words,
  // only first names, particles, family names with the article (الغزواني) and words that
  // cannot open with a proclitic go on, so "حمزة الجلاصي بتسديدة" stops before بتسديدة.
  if (words < 2) return true;
  const Token& t = a.tokens[tokens_[j].token];
  std::string_view k = Key(a, j);
  bool article = k.size() > 4 && k.substr(0, 4) == "\xD8\xA7\xD9\x84";  // ال
  return IsArabicFirstName(a, j) || IsParticle(a, j) || article || t.num_clitics == 0;
}

void EntityExtractor::AddPerson(const Analysis& a, uint32_t begin, uint32_t end, const std::string& rule) {
  Found f = FoundAt(begin, end, MentionType::kPer, "", rule);
  if (rule == "title+name") f.kind = "official";  // named with a role: le ministre, General, الوزير
  f.name = std::string(std::string_view(a.text).substr(f.start, f.stop - f.start));
  f.id = "person:" + Slugify(f.name);
  Claim(f);
}

bool EntityExtractor::ArabicWordIn(const KeySet& words, const Analysis& a, uint32_t i) const {
  const MatchToken& t = tokens_[i];
  if (words.Contains(t.hash, Key(a, i))) return true;
  for (uint8_t k = 0; k < t.num_alts; ++k) {
    std::string_view alt = std::string_view(a.folded.text).substr(t.alt_fstart[k], t.fend - t.alt_fstart[k]);
    if (words.Contains(t.alt_hash[k], alt)) return true;
  }
  return false;
}

bool EntityExtractor::ArabicCountryCue(const Analysis& a, const LexiconMatch& m) const {
  const MatchToken& t = tokens_[m.begin];
  // A sentence or a headline that opens with it: "الجزائر تدين الهجوم", "مالي: مقتل عشرة جنود".
  if (m.begin == 0 || t.sentence_start) return true;
  // The proclitics the matcher set aside. A form written without the article that stands
  // behind one is another word ("البنين", "للبنين": the boys).
  const std::string_view prefix = std::string_view(a.text).substr(t.start, m.start - t.start);
  constexpr std::string_view kAl = "\xD8\xA7\xD9\x84", kLil = "\xD9\x84\xD9\x84";  // ال, لل
  if (!lexicon_.aliases()[m.alias].text.starts_with(kAl) && (prefix.ends_with(kAl) || prefix.ends_with(kLil))) {
    return false;
  }
  // ب or ل first after و or ف: "بمالي", "لمالي", "وبالجزائر", "للنيجر" (a و alone may join an
  // adjective: "دعم عسكري ومالي").
  bool waw = false;
  for (size_t i = 0; i + 1 < prefix.size(); i += 2) {
    const std::string_view letter = prefix.substr(i, 2);
    if (letter == "\xD8\xA8" /* ب */ || letter == "\xD9\x84" /* ل */) return true;
    if (letter == "\xD9\x88" /* و */) {
      waw = true;
    } else if (letter != "\xD9\x81" /* ف */) {
      break;
    }
  }
  // A place word right before it, bare or behind a proclitic ("في مالي", "وشمال النيجر").
  if (sentence_end_[m.begin - 1] != sentence_end_[m.begin]) return false;
  if (ArabicWordIn(country_cues_ar_, a, m.begin - 1)) return true;
  // Joined by و to another country: "موريتانيا ومالي", "مالي وموريتانيا".
  const std::vector<Alias>& aliases = lexicon_.aliases();
  const std::vector<Entity>& entities = lexicon_.entities();
  auto country = [&](const LexiconMatch& o) {
    const Alias& alias = aliases[o.alias];
    return !(alias.flags & kAliasDemonym) && entities[alias.entity].id.starts_with("country:");
  };
  const bool waw_next = m.end < tokens_.size() && tokens_[m.end].start < a.text.size() &&
                        a.text.compare(tokens_[m.end].start, 2, "\xD9\x88" /* و */) == 0;
  for (const LexiconMatch& o : matches_) {
    if (o.begin > m.end) break;
    if (&o == &m || !country(o)) continue;
    if ((waw && o.end == m.begin) || (waw_next && o.begin == m.end && o.start > tokens_[o.begin].start)) return true;
  }
  return false;
}

bool EntityExtractor::DivisionWordBeside(const Analysis& a, uint32_t begin, uint32_t end) const {
  const bool arabic = ArabicAt(begin);
  if (arabic) {
    // "ولاية بورنو"; the word may carry the article or a proclitic ("بولاية").
    return begin > 0 && ArabicWordIn(division_words_[kHeadAr], a, begin - 1);
  }
  // "Borno State", "Tillabéri region".
  if (end < tokens_.size() && division_words_[kHeadEn].Contains(tokens_[end].hash, Key(a, end))) return true;
  // "région de Ménaka", "État du Borno", "province du Soum".
  uint32_t j = begin;
  if (j > 0) {
    std::string_view link = Key(a, j - 1);
    if (link == "de" || link == "du" || link == "des" || a.tokens[tokens_[j - 1].token].has(kTokElision)) --j;
  }
  return j > 0 && j < begin && division_words_[kHeadFr].Contains(tokens_[j - 1].hash, Key(a, j - 1));
}

void EntityExtractor::MatchLexicon(const Analysis& a) {
  matcher_.Match(a, tokens_, a.lang.code, &matches_);
  const std::vector<Alias>& aliases = lexicon_.aliases();
  const std::vector<Entity>& entities = lexicon_.entities();
  std::vector<const LexiconMatch*> ambiguous, ambiguous_demonyms, places;
  std::unordered_set<std::string> support_ids, support_countries;
  for (const LexiconMatch& m : matches_) {
    // A name glued to a dollar sign is a currency's code: "US$3 million", "NZ$40".
    if (m.stop < a.text.size() && a.text[m.stop] == '$') continue;
    const Alias& alias = aliases[m.alias];
    const Entity& e = entities[alias.entity];
    if (alias.flags & kAliasDemonym) {
      for (uint32_t i = m.begin; i < m.end; ++i) demonym_token_[i] = 1;  // never part of a name
      if (e.country.empty()) continue;  // "africaine", "sahélienne": no country to witness
      if (alias.flags & kAliasAmbiguous) {
        ambiguous_demonyms.push_back(&m);  // المالية is also "financial"
        continue;
      }
      demonym_spans_.push_back({m.begin, m.end, m.start, m.stop, e.country});
      support_countries.insert(e.country);
      continue;
    }
    if (alias.flags & kAliasGazetteer) {
      places.push_back(&m);
      continue;
    }
    if (alias.flags & kAliasAmbiguous) {
      ambiguous.push_back(&m);
      continue;
    }
    Found f{m.begin, m.end, m.start, m.stop, TypeOf(e.type), e.id, "", "", "", "lexicon", ""};
    Claim(f);
    support_ids.insert(e.id);
    if (!e.country.empty()) support_countries.insert(e.country);
  }
  // Ambiguous demonyms witness a country only when it is named plainly elsewhere.
  for (const LexiconMatch* m : ambiguous_demonyms) {
    const Entity& e = entities[aliases[m->alias].entity];
    if (support_countries.count(e.country) > 0) demonym_spans_.push_back({m->begin, m->end, m->start, m->stop, e.country});
  }
  std::sort(demonym_spans_.begin(), demonym_spans_.end(),
            [](const DemonymSpan& x, const DemonymSpan& y) { return x.begin < y.begin; });
  for (const LexiconMatch* m : ambiguous) {
    const Alias& alias = aliases[m->alias];
    const Entity& e = entities[alias.entity];
    bool supported = support_ids.count(e.id) > 0 || (!e.country.empty() && support_countries.count(e.country) > 0);
    bool arabic = ArabicAt(m->begin);
    // A body's short name is its own where the story names the organisation it belongs to:
    // "مجلس الأمن" with the United Nations named is the Security Council, the PSC with the African
    // Union, the FLM with JNIM. Not when an Arabic adjective goes on with the name ("مجلس الأمن
    // القومي": a country's own council).
    if (!supported && e.type == EntityType::kOrg) {
      const std::string_view parent = e.Attribute("parent");
      if (!parent.empty() && support_ids.count(std::string(parent)) > 0) {
        const uint32_t next = m->end;
        const bool adjective_next = arabic && next < tokens_.size() && next < SentenceEnd(m->begin) &&
                                    std::string_view(a.text).substr(tokens_[next].start).starts_with("\xD8\xA7\xD9\x84");  // ال
        supported = !adjective_next;
      }
    }
    bool keep = supported || (arabic && (alias.flags & kAliasCue) && ArabicCountryCue(a, *m));
    // An armed group's acronym that is also another body's or a word (LRA, JEM, UPC, OLA:
    // flagged cs,ambiguous) needs the group or its country named: alone it is someone else's.
    const bool group_acronym = (alias.flags & kAliasCaseSensitive) && e.kind == "armed_group";
    if (!arabic && !keep && !group_acronym) {
      // A capitalised word right after it reads as a surname ("Chad Smith", "Maurice Kamto").
      uint32_t next = m->end;
      bool surname_next = next < tokens_.size() && next < SentenceEnd(m->begin) && IsNameWord(a, next, false) &&
                          tokens_[next].start == tokens_[m->end - 1].end + 1;
      keep = !surname_next;
    }
    if (!keep) continue;
    Found f{m->begin, m->end, m->start, m->stop, TypeOf(e.type), e.id, "", "", "", "lexicon", ""};
    Claim(f);
  }
  // Is the story about Africa? An African country named, or a region of Africa.
  bool doc_african = false;
  for (const std::string& cc : support_countries) doc_african = doc_african || africa_.count(cc) > 0;
  for (const std::string& id : support_ids) doc_african = doc_african || african_regions_.count(id) > 0;
  // Gazetteer places: which places each name may be (eligibility), then the most likely of
  // them (score); see docs/entities.md.
  struct Candidate {
    const Entity* entity;
    double score;
  };
  std::vector<std::pair<const LexiconMatch*, std::vector<Candidate>>> resolving;
  for (const LexiconMatch* m : places) {
    // ك "like" before a town name is rare; before a word it is common: كبيرا is no Beira.
    if (m->start > tokens_[m->begin].start &&
        std::string_view(a.text).substr(tokens_[m->begin].start, m->start - tokens_[m->begin].start).find("\xD9\x83") !=
            std::string_view::npos) {
      continue;
    }
    bool taken = false;
    for (uint32_t i = m->begin; i < m->end; ++i) taken = taken || Claimed(i);
    if (taken) continue;
    const bool one_word = m->end - m->begin == 1;
    const bool all_caps = one_word && tokens_[m->begin].all_caps;
    const bool opens_sentence = one_word && tokens_[m->begin].sentence_start;
    const bool division_word = DivisionWordBeside(a, m->begin, m->end);
    std::vector<Candidate> candidates;
    auto consider = [&](uint32_t alias_index) {
      const Alias& al = aliases[alias_index];
      const Entity& e = entities[al.entity];
      if (!(al.flags & kAliasGazetteer)) return;
      const bool supported = !e.country.empty() && support_countries.count(e.country) > 0;
      // A form flagged ambiguous names this place only when its country is named: "Red Sea"
      // is the sea, unless Egypt is named (its governorate) or Sudan (its state).
      if ((al.flags & kAliasAmbiguous) && !supported) return;
      const bool african = africa_.count(e.country) > 0;
      // Which places the name may be, before choosing among them. The project's own tables
      // name places news knows. An African town or division needs a story about Africa (or
      // its country named, or 100,000 people): "Maryland" and "Harper" are Liberian, but not
      // in a story about the United States. A town elsewhere needs 100,000 people, or its
      // country named and 50,000 for a one-word name ("Moscow", Idaho is not Moscow). A word
      // in capitals alone (a headline, a ticker: "SALE", "SHARE") needs a million or its country.
      bool eligible;
      if (e.listed) eligible = true;
      else if (african) eligible = supported || doc_african || e.population >= 100000;
      else eligible = e.population >= 100000 || (supported && (!one_word || e.population >= 50000));
      if (all_caps && !supported && e.population < 1000000) eligible = false;
      if (opens_sentence && !supported && e.population < 100000 && !e.listed) eligible = false;
      if (!eligible) return;
      for (const Candidate& c : candidates) {
        if (c.entity == &e) return;  // the same place by two of its names
      }
      // Then the most likely: population (log), the country named, a place the project lists,
      // a capital. A feature of the project's places table (a sea, a lake, a region) comes
      // before a division of the same name: "Red Sea" is the sea before Sudan's state.
      // A division or a place of the project's table has no population: it counts as a
      // town of 5,000 ("Palma" in Cabo Delgado is no match for Palma de Mallorca unless the
      // story names Mozambique, and then it is).
      const double people = e.population > 0 ? static_cast<double>(e.population) : 5000.0;
      double score = std::log10(people + 10.0) + (supported ? 2.0 : 0.0) +
                     (e.listed ? 1.5 : 0.0) + (e.Attribute("feature") == "PPLC" ? 1.0 : 0.0) +
                     (e.id.rfind("place:", 0) == 0 ? 0.5 : 0.0);
      // "région de Ménaka", "Borno State", "ولاية كانو": the division, not its chief town.
      if (division_word && e.kind == "admin1") score += 8.0;
      candidates.push_back({&e, score});
    };
    consider(m->alias);
    for (uint32_t other : m->also) consider(other);
    if (!candidates.empty()) resolving.emplace_back(m, std::move(candidates));
  }
  // Context from the places read with confidence (one reading, or one ahead of the others by
  // a point): the divisions the story names ("région de Ménaka", "Borno State"), and the points
  // near which its other places likely lie.
  std::unordered_set<std::string_view> divisions;
  std::vector<const Entity*> anchors;
  for (const auto& [m, candidates] : resolving) {
    const Candidate* top = nullptr;
    double second = -1e9;
    for (const Candidate& c : candidates) {
      if (top == nullptr || c.score > top->score) {
        if (top != nullptr) second = std::max(second, top->score);
        top = &c;
      } else {
        second = std::max(second, c.score);
      }
    }
    if (top->score - second < 1.0) continue;
    const Entity* e = top->entity;
    if (e->kind == "admin1") divisions.insert(e->Attribute("iso_admin1"));
    else if (e->located && (e->kind == "city" || e->kind == "place")) anchors.push_back(e);
  }
  for (auto& [m, candidates] : resolving) {
    const Entity* best = nullptr;
    double best_score = 0;
    for (Candidate& c : candidates) {
      if (candidates.size() > 1) {
        // A town in a division the story names (+1.5), near another of its places (+1 within
        // 100 km, +0.5 within 250 km).
        std::string_view division = c.entity->Attribute("iso_admin1");
        if (!division.empty() && c.entity->kind != "admin1" && divisions.count(division)) c.score += 1.5;
        double nearest = 1e9;
        for (const Entity* anchor : anchors) {
          if (anchor != c.entity) nearest = std::min(nearest, DistanceKm(anchor->lat, anchor->lon, c.entity->lat, c.entity->lon));
        }
        c.score += nearest < 100 ? 1.0 : nearest < 250 ? 0.5 : 0.0;
      }
      if (best == nullptr || c.score > best_score) {
        best = c.entity;
        best_score = c.score;
      }
    }
    Found f{m->begin, m->end, m->start, m->stop, MentionType::kLoc, best->id, "", "", "", "gazetteer", ""};
    Claim(f);
  }
}

void EntityExtractor::FindInstitutions(const Analysis& a) {
  institution_matcher_.Match(a, tokens_, a.lang.code, &title_matches_);  // scratch reuse
  if (title_matches_.empty()) return;
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  auto demonym_at = [&](uint32_t begin) -> const DemonymSpan* {
    for (const DemonymSpan& d : demonym_spans_) {
      if (d.begin == begin) return &d;
    }
    return nullptr;
  };
  auto demonym_ending = [&](uint32_t end) -> const DemonymSpan* {
    for (const DemonymSpan& d : demonym_spans_) {
      if (d.end == end) return &d;
    }
    return nullptr;
  };
  // A country named by a LOC mention at token i ("du Niger", "of Niger", "Somalia's").
  auto country_at = [&](uint32_t i) -> std::string {
    if (i >= n || !Claimed(i)) return {};
    const Found& f = found_[claimed_[i]];
    if (f.type != MentionType::kLoc || f.begin != i) return {};
    int64_t e = lexicon_.Find(f.id);
    if (e < 0 || lexicon_.entities()[e].kind != "country") return {};
    return lexicon_.entities()[e].country;
  };
  // The document's main country: the one named most often (as a place or a demonym). State
  // bodies named without a country ("le ministère de la Défense nationale", "الحرس الوطني")
  // belong to it.
  std::string doc_country;
  {
    std::unordered_map<std::string, int> votes;
    for (const Found& f : found_) {
      if (f.type != MentionType::kLoc) continue;
      int64_t e = lexicon_.Find(f.id);
      if (e >= 0 && lexicon_.entities()[e].kind == "country") ++votes[lexicon_.entities()[e].country];
    }
    for (const DemonymSpan& d : demonym_spans_) ++votes[d.country];
    // The place the story is filed from (its dateline: "تونس -") or labelled with (a title that
    // opens "Mauritanie : ..." or "Ras Jedir : ...") is its home. A body named without its country
    // is the home's more often than a partner's the story names as often ("l'Espagne a remis à la
    // Gendarmerie nationale"): that place weighs as three more mentions of its country, and wins a tie.
    std::string home;
    for (const Found& f : found_) {
      if (f.type != MentionType::kLoc || f.dropped) continue;
      const bool in_dateline = a.dateline && f.start >= a.dateline->whole.start && f.stop <= a.dateline->whole.end;
      if (!in_dateline && !a.IsTitleLabel({f.start, f.stop})) continue;
      int64_t e = lexicon_.Find(f.id);
      if (e < 0 || lexicon_.entities()[e].country.empty()) continue;
      home = lexicon_.entities()[e].country;
      votes[home] += 3;
      break;
    }
    int best = 0;
    for (const auto& [cc, n] : votes) {
      // A tie goes to the home, else to the first code (an order that does not hang on the map's).
      if (n > best || (n == best && doc_country != home && (cc == home || cc < doc_country))) {
        best = n;
        doc_country = cc;
      }
    }
  }
  auto says_national = [&](uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i) {
      std::string_view k = Key(a, i);
      if (k.rfind("nation", 0) == 0 || k == "الوطني" || k == "الوطنيه" || k == "وطني" || k == "وطنيه") return true;
    }
    return false;
  };
  std::vector<LexiconMatch> matches = title_matches_;
  const std::vector<Alias>& aliases = institutions_.aliases();
  for (size_t k = 0; k < matches.size(); ++k) {
    const LexiconMatch& m = matches[k];
    const Entity& inst = institutions_.entities()[aliases[m.alias].entity];
    std::string_view id = inst.id;
    if (id.rfind("portfolio:", 0) == 0) continue;  // only after a head
    bool overlaps = false;
    for (uint32_t i = m.begin; i < m.end; ++i) overlaps = overlaps || Claimed(i);
    if (overlaps) continue;
    uint32_t b = m.begin, e = m.end;
    uint32_t name_begin = m.begin, name_end = m.end;  // the ORG span
    const Entity* body = &inst;
    std::string country;
    auto take_portfolio = [&](uint32_t at) {
      if (body->id.rfind("head:", 0) != 0 || k + 1 >= matches.size() || matches[k + 1].begin != at) return false;
      const Entity& p = institutions_.entities()[aliases[matches[k + 1].alias].entity];
      if (p.id.rfind("portfolio:", 0) != 0) return false;
      body = &p;
      e = name_end = matches[k + 1].end;
      ++k;
      return true;
    };
    // Right: a demonym ("armée malienne", "ministère marocain des Affaires étrangères"), then a
    // portfolio after a head; or a portfolio, then "du Niger" / "of Niger" / a demonym.
    if (const DemonymSpan* d = demonym_at(e)) {
      country = d->country;
      e = name_end = d->end;
      take_portfolio(e);
    } else if (take_portfolio(e)) {
      if (const DemonymSpan* d2 = demonym_at(e)) {
        country = d2->country;
        e = name_end = d2->end;
      } else {
        std::string_view link = e < n ? Key(a, e) : std::string_view();
        if (link == "du" || link == "de" || link == "d'" || link == "of" || link == "des") country = country_at(e + 1);
        if (country.empty()) country = country_at(e);  // Arabic: وزارة الدفاع النيجيرية is a demonym; وزارة دفاع مالي
      }
    } else if (std::string_view link = e < n ? Key(a, e) : std::string_view();
               link == "du" || link == "de" || link == "d'" || link == "of") {
      country = country_at(e + 1);
    }
    // Left (English): "Nigerian Army", "Kenyan police"; "Somalia's defence ministry".
    if (country.empty() && b > 0) {
      if (const DemonymSpan* d = demonym_ending(b)) {
        country = d->country;
        name_begin = d->begin;
      } else if (b >= 2 && a.tokens[tokens_[b - 1].token].has(kTokPossessive)) {
        country = country_at(b - 2);
      }
    }
    if (body->id.rfind("head:", 0) == 0 && name_end == m.end) continue;  // a bare "ministère"
    if (country.empty() && (body->id.rfind("portfolio:", 0) == 0 || says_national(m.begin, name_end))) {
      country = doc_country;  // a ministry with its portfolio, or a "national" body
    }
    if (country.empty()) continue;
    std::string slug = body->id.substr(body->id.find(':') + 1);
    std::string cc = country;
    for (char& c : cc) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // The army or armed forces of a country the lexicon lists a national army for are that army:
    // one entity whether the text says "the Sudanese Armed Forces", "the Sudanese army" or
    // "الجيش السوداني".
    auto army = slug == "army" || slug == "armed-forces" ? national_army_.find(country) : national_army_.end();
    Found f = FoundAt(name_begin, name_end, MentionType::kOrg,
                      army != national_army_.end() ? lexicon_.entities()[army->second].id : "org:" + cc + "-" + slug,
                      "institution");
    f.kind = body->kind;
    f.country = country;
    if (army != national_army_.end()) {
      f.name = lexicon_.entities()[army->second].name;
    } else {
      int64_t ce = lexicon_.Find("country:" + country);
      f.name = body->name + " (" + (ce >= 0 ? lexicon_.entities()[ce].name : country) + ")";
    }
    for (uint32_t i = f.begin; i < f.end; ++i) {
      if (Claimed(i)) overlaps = true;
    }
    if (overlaps) continue;
    Claim(f);
  }
}

void EntityExtractor::FindPeople(const Analysis& a) {
  title_matcher_.Match(a, tokens_, a.lang.code, &title_matches_);
  const std::vector<Alias>& title_aliases = titles_.aliases();
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  for (const LexiconMatch& tm : title_matches_) {
    for (uint32_t i = tm.begin; i < tm.end; ++i) title_token_[i] = 1;
  }
  // A listed person named with a title ("Roi Mohammed VI", "الملك محمد السادس"): the title
  // stays outside the mention.
  for (Found& f : found_) {
    if (f.type != MentionType::kPer) continue;
    while (f.end - f.begin > 1 && title_token_[f.begin]) {
      claimed_[f.begin] = -1;
      ++f.begin;
      f.start = tokens_[f.begin].start;
    }
  }
  for (const LexiconMatch& tm : title_matches_) {
    std::string_view kind = titles_.entities()[title_aliases[tm.alias].entity].id;  // title:<kind>
    bool honorific = kind == "title:honorific";
    uint32_t limit = SentenceEnd(tm.begin);
    uint32_t i = tm.end;
    bool arabic = ArabicAt(tm.begin);
    // What may stand between a role and the name: demonyms and entity mentions ("le président
    // nigérien", "UN Secretary-General"), one comma; after a role, an apposition that ends in
    // a comma ("ministre des Affaires étrangères, de la Coopération africaine [...], Nasser").
    if (!honorific) {
      uint32_t j = i;
      while (j < limit && (demonym_token_[j] || (Claimed(j) && found_[claimed_[j]].type != MentionType::kPer))) ++j;
      if (j < limit && a.tokens[tokens_[j].token].kind == TokenKind::kPunct && Key(a, j) == ",") ++j;
      i = j;
      if (NameEnd(a, i, limit, arabic) == i && !arabic) {
        // Look past an apposition for "..., Firstname Surname".
        for (uint32_t k = i; k < limit && k < i + 20; ++k) {
          if (Key(a, k) == "," && k + 1 < limit && first_names_.Contains(tokens_[k + 1].hash, Key(a, k + 1))) {
            i = k + 1;
            break;
          }
        }
      }
    }
    // A one-word town right after a role opens a name ("le gouverneur Uba Sani": Uba is also a
    // Nigerian town), not a division's ("Governor Kano State").
    if (i >= limit || (Claimed(i) && (!ClaimedByTownWord(i) || DivisionWordBeside(a, i, i + 1)))) continue;
    uint32_t end = NameEnd(a, i, limit, arabic);
    if (end == i) continue;
    // After a role, one capitalised word is too often a noun ("Head of State"): a lone
    // surname joins a full name later (LinkSurnames), or follows an honorific.
    if (!honorific && !arabic && end - i < 2) continue;
    if (arabic) {
      // An Arabic name after a role must open with a known first name; after an honorific
      // (السيد, الشيخ) any name word will do.
      if (!honorific && !IsArabicFirstName(a, i)) continue;
      if (end - i < 2 && !honorific) continue;
    }
    AddPerson(a, i, end, honorific ? "honorific+name" : "title+name");
  }
  // Capitalised sequences opening with a known first name (Latin script).
  for (uint32_t i = 0; i < n; ++i) {
    // A first name that is also a town ("Hodan Ali Farah") still opens a name.
    if ((Claimed(i) && !ClaimedByTownWord(i)) || !tokens_[i].capitalized || ArabicAt(i)) continue;
    if (!first_names_.Contains(tokens_[i].hash, Key(a, i))) continue;
    if (!IsNameWord(a, i, false)) continue;
    uint32_t end = NameEnd(a, i, SentenceEnd(i), false);
    if (end - i < 2) continue;
    AddPerson(a, i, end, "first-name");
    i = end - 1;
  }
  // Arabic: a known first name with another first name or a family name with the article and
  // the nisba ending after it ("رضا السليماني", "عبد الولي محمد عيسى"); a first name that is
  // not also a common word may take any name word ("فرناندو غراندي مارلاسكا").
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (Claimed(i) || !ArabicAt(i) || title_token_[i]) continue;
    if (!IsArabicFirstName(a, i) || !IsNameWord(a, i, true)) continue;
    const uint32_t limit = SentenceEnd(i);
    uint32_t j = Key(a, i) == "\xD8\xB9\xD8\xA8\xD8\xAF" ? i + 2 : i + 1;  // عبد الله is one name
    if (j >= limit || !IsNameWord(a, j, true) || demonym_token_[j]) continue;
    std::string_view next = Key(a, j);
    bool article = next.size() >= 10 && next.substr(0, 4) == "\xD8\xA7\xD9\x84";
    // A proclitic before the article is a preposition or a conjunction: "بالقول", "والمدينة".
    // (A proclitic-looking first letter alone is common in names: لوكورنو, بوريطة.)
    bool clitic_article = false;
    for (uint8_t k = 0; k < tokens_[j].num_alts && !article; ++k) {
      std::string_view rest = std::string_view(a.folded.text).substr(tokens_[j].alt_fstart[k], tokens_[j].fend - tokens_[j].alt_fstart[k]);
      clitic_article = clitic_article || (rest.size() >= 8 && rest.substr(0, 4) == "\xD8\xA7\xD9\x84");
    }
    if (clitic_article) continue;
    bool nisba = article && next.substr(next.size() - 2) == "\xD9\x8A";  // ي
    bool word_name = word_first_names_.Contains(tokens_[i].hash, Key(a, i));
    if (!IsArabicFirstName(a, j) && !nisba && word_name) continue;
    // Further words: first names, particles (بن, ولد) before a name word, family names with
    // the article; a bare word after two is more often the sentence going on ("نائبا").
    uint32_t end = j + 1;
    while (end < limit && end - i < 5) {
      if (Claimed(end) || !ArabicAt(end) || IsStop(a, end) || demonym_token_[end]) break;
      std::string_view k = Key(a, end);
      bool with_article = k.size() >= 10 && k.substr(0, 4) == "\xD8\xA7\xD9\x84" &&
                          a.tokens[tokens_[end].token].num_clitics <= 1;
      if (IsParticle(a, end) && end + 1 < limit && IsNameWord(a, end + 1, true)) {
        end += 2;
        continue;
      }
      if ((IsArabicFirstName(a, end) && !word_first_names_.Contains(tokens_[end].hash, k)) || (with_article && k.substr(k.size() - 2) == "\xD9\x8A")) {
        ++end;
        continue;
      }
      break;
    }
    AddPerson(a, i, end, "first-name");
    i = end - 1;
  }
}

void EntityExtractor::FindAcronyms(const Analysis& a) {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  std::unordered_map<std::string, int32_t> defined;  // acronym text -> found_ index of its entity
  for (uint32_t i = 1; i + 2 < n; ++i) {
    if (Key(a, i) != "(" || Key(a, i + 2) != ")") continue;
    const MatchToken& acro = tokens_[i + 1];
    const Token& at = a.tokens[acro.token];
    if (at.kind != TokenKind::kWord || !at.has(kTokAllCaps) || acro.end - acro.start > 12) continue;
    std::string text(std::string_view(a.text).substr(acro.start, acro.end - acro.start));
    int32_t long_form = claimed_[i - 1];
    const char initial = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    if (long_form >= 0) {
      // Only an organisation gets an acronym, and its name must hold the first letter as an
      // initial: "Somalia (AP)" names an agency, not Somalia.
      const Found& lf = found_[long_form];
      if (lf.type != MentionType::kOrg) continue;
      bool has_initial = false;
      for (uint32_t k = lf.begin; k < lf.end; ++k) {
        std::string_view key = Key(a, k);
        has_initial = has_initial || (!key.empty() && key[0] == initial);
      }
      if (!has_initial) continue;
    } else {
      // An unlisted long form ending right before the parenthesis. It starts at the word from
      // which the initials of the content words (not stop words, not elisions) spell the
      // acronym: "Groupe d'action contre le trafic (GACT)", "Regional Action Group (RAG)".
      // Failing that, at the farthest capitalised word, in the run of capitalised words and
      // small words before the parenthesis, that has the acronym's first letter.
      uint32_t lo = i;
      while (lo > 0 && i - lo < 14 && !Claimed(lo - 1) && IsWordToken(a, tokens_[lo - 1])) --lo;
      uint32_t cap_lo = i;
      while (cap_lo > lo && (tokens_[cap_lo - 1].capitalized || IsStop(a, cap_lo - 1) ||
                             a.tokens[tokens_[cap_lo - 1].token].has(kTokElision))) {
        --cap_lo;
      }
      std::string want = FoldString(text);
      std::string initials;  // of the content words from k to i, built backwards
      uint32_t spelled = i, farthest = i;
      for (uint32_t k = i; k > lo; --k) {
        uint32_t w = k - 1;
        if (IsStop(a, w) || IsParticle(a, w) || a.tokens[tokens_[w].token].has(kTokElision)) continue;
        std::string_view key = Key(a, w);
        if (key.empty()) continue;
        initials.insert(initials.begin(), key[0]);
        if (w >= cap_lo && tokens_[w].capitalized && key[0] == initial) farthest = w;
        if (initials == want) {
          spelled = w;
          break;
        }
        if (initials.size() > want.size()) break;
      }
      uint32_t b = spelled < i ? spelled : farthest;
      if (i - b < 2) continue;
      Found f = FoundAt(b, i, MentionType::kOrg, "org:" + Slugify(text), "acronym-definition");
      f.name = std::string(std::string_view(a.text).substr(f.start, f.stop - f.start));
      Claim(f);
      long_form = claimed_[i - 1];
    }
    const Found& target = found_[long_form];
    defined[text] = long_form;
    if (!Claimed(i + 1)) {
      Found f = target;
      f.begin = i + 1;
      f.end = i + 2;
      f.start = acro.start;
      f.stop = acro.end;
      f.rule = "acronym";
      Claim(f);
    }
  }
  if (defined.empty()) return;
  // Later uses of a defined acronym.
  for (uint32_t i = 0; i < n; ++i) {
    if (Claimed(i)) continue;
    const MatchToken& t = tokens_[i];
    auto it = defined.find(std::string(std::string_view(a.text).substr(t.start, t.end - t.start)));
    if (it == defined.end()) continue;
    Found f = found_[it->second];
    f.begin = i;
    f.end = i + 1;
    f.start = t.start;
    f.stop = t.end;
    f.rule = "acronym";
    Claim(f);
  }
}

void EntityExtractor::LinkSurnames(const Analysis& a) {
  // Surname (last word) of every person named with two words or more -> that person's id.
  KeySet surnames;
  std::vector<std::string> ids;  // by surname index (copies: found_ grows below)
  for (const Found& f : found_) {
    if (f.type != MentionType::kPer || f.end - f.begin < 2 || f.dropped) continue;
    uint32_t index = surnames.Insert(std::string(Key(a, f.end - 1)));
    if (index == ids.size()) ids.push_back(f.id);
  }
  if (ids.empty()) return;
  auto id_of = [&](uint32_t i) -> const std::string* {
    uint32_t index = surnames.Find(tokens_[i].hash, Key(a, i));
    return index == KeySet::kNone ? nullptr : &ids[index];
  };
  // Single-word people ("M. Bourita") take the full name's id.
  for (Found& f : found_) {
    if (f.type != MentionType::kPer || f.end - f.begin != 1) continue;
    if (const std::string* id = id_of(f.begin)) f.id = *id;
  }
  // Bare surnames elsewhere ("Bourita a salué...").
  for (uint32_t i = 0; i < tokens_.size(); ++i) {
    // The surname probe first: a small set behind a filter turns nearly every token away,
    // where IsNameWord would look the token up in the stop words.
    const std::string* id = id_of(i);
    if (id == nullptr) continue;
    bool arabic = ArabicAt(i);
    if (!IsNameWord(a, i, arabic)) continue;
    Claim(FoundAt(i, i + 1, MentionType::kPer, *id, "surname"));
  }
}

void EntityExtractor::Emit(Analysis* a) {
  std::vector<const Found*> order;
  order.reserve(found_.size());
  for (const Found& f : found_) {
    if (!f.dropped) order.push_back(&f);
  }
  std::sort(order.begin(), order.end(), [](const Found* x, const Found* y) { return x->start < y->start; });
  // Full names of people found by rule, for their display name. Keys and names are views of
  // found_, which outlives this function's maps: no string is copied to look one up.
  std::unordered_map<std::string_view, std::string_view> person_names;
  for (const Found* f : order) {
    if (f->type == MentionType::kPer && !f->name.empty()) {
      std::string_view& name = person_names[f->id];
      if (f->name.size() > name.size()) name = f->name;
    }
  }
  std::unordered_map<std::string_view, size_t> index;  // entity id -> a->entities index
  const uint32_t title_end = a->body_start;
  for (const Found* f : order) {
    Mention m;
    m.span = {f->start, f->stop};
    m.type = f->type;
    m.entity = f->id;
    m.rule = f->rule;
    m.within = f->within;
    a->mentions.push_back(std::move(m));
    auto it = index.find(f->id);
    if (it == index.end()) {
      DocEntity e;
      e.id = f->id;
      e.type = f->type;
      e.first = f->start;
      int64_t lex = lexicon_.Find(f->id);
      if (lex >= 0) {
        const Entity& le = lexicon_.entities()[lex];
        e.kind = le.kind;
        e.name = le.name;
        e.country = le.country;
      } else {
        e.kind = f->kind.empty() ? "other" : f->kind;
        e.name = f->type == MentionType::kPer ? person_names[f->id] : f->name;
        if (e.name.empty()) e.name = a->text.substr(f->start, f->stop - f->start);
        e.country = f->country;
      }
      it = index.emplace(f->id, a->entities.size()).first;
      a->entities.push_back(std::move(e));
    }
    DocEntity& e = a->entities[it->second];
    ++e.count;
    // Salience: each mention counts, more in the title and the first sentences.
    double weight = 1.0;
    if (f->start < title_end) weight += 2.0;
    else if (f->start < title_end + 400) weight += 1.0;
    e.salience += weight;
  }
  double top = 0;
  for (const DocEntity& e : a->entities) top = std::max(top, e.salience);
  for (DocEntity& e : a->entities) e.salience = top > 0 ? std::round(1000 * e.salience / top) / 1000 : 0;
  std::stable_sort(a->entities.begin(), a->entities.end(),
                   [](const DocEntity& x, const DocEntity& y) { return x.salience > y.salience; });
}

void EntityExtractor::Extract(Analysis* a) {
  a->mentions.clear();
  a->demonyms.clear();
  a->entities.clear();
  found_.clear();
  demonym_spans_.clear();
  BuildMatchTokens(*a, &tokens_);
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  arabic_token_.resize(n);
  for (uint32_t i = 0; i < n; ++i) arabic_token_[i] = IsArabicToken(a->text, tokens_[i]);
  claimed_.assign(n, -1);
  demonym_token_.assign(n, 0);
  title_token_.assign(n, 0);
  sentence_end_.assign(n, n);
  {
    // End token of each match token's sentence.
    uint32_t s = 0;
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t tok = tokens_[i].token;
      while (s < a->sentences.size() && a->sentences[s].end_token <= tok) ++s;
      uint32_t end_tok = s < a->sentences.size() ? a->sentences[s].end_token : static_cast<uint32_t>(a->tokens.size());
      sentence_end_[i] = end_tok;  // an analysis-token index for now, converted below
    }
    // Convert analysis-token ends to match-token ends.
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t end_tok = sentence_end_[i];
      if (m < i) m = i;
      while (m < n && tokens_[m].token < end_tok) ++m;
      sentence_end_[i] = m;
    }
  }
  MatchLexicon(*a);
  for (const DemonymSpan& d : demonym_spans_) a->demonyms.push_back({{d.start, d.stop}, d.country});
  FindInstitutions(*a);
  FindPeople(*a);
  FindAcronyms(*a);
  FindNamedBodies(*a);
  LinkSurnames(*a);
  Emit(a);
}

}  // namespace vigie
