// Report: one entry point that writes findings in any supported format.
//
// Contract: WriteReport renders `input` in `format` to `out`. Every format
// reads the same ReportInput, so `check`, `review` and `gate` share them all.
// Formats (each in its own file, listed in report.cc's table): "text"
// (compiler-style, colour only when input.colour), "json" (shared/
// CONTRACT.md), "jsonl" (a finding a line), "markdown" (a pull-request
// comment), "sarif" (SARIF 2.1.0), "github" (Actions annotations), "junit"
// (JUnit XML, a test case per document), "html" (a self-contained page with
// timeline charts). An unknown format is an InvalidInput Status naming
// the formats known (ReportFormats() lists them, for --help and validation).
// Strings taken from articles are data: every format escapes them for its
// own syntax and never lets them act as markup or commands.
#ifndef FIGCHECK_REPORTS_REPORT_H_
#define FIGCHECK_REPORTS_REPORT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/util/status.h"
#include "reports/report_input.h"

namespace figcheck {

const std::vector<std::string>& ReportFormats();
Status WriteReport(std::string_view format, const ReportInput& input, std::ostream& out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_REPORT_H_
