// Open-world segments: a line of business written right before the cue of a
// firm's metric ("Gaming revenue", "automotive sales", 遊戲業務營收).
//
// Contract: OpenSegmentBefore() reads back from a metric cue at `cue_begin`
// (not before `clause_begin`) and returns the line's name folded and
// lower-cased ("gaming", "遊戲"), or "". Pure. In order:
//  - a metrics.yaml `open_segments.markers` word (業務, 分部, business) ending
//    at the cue, or at a period right before it (分部第二季營收): the
//    min_chars..max_chars Han characters before the marker (stopping at a
//    name, a figure, a date or a break word), read inside quotes when the
//    marker closes them (「手機×AIoT」分部), else a Latin word touching it
//    (iPhone業務, a product's name allowed), else a demonstrative (該板塊);
//  - the Han words before a `han_cues` cue (服務收入) after the last
//    `han_stop_words` word among them (當季廣告營收: 廣告; 季度總收入: none);
//  - (OpenSegmentOfFigure only) "from", a few words and a marker between the
//    figure's cue and the figure: the Latin word before the marker ("revenue
//    from Apple's smartphone business soared to …");
//  - the one Latin word before the cue (letters and hyphens, at least three
//    or a two-letter acronym; before a Han cue it may touch it: iPhone營收),
//    no `stop_words` word, no entity mention, no part of a figure or date.
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
// figure; else, unless that cue says the whole (`total_words`: 總營收), the
// line before the last firm cue of an earlier clause of the sentence
// (智慧手機業務營收…，毛利率為11.5%); else the line an earlier clause opens with
// as its subject (a marker then a comma, 則 or an English verb: Mac業務則成為
// 亮點，淨營收為…; its EV business generated …; or a marker whose line opens
// its clause, `subject_openers` and names apart: 服務業務成為第二增長極，…).
std::string OpenSegmentOfFigure(std::string_view text, const Quantity& q, const std::vector<Mention>& cues,
                                size_t sentence_begin, size_t clause_begin, const std::string& metric,
                                const MetricTable& metrics, const std::vector<Mention>& mentions,
                                const std::vector<Quantity>& quantities);

std::string OpenSegmentBefore(std::string_view text, size_t cue_begin, size_t clause_begin, const MetricTable& metrics,
                              const std::vector<Mention>& mentions, const std::vector<Quantity>& quantities);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_OPEN_SEGMENT_H_
