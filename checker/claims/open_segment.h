// Open-world segments: a line of business written right before the cue of a
// firm's metric ("Gaming revenue", "automotive sales", 遊戲業務營收).
//
// Contract: OpenSegmentBefore() reads back from a metric cue at `cue_begin`
// (not before `clause_begin`). In Latin text it takes the one word right
// before the cue (letters and hyphens, at least three; before a Han cue it
// may touch the cue and follow Han text: iPhone營收) when it is none of
// metrics.yaml's `open_segments.stop_words` (total, quarterly, adjusted …),
// no entity mention and no part of a figure or date; in Han text only a
// `markers` word (業務, 部門) right before the cue opens a segment, and the
// min_chars..max_chars Han characters before the marker name it (stopping at
// a name, a figure, a date or a break word), or else a Latin word touching
// the marker (iPhone業務). It returns the name folded and
// lower-cased ("gaming", "遊戲"), or "". Pure.
#ifndef FIGCHECK_CLAIMS_OPEN_SEGMENT_H_
#define FIGCHECK_CLAIMS_OPEN_SEGMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/paragraph_scan.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/attribution_rules.h"

namespace figcheck {

// The segment of a figure whose metric is a firm's (or a change of one): read
// before the last cue of a firm's metric between `clause_begin` and the
// figure; else the line of business an earlier clause of the sentence opens
// with as its subject (a marker then a comma or 則: Mac業務則成為亮點，淨營收為…).
std::string OpenSegmentOfFigure(std::string_view text, const Quantity& q, const std::vector<Mention>& cues,
                                size_t sentence_begin, size_t clause_begin, const std::string& metric,
                                const MetricTable& metrics, const std::vector<Mention>& mentions,
                                const std::vector<Quantity>& quantities);

std::string OpenSegmentBefore(std::string_view text, size_t cue_begin, size_t clause_begin, const MetricTable& metrics,
                              const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_OPEN_SEGMENT_H_
