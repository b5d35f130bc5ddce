// Finding formats: the CONTRACT.md JSON document and the terminal report.
//
// Contract: WriteFindingsJson writes {"findings": [...], "summary": {...}}
// with each finding's rule, kind, severity, message and claims (full claim
// objects). WriteFindingsText writes a compiler-style report grouped by
// entity and metric: one header per finding, then each claim as
// file:line:column with its source line and the figure marked under it;
// colour only when `colour` is set (a TTY without NO_COLOR). Source lines
// come from `source`, a function returning the decoded text of a document.
#ifndef FIGCHECK_REPORTS_FINDING_FORMAT_H_
#define FIGCHECK_REPORTS_FINDING_FORMAT_H_

#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "checker/compare/finding.h"
#include "reports/report_input.h"

namespace figcheck {

// The JSON object of one finding (a member of "findings"), and of the summary.
nlohmann::json FindingToJson(const Finding& finding);
nlohmann::json SummaryToJson(const ReportSummary& summary, size_t findings);
void WriteFindingsJson(const std::vector<Finding>& findings, const ReportSummary& summary, std::ostream& out);
void WriteFindingsText(const std::vector<Finding>& findings, const ReportSummary& summary, const SourceLine& source,
                       bool colour, std::ostream& out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_FINDING_FORMAT_H_
