// Finding: one discrepancy, with the claims it rests on.
//
// Contract: `claims` holds every claim the finding rests on, so a reader can
// open each at doc:line. `message` names both values, both places and why.
#ifndef FIGCHECK_COMPARE_FINDING_H_
#define FIGCHECK_COMPARE_FINDING_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/rules/check_rules.h"

namespace figcheck {

struct Finding {
  std::string rule;      // check id: value-conflict, date-conflict …
  std::string kind;      // value_conflict | date_conflict | unit_mismatch | …
  Severity severity = Severity::kWarning;
  std::string message;
  std::vector<Claim> claims;
  std::string entity;    // for grouping in reports
  std::string metric;
  // finding_confidence.h: how sure the finding is that its claims are one
  // fact (0..1), what they share ("NVIDIA · revenue · 2025-07 · USD"), and
  // what lowered the confidence, in words.
  double confidence = 1;
  std::string identity;
  std::vector<std::string> doubts;
  std::vector<std::string> evidence;  // the confidence features that held (checks.yaml names), for the fit
};

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_FINDING_H_
