#include "reports/report.h"

namespace figcheck {

const std::vector<std::string>& ReportFormats() {
  static const std::vector<std::string> kFormats{"text", "json"};
  return kFormats;
}

Status WriteReport(std::string_view format, const ReportInput& input, std::ostream& out) {
  if (format == "json") {
    WriteFindingsJson(input.findings, input.summary, out);
  } else if (format == "text") {
    const SourceLine none = [](const std::string&, int) { return std::string(); };
    WriteFindingsText(input.findings, input.summary, input.source ? input.source : none, input.colour, out);
  } else {
    std::string known;
    for (const auto& f : ReportFormats()) known += (known.empty() ? "" : ", ") + f;
    return Status::InvalidInput("unknown format '" + std::string(format) + "' (known: " + known + ")");
  }
  return Status::Ok();
}

}  // namespace figcheck
