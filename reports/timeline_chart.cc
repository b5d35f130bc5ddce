#include "reports/timeline_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "checker/util/utf8.h"
#include "reports/escape.h"
#include "reports/finding_groups.h"

namespace figcheck {
namespace {

constexpr double kWidth = 640;
constexpr double kLeft = 110;  // room for value labels (figures) or document names (dates)
constexpr double kRight = 24;
constexpr double kTop = 18;
constexpr double kAxisRoom = 36;  // below the plot: the date labels
constexpr double kUndatedColumn = 90;
constexpr const char* kConflictColour = "#c62828";
constexpr const char* kOtherColour = "#1565c0";

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
long DaysFromCivil(long y, long m, long d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string IsoFromDays(long z, bool month_only) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2);
  char buf[64];
  if (month_only) {
    std::snprintf(buf, sizeof buf, "%04ld-%02ld", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  }
  return buf;
}

bool Digits(std::string_view s, size_t n, long* out) {
  if (s.size() != n || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  *out = std::strtol(std::string(s).c_str(), nullptr, 10);
  return true;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// 4270000 → "4.27M": a label, not a value.
std::string Compact(double v) {
  static const std::pair<double, const char*> kScales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
  for (const auto& [scale, suffix] : kScales) {
    if (std::fabs(v) >= scale) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.3g%s", v / scale, suffix);
      return buf;
    }
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}

// The document's file name, at most `limit` code points.
std::string DocLabel(const std::string& doc, size_t limit = 18) {
  const std::string name = doc.substr(doc.rfind('/') == std::string::npos ? 0 : doc.rfind('/') + 1);
  size_t pos = 0, count = 0;
  while (pos < name.size() && count < limit) {
    size_t len = 0;
    utf8::Decode(name, pos, &len);
    pos += len;
    ++count;
  }
  return pos < name.size() ? name.substr(0, pos) + "…" : name;
}

struct Mark {
  TimelinePoint point;
  bool dated = true;
  double x0 = 0, x1 = 0;           // days
  double y = 0, ylo = 0, yhi = 0;  // value (figures) or row (dates)
};

struct Range {
  double lo = 0, hi = 0;
  bool empty = true;
  void Add(double v) {
    lo = empty ? v : std::min(lo, v);
    hi = empty ? v : std::max(hi, v);
    empty = false;
  }
  // Never zero-width; a margin so no mark sits on the frame.
  void Pad(double minimum) {
    if (hi - lo < minimum) {
      const double mid = (lo + hi) / 2;
      lo = mid - minimum / 2;
      hi = mid + minimum / 2;
    }
    const double margin = (hi - lo) * 0.06;
    lo -= margin;
    hi += margin;
  }
  double Map(double v, double from, double to) const { return from + (v - lo) / (hi - lo) * (to - from); }
};

// A figure as a plot coordinate: the one place a value becomes a double
// (the chart draws; nothing is compared here).
std::optional<double> PlotValue(const FigureValue& v) {
  if (!v.number()) return std::nullopt;
  const std::string& s = v.Text();
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || !std::isfinite(d)) return std::nullopt;
  return d;
}
std::optional<double> PlotValue(const std::optional<FigureValue>& v) { return v ? PlotValue(*v) : std::nullopt; }

std::string Title(const Claim& c) {
  return "<title>" +
         EscapeXml(ClaimLocation(c) + ": " + c.text + " = " + ClaimValueText(c) +
                   (c.as_of ? ", as of " + c.as_of->ToIso() : ", no date")) +
         "</title>";
}

std::string Text(double x, double y, const std::string& anchor, const std::string& text, const char* extra = "") {
  return "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"11\" " + extra +
         ">" + EscapeXml(text) + "</text>";
}

std::string Line(double x0, double y0, double x1, double y1, const char* style) {
  return "<line x1=\"" + Num(x0) + "\" y1=\"" + Num(y0) + "\" x2=\"" + Num(x1) + "\" y2=\"" + Num(y1) + "\" " + style +
         "/>";
}

// The date axis under the plot: three labelled ticks.
std::string DateAxis(const Range& days, double left, double right, double bottom) {
  const bool month_only = days.hi - days.lo > 730;
  std::string svg = Line(left, bottom, right, bottom, "stroke=\"#888\"");
  for (double f : {0.0, 0.5, 1.0}) {
    const double x = left + f * (right - left);
    svg += Line(x, bottom, x, bottom + 4, "stroke=\"#888\"");
    const char* anchor = f == 0.0 ? "start" : f == 1.0 ? "end" : "middle";
    svg += Text(x, bottom + 16, anchor, IsoFromDays(std::lround(days.lo + f * (days.hi - days.lo)), month_only),
                "fill=\"#555\"");
  }
  return svg;
}

std::string Open(double height, const std::string& label) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 " + Num(kWidth) + " " +
         Num(height) + "\" width=\"" + Num(kWidth) + "\" height=\"" + Num(height) + "\" role=\"img\" aria-label=\"" +
         EscapeXml(label) + "\" font-family=\"sans-serif\">";
}

// Figures: x = as-of date, y = value; undated ones in their own column.
std::string FigureChart(const std::vector<Mark>& marks, const std::string& unit) {
  const double height = 220;
  const double bottom = height - kAxisRoom;
  const bool any_undated = std::any_of(marks.begin(), marks.end(), [](const Mark& m) { return !m.dated; });
  const double right = kWidth - kRight - (any_undated ? kUndatedColumn : 0);
  Range days, values;
  for (const Mark& m : marks) {
    if (m.dated) days.Add(m.x0);
    values.Add(m.ylo);
    values.Add(m.yhi);
  }
  std::string svg = Open(height, "values by as-of date");
  if (!days.empty) {
    days.Pad(60);
    svg += DateAxis(days, kLeft, right, bottom);
  }
  values.Pad(std::max(1.0, std::fabs(values.hi) * 0.2));
  svg += Line(kLeft, kTop, kLeft, bottom, "stroke=\"#888\"");
  for (double f : {0.0, 0.5, 1.0}) {
    const double y = bottom - f * (bottom - kTop);
    svg += Line(kLeft - 4, y, kLeft, y, "stroke=\"#888\"");
    svg += Text(kLeft - 7, y + 4, "end", Compact(values.lo + f * (values.hi - values.lo)), "fill=\"#555\"");
  }
  svg += Text(kLeft - 7, kTop - 6, "end", unit, "fill=\"#555\" font-style=\"italic\"");
  if (any_undated) {
    const double x = right + kUndatedColumn / 2;
    svg += Line(right + 8, kTop, right + 8, bottom, "stroke=\"#bbb\" stroke-dasharray=\"4 3\"");
    svg += Text(x, bottom + 16, "middle", "no date", "fill=\"#555\"");
  }
  std::vector<std::pair<double, double>> labels;  // where labels were placed
  for (const Mark& m : marks) {
    const double x = m.dated ? days.Map(m.x0, kLeft, right) : right + kUndatedColumn / 2;
    const double y = values.Map(m.y, bottom, kTop);
    const char* colour = m.point.conflicting ? kConflictColour : kOtherColour;
    svg += "<g class=\"mark" + std::string(m.point.conflicting ? " conflicting" : "") + "\">" + Title(*m.point.claim);
    if (m.yhi > m.ylo) {
      svg +=
          Line(x, values.Map(m.ylo, bottom, kTop), x, values.Map(m.yhi, bottom, kTop),
               m.point.conflicting ? "stroke=\"#c62828\" stroke-width=\"2\"" : "stroke=\"#1565c0\" stroke-width=\"2\"");
    }
    svg += "<circle cx=\"" + Num(x) + "\" cy=\"" + Num(y) + "\" r=\"5\" fill=\"" + colour +
           "\" stroke=\"#fff\" stroke-width=\"1.5\"/>";
    // A label that would cover an earlier one moves down a line: claims at one point stay readable.
    double label_y = y - 7;
    while (std::any_of(labels.begin(), labels.end(), [&](const std::pair<double, double>& p) {
      return std::fabs(p.first - x) < 110 && std::fabs(p.second - label_y) < 12;
    })) {
      label_y += 13;
    }
    labels.emplace_back(x, label_y);
    svg += Text(x + 7, label_y, x > right - 80 ? "end" : "start", DocLabel(m.point.claim->doc), "fill=\"#222\"");
    svg += "</g>";
  }
  return svg + "</svg>";
}

// Dates: one row per claim, a bar over the stated period.
std::string DateChart(const std::vector<Mark>& marks) {
  const double row = 24;
  const double height = kTop + row * static_cast<double>(marks.size()) + kAxisRoom;
  const double bottom = height - kAxisRoom + 6;
  const double right = kWidth - kRight;
  Range days;
  for (const Mark& m : marks) {
    days.Add(m.x0);
    days.Add(m.x1 + 1);
  }
  days.Pad(60);
  std::string svg = Open(height, "stated dates") + DateAxis(days, kLeft, right, bottom);
  for (const Mark& m : marks) {
    const double y = kTop + row * m.y;
    const double x0 = days.Map(m.x0, kLeft, right);
    const double x1 = std::max(days.Map(m.x1 + 1, kLeft, right), x0 + 4);
    const char* colour = m.point.conflicting ? kConflictColour : kOtherColour;
    svg += "<g class=\"mark" + std::string(m.point.conflicting ? " conflicting" : "") + "\">" + Title(*m.point.claim) +
           Text(kLeft - 7, y + 12, "end", DocLabel(m.point.claim->doc, 15), "fill=\"#222\"") + "<rect x=\"" + Num(x0) +
           "\" y=\"" + Num(y + 3) + "\" width=\"" + Num(x1 - x0) + "\" height=\"12\" rx=\"3\" fill=\"" + colour +
           "\"/>" +
           (x1 > right - 120 ? Text(x0 - 5, y + 13, "end", m.point.claim->text, "fill=\"#555\"")
                             : Text(x1 + 5, y + 13, "start", m.point.claim->text, "fill=\"#555\"")) +
           "</g>";
  }
  return svg + "</svg>";
}

}  // namespace

std::optional<DaySpan> IsoDateSpan(std::string_view iso) {
  long y = 0, m = 0, d = 0;
  if (!Digits(iso.substr(0, 4), 4, &y)) return std::nullopt;
  if (iso.size() == 4) return DaySpan{DaysFromCivil(y, 1, 1), DaysFromCivil(y + 1, 1, 1) - 1};
  if (iso.size() < 7 || iso[4] != '-' || !Digits(iso.substr(5, 2), 2, &m) || m < 1 || m > 12) return std::nullopt;
  const long next_month = m == 12 ? DaysFromCivil(y + 1, 1, 1) : DaysFromCivil(y, m + 1, 1);
  if (iso.size() == 7) return DaySpan{DaysFromCivil(y, m, 1), next_month - 1};
  if (iso.size() != 10 || iso[7] != '-' || !Digits(iso.substr(8, 2), 2, &d) || d < 1) return std::nullopt;
  const long day = DaysFromCivil(y, m, d);
  if (day >= next_month) return std::nullopt;
  return DaySpan{day, day};
}

std::string TimelineSvg(const std::vector<TimelinePoint>& points) {
  if (points.empty()) return "";
  const bool dates = points.front().claim->unit == "date";
  const std::string unit = points.front().claim->unit;
  std::vector<Mark> marks;
  for (const TimelinePoint& p : points) {
    const Claim& c = *p.claim;
    if (c.unit != unit) continue;
    Mark m{p};
    if (dates) {
      const auto first = IsoDateSpan(c.value.Text());
      const auto last = IsoDateSpan((c.high ? *c.high : c.value).Text());
      if (!first || !last) continue;
      m.x0 = static_cast<double>(first->first);
      m.x1 = static_cast<double>(std::max(first->last, last->last));
      m.y = static_cast<double>(marks.size());
    } else {
      const auto value = PlotValue(c.value);
      if (!value) continue;
      m.y = *value;
      m.ylo = PlotValue(c.low).value_or(*value);
      m.yhi = PlotValue(c.high).value_or(*value);
      const auto as_of = c.as_of ? IsoDateSpan(c.as_of->ToIso()) : std::nullopt;
      m.dated = as_of.has_value();
      if (as_of) m.x0 = (static_cast<double>(as_of->first) + static_cast<double>(as_of->last)) / 2;
    }
    marks.push_back(m);
  }
  if (marks.empty()) return "";
  return dates ? DateChart(marks) : FigureChart(marks, unit);
}

}  // namespace figcheck
