// Stated resolution: how finely a written number was rounded.
//
// Contract: StatedResolution(number_text, value) returns the value of one
// unit in the last digit the writer wrote, in the canonical unit of `value`:
// "225萬" (2250000) -> 10000, "1.8 million" -> 100000, "12.08%" -> 0.01,
// "595,413" -> 1, "160万" -> 10000 (a written zero is a stated digit). It
// needs exactly one run of Arabic digits in `number_text` whose scale to
// `value` is a power of ten; otherwise (Chinese numerals, 42萬2,850 with two
// runs, converted units that are not powers of ten) it returns nullopt and
// the caller falls back to a relative tolerance. Why: "225萬" and "226萬"
// cannot both be the same count, while "1.8 million" and 1,808,581 agree;
// a flat relative tolerance cannot tell the two cases apart.
#ifndef FIGCHECK_QUANTITY_RESOLUTION_H_
#define FIGCHECK_QUANTITY_RESOLUTION_H_

#include <optional>
#include <string_view>

#include "checker/quantity/decimal.h"

namespace figcheck {

std::optional<Decimal> StatedResolution(std::string_view number_text, const Decimal& value);

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_RESOLUTION_H_
