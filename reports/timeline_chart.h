// Timeline chart: the claims of one entity · metric as an inline SVG.
//
// Contract: TimelineSvg draws one mark per point, labelled with its source
// document's file name and titled (hover text) with its location, text and
// value; points marked `conflicting` are drawn in red, the others in blue.
//  - Figures (any unit but dates): x is the as-of date, y the value, with
//    a vertical bar over low..high when the figure is an interval. Figures
//    without an as-of date sit in a "no date" column at the right.
//  - Dates (release dates): x is the stated date, drawn as a bar over the
//    whole period (a month, a quarter), one row per claim.
// Values are placed on the chart as doubles: the chart is a picture, the
// exact values stay in the text. Returns "" when no point can be placed.
// Every string is XML-escaped; the SVG needs no script, font or file.
#ifndef FIGCHECK_REPORTS_TIMELINE_CHART_H_
#define FIGCHECK_REPORTS_TIMELINE_CHART_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/claim.h"

namespace figcheck {

struct TimelinePoint {
  const Claim* claim = nullptr;
  bool conflicting = false;
};

std::string TimelineSvg(const std::vector<TimelinePoint>& points);

// The days since 1970-01-01 of the first and last day of an ISO date at its
// precision ("2024" → Jan 1 .. Dec 31), or nullopt when `iso` is not one.
struct DaySpan {
  long first = 0;
  long last = 0;
};
std::optional<DaySpan> IsoDateSpan(std::string_view iso);

}  // namespace figcheck

#endif  // FIGCHECK_REPORTS_TIMELINE_CHART_H_
