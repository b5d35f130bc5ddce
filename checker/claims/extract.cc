#include "checker/claims/extract.h"

#include "checker/claims/attribute.h"
#include "checker/quantity/recognizer.h"
#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

std::vector<Claim> Extract(const Document& doc, const Rulebook& rules, bool claims_only, bool attribute) {
  const NormalizedText normalized = Normalize(doc.plain);
  RecognizeContext context{doc.published};
  const std::vector<Quantity> quantities = RecognizeQuantities(normalized, rules, context);
  const std::vector<Attribution> attributions =
      claims_only && attribute ? AttributeQuantities(normalized, quantities, rules, doc.published)
                               : std::vector<Attribution>();
  std::vector<Claim> out;
  // Positions are computed incrementally: quantities come in text order, so a
  // 50 MB single-line document costs one pass, not one pass per figure.
  size_t last_offset = 0;
  SourcePosition last_pos{1, 1};
  bool have_last = false;
  for (size_t i = 0; i < quantities.size(); ++i) {
    const Quantity& q = quantities[i];
    if (claims_only && (!q.is_claim || q.value.empty())) continue;
    auto [src_begin, src_end] = normalized.SourceSpan(q.begin, q.end);
    Claim c;
    c.doc = doc.path;
    SourcePosition pos;
    const auto line_range = have_last ? doc.lines.LineRange(doc.text, last_pos.line) : std::pair<size_t, size_t>{0, 0};
    if (have_last && src_begin >= last_offset && src_begin <= line_range.second) {
      pos = last_pos;
      pos.column += static_cast<int>(utf8::CountCodePoints(std::string_view(doc.text).substr(last_offset, src_begin - last_offset)));
    } else {
      pos = doc.Position(src_begin);
    }
    last_offset = src_begin;
    last_pos = pos;
    have_last = true;
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
    if (!attributions.empty()) {
      const Attribution& a = attributions[i];
      c.entity = a.entity;
      c.metric = a.metric;
      c.as_of = a.as_of;
      c.unit_mismatch = a.unit_mismatch;
      c.aspects = a.aspects;
      c.attribution = a.how;
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<Claim> ExtractClaims(const Document& doc, const Rulebook& rules, bool attribute) {
  return Extract(doc, rules, true, attribute);
}

std::vector<Claim> ExtractMentions(const Document& doc, const Rulebook& rules) { return Extract(doc, rules, false, false); }

}  // namespace figcheck
