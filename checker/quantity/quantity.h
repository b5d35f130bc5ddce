// Quantity: one number-or-quantity mention found in normalised text.
//
// Contract: the output of the recognisers (recognizer.h, date_recognizer.h)
// and the input of claim extraction. Spans are byte offsets into the
// normalised text; later stages map them to source line:column only at
// output. `value`, `low` and `high` are already in canonical form for the
// dimension: exact decimals for numbers (in the canonical unit), ISO 8601
// dates at the stated precision, ISO 8601 durations (P17M).
#ifndef FIGCHECK_QUANTITY_QUANTITY_H_
#define FIGCHECK_QUANTITY_QUANTITY_H_

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

namespace figcheck {

enum class Dimension { kNone, kCurrency, kPower, kEnergy, kPercent, kCount, kDate, kDuration, kRatio, kOther };
enum class Qualifier { kExact, kOver, kAtLeast, kUnder, kAbout, kUpTo, kRange, kVague };

std::string_view DimensionName(Dimension d);          // "currency" … ; "none" for a bare number
std::optional<Dimension> ParseDimension(std::string_view name);
std::string_view QualifierName(Qualifier q);          // "exact" "over" …
std::optional<Qualifier> ParseQualifier(std::string_view name);

struct Quantity {
  size_t begin = 0;  // normalised span of the whole mention (qualifier + number + unit)
  size_t end = 0;
  size_t number_begin = 0;  // normalised span of the number itself
  size_t number_end = 0;
  Dimension dimension = Dimension::kNone;
  std::string unit;        // canonical unit ("" for a bare number)
  std::string value;       // canonical value
  std::optional<std::string> low;
  std::optional<std::string> high;
  Qualifier qualifier = Qualifier::kExact;
  bool is_claim = true;    // false: a mention worth listing (`numbers`) but not a claim
  // A date that ends a period ("the quarter ended Oct. 26", 截至9月30日止三个月):
  // how many months that period spans, up to the date's month; the figures it
  // dates are the period's, while the day itself stays the claim. 0 for any
  // other date. (One byte in the padding after is_claim: a Quantity is copied
  // into every claim, and its size shows in the attribution pass.)
  uint8_t ended_months = 0;
  std::string rule;        // what produced it, for `explain` ("unit:usd", "date:ym_zh")
};

// A date naming a year, quarter, month or other period, not a single day
// (but the day a period ended: "the quarter ended Oct. 26").
inline bool IsPeriodDate(const Quantity& date) {
  return date.dimension == Dimension::kDate && !date.value.empty() &&
         (date.high.has_value() || date.value.size() <= 7 || date.ended_months > 0);
}

// The first of `quantities` (in text order) that begins at or after `pos`.
inline std::vector<Quantity>::const_iterator FirstQuantityAt(const std::vector<Quantity>& quantities, size_t pos) {
  return std::lower_bound(quantities.begin(), quantities.end(), pos,
                          [](const Quantity& x, size_t p) { return x.begin < p; });
}

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_QUANTITY_H_
