// equivalence: a figure stated as equivalent to a count of things (10 GW ≈
// the annual use of 8 million US households) must agree with what one of
// those things uses, per rules/reference/constants.yaml.
//
// In one sentence: an energy (Wh) or power (W) figure, then within `max_gap`
// bytes and after a word of `equivalence_words`, a count followed closely by
// a name of a constant (美國家庭, American homes). Power drawn for a year is
// power x hours_per_year. The count must meet energy / constant widened by
// `tolerance`.
//
// implausible-value: a figure of a metric (and aspect) listed in
// rules/reference/ranges.yaml whose interval lies wholly outside the range
// that metric's figures can take (a token price of 30 USD per thousand
// tokens): most often a wrong unit or scale.
#include <algorithm>

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

const ReferenceConstant* Named(std::string_view text, const ConstantTable& table) {
  for (const auto& c : table.constants) {
    if (c.unit == "Wh" && ContainsAny(text, c.names)) return &c;
  }
  return nullptr;
}

}  // namespace

void CheckEquivalence(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                      std::vector<Finding>* out) {
  const ConstantTable& table = context.rules.constants;
  const ReferenceConstant* hours = table.Find("hours_per_year");
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.25"));
  const size_t max_gap = static_cast<size_t>(rule.Number("max_gap", 80).ToInt64().value_or(80));
  for (const Passage& p : index.passages) {
    for (size_t i = 0; i + 1 < p.size(); ++i) {
      const Claim& amount = *p[i];
      const Claim& count = *p[i + 1];
      const bool power = amount.dimension == Dimension::kPower && hours != nullptr;
      if ((amount.dimension != Dimension::kEnergy && !power) || count.dimension != Dimension::kCount) continue;
      const std::string_view gap = Between(amount, count);
      if (gap.size() > max_gap || !ContainsAny(gap, rule.Words("equivalence_words"))) continue;
      const ReferenceConstant* each = Named(After(count, 24), table);
      auto e = Interval(amount, context), n = Interval(count, context);
      if (each == nullptr || !e || !n) continue;
      ValueInterval energy = *e;
      if (power) energy = {e->lo * hours->value, e->hi * hours->value};
      auto expected = Quotient(energy, {each->value, each->value});
      if (!expected || Meet(*n, Widen(*expected, t))) continue;
      out->push_back(MakeFinding(
          rule, {&amount, &count},
          Describe(amount) + " is stated as equivalent to " + Describe(count) + ", but " +
              (power ? "a year at that power is " + Show(energy) + " Wh, which" : "that energy") + " at " +
              each->value.ToString() + " " + each->unit + " each (" + each->id + ": " + each->source + ") is " +
              Show(*expected)));
    }
  }
}

void CheckPlausibleRange(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                         std::vector<Finding>* out) {
  for (const Claim& c : index.all) {
    for (const PlausibleRange& r : context.rules.ranges.ranges) {
      if (c.metric != r.metric || c.unit != r.unit) continue;
      if (!r.aspect.empty() && std::find(c.aspects.begin(), c.aspects.end(), Aspect::Parse(r.aspect)) == c.aspects.end()) {
        continue;
      }
      auto v = Interval(c, context);
      if (!v) continue;
      const bool below = r.min && v->hi < *r.min;
      const bool above = r.max && *r.max < v->lo;
      if (!below && !above) continue;
      const std::string bound = above ? "at most " + r.max->ToString() : "at least " + r.min->ToString();
      out->push_back(MakeFinding(rule, {&c},
                                 (c.entity.empty() ? std::string() : c.entity + " ") + c.metric +
                                     (r.aspect.empty() ? "" : " (" + r.aspect + ")") + ": " + Describe(c) +
                                     " is implausible: such figures are " + bound + " " + r.unit + " (" + r.source +
                                     "); check the unit or scale"));
      break;
    }
  }
}

}  // namespace figcheck
