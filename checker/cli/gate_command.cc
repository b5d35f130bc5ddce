#include "checker/cli/gate_command.h"

#include <spdlog/spdlog.h>


#include "checker/document/loader.h"
#include "checker/gate/baseline.h"
#include "checker/gate/git_changes.h"
#include "checker/ledger/ledger.h"
#include "reports/report.h"

namespace figcheck {
namespace {

// Rewrites the baseline with this run's findings; the exit status.
int UpdateBaselineFile(const std::string& path, const Baseline& old, const std::vector<Finding>& findings,
                       const std::set<std::string>& changed, std::ostream& err) {
  const Baseline updated = UpdateBaseline(old, findings, changed);
  if (Status s = WriteBaseline(path, updated); !s.ok()) {
    err << "figcheck gate: " << s.message() << '\n';
    return 2;
  }
  err << "figcheck gate: " << path << ": " << updated.entries.size() << " accepted findings (" << findings.size()
      << " from this run)\n";
  return 0;
}

}  // namespace

PublishedSource PublishedFromFiles(std::vector<std::string> files) {
  return [files = std::move(files)](CommandSetup& setup, const std::set<std::string>& changed, CorpusFindings& into,
                                    std::ostream& err) {
    setup.files.clear();
    for (const auto& f : files) {
      if (!changed.count(NormalPath(f))) setup.files.push_back(NormalPath(f));
    }
    spdlog::debug("gate: {} published documents", setup.files.size());
    return ExtractAll(setup, err, [&](const DocumentResult& r) { into.Add(r); });
  };
}

PublishedSource PublishedFromLedger(std::string path) {
  return [path = std::move(path)](CommandSetup& setup, const std::set<std::string>& changed, CorpusFindings& into,
                                  std::ostream& err) {
    auto ledger = Ledger::Open(path, Ledger::Mode::kOpenExisting);
    auto claims = ledger.ok() ? (*ledger)->ClaimsWithKeys(into.KeysOf(*setup.rules, changed), changed)
                              : Result<std::vector<Claim>>(ledger.status());
    if (!claims.ok()) {
      err << "figcheck gate: " << claims.status().message() << '\n';
      return 2;
    }
    spdlog::debug("gate: {} published claims from {}", claims->size(), path);
    into.AddPublished(std::move(*claims));
    return 0;
  };
}

int GateAgainst(const CommonOptions& opts, const GateOptions& gate, const std::vector<std::string>& changed_paths,
                const PublishedSource& published, std::ostream& out, std::ostream& err) {
  const std::optional<Severity> fail_on = FailOnSeverity(opts, "figcheck gate", err);
  if (!fail_on) return 2;
  if (gate.update_baseline && !gate.baseline) {
    err << "figcheck gate: --update-baseline needs --baseline FILE\n";
    return 2;
  }
  ReportOutput output("figcheck gate", gate.update_baseline ? "" : opts.output, out);
  if (!output.Open(err)) return 2;
  Baseline baseline;
  if (gate.baseline) {
    auto read = ReadBaseline(*gate.baseline);
    if (!read.ok()) {
      err << "figcheck gate: " << read.status().message() << '\n';
      return 2;
    }
    baseline = std::move(*read);
  }
  auto s = PrepareCommand(opts, changed_paths, err);
  if (!s) return 2;
  std::set<std::string> changed;
  for (const auto& f : s->files) changed.insert(NormalPath(f));
  const std::vector<std::string> changed_files = s->files;

  CorpusFindings corpus;
  int status = ExtractAll(*s, err, [&](const DocumentResult& r) { corpus.Add(r); });
  const ReportSummary summary{corpus.documents(), corpus.claims()};
  std::vector<Finding> findings;
  if (!changed.empty()) {
    status = std::max(status, published(*s, changed, corpus, err));
    findings = corpus.FindingsInvolving(*s->rules, changed);
  }
  if (gate.update_baseline) {
    if (status != 0) {
      err << "figcheck gate: " << *gate.baseline << " left unchanged: some input could not be read\n";
      return status;
    }
    return UpdateBaselineFile(*gate.baseline, baseline, findings, changed, err);
  }
  ReportInput report;
  report.findings = WithoutBaselined(findings, baseline);
  report.summary = summary;
  report.documents = changed_files;
  return output.Finish(std::move(report), opts, *s, *fail_on, status, err);
}

int RunGate(const CommonOptions& opts, const GateOptions& gate, std::ostream& out, std::ostream& err) {
  std::vector<std::string> changed = gate.changed;
  std::vector<std::string> corpus;
  if (gate.git_diff) {
    auto git = ChangesSince(*gate.git_diff);
    if (!git.ok()) {
      err << "figcheck gate: " << git.status().message() << '\n';
      return 2;
    }
    changed.insert(changed.end(), git->changed.begin(), git->changed.end());
    corpus = git->tracked;
  } else if (changed.empty()) {
    err << "figcheck gate: name the changed articles, or use --git-diff BASE\n";
    return 2;
  }
  if (gate.ledger) {
    if (!gate.corpus.empty()) {
      err << "figcheck gate: --ledger and --corpus name two published sides; give one\n";
      return 2;
    }
    return GateAgainst(opts, gate, changed, PublishedFromLedger(*gate.ledger), out, err);
  }
  if (!gate.corpus.empty() || !gate.git_diff) {
    auto listed = ListDocuments(gate.corpus.empty() ? std::vector<std::string>{"."} : gate.corpus);
    if (!listed.ok()) {
      err << "figcheck gate: " << listed.status().message() << '\n';
      return 2;
    }
    corpus = std::move(*listed);
  }
  return GateAgainst(opts, gate, changed, PublishedFromFiles(std::move(corpus)), out, err);
}

}  // namespace figcheck
