// Pattern rules: date patterns (rules/dates.yaml) and not-a-figure patterns
// (rules/exclusions.yaml), compiled once into RE2.
//
// Contract: every pattern is RE2 (linear time, no backtracking), folded like
// article text before compiling, and checked at load: a pattern that does not
// compile is reported as "PATH:LINE: pattern 'id': <RE2 error>". Each table
// also keeps one combined pattern (the alternation of all of its patterns)
// so a recogniser finds candidate spans in a single pass over the text, and
// dates a set of them anchored at both ends, which says what a span is.
#ifndef FIGCHECK_RULES_PATTERN_RULES_H_
#define FIGCHECK_RULES_PATTERN_RULES_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/rules/word_matcher.h"
#include "checker/util/status.h"

namespace figcheck {

struct DatePattern {
  std::string id;
  bool always_claim = true;  // false: a claim only next to an event word ("claim: event")
  std::unique_ptr<RE2> re;
};

struct DateTable {
  std::vector<DatePattern> patterns;
  std::unique_ptr<RE2> any;  // alternation of all patterns, longest match
  // Every pattern anchored at both ends, in list order: one pass over a span
  // `any` found says which patterns match it whole, instead of trying each.
  std::unique_ptr<RE2::Set> whole;
  std::map<std::string, int> months;           // lower-case English prefix -> 1..12
  std::map<std::string, int> relative_years;   // folded word -> offset
  std::map<std::string, int> relative_months;  // 本月, last month -> 0, -1
  std::map<std::string, int> relative_days;
  std::map<std::string, int> quarter_words;
  std::map<std::string, int> weekdays;          // monday/一 -> 1 … sunday/日 -> 7
  std::map<std::string, int> ended_spans;       // "quarter", 三个月 -> 3: the months a period ended on a date spans
  std::vector<std::string> new_year_markers;     // 去年: the article looks back from the new year
  std::map<std::string, std::string> ago_units;  // word -> Y M W D
  std::map<std::string, std::pair<int, int>> year_parts;   // 初 -> months 1..3
  std::map<std::string, std::pair<int, int>> month_parts;  // 初 -> days 1..10
  WordMatcher event_after;
  WordMatcher event_before;
  int event_reach = 12;  // code points
  // Verbs of an event that stand before its date in English ("BYD overtook
  // Tesla … in the fourth quarter of 2024"), up to event_verb_reach code points back.
  WordMatcher event_verbs_before;
  int event_verb_reach = 100;
  WordMatcher since_words;       // 以來, since: a duration after the date counts from it
  WordMatcher forecast_words;    // 預計, expects: a period in their sentence is not carried on
  WordMatcher results_words;     // 財報, results right after a period: the period reported, carried on all the same
  WordMatcher comparison_words;  // 比, compared with: the date after one is a baseline
  // in, 在: a date after one and a figure after a comparison word ("from $0.38
  // in Q2 2024") dates that compared figure: a baseline too.
  WordMatcher figure_date_links;
};

struct ExclusionPattern {
  std::string id;
  std::string why;
  std::unique_ptr<RE2> re;
};

struct ExclusionTable {
  std::vector<ExclusionPattern> patterns;
  std::unique_ptr<RE2> any;  // alternation of all patterns, longest match: one pass finds every span
};

// Calls fn(begin, end) for every non-empty, non-overlapping match of `re` in
// `text`, left to right (one linear pass of RE2's DFA per match found).
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, Fn fn) {
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size() && re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t begin = static_cast<size_t>(m.data() - text.data());
    const size_t end = begin + m.size();
    if (end > begin) fn(begin, end);
    pos = end > begin ? end : begin + 1;
  }
}

Result<DateTable> LoadDateTable(const std::string& path);
Result<ExclusionTable> LoadExclusionTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_PATTERN_RULES_H_
