#include "checker/quantity/resolution.h"

#include <string>

namespace figcheck {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "1", "1000", "0.01": one 1 and zeros only.
bool IsPowerOfTen(const std::string& s) {
  bool seen_one = false;
  for (char c : s) {
    if (c == '1' && !seen_one) {
      seen_one = true;
    } else if (c != '0' && c != '.') {
      return false;
    }
  }
  return seen_one;
}

}  // namespace

std::optional<Decimal> StatedResolution(std::string_view text, const Decimal& value) {
  std::string digits;
  bool seen_point = false;
  int runs = 0;
  bool after_digit = false;     // the previous character was a digit
  bool after_separator = false; // … or a ',' / '.' between two digits
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      if (!after_digit && !after_separator) ++runs;
      digits += c;
      after_digit = true;
      after_separator = false;
    } else if ((c == '.' || c == ',') && after_digit && i + 1 < text.size() && IsDigit(text[i + 1])) {
      if (c == '.') {
        if (seen_point) return std::nullopt;  // 1.2.3 is no number
        seen_point = true;
      }
      after_digit = false;
      after_separator = true;
    } else {
      after_digit = after_separator = false;
    }
  }
  if (runs != 1 || digits.empty()) return std::nullopt;
  auto written = Decimal::Parse(digits);
  if (!written || written->IsZero() || value.IsZero()) return std::nullopt;
  const Decimal magnitude = value.IsNegative() ? -value : value;
  auto scale = magnitude.DividedBy(*written, 40);
  if (!scale || !IsPowerOfTen(scale->ToString())) return std::nullopt;
  return *scale;
}

}  // namespace figcheck
