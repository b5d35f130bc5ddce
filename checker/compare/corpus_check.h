// CorpusCheck: the findings of a whole corpus, in memory that does not grow
// with it.
//
// Contract: Add() takes each document's claims, the aliases it taught and its
// figcheck-disable comments, in corpus order. Findings() then gives what
// comparing every claim with every other would (FindConflicts over all
// claims, the internal checks, entity unification, suppressions): conflicts
// by severity and place, then the internal checks' findings check by check,
// each in document order (stated-change's year-over-year answers after its
// in-sentence findings, in the order they were asked). It gets there in three
// passes, so that no step holds more than one document or one group of facts:
//  1. Add() encodes each document's claims into a record log (store/), in
//     memory up to `memory_bytes`, past that in an unnamed temporary file;
//  2. each document is read back, its entities renamed by what the whole
//     corpus taught (entity_unify.h), and its internal checks run on it
//     alone: they read one article's sentences. stated-change's question
//     about last year's level, which another article may answer, is put
//     aside (CheckContext::questions). The claims comparison reads (with an
//     entity and a metric, or a unit mismatch) go to partitions by their
//     subject, the entity (a deal's: the first of the pair's names), with
//     the questions about that subject's levels;
//  3. each partition is loaded, its subjects' facts compared (FindConflicts,
//     one call per subject) and its questions answered.
// Memory then holds the log of pass 1 while it is in memory, one document,
// one partition (sized to an eighth of `memory_bytes` of encoded claims, at
// most 256 partitions; one subject with more claims than that is loaded
// whole), the aliases, the suppressions and the findings. A
// subject's stated rises are those of its own partition, so a deal pair's
// figure meets the rises of the first name's partition only, whatever the
// number of partitions. Errors of the temporary files (a full disk) are an
// IoError naming the folder.
#ifndef FIGCHECK_COMPARE_CORPUS_CHECK_H_
#define FIGCHECK_COMPARE_CORPUS_CHECK_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/compare/finding.h"
#include "checker/document/suppression.h"
#include "checker/rules/rulebook.h"
#include "checker/store/record_log.h"
#include "checker/util/status.h"

namespace figcheck {

struct CorpusCheckOptions {
  size_t memory_bytes = size_t{512} << 20;  // encoded claims held in memory before temporary files are used
  std::string temp_dir;                     // "" = $TMPDIR, else /tmp
};

// What a run did, for progress and the benchmark.
struct CorpusCheckStats {
  size_t documents = 0;
  size_t claims = 0;
  size_t encoded_bytes = 0;  // the claims as encoded in pass 1
  bool on_disk = false;      // pass 1 went past memory_bytes
  size_t partitions = 0;
  size_t largest_partition = 0;  // claims
};

class CorpusCheck {
 public:
  CorpusCheck(const Rulebook& rules, CorpusCheckOptions options);
  ~CorpusCheck();

  Status Add(const std::vector<Claim>& claims, const std::vector<LearnedAlias>& learned,
             const std::vector<Suppression>& suppressions);
  // Once, after the last Add().
  Result<std::vector<Finding>> Findings();

  const CorpusCheckStats& stats() const { return stats_; }

 private:
  const Rulebook& rules_;
  CorpusCheckOptions options_;
  std::unique_ptr<RecordLog> documents_;
  std::vector<LearnedAlias> learned_;
  std::vector<Suppression> suppressions_;
  CorpusCheckStats stats_;
};

// The system's folder for temporary files: $TMPDIR when set, else /tmp.
std::string DefaultTempDir();

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_CORPUS_CHECK_H_
