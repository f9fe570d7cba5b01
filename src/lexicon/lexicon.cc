#include "lexicon/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "common/data_dir.h"
#include "common/strings.h"
#include "text/fold.h"
#include "text/word_list.h"

namespace vigie {
namespace {

bool ValidKind(EntityType type, std::string_view kind) {
  static const char* const kOrg[] = {"igo", "gov", "military", "police", "armed_group", "party",
                                     "ngo", "media", "company", "club", "sports_body", "other"};
  static const char* const kLoc[] = {"continent", "region", "country", "admin1", "admin2", "city", "place"};
  static const char* const kPer[] = {"official", "leader", "militant", "other"};
  auto in = [&](const auto& list) {
    return std::any_of(std::begin(list), std::end(list), [&](const char* k) { return kind == k; });
  };
  switch (type) {
    case EntityType::kOrg: return in(kOrg);
    case EntityType::kLoc: return in(kLoc);
    case EntityType::kPer: return in(kPer);
  }
  return false;
}

std::vector<std::string> SortedFiles(const std::filesystem::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".tsv") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPer: return "PER";
    case EntityType::kOrg: return "ORG";
    case EntityType::kLoc: return "LOC";
  }
  return "ORG";
}

std::string_view Entity::Attribute(std::string_view key) const {
  for (const auto& [k, v] : attributes) {
    if (k == key) return v;
  }
  return {};
}

int64_t Lexicon::Find(std::string_view id) const {
  if (id_slots_.empty()) return -1;
  const uint64_t h = WordHash64(id);
  const uint64_t tag = h >> 32;
  const size_t mask = id_slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint64_t slot = id_slots_[i];
    if (slot == 0) return -1;
    if ((slot >> 32) == tag) {
      const uint32_t index = static_cast<uint32_t>(slot) - 1;
      if (entities_[index].id == id) return index;
    }
  }
}

void Lexicon::IndexId(uint32_t index) {
  const size_t mask = id_slots_.size() - 1;
  const uint64_t h = WordHash64(entities_[index].id);
  size_t i = h & mask;
  while (id_slots_[i] != 0) i = (i + 1) & mask;
  id_slots_[i] = (h >> 32) << 32 | (uint64_t{index} + 1);
}

Result<uint32_t> Lexicon::AddEntity(Entity entity) {
  if (Find(entity.id) >= 0) return Status::InvalidInput("duplicate entity id " + entity.id);
  const uint32_t index = static_cast<uint32_t>(entities_.size());
  entities_.push_back(std::move(entity));
  if (2 * entities_.size() > id_slots_.size()) {
    // Double (at least 64 slots) and put every id back.
    id_slots_.assign(std::max<size_t>(64, 2 * id_slots_.size()), 0);
    for (uint32_t k = 0; k < entities_.size(); ++k) IndexId(k);
  } else {
    IndexId(index);
  }
  return index;
}

Status Lexicon::AddAlias(std::string_view entity_id, std::string text, std::string lang, uint8_t flags) {
  int64_t e = Find(entity_id);
  if (e < 0) return Status::NotFound("unknown entity id " + std::string(entity_id));
  aliases_.push_back({static_cast<uint32_t>(e), std::move(text), std::move(lang), flags});
  return Status::Ok();
}

Status Lexicon::AddPhrase(const std::string& id, const std::string& text, const std::string& lang,
                          std::vector<std::pair<std::string, std::string>> attributes) {
  Entity e;
  e.id = id;
  e.type = EntityType::kOrg;
  e.kind = "other";
  e.name = text;
  e.attributes = std::move(attributes);
  Result<uint32_t> added = AddEntity(std::move(e));
  if (!added.ok()) return added.status();
  return AddAlias(id, text, lang, 0);
}

Status Lexicon::LoadEntities(const std::string& path) {
  Result<std::vector<WordListEntry>> rows = LoadWordList(path);
  if (!rows.ok()) return rows.status();
  for (const WordListEntry& row : *rows) {
    std::string where = path + ":" + std::to_string(row.line) + ": ";
    if (row.fields.size() < 5) return Status::InvalidInput(where + "expected id, type, kind, country, name");
    Entity e;
    e.id = row.fields[0];
    const std::string& type = row.fields[1];
    if (type == "PER") {
      e.type = EntityType::kPer;
    } else if (type == "ORG") {
      e.type = EntityType::kOrg;
    } else if (type == "LOC") {
      e.type = EntityType::kLoc;
    } else {
      return Status::InvalidInput(where + "type must be PER, ORG or LOC, not '" + type + "'");
    }
    e.kind = row.fields[2];
    if (!ValidKind(e.type, e.kind)) return Status::InvalidInput(where + "kind '" + e.kind + "' is not a " + type + " kind");
    e.country = row.fields[3] == "-" ? "" : row.fields[3];
    e.name = row.fields[4];
    if (row.fields.size() > 5) {
      for (std::string_view kv : Split(row.fields[5], ';')) {
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos) return Status::InvalidInput(where + "attribute '" + std::string(kv) + "' lacks '='");
        e.attributes.emplace_back(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
      }
    }
    // Regions and continents carry their centre as attributes.
    std::string_view lat = e.Attribute("lat"), lon = e.Attribute("lon");
    if (!lat.empty() && !lon.empty()) {
      e.lat = std::strtod(std::string(lat).c_str(), nullptr);
      e.lon = std::strtod(std::string(lon).c_str(), nullptr);
      e.located = true;
    }
    Result<uint32_t> added = AddEntity(std::move(e));
    if (!added.ok()) return Status::InvalidInput(where + added.status().message());
  }
  return Status::Ok();
}

Status Lexicon::LoadAliases(const std::string& path, const std::string& lang) {
  Result<std::vector<WordListEntry>> rows = LoadWordList(path);
  if (!rows.ok()) return rows.status();
  for (const WordListEntry& row : *rows) {
    std::string where = path + ":" + std::to_string(row.line) + ": ";
    if (row.fields.size() < 2) return Status::InvalidInput(where + "expected id and alias");
    uint8_t flags = 0;
    if (row.fields.size() > 2) {
      for (std::string_view f : Split(row.fields[2], ',')) {
        if (f == "cs") {
          flags |= kAliasCaseSensitive;
        } else if (f == "demonym") {
          flags |= kAliasDemonym;
        } else if (f == "ambiguous") {
          flags |= kAliasAmbiguous;
        } else if (f == "cue") {
          flags |= kAliasCue;
        } else {
          return Status::InvalidInput(where + "unknown flag '" + std::string(f) + "'");
        }
      }
      if ((flags & kAliasCue) && !(flags & kAliasAmbiguous)) {
        return Status::InvalidInput(where + "flag cue is for ambiguous forms");
      }
    }
    Status added = AddAlias(row.fields[0], row.fields[1], lang, flags);
    if (!added.ok()) return Status::InvalidInput(where + added.message());
  }
  return Status::Ok();
}

namespace {

// Fields of one TAB-separated line.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(pos));
      return out;
    }
    out.push_back(line.substr(pos, tab - pos));
    pos = tab + 1;
  }
}

// The member states of the Arab League (and Western Sahara), where towns have Arabic names of
// their own, as ISO codes joined by spaces.
constexpr std::string_view kArabStates = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH";

size_t Utf8Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

bool IsArabicScript(std::string_view s) {
  return !s.empty() && static_cast<unsigned char>(s[0]) >= 0xD8 && static_cast<unsigned char>(s[0]) <= 0xDB;
}

bool IsLatinName(std::string_view s) {
  // Letters of the Latin script (ASCII or Latin-1/Extended-A/B lead bytes) and name punctuation.
  for (unsigned char c : s) {
    if (c >= 0xD8 || (c >= 0x80 && c < 0xC2)) {
      if (c >= 0x80 && c < 0xC0) continue;  // continuation bytes
      if (c >= 0xCA) return false;          // beyond Latin Extended-B
    }
  }
  return !s.empty();
}

}  // namespace

std::unordered_set<std::string> Lexicon::AfricanCountries() const {
  std::unordered_set<std::string> out;
  if (int64_t e = Find("continent:africa"); e >= 0) {
    for (std::string_view m : Split(entities_[e].Attribute("members"), ',')) {
      if (m.rfind("country:", 0) == 0) out.emplace(m.substr(8));
    }
  }
  return out;
}

std::unordered_map<std::string, uint32_t> Lexicon::NationalArmies() const {
  std::unordered_map<std::string, uint32_t> out;
  for (uint32_t i = 0; i < entities_.size(); ++i) {
    const Entity& e = entities_[i];
    if (e.Attribute("role") == "national_army" && !e.country.empty()) out.emplace(e.country, i);
  }
  return out;
}

Status Lexicon::LoadCountryCentres(const std::string& path) {
  Result<std::vector<WordListEntry>> rows = LoadWordList(path);
  if (!rows.ok()) return rows.status();
  for (const WordListEntry& row : *rows) {
    if (row.fields.size() < 3) return Status::InvalidInput(path + ":" + std::to_string(row.line) + ": expected code, lat, lon");
    int64_t e = Find("country:" + row.fields[0]);
    if (e < 0) continue;
    entities_[e].lat = std::strtod(row.fields[1].c_str(), nullptr);
    entities_[e].lon = std::strtod(row.fields[2].c_str(), nullptr);
    entities_[e].located = true;
  }
  return Status::Ok();
}

Status Lexicon::LoadGazetteer(const std::string& cities_path, const std::string& gazetteer_dir,
                              const std::unordered_set<std::string>& excluded) {
  const std::unordered_set<std::string> africa = AfricanCountries();
  std::error_code ec;
  // GeoNames' admin1 codes of African towns -> ISO 3166-2 ("NG.27" -> "NG-BO").
  std::unordered_map<std::string, std::string> iso_admin1;
  if (std::string path = gazetteer_dir + "/admin1_geonames_africa.tsv"; std::filesystem::exists(path, ec)) {
    Result<std::vector<WordListEntry>> rows = LoadWordList(path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      if (row.fields.size() < 3) {
        return Status::InvalidInput(path + ":" + std::to_string(row.line) + ": expected country, geonames_admin1, iso3166_2");
      }
      if (row.fields[2] != "-") iso_admin1.emplace(row.fields[0] + "." + row.fields[1], row.fields[2]);
    }
  }
  Result<std::string> contents = ReadSmallFile(cities_path, 256u << 20);
  if (!contents.ok()) return contents.status();
  auto keep_name = [&](std::string_view name) {
    if (name.size() < 3) return false;
    // Latin-script place names are capitalised; a lower-case alternate is a common word.
    if (static_cast<unsigned char>(name[0]) < 0x80 && !(name[0] >= 'A' && name[0] <= 'Z')) return false;
    return excluded.count(FoldString(name)) == 0;
  };
  std::string_view all = *contents;
  size_t pos = 0;
  int line_no = 0;
  while (pos < all.size()) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty()) continue;
    std::vector<std::string_view> f = Fields(line);
    if (f.size() < 15) return Status::InvalidInput(cities_path + ":" + std::to_string(line_no) + ": expected 19 fields");
    std::string cc(f[8]);
    int64_t population = std::strtoll(std::string(f[14]).c_str(), nullptr, 10);
    bool african = africa.count(cc) > 0;
    if (!african && population < 15000) continue;
    Entity e;
    e.id = "geonames:" + std::string(f[0]);
    e.type = EntityType::kLoc;
    e.kind = "city";
    e.country = cc;
    e.name = std::string(f[1]);
    e.lat = std::strtod(std::string(f[4]).c_str(), nullptr);
    e.lon = std::strtod(std::string(f[5]).c_str(), nullptr);
    e.population = population;
    e.located = true;
    e.attributes.emplace_back("feature", std::string(f[7]));
    e.attributes.emplace_back("admin1", std::string(f[10]));
    if (auto it = iso_admin1.find(cc + "." + std::string(f[10])); it != iso_admin1.end()) {
      e.attributes.emplace_back("iso_admin1", it->second);
    }
    Result<uint32_t> index = AddEntity(std::move(e));
    if (!index.ok()) continue;  // a duplicate id: keep the first
    std::unordered_set<std::string> seen;
    auto add = [&](std::string_view alias, const char* lang) {
      std::string key = FoldString(alias);
      if (!seen.insert(key).second) return;
      aliases_.push_back({*index, std::string(alias), lang, kAliasGazetteer});
    };
    if (keep_name(f[1]) && IsLatinName(f[1])) add(f[1], "all");
    if (f[2] != f[1] && keep_name(f[2])) add(f[2], "all");
    // Arabic names among the alternates, for African towns, towns of 100,000 or more in the
    // Arab states and cities of a million elsewhere (GeoNames' Arabic names of smaller foreign
    // towns are transliterations that are often Arabic words: "كيل" Kiel, "لاتر" Latur); a
    // name of three letters or less needs 100,000 people. Latin-script alternates are not
    // taken: they mix every language and era ("Edo" for Tokyo, "Bethlehem" for Belém,
    // "Franklin" for Columbus); the forms French and English news write for cities abroad
    // are the project's own list (aliases_world.tsv).
    bool arab_state = kArabStates.find(cc) != std::string_view::npos && cc.size() == 2;
    if (african || (arab_state && population >= 100000) || population >= 1000000) {
      for (std::string_view alt : Split(f[3], ',')) {
        if (IsArabicScript(alt) && keep_name(alt) && (population >= 100000 || Utf8Length(alt) > 3)) add(alt, "ar");
      }
    }
  }
  // African first-level divisions.
  std::string admin1_path = gazetteer_dir + "/admin1_africa.tsv";
  Result<std::vector<WordListEntry>> admin1 = LoadWordList(admin1_path);
  if (!admin1.ok()) return admin1.status();
  for (const WordListEntry& row : *admin1) {
    if (row.fields.size() < 6) {
      return Status::InvalidInput(admin1_path + ":" + std::to_string(row.line) + ": expected 6 fields");
    }
    Entity e;
    e.id = "iso3166-2:" + row.fields[0];
    e.type = EntityType::kLoc;
    e.kind = "admin1";
    e.country = row.fields[1];
    e.name = row.fields[2];
    e.lat = std::strtod(row.fields[4].c_str(), nullptr);
    e.lon = std::strtod(row.fields[5].c_str(), nullptr);
    e.located = true;
    e.attributes.emplace_back("iso_admin1", row.fields[0]);
    Result<uint32_t> index = AddEntity(std::move(e));
    if (index.ok() && keep_name(row.fields[2]) && IsLatinName(row.fields[2])) {
      aliases_.push_back({*index, row.fields[2], "all", kAliasGazetteer});
    }
  }
  // Places that are neither towns of cities1000 nor divisions: towns it lacks, regions,
  // mountains, forests, lakes, seas, districts and sites (the project's places_africa.tsv).
  std::string places_path = gazetteer_dir + "/places_africa.tsv";
  if (std::filesystem::exists(places_path, ec)) {
    Result<std::vector<WordListEntry>> places = LoadWordList(places_path);
    if (!places.ok()) return places.status();
    for (const WordListEntry& row : *places) {
      std::string where = places_path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() < 6) return Status::InvalidInput(where + "expected id, kind, country, name, lat, lon");
      Entity e;
      e.id = row.fields[0];
      e.type = EntityType::kLoc;
      const std::string& feature = row.fields[1];
      static const std::unordered_set<std::string> kFeatures = {"city",   "district", "region", "mountain",
                                                                "forest", "park",     "lake",   "river",
                                                                "sea",    "desert",   "island", "site"};
      if (!kFeatures.count(feature)) return Status::InvalidInput(where + "unknown kind '" + feature + "'");
      e.kind = feature == "city" ? "city" : feature == "region" ? "region" : "place";
      e.country = row.fields[2] == "-" ? "" : row.fields[2];
      e.name = row.fields[3];
      e.lat = std::strtod(row.fields[4].c_str(), nullptr);
      e.lon = std::strtod(row.fields[5].c_str(), nullptr);
      e.attributes.emplace_back("feature", feature);
      e.listed = true;
      e.located = true;
      Result<uint32_t> index = AddEntity(std::move(e));
      if (!index.ok()) return Status::InvalidInput(where + index.status().message());
    }
  }
  // The project's aliases: aliases_africa.tsv, aliases_world.tsv, aliases_places.tsv...
  std::vector<std::string> alias_files;
  for (const auto& entry : std::filesystem::directory_iterator(gazetteer_dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.rfind("aliases_", 0) == 0 && entry.path().extension() == ".tsv") alias_files.push_back(entry.path().string());
  }
  std::sort(alias_files.begin(), alias_files.end());
  std::unordered_set<uint32_t> renamed;
  for (const std::string& aliases_path : alias_files) {
    Result<std::vector<WordListEntry>> rows = LoadWordList(aliases_path);
    if (!rows.ok()) return rows.status();
    for (const WordListEntry& row : *rows) {
      std::string where = aliases_path + ":" + std::to_string(row.line) + ": ";
      if (row.fields.size() < 3) return Status::InvalidInput(where + "expected ref, lang, alias");
      std::string id = row.fields[0];
      if (id.rfind("admin1:", 0) == 0) id = "iso3166-2:" + id.substr(7);
      int64_t e = Find(id);
      if (e < 0) continue;  // a town the cities file lacks
      entities_[e].listed = true;
      // A division is displayed by the project's English form ("North Sinai"), not by the
      // iso-codes name ("Shamāl Sīnā'").
      if (entities_[e].kind == "admin1" && row.fields[1] == "en" && !renamed.count(static_cast<uint32_t>(e))) {
        entities_[e].name = row.fields[2];
        renamed.insert(static_cast<uint32_t>(e));
      }
      uint8_t flags = kAliasGazetteer;
      if (row.fields.size() > 3 && row.fields[3] == "ambiguous") flags |= kAliasAmbiguous;
      aliases_.push_back({static_cast<uint32_t>(e), row.fields[2], row.fields[1], flags});
    }
  }
  return Status::Ok();
}

Result<Lexicon> Lexicon::Load(const std::string& data_dir) {
  namespace fs = std::filesystem;
  Lexicon lexicon;
  fs::path root = fs::path(data_dir) / "lexicon";
  std::vector<std::string> entity_files = SortedFiles(root / "entities");
  if (entity_files.empty()) return Status::NotFound("no entity files in " + (root / "entities").string());
  for (const std::string& f : entity_files) VIGIE_RETURN_IF_ERROR(lexicon.LoadEntities(f));
  for (const std::string& f : SortedFiles(root / "aliases")) {
    // <group>.<lang>.tsv
    std::string stem = fs::path(f).stem().string();
    size_t dot = stem.rfind('.');
    if (dot == std::string::npos) return Status::InvalidInput(f + ": alias files are named <group>.<lang>.tsv");
    VIGIE_RETURN_IF_ERROR(lexicon.LoadAliases(f, stem.substr(dot + 1)));
  }
  std::string cities = (root.parent_path() / "gazetteer" / "cities1000.txt").string();
  std::error_code ec;
  if (std::string centres = (root.parent_path() / "gazetteer" / "country_centroids.tsv").string();
      fs::exists(centres, ec)) {
    VIGIE_RETURN_IF_ERROR(lexicon.LoadCountryCentres(centres));
  }
  if (fs::exists(cities, ec)) {
    // Names that are words of the other lists are no town names: "Police", "Mars", "Said".
    std::unordered_set<std::string> excluded;
    for (const Alias& a : lexicon.aliases_) excluded.insert(FoldString(a.text));
    for (const char* list : {"lexicon/first_names.tsv", "lexicon/name_stopwords.tsv", "lexicon/person_titles.tsv",
                             "lexicon/dates.tsv", "lexicon/numbers.tsv", "lexicon/casualties.tsv",
                             "lexicon/institutions.tsv", "gazetteer/common_words.tsv"}) {
      Result<std::vector<WordListEntry>> rows = LoadWordList((root.parent_path() / list).string());
      if (!rows.ok()) continue;
      for (const WordListEntry& r : *rows) {
        for (const std::string& field : r.fields) {
          if (field.size() > 2) excluded.insert(FoldString(field));
        }
      }
    }
    VIGIE_RETURN_IF_ERROR(lexicon.LoadGazetteer(cities, (root.parent_path() / "gazetteer").string(), excluded));
  }
  return lexicon;
}

}  // namespace vigie
