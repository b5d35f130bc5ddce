#include "checker/cli/corpus_findings.h"

#include "checker/compare/apply_suppressions.h"
#include "checker/compare/conflicts.h"
#include "checker/compare/entity_unify.h"
#include "checker/compare/finding_confidence.h"
#include "checker/compare/involving.h"
#include "checker/document/loader.h"
#include "checker/compare/internal/internal_checks.h"

namespace figcheck {

void CorpusFindings::Add(const DocumentResult& result) {
  ++documents_;
  claims_.insert(claims_.end(), result.claims.begin(), result.claims.end());
  learned_.insert(learned_.end(), result.learned.begin(), result.learned.end());
  suppressions_.insert(suppressions_.end(), result.suppressions.begin(), result.suppressions.end());
}

void CorpusFindings::AddPublished(std::vector<Claim> claims) {
  std::set<std::string> docs;
  for (const auto& c : claims) docs.insert(c.doc);
  documents_ += docs.size();
  claims_.insert(claims_.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
}

void CorpusFindings::Unify(const Rulebook& rules) {
  // Again whenever aliases or claims were added since (review adds the
  // published claims after asking for the drafts' keys); renaming is idempotent.
  if (unified_ == std::pair{learned_.size(), claims_.size()}) return;
  UnifyEntities(learned_, rules.entities, &claims_);
  unified_ = {learned_.size(), claims_.size()};
}

std::vector<Finding> CorpusFindings::FindingsInvolving(const Rulebook& rules, const std::set<std::string>& focus) {
  Unify(rules);
  std::vector<Finding> findings = ConflictsInvolving(claims_, focus, rules.metrics, rules.checks);
  // Internal checks read every claim (last year's level may stand in another
  // article), and report what involves the focus documents, as `check` would.
  std::vector<Finding> internal =
      figcheck::FindingsInvolving(RunInternalChecks(claims_, CheckContext{rules}), focus);
  ScoreFindings(rules.metrics, rules.checks, &internal);  // conflicts come scored
  findings.insert(findings.end(), std::make_move_iterator(internal.begin()), std::make_move_iterator(internal.end()));
  return ApplySuppressions(findings, suppressions_);
}

std::set<EntityMetric> CorpusFindings::KeysOf(const Rulebook& rules, const std::set<std::string>& focus) {
  Unify(rules);
  std::set<std::string> wanted;
  for (const auto& d : focus) wanted.insert(NormalPath(d));
  std::set<EntityMetric> keys;
  for (const auto& c : claims_) {
    if (!c.entity.empty() && !c.metric.empty() && wanted.count(NormalPath(c.doc))) keys.insert({c.entity, c.metric});
  }
  return keys;
}

}  // namespace figcheck
