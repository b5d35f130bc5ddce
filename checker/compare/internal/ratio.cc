// ratio: a multiplier or fraction stated between two figures of one sentence
// (B 是 A 的 5 倍, 只有 A 的十分之一, five times the …) must match them.
//
// Precision first: the sentence holds exactly two figures of one unit besides
// the multiplier, and the multiplier is tied to them by a word of
// `before_words` just before it (的 5 倍, 的十分之一) or of `after_words`
// just after it (five times the, one tenth of). A multiplier after a word of
// `increase_words` states a change and is left to stated-change. The larger
// over the smaller (or, for a fraction, the smaller over the larger) must
// meet the multiplier widened by `tolerance`, and lie within `max_off` times
// of it (further off, the figures are not the pair the multiplier relates).
#include "checker/compare/internal/checks.h"

namespace figcheck {

void CheckRatio(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context, std::vector<Finding>* out) {
  const Decimal one = 1;
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.05"));
  const Decimal max_off = rule.Number("max_off", 10);
  for (const Passage& p : index.passages) {
    for (const Claim* m : p) {
      if (m->unit != "x") continue;
      const bool tied = ContainsAny(Before(*m, 9), rule.Words("before_words")) ||
                        ContainsAny(After(*m, 6), rule.Words("after_words"));
      if (!tied || ContainsAny(Before(*m, 12), rule.Words("increase_words"))) continue;
      std::vector<const Claim*> figures;
      for (const Claim* c : p) {
        if (c != m && c->unit != "x" && c->dimension != Dimension::kDate && c->dimension != Dimension::kDuration) {
          figures.push_back(c);
        }
      }
      if (figures.size() != 2 || figures[0]->unit != figures[1]->unit) continue;
      auto k = Interval(*m, context), a = Interval(*figures[0], context), b = Interval(*figures[1], context);
      if (!k || !a || !b) continue;
      const bool fraction = k->hi < one;
      const bool a_larger = b->hi < a->lo || (!(a->hi < b->lo) && b->lo < a->lo);
      const ValueInterval& big = a_larger ? *a : *b;
      const ValueInterval& small = a_larger ? *b : *a;
      auto actual = fraction ? Quotient(small, big) : Quotient(big, small);
      if (!actual || Meet(*actual, Widen(*k, t))) continue;
      // A ratio `max_off` times off or more relates other figures than these two.
      if (k->hi * max_off < actual->lo || actual->hi * max_off < k->lo) continue;
      out->push_back(MakeFinding(rule, {m, figures[0], figures[1]},
                                 "the stated ratio " + Describe(*m) + " does not match the two figures it relates: " +
                                     Describe(*figures[0]) + " and " + Describe(*figures[1]) + " are x" +
                                     Show(*actual) + " of each other"));
    }
  }
}

}  // namespace figcheck
