#include "checker/cli/commands.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <thread>

#include "checker/compare/conflicts.h"
#include "checker/pipeline.h"
#include "checker/rules/rulebook.h"
#include "reports/claim_format.h"
#include "reports/finding_format.h"

namespace figcheck {
namespace {

struct Setup {
  std::unique_ptr<Rulebook> rules;
  std::vector<std::string> files;
  PipelineOptions pipeline;
};

// Loads rules, expands paths, reads options; on failure prints why and returns nullopt.
std::optional<Setup> Prepare(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& err) {
  Setup s;
  const std::string dir = opts.rules_dir.empty() ? DefaultRulesDir() : opts.rules_dir;
  auto rules = LoadRulebook(dir);
  if (!rules.ok()) {
    err << "figcheck: " << rules.status().message() << '\n';
    return std::nullopt;
  }
  s.rules = std::move(*rules);
  spdlog::debug("rules loaded from {}", dir);
  if (opts.published) {
    auto d = CivilDate::ParseIso(*opts.published);
    if (!d || d->precision != CivilDate::Precision::kDay) {
      err << "figcheck: --published wants a date YYYY-MM-DD, got '" << *opts.published << "'\n";
      return std::nullopt;
    }
    s.pipeline.load.published = d;
  }
  auto files = ListDocuments(paths);
  if (!files.ok()) {
    err << "figcheck: " << files.status().message() << '\n';
    return std::nullopt;
  }
  s.files = std::move(*files);
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  s.pipeline.jobs = opts.jobs > 0 ? opts.jobs : static_cast<int>(cores);
  return s;
}

// Runs extraction and hands each readable document's claims to `emit`; returns 2 if any file failed.
template <typename Emit>
int Extract(Setup& s, std::ostream& err, Emit emit) {
  int status = 0;
  RunExtraction(s.files, *s.rules, s.pipeline, [&](DocumentResult&& r) {
    if (!r.status.ok()) {
      err << "figcheck: " << r.status.message() << '\n';
      status = 2;
      return;
    }
    spdlog::debug("{}: {} claims", r.path, r.claims.size());
    emit(r);
  });
  return status;
}

}  // namespace

int RunClaims(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  if (opts.format != "jsonl" && opts.format != "table") {
    err << "figcheck claims: --format must be jsonl or table\n";
    return 2;
  }
  auto s = Prepare(opts, paths, err);
  if (!s) return 2;
  return Extract(*s, err, [&](const DocumentResult& r) {
    opts.format == "table" ? WriteClaimsTable(r.claims, out) : WriteClaimsJsonl(r.claims, out);
  });
}

int RunNumbers(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  auto s = Prepare(opts, paths, err);
  if (!s) return 2;
  s->pipeline.all_mentions = true;
  return Extract(*s, err, [&](const DocumentResult& r) { WriteMentionsJsonl(r.claims, out); });
}

int RunCheck(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  Severity fail_on = Severity::kError;
  if (!ParseSeverity(opts.fail_on, &fail_on)) {
    err << "figcheck check: --fail-on must be error, warning or info\n";
    return 2;
  }
  auto s = Prepare(opts, paths, err);
  if (!s) return 2;
  ReportSummary summary;
  std::vector<Claim> claims;
  const int status = Extract(*s, err, [&](const DocumentResult& r) {
    ++summary.documents;
    claims.insert(claims.end(), r.claims.begin(), r.claims.end());
  });
  summary.claims = claims.size();
  const std::vector<Finding> findings = FindConflicts(claims, s->rules->metrics, s->rules->checks);
  if (opts.format == "json") {
    WriteFindingsJson(findings, summary, out);
  } else {
    // Source lines for the excerpts: each document is read again only if a finding cites it.
    std::map<std::string, Document> docs;
    auto source = [&](const std::string& path, int line) -> std::string {
      auto it = docs.find(path);
      if (it == docs.end()) {
        auto d = LoadDocument(path, s->pipeline.load);
        if (!d.ok()) return "";
        it = docs.emplace(path, std::move(*d)).first;
      }
      auto [b, e] = it->second.lines.LineRange(it->second.text, line);
      return it->second.text.substr(b, e - b);
    };
    WriteFindingsText(findings, summary, source, opts.colour, out);
  }
  if (status != 0) return status;
  const bool failed = std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity >= fail_on; });
  return failed ? 1 : 0;
}

int RunExplain(const CommonOptions& opts, const std::string& where, std::ostream& out, std::ostream& err) {
  const size_t colon = where.rfind(':');
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
  auto s = Prepare(opts, {where.substr(0, colon)}, err);
  if (!s) return 2;
  s->pipeline.explain = true;
  int found = 0;
  const int status = Extract(*s, err, [&](const DocumentResult& r) {
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
