// Table columns: the periods a table's header row gives the cells below it.
//
// Contract: TableColumnDates() reads normalised text line by line. A header
// row holds two or more period dates (quantity.h IsPeriodDate), no other
// figure and no sentence punctuation (指標 2024年第二季度 2025年第二季度 變化;
// "Metric Q2 2024 Q2 2025 Change"). The rows are the lines right after it
// that hold two or more figures and no sentence punctuation; the first line
// that is no row ends the table. A row's i-th figure, for i below the
// header's count of dates, stands in the i-th date's column (收入 847.4億美元
// 964.3億美元 14%: 847.4億 is of 2024's second quarter, 964.3億 of 2025's; the
// change after them is no column's). The map goes from such a figure's begin
// to its column's date, an element of `quantities`.
// Why: extracted tables put last year's figure beside this year's with no
// word between, and the nearest date before each cell is the header's last.
#ifndef FIGCHECK_CLAIMS_TABLE_COLUMNS_H_
#define FIGCHECK_CLAIMS_TABLE_COLUMNS_H_

#include <cstddef>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/quantity/quantity.h"

namespace figcheck {

std::unordered_map<size_t, const Quantity*> TableColumnDates(std::string_view text,
                                                             const std::vector<Quantity>& quantities);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_TABLE_COLUMNS_H_
