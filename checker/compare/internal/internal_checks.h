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

#include <string_view>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/compare/finding.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

// A year-over-year growth whose level's last year stated-change looks up
// (the growth and the level it is of, copied): see CheckContext::questions.
struct YearOverYearQuestion {
  Claim growth;
  Claim level;
};

struct CheckContext {
  const Rulebook& rules;
  // When set, stated-change does not look last year's level up among the
  // claims it was given but appends the question here, for
  // AnswerYearOverYear() to answer from claims of any document (a corpus
  // checked a document at a time).
  std::vector<YearOverYearQuestion>* questions = nullptr;
};

std::vector<Finding> RunInternalChecks(const std::vector<Claim>& claims, const CheckContext& context);

// The same findings, one list per check of the table, in its order (what
// RunInternalChecks() returns, not yet joined).
std::vector<std::vector<Finding>> RunInternalChecksByCheck(const std::vector<Claim>& claims,
                                                           const CheckContext& context);
// The place of check `id` in that table (its list in RunInternalChecksByCheck), or -1.
int InternalCheckSlot(std::string_view id);

// Answers `questions` as stated-change would have with `levels` among its
// claims: each growth against the same entity's level of the year before
// (same metric, unit and aspects); one list of findings per question, in
// their order. `levels` must hold every claim of the questions' levels'
// entities that is to count. No findings when stated-change is off.
std::vector<std::vector<Finding>> AnswerYearOverYear(const std::vector<YearOverYearQuestion>& questions,
                                        const std::vector<Claim>& levels, const CheckContext& context);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_INTERNAL_INTERNAL_CHECKS_H_
