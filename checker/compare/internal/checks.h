// The internal checks, one family per file, all of one signature: read the
// claim index, append findings of `rule` (and of its sibling rules, looked up
// in the rulebook by id) to `out`. Listed in the table of internal_checks.cc.
#ifndef FIGCHECK_COMPARE_INTERNAL_CHECKS_H_
#define FIGCHECK_COMPARE_INTERNAL_CHECKS_H_

#include <string>
#include <vector>

#include "checker/compare/internal/passage.h"

namespace figcheck {

using InternalCheckFn = void (*)(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                                 std::vector<Finding>* out);

// Shared by currency-conversion and drift: whether b/a (units of b.unit per
// a.unit) meets the yearly average rate of the claims' as-of year (of any
// year of the table when they state none) widened by `tolerance`; when not,
// `why` says which rates were tried.
bool ConversionFits(const ExchangeRateTable& table, const Claim& a, const Claim& b, const Decimal& tolerance,
                    const CheckContext& context, std::string* why);

void CheckPartsOfWhole(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckShareOfTotal(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckStatedChange(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckRatio(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckCurrencyConversion(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckShareOverWhole(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckPointsForChange(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckEquivalence(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckPlausibleRange(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckBeforeFounding(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckElapsedTime(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckDrift(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckPartsExceedTotal(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);
void CheckComparisonDirection(const ClaimIndex&, const CheckRule&, const CheckContext&, std::vector<Finding>*);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_INTERNAL_CHECKS_H_
