#include "reports/finding_format.h"

#include <cmath>

#include "checker/util/utf8.h"
#include "reports/claim_format.h"
#include "reports/finding_groups.h"

namespace figcheck {
namespace {

const char* Colour(Severity s) { return BySeverity(s, "\033[1;31m", "\033[1;33m", "\033[1;36m"); }

// The source line with the figure marked underneath: "^~~~" under its columns.
void WriteExcerpt(const Claim& c, const std::string& line, bool colour, std::ostream& out) {
  if (line.empty()) return;
  out << "    " << line << '\n' << "    ";
  // Columns are code points; CJK characters take two terminal cells.
  size_t pos = 0;
  int column = 1;
  while (pos < line.size() && column < c.column) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(line, pos, &len);
    out << (cp >= 0x1100 && (cp >= 0x2E80 || cp <= 0x115F) ? "  " : " ");
    pos += len;
    ++column;
  }
  size_t width = 0;
  for (size_t p = 0; p < c.text.size();) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(c.text, p, &len);
    width += cp >= 0x2E80 ? 2 : 1;
    p += len;
  }
  if (colour) out << "\033[1;32m";
  out << '^' << std::string(width > 0 ? width - 1 : 0, '~');
  if (colour) out << "\033[0m";
  out << '\n';
}

}  // namespace

nlohmann::json FindingToJson(const Finding& f) {
  nlohmann::json claims = nlohmann::json::array();
  for (const auto& c : f.claims) claims.push_back(ClaimToJson(c));
  return {{"rule", f.rule},
          {"kind", f.kind},
          {"severity", std::string(SeverityName(f.severity))},
          {"message", f.message},
          {"entity", f.entity},
          {"metric", f.metric},
          {"confidence", std::round(f.confidence * 1000) / 1000},
          {"identity", f.identity},
          {"doubts", f.doubts},
          {"evidence", f.evidence},
          {"claims", claims}};
}

nlohmann::json SummaryToJson(const ReportSummary& summary, size_t findings) {
  return {{"documents", summary.documents}, {"claims", summary.claims}, {"findings", findings}};
}

void WriteFindingsJson(const std::vector<Finding>& findings, const ReportSummary& summary, std::ostream& out) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& f : findings) list.push_back(FindingToJson(f));
  nlohmann::json doc{{"findings", list}, {"summary", SummaryToJson(summary, findings.size())}};
  out << DumpJson(doc, 2) << '\n';
}

void WriteFindingsText(const std::vector<Finding>& findings, const ReportSummary& summary, const SourceLine& source,
                       bool colour, std::ostream& out) {
  const char* reset = colour ? "\033[0m" : "";
  const char* bold = colour ? "\033[1m" : "";
  for (const FindingGroup& group : GroupFindings(findings)) {
    out << bold << "== " << group.Title() << " ==" << reset << '\n';
    for (const Finding* f : group.findings) {
      out << (colour ? Colour(f->severity) : "") << SeverityName(f->severity) << reset << " [" << f->rule << "] "
          << f->message << '\n';
      for (const std::string& line : {SameFactLine(*f), DoubtLine(*f)}) {
        if (!line.empty()) out << "  " << line << '\n';
      }
      for (const auto& c : f->claims) {
        out << "  " << bold << ClaimLocation(c) << reset << ": " << c.text << " = " << c.value.Text() << ' ' << c.unit
            << '\n';
        WriteExcerpt(c, source(c.doc, c.line), colour, out);
      }
      out << '\n';
    }
  }
  const SeverityCounts counts = CountSeverities(findings);
  out << summary.documents << " documents, " << summary.claims << " claims: " << counts.errors << " errors, "
      << counts.warnings << " warnings, " << counts.notes << " notes\n";
}

}  // namespace figcheck
