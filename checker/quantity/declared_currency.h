// Declared currencies: 營收1160億元（人民幣，下同） states once which currency
// the article's bare 元 are in.
//
// Contract: DeclaredCurrencies() finds every word of units.yaml `same_below`
// (下同) with a currency word (a currency unit's `after` or `before` word,
// not the bare 元) ending at most kDeclarationReach bytes before it on its
// line, and returns one declaration per such word in text order: the
// currency's canonical code and the position from which it holds (the start
// of the figure it follows, at most kFigureReach bytes back on the line).
// CurrencyDeclaredAt() is the last declaration holding at a position, or "".
// Pure; linear in the text.
#ifndef FIGCHECK_QUANTITY_DECLARED_CURRENCY_H_
#define FIGCHECK_QUANTITY_DECLARED_CURRENCY_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/rules/unit_rules.h"

namespace figcheck {

struct CurrencyDeclaration {
  size_t holds_from = 0;  // byte offset in the normalised text
  std::string currency;   // ISO 4217
};

std::vector<CurrencyDeclaration> DeclaredCurrencies(std::string_view text, const UnitTable& units);

std::string CurrencyDeclaredAt(const std::vector<CurrencyDeclaration>& declarations, size_t pos);

}  // namespace figcheck

#endif  // FIGCHECK_QUANTITY_DECLARED_CURRENCY_H_
