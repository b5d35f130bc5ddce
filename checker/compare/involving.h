// Findings that involve a set of documents (review of a draft, CI gate).
//
// Contract: FindingsInvolving keeps, in order, the findings that rest on at
// least one claim from a document in `docs` (paths compared by their
// normalised form, so "./a.md" and "a.md" are the same file).
// A finding among published documents only is not the draft's business.
#ifndef FIGCHECK_COMPARE_INVOLVING_H_
#define FIGCHECK_COMPARE_INVOLVING_H_

#include <set>
#include <string>
#include <vector>

#include "checker/compare/finding.h"
#include "checker/rules/attribution_rules.h"
#include "checker/rules/check_rules.h"

namespace figcheck {

std::vector<Finding> FindingsInvolving(const std::vector<Finding>& findings, const std::set<std::string>& docs);

// The conflicts that involve `docs`, found without comparing the other claims
// among themselves (FindConflicts with a focus): what review reports. Unlike
// FindingsInvolving(FindConflicts(claims)), a finding does not absorb claims
// that disagree only with its other claims.
std::vector<Finding> ConflictsInvolving(const std::vector<Claim>& claims, const std::set<std::string>& docs,
                                        const MetricTable& metrics, const CheckSettings& settings);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_INVOLVING_H_
