// Fiscal quarters: a quarter a company with a fiscal calendar reports is its
// fiscal quarter (rules/reference/fiscal_calendars.yaml).
//
// Contract: FiscalQuarterStart() takes the date that dates a figure, when it
// is a quarter, and the figure's entity, and gives the first month of the
// fiscal quarter meant, or nullopt to keep the calendar quarter:
//  - a fiscal year written within `reach` bytes of the quarter ("the third
//    quarter of fiscal 2026", 2026財年第三季, FY26 Q3) is that fiscal year;
//  - a quarter with no year written (第三季, "the third quarter") is the
//    fiscal quarter of that number ending nearest the publication date
//    (results are reported weeks after a quarter ends; guidance weeks before
//    the next ends);
//  - a quarter with a calendar year and no fiscal year (2025年第三季) stays
//    the calendar quarter, unless that had not ended by the publication date
//    while the fiscal quarter of the same number and year had (results are
//    of the past); any quarter of a company with no fiscal calendar listed
//    stays the calendar quarter.
// NVIDIA's fiscal year ends in January: its fiscal 2026 third quarter starts
// in August 2025.
#ifndef FIGCHECK_CLAIMS_FISCAL_PERIOD_H_
#define FIGCHECK_CLAIMS_FISCAL_PERIOD_H_

#include <optional>
#include <string>
#include <string_view>

#include "checker/quantity/quantity.h"
#include "checker/rules/fiscal_calendar_rules.h"
#include "checker/util/civil_date.h"

namespace figcheck {

std::optional<CivilDate> FiscalQuarterStart(std::string_view text, const Quantity& date, const std::string& entity,
                                            const FiscalCalendarTable& calendars,
                                            const std::optional<CivilDate>& published);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_FISCAL_PERIOD_H_
