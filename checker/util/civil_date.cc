#include "checker/util/civil_date.h"

#include <cstdio>

namespace figcheck {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Howard Hinnant's days_from_civil.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilFromDays(long z, CivilDate::Precision p) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d), p};
}

bool ReadInt(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

int CivilDate::DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool CivilDate::IsValid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

std::optional<CivilDate> CivilDate::ParseIso(std::string_view s) {
  int y = 0, m = 1, d = 1;
  if (!ReadInt(s, 0, 4, &y)) return std::nullopt;
  auto end_ok = [&](size_t pos) { return pos == s.size() || s[pos] == 'T' || s[pos] == ' '; };
  if (end_ok(4)) return Year(y);
  if (s[4] != '-' || !ReadInt(s, 5, 2, &m)) return std::nullopt;
  if (end_ok(7)) return IsValid(y, m, 1) ? std::optional(Month(y, m)) : std::nullopt;
  if (s[7] != '-' || !ReadInt(s, 8, 2, &d) || !end_ok(10)) return std::nullopt;
  return IsValid(y, m, d) ? std::optional(Day(y, m, d)) : std::nullopt;
}

CivilDate CivilDate::AddMonths(int months) const {
  int total = year * 12 + (month - 1) + months;
  CivilDate r = *this;
  r.year = total / 12;
  r.month = total % 12 + 1;
  if (r.day > DaysInMonth(r.year, r.month)) r.day = DaysInMonth(r.year, r.month);
  return r;
}

CivilDate CivilDate::AddDays(int days) const {
  return CivilFromDays(DaysSinceEpoch() + days, precision);
}

CivilDate CivilDate::LastDay() const {
  switch (precision) {
    case Precision::kYear: return Day(year, 12, 31);
    case Precision::kMonth: return Day(year, month, DaysInMonth(year, month));
    case Precision::kDay: break;
  }
  return *this;
}

std::string CivilDate::ToIso() const {
  char buf[32];
  switch (precision) {
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
  }
  return buf;
}

long CivilDate::DaysSinceEpoch() const { return DaysFromCivil(year, month, day); }

}  // namespace figcheck
