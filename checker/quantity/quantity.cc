#include "checker/quantity/quantity.h"

#include <array>
#include <utility>

namespace figcheck {
namespace {

constexpr std::array<std::pair<Dimension, std::string_view>, 10> kDimensions{{
    {Dimension::kNone, "none"}, {Dimension::kCurrency, "currency"}, {Dimension::kPower, "power"},
    {Dimension::kEnergy, "energy"}, {Dimension::kPercent, "percent"}, {Dimension::kCount, "count"},
    {Dimension::kDate, "date"}, {Dimension::kDuration, "duration"}, {Dimension::kRatio, "ratio"},
    {Dimension::kOther, "other"},
}};
constexpr std::array<std::pair<Qualifier, std::string_view>, 8> kQualifiers{{
    {Qualifier::kExact, "exact"}, {Qualifier::kOver, "over"}, {Qualifier::kAtLeast, "at_least"},
    {Qualifier::kUnder, "under"}, {Qualifier::kAbout, "about"}, {Qualifier::kUpTo, "up_to"},
    {Qualifier::kRange, "range"}, {Qualifier::kVague, "vague"},
}};

}  // namespace

std::string_view DimensionName(Dimension d) {
  for (const auto& [k, name] : kDimensions) if (k == d) return name;
  return "none";
}

std::optional<Dimension> ParseDimension(std::string_view name) {
  for (const auto& [k, n] : kDimensions) if (n == name) return k;
  return std::nullopt;
}

std::string_view QualifierName(Qualifier q) {
  for (const auto& [k, name] : kQualifiers) if (k == q) return name;
  return "exact";
}

std::optional<Qualifier> ParseQualifier(std::string_view name) {
  for (const auto& [k, n] : kQualifiers) if (n == name) return k;
  return std::nullopt;
}

}  // namespace figcheck
