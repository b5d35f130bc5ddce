// LineIndex: byte offset -> 1-based line and code-point column.
//
// Line starts are found once with memchr. Columns are counted in code points,
// which would cost O(line length) per query on a document that is one 50 MB
// line; a checkpoint every kCheckpointBytes bytes records how many code points
// precede it, so a query counts at most two blocks.
#include "checker/document/document.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace figcheck {
namespace {

// Code points that start in [begin, end): every byte that is not a UTF-8
// continuation byte (10xxxxxx) starts one. Eight bytes at a time: a lane's
// high bit set and its next bit clear marks a continuation byte.
size_t CountStarts(const char* begin, const char* end) {
  constexpr uint64_t kHighs = 0x8080808080808080ULL;
  size_t n = 0;
  const char* p = begin;
  for (; p + 8 <= end; p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t continuation = w & ~(w << 1) & kHighs;
    n += 8 - static_cast<size_t>(__builtin_popcountll(continuation));
  }
  for (; p < end; ++p) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
  return n;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) {
  starts_.push_back(0);
  const char* base = text.data();
  const char* end = base + text.size();
  for (const char* p = base; p < end;) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    starts_.push_back(static_cast<size_t>(p - base));
  }

  checkpoints_.reserve(text.size() / kCheckpointBytes + 1);
  size_t count = 0;
  for (size_t block = 0; block <= text.size() / kCheckpointBytes; ++block) {
    checkpoints_.push_back(count);
    const size_t b = block * kCheckpointBytes;
    const size_t e = std::min(text.size(), b + kCheckpointBytes);
    count += CountStarts(base + b, base + e);
  }
}

size_t LineIndex::CodePointsBefore(std::string_view text, size_t offset) const {
  const size_t block = offset / kCheckpointBytes;
  if (block >= checkpoints_.size()) {  // index not built from this text: count directly
    return CountStarts(text.data(), text.data() + offset);
  }
  const size_t b = block * kCheckpointBytes;
  return checkpoints_[block] + CountStarts(text.data() + b, text.data() + offset);
}

SourcePosition LineIndex::Position(std::string_view text, size_t offset) const {
  offset = std::min(offset, text.size());
  if (starts_.empty()) {  // default-constructed index: answer as if one line
    return {1, static_cast<int>(CountStarts(text.data(), text.data() + offset)) + 1};
  }
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const size_t line = static_cast<size_t>(it - starts_.begin());  // >= 1: starts_[0] == 0
  const size_t line_start = starts_[line - 1];
  // Short distances (the usual paragraph) are counted directly; long lines use the checkpoints.
  const size_t column = offset - line_start <= kCheckpointBytes
                            ? CountStarts(text.data() + line_start, text.data() + offset)
                            : CodePointsBefore(text, offset) - CodePointsBefore(text, line_start);
  return {static_cast<int>(line), static_cast<int>(column) + 1};
}

std::pair<size_t, size_t> LineIndex::LineRange(std::string_view text, int line) const {
  if (line < 1 || static_cast<size_t>(line) > starts_.size()) return {text.size(), text.size()};
  const size_t begin = std::min(starts_[line - 1], text.size());
  size_t end = static_cast<size_t>(line) < starts_.size() ? starts_[line] - 1 : text.size();
  if (end > begin && text[end - 1] == '\r') --end;  // CRLF: the '\r' belongs to the newline
  return {begin, end};
}

}  // namespace figcheck
