// Check settings (rules/checks.yaml): which checks run, how severe each
// finding is, and the tolerances that decide when two figures can both hold.
// Errors name file and line.
#ifndef FIGCHECK_RULES_CHECK_RULES_H_
#define FIGCHECK_RULES_CHECK_RULES_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checker/quantity/decimal.h"
#include "checker/util/status.h"

namespace figcheck {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };
std::string_view SeverityName(Severity s);
bool ParseSeverity(std::string_view name, Severity* out);

struct CheckRule {
  std::string id;
  std::string kind;
  Severity severity = Severity::kWarning;
  bool enabled = true;
  std::string description;
  std::string example;  // a sentence the check fires on, for `figcheck explain RULE-ID`
  // `parameters:` of the check. A scalar is a decimal (tolerances, counts); a
  // list is a list of words, folded like article text (cue words, metric ids).
  std::map<std::string, Decimal> numbers;
  std::map<std::string, std::vector<std::string>> words;

  // The parameter `key`, or `fallback` when the rule file does not set it.
  Decimal Number(const std::string& key, const Decimal& fallback) const;
  // The word list `key`; empty when the rule file does not set it.
  const std::vector<std::string>& Words(const std::string& key) const;
};

// How sure a finding is that its claims are one fact (compare/finding_confidence.h):
// confidence = 1 / (1 + e^-(bias + the weights of the evidence that holds)).
struct ConfidenceModel {
  Decimal threshold = *Decimal::Parse("0.5");  // below it, a warning or error is a note
  Decimal bias = 2;
  std::map<std::string, Decimal> weights;      // by feature name (kConfidenceFeatures)
  Decimal far_ratio = 10;                      // figures this many times apart are `far_apart`
  Decimal small_count = 10;                    // counts all below this are a `small_count`
  Decimal estimate_spread = *Decimal::Parse("0.05");  // market estimates this close are a `market_estimate`
  Decimal scattered_values = 4;                // this many different figures for one date are `scattered`
  std::vector<std::string> pair_kinds;         // finding kinds that compare two statements of a fact
  std::vector<std::string> gap_families;       // aspect families an `identity_gap` is counted in
  std::vector<std::string> forecast_aspects;   // flags that make every claim a `forecast`
  std::vector<std::string> market_estimate_aspects;  // flags that make every claim a `market_estimate`

  Decimal Weight(const std::string& feature) const;  // 0 when unset
};
// The features a weight may name.
inline constexpr const char* kConfidenceFeatures[] = {
    "attribution", "one_document", "one_document_periodic", "far_apart",       "adjacent_days", "period_unstated",
    "identity_gap", "forecast",    "small_count",           "market_estimate", "scattered",     "moving_undated"};

struct CheckSettings {
  Decimal rounding = *Decimal::Parse("0.005");
  Decimal about = *Decimal::Parse("0.10");
  Decimal over_slack = *Decimal::Parse("0.5");
  Decimal under_slack = *Decimal::Parse("0.5");
  int about_days = 45;
  std::vector<CheckRule> checks;
  ConfidenceModel confidence;

  // The rule with this id, or nullptr when unknown or disabled.
  const CheckRule* Enabled(const std::string& id) const;
};

Result<CheckSettings> LoadCheckSettings(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_CHECK_RULES_H_
