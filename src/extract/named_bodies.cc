// Bodies and places that no list holds, found by the head word of their name (see
// data/lexicon/name_heads.tsv for the roles): French and Arabic names open with their head and
// go on with the words of a name; English names are runs of capitalised words that hold a head.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/entities.h"
#include "text/fold.h"
#include "text/tokenizer.h"
#include "text/word_list.h"

namespace vigie {
namespace {

constexpr uint32_t kMaxNameTokens = 12;

// A word with the article and at least two letters after it (not إلى, folded الي).
bool StartsWithArticle(std::string_view key) { return key.size() >= 8 && key.substr(0, 4) == "\xD8\xA7\xD9\x84"; }

// The proclitic before an alternative key is و or ف alone (a conjunction), not a preposition.
bool ConjunctionOnly(std::string_view folded, const MatchToken& t, uint8_t k) {
  std::string_view prefix = folded.substr(t.fstart, t.alt_fstart[k] - t.fstart);
  return prefix == "\xD9\x88" || prefix == "\xD9\x81";
}

}  // namespace

Status EntityExtractor::LoadNameHeads(const std::string& path) {
  Result<std::vector<WordListEntry>> rows = LoadWordList(path);
  if (!rows.ok()) return rows.status();
  for (const WordListEntry& row : *rows) {
    std::string where = path + ":" + std::to_string(row.line) + ": ";
    if (row.fields.size() < 4) return Status::InvalidInput(where + "expected lang, words, role, type");
    const std::string& lang = row.fields[0];
    const std::string& role = row.fields[2];
    HeadLang l = lang == "fr" ? kHeadFr : lang == "en" ? kHeadEn : lang == "ar" ? kHeadAr : kHeadLangs;
    if (l == kHeadLangs) return Status::InvalidInput(where + "lang must be fr, en or ar");
    std::string folded = FoldString(row.fields[1]);
    if (role == "word") {
      name_words_fr_.Insert(folded);
      continue;
    }
    if (role == "qual") {
      qualifiers_ar_.Insert(folded);
      continue;
    }
    if (role == "stop") {
      stops_ar_.Insert(folded);
      continue;
    }
    if (role == "division") {
      division_words_[l].Insert(folded);
      continue;
    }
    if (role == "cue") {
      if (l != kHeadAr) return Status::InvalidInput(where + "cue words are Arabic");
      country_cues_ar_.Insert(folded);
      continue;
    }
    NameHead h;
    if (role == "cap") h.role = kHeadCap;
    else if (role == "low") h.role = kHeadLow;
    else if (role == "weak") h.role = kHeadWeak;
    else if (role == "def") h.role = kHeadDef;
    else if (role == "name") h.role = kHeadName;
    else if (role == "place") h.role = kHeadPlace;
    else if (role == "last") h.role = kHeadLast;
    else return Status::InvalidInput(where + "unknown role '" + role + "'");
    if (row.fields[3] == "ORG") h.type = MentionType::kOrg;
    else if (row.fields[3] == "LOC") h.type = MentionType::kLoc;
    else return Status::InvalidInput(where + "type must be ORG or LOC");
    h.keys = KeysOfAlias(row.fields[1]).keys;
    if (h.keys.empty()) return Status::InvalidInput(where + "no words");
    uint32_t index = head_keys_[l].Insert(h.keys[0]);
    if (index >= heads_[l].size()) heads_[l].resize(index + 1);
    heads_[l][index].push_back(std::move(h));
  }
  return Status::Ok();
}

void EntityExtractor::FindNamedBodies(const Analysis& a) {
  const uint32_t n = static_cast<uint32_t>(tokens_.size());
  const std::string_view folded = a.folded.text;
  auto word = [&](uint32_t i) { return a.tokens[tokens_[i].token].kind == TokenKind::kWord; };
  auto arabic = [&](uint32_t i) { return a.tokens[tokens_[i].token].has(kTokArabic); };
  auto elision = [&](uint32_t i) { return a.tokens[tokens_[i].token].has(kTokElision); };
  // The claimed mention starting at i, if a PER, ORG or LOC one.
  auto entity_at = [&](uint32_t i) -> const Found* {
    if (!Claimed(i)) return nullptr;
    const Found& f = found_[claimed_[i]];
    if (f.begin != i || f.dropped) return nullptr;
    if (f.type != MentionType::kPer && f.type != MentionType::kOrg && f.type != MentionType::kLoc) return nullptr;
    return &f;
  };
  // Is every token of [b, e) free, or covered by mentions lying wholly inside it?
  auto free_inside = [&](uint32_t b, uint32_t e) {
    for (uint32_t i = b; i < e; ++i) {
      if (!Claimed(i)) continue;
      const Found& f = found_[claimed_[i]];
      if (f.begin < b || f.end > e) return false;
      if (f.begin == b && f.end == e) return false;  // already this very mention
    }
    return true;
  };
  // A place the gazetteer knows, in the mention at token i.
  auto located_at = [&](uint32_t i) -> std::string {
    if (!Claimed(i)) return {};
    const Found& f = found_[claimed_[i]];
    if (f.type != MentionType::kLoc || f.dropped) return {};
    int64_t e = lexicon_.Find(f.id);
    return e >= 0 && lexicon_.entities()[e].located ? f.id : std::string();
  };
  // `start`, when given, is where the mention begins inside token b (after a proclitic).
  auto add = [&](uint32_t b, uint32_t e, MentionType type, uint32_t start = 0) {
    if (e - b < 2 || !free_inside(b, e)) return;
    Found f = FoundAt(b, e, type, "", "name-head");
    if (start > f.start && start < f.stop) f.start = start;
    f.name = std::string(std::string_view(a.text).substr(f.start, f.stop - f.start));
    f.id = (type == MentionType::kOrg ? "org:" : "loc:") + Slugify(f.name);
    f.kind = type == MentionType::kOrg ? "other" : "place";
    if (type == MentionType::kLoc) {
      // Where it lies: a place inside its name ("marché de Gao"), else one named right after
      // it ("le stade Félix-Houphouët-Boigny d'Abidjan", "Kainji Lake in Niger State").
      for (uint32_t i = b; i < e && f.within.empty(); ++i) f.within = located_at(i);
      const uint32_t limit = SentenceEnd(b);
      for (uint32_t i = e; i < limit && i < e + 4 && f.within.empty(); ++i) {
        f.within = located_at(i);
        if (Claimed(i)) break;
      }
    }
    Claim(f);
  };
  // The heads that open at token i, longest first; `key_from` is where the key of token i starts
  // in the folded text (after an Arabic proclitic).
  auto heads_at = [&](HeadLang l, uint32_t i, std::string_view first, uint64_t hash,
                      std::vector<std::pair<const NameHead*, uint32_t>>* out) {
    uint32_t index = head_keys_[l].Find(hash, first);
    if (index == KeySet::kNone) return;
    for (const NameHead& h : heads_[l][index]) {
      uint32_t j = i + 1;
      size_t k = 1;
      while (k < h.keys.size() && j < n && Key(a, j) == h.keys[k]) {
        ++k;
        ++j;
      }
      if (k == h.keys.size()) out->push_back({&h, j});
    }
    std::stable_sort(out->begin(), out->end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  };

  const bool english = a.lang.code == "en";
  const bool french = a.lang.code == "fr";
  std::vector<std::pair<const NameHead*, uint32_t>> found_heads;

  // English: runs of capitalised words ("Court of Auditors", "U.S. Treasury Department") that
  // hold a head. A headline in title case is left alone.
  if (english) {
    uint32_t body_token = 0;
    while (body_token < n && tokens_[body_token].start < a.body_start) ++body_token;
    bool title_case = false;
    {
      uint32_t words = 0, caps = 0;
      for (uint32_t i = 0; i < body_token; ++i) {
        if (!word(i) || IsStop(a, i)) continue;
        ++words;
        caps += tokens_[i].capitalized ? 1 : 0;
      }
      title_case = words >= 4 && caps * 10 > words * 7;
    }
    uint32_t i = title_case ? body_token : 0;
    while (i < n) {
      if (!word(i) || !tokens_[i].capitalized || arabic(i)) {
        ++i;
        continue;
      }
      uint32_t limit = SentenceEnd(i);
      // A run stops at a title or a person: "Force Commander Major General Musa" is no name.
      auto person_or_title = [&](uint32_t k) {
        return title_token_[k] || (Claimed(k) && found_[claimed_[k]].type == MentionType::kPer);
      };
      if (person_or_title(i)) {
        ++i;
        continue;
      }
      // Two tokens on one line: a name does not run over a line break (a headline, a list).
      auto same_line = [&](uint32_t x, uint32_t y) {
        return std::string_view(a.text).substr(tokens_[x].end, tokens_[y].start - tokens_[x].end).find('\n') ==
               std::string_view::npos;
      };
      uint32_t e = i + 1;
      while (e < limit && e - i < kMaxNameTokens) {
        if (person_or_title(e) || !same_line(e - 1, e)) break;
        if (word(e) && tokens_[e].capitalized && !a.tokens[tokens_[e].token].has(kTokPossessive)) {
          ++e;
          continue;
        }
        // Small words between capitalised ones: "Court of Auditors", "Council for the Safeguard".
        uint32_t l = e;
        while (l < limit && l - e < 2) {
          std::string_view k = Key(a, l);
          if (k != "of" && k != "for" && k != "and" && k != "the" && k != "de") break;
          ++l;
        }
        if (l > e && l < limit && word(l) && tokens_[l].capitalized && !person_or_title(l) && same_line(e - 1, l)) {
          e = l + 1;
          continue;
        }
        break;
      }
      // Leading small words, titles ("The", "Mr") stay outside.
      uint32_t b = i;
      while (b < e && (IsStop(a, b) || title_token_[b])) ++b;
      bool any = false;
      MentionType type = MentionType::kLoc;
      for (uint32_t j = b; j < e; ++j) {
        if (Claimed(j)) continue;  // "Office" in "United Nations Office of Counter-Terrorism" is taken
        uint32_t index = head_keys_[kHeadEn].Find(tokens_[j].hash, Key(a, j));
        if (index == KeySet::kNone) continue;
        for (const NameHead& h : heads_[kHeadEn][index]) {
          if (h.keys.size() != 1 || (h.role == kHeadLast && j + 1 != e)) continue;
          if (!any || h.type == MentionType::kOrg) type = h.type;  // an organisation head wins: "Operation Lake Dawn"
          any = true;
        }
      }
      if (any) add(b, e, type);
      i = e;
    }
    return;
  }

  for (uint32_t i = 0; i < n; ++i) {
    if (Claimed(i) || !word(i)) continue;
    const uint32_t limit = SentenceEnd(i);
    if (arabic(i)) {
      // Arabic: the head, with or without a proclitic (بوزارة), then a name in the shape of a
      // construct chain: right after the head, a word with the article or a construct noun
      // before one ("مكتب مراقبة الأصول"); after that, adjectives (the nisba ending, a
      // qualifier, a demonym: "الرقمي", "الوطنية", "الإسبانية"), and one part joined by و for a
      // body's head ("وإصلاح الإدارة"). A noun with the article further on is more often the
      // sentence going on ("وزارة الإسكان الدعم المالي": the ministry, then what it gave).
      found_heads.clear();
      heads_at(kHeadAr, i, Key(a, i), tokens_[i].hash, &found_heads);
      bool head_preposition = false;
      uint32_t head_start = 0;  // after the proclitic, when there is one: "فمطار عدن" is "مطار عدن"
      for (uint8_t k = 0; k < tokens_[i].num_alts && found_heads.empty(); ++k) {
        // A proclitic, not the article: بوزارة is وزارة, المنظمة is no منظمة.
        if (tokens_[i].alt_fstart[k] >= 4 && folded.substr(tokens_[i].alt_fstart[k] - 4, 4) == "\xD8\xA7\xD9\x84") continue;
        std::string_view alt = folded.substr(tokens_[i].alt_fstart[k], tokens_[i].fend - tokens_[i].alt_fstart[k]);
        heads_at(kHeadAr, i, alt, tokens_[i].alt_hash[k], &found_heads);
        head_preposition = !found_heads.empty() && !ConjunctionOnly(folded, tokens_[i], k);
        if (!found_heads.empty()) head_start = tokens_[i].alt_start[k];
      }
      if (found_heads.empty() || title_token_[i]) continue;
      const NameHead& h = *found_heads[0].first;
      // Only a body's head keeps its sense after a preposition: "بوزارة الخارجية", but "بمركز
      // تجاري" is "in a shopping centre".
      if (head_preposition && h.role != kHeadLow) continue;
      uint32_t j = found_heads[0].second, end = j;
      uint32_t words = 0;
      bool qualified = false, entity = false, titled = false, joined = false, last_adjective = false;
      const uint32_t max_words = h.role == kHeadPlace || h.role == kHeadName ? 3 : 7;
      while (j < limit && words < max_words) {
        if (const Found* f = entity_at(j)) {
          // A person names a body right after its head or a title ("جامعة محمد السادس"), not
          // further on ("وزارة الداخلية عبد الوافي لفتيت" is a ministry, then its minister);
          // a place after a preposition is where, not a name ("بجدة").
          if (f->type == MentionType::kPer && words > 0 && !titled) break;
          if (f->start > tokens_[j].start && tokens_[j].num_alts > 0) break;
          entity = true;
          j = end = f->end;
          if (f->type == MentionType::kLoc) break;  // "جامعة الموصل", "حكومة مالي": a place ends it
          continue;
        }
        if (Claimed(j) || !word(j) || !arabic(j) || IsStop(a, j)) break;
        if (title_token_[j]) {  // "ملعب الأمير مولاي عبد الله"
          if (words > 0) break;
          titled = true;
          ++j;
          continue;
        }
        std::string k(Key(a, j));
        // و joining two parts of a name; other proclitics are prepositions: "برئاسة", "لجمع".
        bool preposition = false, conjunction = false;
        if (tokens_[j].num_alts > 0 && !StartsWithArticle(k)) {
          if (ConjunctionOnly(folded, tokens_[j], 0)) {
            k = std::string(folded.substr(tokens_[j].alt_fstart[0], tokens_[j].fend - tokens_[j].alt_fstart[0]));
            conjunction = true;
          } else {
            preposition = true;
          }
        }
        if (preposition || stops_ar_.Contains(k)) break;
        if (conjunction && (joined || h.role != kHeadLow || words == 0)) break;
        bool definite = StartsWithArticle(k) || demonym_token_[j];
        bool adjective = demonym_token_[j] || qualifiers_ar_.Contains(k) ||
                         (definite && (k.size() >= 2 && (k.compare(k.size() - 2, 2, "\xD9\x8A") == 0 ||
                                                         (k.size() >= 4 && k.compare(k.size() - 4, 4, "\xD9\x8A\xD9\x87") == 0))));
        if (!definite) {
          // A construct noun, right after the head or after و, before a word with the article.
          if (k.size() < 6 || h.role == kHeadDef || h.role == kHeadPlace || (words > 0 && !conjunction)) break;
          bool next_ok = j + 1 < limit && word(j + 1) && arabic(j + 1) && !Claimed(j + 1) &&
                         StartsWithArticle(Key(a, j + 1)) && !IsStop(a, j + 1) &&
                         !stops_ar_.Contains(tokens_[j + 1].hash, Key(a, j + 1));
          if (!next_ok) break;
        } else if (words > 0 && !adjective && !conjunction) {
          break;
        }
        joined = joined || conjunction;
        last_adjective = adjective;
        ++words;
        qualified = qualified || qualifiers_ar_.Contains(k) || demonym_token_[j];
        end = ++j;
        if (!definite) {  // the word with the article that completes the construct
          last_adjective = false;
          ++words;
          end = ++j;
        }
      }
      bool ok = false;
      switch (h.role) {
        case kHeadLow: ok = words >= 1 || entity; break;
        // An everyday noun heads a name when something marks it as one: "مكتب مراقبة الأصول
        // الأجنبية", not "حركة مرور المقالات".
        case kHeadWeak: ok = qualified || entity || (words >= 2 && last_adjective); break;
        case kHeadDef: ok = qualified; break;
        case kHeadPlace: ok = words >= 1 || entity; break;
        case kHeadName: ok = entity || titled; break;
        default: break;
      }
      if (ok) add(i, end, h.type, head_start);
      continue;
    }
    if (!french) continue;
    // French: the head, then the vocabulary of names, capitalised words and known entities,
    // joined by small words.
    found_heads.clear();
    heads_at(kHeadFr, i, Key(a, i), tokens_[i].hash, &found_heads);
    const bool cap = tokens_[i].capitalized;
    const NameHead* head = nullptr;
    uint32_t head_end = 0;
    for (const auto& [h, e] : found_heads) {
      if (h->role == kHeadCap && !cap) continue;
      head = h;
      head_end = e;
      break;
    }
    if (head == nullptr) continue;
    const bool name_only = head->role == kHeadName;
    uint32_t j = head_end, end = head_end;
    uint32_t vocab = 0;
    bool capital = false, entity = false;
    bool generic = false;  // an unknown noun pending, since the last name word
    while (j < limit && j - i < kMaxNameTokens) {
      if (const Found* f = entity_at(j)) {
        if (f->type == MentionType::kOrg && !name_only && head->role != kHeadLow) break;
        if (f->type == MentionType::kPer && !name_only && (vocab > 0 || capital)) break;
        entity = true;
        generic = false;
        j = end = f->end;
        continue;
      }
      if (Claimed(j)) break;
      std::string_view k = Key(a, j);
      // A list of portfolios: "ministère de la Communication, des Télécommunications et de
      // l'Économie numérique".
      if (k == "," && capital && !name_only && end == j && j + 2 < limit) {
        std::string_view k1 = Key(a, j + 1);
        uint32_t c = j + 2;
        if ((k1 == "de" || k1 == "du" || k1 == "des") && c < limit && (Key(a, c) == "la" || elision(c))) ++c;
        if ((k1 == "de" || k1 == "du" || k1 == "des" || elision(j + 1)) && c < limit && word(c) &&
            tokens_[c].capitalized && !Claimed(c)) {
          j = c;
          continue;
        }
      }
      bool link = elision(j) || k == "de" || k == "du" || k == "des" || k == "la" || k == "le" || k == "les" ||
                  (!name_only && (k == "pour" || k == "et" || k == "en" || k == "contre" || k == "sur" || k == "a" ||
                                  k == "aux" || k == "au" || k == "dans"));
      if (link) {
        // "stade Félix-Houphouët-Boigny d'Abidjan": once named, "de" and a town say where it is.
        const Found* next = j + 1 < limit ? entity_at(j + 1) : nullptr;
        if (name_only && end > head_end && next != nullptr && next->type == MentionType::kLoc) break;
        ++j;
        continue;
      }
      if (!word(j)) break;
      if (tokens_[j].capitalized && !IsStop(a, j)) {
        capital = true;
        generic = false;
        end = ++j;
        continue;
      }
      if (name_only && end == head_end) break;  // a name must come first: not "opération de ratissage"
      if (!name_only && name_words_fr_.Contains(tokens_[j].hash, k)) {
        ++vocab;
        generic = false;
        end = ++j;
        continue;
      }
      // Another noun right after a preposition may go on a name when name words follow it
      // ("Agence nationale de cybersécurité et de protection"): it counts only if they do.
      std::string_view before = j > 0 ? Key(a, j - 1) : std::string_view();
      if (!name_only && !generic && (before == "de" || before == "des" || before == "du" || before == "pour" ||
                                     before == "contre" || (j > 0 && elision(j - 1)))) {
        generic = true;
        ++j;
        continue;
      }
      break;
    }
    bool ok = false;
    if (name_only) {
      ok = capital || entity;
    } else if (cap && !tokens_[i].sentence_start) {
      ok = end > head_end;
    } else {
      ok = capital || entity || vocab >= 2 || (cap && vocab >= 1);
    }
    if (ok) add(i, end, head->type);
    if (ok) i = end - 1;
  }
}

}  // namespace vigie
