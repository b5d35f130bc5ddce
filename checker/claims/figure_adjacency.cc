#include "checker/claims/figure_adjacency.h"

#include "checker/quantity/conversion.h"

#include "checker/util/utf8.h"

namespace figcheck {

bool LinksTo(const Mention& word, const Quantity& figure) {
  constexpr size_t kReach = 7;  // bytes: 的為, a space
  return word.end <= figure.begin && figure.begin - word.end <= kReach;
}

bool FollowsRightAfter(std::string_view text, const Quantity& figure, const Mention& word) {
  constexpr size_t kAside = 40;  // bytes of a bracket right after the figure: " (USD 0.11)"
  if (word.begin < figure.end) return false;
  size_t p = figure.end;
  while (p < word.begin && text[p] == ' ') ++p;
  if (p < word.begin && text[p] == '(') {  // NT$3.55 (USD 0.11) in the same period last year
    const size_t close = text.find(')', p);
    if (close == std::string_view::npos || close >= word.begin || close - p > kAside) return false;
    p = close + 1;
  }
  if (word.begin - p > 2) return false;
  for (; p < word.begin; ++p) {
    if (text[p] != ' ' && text[p] != ',') return false;
  }
  return true;
}

bool CueOfTheFigureBefore(std::string_view text, const std::vector<Quantity>& quantities, const Mention& cue,
                          Dimension metric_dimension) {
  auto it = FirstQuantityAt(quantities, cue.begin);
  if (it == quantities.begin()) return false;
  const Quantity& before = *std::prev(it);
  if (!before.is_claim || before.dimension != metric_dimension || before.end > cue.begin ||
      cue.begin >= text.size() || !utf8::IsAsciiAlpha(text[cue.begin])) {
    return false;
  }
  // A space, or one word between: "11.3% increase quarter-over-quarter".
  constexpr size_t kOneWord = 12;  // bytes
  if (cue.begin - before.end > kOneWord) return false;
  int words = 0;
  for (size_t p = before.end; p < cue.begin; ++p) {
    if (text[p] == ' ') continue;
    if (!utf8::IsAsciiAlpha(text[p])) return false;
    if (p == before.end || text[p - 1] == ' ') ++words;
  }
  return words <= 1;
}

bool FigureBetween(const std::vector<Quantity>& quantities, size_t from, size_t to) {
  for (auto it = FirstQuantityAt(quantities, from); it != quantities.end() && it->begin < to; ++it) {
    if (it->is_claim && it->dimension != Dimension::kDate) return true;
  }
  return false;
}

bool RestatesInBrackets(std::string_view text, const Quantity& before, const Quantity& q) {
  return before.dimension != Dimension::kDate && before.end <= q.begin && OnlyAParenthesis(text, before.end, q.begin);
}

}  // namespace figcheck
