// SARIF report: SARIF 2.1.0 for code-scanning tools (GitHub code scanning,
// VS Code SARIF viewer, the SARIF multitool).
//
// Contract: one run whose tool.driver is figcheck, with a `rules` entry for
// every check rule the findings cite (id, shortDescription from the rule
// pack's description when ReportInput::checks has it, default level) and a
// result per finding: ruleId, ruleIndex, level (error, warning, note),
// message.text (with embedded links to the related locations), the first
// claim as its location and the others as relatedLocations, and a
// partialFingerprints entry that survives lines moving. Locations are the
// document path as given, as a relative URI reference (an absolute path
// becomes a file:// URI); columns are Unicode code points, which the run
// declares with columnKind "unicodeCodePoints". Validated by Microsoft's
// SARIF multitool in tests/report_formats_test.cc.
#ifndef FIGCHECK_REPORTS_SARIF_FORMAT_H_
#define FIGCHECK_REPORTS_SARIF_FORMAT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "reports/report_input.h"

namespace figcheck {

void WriteSarifReport(const ReportInput& input, std::ostream& out);

// A path as a URI reference: relative stays relative, absolute becomes
// file://; bytes outside RFC 3986's unreserved set and '/' are %-encoded.
std::string PathToUri(std::string_view path);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_SARIF_FORMAT_H_
