#include "reports/junit_format.h"

#include <sstream>

#include "reports/escape.h"
#include "reports/finding_groups.h"

namespace figcheck {
namespace {

bool Touches(const Finding& f, const std::string& doc) {
  for (const Claim& c : f.claims) {
    if (c.doc == doc) return true;
  }
  return false;
}

std::string ClaimsText(const Finding& f) {
  std::string text;
  for (const Claim& c : f.claims) text += ClaimLocation(c) + ": " + c.text + " = " + ClaimValueText(c) + "\n";
  return text;
}

// The body of one document's <testcase>; counts its failures in *failures.
std::string TestCaseBody(const ReportInput& input, const std::string& doc, size_t* failures) {
  std::string body, notes;
  for (const Finding& f : input.findings) {
    if (!Touches(f, doc)) continue;
    if (f.severity == Severity::kInfo) {
      notes += "note [" + f.rule + "] " + f.message + "\n" + ClaimsText(f);
      continue;
    }
    ++*failures;
    body += "    <failure type=\"" + EscapeXml(f.rule) + "\" message=\"" + EscapeXml(f.message) + "\">" +
            EscapeXml(std::string(SeverityName(f.severity)) + " [" + f.rule + "] " + f.message + "\n" + ClaimsText(f)) +
            "</failure>\n";
  }
  if (!notes.empty()) body += "    <system-out>" + EscapeXml(notes) + "</system-out>\n";
  return body;
}

}  // namespace

void WriteJunitReport(const ReportInput& input, std::ostream& out) {
  std::ostringstream cases;
  size_t failing = 0;
  for (const std::string& doc : input.documents) {
    size_t failures = 0;
    const std::string body = TestCaseBody(input, doc, &failures);
    if (failures > 0) ++failing;
    cases << "  <testcase classname=\"figcheck\" name=\"" << EscapeXml(doc) << "\"";
    if (body.empty()) {
      cases << "/>\n";
    } else {
      cases << ">\n" << body << "  </testcase>\n";
    }
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuite name=\"figcheck\" tests=\"" << input.documents.size() << "\" failures=\"" << failing
      << "\" errors=\"0\" skipped=\"0\">\n"
      << "  <properties>\n"
      << "    <property name=\"claims\" value=\"" << input.summary.claims << "\"/>\n"
      << "    <property name=\"findings\" value=\"" << input.findings.size() << "\"/>\n"
      << "  </properties>\n"
      << cases.str() << "</testsuite>\n";
}

}  // namespace figcheck
