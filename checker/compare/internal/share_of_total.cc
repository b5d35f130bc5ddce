// share-of-total: a share stated for a part (the US accounts for one third of
// global demand) must match the part's and the whole's own figures given in
// the same article (US 200 TWh of a global 415 TWh is 48 %).
//
// Precision first: the share (a percentage, or a fraction such as
// one-third) names its part by entity or place (in US), and its sentence names
// a whole with a word of `whole_words` (全球, global, total). In the same
// document there must be exactly one pair of figures of one metric, unit and
// as-of year: the part's (same entity or place) and the whole's (no entity,
// no place). A share dated to another year is left alone. The part over the
// whole must meet the share widened by `tolerance`.
#include <map>

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

bool IsAmount(const Claim& c) {
  switch (c.dimension) {
    case Dimension::kCurrency: case Dimension::kCount: case Dimension::kEnergy: case Dimension::kPower: return true;
    default: return false;
  }
}

// The place aspect ("in US") of a claim, or "".
std::string PlaceOf(const Claim& c) {
  for (const auto& a : c.aspects) {
    if (a.rfind("in ", 0) == 0) return a.substr(3);
  }
  return "";
}

bool IsYear(const std::optional<std::string>& as_of) {
  return as_of && as_of->size() == 4 && as_of->find_first_not_of("0123456789") == std::string::npos;
}

// The share as a fraction of one: 45 % -> 0.45; one-third stays 0.333.
std::optional<ValueInterval> Fraction(const Claim& c, const CheckContext& context) {
  auto v = Interval(c, context);
  if (!v) return std::nullopt;
  if (c.dimension == Dimension::kPercent && c.unit == "%") {
    return ValueInterval{v->lo.ScaledByPowerOfTen(-2), v->hi.ScaledByPowerOfTen(-2)};
  }
  if (c.unit == "x" && v->hi < Decimal(1)) return v;
  return std::nullopt;
}

}  // namespace

void CheckShareOfTotal(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                       std::vector<Finding>* out) {
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.05"));
  // Amounts of a part (by document and entity or place) and of a whole (by
  // document, metric, unit and as-of), so each share looks up only its own.
  std::map<std::string, std::vector<const Claim*>> parts;
  std::map<std::string, std::vector<const Claim*>> wholes;
  for (const Claim& c : index.all) {
    if (!IsAmount(c) || c.metric.empty() || !IsYear(c.as_of)) continue;
    const std::string place = PlaceOf(c);
    if (!c.entity.empty()) parts[c.doc + "\x1f" + c.entity].push_back(&c);
    if (!place.empty() && place != c.entity) parts[c.doc + "\x1f" + place].push_back(&c);
    if (c.entity.empty() && place.empty()) wholes[c.doc + "\x1f" + c.metric + "\x1f" + c.unit + "\x1f" + *c.as_of].push_back(&c);
  }
  for (const Claim& s : index.all) {
    const std::string part = s.entity.empty() ? PlaceOf(s) : s.entity;
    auto share = Fraction(s, context);
    if (!share || part.empty() || !ContainsAny(s.context, rule.Words("whole_words"))) continue;
    auto candidates = parts.find(s.doc + "\x1f" + part);
    if (candidates == parts.end()) continue;
    const Claim* found_part = nullptr;
    const Claim* found_whole = nullptr;
    size_t pairs = 0;
    for (const Claim* p : candidates->second) {
      if (IsYear(s.as_of) && *s.as_of != *p->as_of) continue;
      auto w = wholes.find(p->doc + "\x1f" + p->metric + "\x1f" + p->unit + "\x1f" + *p->as_of);
      if (w == wholes.end()) continue;
      pairs += w->second.size();
      found_part = p;
      found_whole = w->second.front();
    }
    if (pairs != 1) continue;
    auto a = Interval(*found_part, context), b = Interval(*found_whole, context);
    auto actual = a && b ? Quotient(*a, *b) : std::nullopt;
    if (!actual || Meet(*actual, Widen(*share, t))) continue;
    out->push_back(MakeFinding(rule, {&s, found_part, found_whole},
                               part + "'s share " + Describe(s) + " does not match its figures: " +
                                   Describe(*found_part) + " of " + Describe(*found_whole) + " is " +
                                   Show(ValueInterval{actual->lo * Decimal(100), actual->hi * Decimal(100)}) + " %"));
  }
}

}  // namespace figcheck
