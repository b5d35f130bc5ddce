// The attribution model (rules/attribution.yaml): how a figure's entity is
// chosen among the names around it.
//
// Contract: every candidate entity of a figure carries a set of features
// (where it stands relative to the figure, what kind of name it is); its
// score is the sum of the weights of its features, and the candidate with the
// highest score is chosen (ties: the first offered). A claim's confidence is
// the chosen candidate's share of softmax(score / temperature) over its
// candidates. The weights are data, refitted on the visible gold sets by
// tools/fit_attribution.py (reproducible: the same gold, the same weights).
// Errors: "PATH:LINE: …", an unknown or missing feature included.
#ifndef FIGCHECK_RULES_ATTRIBUTION_MODEL_H_
#define FIGCHECK_RULES_ATTRIBUTION_MODEL_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "checker/util/status.h"

namespace figcheck {

// One bit per feature. Position features say which reading of the sentence
// offers the candidate; the others say what the candidate is.
enum class Feature : int {
  kProductAfterEvent,   // a date's product named right after its event word (發布了GPT-5.2)
  kAgentAfter,          // the agent after the figure ("sold by BYD", 被比亞迪)
  kEventSubject,        // a date's sentence subject (who the event is of)
  kModifiedNameAfter,   // the name a relative clause ending in 的 describes
  kNearestInClause,     // the nearest strong name before it in its clause
  kRelativeAntecedent,  // the name right before the relative clause it stands in
  kSentenceSubject,     // the first name of its sentence (after concessives, reporting verbs)
  kFirstAfterInClause,  // the first name after it in its clause
  kCarriedOver,         // no name before it in its sentence, or an anaphor: the subject carried over
  kNearestInSentence,   // named before it in its sentence
  kInClauseBefore,      // the nearest strong name in the clause before its own, which names none
  kPartyOfDeal,         // the first of two parties of a deal named before it (A 與 B 洽談…)
  kPossessive,          // written as a possessor (X的, X's) before the figure
  kWeak,                // a place, sector, person or passing mention
  kDiscovered,          // not in the rule book
  kCount
};
constexpr int kFeatureCount = static_cast<int>(Feature::kCount);
using FeatureSet = uint32_t;
constexpr FeatureSet Bit(Feature f) { return FeatureSet{1} << static_cast<int>(f); }
const char* FeatureName(Feature f);
// A score or confidence as written for people and the ledger: three decimals ("0.796").
std::string ThreeDecimals(double v);

struct AttributionModel {
  std::array<double, kFeatureCount> weights{};
  double temperature = 1.0;

  double Score(FeatureSet features) const;
  // The names of the features in `features`, in enum order.
  static std::vector<std::string> Names(FeatureSet features);
};

Result<AttributionModel> LoadAttributionModel(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_ATTRIBUTION_MODEL_H_
