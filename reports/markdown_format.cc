#include "reports/markdown_format.h"

#include "reports/escape.h"
#include "reports/finding_groups.h"

namespace figcheck {

void WriteMarkdownReport(const ReportInput& input, std::ostream& out) {
  out << "### figcheck: " << SeverityCountsText(CountSeverities(input.findings)) << "\n\n"
      << input.summary.documents << " documents, " << input.summary.claims << " claims checked.\n";
  if (input.findings.empty()) {
    out << "\nNo discrepancies found.\n";
    return;
  }
  for (const FindingGroup& group : GroupFindings(input.findings)) {
    out << "\n#### " << EscapeMarkdown(group.Title()) << "\n\n";
    for (const Finding* f : group.findings) {
      out << "- " << BySeverity(f->severity, "**error**", "**warning**", "note") << " (" << EscapeMarkdown(f->rule)
          << "): " << EscapeMarkdown(f->message) << '\n';
      for (const std::string& line : {SameFactLine(*f), DoubtLine(*f)}) {
        if (!line.empty()) out << "  - " << EscapeMarkdown(line) << '\n';
      }
      for (const Claim& c : f->claims) {
        out << "  - " << EscapeMarkdown(ClaimLocation(c)) << ": " << EscapeMarkdown(c.text) << " = "
            << EscapeMarkdown(ClaimValueText(c));
        if (c.as_of) out << ", as of " << EscapeMarkdown(c.as_of->ToIso());
        out << '\n';
      }
    }
  }
}

}  // namespace figcheck
