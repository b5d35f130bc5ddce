// FigureValue: a claim's value or bound, typed once, written as text only at
// the edges.
//
// Contract: what the engine compares is a number (Decimal, in the claim's
// canonical unit: money, power, energy, percentages, counts, ratios) or, for
// a date, a CivilDate at the precision written; a duration keeps its ISO
// 8601 text ("P18M"), which nothing compares as a number. Read() types the
// text the recogniser writes and the ledger stores, once, by the claim's
// dimension; Text() gives that text back unchanged (the form CONTRACT.md
// fixes for `value`, `low` and `high`), for reports, the ledger and keys.
// Text that does not read as its type (a hand-edited ledger row) keeps its
// text and has neither a number nor a date: it is shown, never compared.
#ifndef FIGCHECK_CLAIMS_FIGURE_VALUE_H_
#define FIGCHECK_CLAIMS_FIGURE_VALUE_H_

#include <optional>
#include <string>

#include "checker/quantity/decimal.h"
#include "checker/quantity/quantity.h"
#include "checker/util/civil_date.h"

namespace figcheck {

class FigureValue {
 public:
  FigureValue() = default;
  static FigureValue Read(Dimension dimension, std::string text);
  static std::optional<FigureValue> ReadOptional(Dimension dimension, const std::optional<std::string>& text);

  const std::optional<Decimal>& number() const { return number_; }
  const std::optional<CivilDate>& date() const { return date_; }
  const std::string& Text() const { return text_; }
  bool empty() const { return text_.empty(); }
  // Equal figures are equal texts: the recogniser writes one text per value.
  bool operator==(const FigureValue& o) const { return text_ == o.text_; }

 private:
  std::string text_;
  std::optional<Decimal> number_;
  std::optional<CivilDate> date_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_FIGURE_VALUE_H_
