// Attribution: which entity and metric a figure is about, and when.
//
// Contract: AttributeQuantities() takes every quantity of one document (in
// text order, as the recogniser returns them) and, for each claim, picks:
//  - entity, first that applies: for a date, a product named right after its
//    event word (the thing launched); an agent after the figure ("sold by
//    BYD"); the nearest company or product before it in its clause (not in a
//    bracketed aside); the name before a relative clause ("BYD, which sold");
//    the first named in its sentence, its subject (not in a leading
//    concessive clause: "Though BYD beat Tesla, the American giant …"); the
//    first named after it in its clause; with an anaphor (這家公司, the
//    company, "the Chinese firm") or no name at all in the sentence (a
//    dropped subject), the subject of the text before it; last, a sector
//    (data centres) or a place named before it. Companies and products win
//    over sectors, sectors over places. Nothing suitable: empty.
//  - metric: among metrics whose cue words stand in the clause (and whose
//    `requires` words stand in the sentence), one of the figure's own
//    dimension, the more specific first, then the nearest cue; with no cue,
//    a figure set against the one before it (低於預期的44萬輛) measures the
//    same. When the nearest cue names a metric of a confusable dimension
//    (energy cue, power figure) the figure is flagged `unit_mismatch`.
//  - as_of: see as_of.h.
//  - aspects: aspect words of metrics.yaml in the figure's clause (a quarter,
//    a full year, an expectation, a change right before the figure), and a
//    place marked as the figure's place (在中國, 美國資料中心): facts of one
//    metric that differ. A figure in brackets right after another restates
//    it (600萬美元（約新台幣1.8億元）) and takes its attribution whole.
// Output is parallel to the input; non-claims get an empty Attribution.
#ifndef FIGCHECK_CLAIMS_ATTRIBUTE_H_
#define FIGCHECK_CLAIMS_ATTRIBUTE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/claims/claim.h"
#include "checker/claims/entity_discovery.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/rulebook.h"
#include "checker/text/normalize.h"
#include "checker/util/civil_date.h"

namespace figcheck {

struct Attribution {
  std::string entity;
  double confidence = 0;  // the chosen entity's softmax share among candidates; 0: no entity
  std::vector<EntityCandidate> candidates;
  std::string metric;
  std::optional<CivilDate> as_of;
  bool as_of_stated = false;  // from a date in the text, not the publication date
  bool unit_mismatch = false;
  std::vector<Aspect> aspects;  // sorted (claim.h)
  std::string how;  // a short account for `explain` (written only when asked for)
  size_t sentence_begin = 0;  // the figure's sentence in the normalised text (begin == end: not found)
  size_t sentence_end = 0;
};

std::vector<Attribution> AttributeQuantities(const NormalizedText& text, const std::vector<Quantity>& quantities,
                                             const Rulebook& rules, const std::optional<CivilDate>& published,
                                             bool explain = false, const DocumentEntities* found = nullptr);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_ATTRIBUTE_H_
