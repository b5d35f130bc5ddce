// Report input: everything a report format may show, shared by every format.
//
// Contract: `findings` in the order FindConflicts returns them; `documents`
// lists every document checked (a format may report clean ones too);
// `source` returns the decoded text of one line of a document ("" when
// unknown), for excerpts; `checks` are the check rules of the rule pack, for
// formats that describe the rules they cite (SARIF), and may be empty.
#ifndef FIGCHECK_REPORTS_REPORT_INPUT_H_
#define FIGCHECK_REPORTS_REPORT_INPUT_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "checker/compare/finding.h"
#include "checker/rules/check_rules.h"

namespace figcheck {

struct ReportSummary {
  size_t documents = 0;
  size_t claims = 0;
};

// Returns the text of line `line` (1-based) of document `doc`, or "" when unknown.
using SourceLine = std::function<std::string(const std::string& doc, int line)>;

struct ReportInput {
  std::vector<Finding> findings;
  ReportSummary summary;
  std::vector<std::string> documents;  // every document checked, in input order
  SourceLine source;                   // source lines for excerpts; may be unset or return ""
  std::vector<CheckRule> checks;       // the rule pack's checks (descriptions); may be empty
  bool colour = false;
};

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_REPORT_INPUT_H_
