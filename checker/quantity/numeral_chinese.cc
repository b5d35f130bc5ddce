// ScanChineseNumeral: Chinese and mixed numerals as whole mentions. Builds on
// the cardinal grammar (numeral_chinese_cardinal.h) with the forms made of
// several cardinals, and refuses numeral characters that belong to words.
//   positional digit strings   一九九一 = 1991, 二〇二四, 八零 (two or more digits, no units)
//   fractions                  三分之二, 16分之5, 负3分之负157 (denominator first)
//   mixed fractions            三百五又三分之一, 3又一千分之23
//   not numerals               百分之五 starts no numeral at 百 (the percent
//                              reader owns it); 一切, 统一, 陆地 are words.
#include <string>

#include "checker/quantity/numeral_chinese_cardinal.h"
#include "checker/quantity/numeral_scan.h"

namespace figcheck::numeral_internal {
namespace {

// Whether a Chinese numeral could start at pos, cheaply: most characters of a
// text are not numerals, and this keeps FindNumerals fast on them.
bool MayStartChineseNumeral(std::string_view text, size_t pos, char32_t c, const NumeralTable& table) {
  return IsAsciiDigit(c) || IsMinus(c) || table.digits.count(c) || table.small_units.count(c) ||
         Contains(table.negative_signs, c) || Contains(table.half_digits, c) ||
         MatchAny(text, pos, table.vague_prefixes).has_value();
}

// 一九九一, 二〇二四, 八零: a run of Chinese digits read position by position.
// Two digits only when one is a zero; 七八 is "7 or 8" and 九九 two numerals.
std::optional<NumeralMatch> ReadDigitString(std::string_view text, size_t pos, const NumeralTable& table,
                                            size_t* resume) {
  std::string literal;
  size_t count = 0;
  bool has_zero = false;
  size_t i = pos;
  for (;;) {
    size_t len = 0;
    const char32_t c = CodePointAt(text, i, &len);
    auto d = table.digits.find(c);
    if (d == table.digits.end() || Contains(table.count_only_digits, c)) break;
    if (++count <= Decimal::kMaxDigits) literal.push_back(static_cast<char>('0' + d->second));
    has_zero = has_zero || d->second == 0;
    i += len;
  }
  if (count < 2 || (count == 2 && !has_zero)) return std::nullopt;
  if (count > Decimal::kMaxDigits) {
    *resume = i;
    return std::nullopt;
  }
  NumeralMatch m;
  m.begin = pos;
  m.end = i;
  m.value = *Decimal::Parse(literal);
  m.form = NumeralMatch::Form::kChinese;
  return m;
}

// A fraction read from the text, kept as written so that a mixed number is
// divided once (三又三分之一 rounds like 10/3, not 3 + a rounded 1/3).
struct Fraction {
  Decimal numerator, denominator;
  size_t end = 0;
  bool has_arabic = false;
};

// The numerator after a denominator cardinal ending at pos: "分之一", "分 之 负一百五十七".
std::optional<Fraction> ReadFractionAfter(std::string_view text, size_t pos, const ChineseCardinal& denominator,
                                          const NumeralTable& table) {
  if (denominator.estimate.vague || denominator.estimate.value.IsZero()) return std::nullopt;
  const size_t q = SkipSpaces(text, pos);
  for (const std::string& marker : table.fraction_markers) {
    auto after = MatchLoosely(text, q, marker);
    if (!after) continue;
    size_t ignored = 0;
    auto numerator = ParseChineseCardinal(text, SkipSpaces(text, *after), table, &ignored);
    if (!numerator || numerator->estimate.vague) return std::nullopt;
    return Fraction{numerator->estimate.value, denominator.estimate.value, numerator->end,
                    numerator->has_arabic || denominator.has_arabic};
  }
  return std::nullopt;
}

// 又 and a fraction after a whole cardinal ending at pos: 三百五又三分之一.
std::optional<Fraction> ReadMixedFractionAfter(std::string_view text, size_t pos, const NumeralTable& table) {
  auto joined = MatchAny(text, SkipSpaces(text, pos), table.mixed_fraction_joiners);
  if (!joined) return std::nullopt;
  const size_t q = SkipSpaces(text, *joined);
  size_t len = 0;
  if (Contains(table.negative_signs, CodePointAt(text, q, &len))) return std::nullopt;
  size_t ignored = 0;
  auto denominator = ParseChineseCardinal(text, q, table, &ignored);
  if (!denominator || denominator->estimate.value.IsNegative()) return std::nullopt;
  auto f = ReadFractionAfter(text, denominator->end, *denominator, table);
  if (!f || f->numerator.IsNegative()) return std::nullopt;
  return f;
}

NumeralMatch::Form FormOf(const ChineseCardinal& c) {
  if (c.has_arabic && c.has_chinese) return NumeralMatch::Form::kMixed;
  return c.has_arabic ? NumeralMatch::Form::kArabic : NumeralMatch::Form::kChinese;
}

}  // namespace

bool ChineseNumeralMayContinue(std::string_view text, size_t pos, const NumeralTable& table) {
  const size_t q = SkipSpaces(text, pos);
  if (StartsCardinalToken(text, pos, table) || StartsCardinalToken(text, q, table)) return true;
  for (const std::string& marker : table.fraction_markers) {
    if (MatchLoosely(text, q, marker)) return true;
  }
  return MatchAny(text, q, table.mixed_fraction_joiners).has_value();
}

std::optional<NumeralMatch> ScanChineseNumeral(std::string_view text, size_t pos, const NumeralTable& table,
                                               size_t* resume) {
  size_t len = 0;
  const char32_t first = CodePointAt(text, pos, &len);
  if (len == 0 || !MayStartChineseNumeral(text, pos, first, table)) return std::nullopt;
  if (MatchAny(text, pos, table.percent_prefixes)) return std::nullopt;

  const size_t resume_before = *resume;
  std::optional<NumeralMatch> m = ReadDigitString(text, pos, table, resume);
  if (*resume != resume_before) return std::nullopt;  // a digit string too long to be a figure
  if (!m) {
    auto whole = ParseChineseCardinal(text, pos, table, resume);
    if (!whole) return std::nullopt;
    m.emplace();
    m->begin = pos;
    m->end = whole->end;
    m->value = whole->estimate.value;
    m->form = FormOf(*whole);
    m->scale_power = whole->scale_power;
    m->fraction_digits = whole->fraction_digits;
    if (whole->estimate.vague) {
      m->vague = true;
      m->low = whole->estimate.low;
      if (!whole->estimate.open_high) m->high = whole->estimate.high;
    }
    std::optional<Fraction> f = ReadFractionAfter(text, whole->end, *whole, table);
    if (!f && !whole->estimate.vague) {
      if ((f = ReadMixedFractionAfter(text, whole->end, table))) {
        // whole + n/d as the single division (whole * d + n) / d; a negative
        // whole carries the sign: 负一又二分之一 = -1.5.
        const Decimal& w = whole->estimate.value;
        f->numerator = w * f->denominator + (w.IsNegative() ? -f->numerator : f->numerator);
        f->has_arabic = f->has_arabic || whole->has_arabic;
      }
    }
    if (f) {
      auto value = f->numerator.DividedBy(f->denominator);
      if (!value) return std::nullopt;
      m->value = *value;
      m->end = f->end;
      m->fraction = true;
      m->vague = false;
      m->low.reset();
      m->high.reset();
      m->form = f->has_arabic ? NumeralMatch::Form::kMixed : NumeralMatch::Form::kChinese;
    }
    if (m->fraction) {
      m->scale_power = 0;
      m->fraction_digits = 0;
    }
  }
  if (!IsAsciiDigit(first) && !IsMinus(first) && IsInsideNonNumeralWord(text, m->begin, m->end, table)) {
    return std::nullopt;
  }
  return m;
}

}  // namespace figcheck::numeral_internal
