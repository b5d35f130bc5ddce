// Finding fingerprints: a stable name for "the same finding" across edits.
//
// Contract: FindingFingerprint returns 16 lowercase hex digits that depend
// only on the finding's rule id and, for each claim it rests on, the claim's
// document path (lexically normalised: "./a.md" is "a.md"), its source text
// (runs of white space collapsed), value, unit, entity and metric. Claims are
// taken as a sorted set, so their order does not matter. Line and column
// numbers and the message are left out on purpose: moving a paragraph or
// rewording another sentence keeps the fingerprint, while changing the figure
// itself (its text or value), its document or the rule changes it.
#ifndef FIGCHECK_COMPARE_FINGERPRINT_H_
#define FIGCHECK_COMPARE_FINGERPRINT_H_

#include <string>

#include "checker/compare/finding.h"

namespace figcheck {

std::string FindingFingerprint(const Finding& finding);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_FINGERPRINT_H_
