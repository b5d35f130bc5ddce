// Claim: a figure found in a document, traceable to file:line:column.
//
// Contract: the unit of everything downstream (comparison, reports). Fields
// mirror shared/CONTRACT.md one to one; `entity` and `metric` are empty when
// attribution is unsure (precision first), and printed as null.
#ifndef FIGCHECK_CLAIMS_CLAIM_H_
#define FIGCHECK_CLAIMS_CLAIM_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/claims/aspect.h"
#include "checker/claims/figure_value.h"
#include "checker/quantity/quantity.h"
#include "checker/rules/attribution_model.h"
#include "checker/util/civil_date.h"

namespace figcheck {

// A name a figure may be about, its score under rules/attribution.yaml and
// the features that gave it (see attribution_model.h).
struct EntityCandidate {
  std::string entity;
  double score = 0;
  FeatureSet features = 0;
};

// Two names of one entity learned in a document (a bracket: 小鵬汽車（XPeng）,
// 輝達（英偉達）): the corpus unifies them across documents (entity_unify.h).
struct LearnedAlias {
  std::string entity;  // the name the document gave the entity
  std::string alias;   // the other name
  std::string where;   // "doc: learned from the bracket '…'"
};

struct Claim {
  std::string doc;
  int line = 0;
  int column = 0;
  std::string text;         // exact source text of the figure
  std::string entity;       // "" = unknown
  // The chosen entity's share of softmax(score) among its candidates (0..1;
  // 0 with no entity), and the candidates (written with `claims --candidates`).
  double confidence = 0;
  std::vector<EntityCandidate> candidates;
  std::string metric;       // "" = unknown
  Dimension dimension = Dimension::kNone;
  FigureValue value;  // in `unit` (figure_value.h: typed; text only at the edges)
  std::string unit;
  Qualifier qualifier = Qualifier::kExact;
  std::optional<FigureValue> low;
  std::optional<FigureValue> high;
  std::optional<CivilDate> as_of;  // the date the figure is stated for, at its precision
  // as_of comes from a date stated near the figure, not the publication date.
  bool as_of_stated = false;
  // One unit of the last digit written ("225萬": 10000), when it can be read;
  // comparison allows half of it either way (see checker/quantity/resolution.h).
  std::optional<Decimal> resolution;
  std::string rule;         // which rule produced it (for explain)
  // The nearest metric cue names a metric of a confusable dimension (年用電量
  // given in GW): `metric` is that metric, and the figure's unit is suspect.
  bool unit_mismatch = false;
  // Aspects that make it a distinct fact of its metric (quarter, year, expected …), sorted.
  std::vector<Aspect> aspects;
  std::string attribution;  // how entity, metric and as-of were chosen (for explain)
  // Where the figure stands, for checks that read the words around figures
  // ("from A to B", 約新台幣, 分別): where its sentence starts in the
  // normalised text (claims with equal doc and sentence share one sentence),
  // the text of that sentence (clipped to a window around the figure on long
  // sentences) and the figure's byte span in it. Not part of the output contract.
  long sentence = -1;
  std::string context;
  size_t context_begin = 0;
  size_t context_end = 0;
};

// A sector narrowed to a place is named by both: "US data centres". Attribution
// writes this name; checks that relate a part to its whole read it back.
inline std::string PlaceNarrowed(const std::string& place, const std::string& sector) { return place + " " + sector; }


// The part of a claim's comparison key that finds its possible partners:
// conflicts are only ever found within one entity and metric.
struct EntityMetric {
  std::string entity;
  std::string metric;
  auto operator<=>(const EntityMetric&) const = default;
};

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_CLAIM_H_
