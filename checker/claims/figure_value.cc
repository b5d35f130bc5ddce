#include "checker/claims/figure_value.h"

#include <utility>

namespace figcheck {

FigureValue FigureValue::Read(Dimension dimension, std::string text) {
  FigureValue v;
  if (dimension == Dimension::kDate) {
    v.date_ = CivilDate::ParseIso(text);
  } else if (dimension != Dimension::kDuration) {
    v.number_ = Decimal::Parse(text);
  }
  v.text_ = std::move(text);
  return v;
}

std::optional<FigureValue> FigureValue::ReadOptional(Dimension dimension, const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return Read(dimension, *text);
}

}  // namespace figcheck
