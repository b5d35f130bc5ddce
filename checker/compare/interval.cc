#include "checker/compare/interval.h"

#include <algorithm>

#include "checker/util/civil_date.h"

namespace figcheck {
namespace {

Decimal Abs(const Decimal& d) { return d.IsNegative() ? -d : d; }

std::optional<Decimal> Number(const std::optional<FigureValue>& v) { return v ? v->number() : std::nullopt; }

}  // namespace

std::optional<ValueInterval> NumericInterval(const Claim& c, const CheckSettings& s) {
  const std::optional<Decimal>& v = c.value.number();
  if (!v) return std::nullopt;
  const Decimal one = 1;
  const Decimal mag = Abs(*v);
  std::optional<Decimal> half_unit;
  if (c.resolution) half_unit = *c.resolution * Decimal(Decimal::Int(5), -1);
  switch (c.qualifier) {
    case Qualifier::kExact:
      if (half_unit) return ValueInterval{*v - *half_unit, *v + *half_unit, true, true};
      return ValueInterval{*v - mag * s.rounding, *v + mag * s.rounding};
    case Qualifier::kAbout: {
      // 大約500多萬: about a span (5 to 6 million), widened at both ends.
      const Decimal lo = std::min(Number(c.low).value_or(*v), *v), hi = std::max(Number(c.high).value_or(*v), *v);
      return ValueInterval{lo - Abs(lo) * s.about, hi + Abs(hi) * s.about};
    }
    // "Fell more than 7%" (-7, over) lies below -7: over and under speak of the
    // magnitude, so a negative figure extends the other way. The bound itself
    // may be rounded: "over $589 billion" allows $588.9 billion (by the
    // relative rounding, not half its last digit: 突破8億 is no 7.5億).
    case Qualifier::kOver:
    case Qualifier::kAtLeast: {
      const Decimal slack = mag * s.rounding;
      return v->IsNegative() ? ValueInterval{*v - mag * s.over_slack, *v + slack}
                             : ValueInterval{*v - slack, *v + mag * s.over_slack};
    }
    case Qualifier::kUnder:
    case Qualifier::kUpTo: {
      const Decimal slack = mag * s.rounding;
      return v->IsNegative() ? ValueInterval{*v - slack, *v + mag * s.under_slack}
                             : ValueInterval{*v - mag * s.under_slack, *v + slack};
    }
    case Qualifier::kRange: {
      auto lo = Number(c.low).value_or(*v);
      auto hi = Number(c.high).value_or(*v);
      if (hi < lo) std::swap(lo, hi);
      if (half_unit) return ValueInterval{lo - *half_unit, hi + *half_unit, true, true};
      return ValueInterval{lo - Abs(lo) * s.rounding, hi + Abs(hi) * s.rounding};
    }
    case Qualifier::kVague: {
      auto lo = Number(c.low), hi = Number(c.high);
      if (lo && hi) return ValueInterval{*lo, *hi};
      return ValueInterval{*v, *v * Decimal(10)};
    }
  }
  return std::nullopt;
}

std::optional<DayInterval> DateInterval(const Claim& c, const CheckSettings& s) {
  const std::optional<CivilDate>& first = c.value.date();
  if (!first) return std::nullopt;
  CivilDate last = first->LastDay();
  if (c.high && c.high->date()) last = c.high->date()->LastDay();
  DayInterval d{first->DaysSinceEpoch(), last.DaysSinceEpoch()};
  if (d.hi < d.lo) std::swap(d.lo, d.hi);
  if (c.qualifier == Qualifier::kAbout) {
    d.lo -= s.about_days;
    d.hi += s.about_days;
  }
  return d;
}

}  // namespace figcheck
