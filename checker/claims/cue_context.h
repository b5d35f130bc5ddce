// Cue context: what stands between a metric cue and its figure, or after an
// event word, decides whether the cue is the figure's.
//
// Contract (pure, byte positions in the normalised text):
//  - WordBetween: a word of `words` begins in [from, to) (a to-word between
//    a change's cue and a figure makes the figure the level reached:
//    增加了280個基點至62.3%);
//  - NamesAReport: within a few code points after an event word, before any
//    clause or sentence break, stands a word of `results_words` (今日發布
//    2025年第二季度財報, "released its third-quarter results"): the word dates
//    a report, not the launch of anything.
#ifndef FIGCHECK_CLAIMS_CUE_CONTEXT_H_
#define FIGCHECK_CLAIMS_CUE_CONTEXT_H_

#include <string_view>

#include "checker/rules/word_matcher.h"

namespace figcheck {

bool WordBetween(std::string_view text, size_t from, size_t to, const WordMatcher& words);
bool NamesAReport(std::string_view text, size_t event_end, size_t sentence_end, const WordMatcher& results_words);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_CUE_CONTEXT_H_
