// Baseline: findings a team has looked at and accepted, kept in a JSON file.
//
// Contract: the file is
//   {"version": 1, "findings": [{"fingerprint": "…", "rule": "…",
//                                "message": "…", "docs": ["a.md", …]}, …]}
// Only `fingerprint` decides membership (checker/compare/fingerprint.h); rule,
// message and docs are there for the person reading a diff of the file, and
// `docs` also tells UpdateBaseline which entries a run re-examined.
// ReadBaseline: a missing file is an empty baseline (a CI configuration may
// name the file before it exists); an unreadable or malformed file, or
// another version, is an InvalidInput/IoError Status naming the file.
// WriteBaseline writes entries sorted by fingerprint (stable diffs), through a
// temporary file renamed into place, so a failed write never leaves half a file.
#ifndef FIGCHECK_GATE_BASELINE_H_
#define FIGCHECK_GATE_BASELINE_H_

#include <set>
#include <string>
#include <vector>

#include "checker/compare/finding.h"
#include "checker/util/status.h"

namespace figcheck {

struct BaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::string message;
  std::vector<std::string> docs;  // documents of the finding's claims, sorted, unique
};

struct Baseline {
  std::vector<BaselineEntry> entries;
};

Result<Baseline> ReadBaseline(const std::string& path);
Status WriteBaseline(const std::string& path, const Baseline& baseline);

// The findings whose fingerprint is not in `baseline`, in order.
std::vector<Finding> WithoutBaselined(const std::vector<Finding>& findings, const Baseline& baseline);

// The baseline after a run that checked `checked` documents and found `current`:
// every current finding, plus the old entries that touch none of the checked
// documents (the run could not have seen them again, so they stay accepted).
Baseline UpdateBaseline(const Baseline& old, const std::vector<Finding>& current, const std::set<std::string>& checked);

}  // namespace figcheck

#endif  // FIGCHECK_GATE_BASELINE_H_
