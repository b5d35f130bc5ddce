// Borrowed units: a bare number set against a figure takes the figure's unit.
//
// Contract: BorrowUnits() turns a bare number (no unit, not a claim) into a
// claim in the unit of the figure right before it when, in one sentence, a
// comparison word (metrics.yaml `comparison_words`: 優於, 低於, than, above …)
// stands between them, no other number does, and the two are of one
// magnitude (the bare number within a factor of two of the figure's value):
// 實際匯率為1美元兌31.01元新台幣，優於原先財測假設的 31.6 reads 31.6 TWD. A
// figure stated with a scale word (300億元) lends nothing: whether 280 means
// 280億 is not written. The quantity's rule becomes "borrowed:" + the lender's.
#ifndef FIGCHECK_QUANTITY_BORROWED_UNIT_H_
#define FIGCHECK_QUANTITY_BORROWED_UNIT_H_

#include <string_view>
#include <vector>

#include "checker/quantity/quantity.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

// `quantities` in text order (RecognizeQuantities' output); changed in place.
void BorrowUnits(std::string_view text, const Rulebook& rules, std::vector<Quantity>* quantities);

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_BORROWED_UNIT_H_
