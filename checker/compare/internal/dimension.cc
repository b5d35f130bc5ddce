// Dimension checks: a figure whose size or unit cannot be what it claims.
//
// share-over-100: a share (市佔率, share of) cannot exceed 100 %: a
// percentage whose metric is listed in `share_metrics` and whose interval
// lies wholly above 100 % (plus `slack` points). Energy stated in a power
// unit is unit-mismatch, found by FindConflicts from attribution.
//
// points-for-change: percentage points measure the difference of two
// percentages; a change between two amounts is a percent change. Fires on a
// percentage whose text holds a word of `point_words` (個百分點, percentage
// points) that states a change (a metric of `change_metrics`, or a word of
// `change_words` just before it), and whose two
// preceding figures in the sentence are amounts of one unit, entity and
// metric, compared by a word of `compare_words` (相較, from, compared with):
// the two ends of the change it states.
#include <algorithm>

#include "checker/compare/internal/checks.h"

namespace figcheck {

void CheckShareOverWhole(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                         std::vector<Finding>* out) {
  const Decimal limit = Decimal(100) + rule.Number("slack", 0);
  const auto& shares = rule.Words("share_metrics");
  for (const Claim& c : index.all) {
    if (c.dimension != Dimension::kPercent || std::find(shares.begin(), shares.end(), c.metric) == shares.end()) continue;
    auto v = Interval(c, context);
    if (!v || !(limit < v->lo)) continue;
    out->push_back(MakeFinding(rule, {&c},
                               (c.entity.empty() ? std::string() : c.entity + " ") + c.metric + ": " + Describe(c) +
                                   " is a share above 100 %: a part cannot exceed its whole"));
  }
}

void CheckPointsForChange(const ClaimIndex& index, const CheckRule& rule, const CheckContext&,
                          std::vector<Finding>* out) {
  const auto& changes = rule.Words("change_metrics");
  for (const Passage& p : index.passages) {
    for (size_t k = 2; k < p.size(); ++k) {
      const Claim& c = *p[k];
      const bool change = std::find(changes.begin(), changes.end(), c.metric) != changes.end() ||
                          ContainsAny(Before(c, 20), rule.Words("change_words"));
      if (c.dimension != Dimension::kPercent || !change || !ContainsAny(Span(c), rule.Words("point_words"))) continue;
      const Claim& a = *p[k - 2];
      const Claim& b = *p[k - 1];
      if (a.dimension == Dimension::kPercent || a.dimension != b.dimension || a.unit != b.unit ||
          a.entity != b.entity || a.unit == "x" || a.dimension == Dimension::kDate ||
          a.dimension == Dimension::kDuration) {
        continue;
      }
      const auto& compare = rule.Words("compare_words");
      const bool one_fact = a.metric == b.metric || a.metric.empty() || b.metric.empty();
      if (!one_fact || (!ContainsAny(Between(a, b), compare) && !ContainsAny(Before(a, 12), compare))) continue;
      out->push_back(MakeFinding(rule, {&c, &a, &b},
                                 Describe(c) + " states a change between " + Describe(a) + " and " + Describe(b) +
                                     " in percentage points, but they are amounts, not percentages: the change is " +
                                     "a percent change"));
    }
  }
}

}  // namespace figcheck
