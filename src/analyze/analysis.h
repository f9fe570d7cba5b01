// Analysis: everything vigie finds in one document, computed once by the Analyzer and read by
// every later stage (output, storage, evaluation). Offsets are byte offsets into `text`, the
// analysed text; the JSON output converts them to code points.
#ifndef VIGIE_ANALYZE_ANALYSIS_H_
#define VIGIE_ANALYZE_ANALYSIS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/name.h"
#include "read/document.h"
#include "text/dateline.h"
#include "text/fold.h"
#include "text/langid.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace vigie {

enum class MentionType : uint8_t { kPer, kOrg, kLoc, kDate, kQuantity };

struct Mention {
  Span span;
  MentionType type = MentionType::kLoc;
  std::string entity;  // canonical id, empty when unresolved
  std::string value;   // normalised value: ISO date for DATE, decimal number for QUANTITY
  std::string detail;  // QUANTITY: killed, injured, arrested, kidnapped, displaced, attackers, other
  std::string rule;    // what found it: "lexicon", "title+name", "first-name", "acronym", ...
  std::string within;  // LOC named by rule ("stade de Gao"): the place it lies in, when known
};

// A demonym or adjective of nationality ("marocain", "Nigerian", "المالي"): evidence of a
// country, not a mention of a place.
struct DemonymMention {
  Span span;
  std::string country;  // ISO alpha-2
};

// One entity of the document: what its mentions name.
struct DocEntity {
  std::string id;
  MentionType type = MentionType::kOrg;  // PER, ORG or LOC
  std::string kind;
  std::string name;
  std::string country;
  int count = 0;
  double salience = 0;
  uint32_t first = 0;  // byte offset of its first mention
};

// A place the story names, resolved to a point.
struct Place {
  std::string entity;   // canonical id: geonames:<id>, iso3166-2:<code>, place:<slug>, country:XX...
  std::string name;
  std::string kind;     // continent, region, country, admin1, city, place
  std::string country;  // ISO alpha-2, empty for places across borders
  std::string admin1;   // ISO 3166-2 of its first-level division, when known
  double lat = 0, lon = 0;
  int64_t geonameid = 0;  // 0 when not a GeoNames place
  int count = 0;          // mentions
  double score = 0;       // weighted mentions (title and lead count more, a dateline less)
  bool focus = false;     // one of the places the story is about
  bool dateline_only = false;
};

// A country the story concerns.
struct CountryScore {
  std::string code;  // ISO alpha-2
  double score = 0;  // relative: the best has 1
  bool focus = false;
};

// Someone who does or undergoes an event.
struct EventActor {
  std::string entity;  // canonical id, empty when the actor has no entity (gunmen, villagers)
  std::string name;
  std::string country;  // ISO alpha-2 or empty
  Name kind;            // gov, military, police, igo, armed_group, civilians, media, other
  Span span{0, 0};      // where the text names it ({0, 0} when inferred: an unidentified armed group)
};

// Who did what to whom, where and when (PLOVER), with the sentence and the rule that said it.
struct Event {
  Name type;  // AGREE ... ASSAULT
  Name mode;  // explosion, firearms, abduct, arrest, ...; empty when none
  bool has_source = false, has_target = false;
  EventActor source, target;
  std::string place;  // a places[] entity, empty when unknown
  std::string date;   // ISO, at the precision known
  int fatalities = -1;  // -1: not given
  int injured = -1;
  // The toll is only a vague plural ("killing dozens of soldiers", "hundreds wounded"): it counts
  // as a toll while events are found, and is given as unknown (-1) at the end (docs/annotation.md
  // section 5: `scores`, `des dizaines` -> null).
  bool vague_fatalities = false, vague_injured = false;
  std::vector<std::string> contexts;
  Span sentence{0, 0};
  Span trigger{0, 0};
  std::string rule;
  double confidence = 1.0;
  bool main = false;
  int mentions = 1;  // how many times the text tells it
  // Views for users of other datasets (data/events/mappings.tsv).
  std::string acled_event_type, acled_sub_event_type, cameo_root;
  bool nominal = false;  // said by a noun ("the attack"), not a verb: a verb's actors are surer
  // Dated well before the publication ("pledged allegiance in 2019"): what the story recalls,
  // not what it reports; never the main event.
  bool background = false;
  // The place is the dateline's alone (where the report was filed): a retelling at a place of its
  // own may be the same event.
  bool place_from_dateline = false;
};

// A threat or topic category of the document, with what made it fire.
struct Category {
  std::string id;
  double score = 0;
  std::vector<std::string> evidence;
};

struct Analysis {
  Document doc;
  // The analysed text: NFC title, a blank line, NFC body; or the body alone.
  std::string text;
  uint32_t body_start = 0;  // byte offset of the body in `text`
  LanguageGuess lang;
  std::optional<Dateline> dateline;  // offsets into `text`
  std::vector<Token> tokens;
  std::vector<SentenceSpan> sentences;
  FoldedText folded;
  std::vector<Mention> mentions;  // filled by the entities stage, in text order
  std::vector<DemonymMention> demonyms;
  std::vector<DocEntity> entities;  // most salient first
  std::vector<Place> places;        // focus first, then by score
  std::vector<CountryScore> countries;  // best first
  // What else the document is about (sport, economy, entertainment...: data/categories/
  // contexts.tsv), found before events so that a game's "attack" is no assault.
  std::vector<std::string> topics;
  std::vector<Event> events;        // in text order; one is main when there are any
  std::vector<Category> categories;  // best first
  std::vector<std::string> warnings;

  std::string_view Slice(Span s) const { return std::string_view(text).substr(s.start, s.end - s.start); }
  std::string_view Slice(const Token& t) const { return std::string_view(text).substr(t.start, t.end - t.start); }

  // Whether `s` opens the title right before its colon: the headline's label, the place or body
  // the story is filed under ("Togo : huit accusés condamnés", "تونس: أحكام", "Mauritanie\u00a0: ...").
  // An actor right before a colon later in the title is the headline's own ("Opération coordonnée
  // par Interpol : 63 arrestations").
  bool IsTitleLabel(Span s) const {
    if (s.end == 0 || s.end >= body_start || s.start != text.find_first_not_of(" \t\n\"'\xC2\xAB")) return false;
    size_t i = text.find_first_not_of(" \t", s.end);
    if (i != std::string::npos && text.compare(i, 2, "\xC2\xA0") == 0) i = text.find_first_not_of(" \t", i + 2);
    return i != std::string::npos && text[i] == ':';
  }
};

}  // namespace vigie

#endif  // VIGIE_ANALYZE_ANALYSIS_H_
