// Finding confidence: how sure figcheck is that a finding's claims speak of
// one fact, and what that fact is.
//
// Contract: ScoreFindings() gives every finding
//  - `identity`, for one that sets statements of a fact against each other
//    (`confidence.pair_kinds`): what its claims share, the line a report prints to say why
//    they are one fact ("NVIDIA · revenue · 2025-07 · quarter · non_gaap · USD");
//  - `confidence` in 0..1: a logistic score over evidence that the claims may
//    be two different facts after all (rules/checks.yaml `confidence`: the
//    weights are data, each naming a class of false finding), from the
//    claims' attribution confidence and the identity evidence each states;
//  - and, when the confidence is below `confidence.threshold`, severity info
//    (a note, not counted by a CI gate) with `doubts` saying what lowered it.
// A finding resting on one claim (a unit mismatch, an implausible figure) is
// scored by that claim's attribution alone. Order and claims are unchanged.
// FindConflicts scores its pairs itself; the caller scores the internal checks.
#ifndef FIGCHECK_COMPARE_FINDING_CONFIDENCE_H_
#define FIGCHECK_COMPARE_FINDING_CONFIDENCE_H_

#include <vector>

#include "checker/compare/finding.h"
#include "checker/rules/attribution_rules.h"
#include "checker/rules/check_rules.h"

namespace figcheck {

void ScoreFindings(const MetricTable& metrics, const CheckSettings& settings, std::vector<Finding>* findings);

// After pairs are merged into findings (each scored alone): a finding whose
// claims give `confidence.scattered_values` or more different figures for one
// date has the `scattered` weight added, a group's evidence no pair shows.
void WeighScatter(const MetricTable& metrics, const CheckSettings& settings, std::vector<Finding>* findings);

// What every claim of `f` shares (its `identity`), for a finding merged after scoring.
std::string SharedIdentity(const Finding& f);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_FINDING_CONFIDENCE_H_
