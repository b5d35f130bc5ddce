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

struct CheckSettings {
  Decimal rounding = *Decimal::Parse("0.005");
  Decimal about = *Decimal::Parse("0.10");
  Decimal over_slack = *Decimal::Parse("0.5");
  Decimal under_slack = *Decimal::Parse("0.5");
  int about_days = 45;
  std::vector<CheckRule> checks;

  // The rule with this id, or nullptr when unknown or disabled.
  const CheckRule* Enabled(const std::string& id) const;
};

Result<CheckSettings> LoadCheckSettings(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_CHECK_RULES_H_
