// Recognizer: normalised text in, every number and quantity mention out.
//
// Contract: RecognizeQuantities() finds dates first (date_recognizer.h), then
// every numeral (numeral.h) that is not inside a date or a not-a-figure span
// (rules/exclusions.yaml), and reads around each numeral: a unit or counting
// word after it, a currency word before it, qualifier words on either side,
// a fall word before a percentage, a range connector to a second numeral.
// The result is sorted by position and spans never overlap. Every number is
// returned (`numbers` lists them all); Quantity::is_claim says which are
// figures worth checking (a unit, a counting word, a scale word, a date that
// dates an event), the rest are bare numbers, except where one set against a
// figure borrows its unit (borrowed_unit.h).
#ifndef FIGCHECK_QUANTITY_RECOGNIZER_H_
#define FIGCHECK_QUANTITY_RECOGNIZER_H_

#include <optional>
#include <vector>

#include "checker/quantity/quantity.h"
#include "checker/rules/rulebook.h"
#include "checker/text/normalize.h"
#include "checker/util/civil_date.h"

namespace figcheck {

struct RecognizeContext {
  std::optional<CivilDate> published;  // anchors relative dates; none: they stay unresolved
};

std::vector<Quantity> RecognizeQuantities(const NormalizedText& text, const Rulebook& rules,
                                          const RecognizeContext& context);

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_RECOGNIZER_H_
