// Conversions: an amount restated in another currency in parentheses right
// after it ("T$452.3 billion ($14.76 billion)", 108億元人民幣（153億港元）) is
// the writer's arithmetic at some exchange rate, not a figure the source
// stated: it is an approximation.
//
// Contract: MarkConversions() sets the qualifier of every such exact amount
// to `about`: a currency figure that opens a parenthesis (spaces apart) which
// opens right after another currency figure in a different currency. The
// tolerance of `about` (checks.yaml) then covers two writers' rates: $14.76
// and $14.75 billion for the same T$452.3 billion never contradict.
#ifndef FIGCHECK_QUANTITY_CONVERSION_H_
#define FIGCHECK_QUANTITY_CONVERSION_H_

#include <string_view>
#include <vector>

#include "checker/quantity/quantity.h"

namespace figcheck {

// The bytes in [from, to) are spaces and one opening parenthesis (after NFKC,
// a full-width one is ASCII): what stands between a figure and its restatement.
bool OnlyAParenthesis(std::string_view text, size_t from, size_t to);

// `later` restates `earlier`: both amounts, in different currencies, and only
// spaces and one opening parenthesis between them.
bool RestatesInParentheses(std::string_view text, const Quantity& earlier, const Quantity& later);

// `quantities` in text order; changed in place.
void MarkConversions(std::string_view text, std::vector<Quantity>* quantities);

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_CONVERSION_H_
