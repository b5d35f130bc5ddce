#include "checker/util/content_hash.h"

#include <array>
#include <cerrno>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

namespace figcheck {
namespace {

class Fnv1a64 {
 public:
  void Update(std::string_view bytes) {
    for (const unsigned char b : bytes) hash_ = (hash_ ^ b) * 0x100000001b3ULL;
    size_ += bytes.size();
  }
  std::string Digest() const {
    char out[40];
    std::snprintf(out, sizeof out, "%016" PRIx64 "-%" PRIu64, hash_, size_);
    return out;
  }

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
  uint64_t size_ = 0;
};

struct CloseFile {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

std::string ContentHash(std::string_view bytes) {
  Fnv1a64 h;
  h.Update(bytes);
  return h.Digest();
}

Result<std::string> FileContentHash(const std::string& path) {
  std::unique_ptr<std::FILE, CloseFile> file(std::fopen(path.c_str(), "rb"));
  if (!file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  Fnv1a64 h;
  std::array<char, 1 << 16> buffer;
  for (;;) {
    const size_t n = std::fread(buffer.data(), 1, buffer.size(), file.get());
    h.Update(std::string_view(buffer.data(), n));
    if (n < buffer.size()) break;
  }
  if (std::ferror(file.get())) return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  return h.Digest();
}

}  // namespace figcheck
