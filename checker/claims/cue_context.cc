#include "checker/claims/cue_context.h"

#include "checker/util/utf8.h"

namespace figcheck {

bool WordBetween(std::string_view text, size_t from, size_t to, const WordMatcher& words) {
  for (size_t p = from; p < to; ++p) {
    if (words.MayStartAt(text, p) && words.MatchAt(text, p)) return true;
  }
  return false;
}

bool NamesAReport(std::string_view text, size_t event_end, size_t sentence_end, const WordMatcher& results_words) {
  constexpr int kReach = 30;  // code points: room for a period (截至9月27日的2025財年第四季度及全年財報)
  size_t p = event_end;
  for (int n = 0; n < kReach && p < sentence_end; ++n) {
    if (text[p] == ',' || text[p] == ';' || text[p] == '.') return false;
    if (results_words.MatchAt(text, p)) return true;
    size_t len = 1;
    if (utf8::Decode(text, p, &len) == U'\u3002') return false;  // 。
    p += len;
  }
  return false;
}

}  // namespace figcheck
