#include "checker/claims/extract.h"

#include <algorithm>

#include "checker/claims/attribute.h"
#include "checker/claims/entity_discovery.h"
#include "checker/quantity/recognizer.h"
#include "checker/quantity/resolution.h"
#include "checker/text/normalize.h"
#include "checker/text/segment.h"

namespace figcheck {
namespace {

// Bytes of sentence kept on each side of a figure: enough for the words that
// tie figures together, bounded on pathological one-sentence documents.
constexpr size_t kContextReach = 240;

// pos moved back to the start of the code point it falls in.
size_t CodePointStart(const std::string& text, size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

// Claim::sentence/context/context_*: the sentence [sb, se) around a figure
// at [begin, end), cut to kContextReach bytes on each side.
void SetContext(const std::string& text, size_t sb, size_t se, size_t begin, size_t end, Claim* c) {
  c->sentence = static_cast<long>(sb);
  if (begin > sb + kContextReach) sb = CodePointStart(text, begin - kContextReach);
  if (end + kContextReach < se) se = CodePointStart(text, end + kContextReach);
  c->context = text.substr(sb, se - sb);
  c->context_begin = begin - sb;
  c->context_end = std::min(end, se) - sb;
}

std::vector<Claim> Extract(const Document& doc, const Rulebook& rules, bool claims_only, bool attribute, bool explain,
                           std::vector<LearnedAlias>* learned) {
  const NormalizedText normalized = Normalize(doc.plain);
  RecognizeContext context{doc.published};
  const std::vector<Quantity> quantities = RecognizeQuantities(normalized, rules, context);
  const bool attributes = claims_only && attribute;
  DocumentEntities found;
  found.base = static_cast<int>(rules.entities.entities.size());
  if (attributes) found = DiscoverEntities(normalized.text, quantities, rules);
  if (learned != nullptr) {
    for (LearnedAlias& a : found.learned) learned->push_back({a.entity, a.alias, doc.path + ": " + a.where});
  }
  const std::vector<Attribution> attributions =
      attributes ? AttributeQuantities(normalized, quantities, rules, doc.published, explain, &found)
                 : std::vector<Attribution>();
  std::vector<Claim> out;
  // The sentence around a figure when attribution did not find it.
  SentenceIndex sentences(normalized.text);
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
    c.value = FigureValue::Read(q.dimension, q.value);
    c.unit = q.unit;
    c.qualifier = q.qualifier;
    c.low = FigureValue::ReadOptional(q.dimension, q.low);
    c.high = FigureValue::ReadOptional(q.dimension, q.high);
    c.rule = q.rule;
    if (claims_only) {
      // Attribution has segmented the text already: its sentence, else find it here.
      const bool known = !attributions.empty() && attributions[i].sentence_end > attributions[i].sentence_begin;
      auto [sb, se] = known ? std::pair{attributions[i].sentence_begin, attributions[i].sentence_end}
                            : sentences.Around(q.begin);
      SetContext(normalized.text, sb, se, q.begin, q.end, &c);
    }
    if (q.dimension != Dimension::kDate && q.dimension != Dimension::kDuration) {
      const std::optional<Decimal>& value = c.value.number();
      auto unit = value ? StatedResolution(std::string_view(normalized.text).substr(
                                               q.number_begin, q.number_end - q.number_begin),
                                           *value)
                        : std::nullopt;
      if (unit) c.resolution = *unit;
    }
    if (!attributions.empty()) {
      const Attribution& a = attributions[i];
      c.entity = a.entity == EntityTable::kUnnamedSubject
                     ? "the company in " + doc.path  // the path: two folders' a.txt are two articles
                     : a.entity;
      c.confidence = a.entity.empty() ? 0 : a.confidence;
      c.candidates = a.candidates;
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

std::vector<Claim> ExtractClaims(const Document& doc, const Rulebook& rules, bool attribute, bool explain,
                                 std::vector<LearnedAlias>* learned) {
  return Extract(doc, rules, true, attribute, explain, learned);
}

DocumentEntities FindDocumentEntities(const Document& doc, const Rulebook& rules) {
  const NormalizedText normalized = Normalize(doc.plain);
  RecognizeContext context{doc.published};
  return DiscoverEntities(normalized.text, RecognizeQuantities(normalized, rules, context), rules);
}

std::vector<Claim> ExtractMentions(const Document& doc, const Rulebook& rules) {
  return Extract(doc, rules, false, false, false, nullptr);
}

}  // namespace figcheck
