// Markdown report: a pull-request comment (GitHub-flavoured Markdown).
//
// Contract: a heading with the counts by severity and what was checked, then
// one section per entity · metric, each finding a list item (severity, rule,
// message) with its claims under it as doc:line:column, the source text and
// the normalised value. Every string is escaped (escape.h): an article can
// add no markup, HTML, link, @mention or #reference to the comment. With no
// findings the comment says so in one line.
#ifndef FIGCHECK_REPORTS_MARKDOWN_FORMAT_H_
#define FIGCHECK_REPORTS_MARKDOWN_FORMAT_H_

#include <ostream>

#include "reports/report_input.h"

namespace figcheck {

void WriteMarkdownReport(const ReportInput& input, std::ostream& out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_MARKDOWN_FORMAT_H_
