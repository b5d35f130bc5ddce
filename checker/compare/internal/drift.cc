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
// treated as one fact (or FindConflicts has flagged it).
#include <map>

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

std::string FactKey(const Claim& c) {
  std::string key = c.doc + "\x1f" + c.entity + "\x1f" + c.metric + "\x1f" + (c.as_of ? c.as_of->ToIso() : "");
  for (const auto& a : c.aspects) key += "\x1f" + a.Text();
  return key;
}

}  // namespace

void CheckDrift(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context, std::vector<Finding>* out) {
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.08"));
  // fact -> currency -> its claims
  std::map<std::string, std::map<std::string, std::vector<const Claim*>>> facts;
  for (const Claim& c : index.all) {
    if (c.dimension != Dimension::kCurrency || c.entity.empty() || !c.as_of) continue;
    const MetricRule* metric = context.rules.metrics.Find(c.metric);
    if (metric != nullptr && metric->compare) facts[FactKey(c)][c.unit].push_back(&c);
  }
  for (const auto& [key, by_unit] : facts) {
    if (by_unit.size() < 2) continue;
    std::vector<const Claim*> settled;  // one claim per currency that states a single value
    bool single = true;
    for (const auto& [unit, claims] : by_unit) {
      for (const Claim* c : claims) single = single && c->value == claims.front()->value;
      settled.push_back(claims.front());
    }
    if (!single) continue;
    for (size_t i = 0; i < settled.size(); ++i) {
      for (size_t j = i + 1; j < settled.size(); ++j) {
        const Claim& a = *settled[i];
        const Claim& b = *settled[j];
        if (a.line == b.line) continue;
        std::string why;
        if (ConversionFits(context.rules.exchange_rates, a, b, t, context, &why)) continue;
        out->push_back(MakeFinding(rule, {&a, &b},
                                   a.entity + " " + a.metric + " is stated twice in one article: " + Describe(a) +
                                       " and " + Describe(b) + ": " + why));
      }
    }
  }
}

}  // namespace figcheck
