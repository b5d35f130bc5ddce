// JUnit XML report: for CI systems that show test results.
//
// Contract: one <testsuite name="figcheck"> with one <testcase> per document
// checked (ReportInput::documents, in order; name = the document's path).
// Each error or warning finding with a claim in a document is a <failure>
// of that document's test case (type = the rule, message = the finding's
// message, body = its claims as doc:line:column); info findings are written
// to the test case's <system-out>. `failures` counts the failing test cases.
// Every string is XML-escaped (escape.h); the output is well-formed XML 1.0.
#ifndef FIGCHECK_REPORTS_JUNIT_FORMAT_H_
#define FIGCHECK_REPORTS_JUNIT_FORMAT_H_

#include <ostream>

#include "reports/report_input.h"

namespace figcheck {

void WriteJunitReport(const ReportInput& input, std::ostream& out);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_JUNIT_FORMAT_H_
