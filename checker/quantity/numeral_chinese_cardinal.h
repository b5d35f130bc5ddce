// The Chinese cardinal grammar, shared by the Chinese scanner and its
// fraction reader (numeral_chinese.cc); not for other modules.
//
// Contract: ParseChineseCardinal reads the longest cardinal number at pos made
// of Chinese digits and units, optionally mixed with Arabic numbers and led by
// a sign (负, '-') or a vague prefix (数, 几, 上) or 半. It never reads a
// fraction (分之) or a positional digit string (一九九一); those are built on
// top of it. All character classes come from the NumeralTable.
//
// The grammar, by example:
//   units descend within a section       一百五十二, 7 万5 千4 百
//   large units close sections           五兆六十二亿四万五千二
//   a larger one multiplies everything   一万五千亿 = 1.5 * 10^12, 千亿
//   consecutive ones multiply            万亿 = 10^12, 四万万 = 4 * 10^8
//   a last digit takes the next unit     两千四百五 = 2450, 一万三 = 13000 (not after 零)
//   零 marks a gap                       一千零一 = 1001, 一百零十万 = 1100000
//   点 after a digit or a unit           三点五万 = 35000, 两千万点五 = 20000000.5
//   vague digits and infixes             十几 (11..19), 十余万 (10..20 万), 七八十 (70..80)
//   counting multipliers                 十打 = 120
#ifndef FIGCHECK_QUANTITY_NUMERAL_CHINESE_CARDINAL_H_
#define FIGCHECK_QUANTITY_NUMERAL_CHINESE_CARDINAL_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "checker/quantity/numeral.h"
#include "checker/quantity/numeral_scan.h"

namespace figcheck::numeral_internal {

struct ChineseCardinal {
  size_t end = 0;
  Estimate estimate;
  bool has_arabic = false;   // some part was written in Arabic digits
  bool has_chinese = false;  // some part was written in Chinese characters
  int scale_power = 0;       // NumeralMatch::scale_power
  int fraction_digits = 0;   // NumeralMatch::fraction_digits
};

// On a run of Arabic digits too long to be a figure at pos, sets *resume past it.
std::optional<ChineseCardinal> ParseChineseCardinal(std::string_view text, size_t pos, const NumeralTable& table,
                                                    size_t* resume);

// True when a token of the cardinal grammar starts at pos: a digit, a unit, an
// Arabic number, 点, 几, 多 (what Parse reads after a number).
bool StartsCardinalToken(std::string_view text, size_t pos, const NumeralTable& table);

// True when a unit word of NumeralTable::scale_led_units starts at pos (千瓦, 兆瓦).
bool StartsScaleLedUnit(std::string_view text, size_t pos, const NumeralTable& table);

}  // namespace figcheck::numeral_internal

#endif  // FIGCHECK_QUANTITY_NUMERAL_CHINESE_CARDINAL_H_
