// Arabic numerals: 2,120  -3.5  .5  2e5  2^5  3/5  1 3/5, and an English scale
// written after the digits (40k, 1.9B, 5.6 million).
//
// Why the rules below: ',' is also the clause comma of Chinese text once
// full-width punctuation is folded, so a ',' group must be exactly three
// digits (2,120 亿美元,10 年内). '-' and '.' count as sign and point only when
// not glued to a word or number on their left (GPT-5.2, 2020-2021, 1.2.3).
#include <string>

#include "checker/quantity/numeral_scan.h"

namespace figcheck::numeral_internal {
namespace {

bool DigitAt(std::string_view text, size_t i) { return i < text.size() && IsAsciiDigit(text[i]); }

// The end of at most three digits at pos that no further digit or letter
// follows, and their value; nullopt otherwise. Used for exponents.
std::optional<std::pair<int, size_t>> ReadSmallExponent(std::string_view text, size_t pos) {
  int value = 0;
  size_t i = pos;
  while (DigitAt(text, i) && i - pos < 3) value = value * 10 + (text[i++] - '0');
  if (i == pos || DigitAt(text, i)) return std::nullopt;
  size_t len = 0;
  if (IsAsciiLetter(CodePointAt(text, i, &len))) return std::nullopt;
  return std::make_pair(value, i);
}

// "e5", "E-1", "e+14" after a number: scientific notation.
std::optional<std::pair<int, size_t>> ReadScientificExponent(std::string_view text, size_t pos) {
  if (pos >= text.size() || (text[pos] != 'e' && text[pos] != 'E')) return std::nullopt;
  size_t i = pos + 1;
  int sign = 1;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) sign = text[i++] == '-' ? -1 : 1;
  auto e = ReadSmallExponent(text, i);
  if (!e || (e->second < text.size() && text[e->second] == '.')) return std::nullopt;
  return std::make_pair(sign * e->first, e->second);
}

// "^5", "^-1", "^--23" after a number: a power. Signs multiply.
std::optional<std::pair<int, size_t>> ReadCaretExponent(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != '^') return std::nullopt;
  size_t i = pos + 1;
  int sign = 1;
  while (i < text.size() && (text[i] == '+' || text[i] == '-') && i - pos <= 3) {
    if (text[i++] == '-') sign = -sign;
  }
  auto e = ReadSmallExponent(text, i);
  if (!e) return std::nullopt;
  return std::make_pair(sign * e->first, e->second);
}

std::optional<Decimal> Power(const Decimal& base, int exponent) {
  // A bounded exponent keeps the exact result small (base digits are capped too).
  constexpr int kMaxExponent = 100;
  if (exponent > kMaxExponent || exponent < -kMaxExponent) return std::nullopt;
  if (base.IsZero() && exponent <= 0) return std::nullopt;
  Decimal result(1);
  for (int i = 0; i < (exponent < 0 ? -exponent : exponent); ++i) result *= base;
  if (exponent >= 0) return result;
  return Decimal(1).DividedBy(result);
}

// A plain integer at pos: digits only, no groups, no point.
std::optional<ArabicNumber> ReadPlainInteger(std::string_view text, size_t pos) {
  ArabicNumber n;
  if (ReadArabicNumber(text, pos, false, &n) != ArabicRead::kOk || !n.is_integer || n.grouped) return std::nullopt;
  return n;
}

// The denominator of "/5" at pos and where it ends. Refused when another '/'
// follows, as in the date 2024/5/6.
std::optional<ArabicNumber> ReadSlashDenominator(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != '/') return std::nullopt;
  auto den = ReadPlainInteger(text, pos + 1);
  if (!den || den->value.IsZero()) return std::nullopt;
  if (den->end < text.size() && (text[den->end] == '/' || text[den->end] == '.') && DigitAt(text, den->end + 1)) {
    return std::nullopt;
  }
  return den;
}

}  // namespace

ArabicRead ReadArabicNumber(std::string_view text, size_t pos, bool allow_leading_point, ArabicNumber* out) {
  size_t i = pos;
  std::string literal;  // digits and at most one '.', for Decimal::Parse
  size_t digits = 0;
  auto take = [&](char c) {
    if (++digits <= Decimal::kMaxDigits) literal.push_back(c);
  };
  if (!DigitAt(text, i) && !(allow_leading_point && i < text.size() && text[i] == '.' && DigitAt(text, i + 1))) {
    return ArabicRead::kNone;
  }
  while (DigitAt(text, i)) take(text[i++]);
  const size_t first_group = i - pos;
  out->grouped = false;
  if (first_group >= 1 && first_group <= 3) {
    while (i + 3 < text.size() && text[i] == ',' && DigitAt(text, i + 1) && DigitAt(text, i + 2) &&
           DigitAt(text, i + 3) && !DigitAt(text, i + 4)) {
      for (size_t k = 1; k <= 3; ++k) take(text[i + k]);
      i += 4;
      out->grouped = true;
    }
  }
  out->fraction_digits = 0;
  out->is_integer = true;
  if (i < text.size() && text[i] == '.' && DigitAt(text, i + 1)) {
    out->is_integer = false;
    if (literal.empty()) literal.push_back('0');
    literal.push_back('.');
    ++i;
    while (DigitAt(text, i)) {
      take(text[i++]);
      ++out->fraction_digits;
    }
  }
  out->end = i;
  if (digits > Decimal::kMaxDigits) return ArabicRead::kTooLong;
  auto value = Decimal::Parse(literal);
  if (!value) return ArabicRead::kNone;
  out->value = *value;
  out->trailing_zeros = 0;
  if (out->is_integer && !value->IsZero()) {
    for (size_t k = literal.size(); k > 0 && literal[k - 1] == '0'; --k) ++out->trailing_zeros;
  }
  return ArabicRead::kOk;
}

std::optional<NumeralMatch> ScanArabicNumeral(std::string_view text, size_t pos, const NumeralTable& table,
                                              size_t* resume) {
  size_t len = 0;
  const char32_t first = CodePointAt(text, pos, &len);
  const char32_t before = CodePointBefore(text, pos);
  const bool glued_left = IsAsciiAlnum(before) || before == '.' || before == ',';
  size_t i = pos;
  bool negative = false;
  if (IsMinus(first) || first == '+') {
    if (glued_left) return std::nullopt;
    negative = IsMinus(first);
    i += len;
  } else if (!IsAsciiDigit(first) && !(first == '.' && !glued_left)) {
    return std::nullopt;
  }
  ArabicNumber n;
  const ArabicRead read = ReadArabicNumber(text, i, true, &n);
  if (read == ArabicRead::kTooLong) *resume = n.end;
  if (read != ArabicRead::kOk) return std::nullopt;

  NumeralMatch m;
  m.begin = pos;
  m.end = n.end;
  m.value = n.value;
  m.form = NumeralMatch::Form::kArabic;
  m.fraction_digits = n.fraction_digits;
  const bool after_slash = before == '/';
  // Digits inside an identifier (c01b.png, H20B) take no exponent and no scale.
  const bool in_identifier = IsAsciiLetter(before);
  if (auto e = in_identifier ? std::nullopt : ReadScientificExponent(text, n.end)) {
    m.value = n.value.ScaledByPowerOfTen(e->first);
    m.end = e->second;
    m.fraction_digits = std::max(0, n.fraction_digits - e->first);
  } else if (auto p = ReadCaretExponent(text, n.end); p && n.value.ToString().size() <= 24) {
    if (auto v = Power(n.value, p->first)) {
      m.value = *v;
      m.end = p->second;
      m.fraction_digits = 0;
    }
  } else if (n.is_integer && !n.grouped && !after_slash) {
    // "3/5", or "1 3/5": a whole number, one space, a fraction. The mixed
    // number is divided once, (1 * 5 + 3) / 5, so it rounds like any fraction.
    Decimal numerator = n.value;
    std::optional<ArabicNumber> den = ReadSlashDenominator(text, n.end);
    if (!den && n.end < text.size() && text[n.end] == ' ') {
      if (auto top = ReadPlainInteger(text, n.end + 1)) {
        den = ReadSlashDenominator(text, top->end);
        if (den) numerator = n.value * den->value + top->value;
      }
    }
    if (den) {
      if (auto v = numerator.DividedBy(den->value)) {
        m.value = *v;
        m.end = den->end;
        m.fraction = true;
      }
    }
  }
  if (m.end == n.end && !in_identifier) {
    if (auto scale = MatchEnglishScale(text, n.end, table)) {
      m.value = n.value.ScaledByPowerOfTen(scale->first);
      m.end = scale->second;
      m.scale_power = scale->first;
      m.form = NumeralMatch::Form::kMixed;
    }
  }
  if (negative) m.value = -m.value;
  return m;
}

}  // namespace figcheck::numeral_internal
