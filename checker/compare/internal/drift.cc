// drift: one article restating one fact with a different value.
//
// FindConflicts (conflicts.h) already compares every pair of claims of one
// fact in one unit, within a document as across documents, on different
// lines; drift does not repeat those pairs. It covers what FindConflicts
// cannot, because money is grouped per currency there: the same fact (one
// entity, metric, aspects and as-of, on different lines of one document)
// restated in another currency, whose two values do not convert at the
// yearly average rate (rules/reference/exchange_rates.yaml) within
// `tolerance`. Metrics with `compare: false` are too generic to call one fact,
// and a fact the article already gives two values in one currency is not
// treated as one fact.
#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

bool SameFact(const Claim& a, const Claim& b) {
  return a.doc == b.doc && a.line != b.line && a.entity == b.entity && a.metric == b.metric &&
         a.aspects == b.aspects && a.as_of == b.as_of;
}

// The fact has one value in this claim's currency in its document: when the
// article already gives it two values in one currency, the claims are not one
// fact (or FindConflicts has flagged them), and a conversion proves nothing.
bool Settled(const std::vector<const Claim*>& money, size_t k, const Claim& c) {
  for (size_t i = 0; i < money.size(); ++i) {
    const Claim& o = *money[i];
    if (i != k && o.doc == c.doc && o.unit == c.unit && o.entity == c.entity && o.metric == c.metric &&
        o.aspects == c.aspects && o.as_of == c.as_of && o.value != c.value) {
      return false;
    }
  }
  return true;
}

}  // namespace

void CheckDrift(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context, std::vector<Finding>* out) {
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.08"));
  std::vector<const Claim*> money;
  for (const Claim& c : index.all) {
    if (c.dimension != Dimension::kCurrency || c.entity.empty() || !c.as_of) continue;
    const MetricRule* metric = context.rules.metrics.Find(c.metric);
    if (metric != nullptr && metric->compare) money.push_back(&c);
  }
  for (size_t i = 0; i < money.size(); ++i) {
    const Claim& a = *money[i];
    // Claims come in document order: a document's pairs end at its last claim.
    for (size_t j = i + 1; j < money.size() && money[j]->doc == a.doc; ++j) {
      const Claim& b = *money[j];
      if (a.unit == b.unit || !SameFact(a, b) || !Settled(money, i, a) || !Settled(money, j, b)) continue;
      std::string why;
      if (ConversionFits(context.rules.exchange_rates, a, b, t, context, &why)) continue;
      out->push_back(MakeFinding(rule, {&a, &b},
                                 a.entity + " " + a.metric + " is stated twice in one article: " + Describe(a) +
                                     " and " + Describe(b) + ": " + why));
    }
  }
}

}  // namespace figcheck
