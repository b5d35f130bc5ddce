#include "checker/cli/commands.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

#include "checker/cli/command_setup.h"
#include "checker/compare/conflicts.h"
#include "checker/compare/internal/internal_checks.h"
#include "reports/claim_format.h"
#include "reports/report.h"

namespace figcheck {

int RunClaims(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  if (opts.format != "jsonl" && opts.format != "table") {
    err << "figcheck claims: --format must be jsonl or table\n";
    return 2;
  }
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  return ExtractAll(*s, err, [&](const DocumentResult& r) {
    opts.format == "table" ? WriteClaimsTable(r.claims, out) : WriteClaimsJsonl(r.claims, out);
  });
}

int RunNumbers(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  s->pipeline.all_mentions = true;
  return ExtractAll(*s, err, [&](const DocumentResult& r) { WriteMentionsJsonl(r.claims, out); });
}

int RunCheck(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  Severity fail_on = Severity::kError;
  if (!ParseSeverity(opts.fail_on, &fail_on)) {
    err << "figcheck check: --fail-on must be error, warning or info\n";
    return 2;
  }
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  ReportSummary summary;
  std::vector<Claim> claims;
  const int status = ExtractAll(*s, err, [&](const DocumentResult& r) {
    ++summary.documents;
    claims.insert(claims.end(), r.claims.begin(), r.claims.end());
  });
  summary.claims = claims.size();
  ReportInput report;
  report.findings = FindConflicts(claims, s->rules->metrics, s->rules->checks);
  std::vector<Finding> internal = RunInternalChecks(claims, CheckContext{*s->rules, report.findings});
  report.findings.insert(report.findings.end(), std::make_move_iterator(internal.begin()),
                         std::make_move_iterator(internal.end()));
  report.summary = summary;
  report.documents = s->files;
  report.colour = opts.colour;
  // Source lines for the excerpts: each document is read again only if a finding cites it.
  std::map<std::string, Document> docs;
  report.source = [&](const std::string& path, int line) -> std::string {
    auto it = docs.find(path);
    if (it == docs.end()) {
      auto d = LoadDocument(path, s->pipeline.load);
      if (!d.ok()) return "";
      it = docs.emplace(path, std::move(*d)).first;
    }
    auto [b, e] = it->second.lines.LineRange(it->second.text, line);
    return it->second.text.substr(b, e - b);
  };
  if (Status written = WriteReport(opts.format, report, out); !written.ok()) {
    err << "figcheck check: " << written.message() << '\n';
    return 2;
  }
  const std::vector<Finding>& findings = report.findings;
  if (status != 0) return status;
  const bool failed = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity >= fail_on; });
  return failed ? 1 : 0;
}

int RunExplain(const CommonOptions& opts, const std::string& where, std::ostream& out, std::ostream& err) {
  const size_t colon = where.rfind(':');
  if (colon == std::string::npos) return RunExplainRule(opts, where, out, err);
  int line = 0;
  try {
    line = colon == std::string::npos ? 0 : std::stoi(where.substr(colon + 1));
  } catch (...) {
    line = 0;
  }
  if (line <= 0) {
    err << "figcheck explain: expected FILE:LINE, got '" << where << "'\n";
    return 2;
  }
  auto s = PrepareCommand(opts, {where.substr(0, colon)}, err);
  if (!s) return 2;
  s->pipeline.explain = true;
  int found = 0;
  const int status = ExtractAll(*s, err, [&](const DocumentResult& r) {
    for (const auto& c : r.claims) {
      if (c.line != line) continue;
      ++found;
      out << c.doc << ':' << c.line << ':' << c.column << ": " << c.text << '\n'
          << "  value     " << c.value << (c.high ? " .. " + *c.high : "") << ' ' << c.unit << " ("
          << QualifierName(c.qualifier) << ", " << DimensionName(c.dimension) << ")\n"
          << "  rule      " << c.rule << '\n'
          << "  entity    " << (c.entity.empty() ? "(unknown)" : c.entity) << '\n'
          << "  metric    " << (c.metric.empty() ? "(unknown)" : c.metric) << (c.unit_mismatch ? "  [unit mismatch]" : "")
          << '\n'
          << "  as of     " << c.as_of.value_or("(unknown)") << '\n'
          << "  because   " << (c.attribution.empty() ? "no entity, metric or date found near it" : c.attribution)
          << "\n\n";
    }
  });
  if (found == 0 && status == 0) out << where << ": no claims on this line\n";
  return status;
}

int RunRulesLint(const std::string& dir, std::ostream& out, std::ostream& err) {
  const std::string d = dir.empty() ? DefaultRulesDir() : dir;
  const auto problems = LintRules(d);
  for (const auto& p : problems) err << p.message() << '\n';
  if (problems.empty()) out << d << ": rule pack OK\n";
  return problems.empty() ? 0 : 2;
}

}  // namespace figcheck
