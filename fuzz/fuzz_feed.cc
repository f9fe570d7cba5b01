// Fuzz target: the feed reader (RSS 2.0, RSS 1.0, Atom) over arbitrary bytes. Every document
// that comes out has a non-empty body and valid UTF-8 in every field, within the budget; every
// rejection has a message; nothing crashes or hangs.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "read/feed.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  vigie::FeedOptions options;
  options.max_doc_bytes = 4096;
  options.base_url = "https://feed.example/news/rss";
  std::vector<vigie::ReadItem> items;
  vigie::ReadFeed(xml, "fuzz", options, &items);
  for (const vigie::ReadItem& item : items) {
    if (!vigie::utf8::IsValid(item.error.message()) || !vigie::utf8::IsValid(item.origin)) std::abort();
    for (const std::string& w : item.doc.warnings) {
      if (!vigie::utf8::IsValid(w)) std::abort();
    }
    if (!item.ok) {
      if (item.error.ok() || item.error.message().empty()) std::abort();
      continue;
    }
    const vigie::Document& d = item.doc;
    if (d.body.empty() || d.id.empty() || d.body.size() + d.title.size() > options.max_doc_bytes) std::abort();
    for (const std::string* s : {&d.body, &d.title, &d.source, &d.url, &d.id, &d.published, &d.lang_hint}) {
      if (!vigie::utf8::IsValid(*s)) std::abort();
    }
  }
  return 0;
}
