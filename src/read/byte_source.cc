#include "read/byte_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace vigie {
namespace {

// zlib prefixes its messages with the name given to gzdopen ("<fd:3>: "): drop it.
std::string ZlibMessage(const char* msg) {
  if (msg == nullptr || *msg == '\0') return "zlib error";
  std::string m(msg);
  if (m.rfind("<fd:", 0) == 0) {
    size_t colon = m.find(": ");
    if (colon != std::string::npos) m.erase(0, colon + 2);
  }
  return m;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> ByteSource::Open(const std::string& path) {
  int fd;
  if (path == "-") {
    fd = dup(STDIN_FILENO);
    if (fd < 0) return Status::IoError(std::string("cannot read standard input: ") + std::strerror(errno));
  } else {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return Status::InvalidArgument("is a directory");
    }
  }
  gzFile gz = gzdopen(fd, "rb");
  if (gz == nullptr) {
    ::close(fd);
    return Status::IoError("cannot read: out of memory");
  }
  gzbuffer(gz, 1 << 17);
  return std::unique_ptr<ByteSource>(new ByteSource(gz, path));
}

std::unique_ptr<ByteSource> ByteSource::FromString(std::string data, std::string name) {
  std::unique_ptr<ByteSource> source(new ByteSource(nullptr, std::move(name)));
  source->pushback_ = std::move(data);
  return source;
}

ByteSource::~ByteSource() {
  if (gz_ != nullptr) gzclose(static_cast<gzFile>(gz_));
}

bool ByteSource::compressed() const { return gz_ != nullptr && gzdirect(static_cast<gzFile>(gz_)) == 0; }

int64_t ByteSource::RawOffset() const {
  z_off_t offset = gzoffset(static_cast<gzFile>(gz_));
  return offset < 0 ? -1 : static_cast<int64_t>(offset);
}

void ByteSource::Unread(std::string data) {
  data.append(pushback_, pushback_pos_, std::string::npos);
  pushback_ = std::move(data);
  pushback_pos_ = 0;
}

Result<size_t> ByteSource::Read(char* buf, size_t n) {
  if (pushback_pos_ < pushback_.size()) {
    size_t take = std::min(n, pushback_.size() - pushback_pos_);
    std::memcpy(buf, pushback_.data() + pushback_pos_, take);
    pushback_pos_ += take;
    if (pushback_pos_ == pushback_.size()) {
      pushback_.clear();
      pushback_pos_ = 0;
    }
    return take;
  }
  if (gz_ == nullptr) return size_t{0};
  gzFile gz = static_cast<gzFile>(gz_);
  unsigned want = n > static_cast<size_t>(INT_MAX) ? static_cast<unsigned>(INT_MAX) : static_cast<unsigned>(n);
  int got = gzread(gz, buf, want);
  if (got < 0) {
    int errnum = 0;
    const char* msg = gzerror(gz, &errnum);
    if (errnum == Z_ERRNO) return Status::IoError(std::string("cannot read: ") + std::strerror(errno));
    return Status::InvalidInput("corrupt compressed data (" + ZlibMessage(msg) + ")");
  }
  if (got == 0) {
    int errnum = 0;
    const char* msg = gzerror(gz, &errnum);
    if (errnum != Z_OK && errnum != Z_STREAM_END) {
      return Status::InvalidInput("truncated or corrupt compressed data (" + ZlibMessage(msg) + ")");
    }
  }
  return static_cast<size_t>(got);
}

Status ByteSource::ReadAll(size_t max_bytes, std::string* out, bool* truncated) {
  out->clear();
  *truncated = false;
  char buf[1 << 16];
  while (true) {
    Result<size_t> got = Read(buf, sizeof buf);
    if (!got.ok()) return got.status();
    if (*got == 0) return Status::Ok();
    if (out->size() + *got > max_bytes) {
      out->append(buf, max_bytes - out->size());
      *truncated = true;
      return Status::Ok();
    }
    out->append(buf, *got);
  }
}

}  // namespace vigie
