#include "checker/quantity/conversion.h"

namespace figcheck {
namespace {

// The bytes in [from, to) are spaces and one opening parenthesis (after NFKC,
// a full-width one is ASCII).
bool OnlyAParenthesis(std::string_view text, size_t from, size_t to) {
  int parentheses = 0;
  for (size_t p = from; p < to; ++p) {
    if (text[p] == '(') {
      ++parentheses;
    } else if (text[p] != ' ') {
      return false;
    }
  }
  return parentheses == 1;
}

}  // namespace

void MarkConversions(std::string_view text, std::vector<Quantity>* quantities) {
  const Quantity* previous = nullptr;
  for (Quantity& q : *quantities) {
    const bool amount = q.is_claim && q.dimension == Dimension::kCurrency;
    if (amount && previous != nullptr && previous->unit != q.unit && previous->end <= q.begin &&
        q.qualifier == Qualifier::kExact && OnlyAParenthesis(text, previous->end, q.begin)) {
      q.qualifier = Qualifier::kAbout;
    }
    previous = amount ? &q : nullptr;
  }
}

}  // namespace figcheck
