// A sequential byte stream over a file, standard input, or a gzip file (zlib decompresses
// transparently: plain input is read as is). Reads are buffered by zlib.
#ifndef VIGIE_READ_BYTE_SOURCE_H_
#define VIGIE_READ_BYTE_SOURCE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "common/status.h"

namespace vigie {

class ByteSource {
 public:
  // `path` "-" is standard input. Fails when the path cannot be opened or is a directory.
  static Result<std::unique_ptr<ByteSource>> Open(const std::string& path);
  // A stream over bytes already in memory (a fetched body), read as they are (no gzip).
  static std::unique_ptr<ByteSource> FromString(std::string data, std::string name);
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Reads up to `n` bytes; returns the count (0 at the end) or an error (corrupt or
  // truncated gzip data, I/O error).
  Result<size_t> Read(char* buf, size_t n);

  // Reads up to `max_bytes` into *out (cleared first). Sets *truncated when more input was
  // left. The rest of the stream is not consumed.
  Status ReadAll(size_t max_bytes, std::string* out, bool* truncated);

  // Puts `data` back: the next reads return it before the rest of the stream.
  void Unread(std::string data);

  // Whether the stream was gzip-compressed (known after the first read).
  bool compressed() const;
  // Bytes of the file consumed so far (compressed bytes for gzip, counting zlib's read-ahead),
  // for progress reports; -1 when unknown.
  int64_t RawOffset() const;
  const std::string& path() const { return path_; }

 private:
  ByteSource(void* gz, std::string path) : gz_(gz), path_(std::move(path)) {}
  void* gz_;  // gzFile; null for FromString
  std::string path_;
  std::string pushback_;
  size_t pushback_pos_ = 0;
};

}  // namespace vigie

#endif  // VIGIE_READ_BYTE_SOURCE_H_
