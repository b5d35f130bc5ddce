// Conflicts across (and within) documents.
//
// Contract: FindConflicts() groups claims that speak of the same fact —
// same entity, same metric, same unit (money is compared in its own
// currency; conversion is a separate check) — and compares every pair that
// does not stand on the same line (a line states a change or a breakdown,
// not two versions of one fact):
//  - dates of one event that do not overlap: date-conflict (a year or more
//    apart: date-conflict-far);
//  - figures at the same as-of date whose intervals do not meet:
//    value-conflict; with an as-of missing on either side:
//    value-conflict-undated;
//  - figures of consecutive years, where the corpus states a rise of r % of
//    that fact in the later year (a positive change "of" the metric, same
//    entity and place): the earlier above later / (1 + r) is
//    against-stated-rise, naming the rise too;
//  - other figures at different dates: for a metric that only grows, a later
//    value below an earlier one is growth-reversal; any other difference is
//    changed-over-time (info).
// Pairs with the same rule and the same two stated values are merged into
// one finding naming every claim involved, and so are findings of one rule
// about one fact that share a claim (one outlier against several agreeing
// figures is one finding) when scored alike: each pair is scored first
// (finding_confidence.h), and a note never merges with a warning or error. A claim whose unit measures
// another dimension than its metric gives unit-mismatch. Output is sorted by
// severity (errors first), then by the first claim's place.
#ifndef FIGCHECK_COMPARE_CONFLICTS_H_
#define FIGCHECK_COMPARE_CONFLICTS_H_

#include <vector>

#include "checker/claims/claim.h"
#include "checker/rules/check_rules.h"
#include "checker/compare/finding.h"
#include "checker/rules/attribution_rules.h"

namespace figcheck {

std::vector<Finding> FindConflicts(const std::vector<Claim>& claims, const MetricTable& metrics,
                                   const CheckSettings& settings);

// The same, comparing only pairs in which at least one claim is in focus
// (focus[i] for claims[i]; unit mismatches of focused claims only). Every
// finding then rests on a focused claim, and the cost grows with the focused
// claims times their group rather than with the square of the group (review:
// one draft against a large ledger). Findings among unfocused claims alone
// are not made, so they are not merged into focused ones either.
std::vector<Finding> FindConflicts(const std::vector<Claim>& claims, const std::vector<bool>& focus,
                                   const MetricTable& metrics, const CheckSettings& settings);

// The order FindConflicts() returns: by severity (errors first), then by the
// first claim's place; stable. Findings of several FindConflicts() calls
// over disjoint facts, joined, come out of it as one call over all would give.
void OrderFindings(std::vector<Finding>* findings);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_CONFLICTS_H_
