// ScanLanes: one pass over a text for several word lists at once.
//
// Contract: for each lane (a WordMatcher), finds the same matches as calling
// its MatchAt at every code-point start of text[begin, end) not covered by
// the lane's last kept match: leftmost, longest, non-overlapping per lane.
// Each match found is passed to keep(lane, pos, match); when it returns
// true the match covers its span for that lane, else the scan goes on at the
// next position. Empty matchers are skipped. Cost: one decode per code
// point and a code-point pair test per lane (word_matcher.h); the trie is
// walked only where that passes. `joint`, the lanes' filters merged (built
// once for lists that are scanned together often), first rejects with one
// test a position where no lane can start.
#ifndef FIGCHECK_RULES_LANE_SCAN_H_
#define FIGCHECK_RULES_LANE_SCAN_H_

#include <array>
#include <cstddef>
#include <string_view>

#include "checker/rules/word_matcher.h"
#include "checker/util/utf8.h"

namespace figcheck {

template <size_t N, typename Keep>
void ScanLanes(std::string_view text, size_t begin, size_t end, const std::array<const WordMatcher*, N>& lanes,
               Keep keep, const StartFilter* joint = nullptr) {
  std::array<size_t, N> next_free{};
  std::array<bool, N> active{};
  bool any = false;
  for (size_t k = 0; k < N; ++k) any |= active[k] = lanes[k] != nullptr && !lanes[k]->empty();
  if (!any) return;
  // Each code point is decoded once; with the next one it prefilters every lane.
  size_t len = 0;
  char32_t cp = begin < end ? utf8::Decode(text, begin, &len) : 0;
  for (size_t pos = begin; pos < end;) {
    size_t next_len = 0;
    const char32_t next = pos + len < end ? utf8::Decode(text, pos + len, &next_len) : 0;
    if (joint == nullptr || joint->MayStartWith(cp, next)) {
      for (size_t k = 0; k < N; ++k) {
        if (!active[k] || pos < next_free[k] || !lanes[k]->MayStartWith(cp, next)) continue;
        if (auto m = lanes[k]->MatchAt(text, pos); m && keep(k, pos, *m)) next_free[k] = pos + m->length;
      }
    }
    pos += len;
    cp = next;
    len = next_len;
  }
}

}  // namespace figcheck

#endif  // FIGCHECK_RULES_LANE_SCAN_H_
