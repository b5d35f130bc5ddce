// comparison-direction: "A, above B" must have A above B. A figure, then a
// comparison word of `above_words` (高於, above) or `below_words`
// (低於, below, short of) at most `max_gap` bytes on, then a figure of the same
// unit: the stated direction must hold between the two values as written
// (營收512億美元高於市場預期的490億美元 holds; "opened at $40, below its issue
// price of $40" does not: equal is neither above nor below).
//
// Precision first: both figures exact points (no range, no "about", no
// "over"), neither a date, nothing but words between them (no third figure of
// the unit), and a change word of `change_words` right before the second
// figure leaves it alone (高於去年同期成長的… compares growths, not levels).
#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

bool Point(const Claim& c) {
  return c.qualifier == Qualifier::kExact && !c.high && c.dimension != Dimension::kDate &&
         c.dimension != Dimension::kDuration && c.value.number().has_value();
}

}  // namespace

void CheckComparisonDirection(const ClaimIndex& index, const CheckRule& rule, const CheckContext&,
                              std::vector<Finding>* out) {
  const size_t max_gap = static_cast<size_t>(rule.Number("max_gap", 40).ToInt64().value_or(40));
  for (const Passage& p : index.passages) {
    for (size_t k = 1; k < p.size(); ++k) {
      const Claim& b = *p[k];
      if (!Point(b)) continue;
      // The nearest figure before b of b's unit.
      const Claim* a = nullptr;
      for (size_t j = k; j-- > 0;) {
        if (p[j]->unit == b.unit && p[j]->dimension == b.dimension) {
          a = p[j];
          break;
        }
      }
      if (a == nullptr || !Point(*a)) continue;
      const std::string_view gap = Between(*a, b);
      if (gap.empty() || gap.size() > max_gap || ContainsAny(Before(b, 12), rule.Words("change_words"))) continue;
      const bool above = ContainsAny(gap, rule.Words("above_words"));
      const bool below = ContainsAny(gap, rule.Words("below_words"));
      if (above == below) continue;  // neither, or both: no direction stated
      const Decimal& x = *a->value.number();
      const Decimal& y = *b.value.number();
      const bool holds = above ? y < x : x < y;
      if (holds) continue;
      out->push_back(MakeFinding(rule, {a, &b},
                                 Describe(*a) + " is said to be " + (above ? "above " : "below ") + Describe(b) +
                                     ", but " + (x == y ? "the two are equal" : (above ? "it is lower" : "it is higher"))));
    }
  }
}

}  // namespace figcheck
