// Fetching URLs, against a small HTTP server that the test runs on 127.0.0.1 (a thread with a
// POSIX socket, one connection at a time, canned answers): feeds and pages through the
// document reader, gzip, redirect chains and loops, HTTP errors, bodies over the budget (told
// by Content-Length, or not), compression bombs, slow answers beyond the deadline. No network
// other than loopback.
#include "read/fetch.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "../test_util.h"
#include "read/document_reader.h"

namespace vigie {
namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string Gzip(const std::string& data) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

const char kFeed[] =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback Wire</title>"
    "<item><title>Road closed</title><link>/news/1</link><description>The northern road was closed after an attack "
    "on a checkpoint, officials said.</description></item>"
    "<item><title>Market reopens</title><link>http://other.example/2</link><description>The central market reopened "
    "on Monday.</description></item></channel></rss>";

// One canned answer: status line and headers (without the final blank line) and the body;
// `delay_ms` waits before anything is sent.
struct Answer {
  std::string head;
  std::string body;
  int delay_ms = 0;
};

class TestServer {
 public:
  TestServer() {
    listen_fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    EXPECT_GE(listen_fd_, 0);
    int one = 1;
    setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    EXPECT_EQ(bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_EQ(listen(listen_fd_, 16), 0);
    socklen_t len = sizeof addr;
    getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { Loop(); });
  }
  ~TestServer() {
    stop_ = true;
    thread_.join();
    close(listen_fd_);
  }

  void Route(const std::string& path, Answer answer) {
    std::lock_guard<std::mutex> lock(mu_);
    routes_[path] = std::move(answer);
  }
  std::string Url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }
  std::vector<std::string> Requests() {
    std::lock_guard<std::mutex> lock(mu_);
    return requests_;
  }

 private:
  void Loop() {
    while (!stop_) {
      pollfd p{listen_fd_, POLLIN, 0};
      if (poll(&p, 1, 20) <= 0) continue;
      int fd = accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) continue;
      Serve(fd);
      close(fd);
    }
  }

  // True when the client has gone (closed or reset) or the server stops.
  bool ClientGone(int fd) {
    if (stop_) return true;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 0) <= 0) return false;
    char c;
    return recv(fd, &c, 1, MSG_PEEK | MSG_DONTWAIT) <= 0;
  }

  void Serve(int fd) {
    std::string request;
    char buf[4096];
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (request.find("\r\n\r\n") == std::string::npos && request.size() < 65536 && !stop_ &&
           std::chrono::steady_clock::now() < deadline) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 20) <= 0) continue;
      ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) return;
      request.append(buf, static_cast<size_t>(n));
    }
    size_t sp1 = request.find(' ');
    size_t sp2 = request.find(' ', sp1 + 1);
    if (sp1 == std::string::npos || sp2 == std::string::npos) return;
    std::string path = request.substr(sp1 + 1, sp2 - sp1 - 1);
    Answer answer;
    {
      std::lock_guard<std::mutex> lock(mu_);
      requests_.push_back(request);
      auto it = routes_.find(path);
      if (it == routes_.end()) {
        answer.head = "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain";
        answer.body = "no such page";
      } else {
        answer = it->second;
      }
    }
    if (path == "/echo-agent") {
      size_t at = request.find("User-Agent: ");
      answer.body = at == std::string::npos ? "" : request.substr(at + 12, request.find("\r\n", at) - at - 12);
    }
    for (int waited = 0; waited < answer.delay_ms; waited += 10) {
      if (ClientGone(fd)) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::string out = answer.head + "\r\nConnection: close\r\n\r\n" + answer.body;
    size_t sent = 0;
    while (sent < out.size() && !stop_) {
      ssize_t n = send(fd, out.data() + sent, std::min<size_t>(out.size() - sent, 65536), MSG_NOSIGNAL);
      if (n <= 0) return;
      sent += static_cast<size_t>(n);
    }
  }

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  std::mutex mu_;
  std::map<std::string, Answer> routes_;
  std::vector<std::string> requests_;
};

std::string Ok(const std::string& type, const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + std::to_string(body.size());
}

class FetchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // Loopback only: no proxy may come between the test and its server.
    for (const char* var : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) {
      unsetenv(var);
    }
  }
  void SetUp() override {
    server_ = std::make_unique<TestServer>();
    server_->Route("/feed.xml", {Ok("application/rss+xml", kFeed), kFeed});
    std::string page =
        "<html><body><nav>Accueil</nav><article><p>Le pr\xE9" "fet a annonc\xE9 un couvre-feu \xE0 Dalmina apr\xE8s "
        "l\x92" "attaque de la nuit derni\xE8re.</p></article></body></html>";
    server_->Route("/page", {Ok("text/html; charset=windows-1252", page), page});
    std::string plain = "A plain text report, sent compressed, about a flood in the valley.";
    std::string gz = Gzip(plain);
    server_->Route("/gzip", {"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n"
                             "Content-Length: " + std::to_string(gz.size()), gz});
    static const std::string bomb = Gzip(std::string(20u << 20, 'a'));
    server_->Route("/bomb", {"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n"
                             "Content-Length: " + std::to_string(bomb.size()), bomb});
    server_->Route("/r1", {"HTTP/1.1 301 Moved Permanently\r\nLocation: /r2", ""});
    server_->Route("/r2", {"HTTP/1.1 302 Found\r\nLocation: " + server_->Url("/r3"), ""});
    server_->Route("/r3", {"HTTP/1.1 307 Temporary Redirect\r\nLocation: /feed.xml", ""});
    server_->Route("/loop", {"HTTP/1.1 302 Found\r\nLocation: /loop", ""});
    server_->Route("/to-file", {"HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd", ""});
    server_->Route("/error", {"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain", "boom"});
    std::string big(2u << 20, 'x');
    server_->Route("/big", {Ok("text/plain", big), big});
    // No Content-Length: the body ends when the connection closes; only the cap stops it.
    server_->Route("/unannounced", {"HTTP/1.1 200 OK\r\nContent-Type: text/plain", big});
    // Content-Length says little, the body is much more: curl stops at what was announced.
    server_->Route("/liar", {"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 40", big});
    server_->Route("/slow", {Ok("text/plain", "late"), "late", 3000});
    const std::string linked =
        "<rss version=\"2.0\"><channel><title>Linked</title>"
        "<item><title>One</title><link>/article</link><description>Short summary one.</description></item>"
        "<item><title>Two</title><link>/missing</link><description>Short summary two.</description></item>"
        "<item><title>Three</title><link>/gzip</link><description>Short summary three.</description></item>"
        "<item><title>Four</title><link>/article</link><description>Short summary four.</description></item>"
        "</channel></rss>";
    server_->Route("/linked.xml", {Ok("application/rss+xml", linked), linked});
    const std::string article =
        "<!doctype html><html lang=\"en\"><head><meta property=\"article:published_time\" content=\"2025-04-02\">"
        "</head><body><nav>Menu</nav><article><p>The full story of the first item, much longer than the summary, "
        "told in a paragraph of its own.</p><p>And a second paragraph.</p></article></body></html>";
    server_->Route("/article", {Ok("text/html; charset=utf-8", article), article});
    server_->Route("/echo-agent", {"HTTP/1.1 200 OK\r\nContent-Type: text/plain", ""});
  }
  void TearDown() override { server_.reset(); }

  FetchOptions Options() const {
    FetchOptions o;
    o.max_bytes = 1u << 20;
    o.timeout_ms = 5000;
    o.connect_timeout_ms = 2000;
    return o;
  }

  std::unique_ptr<TestServer> server_;
};

TEST_F(FetchTest, FeedIsFetched) {
  Result<FetchResponse> r = Fetch(server_->Url("/feed.xml"), Options());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->http_status, 200);
  EXPECT_EQ(r->media_type, "application/rss+xml");
  EXPECT_EQ(r->body, kFeed);
  EXPECT_EQ(r->url, server_->Url("/feed.xml"));
}

TEST_F(FetchTest, PoliteUserAgentAndAcceptedEncodings) {
  Result<FetchResponse> r = Fetch(server_->Url("/echo-agent"), Options());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->body.rfind("vigie/", 0), 0u) << r->body;
  std::vector<std::string> requests = server_->Requests();
  ASSERT_FALSE(requests.empty());
  EXPECT_TRUE(Contains(requests.back(), "Accept-Encoding: ")) << requests.back();
  EXPECT_TRUE(Contains(requests.back(), "gzip")) << requests.back();
}

TEST_F(FetchTest, GzipBodyIsDecoded) {
  Result<FetchResponse> r = Fetch(server_->Url("/gzip"), Options());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->body, "A plain text report, sent compressed, about a flood in the valley.");
}

TEST_F(FetchTest, CompressionBombIsCutAtTheBudget) {
  Result<FetchResponse> r = Fetch(server_->Url("/bomb"), Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kOutOfBudget) << r.status().ToString();
}

TEST_F(FetchTest, RedirectChainIsFollowed) {
  Result<FetchResponse> r = Fetch(server_->Url("/r1"), Options());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->url, server_->Url("/feed.xml"));
  EXPECT_EQ(r->body, kFeed);
  FetchOptions two = Options();
  two.max_redirects = 2;
  r = Fetch(server_->Url("/r1"), two);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
}

TEST_F(FetchTest, RedirectLoopIsBounded) {
  Result<FetchResponse> r = Fetch(server_->Url("/loop"), Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_TRUE(Contains(r.status().message(), "more than 5 redirects")) << r.status().message();
  EXPECT_LE(server_->Requests().size(), 6u);
}

TEST_F(FetchTest, RedirectToAnotherSchemeIsRefused) {
  Result<FetchResponse> r = Fetch(server_->Url("/to-file"), Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput) << r.status().ToString();
  EXPECT_FALSE(Contains(r.status().message(), "root:"));
}

TEST_F(FetchTest, HttpErrorsAreClearRejections) {
  Result<FetchResponse> r = Fetch(server_->Url("/missing"), Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "HTTP 404 Not Found");
  r = Fetch(server_->Url("/error"), Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
  EXPECT_EQ(r.status().message(), "HTTP 500 Internal Server Error");
}

TEST_F(FetchTest, BodiesOverTheBudgetAreCut) {
  Result<FetchResponse> r = Fetch(server_->Url("/big"), Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kOutOfBudget) << r.status().ToString();
  r = Fetch(server_->Url("/unannounced"), Options());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kOutOfBudget) << r.status().ToString();
  // A Content-Length below the truth: curl reads what was announced, never more.
  r = Fetch(server_->Url("/liar"), Options());
  if (r.ok()) {
    EXPECT_EQ(r->body.size(), 40u);
  }
}

TEST_F(FetchTest, SlowAnswerTimesOut) {
  FetchOptions o = Options();
  o.timeout_ms = 300;
  auto started = std::chrono::steady_clock::now();
  Result<FetchResponse> r = Fetch(server_->Url("/slow"), o);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
  EXPECT_TRUE(Contains(r.status().message(), "timed out")) << r.status().message();
  EXPECT_LT(seconds, 2.0);
}

TEST_F(FetchTest, NothingListensIsAnIoError) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  int port = ntohs(addr.sin_port);
  // The port stays bound (no other test can take it) but nothing listens: connections are refused.
  Result<FetchResponse> r = Fetch("http://127.0.0.1:" + std::to_string(port) + "/", Options());
  close(fd);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kIoError);
}

TEST(Fetch, OnlyHttpAndHttpsUrls) {
  EXPECT_TRUE(IsUrl("http://a.example/"));
  EXPECT_TRUE(IsUrl("HTTPS://a.example/"));
  EXPECT_FALSE(IsUrl("ftp://a.example/"));
  EXPECT_FALSE(IsUrl("file:///etc/passwd"));
  EXPECT_FALSE(IsUrl("http:/a"));
  EXPECT_FALSE(IsUrl("news.txt"));
  Result<FetchResponse> r = Fetch("file:///etc/passwd", FetchOptions());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

// Through the document reader: the fetched body is read by its Content-Type and content.
std::vector<ReadItem> ReadUrl(const std::string& url, Status* open_status) {
  ReadOptions options;
  options.max_input_bytes = 1u << 20;
  options.fetch.timeout_ms = 5000;
  std::vector<ReadItem> items;
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(url, options);
  if (!reader.ok()) {
    *open_status = reader.status();
    return items;
  }
  ReadItem item;
  while ((*reader)->Next(&item) && items.size() < 1000) items.push_back(item);
  return items;
}

TEST_F(FetchTest, FeedUrlYieldsItsItemsWithLinksResolved) {
  Status open;
  std::vector<ReadItem> items = ReadUrl(server_->Url("/r1"), &open);
  ASSERT_TRUE(open.ok()) << open.ToString();
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].ok) << items[0].error.ToString();
  EXPECT_EQ(items[0].doc.source, "Loopback Wire");
  EXPECT_EQ(items[0].doc.url, server_->Url("/news/1"));  // relative to the final URL
  EXPECT_EQ(items[1].doc.url, "http://other.example/2");
  EXPECT_EQ(items[0].origin, server_->Url("/r1") + ":item 1");
}

TEST_F(FetchTest, HtmlUrlUsesTheCharsetOfItsContentType) {
  Status open;
  std::vector<ReadItem> items = ReadUrl(server_->Url("/page"), &open);
  ASSERT_TRUE(open.ok()) << open.ToString();
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok) << items[0].error.ToString();
  EXPECT_EQ(items[0].doc.body, "Le préfet a annoncé un couvre-feu à Dalmina après l’attaque de la nuit dernière.");
  EXPECT_EQ(items[0].doc.url, server_->Url("/page"));
}

TEST_F(FetchTest, TextUrlAndFailingUrls) {
  Status open;
  std::vector<ReadItem> items = ReadUrl(server_->Url("/gzip"), &open);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].doc.body, "A plain text report, sent compressed, about a flood in the valley.");
  EXPECT_EQ(items[0].doc.url, server_->Url("/gzip"));
  items = ReadUrl(server_->Url("/missing"), &open);
  EXPECT_TRUE(items.empty());
  EXPECT_EQ(open.code(), StatusCode::kNotFound);
  items = ReadUrl(server_->Url("/big"), &open);
  EXPECT_EQ(open.code(), StatusCode::kOutOfBudget);
}

TEST_F(FetchTest, ItemLinksAreFollowedWithinTheBudgetOfLinks) {
  ReadOptions options;
  options.follow_links = 3;
  std::vector<ReadItem> items;
  Result<std::unique_ptr<DocumentReader>> reader = DocumentReader::Open(server_->Url("/linked.xml"), options);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  ReadItem item;
  while ((*reader)->Next(&item)) items.push_back(item);
  ASSERT_EQ(items.size(), 4u);
  for (const ReadItem& i : items) ASSERT_TRUE(i.ok) << i.error.ToString();
  EXPECT_EQ(items[0].doc.body, "The full story of the first item, much longer than the summary, told in a paragraph "
                               "of its own.\n\nAnd a second paragraph.");
  EXPECT_EQ(items[0].doc.published, "2025-04-02");
  EXPECT_EQ(items[0].doc.lang_hint, "en");
  EXPECT_EQ(items[0].doc.url, server_->Url("/article"));
  EXPECT_EQ(items[1].doc.body, "Short summary two.");
  ASSERT_EQ(items[1].doc.warnings.size(), 1u);
  EXPECT_EQ(items[1].doc.warnings[0], "link not followed: HTTP 404 Not Found; the feed's text is kept");
  EXPECT_EQ(items[2].doc.body, "Short summary three.");
  ASSERT_EQ(items[2].doc.warnings.size(), 1u);
  EXPECT_TRUE(Contains(items[2].doc.warnings[0], "not an HTML page (text/plain)")) << items[2].doc.warnings[0];
  EXPECT_EQ(items[3].doc.body, "Short summary four.");  // over the budget of three links
  EXPECT_TRUE(items[3].doc.warnings.empty());
  size_t fetched = 0;
  for (const std::string& r : server_->Requests()) fetched += r.rfind("GET /article ", 0) == 0;
  EXPECT_EQ(fetched, 1u);

  // Without the option, no link is fetched.
  options.follow_links = 0;
  reader = DocumentReader::Open(server_->Url("/linked.xml"), options);
  ASSERT_TRUE(reader.ok());
  ASSERT_TRUE((*reader)->Next(&item));
  EXPECT_EQ(item.doc.body, "Short summary one.");
}

TEST_F(FetchTest, AnalyzeTakesUrls) {
  testing::CommandResult r = testing::RunVigie("analyze " + testing::ShellQuote(server_->Url("/feed.xml")) + " " +
                                               testing::ShellQuote(server_->Url("/missing")));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  std::vector<std::string> lines = testing::Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out << r.err;
  EXPECT_TRUE(Contains(lines[0], "\"source\":\"Loopback Wire\"")) << lines[0];
  EXPECT_TRUE(Contains(r.err, "rejected: " + server_->Url("/missing") + ": HTTP 404 Not Found")) << r.err;
}

}  // namespace
}  // namespace vigie
