// Fetches http:// and https:// URLs with libcurl, within written budgets: a connect timeout and
// a total deadline, a cap on the decoded body (enforced while receiving, so a lying or absent
// Content-Length and a compression bomb are cut at the cap), a bounded number of redirects that
// may only lead to http or https, gzip and deflate accepted, and a polite User-Agent. Proxies
// are taken from the usual environment variables (http_proxy, https_proxy, no_proxy), as curl
// does.
//
// Thread-safe: each call uses its own handle (libcurl's global set-up is done once).
#ifndef VIGIE_READ_FETCH_H_
#define VIGIE_READ_FETCH_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "common/status.h"

namespace vigie {

struct FetchOptions {
  long connect_timeout_ms = 10000;
  long timeout_ms = 30000;         // the whole transfer, redirects included
  size_t max_bytes = 64u << 20;    // of the decoded body
  long max_redirects = 5;
  std::string user_agent;          // empty: "vigie/<version> (news security monitor)"
};

struct FetchResponse {
  long http_status = 0;
  std::string url;           // the final URL, after redirects
  std::string media_type;    // from Content-Type, lower case, without parameters; may be empty
  std::string charset;       // the charset parameter of Content-Type, lower case; may be empty
  std::string body;          // decoded (no Content-Encoding left)
};

// True when `s` starts with http:// or https:// (scheme in any case).
bool IsUrl(std::string_view s);

// Fetches `url`. Errors: kInvalidArgument (not an http/https URL), kIoError (cannot connect,
// timed out, TLS failure, a 5xx or other HTTP error), kNotFound (HTTP 404, 410), kOutOfBudget
// (body over max_bytes), kInvalidInput (too many redirects, a redirect to another scheme, bad
// compressed data). Messages name the cause ("HTTP 404", "timed out after 30000 ms").
Result<FetchResponse> Fetch(const std::string& url, const FetchOptions& options);

}  // namespace vigie

#endif  // VIGIE_READ_FETCH_H_
