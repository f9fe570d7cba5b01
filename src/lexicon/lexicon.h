// The lexicon: canonical entities (people, organisations, places) and the surface forms that
// name them in each language, loaded from data/lexicon (see data/lexicon/FORMAT.md).
//
// Immutable after Load and thread-safe to read. Errors name the file and line.
#ifndef VIGIE_LEXICON_LEXICON_H_
#define VIGIE_LEXICON_LEXICON_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/hash.h"
#include "common/status.h"

namespace vigie {

enum class EntityType : uint8_t { kPer, kOrg, kLoc };

std::string_view EntityTypeName(EntityType type);  // "PER", "ORG", "LOC"

struct Entity {
  std::string id;       // "country:MA", "org:unoct", "person:nasser-bourita"
  EntityType type = EntityType::kOrg;
  std::string kind;     // igo, gov, military, ... / continent, region, country ... / official ...
  std::string country;  // ISO 3166-1 alpha-2, empty when none
  std::string name;     // canonical display name
  std::vector<std::pair<std::string, std::string>> attributes;
  // Places from the gazetteer: coordinates and population (0 when unknown).
  double lat = 0, lon = 0;
  int64_t population = 0;
  bool listed = false;   // a place the project's own alias tables name (news knows it)
  bool located = false;  // lat/lon hold a real point (places, divisions, countries, regions)

  // The value of attribute `key`, or empty.
  std::string_view Attribute(std::string_view key) const;
};

inline constexpr uint8_t kAliasCaseSensitive = 1 << 0;  // "cs": capitals must match as written
inline constexpr uint8_t kAliasDemonym = 1 << 1;        // names the country as an attribute
inline constexpr uint8_t kAliasAmbiguous = 1 << 2;      // also a common word or another name
inline constexpr uint8_t kAliasGazetteer = 1 << 3;      // a place name from the gazetteer
// "cue": an ambiguous Arabic country form that a place word before it confirms ("في مالي",
// "شمال النيجر"; مالي is also "financial")
inline constexpr uint8_t kAliasCue = 1 << 4;

struct Alias {
  uint32_t entity = 0;  // index into entities()
  std::string text;     // as written in the data file
  std::string lang;     // "fr", "en", "ar", ... or "all"
  uint8_t flags = 0;
};

class Lexicon {
 public:
  // Loads data_dir/lexicon/entities/*.tsv and data_dir/lexicon/aliases/<group>.<lang>.tsv,
  // then the gazetteer when data_dir/gazetteer/cities1000.txt is there (see LoadGazetteer).
  static Result<Lexicon> Load(const std::string& data_dir);

  // Adds the places of a GeoNames "cities1000" file (geonames:<id>, kind city), the African
  // first-level divisions of data/gazetteer/admin1_africa.tsv (iso3166-2:<code>, kind admin1)
  // and the project's aliases for Africa (data/gazetteer/aliases_africa.tsv). Place names that
  // are also common words of the other lists (`excluded`, folded) are left out; outside Africa
  // only towns of 15,000 people or more are kept.
  // Sets the centre of each country:<code> entity from a TSV of code, lat, lon.
  Status LoadCountryCentres(const std::string& path);
  Status LoadGazetteer(const std::string& cities_path, const std::string& gazetteer_dir,
                       const std::unordered_set<std::string>& excluded);

  // For tests and programmatic lexicons. AddEntity fails on a duplicate id.
  Result<uint32_t> AddEntity(Entity entity);
  Status AddAlias(std::string_view entity_id, std::string text, std::string lang, uint8_t flags);
  // A phrase lexicon's line: an entity `id` (type ORG, kind other, named `text`) carrying
  // `attributes`, with `text` as its one alias in `lang`. The event patterns, actor words and
  // category terms are lexicons of this kind, matched like any other.
  Status AddPhrase(const std::string& id, const std::string& text, const std::string& lang,
                   std::vector<std::pair<std::string, std::string>> attributes);

  const std::vector<Entity>& entities() const { return entities_; }
  const std::vector<Alias>& aliases() const { return aliases_; }
  // Index of the entity with `id`, or -1.
  int64_t Find(std::string_view id) const;

  // ISO codes of the members of continent:africa (empty when the lexicon lacks it).
  std::unordered_set<std::string> AfricanCountries() const;
  // Each country's national army (entities with role=national_army): ISO code -> entity index.
  std::unordered_map<std::string, uint32_t> NationalArmies() const;

 private:
  Status LoadEntities(const std::string& path);
  Status LoadAliases(const std::string& path, const std::string& lang);

  std::vector<Entity> entities_;
  std::vector<Alias> aliases_;
  // Entity id -> index, open addressing: each slot holds the id hash's high half and the
  // index + 1 (0: empty), and the table is at most half full. A lookup reads one slot and the
  // entity it names. The node-based unordered_map it replaces cost several cache misses a probe
  // over the gazetteer's ids, 2.5% of `analyze`'s time for a dozen lookups a document (perf).
  std::vector<uint64_t> id_slots_;
  void IndexId(uint32_t index);
};

}  // namespace vigie

#endif  // VIGIE_LEXICON_LEXICON_H_
