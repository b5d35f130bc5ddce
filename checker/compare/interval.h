// Intervals: the values a stated figure allows.
//
// Contract: a claim's value and qualifier become a closed interval in the
// canonical unit, widened by the tolerances of rules/checks.yaml: exact
// figures by rounding, "about" by its own margin (about a span, 大約500多萬,
// at both ends), "over X" to X..X(1+slack) (X less the relative rounding:
// a rounded bound), a range to its ends, a vague amount to its bounds.
// Where the claim states its resolution (the unit of its last written
// digit), an exact figure or a range end allows half that unit either way,
// both ends excluded: 225萬 lies strictly between 2,245,000 and 2,255,000 and
// never meets 226萬; without a stated resolution, the relative rounding.
// Dates become day ranges (2024-12 is 1-31 December; 今年初 is January-March;
// "about" widens by about_days). Two figures can both hold exactly when their intervals meet.
#ifndef FIGCHECK_COMPARE_INTERVAL_H_
#define FIGCHECK_COMPARE_INTERVAL_H_

#include <optional>

#include "checker/claims/claim.h"
#include "checker/rules/check_rules.h"
#include "checker/quantity/decimal.h"

namespace figcheck {

struct ValueInterval {
  Decimal lo;
  Decimal hi;
  bool lo_open = false;  // the end itself is excluded (half a rounding unit away)
  bool hi_open = false;
};

struct DayInterval {
  long lo = 0;  // days since 1970-01-01
  long hi = 0;
};

std::optional<ValueInterval> NumericInterval(const Claim& claim, const CheckSettings& settings);
std::optional<DayInterval> DateInterval(const Claim& claim, const CheckSettings& settings);

inline bool Meet(const ValueInterval& a, const ValueInterval& b) {
  auto apart = [](const ValueInterval& x, const ValueInterval& y) {  // x lies wholly below y
    return x.hi < y.lo || (x.hi == y.lo && (x.hi_open || y.lo_open));
  };
  return !apart(a, b) && !apart(b, a);
}
inline bool Meet(const DayInterval& a, const DayInterval& b) { return !(a.hi < b.lo || b.hi < a.lo); }

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_INTERVAL_H_
