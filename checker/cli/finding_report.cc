#include "checker/cli/finding_report.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>

namespace figcheck {

std::optional<Severity> ParseFailOn(const CommonOptions& opts, std::string_view command, std::ostream& err) {
  Severity fail_on = Severity::kError;
  if (!ParseSeverity(opts.fail_on, &fail_on)) {
    err << "figcheck " << command << ": --fail-on must be error, warning or info\n";
    return std::nullopt;
  }
  return fail_on;
}

std::unique_ptr<ReportTarget> OpenReportTarget(const CommonOptions& opts, std::string_view command, std::ostream& out,
                                               std::ostream& err) {
  auto target = std::make_unique<ReportTarget>();
  target->out = &out;
  if (opts.output.empty()) return target;
  target->file.open(opts.output, std::ios::binary | std::ios::trunc);
  if (!target->file) {
    err << "figcheck " << command << ": cannot write '" << opts.output << "': " << std::strerror(errno) << '\n';
    return nullptr;
  }
  target->out = &target->file;
  return target;
}

int ReportFindings(const CommonOptions& opts, std::string_view command, ReportInput report, Severity fail_on,
                   const LoadOptions& load, int status, ReportTarget& target, std::ostream& err) {
  report.colour = opts.colour && opts.output.empty();
  // Source lines for the excerpts: each document is read again only if a finding cites it.
  // A document that cannot be read (a ledger's, since moved) is tried once.
  std::map<std::string, Document> docs;
  std::set<std::string> unreadable;
  report.source = [&](const std::string& path, int line) -> std::string {
    auto it = docs.find(path);
    if (it == docs.end()) {
      if (unreadable.count(path) > 0) return "";
      auto d = LoadDocument(path, load);
      if (!d.ok()) {
        unreadable.insert(path);
        return "";
      }
      it = docs.emplace(path, std::move(*d)).first;
    }
    auto [b, e] = it->second.lines.LineRange(it->second.text, line);
    return it->second.text.substr(b, e - b);
  };
  if (Status written = WriteReport(opts.format, report, *target.out); !written.ok()) {
    err << "figcheck " << command << ": " << written.message() << '\n';
    return 2;
  }
  if (!opts.output.empty() && !target.file.flush()) {
    err << "figcheck " << command << ": cannot write '" << opts.output << "': " << std::strerror(errno) << '\n';
    return 2;
  }
  if (status != 0) return status;
  const bool failed = std::any_of(report.findings.begin(), report.findings.end(),
                                  [&](const Finding& f) { return f.severity >= fail_on; });
  return failed ? 1 : 0;
}

}  // namespace figcheck
