#include "read/fetch.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace vigie {
namespace {

struct CurlFree {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
using CurlPtr = std::unique_ptr<CURL, CurlFree>;

struct HeaderListFree {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

struct Sink {
  std::string* body;
  size_t max_bytes;
  bool over = false;
};

size_t OnData(char* data, size_t size, size_t count, void* arg) {
  auto* sink = static_cast<Sink*>(arg);
  size_t n = size * count;
  if (sink->body->size() + n > sink->max_bytes) {
    sink->over = true;
    return 0;  // makes curl stop with CURLE_WRITE_ERROR
  }
  sink->body->append(data, n);
  return n;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "text/html; charset=ISO-8859-1" -> media type "text/html", charset "iso-8859-1".
void SplitContentType(std::string_view value, FetchResponse* r) {
  size_t semi = value.find(';');
  r->media_type = LowerAscii(TrimSpaces(value.substr(0, semi)));
  while (semi != std::string_view::npos) {
    value.remove_prefix(semi + 1);
    semi = value.find(';');
    std::string_view param = TrimSpaces(value.substr(0, semi));
    size_t eq = param.find('=');
    if (eq == std::string_view::npos) continue;
    if (LowerAscii(TrimSpaces(param.substr(0, eq))) != "charset") continue;
    std::string_view v = TrimSpaces(param.substr(eq + 1));
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    if (v.size() <= 40) r->charset = LowerAscii(v);
  }
}

std::string ReasonOf(long status) {
  switch (status) {
    case 400: return " Bad Request";
    case 401: return " Unauthorized";
    case 403: return " Forbidden";
    case 404: return " Not Found";
    case 410: return " Gone";
    case 429: return " Too Many Requests";
    case 500: return " Internal Server Error";
    case 502: return " Bad Gateway";
    case 503: return " Service Unavailable";
    case 504: return " Gateway Timeout";
    default: return "";
  }
}

}  // namespace

bool IsUrl(std::string_view s) {
  std::string head = LowerAscii(s.substr(0, 8));
  return head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0;
}

Result<FetchResponse> Fetch(const std::string& url, const FetchOptions& options) {
  if (!IsUrl(url)) return Status::InvalidArgument("not an http or https URL: " + url);
  static std::once_flag once;
  static CURLcode global = CURLE_OK;
  std::call_once(once, [] { global = curl_global_init(CURL_GLOBAL_DEFAULT); });
  if (global != CURLE_OK) return Status::Internal("cannot initialise libcurl");
  CurlPtr curl(curl_easy_init());
  if (!curl) return Status::Internal("cannot create a libcurl handle");

  FetchResponse response;
  Sink sink{&response.body, options.max_bytes};
  char error[CURL_ERROR_SIZE] = {0};
  std::string agent = options.user_agent.empty() ? std::string("vigie/" VIGIE_VERSION " (news security monitor)")
                                                 : options.user_agent;
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url.c_str());
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, options.max_redirects);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, options.timeout_ms);
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // every encoding libcurl decodes
  curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  curl_easy_setopt(c, CURLOPT_USERAGENT, agent.c_str());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnData);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
  curl_easy_setopt(c, CURLOPT_FAILONERROR, 0L);
  std::unique_ptr<curl_slist, HeaderListFree> headers(curl_slist_append(
      nullptr, "Accept: application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, "
               "text/plain;q=0.8, */*;q=0.5"));
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

  CURLcode rc = curl_easy_perform(c);
  if (rc != CURLE_OK) {
    std::string detail = error[0] != '\0' ? std::string(error) : std::string(curl_easy_strerror(rc));
    switch (rc) {
      case CURLE_WRITE_ERROR:
        if (sink.over) {
          return Status::OutOfBudget("response body over the budget of " + std::to_string(options.max_bytes) +
                                     " bytes");
        }
        return Status::IoError("cannot receive the response: " + detail);
      case CURLE_FILESIZE_EXCEEDED:
        return Status::OutOfBudget("response body over the budget of " + std::to_string(options.max_bytes) +
                                   " bytes (announced by Content-Length)");
      case CURLE_OPERATION_TIMEDOUT:
        return Status::IoError("timed out (connect " + std::to_string(options.connect_timeout_ms) + " ms, total " +
                               std::to_string(options.timeout_ms) + " ms): " + detail);
      case CURLE_TOO_MANY_REDIRECTS:
        return Status::InvalidInput("more than " + std::to_string(options.max_redirects) + " redirects");
      case CURLE_UNSUPPORTED_PROTOCOL:
        return Status::InvalidInput("redirected to a scheme other than http or https: " + detail);
      case CURLE_BAD_CONTENT_ENCODING:
        return Status::InvalidInput("bad compressed response: " + detail);
      case CURLE_URL_MALFORMAT:
        return Status::InvalidArgument("malformed URL: " + detail);
      default:
        return Status::IoError(detail);
    }
  }
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.http_status);
  char* effective = nullptr;
  if (curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective != nullptr) {
    response.url = effective;
  } else {
    response.url = url;
  }
  if (response.http_status >= 300) {
    std::string what = "HTTP " + std::to_string(response.http_status) + ReasonOf(response.http_status);
    if (response.http_status < 400) return Status::InvalidInput(what + " without a usable Location");
    if (response.http_status == 404 || response.http_status == 410) return Status::NotFound(what);
    return Status::IoError(what);
  }
  char* type = nullptr;
  if (curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type != nullptr) {
    SplitContentType(type, &response);
  }
  return response;
}

}  // namespace vigie
