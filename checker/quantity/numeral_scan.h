// Internals shared by the numeral scanners (numeral_*.cc); not for other modules.
//
// Contract: every function here reads normalised UTF-8 text at a byte offset
// and never reads past the end. Whitespace between the parts of a numeral is
// skipped at most kMaxSpaces code points at a time, and every scanner looks
// ahead a bounded distance beyond what it consumes, so FindNumerals stays
// linear in the length of the text.
//
// Three scanners each read the longest numeral of one family starting at a
// position; ScanNumeral (numeral.cc) keeps the longest of them:
//   ScanArabicNumeral   2,120  -3.5  2e5  2^5  3/5  1 3/5  40k  5.6 million
//   ScanChineseNumeral  两千四百五  2,120 亿  数亿  十余万  三分之二  3又一千分之23
//   ScanEnglishNumeral  twenty-one  a dozen  three million  one-third
#ifndef FIGCHECK_QUANTITY_NUMERAL_SCAN_H_
#define FIGCHECK_QUANTITY_NUMERAL_SCAN_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/quantity/decimal.h"
#include "checker/quantity/numeral.h"

namespace figcheck::numeral_internal {

// "1000  万", "三分  之一": a numeral may have a few spaces between its parts.
inline constexpr size_t kMaxSpaces = 4;
// 万万万...: a run of scale characters stops growing past 10^24.
inline constexpr int kMaxScalePower = 24;

// The code point at pos (0 at the end of text), its byte length in *len.
char32_t CodePointAt(std::string_view text, size_t pos, size_t* len);
// The code point ending just before pos (0 at the start of text).
char32_t CodePointBefore(std::string_view text, size_t pos);

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiAlnum(char32_t c) { return IsAsciiDigit(c) || IsAsciiLetter(c); }
inline bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }
// '-' or U+2212 MINUS SIGN.
inline bool IsMinus(char32_t c) { return c == '-' || c == 0x2212; }

template <typename T>
bool Contains(const std::vector<T>& list, const T& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// The position after at most kMaxSpaces spaces starting at pos.
size_t SkipSpaces(std::string_view text, size_t pos);
bool StartsWithAt(std::string_view text, size_t pos, std::string_view word);
// The end of `word` read at pos allowing spaces between its characters
// ("分 之" for 分之), or nullopt.
std::optional<size_t> MatchLoosely(std::string_view text, size_t pos, std::string_view word);
// The end of the first word of `words` starting at pos, or nullopt.
std::optional<size_t> MatchAny(std::string_view text, size_t pos, const std::vector<std::string>& words);

// A value together with the bounds that vague words give it. low and high
// are only kept for a vague estimate (an exact one is its own bounds), which
// spares two thirds of the arithmetic on ordinary numerals.
// open_high: no ceiling (上千万).
struct Estimate {
  Decimal value, low, high;
  bool open_high = false;
  bool vague = false;

  static Estimate Exact(const Decimal& v) {
    Estimate e;
    e.value = v;
    return e;
  }
  const Decimal& Low() const { return vague ? low : value; }
  const Decimal& High() const { return vague ? high : value; }
  Estimate operator+(const Estimate& o) const;
  Estimate ScaledByPowerOfTen(int power) const;
  Estimate Times(const Decimal& factor) const;  // factor > 0
  Estimate Negated() const;
  void RaiseHigh(const Decimal& step);  // 十余: the ceiling goes up one step
};

// A plain Arabic number: digits, ','-groups of exactly three, '.' fraction.
struct ArabicNumber {
  size_t end = 0;           // just past the last character read
  Decimal value;
  int fraction_digits = 0;  // digits after '.'
  int trailing_zeros = 0;   // of an integer: 500 -> 2 (the step of 500余)
  bool is_integer = true;   // no '.'
  bool grouped = false;     // has ',' groups
};
enum class ArabicRead { kNone, kTooLong, kOk };
// Reads digits at pos (or ".5" when allow_leading_point). On kTooLong, out->end
// is the end of the run, so the caller can skip it whole.
ArabicRead ReadArabicNumber(std::string_view text, size_t pos, bool allow_leading_point, ArabicNumber* out);

// Each scanner returns the longest numeral of its family at pos. When a run
// too long to be a figure is met at pos, *resume is set past it.
std::optional<NumeralMatch> ScanArabicNumeral(std::string_view text, size_t pos, const NumeralTable& table,
                                              size_t* resume);
std::optional<NumeralMatch> ScanChineseNumeral(std::string_view text, size_t pos, const NumeralTable& table,
                                               size_t* resume);
std::optional<NumeralMatch> ScanEnglishNumeral(std::string_view text, size_t pos, const NumeralTable& table);
// Whether ScanChineseNumeral, having read an Arabic number that ends at pos,
// could read on past it: a cardinal token (5億, 3萬5千, 20多), a fraction
// marker (16分之5) or a mixed-fraction joiner, at pos or after its spaces.
// When it could not, the Chinese reader finds no more than the Arabic one.
bool ChineseNumeralMayContinue(std::string_view text, size_t pos, const NumeralTable& table);

// The English scale (million, bn, k ...) right after an Arabic number ending at
// pos: its power and end. Single letters need uppercase after a space (-2.5 M
// but not 100 m) and never run into another letter or digit (10MW, 5G).
std::optional<std::pair<int, size_t>> MatchEnglishScale(std::string_view text, size_t pos,
                                                        const NumeralTable& table);

// True when [begin, end) must not be read as a numeral because of
// NumeralTable::not_numerals or never_alone (一切, 统一, 陆地 ...).
bool IsInsideNonNumeralWord(std::string_view text, size_t begin, size_t end, const NumeralTable& table);

}  // namespace figcheck::numeral_internal

#endif  // FIGCHECK_QUANTITY_NUMERAL_SCAN_H_
