#include "checker/quantity/decimal.h"

#include <algorithm>
#include <limits>

namespace figcheck {
namespace {

Decimal::Int PowerOfTen(int32_t n) {
  Decimal::Int r = 1;
  Decimal::Int base = 10;
  while (n > 0) {
    if (n & 1) r *= base;
    base *= base;
    n >>= 1;
  }
  return r;
}

}  // namespace

Decimal::Decimal(Int mantissa, int32_t exponent) : mantissa_(std::move(mantissa)), exponent_(exponent) {
  Normalize();
}

void Decimal::Normalize() {
  if (mantissa_ == 0) {
    exponent_ = 0;
    return;
  }
  // Strip trailing zeros. Nearly every figure fits a machine word, where a
  // division costs one instruction instead of a cpp_int's long division.
  static const Int kWord = std::numeric_limits<int64_t>::max();
  if (mantissa_ <= kWord && mantissa_ >= -kWord) {
    int64_t v = mantissa_.convert_to<int64_t>();
    int32_t zeros = 0;
    while (v % 10 == 0) {
      v /= 10;
      ++zeros;
    }
    if (zeros > 0) {
      mantissa_ = v;
      exponent_ += zeros;
    }
    return;
  }
  while (true) {
    Int q, r;
    boost::multiprecision::divide_qr(mantissa_, Int(10), q, r);
    if (r != 0) break;
    mantissa_ = std::move(q);
    ++exponent_;
  }
}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::string digits;
  int32_t fraction = 0;
  bool seen_point = false;
  bool seen_separator = false;
  int group = 0;  // digits since the last separator: every group after one must have exactly 3
  auto group_ok = [&] { return !seen_separator || group == 3; };
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      if (seen_point) ++fraction;
      else ++group;
    } else if ((c == ',' || c == '_') && !seen_point && group > 0 && (seen_separator ? group == 3 : group <= 3)) {
      seen_separator = true;
      group = 0;
    } else if (c == '.' && !seen_point && group_ok() && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
      seen_point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_point && !group_ok()) return std::nullopt;
  if (digits.empty() || digits.size() > kMaxDigits) return std::nullopt;
  // Leading zeros are harmless for the integer constructor but cost time on long input.
  const size_t first = std::min(digits.find_first_not_of('0'), digits.size() - 1);
  Int m(digits.substr(first));
  if (negative) m = -m;
  return Decimal(std::move(m), -fraction);
}

Decimal Decimal::operator+(const Decimal& o) const {
  if (exponent_ == o.exponent_) return Decimal(mantissa_ + o.mantissa_, exponent_);
  if (exponent_ < o.exponent_) return Decimal(mantissa_ + o.mantissa_ * PowerOfTen(o.exponent_ - exponent_), exponent_);
  return Decimal(mantissa_ * PowerOfTen(exponent_ - o.exponent_) + o.mantissa_, o.exponent_);
}

Decimal Decimal::operator-(const Decimal& o) const { return *this + (-o); }

Decimal Decimal::operator*(const Decimal& o) const {
  return Decimal(mantissa_ * o.mantissa_, exponent_ + o.exponent_);
}

std::optional<Decimal> Decimal::DividedBy(const Decimal& o, int digits) const {
  if (o.IsZero()) return std::nullopt;
  if (IsZero()) return Decimal();
  // Scale the numerator so the integer quotient has at least `digits`+1 digits.
  const auto num_digits = static_cast<int32_t>(Int(abs(mantissa_)).str().size());
  const auto den_digits = static_cast<int32_t>(Int(abs(o.mantissa_)).str().size());
  const int32_t shift = std::max<int32_t>(0, digits + 1 - (num_digits - den_digits));
  Int scaled = mantissa_ * PowerOfTen(shift);
  Int q, r;
  boost::multiprecision::divide_qr(scaled, o.mantissa_, q, r);
  int32_t exp = exponent_ - o.exponent_ - shift;
  // Round half-even to `digits` significant digits.
  const auto q_digits = static_cast<int32_t>(Int(abs(q)).str().size());
  const int32_t drop = q_digits - digits;
  if (drop > 0) {
    const Int p = PowerOfTen(drop);
    Int q2, r2;
    boost::multiprecision::divide_qr(q, p, q2, r2);
    const Int twice = abs(r2) * 2 + (r != 0 ? 1 : 0);
    if (twice > p || (twice == p && (q2 % 2) != 0)) q2 += q.sign() < 0 ? -1 : 1;
    q = q2;
    exp += drop;
  }
  return Decimal(q, exp);
}

bool Decimal::IsInteger() const { return exponent_ >= 0; }

int Decimal::FractionDigits() const { return exponent_ < 0 ? -exponent_ : 0; }

std::optional<int64_t> Decimal::ToInt64() const {
  if (!IsInteger() || exponent_ > 18) return std::nullopt;
  const Int v = mantissa_ * PowerOfTen(exponent_);
  if (v > Int(INT64_MAX) || v < Int(INT64_MIN)) return std::nullopt;
  return static_cast<int64_t>(v);
}

std::strong_ordering Decimal::operator<=>(const Decimal& o) const {
  const int32_t e = std::min(exponent_, o.exponent_);
  const Int a = exponent_ == e ? mantissa_ : mantissa_ * PowerOfTen(exponent_ - e);
  const Int b = o.exponent_ == e ? o.mantissa_ : o.mantissa_ * PowerOfTen(o.exponent_ - e);
  if (a < b) return std::strong_ordering::less;
  if (a > b) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

std::string Decimal::ToString() const {
  std::string digits = Int(abs(mantissa_)).str();
  std::string out = mantissa_ < 0 ? "-" : "";
  if (exponent_ >= 0) {
    out += digits;
    if (mantissa_ != 0) out.append(static_cast<size_t>(exponent_), '0');
    return out;
  }
  const auto frac = static_cast<size_t>(-exponent_);
  if (digits.size() <= frac) {
    out += "0.";
    out.append(frac - digits.size(), '0');
    out += digits;
  } else {
    out += digits.substr(0, digits.size() - frac);
    out += '.';
    out += digits.substr(digits.size() - frac);
  }
  return out;
}

}  // namespace figcheck
