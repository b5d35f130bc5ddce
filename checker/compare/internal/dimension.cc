// share-over-100: a share (市佔率, share of) cannot exceed 100 %.
//
// A percentage whose metric is listed in `share_metrics` and whose interval
// lies wholly above 100 % (plus `slack` points). Energy stated in a power
// unit is unit-mismatch, found by FindConflicts from attribution.
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

}  // namespace figcheck
