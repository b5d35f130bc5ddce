#include "checker/cli/commands.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "checker/cli/command_setup.h"
#include "checker/compare/corpus_check.h"
#include "checker/compare/entity_unify.h"
#include "checker/ledger/ledger.h"
#include "checker/util/content_hash.h"
#include "reports/claim_format.h"
#include "reports/report.h"

namespace figcheck {

int RunClaims(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  if (opts.format != "jsonl" && opts.format != "table") {
    err << "figcheck claims: --format must be jsonl or table\n";
    return 2;
  }
  if (opts.for_ledger && (opts.format != "jsonl" || opts.candidates)) {
    err << "figcheck claims: --for-ledger writes --format jsonl, without --candidates\n";
    return 2;
  }
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  if (opts.for_ledger && std::find(s->files.begin(), s->files.end(), "-") != s->files.end()) {
    err << "figcheck claims: a document for a ledger needs a path; standard input cannot be stored\n";
    return 2;
  }
  int unreadable = 0;
  const int status = ExtractAll(*s, err, [&](const DocumentResult& r) {
    if (!opts.for_ledger) {
      opts.format == "table" ? WriteClaimsTable(r.claims, out) : WriteClaimsJsonl(r.claims, out, opts.candidates);
      return;
    }
    auto hash = FileContentHash(r.path);
    if (!hash.ok()) {
      err << "figcheck: " << hash.status().message() << '\n';
      unreadable = 2;
      return;
    }
    const LedgerFields document{*hash, r.published ? std::optional(r.published->ToIso()) : std::nullopt};
    for (const Claim& c : r.claims) out << DumpJson(ClaimToLedgerJson(c, document)) << '\n';
  });
  return std::max(status, unreadable);
}

int RunNumbers(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  s->pipeline.all_mentions = true;
  return ExtractAll(*s, err, [&](const DocumentResult& r) { WriteMentionsJsonl(r.claims, out); });
}

namespace {

// Every document of a ledger, a document at a time, into `corpus`; their paths to `files`.
// A ledger keeps no sentences (nor the aliases documents taught): its claims
// are compared, and the internal checks that read words between figures find nothing to read.
Status AddLedger(const std::string& path, CorpusCheck* corpus, std::vector<std::string>* files) {
  auto ledger = Ledger::Open(path, Ledger::Mode::kOpenExisting);
  if (!ledger.ok()) return ledger.status();
  auto documents = (*ledger)->Documents();
  if (!documents.ok()) return documents.status();
  for (const LedgerDocument& d : *documents) {
    auto claims = (*ledger)->DocumentClaims(d.path);
    if (!claims.ok()) return claims.status();
    if (Status s = corpus->Add(*claims, {}, {}); !s.ok()) return s;
    files->push_back(d.path);
  }
  return Status::Ok();
}

}  // namespace

int RunCheck(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err) {
  const std::optional<Severity> fail_on = FailOnSeverity(opts, "figcheck check", err);
  if (!fail_on) return 2;
  ReportOutput output("figcheck check", opts.output, out);
  if (!output.Open(err)) return 2;
  if (paths.empty() == opts.check_ledger.empty()) {
    err << "figcheck check: give the documents to check (PATH...) or --ledger FILE, one of the two\n";
    return 2;
  }
  auto s = PrepareCommand(opts, paths, err);
  if (!s) return 2;
  CorpusCheck corpus(*s->rules, CorpusCheckOptions{opts.memory_mb << 20, opts.temp_dir});
  Status stored = Status::Ok();
  int status = 0;
  if (opts.check_ledger.empty()) {
    status = ExtractAll(*s, err, [&](const DocumentResult& r) {
      if (stored.ok()) stored = corpus.Add(r.claims, r.learned, r.suppressions);
    });
  } else {
    stored = AddLedger(opts.check_ledger, &corpus, &s->files);
  }
  auto findings = stored.ok() ? corpus.Findings() : Result<std::vector<Finding>>(stored);
  if (!findings.ok()) {
    err << "figcheck check: " << findings.status().message() << '\n';
    return 2;
  }
  const CorpusCheckStats& stats = corpus.stats();
  spdlog::info("check: {} claims ({} MB encoded{}); compared in {} partition(s), the largest {} claims", stats.claims,
               stats.encoded_bytes >> 20,
               stats.on_disk ? ", through temporary files in " + (opts.temp_dir.empty() ? DefaultTempDir() : opts.temp_dir)
                             : std::string(),
               stats.partitions, stats.largest_partition);
  ReportInput report;
  report.findings = std::move(*findings);
  report.summary = ReportSummary{stats.documents, stats.claims};
  report.documents = s->files;
  return output.Finish(std::move(report), opts, *s, *fail_on, status, err);
}

int RunExplain(const CommonOptions& opts, const std::string& where, const std::vector<std::string>& corpus,
               std::ostream& out, std::ostream& err) {
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
  std::vector<LearnedAlias> learned;
  if (!corpus.empty()) {
    auto others = PrepareCommand(opts, corpus, err);
    if (!others) return 2;
    const int read = ExtractAll(*others, err, [&](const DocumentResult& r) {
      learned.insert(learned.end(), r.learned.begin(), r.learned.end());
    });
    if (read == 2) return 2;
  }
  auto s = PrepareCommand(opts, {where.substr(0, colon)}, err);
  if (!s) return 2;
  s->pipeline.explain = true;
  std::vector<Claim> claims;
  const int status = ExtractAll(*s, err, [&](const DocumentResult& r) {
    learned.insert(learned.end(), r.learned.begin(), r.learned.end());
    for (const auto& c : r.claims) {
      if (c.line == line) claims.push_back(c);
    }
  });
  UnifyEntities(learned, s->rules->entities, &claims);
  for (const auto& c : claims) {
      out << c.doc << ':' << c.line << ':' << c.column << ": " << c.text << '\n'
          << "  value     " << c.value.Text() << (c.high ? " .. " + c.high->Text() : "") << ' ' << c.unit << " ("
          << QualifierName(c.qualifier) << ", " << DimensionName(c.dimension) << ")\n"
          << "  rule      " << c.rule << '\n'
          << "  entity    " << (c.entity.empty() ? "(unknown)" : c.entity) << '\n'
          << "  metric    " << (c.metric.empty() ? "(unknown)" : c.metric) << (c.unit_mismatch ? "  [unit mismatch]" : "")
          << '\n'
          << "  as of     " << (c.as_of ? c.as_of->ToIso() : "(unknown)") << '\n'
          << "  because   " << (c.attribution.empty() ? "no entity, metric or date found near it" : c.attribution)
          << "\n\n";
  }
  if (claims.empty() && status == 0) out << where << ": no claims on this line\n";
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
