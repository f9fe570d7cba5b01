// Feed and HTML readers over synthetic pages and feeds (written here), each beside libxml2's
// parse alone, the floor under them:
//   build/bench/read_bench --benchmark_min_time=1
#include <benchmark/benchmark.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlreader.h>

#include <string>
#include <vector>

#include "read/feed.h"
#include "read/html_text.h"

namespace {

const char kParagraph[] =
    "Armed men attacked a convoy of fuel trucks near the northern town on Tuesday, killing four drivers and "
    "wounding six others, according to the regional governor, who said the army had sent reinforcements.";

// A news page of about 60 KB: navigation, cookie banner, an article of 30 paragraphs with share
// buttons, related links, comments and a footer.
std::string Page() {
  std::string html = "<!doctype html><html lang=\"en\"><head><title>Convoy attacked - Courier</title>"
                     "<meta property=\"article:published_time\" content=\"2025-02-11T09:30:00Z\">"
                     "<script>var a = 1;</script><style>p{margin:0}</style></head><body><header><nav><ul>";
  for (int i = 0; i < 60; ++i) html += "<li><a href=\"/s" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a></li>";
  html += "</ul></nav></header><div id=\"cookie-banner\">We use cookies.</div><div class=\"page\"><article><h1>Convoy "
          "attacked</h1>";
  for (int i = 0; i < 30; ++i) {
    html += "<p>" + std::string(kParagraph) + "</p>";
    if (i % 10 == 0) html += "<div class=\"share-buttons\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div>";
  }
  html += "</article><aside class=\"related\"><ul>";
  for (int i = 0; i < 20; ++i) html += "<li><a href=\"/r" + std::to_string(i) + "\">Related story " + std::to_string(i) + "</a></li>";
  html += "</ul></aside><div class=\"comments\">";
  for (int i = 0; i < 20; ++i) html += "<p>A reader's comment, with an opinion, and another one.</p>";
  html += "</div></div><footer>Copyright</footer></body></html>";
  return html;
}

// An RSS 2.0 feed of 100 items with HTML descriptions (about 40 KB).
std::string Feed() {
  std::string xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>";
  for (int i = 0; i < 100; ++i) {
    xml += "<item><title>Item " + std::to_string(i) + "</title><link>https://wire.example/" + std::to_string(i) +
           "</link><pubDate>Wed, 12 Mar 2025 07:45:00 GMT</pubDate><description><![CDATA[<p>" + kParagraph +
           "</p>]]></description></item>";
  }
  return xml + "</channel></rss>";
}

void BM_ExtractHtmlPage(benchmark::State& state) {
  std::string html = Page();
  vigie::HtmlOptions options;
  for (auto _ : state) {
    auto page = vigie::ExtractHtmlPage(html, options);
    benchmark::DoNotOptimize(page);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html.size()));
}
BENCHMARK(BM_ExtractHtmlPage);

void BM_Libxml2HtmlParseAlone(benchmark::State& state) {
  std::string html = Page();
  for (auto _ : state) {
    htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, nullptr,
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        HTML_PARSE_COMPACT);
    benchmark::DoNotOptimize(doc);
    xmlFreeDoc(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html.size()));
}
BENCHMARK(BM_Libxml2HtmlParseAlone);

void BM_ReadFeed(benchmark::State& state) {
  std::string xml = Feed();
  vigie::FeedOptions options;
  std::vector<vigie::ReadItem> items;
  for (auto _ : state) {
    items.clear();
    vigie::ReadFeed(xml, "bench", options, &items);
    benchmark::DoNotOptimize(items.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml.size()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * 100));
}
BENCHMARK(BM_ReadFeed);

void BM_Libxml2ReaderAlone(benchmark::State& state) {
  std::string xml = Feed();
  for (auto _ : state) {
    xmlTextReaderPtr reader = xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                                 XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
    while (xmlTextReaderRead(reader) == 1) {
    }
    xmlFreeTextReader(reader);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * xml.size()));
}
BENCHMARK(BM_Libxml2ReaderAlone);

}  // namespace

BENCHMARK_MAIN();
