// Pipeline: paths in, per-document results out, in order; threads live here.
//
// Contract: RunExtraction loads and extracts documents on `jobs` worker
// threads and hands each result to `sink` on the calling thread, in the order
// of `files` (deterministic output whatever the scheduling). Workers take
// documents in small batches (up to 16) and hold at most two batches' results
// each, so memory stays flat however large the corpus. A document that cannot
// be read yields a result with a non-ok status; the others are still processed.
#ifndef FIGCHECK_PIPELINE_H_
#define FIGCHECK_PIPELINE_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/document/loader.h"
#include "checker/document/suppression.h"
#include "checker/rules/rulebook.h"
#include "checker/util/status.h"

namespace figcheck {

struct DocumentResult {
  std::string path;
  Status status;
  std::vector<Claim> claims;
  std::optional<CivilDate> published;  // the document's publication date, when known
  std::vector<Suppression> suppressions;  // figcheck-disable comments (not with all_mentions)
  std::vector<LearnedAlias> learned;      // aliases the document taught (entity_unify.h)
};

struct PipelineOptions {
  int jobs = 1;
  LoadOptions load;
  bool all_mentions = false;  // every number mention, not only claims
  bool explain = false;       // fill Claim::attribution for `explain`
};

void RunExtraction(const std::vector<std::string>& files, const Rulebook& rules, const PipelineOptions& options,
                   const std::function<void(DocumentResult&&)>& sink);

}  // namespace figcheck

#endif  // FIGCHECK_PIPELINE_H_
