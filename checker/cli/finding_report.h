// Reporting findings and choosing the exit status: shared by check and review.
//
// Contract: ParseFailOn reads --fail-on (printing a usage message naming the
// command on `err` when it is not error, warning or info). OpenReportTarget
// opens --output (truncating it) before any work, so a wrong path fails
// fast; without --output the report goes to `out`. ReportFindings writes
// `report` in opts.format through WriteReport to the target, with source
// lines read on demand from the cited documents (`load` as they were
// extracted), colour only on `out`, and returns the exit status: `status`
// when it is already non-zero (an input was unreadable), 2 when the report
// cannot be written, 1 when a finding reaches `fail_on`, else 0.
#ifndef FIGCHECK_CLI_FINDING_REPORT_H_
#define FIGCHECK_CLI_FINDING_REPORT_H_

#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string_view>

#include "checker/cli/commands.h"
#include "checker/document/loader.h"
#include "reports/report.h"

namespace figcheck {

std::optional<Severity> ParseFailOn(const CommonOptions& opts, std::string_view command, std::ostream& err);

struct ReportTarget {
  std::ofstream file;  // open when --output names a file
  std::ostream* out = nullptr;
};

std::unique_ptr<ReportTarget> OpenReportTarget(const CommonOptions& opts, std::string_view command, std::ostream& out,
                                               std::ostream& err);

int ReportFindings(const CommonOptions& opts, std::string_view command, ReportInput report, Severity fail_on,
                   const LoadOptions& load, int status, ReportTarget& target, std::ostream& err);

}  // namespace figcheck

#endif  // FIGCHECK_CLI_FINDING_REPORT_H_
