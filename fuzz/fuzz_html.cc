// Fuzz target: HTML main-text extraction and HTML fragments over arbitrary bytes, with and
// without a charset from outside. Text that comes out is non-empty valid UTF-8 without NUL;
// nothing crashes or hangs.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "read/html_text.h"
#include "text/utf8.h"

namespace {

void CheckText(const std::string& s) {
  if (!vigie::utf8::IsValid(s) || s.find('\0') != std::string::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  for (const char* encoding : {"", "windows-1252"}) {
    vigie::HtmlOptions options;
    options.encoding = encoding;
    vigie::Result<vigie::HtmlPage> page = vigie::ExtractHtmlPage(html, options);
    if (page.ok()) {
      if (page->text.empty()) std::abort();
      CheckText(page->text);
      CheckText(page->title);
      CheckText(page->published);
      CheckText(page->lang);
      CheckText(page->site_name);
      for (const std::string& w : page->warnings) CheckText(w);
    } else if (page.status().message().empty()) {
      std::abort();
    }
  }
  if (vigie::utf8::IsValid(html)) CheckText(vigie::HtmlFragmentToText(html));
  return 0;
}
