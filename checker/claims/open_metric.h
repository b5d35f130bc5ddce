// Open-world metrics: the words before a figure that no metric cue names.
//
// Contract: OpenMetricBefore() reads back from a figure at `figure_begin`
// (not before `clause_begin`) over spaces and one or more link words of
// metrics.yaml's `open_metrics` (達, 為, reached, of): without a link word
// there is no key. Before the links it takes, in Han text, the last
// min_chars..max_chars Han characters (stopping at an entity mention, a
// figure, a date or a break word such as 將, 預計); in Latin text, the one
// or two lower-case words before the links that are no stop words. It
// returns "cue:" and those words, folded ("cue:出口订单", "cue:export orders"),
// or "" — also for a dimension `open_metrics` does not list. Pure.
#ifndef FIGCHECK_CLAIMS_OPEN_METRIC_H_
#define FIGCHECK_CLAIMS_OPEN_METRIC_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/paragraph_scan.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/attribution_rules.h"

namespace figcheck {

// 今年資本支出將再寫下歷史新高，估計將高達520億美元: the metric a clause
// [clause_begin, clause_end) names while stating no figure of its own (the last
// of its `cues` of a metric of `dimension`), the topic of the figure in the
// next clause; "" when the clause has a figure or no such cue.
std::string TopicMetricOfClause(const std::vector<Quantity>& quantities, const std::vector<Mention>& cues,
                                size_t clause_begin, size_t clause_end, Dimension dimension, const MetricTable& table);

// The last min_chars..max_chars Han characters before `end` (not before
// `floor`), stopping at a name, a figure or date, or a word of `breaks`: their
// first byte, or std::string::npos when fewer than min_chars. Shared with
// open segments (open_segment.h).
size_t HanWordsBefore(std::string_view text, size_t end, size_t floor, const WordMatcher& breaks, int min_chars,
                      int max_chars, const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities);
// A name or a figure overlaps [b, e).
bool OverlapsNameOrFigure(size_t b, size_t e, const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities);

// `mentions`: the paragraph's entity mentions; `quantities`: the document's
// figures and dates (no key word may stand inside either).
std::string OpenMetricBefore(std::string_view text, const Quantity& q, size_t clause_begin, const MetricTable& metrics,
                             const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_OPEN_METRIC_H_
