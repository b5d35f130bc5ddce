// Finding groups: the views of a findings list that several formats share.
//
// Contract: GroupFindings groups findings by entity and metric, groups in the
// order of their first finding and findings in their given order (so a
// report reads the same in every format). CountSeverities counts findings by
// severity; SeverityCountsText says it in words ("2 errors, 1 warning,
// 0 notes"). ClaimLocation is doc:line:column; ClaimValueText is the
// normalised value with its unit ("2024-12 .. 2025-02 date", "500000000 count").
// SameFactLine says why a finding's figures are one fact ("same fact: CoreWeave ·
// revenue · 2025-04 · USD"); DoubtLine, when the confidence is below 1 for a
// reason, what lowered it ("confidence 0.38: all its figures stand in one article").
#ifndef FIGCHECK_REPORTS_FINDING_GROUPS_H_
#define FIGCHECK_REPORTS_FINDING_GROUPS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "checker/compare/finding.h"

namespace figcheck {

struct FindingGroup {
  std::string entity;
  std::string metric;
  std::vector<const Finding*> findings;

  std::string Title() const { return entity + " · " + metric; }
  // Every claim of the group's findings once, in order of first mention.
  std::vector<const Claim*> Claims() const;
};

std::vector<FindingGroup> GroupFindings(const std::vector<Finding>& findings);

struct SeverityCounts {
  size_t errors = 0;
  size_t warnings = 0;
  size_t notes = 0;
};

std::string SameFactLine(const Finding& f);
std::string DoubtLine(const Finding& f);  // "" when nothing is doubted

SeverityCounts CountSeverities(const std::vector<Finding>& findings);
std::string SeverityCountsText(const SeverityCounts& counts);
// "1 error", "2 errors".
std::string CountText(size_t n, const char* one, const char* many);

// The word a format uses for a severity: BySeverity(s, "error", "warning", "note").
const char* BySeverity(Severity s, const char* error, const char* warning, const char* info);

std::string ClaimLocation(const Claim& claim);
std::string ClaimValueText(const Claim& claim);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_FINDING_GROUPS_H_
