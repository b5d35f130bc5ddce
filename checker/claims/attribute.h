// Attribution: which entity and metric a figure is about, and when.
//
// Contract: AttributeQuantities() takes every quantity of one document (in
// text order, as the recogniser returns them) and, for each claim, picks:
//  - entity: for a date, a product named after it in its sentence (the thing
//    launched); else the nearest entity named before the figure in its clause, else the
//    first named in its sentence (its subject), else just after it in its clause
//    (its sentence, for a date: 今年初，一家公司推出…); companies and
//    products win over countries. A sentence whose subject is an anaphor
//    (這家公司, 其, the company) takes the last entity named earlier in the
//    paragraph. Nothing suitable: empty (precision first).
//  - metric: among metrics whose cue words stand in the clause (and whose
//    `requires` words stand in the sentence), one of the figure's own
//    dimension, the more specific first, then the nearest cue. When the
//    nearest cue names a metric of a confusable dimension (energy cue, power
//    figure) the figure is flagged `unit_mismatch` with that metric.
//  - as_of: for figures other than dates, the nearest date in the clause,
//    else in the sentence; a duration after "以來/since" that date moves it
//    on (自2022年11月推出以來，17個月內 -> 2024-04); else the publication date.
//  - aspects: aspect words of metrics.yaml in the figure's clause (a quarter,
//    a full year, an expectation): facts of one metric that differ.
// Output is parallel to the input; non-claims get an empty Attribution.
#ifndef FIGCHECK_CLAIMS_ATTRIBUTE_H_
#define FIGCHECK_CLAIMS_ATTRIBUTE_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/quantity/quantity.h"
#include "checker/rules/rulebook.h"
#include "checker/text/normalize.h"
#include "checker/util/civil_date.h"

namespace figcheck {

struct Attribution {
  std::string entity;
  std::string metric;
  std::optional<std::string> as_of;
  bool as_of_stated = false;  // from a date in the text, not the publication date
  bool unit_mismatch = false;
  std::vector<std::string> aspects;  // sorted aspect ids found in the clause (metrics.yaml `aspects`)
  std::string how;  // a short account for `explain` (written only when asked for)
};

std::vector<Attribution> AttributeQuantities(const NormalizedText& text, const std::vector<Quantity>& quantities,
                                             const Rulebook& rules, const std::optional<CivilDate>& published,
                                             bool explain = false);

}  // namespace figcheck

#endif  // FIGCHECK_CLAIMS_ATTRIBUTE_H_
