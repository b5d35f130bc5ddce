// JSON Lines report: one finding a line, then the summary.
//
// Contract: each line but the last is one finding object, exactly as a
// member of the `json` format's "findings" (shared/CONTRACT.md); the last
// line is {"summary": {...}} as in `json`. Suits streaming tools (jq -c, grep).
#ifndef FIGCHECK_REPORTS_JSONL_FORMAT_H_
#define FIGCHECK_REPORTS_JSONL_FORMAT_H_

#include <ostream>

#include "reports/report_input.h"

namespace figcheck {

void WriteJsonlReport(const ReportInput& input, std::ostream& out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_JSONL_FORMAT_H_
