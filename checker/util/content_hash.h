// Content hash: tells whether a file's bytes changed since they were stored.
//
// Contract: ContentHash returns a fixed-width hex digest of `bytes` (64-bit
// FNV-1a followed by the byte count): equal bytes give equal digests, and
// an edit changes it except with negligible chance. It detects change; it
// is not a cryptographic checksum. FileContentHash reads the file in blocks
// (an unreadable file is an IoError naming it).
#ifndef FIGCHECK_UTIL_CONTENT_HASH_H_
#define FIGCHECK_UTIL_CONTENT_HASH_H_

#include <string>
#include <string_view>

#include "checker/util/status.h"

namespace figcheck {

std::string ContentHash(std::string_view bytes);
Result<std::string> FileContentHash(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_UTIL_CONTENT_HASH_H_
