#include "eval/gold.h"

#include <simdjson.h>

#include "analyze/analysis_json.h"
#include "common/data_dir.h"
#include "common/hash.h"
#include "read/date.h"
#include "text/utf8.h"

namespace vigie {

std::optional<MentionType> ParseMentionType(std::string_view name) {
  for (MentionType t : {MentionType::kPer, MentionType::kOrg, MentionType::kLoc, MentionType::kDate,
                        MentionType::kQuantity}) {
    if (MentionTypeName(t) == name) return t;
  }
  return std::nullopt;
}

namespace {

std::string StringField(simdjson::dom::object obj, const char* key) {
  std::string_view v;
  if (obj[key].get_string().get(v)) return {};
  return std::string(v);
}

std::vector<std::string> StringList(simdjson::dom::object obj, const char* key) {
  std::vector<std::string> out;
  simdjson::dom::array arr;
  if (obj[key].get_array().get(arr)) return out;
  for (simdjson::dom::element e : arr) {
    std::string_view v;
    if (!e.get_string().get(v)) out.emplace_back(v);
  }
  return out;
}

}  // namespace

Result<std::vector<GoldDoc>> ReadGoldFile(const std::string& path) {
  Result<std::string> contents = ReadSmallFile(path, 256u << 20);
  if (!contents.ok()) return contents.status();
  if (!utf8::IsValid(*contents)) return Status::InvalidInput(path + ": not valid UTF-8");
  std::vector<GoldDoc> docs;
  simdjson::dom::parser parser;
  size_t pos = 0;
  int line_no = 0;
  const std::string& s = *contents;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string::npos) nl = s.size();
    std::string line = s.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::string where = path + ":" + std::to_string(line_no) + ": ";
    simdjson::dom::element root;
    if (auto err = parser.parse(line).get(root)) return Status::InvalidInput(where + simdjson::error_message(err));
    simdjson::dom::object obj;
    if (root.get_object().get(obj)) return Status::InvalidInput(where + "expected a JSON object");
    GoldDoc g;
    g.line = line_no;
    g.doc.id = StringField(obj, "id");
    g.doc.title = StringField(obj, "title");
    g.doc.body = StringField(obj, "text");
    g.doc.lang_hint = StringField(obj, "lang");
    g.doc.source = StringField(obj, "source");
    g.doc.url = StringField(obj, "url");
    g.doc.origin = path + ":" + std::to_string(line_no);
    if (g.doc.body.empty()) return Status::InvalidInput(where + "missing \"text\"");
    if (g.doc.id.empty()) g.doc.id = Hex64(Hash64(g.doc.body, Hash64(g.doc.title)));
    std::string date = StringField(obj, "date");
    if (!date.empty()) {
      std::optional<ParsedDate> parsed = ParseDate(date);
      if (!parsed) return Status::InvalidInput(where + "unreadable date '" + date + "'");
      g.doc.published = parsed->iso;
    }
    g.split = StringField(obj, "split");
    if (g.split.empty()) g.split = "dev";
    g.focus_countries = StringList(obj, "focus_countries");
    g.categories = StringList(obj, "categories");
    simdjson::dom::array list;
    g.has_categories = !obj["categories"].get_array().get(list);
    simdjson::dom::array events;
    if (!obj["events"].get_array().get(events)) {
      g.has_events = true;
      for (simdjson::dom::element e : events) {
        simdjson::dom::object ev;
        if (e.get_object().get(ev)) return Status::InvalidInput(where + "an event is not an object");
        GoldEvent ge;
        ge.type = StringField(ev, "type");
        if (ge.type.empty()) return Status::InvalidInput(where + "an event lacks its type");
        ge.mode = StringField(ev, "mode");
        ge.source = StringField(ev, "source");
        ge.source_entity = StringField(ev, "source_entity");
        ge.target = StringField(ev, "target");
        ge.target_entity = StringField(ev, "target_entity");
        ge.target_kind = StringField(ev, "target_kind");
        ge.place = StringField(ev, "place");
        ge.date = StringField(ev, "date");
        int64_t f;
        if (!ev["fatalities"].get_int64().get(f)) ge.fatalities = static_cast<int>(f);
        bool main = false;
        if (!ev["main"].get_bool().get(main)) ge.main = main;
        bool background = false;
        if (!ev["background"].get_bool().get(background)) ge.background = background;
        g.events.push_back(std::move(ge));
      }
    }
    simdjson::dom::array mentions;
    if (!obj["mentions"].get_array().get(mentions)) {
      for (simdjson::dom::element e : mentions) {
        simdjson::dom::object m;
        if (e.get_object().get(m)) return Status::InvalidInput(where + "a mention is not an object");
        GoldMention gm;
        int64_t start, end;
        if (m["start"].get_int64().get(start) || m["end"].get_int64().get(end) || start < 0 || end <= start) {
          return Status::InvalidInput(where + "a mention lacks a valid start/end");
        }
        gm.start = static_cast<uint32_t>(start);
        gm.end = static_cast<uint32_t>(end);
        gm.text = StringField(m, "text");
        std::optional<MentionType> type = ParseMentionType(StringField(m, "type"));
        if (!type) return Status::InvalidInput(where + "mention '" + gm.text + "' has no valid type");
        gm.type = *type;
        gm.entity = StringField(m, "entity");
        gm.kind = StringField(m, "kind");
        gm.country = StringField(m, "country");
        simdjson::dom::element value;
        if (!m["value"].get(value)) {
          if (value.is_string()) {
            gm.value = std::string(value.get_string().value());
          } else if (value.is_number()) {
            gm.value = simdjson::to_string(value);
          }
        }
        double d;
        if (!m["lat"].get_double().get(d)) gm.lat = d;
        if (!m["lon"].get_double().get(d)) gm.lon = d;
        g.mentions.push_back(std::move(gm));
      }
    }
    docs.push_back(std::move(g));
  }
  return docs;
}

}  // namespace vigie
