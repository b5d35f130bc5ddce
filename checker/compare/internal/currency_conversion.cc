// currency-conversion: a sum given in two currencies (600 萬美元（約新台幣
// 1.8 億元）, $6 million (about NT$180 million)) must convert at the yearly
// average rate of rules/reference/exchange_rates.yaml.
//
// The two figures stand next to each other in one sentence: at most
// `max_gap` bytes apart, joined by a word of `link_words` (an opening
// parenthesis, 約合, 折合, or about). The year is the figures' as-of year;
// without one, every year of the table is tried and the check fires only
// when no year's rate fits (precision first). The ratio of the two figures'
// intervals must meet the rate widened by `tolerance`.
#include <algorithm>

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

// The year an as-of date begins with (2025 for 2025-05-12), or 0.
int AsOfYear(const Claim& c) { return c.as_of ? c.as_of->year : 0; }

}  // namespace

bool ConversionFits(const ExchangeRateTable& table, const Claim& a, const Claim& b, const Decimal& tolerance,
                    const CheckContext& context, std::string* why) {
  auto x = Interval(a, context), y = Interval(b, context);
  auto actual = x && y ? Quotient(*y, *x) : std::nullopt;
  std::vector<int> years = table.Years(a.unit, b.unit);
  if (!actual || years.empty()) return true;  // nothing to compare against
  const int stated = std::max(AsOfYear(a), AsOfYear(b));
  if (std::find(years.begin(), years.end(), stated) != years.end()) years = {stated};
  std::optional<Decimal> lo, hi;
  for (int year : years) {
    auto rate = table.Rate(a.unit, b.unit, year);
    if (!rate) continue;
    if (Meet(*actual, Widen({*rate, *rate}, tolerance))) return true;
    if (!lo || *rate < *lo) lo = *rate;
    if (!hi || *hi < *rate) hi = *rate;
  }
  if (!lo) return true;
  const std::string when = years.size() == 1 ? "in " + std::to_string(years[0])
                                             : "in any year " + std::to_string(years.front()) + "-" +
                                                   std::to_string(years.back());
  *why = Show(*actual) + " " + b.unit + " per " + a.unit + ", but the average rate " + when + " was " +
         Show(ValueInterval{*lo, *hi}) + " (" + table.source + ")";
  return false;
}

void CheckCurrencyConversion(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                             std::vector<Finding>* out) {
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.08"));
  const size_t max_gap = static_cast<size_t>(rule.Number("max_gap", 12).ToInt64().value_or(12));
  for (const Passage& p : index.passages) {
    for (size_t i = 0; i + 1 < p.size(); ++i) {
      const Claim& a = *p[i];
      const Claim& b = *p[i + 1];
      if (a.dimension != Dimension::kCurrency || b.dimension != Dimension::kCurrency || a.unit == b.unit) continue;
      const std::string_view gap = Between(a, b);
      if (gap.size() > max_gap || !ContainsAny(gap, rule.Words("link_words"))) continue;
      std::string why;
      if (ConversionFits(context.rules.exchange_rates, a, b, t, context, &why)) continue;
      out->push_back(MakeFinding(rule, {&a, &b}, Describe(a) + " is given as " + Describe(b) + ": " + why));
    }
  }
}

}  // namespace figcheck
