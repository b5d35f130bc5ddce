#include "checker/cli/corpus_findings.h"

#include "checker/compare/apply_suppressions.h"
#include "checker/compare/conflicts.h"

namespace figcheck {

void CorpusFindings::Add(const DocumentResult& result) {
  ++documents_;
  claims_.insert(claims_.end(), result.claims.begin(), result.claims.end());
  suppressions_.insert(suppressions_.end(), result.suppressions.begin(), result.suppressions.end());
}

std::vector<Finding> CorpusFindings::Findings(const Rulebook& rules) const {
  return ApplySuppressions(FindConflicts(claims_, rules.metrics, rules.checks), suppressions_);
}

}  // namespace figcheck
