// Fuzz target: the document readers (seed, JSONL, text, gzip sniffing, budgets) over
// arbitrary bytes, through an in-memory file. Every document that comes out is valid UTF-8
// with a non-empty body; nothing crashes.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "read/document_reader.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  int fd = memfd_create("vigie-fuzz", MFD_CLOEXEC);
  if (fd < 0) return 0;
  size_t done = 0;
  while (done < size) {
    ssize_t n = write(fd, data + done, size - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  for (vigie::InputFormat format : {vigie::InputFormat::kAuto, vigie::InputFormat::kJsonl, vigie::InputFormat::kSeed}) {
    for (vigie::Utf8Policy policy : {vigie::Utf8Policy::kStrict, vigie::Utf8Policy::kLenient}) {
      vigie::ReadOptions options;
      options.format = format;
      options.utf8 = policy;
      options.max_doc_bytes = 4096;
      auto reader = vigie::DocumentReader::Open(path, options);
      if (!reader.ok()) continue;
      vigie::ReadItem item;
      int guard = 0;
      while ((*reader)->Next(&item) && ++guard < 100000) {
        if (!item.ok) continue;
        if (item.doc.body.empty() || !vigie::utf8::IsValid(item.doc.body) || !vigie::utf8::IsValid(item.doc.title)) {
          std::abort();
        }
        if (item.doc.body.find('\0') != std::string::npos) std::abort();
      }
    }
  }
  close(fd);
  return 0;
}
