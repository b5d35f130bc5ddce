// Decimal: the only numeric type a figure ever has.
//
// Contract: an exact decimal number, mantissa * 10^exponent, with an
// arbitrary-precision integer mantissa (Boost.Multiprecision cpp_int). Adding,
// subtracting, multiplying and scaling by powers of ten are exact. Division is
// the one inexact operation: it is rounded to a stated number of significant
// digits and only used for fractions written in the text (十分之一, 1/3).
// ToString() never uses an exponent: 1.4兆 prints as "1400000000000".
#ifndef FIGCHECK_QUANTITY_DECIMAL_H_
#define FIGCHECK_QUANTITY_DECIMAL_H_

#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace figcheck {

class Decimal {
 public:
  using Int = boost::multiprecision::cpp_int;

  Decimal() = default;  // zero
  Decimal(int64_t v) : mantissa_(v) {}  // NOLINT: small literals read naturally
  Decimal(Int mantissa, int32_t exponent);

  // Parses [+-]digits[.digits], with optional ',' or '_' digit-group separators
  // between digits. Returns nullopt for anything else (no exponent notation,
  // no spaces). At most kMaxDigits digits: longer input is not a figure.
  static std::optional<Decimal> Parse(std::string_view text);
  static constexpr size_t kMaxDigits = 4096;

  Decimal operator+(const Decimal& o) const;
  Decimal operator-(const Decimal& o) const;
  Decimal operator*(const Decimal& o) const;
  Decimal operator-() const { return Decimal(-mantissa_, exponent_); }
  Decimal& operator+=(const Decimal& o) { return *this = *this + o; }
  Decimal& operator*=(const Decimal& o) { return *this = *this * o; }
  // this / o rounded half-even to `digits` significant digits; nullopt when o is zero.
  std::optional<Decimal> DividedBy(const Decimal& o, int digits = 20) const;
  // this * 10^n, exact.
  Decimal ScaledByPowerOfTen(int32_t n) const { return Decimal(mantissa_, exponent_ + n); }

  bool IsZero() const { return mantissa_ == 0; }
  bool IsNegative() const { return mantissa_ < 0; }
  bool IsInteger() const;
  // Number of digits after the decimal point in the canonical form (0 for integers).
  int FractionDigits() const;
  // The value as int64 when it is an integer that fits; nullopt otherwise.
  std::optional<int64_t> ToInt64() const;

  std::strong_ordering operator<=>(const Decimal& o) const;
  bool operator==(const Decimal& o) const { return (*this <=> o) == 0; }

  // Plain decimal notation, no exponent, no trailing fractional zeros: "0.09", "212000000000".
  std::string ToString() const;

 private:
  void Normalize();  // strips trailing zeros of the mantissa into the exponent
  Int mantissa_ = 0;
  int32_t exponent_ = 0;
};

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_DECIMAL_H_
