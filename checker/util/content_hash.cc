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

struct CloseFile {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

uint64_t Fnv1a64(std::string_view bytes, uint64_t hash) {
  for (const unsigned char b : bytes) hash = (hash ^ b) * 0x100000001b3ULL;
  return hash;
}

Result<std::string> FileContentHash(const std::string& path) {
  std::unique_ptr<std::FILE, CloseFile> file(std::fopen(path.c_str(), "rb"));
  if (!file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  uint64_t hash = kFnv1a64Offset;
  uint64_t size = 0;
  std::array<char, 1 << 16> buffer;
  for (;;) {
    const size_t n = std::fread(buffer.data(), 1, buffer.size(), file.get());
    hash = Fnv1a64(std::string_view(buffer.data(), n), hash);
    size += n;
    if (n < buffer.size()) break;
  }
  if (std::ferror(file.get())) return Status::IoError(path + ": cannot read: " + std::strerror(errno));
  char digest[40];
  std::snprintf(digest, sizeof digest, "%016" PRIx64 "-%" PRIu64, hash, size);
  return std::string(digest);
}

}  // namespace figcheck
