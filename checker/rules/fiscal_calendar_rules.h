// Fiscal calendars (rules/reference/fiscal_calendars.yaml): the month each
// company's fiscal year ends in, and the patterns that find a fiscal year
// written next to a quarter.
//
// Contract: LoadFiscalCalendarTable reads the file; a year_ends outside 1-11,
// a pattern that does not compile or lacks a capture group, or a missing
// field is "PATH:LINE: …". YearEnds() looks an entity up ignoring letter case.
#ifndef FIGCHECK_RULES_FISCAL_CALENDAR_RULES_H_
#define FIGCHECK_RULES_FISCAL_CALENDAR_RULES_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/util/status.h"

namespace figcheck {

struct FiscalCalendarTable {
  std::map<std::string, int> year_ends;              // lower-cased entity -> month 1..11
  std::vector<std::unique_ptr<RE2>> fiscal_year_patterns;  // group 1: the year's digits
  size_t reach = 30;                                  // bytes either side of a quarter

  std::optional<int> YearEnds(const std::string& entity) const;
};

Result<FiscalCalendarTable> LoadFiscalCalendarTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_FISCAL_CALENDAR_RULES_H_
