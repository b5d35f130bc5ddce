#include "checker/quantity/declared_currency.h"

#include <algorithm>

#include "checker/rules/lane_scan.h"

namespace figcheck {
namespace {

// （人民幣，下同）, 元人民幣（下同）: the currency word stands a few characters
// before the declaration; the figure it belongs to, a few more.
constexpr size_t kDeclarationReach = 18;
constexpr size_t kFigureReach = 48;

size_t LineStart(std::string_view text, size_t pos) {
  const size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

}  // namespace

std::vector<CurrencyDeclaration> DeclaredCurrencies(std::string_view text, const UnitTable& units) {
  std::vector<CurrencyDeclaration> out;
  // Every position where a same-below word starts (kept uncovered, so
  // overlapping ones count too), found in one decoding pass over the text.
  std::vector<size_t> starts;
  ScanLanes<1>(text, 0, text.size(), {&units.same_below}, [&](size_t, size_t pos, const WordMatcher::Match&) {
    starts.push_back(pos);
    return false;
  });
  for (const size_t s : starts) {
    const size_t line = LineStart(text, s);
    const size_t from = std::max(line, s > kDeclarationReach ? s - kDeclarationReach : 0);
    std::string currency;
    for (size_t p = from; p < s; ++p) {
      for (const WordMatcher* words : {&units.after, &units.before}) {
        if (!words->MayStartAt(text, p)) continue;
        const auto m = words->MatchAt(text, p);
        if (!m || p + m->length > s) continue;
        const UnitRule& unit = units.units[m->payload];
        if (unit.dimension == Dimension::kCurrency && !unit.context) currency = unit.unit;
      }
    }
    if (currency.empty()) continue;
    out.push_back({std::max(line, s > kFigureReach ? s - kFigureReach : 0), currency});
  }
  return out;
}

std::string CurrencyDeclaredAt(const std::vector<CurrencyDeclaration>& declarations, size_t pos) {
  std::string currency;
  for (const auto& d : declarations) {
    if (d.holds_from > pos) break;
    currency = d.currency;
  }
  return currency;
}

}  // namespace figcheck
