// GitHub Actions report: workflow-command annotations, one a line.
//
// Contract: for each finding, one `::error|warning|notice file=…,line=…,
// col=…,title=…::message` line per claim it rests on, at that
// claim (see github_format.cc for why every claim, not only the first);
// then a `::notice` with the summary. Values are escaped per GitHub's rules
// (escape.h), so a figure's text can neither end the command nor start one.
#ifndef FIGCHECK_REPORTS_GITHUB_FORMAT_H_
#define FIGCHECK_REPORTS_GITHUB_FORMAT_H_

#include <ostream>

#include "reports/report_input.h"

namespace figcheck {

void WriteGithubReport(const ReportInput& input, std::ostream& out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_GITHUB_FORMAT_H_
