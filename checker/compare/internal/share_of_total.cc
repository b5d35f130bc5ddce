// share-of-total: a share stated for a part (the US accounts for one third of
// global demand) must match the part's and the whole's own figures given in
// the same article (US 200 TWh of a global 415 TWh is 48 %).
//
// Precision first: the share (a percentage, or a fraction such as
// one-third) names its part by place (in US) or entity, and its sentence
// names a whole with a word of `whole_words` (全球, global, total). In the
// same document there must be exactly one pair of figures of one metric, unit
// and as-of year: the part's (that place, or that entity with no place) and
// the whole's (no place; no entity, or the part's entity when a place narrows
// the part). A share dated to another year is left alone. The part over the
// whole must meet the share widened by `tolerance`.
#include <map>

#include "checker/compare/internal/checks.h"

namespace figcheck {
namespace {

bool IsAmount(const Claim& c) {
  switch (c.dimension) {
    case Dimension::kCurrency: case Dimension::kCount: case Dimension::kEnergy: case Dimension::kPower: return true;
    default: return false;
  }
}

// The place aspect ("in US") of a claim, or "".
std::string PlaceOf(const Claim& c) {
  for (const auto& a : c.aspects) {
    if (a.kind == Aspect::Kind::kPlace) return a.name;
  }
  return "";
}

bool IsYear(const std::optional<CivilDate>& as_of) {
  return as_of && as_of->precision == CivilDate::Precision::kYear;
}

// The share as a fraction of one: 45 % -> 0.45; one-third stays 0.333.
std::optional<ValueInterval> Fraction(const Claim& c, const CheckContext& context) {
  auto v = Interval(c, context);
  if (!v) return std::nullopt;
  if (c.dimension == Dimension::kPercent && c.unit == "%") {
    return ValueInterval{v->lo.ScaledByPowerOfTen(-2), v->hi.ScaledByPowerOfTen(-2)};
  }
  if (c.unit == "x" && v->hi < Decimal(1)) return v;
  return std::nullopt;
}

// The part a share names: by its place (in US), or by its entity when the
// figure has no place.
bool IsPart(const Claim& c, const std::string& part) {
  const std::string place = PlaceOf(c);
  return place == part || (place.empty() && c.entity == part);
}

// `w` is the whole `p` is a part of: the same fact without a place, of no
// entity, or of p's own entity (or any, when p has none) when p is narrowed
// by a place (US data centres, or data centres in US, of all data centres).
bool IsWholeOf(const Claim& w, const Claim& p) {
  if (!PlaceOf(w).empty() || w.metric != p.metric || w.unit != p.unit || w.as_of != p.as_of) return false;
  const std::string place = PlaceOf(p);
  return w.entity.empty() || (!place.empty() && (w.entity == p.entity || p.entity.empty() ||
                                                 p.entity == PlaceNarrowed(place, w.entity)));
}

}  // namespace

void CheckShareOfTotal(const ClaimIndex& index, const CheckRule& rule, const CheckContext& context,
                       std::vector<Finding>* out) {
  const Decimal t = rule.Number("tolerance", *Decimal::Parse("0.05"));
  // Amounts by document and metric, unit and as-of: a share looks up only its own.
  std::map<std::string, std::vector<const Claim*>> amounts;
  for (const Claim& c : index.all) {
    if (IsAmount(c) && !c.metric.empty() && IsYear(c.as_of)) amounts[c.doc].push_back(&c);
  }
  for (const Claim& s : index.all) {
    const std::string part = PlaceOf(s).empty() ? s.entity : PlaceOf(s);
    auto share = Fraction(s, context);
    if (!share || part.empty() || !ContainsAny(s.context, rule.Words("whole_words"))) continue;
    auto in_doc = amounts.find(s.doc);
    if (in_doc == amounts.end()) continue;
    const Claim* found_part = nullptr;
    const Claim* found_whole = nullptr;
    size_t pairs = 0;
    for (const Claim* p : in_doc->second) {
      if (IsPart(*p, part) && (!IsYear(s.as_of) || *s.as_of == *p->as_of)) {
        for (const Claim* w : in_doc->second) {
          if (w == p || !IsWholeOf(*w, *p)) continue;
          ++pairs;
          found_part = p;
          found_whole = w;
        }
      }
    }
    if (pairs != 1) continue;
    auto a = Interval(*found_part, context), b = Interval(*found_whole, context);
    auto actual = a && b ? Quotient(*a, *b) : std::nullopt;
    if (!actual || Meet(*actual, Widen(*share, t))) continue;
    out->push_back(MakeFinding(rule, {&s, found_part, found_whole},
                               part + "'s share " + Describe(s) + " does not match its figures: " +
                                   Describe(*found_part) + " of " + Describe(*found_whole) + " is " +
                                   Show(ValueInterval{actual->lo * Decimal(100), actual->hi * Decimal(100)}) + " %"));
  }
}

}  // namespace figcheck
