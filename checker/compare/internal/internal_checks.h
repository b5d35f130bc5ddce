// Internal-consistency checks: one article against its own arithmetic, units,
// timeline and reference facts.
//
// Contract: RunInternalChecks() runs every check of rules/checks.yaml that
// has an entry in the table of internal checks (internal_checks.cc) and is
// enabled, and returns their findings in the order of that table, each
// check's in document order. Each finding names every claim it
// rests on, with doc:line and values, in its message. Checks read only
// claims (their sentence context included) and the rulebook; a pair that
// FindConflicts compares (one currency, one fact) is never theirs to report.
#ifndef FIGCHECK_COMPARE_INTERNAL_INTERNAL_CHECKS_H_
#define FIGCHECK_COMPARE_INTERNAL_INTERNAL_CHECKS_H_

#include <vector>

#include "checker/claims/claim.h"
#include "checker/compare/finding.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

struct CheckContext {
  const Rulebook& rules;
};

std::vector<Finding> RunInternalChecks(const std::vector<Claim>& claims, const CheckContext& context);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_INTERNAL_INTERNAL_CHECKS_H_
