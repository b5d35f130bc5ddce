// parts-exceed-total: the parts a sentence lists of a total (營收570億美元，
// 其中資料中心512億美元、遊戲43億美元; "$51.2 billion, of which compute $43
// billion and networking $8.2 billion") cannot sum to more than it.
//
// Precision first: the total is a figure followed within `reach` bytes by a
// word of `part_words` (其中, of which, including); the parts are the figures
// after that word in the same sentence, up to a word of `stop_words` (；, a
// new clause about another fact), of the total's unit, entity, metric (or no
// metric, or the open metric its own words make: "compute was $43 billion")
// and as-of; at least two of them. Only more than the whole is flagged
// (parts may be left unlisted): the least the parts can be, summed, above the
// most the total can be.
#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

bool SameFact(const Claim& total, const Claim& part) {
  return part.unit == total.unit && part.dimension == total.dimension && part.entity == total.entity &&
         (part.metric.empty() || part.metric == total.metric || part.metric.rfind(MetricTable::kOpenPrefix, 0) == 0) &&
         part.as_of == total.as_of;  // "compute was $43 billion": the part's own words, an open metric
}

}  // namespace

void CheckPartsExceedTotal(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                           std::vector<Finding>* out) {
  const size_t reach = static_cast<size_t>(rule.Number("reach", 12).ToInt64().value_or(12));
  for (const Passage& p : index.passages) {
    for (size_t t = 0; t + 2 < p.size(); ++t) {
      const Claim& total = *p[t];
      if (total.dimension == Dimension::kDate || total.dimension == Dimension::kPercent ||
          total.dimension == Dimension::kDuration || total.metric.empty()) {
        continue;
      }
      if (!ContainsAny(After(total, reach), rule.Words("part_words"))) continue;
      std::vector<const Claim*> parts;
      for (size_t k = t + 1; k < p.size(); ++k) {
        if (k > t + 1 && ContainsAny(Between(*p[k - 1], *p[k]), rule.Words("stop_words"))) break;
        if (SameFact(total, *p[k])) parts.push_back(p[k]);
      }
      if (parts.size() < 2) continue;
      auto whole = Interval(total, context);
      if (!whole) continue;
      Decimal least = 0;
      bool usable = true;
      for (const Claim* c : parts) {
        auto v = Interval(*c, context);
        if (!v || v->lo.IsNegative()) {
          usable = false;
          break;
        }
        least = least + v->lo;
      }
      if (!usable || !(whole->hi < least)) continue;
      std::vector<const Claim*> cited = {&total};
      cited.insert(cited.end(), parts.begin(), parts.end());
      out->push_back(MakeFinding(rule, cited,
                                 "the parts listed of " + Describe(total) + " sum to at least " + Show(least) + " " +
                                     total.unit + ", more than the whole"));
    }
  }
}

}  // namespace figcheck
