#include "reports/github_format.h"

#include "reports/escape.h"
#include "reports/finding_groups.h"

namespace figcheck {

// One annotation per claim, not one per finding: GitHub shows an annotation
// in a pull request's diff only on a line the pull request touches. A new
// article that contradicts an old one must be flagged on the new article's
// line, whichever of the two claims the finding lists first; each annotation
// names the other claims, so a reader at either place sees the whole conflict.
void WriteGithubReport(const ReportInput& input, std::ostream& out) {
  for (const Finding& f : input.findings) {
    const std::string title = "figcheck " + f.rule + ": " + f.entity + " " + f.metric;
    for (const Claim& here : f.claims) {
      std::string others;
      for (const Claim& c : f.claims) {
        if (&c == &here) continue;
        others += "\n  " + ClaimLocation(c) + ": " + c.text + " = " + ClaimValueText(c);
      }
      out << "::" << BySeverity(f.severity, "error", "warning", "notice")
          << " file=" << EscapeWorkflowProperty(here.doc) << ",line=" << here.line << ",col=" << here.column
          << ",title=" << EscapeWorkflowProperty(title) << "::"
          << EscapeWorkflowData(here.text + " = " + ClaimValueText(here) + ": " + f.message +
                                (others.empty() ? "" : "\nThe other figures:" + others))
          << '\n';
    }
  }
  out << "::notice title=figcheck::"
      << EscapeWorkflowData(std::to_string(input.summary.documents) + " documents, " +
                            std::to_string(input.summary.claims) +
                            " claims: " + SeverityCountsText(CountSeverities(input.findings)))
      << '\n';
}

}  // namespace figcheck
