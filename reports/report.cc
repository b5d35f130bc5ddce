#include "reports/report.h"

#include "reports/finding_format.h"
#include "reports/github_format.h"
#include "reports/html_format.h"
#include "reports/jsonl_format.h"
#include "reports/junit_format.h"
#include "reports/markdown_format.h"
#include "reports/sarif_format.h"

namespace figcheck {
namespace {

using ReportWriter = void (*)(const ReportInput&, std::ostream&);

struct ReportFormat {
  const char* name;
  ReportWriter write;
};

void WriteTextReport(const ReportInput& input, std::ostream& out) {
  const SourceLine none = [](const std::string&, int) { return std::string(); };
  WriteFindingsText(input.findings, input.summary, input.source ? input.source : none, input.colour, out);
}

void WriteJsonReport(const ReportInput& input, std::ostream& out) {
  WriteFindingsJson(input.findings, input.summary, out);
}

// Every format, by the name --format takes. A new format is one line here.
constexpr ReportFormat kFormats[] = {
    {"text", WriteTextReport},
    {"json", WriteJsonReport},
    {"jsonl", WriteJsonlReport},
    {"markdown", WriteMarkdownReport},
    {"sarif", WriteSarifReport},
    {"github", WriteGithubReport},
    {"junit", WriteJunitReport},
    {"html", WriteHtmlReport},
};

}  // namespace

const std::vector<std::string>& ReportFormats() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const ReportFormat& f : kFormats) names.push_back(f.name);
    return names;
  }();
  return kNames;
}

Status WriteReport(std::string_view format, const ReportInput& input, std::ostream& out) {
  for (const ReportFormat& f : kFormats) {
    if (format == f.name) {
      f.write(input, out);
      return Status::Ok();
    }
  }
  std::string known;
  for (const auto& name : ReportFormats()) known += (known.empty() ? "" : ", ") + name;
  return Status::InvalidInput("unknown format '" + std::string(format) + "' (known: " + known + ")");
}

}  // namespace figcheck
