// Date recognizer: absolute, partial, relative and period dates.
//
// Contract: finds every match of the date patterns of rules/dates.yaml in
// normalised text and resolves it to a Quantity of dimension date: `value`
// the ISO date at the stated precision, `high` the end of a period (今年初 ->
// 2025-01 .. 2025-03, qualifier range). Relative dates (去年, 一年前, 昨天)
// resolve against the publication date; "this year" in an article published
// in January that speaks mostly of the previous year (a year-in-review) is
// that previous year. A month-day with no year takes the year of the
// publication date, or of the last full date before it. Dates that cannot be
// resolved (relative, no publication date) are returned with is_claim false
// and an empty value. A date restated in brackets right after another
// (昨天（12月23日）) is one mention.
#ifndef FIGCHECK_QUANTITY_DATE_RECOGNIZER_H_
#define FIGCHECK_QUANTITY_DATE_RECOGNIZER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "checker/quantity/quantity.h"
#include "checker/rules/pattern_rules.h"
#include "checker/rules/unit_rules.h"
#include "checker/util/civil_date.h"

namespace figcheck {

struct NumeralTable;

std::vector<Quantity> RecognizeDates(std::string_view text, const DateTable& dates, const NumeralTable& numerals,
                                     const std::optional<CivilDate>& published);

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_DATE_RECOGNIZER_H_
