#include "checker/quantity/conversion.h"

namespace figcheck {
namespace {

bool IsAmount(const Quantity& q) { return q.is_claim && q.dimension == Dimension::kCurrency; }

}  // namespace

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

bool RestatesInParentheses(std::string_view text, const Quantity& earlier, const Quantity& later) {
  return IsAmount(earlier) && IsAmount(later) && earlier.unit != later.unit && earlier.end <= later.begin &&
         OnlyAParenthesis(text, earlier.end, later.begin);
}

void MarkConversions(std::string_view text, std::vector<Quantity>* quantities) {
  const Quantity* previous = nullptr;
  for (Quantity& q : *quantities) {
    if (previous != nullptr && q.qualifier == Qualifier::kExact && RestatesInParentheses(text, *previous, q)) {
      q.qualifier = Qualifier::kAbout;
    }
    previous = IsAmount(q) ? &q : nullptr;
  }
}

}  // namespace figcheck
