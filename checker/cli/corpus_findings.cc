#include "checker/cli/corpus_findings.h"

#include "checker/compare/apply_suppressions.h"
#include "checker/compare/conflicts.h"
#include "checker/compare/internal/internal_checks.h"

namespace figcheck {

void CorpusFindings::Add(const DocumentResult& result) {
  ++documents_;
  claims_.insert(claims_.end(), result.claims.begin(), result.claims.end());
  suppressions_.insert(suppressions_.end(), result.suppressions.begin(), result.suppressions.end());
}

std::vector<Finding> CorpusFindings::Findings(const Rulebook& rules) const {
  std::vector<Finding> findings = FindConflicts(claims_, rules.metrics, rules.checks);
  std::vector<Finding> internal = RunInternalChecks(claims_, CheckContext{rules, findings});
  findings.insert(findings.end(), std::make_move_iterator(internal.begin()), std::make_move_iterator(internal.end()));
  return ApplySuppressions(findings, suppressions_);
}

}  // namespace figcheck
