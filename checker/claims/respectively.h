// Respectively: a list of metrics paired in order with a list of figures
// (毛利率、營業利益率和稅後淨利率分別為58.6%、49.6%和42.7%; "gross and
// operating margins were 58.6% and 49.6%, respectively").
//
// Contract: PairedMetric() is pure. A figure belongs to a run: two or more
// claims of its dimension in one sentence with only list joiners between
// them (spaces, commas, 、, 和, 與, 及, and). The run is paired when a list
// word stands right before it (分別為, 分別是; `share_parts.list_words`) or
// right after it (", respectively"). Then the last N cues before the run's
// first figure in its sentence that name a metric of the figure's dimension
// (N = the run's length, no `requires` cue) are the run's metrics, in order;
// the figure's is the one at its place. Any doubt (fewer such cues, two cues
// of one metric) returns -1, and the nearest-cue choice stands.
#ifndef FIGCHECK_CLAIMS_RESPECTIVELY_H_
#define FIGCHECK_CLAIMS_RESPECTIVELY_H_

#include <string_view>
#include <vector>

#include "checker/claims/paragraph_scan.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/attribution_rules.h"

namespace figcheck {

// The index in table.metrics of the metric paired with `q`, or -1. `cues`:
// the sentence's metric cues in text order.
int PairedMetric(std::string_view text, const Quantity& q, size_t sentence_begin, size_t sentence_end,
                 const std::vector<Mention>& cues, const std::vector<Quantity>& quantities, const MetricTable& table);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_RESPECTIVELY_H_
