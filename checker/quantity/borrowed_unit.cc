#include "checker/quantity/borrowed_unit.h"

#include "checker/quantity/decimal.h"

namespace figcheck {
namespace {

// Sentence-ending punctuation (after NFKC the full-width marks are ASCII; 。 stays).
bool EndsSentence(std::string_view text, size_t p) {
  const char c = text[p];
  return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || text.compare(p, 3, "。") == 0;
}

bool Lends(const Quantity& q) {
  switch (q.dimension) {
    case Dimension::kCurrency: case Dimension::kCount: case Dimension::kPercent:
    case Dimension::kEnergy: case Dimension::kPower: return q.is_claim && !q.high && !q.unit.empty();
    default: return false;
  }
}

// The bare number is within a factor of two of the figure, as written: the
// figure's value is its written number (no scale word, no unit factor).
bool OneMagnitude(std::string_view text, const Quantity& figure, const Quantity& bare) {
  auto written = Decimal::Parse(text.substr(figure.number_begin, figure.number_end - figure.number_begin));
  auto value = Decimal::Parse(figure.value);
  auto b = Decimal::Parse(bare.value);
  if (!written || !value || !b || !(*written == *value) || value->IsNegative() || value->IsZero()) return false;
  return !(*b * Decimal(2) < *value) && !(*value * Decimal(2) < *b);
}

}  // namespace

void BorrowUnits(std::string_view text, const Rulebook& rules, std::vector<Quantity>* quantities) {
  const WordMatcher& comparison = rules.metrics.comparison_words;
  const Quantity* lender = nullptr;
  for (Quantity& q : *quantities) {
    const bool bare = q.dimension == Dimension::kNone && q.unit.empty() && !q.is_claim && !q.value.empty();
    if (!bare) {
      lender = Lends(q) ? &q : nullptr;
      continue;
    }
    if (lender != nullptr) {
      bool compared = false, ended = false;
      for (size_t p = lender->end; p < q.begin && !ended; ++p) {
        ended = EndsSentence(text, p);
        compared = compared || (comparison.MayStartAt(text, p) && comparison.MatchAt(text, p));
      }
      if (compared && !ended && OneMagnitude(text, *lender, q)) {
        q.dimension = lender->dimension;
        q.unit = lender->unit;
        q.is_claim = true;
        q.rule = "borrowed:" + lender->rule;
      }
    }
    lender = nullptr;  // a bare number between ends the lending
  }
}

}  // namespace figcheck
