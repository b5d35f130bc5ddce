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

std::vector<std::vector<Finding>> RunInternalChecksByCheck(const std::vector<Claim>& claims,
                                                           const CheckContext& context) {
  const ClaimIndex index = IndexClaims(claims);
  std::vector<std::vector<Finding>> out(std::size(kChecks));
  for (size_t i = 0; i < std::size(kChecks); ++i) {
    if (const CheckRule* rule = context.rules.checks.Enabled(kChecks[i].id)) kChecks[i].run(index, *rule, context, &out[i]);
  }
  return out;
}

std::vector<Finding> RunInternalChecks(const std::vector<Claim>& claims, const CheckContext& context) {
  std::vector<Finding> out;
  for (auto& findings : RunInternalChecksByCheck(claims, context)) {
    out.insert(out.end(), std::make_move_iterator(findings.begin()), std::make_move_iterator(findings.end()));
  }
  return out;
}

int InternalCheckSlot(std::string_view id) {
  for (size_t i = 0; i < std::size(kChecks); ++i) {
    if (id == kChecks[i].id) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace figcheck
