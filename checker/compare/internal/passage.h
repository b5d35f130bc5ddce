// What the internal checks share: claims grouped by sentence, the words
// between figures, intervals of ratios, and how a claim reads in a message.
//
// Contract: a Passage is the claims of one sentence of one document, in text
// order (Claim::sentence, Claim::context). Helpers never read files.
#ifndef FIGCHECK_COMPARE_INTERNAL_PASSAGE_H_
#define FIGCHECK_COMPARE_INTERNAL_PASSAGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/compare/finding.h"
#include "checker/compare/interval.h"
#include "checker/compare/internal/internal_checks.h"

namespace figcheck {

using Passage = std::vector<const Claim*>;

// The claims the checks read, and the same claims grouped by sentence.
struct ClaimIndex {
  const std::vector<Claim>& all;
  std::vector<Passage> passages;
};

ClaimIndex IndexClaims(const std::vector<Claim>& claims);

// "600萬美元 = 6000000 USD at a.txt:5" (value, range end, qualifier, as-of).
std::string Describe(const Claim& c);
// "a.txt:5"
std::string Place(const Claim& c);

// The sentence text between two claims of one passage (empty when b is not after a).
std::string_view Between(const Claim& a, const Claim& b);
// The sentence text before (after) a claim, at most `bytes` bytes back (forward).
std::string_view Before(const Claim& c, size_t bytes);
std::string_view After(const Claim& c, size_t bytes);
// The figure's own normalised text (folded, so rule words match it).
std::string_view Span(const Claim& c);
// Whether `text` contains any of `words` (folded words; Latin compared
// case-insensitively and as whole words).
bool ContainsAny(std::string_view text, const std::vector<std::string>& words);

// The interval of a claim's value (NumericInterval with the pack's tolerances).
std::optional<ValueInterval> Interval(const Claim& c, const CheckContext& context);
// [a.lo / b.hi, a.hi / b.lo] for positive intervals; nullopt when b can be zero or either is negative.
std::optional<ValueInterval> Quotient(const ValueInterval& a, const ValueInterval& b);
// `v` widened by the relative tolerance `t` each way.
ValueInterval Widen(const ValueInterval& v, const Decimal& t);
// "1.27 .. 1.37" with a few significant digits, for messages.
std::string Show(const ValueInterval& v);
std::string Show(const Decimal& d);

// A finding of `rule` resting on `claims`, entity and metric from the first.
Finding MakeFinding(const CheckRule& rule, std::vector<const Claim*> claims, std::string message);

}  // namespace figcheck

#endif  // FIGCHECK_COMPARE_INTERNAL_PASSAGE_H_
