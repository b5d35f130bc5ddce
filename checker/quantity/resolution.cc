#include "checker/quantity/resolution.h"

#include <string>

namespace figcheck {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A decimal string as significant digits and the power of ten of the last
// one: "2250000" -> {"225", 4}, "12.08" -> {"1208", -2}, "0.01" -> {"1", -2}.
struct Significand {
  std::string digits;
  int exponent = 0;
};

Significand SignificandOf(std::string_view text) {
  Significand out;
  int fraction = 0;
  bool after_point = false;
  for (char c : text) {
    if (c == '.') {
      after_point = true;
    } else if (IsDigit(c)) {
      if (!(out.digits.empty() && c == '0')) out.digits += c;  // no leading zeros
      if (after_point) ++fraction;
    }
  }
  out.exponent = -fraction;
  while (!out.digits.empty() && out.digits.back() == '0') {
    out.digits.pop_back();
    ++out.exponent;
  }
  return out;
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
  if (runs != 1 || digits.empty() || value.IsZero()) return std::nullopt;
  // The value is the written digits times a power of ten exactly when both
  // have the same significant digits; string work, no division.
  const Significand written = SignificandOf(digits);
  const Significand stated = SignificandOf(value.ToString());
  if (written.digits.empty() || written.digits != stated.digits) return std::nullopt;
  // digits holds the written number with its point dropped ("12.08" -> "1208"):
  // one unit of its last digit is 10^(stated - written) in the value's unit.
  return Decimal(1).ScaledByPowerOfTen(stated.exponent - written.exponent);
}

}  // namespace figcheck
