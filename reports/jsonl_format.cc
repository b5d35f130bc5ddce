#include "reports/jsonl_format.h"

#include "reports/claim_format.h"
#include "reports/finding_format.h"

namespace figcheck {

void WriteJsonlReport(const ReportInput& input, std::ostream& out) {
  for (const Finding& f : input.findings) out << DumpJson(FindingToJson(f)) << '\n';
  const nlohmann::json summary{{"summary", SummaryToJson(input.summary, input.findings.size())}};
  out << DumpJson(summary) << '\n';
}

}  // namespace figcheck
