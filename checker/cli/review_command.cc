// review: a draft's findings against everything published.
//
// Only published claims that share an entity and metric with a draft claim
// are loaded: conflicts are found within one entity, metric and unit, so no
// other claim can take part in a finding that involves the draft. Published
// claims are compared with the draft's, never among themselves
// (ConflictsInvolving), so the cost follows the draft, not the ledger. Both
// sources (ledger, --against files) order the published claims by document
// path, then document order, so they give the same report. Suppressions
// are the drafts' own (the ledger keeps claims, not comments).
#include <algorithm>
#include <map>

#include "checker/cli/command_setup.h"
#include "checker/cli/ledger_commands.h"
#include "checker/cli/corpus_findings.h"
#include "checker/document/loader.h"
#include "checker/ledger/ledger.h"

namespace figcheck {
namespace {

// Published claims from files extracted afresh; drafts among them are skipped.
int ExtractPublished(CommandSetup& setup, const std::vector<std::string>& against, const std::set<EntityMetric>& keys,
                     const std::set<std::string>& drafts, std::vector<Claim>* published, std::ostream& err) {
  auto files = ListDocuments(against);
  if (!files.ok()) {
    err << "figcheck review: " << files.status().message() << '\n';
    return 2;
  }
  std::set<std::string> excluded;
  for (const auto& d : drafts) excluded.insert(NormalPath(d));
  setup.files.clear();
  for (const auto& f : *files) {
    if (excluded.count(NormalPath(f)) == 0) setup.files.push_back(f);
  }
  // By normalised path, as the ledger orders them, each document's claims in document order.
  std::map<std::string, std::vector<Claim>> by_document;
  const int status = ExtractAll(setup, err, [&](const DocumentResult& r) {
    std::vector<Claim>& kept = by_document[NormalPath(r.path)];
    for (const auto& c : r.claims) {
      if (keys.count({c.entity, c.metric}) > 0) kept.push_back(c);
    }
  });
  for (auto& [path, claims] : by_document) {
    published->insert(published->end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
  }
  return status;
}

int LoadPublished(const std::string& ledger_path, const std::set<EntityMetric>& keys,
                  const std::set<std::string>& drafts, std::vector<Claim>* published, std::ostream& err) {
  auto ledger = Ledger::Open(ledger_path, Ledger::Mode::kOpenExisting);
  auto claims = ledger.ok() ? (*ledger)->ClaimsWithKeys(keys, drafts) : Result<std::vector<Claim>>(ledger.status());
  if (!claims.ok()) {
    err << "figcheck review: " << claims.status().message() << '\n';
    return 2;
  }
  *published = std::move(*claims);
  return 0;
}

}  // namespace

int RunReview(const CommonOptions& opts, const ReviewSource& source, const std::vector<std::string>& drafts,
              std::ostream& out, std::ostream& err) {
  const std::optional<Severity> fail_on = FailOnSeverity(opts, "figcheck review", err);
  if (!fail_on) return 2;
  ReportOutput output("figcheck review", opts.output, out);
  if (!output.Open(err)) return 2;
  auto s = PrepareCommand(opts, drafts, err);
  if (!s) return 2;
  CorpusFindings corpus;  // the drafts, with their own figcheck-disable comments, then the published claims
  int status = ExtractAll(*s, err, [&](const DocumentResult& r) { corpus.Add(r); });
  const std::set<std::string> draft_docs(s->files.begin(), s->files.end());
  ReportInput report;
  report.documents = s->files;
  const std::set<EntityMetric> keys = corpus.KeysOf(*s->rules, draft_docs);
  std::vector<Claim> published;
  const int loaded = source.against.empty() ? LoadPublished(source.ledger, keys, draft_docs, &published, err)
                                            : ExtractPublished(*s, source.against, keys, draft_docs, &published, err);
  if (loaded == 2 && source.against.empty()) return 2;  // no usable ledger: nothing to review against
  status = std::max(status, loaded);
  for (const auto& c : published) {
    if (report.documents.empty() || report.documents.back() != c.doc) report.documents.push_back(c.doc);
  }
  corpus.AddPublished(std::move(published));
  report.summary.documents = report.documents.size();
  report.summary.claims = corpus.claims();
  report.findings = corpus.FindingsInvolving(*s->rules, draft_docs);
  return output.Finish(std::move(report), opts, *s, *fail_on, status, err);
}

}  // namespace figcheck
