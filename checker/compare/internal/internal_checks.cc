#include "checker/compare/internal/internal_checks.h"

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

struct InternalCheck {
  const char* id;  // the rule id in rules/checks.yaml
  InternalCheckFn run;
};

// One mechanism, many rules: a check runs when checks.yaml enables its id.
constexpr InternalCheck kChecks[] = {
    {"parts-of-whole", CheckPartsOfWhole},
    {"share-of-total", CheckShareOfTotal},
    {"stated-change", CheckStatedChange},
    {"ratio", CheckRatio},
    {"currency-conversion", CheckCurrencyConversion},
    {"share-over-100", CheckShareOverWhole},
    {"points-for-change", CheckPointsForChange},
    {"equivalence", CheckEquivalence},
    {"implausible-value", CheckPlausibleRange},
    {"before-founding", CheckBeforeFounding},
    {"elapsed-time", CheckElapsedTime},
    {"drift", CheckDrift},
    {"comparison-direction", CheckComparisonDirection},
    {"parts-exceed-total", CheckPartsExceedTotal},
};

}  // namespace

std::vector<Finding> RunInternalChecks(const std::vector<Claim>& claims, const CheckContext& context) {
  const ClaimIndex index = IndexClaims(claims);
  std::vector<Finding> out;
  for (const auto& check : kChecks) {
    if (const CheckRule* rule = context.rules.checks.Enabled(check.id)) check.run(index, *rule, context, &out);
  }
  return out;
}

}  // namespace figcheck
