// Aspect scope: whether an aspect word of rules/metrics.yaml holds for one
// figure.
//
// Contract: AspectWordHolds() applies the word's `scope` (AspectRule::Scope:
// clause, frame, figure, preceding, level) to a figure in the clause
// [clause_begin, clause_end) of a sentence whose clause starts are `clauses`.
// `changes_named_metric`: the figure is a change of a metric named before it
// (成長27% after 營收), so a change word right before it says nothing new;
// `figure_is_change`: its metric is a change, which a level word never marks.
// A frame word right before a parenthesis frames the figures inside it
// (財測指引(毛利率57%-59%,營益率47%-49%)).
// A period word (family `period`) near the start of a sentence's first clause
// that states no figure holds for the whole sentence ("For the full fiscal
// year, …", 全年來看，…).
// Pure: reads the text and the quantities it is given.
#ifndef FIGCHECK_CLAIMS_ASPECT_SCOPE_H_
#define FIGCHECK_CLAIMS_ASPECT_SCOPE_H_

#include <string_view>
#include <vector>

#include "checker/claims/paragraph_scan.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/attribution_rules.h"

namespace figcheck {

struct FigureClause {
  std::string_view text;
  const std::vector<Quantity>* quantities = nullptr;  // the document's, in text order
  const std::vector<size_t>* clauses = nullptr;       // the sentence's clause starts
  size_t clause_begin = 0, clause_end = 0;
};

bool AspectWordHolds(const AspectRule& aspect, const Mention& word, const Quantity& figure, const FigureClause& where,
                     const MetricTable& metrics, bool changes_named_metric, bool figure_is_change);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_ASPECT_SCOPE_H_
