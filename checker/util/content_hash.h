// Content hash: tells whether a file's bytes changed since they were stored.
//
// Contract: FileContentHash reads a file in blocks and returns a hex digest
// of its bytes (64-bit FNV-1a followed by the byte count): equal bytes give
// equal digests, and an edit changes it except with negligible chance. It
// detects change; it is not a cryptographic checksum. An unreadable file is
// an IoError naming it. Fnv1a64 is the hash itself, for any stable key
// (finding fingerprints use it too).
#ifndef FIGCHECK_UTIL_CONTENT_HASH_H_
#define FIGCHECK_UTIL_CONTENT_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "checker/util/status.h"

namespace figcheck {

inline constexpr uint64_t kFnv1a64Offset = 0xcbf29ce484222325ULL;
// 64-bit FNV-1a of `bytes`, continuing from `hash` (kFnv1a64Offset to start).
uint64_t Fnv1a64(std::string_view bytes, uint64_t hash = kFnv1a64Offset);

Result<std::string> FileContentHash(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_UTIL_CONTENT_HASH_H_
