// Numerals: finding and valuing written numbers, exactly.
//
// Contract: input is normalised text (see text/normalize.h: NFKC, so digits
// and Latin are half-width, and Traditional characters folded to Simplified:
// 萬→万, 億→亿, 兩→两, 點→点, 負→负, 貳→贰 ...). ScanNumeral reads the longest
// numeral that starts exactly at `pos`; FindNumerals walks a text left to
// right and returns non-overlapping numerals. Values are exact Decimals.
//
// Forms handled (all character and word tables come from NumeralTable, which
// is loaded from rules/numerals.yaml, so none is hard-coded here):
//   Arabic      2,120  1.4  -3  12,000  (a ',' group must be exactly 3 digits)
//   Chinese     一百五十二  两千四百五 (=2450)  一千零一  三百五十二点八  负三十二  壹佰伍拾
//   mixed       1.4兆  2,120 亿  10万  4.78万亿  7 万5 千4 百  163万6,129  42万3000  10万万
//   English     5.6 million  1.9B  500M  40k  two  twenty-one  a dozen  (scale words only after a number)
//   fractions   十分之一 (0.1)  16分之5  三分之二  one-third
//   vague       数亿 数十亿 几十 十几 上千万 十余万 (vague=true, bounds in low/high)
// What a numeral is NOT (the caller, the recognizer, decides about context such
// as GPT-5.2 or H200): this layer only refuses to read a scale character that
// begins a unit word listed in NumeralTable::scale_led_units, so 10千兆瓦 is
// the numeral 10 followed by the unit 千兆瓦, and 360兆瓦 is 360 then 兆瓦.
#ifndef FIGCHECK_QUANTITY_NUMERAL_H_
#define FIGCHECK_QUANTITY_NUMERAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/quantity/decimal.h"
#include "checker/util/status.h"

namespace figcheck {

struct NumeralTable {
  std::unordered_map<char32_t, int> digits;       // 零〇一二三…九 两 壹贰… -> 0..9
  std::unordered_map<char32_t, int> small_units;  // 十拾 1, 百佰 2, 千仟 3 (power of ten)
  std::unordered_map<char32_t, int> large_units;  // 万 4, 亿 8, 兆 12 (consecutive ones multiply: 万亿 = 12)
  std::vector<char32_t> decimal_points;           // 点
  std::vector<char32_t> negative_signs;           // 负
  std::vector<std::string> vague_prefixes;        // 数, 几, 上 (数亿, 几十, 上千万)
  std::vector<std::string> vague_infixes;         // 余, 多 inside a numeral (十余万)
  std::vector<std::string> fraction_markers;      // 分之
  std::unordered_map<std::string, int> english_scales;  // thousand 3, million 6, billion 9, trillion 12, k 3, m 6, b 9, bn 9 ... (lower-case)
  std::unordered_map<std::string, int> english_words;   // zero..nineteen, twenty..ninety (lower-case)
  std::unordered_map<std::string, int> english_multipliers;  // hundred 2, dozen (=12, stored as value) handled by the code
  std::unordered_map<std::string, int> english_fraction_words;  // half 2, third 3, quarter 4, fifth 5 ... (denominator)
  // Unit words that begin with a scale character (千瓦, 兆瓦, 千兆瓦, 兆赫, 百万吨?, 千米, 千克 ...):
  // filled by the rulebook from rules/units.yaml, never by this module.
  std::vector<std::string> scale_led_units;
};

struct NumeralMatch {
  enum class Form { kArabic, kChinese, kMixed, kEnglish };
  size_t begin = 0;           // byte offsets into the scanned text, [begin, end)
  size_t end = 0;
  Decimal value;              // for vague numerals: the magnitude base (数亿 -> 100000000)
  Form form = Form::kArabic;
  bool vague = false;         // 数亿, 几十, 上千万, 十余万
  std::optional<Decimal> low;   // bounds where the numeral itself implies them (vague forms)
  std::optional<Decimal> high;
  bool fraction = false;      // X分之Y, one-third
  int scale_power = 0;        // power of ten of a trailing scale word (亿 -> 8, million -> 6), 0 if none
  int fraction_digits = 0;    // digits written after the decimal point (for rounding tolerance)
};

// The longest numeral starting exactly at byte `pos`, or nullopt.
std::optional<NumeralMatch> ScanNumeral(std::string_view text, size_t pos, const NumeralTable& table);

// Every numeral in `text`, left to right, non-overlapping.
std::vector<NumeralMatch> FindNumerals(std::string_view text, const NumeralTable& table);

// Loads rules/numerals.yaml. Errors name the file and line: "rules/numerals.yaml:14: ...".
Result<NumeralTable> LoadNumeralTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_NUMERAL_H_
