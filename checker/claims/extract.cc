#include "checker/claims/extract.h"

#include "checker/claims/attribute.h"
#include "checker/quantity/recognizer.h"
#include "checker/quantity/resolution.h"
#include "checker/text/normalize.h"

namespace figcheck {
namespace {

std::vector<Claim> Extract(const Document& doc, const Rulebook& rules, bool claims_only, bool attribute, bool explain) {
  const NormalizedText normalized = Normalize(doc.plain);
  RecognizeContext context{doc.published};
  const std::vector<Quantity> quantities = RecognizeQuantities(normalized, rules, context);
  const std::vector<Attribution> attributions =
      claims_only && attribute ? AttributeQuantities(normalized, quantities, rules, doc.published, explain)
                               : std::vector<Attribution>();
  std::vector<Claim> out;
  for (size_t i = 0; i < quantities.size(); ++i) {
    const Quantity& q = quantities[i];
    if (claims_only && (!q.is_claim || q.value.empty())) continue;
    auto [src_begin, src_end] = normalized.SourceSpan(q.begin, q.end);
    Claim c;
    c.doc = doc.path;
    // LineIndex answers in at most two 4 KB counts, even on a 50 MB line.
    const SourcePosition pos = doc.Position(src_begin);
    c.line = pos.line;
    c.column = pos.column;
    c.text = doc.text.substr(src_begin, src_end - src_begin);
    c.dimension = q.dimension;
    c.value = q.value;
    c.unit = q.unit;
    c.qualifier = q.qualifier;
    c.low = q.low;
    c.high = q.high;
    c.rule = q.rule;
    if (q.dimension != Dimension::kDate && q.dimension != Dimension::kDuration) {
      auto value = Decimal::Parse(q.value);
      auto unit = value ? StatedResolution(std::string_view(normalized.text).substr(
                                               q.number_begin, q.number_end - q.number_begin),
                                           *value)
                        : std::nullopt;
      if (unit) c.resolution = unit->ToString();
    }
    if (!attributions.empty()) {
      const Attribution& a = attributions[i];
      c.entity = a.entity;
      c.metric = a.metric;
      c.as_of = a.as_of;
      c.as_of_stated = a.as_of_stated;
      c.unit_mismatch = a.unit_mismatch;
      c.aspects = a.aspects;
      c.attribution = a.how;
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<Claim> ExtractClaims(const Document& doc, const Rulebook& rules, bool attribute, bool explain) {
  return Extract(doc, rules, true, attribute, explain);
}

std::vector<Claim> ExtractMentions(const Document& doc, const Rulebook& rules) {
  return Extract(doc, rules, false, false, false);
}

}  // namespace figcheck
