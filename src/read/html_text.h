// The main text of an HTML page, and the plain text of an HTML fragment (a feed item's
// description), with libxml2's forgiving HTML parser (no network, no error output).
//
// ExtractHtmlPage keeps the article and drops the rest: script, style, navigation, headers,
// footers, asides, forms, frames, and elements whose class, id or role name navigation, menus,
// cookie banners, share buttons, comments, related links or ads. It prefers the page's own
// markers of the article (itemprop=articleBody, <article>, <main>), and otherwise scores the
// blocks that hold paragraphs by text length, commas and link density (a Readability-like
// heuristic) and keeps the best one with its sibling paragraphs. Paragraphs come out separated
// by blank lines.
//
// Work is linear in the size of the page: every pass is an iterative walk of the tree, and
// libxml2 caps the nesting depth at 256, so hostile soup (unclosed tags, NULs, broken
// entities, millions of nested elements) yields text or a clean rejection. Output is valid
// UTF-8: libxml2 converts the page from its charset (the caller's, else <meta charset>, else
// UTF-8 with a fallback to ISO-8859-1).
//
// Thread-safe: every call parses into its own tree.
#ifndef VIGIE_READ_HTML_TEXT_H_
#define VIGIE_READ_HTML_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

struct _xmlNode;

namespace vigie {

struct HtmlOptions {
  size_t max_input_bytes = 64u << 20;  // a larger page is rejected with kOutOfBudget
  // A page with more tags ('<' characters) is rejected with kOutOfBudget before it is parsed:
  // a tree costs a few hundred bytes a node, and news pages have a few thousand.
  size_t max_tags = 500000;
  std::string encoding;  // the charset given from outside (HTTP Content-Type); empty: the page's own
};

struct HtmlPage {
  std::string title;      // og:title, else the headline (the first <h1> outside the boilerplate), else
                          // <title>; og:title and <title> without a " - Site" suffix
  // The headline <h1> is kept out of the text, which holds the article's paragraphs only.
  std::string text;       // the main text, paragraphs separated by "\n\n"; never empty
  std::string published;  // ISO 8601 (article:published_time, JSON-LD datePublished, <time>), or empty
  std::string lang;       // <html lang>, else Content-Language or og:locale; empty when none
  std::string site_name;  // og:site_name, else application-name; empty when none
  std::vector<std::string> warnings;  // e.g. an unreadable date
};

// The main text of a page. Errors: kOutOfBudget (page over the budget), kInvalidInput (no
// text found, or libxml2 could not build a tree at all).
Result<HtmlPage> ExtractHtmlPage(std::string_view html, const HtmlOptions& options);

// All the text of an HTML fragment, with script, style, forms and frames dropped and no
// boilerplate selection; blocks separated by blank lines. Plain text comes out as itself with
// its white space collapsed. Empty when there is no text. A fragment with more than
// HtmlOptions().max_tags tags is not parsed: its tags are cut out as they are, linearly.
std::string HtmlFragmentToText(std::string_view html);

// HtmlFragmentToText with one libxml2 parser context (and its name dictionary) reused across
// fragments, as a feed's items are read. Not thread-safe: one per thread.
class HtmlFragmentReader {
 public:
  HtmlFragmentReader();
  ~HtmlFragmentReader();
  HtmlFragmentReader(const HtmlFragmentReader&) = delete;
  HtmlFragmentReader& operator=(const HtmlFragmentReader&) = delete;
  std::string ToText(std::string_view html);

 private:
  void* ctxt_;  // htmlParserCtxtPtr; null when libxml2 is out of memory (then ToText gives "")
};

// Appends the text of an already parsed (X)HTML subtree, rendered as HtmlFragmentToText does
// (used for Atom's type="xhtml" content). Entity references that were not expanded are skipped.
void AppendHtmlNodeText(const _xmlNode* node, std::string* out);

// "Rebels seize a town - Daily Courier" -> "Rebels seize a town": drops a short last part after
// " - ", " | ", " – ", " — ", " :: " or " · " when what is left still reads as a title.
std::string StripSiteSuffix(std::string_view title);

}  // namespace vigie

#endif  // VIGIE_READ_HTML_TEXT_H_
