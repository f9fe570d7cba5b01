#include "lexicon/lexicon.h"

#include <algorithm>
#include <filesystem>

#include "text/word_list.h"

namespace vigie {
namespace {

bool ValidKind(EntityType type, std::string_view kind) {
  static const char* const kOrg[] = {"igo", "gov", "military", "police", "armed_group", "party",
                                     "ngo", "media", "company", "other"};
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

// The non-empty pieces of `list` between `sep` characters.
std::vector<std::string_view> SplitList(std::string_view list, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t next = list.find(sep, pos);
    if (next == std::string_view::npos) next = list.size();
    if (next > pos) out.push_back(list.substr(pos, next - pos));
    pos = next + 1;
  }
  return out;
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
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : static_cast<int64_t>(it->second);
}

Result<uint32_t> Lexicon::AddEntity(Entity entity) {
  if (by_id_.count(entity.id) > 0) return Status::InvalidInput("duplicate entity id " + entity.id);
  uint32_t index = static_cast<uint32_t>(entities_.size());
  by_id_.emplace(entity.id, index);
  entities_.push_back(std::move(entity));
  return index;
}

Status Lexicon::AddAlias(std::string_view entity_id, std::string text, std::string lang, uint8_t flags) {
  int64_t e = Find(entity_id);
  if (e < 0) return Status::NotFound("unknown entity id " + std::string(entity_id));
  aliases_.push_back({static_cast<uint32_t>(e), std::move(text), std::move(lang), flags});
  return Status::Ok();
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
      for (std::string_view kv : SplitList(row.fields[5], ';')) {
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos) return Status::InvalidInput(where + "attribute '" + std::string(kv) + "' lacks '='");
        e.attributes.emplace_back(std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)));
      }
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
      for (std::string_view f : SplitList(row.fields[2], ',')) {
        if (f == "cs") {
          flags |= kAliasCaseSensitive;
        } else if (f == "demonym") {
          flags |= kAliasDemonym;
        } else if (f == "ambiguous") {
          flags |= kAliasAmbiguous;
        } else {
          return Status::InvalidInput(where + "unknown flag '" + std::string(f) + "'");
        }
      }
    }
    Status added = AddAlias(row.fields[0], row.fields[1], lang, flags);
    if (!added.ok()) return Status::InvalidInput(where + added.message());
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
  return lexicon;
}

}  // namespace vigie
