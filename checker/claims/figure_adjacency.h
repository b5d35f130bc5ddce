// Figure adjacency: which words stand right next to a figure, so they are
// its own and not a neighbour's.
//
// Contract (pure, byte positions in the normalised text):
//  - LinksTo: the word ends right before the figure, at most a link word
//    (的, 為, a space: 7 bytes) between (去年同期的0.78美元);
//  - FollowsRightAfter: the word begins right after the figure, spaces or a
//    comma between ("$1.08 in the same quarter …"), or a short bracket
//    restating it ("NT$3.55 (USD 0.11) in the same period last year");
//  - CueOfTheFigureBefore: a Latin metric cue written right after a figure of
//    its metric's dimension, a space or one word between ("$2.6 per share on
//    $33 billion": per share is the $2.6's; "an 11.3% increase quarter-over-
//    quarter and a 38.6% surge": the 11.3 %'s). Han text runs a figure and the next
//    figure's cue together (97億美元增加18.6%), so only Latin cues count;
//  - FigureBetween: a figure (no date) begins in [from, to);
//  - RestatesInBrackets: a figure opens a bracket right after another (not a
//    date), nothing else between: 600萬美元（約新台幣1.8億元）, 170個基點（1.7個
//    百分點）: the same fact in another unit.
#ifndef FIGCHECK_CLAIMS_FIGURE_ADJACENCY_H_
#define FIGCHECK_CLAIMS_FIGURE_ADJACENCY_H_

#include <string_view>
#include <vector>

#include "checker/claims/paragraph_scan.h"
#include "checker/quantity/quantity.h"

namespace figcheck {

bool LinksTo(const Mention& word, const Quantity& figure);
bool FollowsRightAfter(std::string_view text, const Quantity& figure, const Mention& word);
bool CueOfTheFigureBefore(std::string_view text, const std::vector<Quantity>& quantities, const Mention& cue,
                          Dimension metric_dimension);
bool FigureBetween(const std::vector<Quantity>& quantities, size_t from, size_t to);
bool RestatesInBrackets(std::string_view text, const Quantity& before, const Quantity& q);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_FIGURE_ADJACENCY_H_
