// CivilDate: a calendar date at a stated precision (year, month or day).
//
// Contract: a proleptic Gregorian date with no time zone. Precision says how
// much of it the text stated: "2024" is kYear, "2024年12月" kMonth,
// "2025-12-23" kDay. ToIso() prints exactly the stated precision, which is
// the form CONTRACT.md uses for date values ("2024", "2024-12", "2025-12-23").
#ifndef FIGCHECK_UTIL_CIVIL_DATE_H_
#define FIGCHECK_UTIL_CIVIL_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace figcheck {

struct CivilDate {
  enum class Precision { kYear, kMonth, kDay };
  int year = 0;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  Precision precision = Precision::kDay;

  static CivilDate Year(int y) { return {y, 1, 1, Precision::kYear}; }
  static CivilDate Month(int y, int m) { return {y, m, 1, Precision::kMonth}; }
  static CivilDate Day(int y, int m, int d) { return {y, m, d, Precision::kDay}; }

  // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part after 'T' or ' ' is ignored).
  static std::optional<CivilDate> ParseIso(std::string_view text);
  static bool IsValid(int y, int m, int d);
  static int DaysInMonth(int y, int m);

  // The same date moved by whole months/days/years, precision kept (days clamp to month end).
  CivilDate AddMonths(int months) const;
  CivilDate AddDays(int days) const;
  CivilDate AddYears(int years) const { return AddMonths(12 * years); }
  // The last day/month covered by this date at its precision ("2024" -> 2024-12-31).
  CivilDate LastDay() const;

  std::string ToIso() const;
  // Days since 1970-01-01 of the first day covered.
  long DaysSinceEpoch() const;
  bool operator==(const CivilDate& o) const = default;
  // Earlier first day first; on the same first day the coarser date first
  // (2025 before 2025-01 before 2025-01-01), as their ISO texts sort.
  bool operator<(const CivilDate& o) const {
    const long a = DaysSinceEpoch(), b = o.DaysSinceEpoch();
    return a != b ? a < b : precision < o.precision;
  }
  // The two agree at the coarser one's precision: one's period holds the
  // other (2025 and 2025-05-12; 2025-05 and 2025-05-31), or they are equal.
  bool SharesPeriodWith(const CivilDate& o) const {
    const Precision p = precision < o.precision ? precision : o.precision;
    if (year != o.year) return false;
    if (p == Precision::kYear) return true;
    if (month != o.month) return false;
    return p == Precision::kMonth || day == o.day;
  }
};

}  // namespace figcheck

#endif  // FIGCHECK_UTIL_CIVIL_DATE_H_
