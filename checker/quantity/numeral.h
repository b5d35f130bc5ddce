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
//   Arabic      2,120  1.4  -3  12,000  2e5  2^5  (a ',' group must be exactly 3 digits)
//   Chinese     一百五十二  两千四百五 (=2450)  一千零一  三百五十二点八  负三十二  壹佰伍拾
//   mixed       1.4兆  2,120 亿  10万  4.78万亿  7 万5 千4 百  163万6,129  42万3000  10万万
//   English     5.6 million  1.9B  500M  40k  two  twenty-one  a dozen  (scale words only after a number)
//   fractions   十分之一 (0.1)  16分之5  三分之二  三又三分之一  3/5  1 3/5  one-third
//   vague       数亿 数十亿 几十 十几 上千万 十余万 500多 七八十 (vague=true, bounds in low/high)
// What a numeral is NOT (the caller, the recognizer, decides about context such
// as GPT-5.2 or H200): this layer refuses to read a scale character that
// begins a unit word listed in NumeralTable::scale_led_units, so 10千兆瓦 is
// the numeral 10 followed by the unit 千兆瓦, and 360兆瓦 is 360 then 兆瓦. It
// also drops numeral characters inside words listed in not_numerals (一切, 统一,
// 四川), a never_alone character standing alone (陆地), a bare 万 or 百, and
// starts no numeral at a percent prefix (百分之五 yields 五; percent is the
// recognizer's). Digits glued to a Latin letter on the left (H200, c01b) are
// still a numeral, but no exponent or English scale is read after them.
// Runs too long for a Decimal (over 4096 digits) are no numeral, and are
// skipped whole, so FindNumerals stays linear in the length of the text.
#ifndef FIGCHECK_QUANTITY_NUMERAL_H_
#define FIGCHECK_QUANTITY_NUMERAL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "checker/quantity/decimal.h"
#include "checker/util/status.h"

namespace figcheck {

// How a vague prefix bounds the numeral it starts: 数亿 is between 2亿 and 9亿,
// 上千万 is at least 1千万 with no stated ceiling (high == 0).
struct VagueBounds {
  int low = 1;
  int high = 0;  // 0: open above
};

struct NumeralTable {
  std::unordered_map<char32_t, int> digits;       // 零〇一二三…九 两 壹贰… -> 0..9
  std::unordered_map<char32_t, int> small_units;  // 十拾 1, 百佰 2, 千仟 3 (power of ten)
  std::unordered_map<char32_t, int> large_units;  // 万 4, 亿 8, 兆 12 (consecutive ones multiply: 万亿 = 12)
  std::vector<char32_t> decimal_points;           // 点
  std::vector<char32_t> negative_signs;           // 负
  std::vector<std::string> vague_prefixes;        // 数, 几, 上 (数亿, 几十, 上千万); bounds in vague_prefix_bounds
  std::vector<std::string> vague_infixes;         // 余, 多 inside a numeral (十余万)
  std::vector<std::string> fraction_markers;      // 分之
  std::unordered_map<std::string, int> english_scales;  // thousand 3, million 6, billion 9, trillion 12, k 3, m 6, b 9, bn 9 ... (lower-case)
  std::unordered_map<std::string, int> english_words;   // zero..nineteen, twenty..ninety (lower-case)
  std::unordered_map<std::string, int> english_multipliers;  // the value a word multiplies by: hundred 100, dozen 12
  std::unordered_map<std::string, int> english_fraction_words;  // half 2, third 3, quarter 4, fifth 5 ... (denominator)
  // Unit words that begin with a scale character (千瓦, 兆瓦, 千兆瓦, 兆赫, 百万吨?, 千米, 千克 ...):
  // filled by the rulebook from rules/units.yaml, never by this module.
  std::vector<std::string> scale_led_units;

  // Added with the scanner (all from rules/numerals.yaml):
  std::unordered_map<std::string, VagueBounds> vague_prefix_bounds;  // one entry per vague_prefixes word
  std::vector<char32_t> vague_digits;             // 几: a digit of unknown value after a unit (十几 = 11..19)
  std::vector<char32_t> count_only_digits;        // 两 俩: count things, never follow a decimal point (两点两)
  std::vector<char32_t> half_digits;              // 半: half of the unit that follows (半百 = 50)
  std::unordered_map<char32_t, int> chinese_multipliers;  // 打 12 (十打 = 120)
  std::vector<std::string> mixed_fraction_joiners;        // 又 (三又三分之一)
  std::vector<std::string> percent_prefixes;      // 百分之, 千分之: a numeral never starts here
  std::unordered_set<std::string> english_scale_abbreviations;  // k m b bn ...: keys of english_scales read only after digits
  std::vector<char32_t> never_alone;              // 陆 伍 拾 肆: numerals only inside a longer numeral
  std::vector<std::string> not_numerals;          // 一切 统一 四川 ...: words whose numeral characters are not numbers
  // Derived when the table loads: BMP code points a numeral may begin with (empty: try everywhere).
  std::vector<bool> may_start;
  // Derived: code points that start a numeral only as a vague prefix (上千万, 数亿):
  // worth scanning only when a numeral character follows.
  std::vector<bool> prefix_only;
  // Derived: for each code point, where it stands in not_numerals words (word index, byte offset).
  std::unordered_map<char32_t, std::vector<std::pair<int, size_t>>> not_numeral_positions;
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
  int scale_power = 0;        // power of ten of the trailing run of scale words (亿 -> 8, 千万 -> 7, 万亿 -> 12, million -> 6), 0 if none
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
