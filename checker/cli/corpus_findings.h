// The findings of a set of extracted documents: the one path from extraction
// results to findings that check, review and gate share.
//
// Contract: Add() takes each DocumentResult the pipeline emits (its claims and
// its figcheck-disable comments). Findings() compares every claim added
// (FindConflicts, with the rule pack's metrics and checks), runs the
// internal-consistency checks on them (compare/internal/internal_checks.h),
// after naming each entity as the whole corpus learned it (the aliases every
// document added taught: compare/entity_unify.h),
// then applies the
// inline suppressions of every document added (checker/compare/
// apply_suppressions.h: suppressed findings dropped, suppressions without a
// rule or reason reported as warnings).
#ifndef FIGCHECK_CLI_CORPUS_FINDINGS_H_
#define FIGCHECK_CLI_CORPUS_FINDINGS_H_

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "checker/compare/finding.h"
#include "checker/document/suppression.h"
#include "checker/pipeline.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

class CorpusFindings {
 public:
  void Add(const DocumentResult& result);
  void AddPublished(std::vector<Claim> claims);
  std::vector<Finding> FindingsInvolving(const Rulebook& rules, const std::set<std::string>& focus);
  // The entity and metric of every attributed claim of the `focus` documents.
  std::set<EntityMetric> KeysOf(const Rulebook& rules, const std::set<std::string>& focus);

  size_t documents() const { return documents_; }
  size_t claims() const { return claims_.size(); }

 private:
  // Renames claims by the aliases learned so far (once per change to either).
  void Unify(const Rulebook& rules);

  size_t documents_ = 0;
  std::vector<Claim> claims_;
  std::vector<LearnedAlias> learned_;
  std::pair<size_t, size_t> unified_{0, 0};  // learned_ and claims_ sizes at the last Unify
  std::vector<Suppression> suppressions_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CLI_CORPUS_FINDINGS_H_
