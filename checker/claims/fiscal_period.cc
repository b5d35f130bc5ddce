#include "checker/claims/fiscal_period.h"

#include <algorithm>
#include <cstdlib>

namespace figcheck {
namespace {

// The quarter a calendar-quarter date names (2025-07..2025-09: 3), or 0.
int QuarterNumber(const Quantity& date) {
  if (!date.high) return 0;
  auto lo = CivilDate::ParseIso(date.value), hi = CivilDate::ParseIso(*date.high);
  if (!lo || !hi || lo->precision != CivilDate::Precision::kMonth || lo->year != hi->year) return 0;
  if (hi->month - lo->month != 2 || (lo->month - 1) % 3 != 0) return 0;
  return (lo->month - 1) / 3 + 1;
}

bool WritesAYear(std::string_view text) {
  int run = 0;
  for (char c : text) {
    run = (c >= '0' && c <= '9') ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// A fiscal year written near the quarter: 2026, or 26 read as 2026.
std::optional<int> WrittenFiscalYear(std::string_view text, const Quantity& date, const FiscalCalendarTable& calendars) {
  const size_t from = date.begin > calendars.reach ? date.begin - calendars.reach : 0;
  const size_t to = std::min(text.size(), date.end + calendars.reach);
  const std::string_view window = text.substr(from, to - from);
  for (const auto& re : calendars.fiscal_year_patterns) {
    std::string digits;
    if (!RE2::PartialMatch(window, *re, &digits) || digits.empty()) continue;
    const int n = std::atoi(digits.c_str());
    return digits.size() == 2 ? 2000 + n : n;
  }
  return std::nullopt;
}

// Months since year 0 of the last month of fiscal year `fy`'s quarter `q`.
int QuarterEnd(int fy, int q, int year_ends) { return fy * 12 + (year_ends - 1) - 3 * (4 - q); }

// The first month of fiscal year `fy`'s quarter `q`.
CivilDate QuarterStart(int fy, int q, int year_ends) {
  const int start = QuarterEnd(fy, q, year_ends) - 2;
  return CivilDate::Month(start / 12, start % 12 + 1);
}

}  // namespace

std::optional<CivilDate> FiscalQuarterStart(std::string_view text, const Quantity& date, const std::string& entity,
                                            const FiscalCalendarTable& calendars,
                                            const std::optional<CivilDate>& published) {
  const int q = QuarterNumber(date);
  if (q == 0) return std::nullopt;
  const std::optional<int> year_ends = calendars.YearEnds(entity);
  if (!year_ends) return std::nullopt;
  std::optional<int> fy = WrittenFiscalYear(text, date, calendars);
  if (!fy) {
    if (!published) return std::nullopt;
    const int now = published->year * 12 + (published->month - 1);
    if (WritesAYear(text.substr(date.begin, date.end - date.begin))) {
      // 2025年第三季: a calendar quarter, unless it had not ended when the
      // article came out while the fiscal quarter of that number and year
      // had: Apple "公布2025年第四季業績" on 2025-10-31 reports July-September.
      const int year = date.value.size() >= 4 ? std::atoi(date.value.substr(0, 4).c_str()) : 0;
      const int calendar_end = year * 12 + 3 * q - 1;
      if (year == 0 || calendar_end <= now || QuarterEnd(year, q, *year_ends) >= now) return std::nullopt;
      return QuarterStart(year, q, *year_ends);
    }
    int best = 0;
    for (int y = published->year - 1; y <= published->year + 2; ++y) {
      if (best == 0 || std::abs(QuarterEnd(y, q, *year_ends) - now) < std::abs(QuarterEnd(best, q, *year_ends) - now)) {
        best = y;
      }
    }
    fy = best;
  }
  return QuarterStart(*fy, q, *year_ends);
}

}  // namespace figcheck
