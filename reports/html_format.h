// HTML report: one self-contained page for an editor.
//
// Contract: a complete HTML5 document with no external asset (inline CSS and
// SVG, no script) and a Content-Security-Policy that forbids scripts, so the
// page stays inert even if opened from an untrusted place. It shows a
// summary (documents, claims, findings by severity), then the findings
// grouped by entity · metric: each group with a timeline chart of its claims
// (timeline_chart.h), each finding with its claims' locations and source
// excerpts, the figure highlighted with <mark> (columns are code points).
// Every string from an article is HTML-escaped (escape.h).
#ifndef FIGCHECK_REPORTS_HTML_FORMAT_H_
#define FIGCHECK_REPORTS_HTML_FORMAT_H_

#include <ostream>
#include <string>

#include "checker/claims/claim.h"
#include "reports/report_input.h"

namespace figcheck {

void WriteHtmlReport(const ReportInput& input, std::ostream& out);

// The escaped excerpt of `line` around `claim`, the figure in <mark>: up to
// `context` code points each side, cut sides marked with "…". When the
// figure is not at its column the text is searched for on the line; when it
// is not on the line at all, the excerpt has no mark.
std::string HtmlExcerpt(const Claim& claim, const std::string& line, size_t context = 48);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_HTML_FORMAT_H_
