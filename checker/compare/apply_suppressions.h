// Applying inline suppressions to findings (shared by check, review and gate).
//
// Contract: ApplySuppressions drops, in order, every finding of which at least
// one claim is covered by a valid suppression of that finding's rule in that
// claim's document (a suppression in either article silences a conflict
// between two). Documents are matched by their normalised paths. A
// suppression that names no rule or gives no reason silences nothing; instead
// it becomes a finding of its own, appended after the others:
//   rule `suppression-without-reason` (or `suppression-without-rule`),
//   kind `invalid_suppression`, severity warning, entity `figcheck-disable`
//   and metric `comments` (its report group),
// resting on one pseudo-claim that points at the comment (doc, line, column,
// text = the comment; value and unit empty), so every report shows where it is.
#ifndef FIGCHECK_COMPARE_APPLY_SUPPRESSIONS_H_
#define FIGCHECK_COMPARE_APPLY_SUPPRESSIONS_H_

#include <vector>

#include "checker/compare/finding.h"
#include "checker/document/suppression.h"

namespace figcheck {

std::vector<Finding> ApplySuppressions(const std::vector<Finding>& findings,
                                       const std::vector<Suppression>& suppressions);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_APPLY_SUPPRESSIONS_H_
