// Reads news feeds, RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0, into one Document per item.
//
// Each item (RSS <item>, Atom <entry>) gives: id = guid / Atom id / rdf:about, else a stable
// hash of the link, else of title and body; source = the channel's or feed's title; url = the
// link (Atom: rel="alternate" or no rel), resolved against xml:base or the feed's URL; title;
// body = content:encoded, else description (RSS), content, else summary (Atom), with HTML
// turned into plain text (HtmlFragmentToText); published = pubDate / dc:date / published, else
// updated, in ISO 8601; lang_hint = the item's dc:language or xml:lang, else the channel's.
//
// Hostile XML: libxml2 reads the feed as a stream with XML_PARSE_NONET, without entity
// substitution, DTD loading or XML_PARSE_HUGE, so no external entity or DTD is ever fetched or
// read (no XXE), entity expansion stays within libxml2's amplification limits (billion
// laughs is an error, not a blow-up), and vigie's own text walks never follow an entity
// reference. A malformed or truncated feed gives the items read before the error, then one
// rejection naming the line and libxml2's message. An item without text, or over the
// document budget, is rejected with the reason; the next items go on.
#ifndef VIGIE_READ_FEED_H_
#define VIGIE_READ_FEED_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/document_reader.h"

namespace vigie {

struct FeedOptions {
  size_t max_input_bytes = 64u << 20;  // a larger feed is rejected whole (kOutOfBudget)
  size_t max_doc_bytes = 10u << 20;    // the budget of one item's title and body
  size_t max_items = 20000;            // items after these are skipped, with one rejection
  size_t max_tags = 2000000;           // a feed with more '<' is rejected whole, unparsed
  std::string base_url;  // the feed's own URL, against which relative links are resolved
};

enum class FeedKind { kNone, kRss, kRdf, kAtom };

// Parses the feed in `xml` and appends its items, documents and rejections in document order,
// to *items. Origins are "<display>:item N" (N from 1); a whole-feed problem has origin
// `display`. Returns the kind of feed found (kNone when the root is no feed: then one rejection
// says so). Never throws; thread-safe.
FeedKind ReadFeed(std::string_view xml, std::string_view display, const FeedOptions& options,
                  std::vector<ReadItem>* items);

}  // namespace vigie

#endif  // VIGIE_READ_FEED_H_
