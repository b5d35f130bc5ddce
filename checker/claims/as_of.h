// As-of: the date a figure refers to.
//
// Contract: AsOfChooser::Choose picks, for one non-date figure, the date it
// is stated for: a table cell's column date (table_columns.h), else, in order:
//  1. a date in the figure's own clause, before it, else after it ("delivered
//     1.79 million through 2024");
//  2. a period opening the sentence, which frames all its clauses (2024年全年，
//     …，其中Model 3/Y交付170.41萬輛);
//  3. the nearest date before it in its sentence;
//  4. the last period named earlier, in its paragraph (for a total over a
//     period such as deliveries: anywhere earlier in the text, looking back
//     over at most 400 mentions);
//  5. the publication date (AsOf::stated false).
// Dates after a comparison word (比2024年第4季) are baselines and skipped, except
// for the baseline's own figure: the first figure after the date in its clause,
// with no change word between (相較於2025年實際資本支出409億美元，成長27%至37%:
// 409億 is 2025's; the growth is not). So is a date tied by a word of
// dates.yaml `figure_date_links` to a figure after a comparison word ("from
// $0.38 in Q2 2024"), except for that figure. A date after the figure that heads a
// figure of its own (73.4％（第二季72.4％）) does not date it, and a period of a
// forecast's sentence (dates.yaml `forecast_words`: "expects $65 billion for
// the fourth quarter") is not carried to later sentences. Spans of years
// (between 2024 and 2030) date no single figure. A total over a period (`wants_period`) is dated only by a period: a day
// (reported on Thursday, 1月2日公布) dates the statement, not the figure. A
// duration after a "since" word moves the date on (自2022年11月推出以來，17個月內
// -> 2024-04). AsOf::period names the kind of period that dated it (year,
// quarter, half_year, month), an aspect of the figure's fact.
#ifndef FIGCHECK_CLAIMS_AS_OF_H_
#define FIGCHECK_CLAIMS_AS_OF_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/claims/figure_span.h"
#include "checker/claims/table_columns.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/rulebook.h"
#include "checker/text/segment.h"
#include "checker/util/civil_date.h"

namespace figcheck {

struct AsOf {
  std::optional<CivilDate> value;    // at the precision stated
  bool stated = false;               // from a date in the text, not the publication date
  std::string period;                // "year", "quarter", … or ""
  // The year of the baseline date before the figure in its sentence (比2024年同期,
  // 較去年第3季), or else after it in its clause (34.28 percent from the third
  // quarter), or "":
  // what a change is measured against.
  std::string baseline;
  std::string how;                   // for `explain`, when asked for
  const Quantity* date = nullptr;    // the date that dated it, if one did
};

class AsOfChooser {
 public:
  // `quantities` in text order; all referenced objects outlive the chooser.
  // `sentences` segments `text` (shared with the caller, which segments it anyway).
  AsOfChooser(std::string_view text, const std::vector<Quantity>& quantities, const Rulebook& rules,
              std::optional<CivilDate> published, SentenceIndex* sentences)
      : text_(text),
        quantities_(quantities),
        rules_(rules),
        published_(published),
        sentences_(sentences),
        table_cells_(TableColumnDates(text, quantities)) {}

  // `change`: the figure is a change, which a span of years dates (to its end).
  AsOf Choose(const Quantity& q, const FigureSpan& span, bool wants_period, bool change, bool explain) const;

 private:
  const Quantity* LastPeriodBefore(const Quantity& q, size_t from) const;
  // A point of comparison: after a comparison word (比2024年第4季, from the
  // third quarter: of the figure after it, if any), or the date of a figure
  // after one ("from $0.38 in Q2 2024").
  enum class Baseline { kNone, kOfFigureAfter, kOfFigureBefore };
  Baseline BaselineOf(const Quantity& date) const;
  bool LinkedTo(const Quantity& date, const Quantity& q) const;
  bool HeadsFigure(const Quantity& date, size_t clause_end) const;
  bool InForecastSentence(const Quantity& date, const Quantity& q) const;
  bool DatesBaselineFigure(const Quantity& date, const Quantity& q, size_t clause_begin) const;
  std::optional<CivilDate> SinceDate(const Quantity& date, const Quantity& q) const;
  bool CountedFrom(const Quantity& date) const;

  std::string_view text_;
  const std::vector<Quantity>& quantities_;
  const Rulebook& rules_;
  std::optional<CivilDate> published_;
  SentenceIndex* sentences_;
  std::unordered_map<size_t, const Quantity*> table_cells_;  // a table cell's begin -> its column's date
  // By a date's first byte: its sentence's end, and whether a forecast word stands in it.
  mutable std::unordered_map<size_t, std::pair<size_t, bool>> forecast_sentences_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_AS_OF_H_
