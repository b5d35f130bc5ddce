// Rulebook: the whole rule pack (rules/*.yaml) loaded into typed tables.
//
// Contract: Load() reads every rule file of a directory and returns the
// first error as "PATH:LINE: message"; Lint() reads them all and returns
// every problem found (one per file at most, since a file stops at its first
// error), empty when the pack is sound. A loaded Rulebook is immutable and
// shared by all threads.
#ifndef FIGCHECK_RULES_RULEBOOK_H_
#define FIGCHECK_RULES_RULEBOOK_H_

#include <string>
#include <vector>

#include "checker/quantity/numeral.h"
#include "checker/rules/attribution_model.h"
#include "checker/rules/attribution_rules.h"
#include "checker/rules/check_rules.h"
#include "checker/rules/discovery_rules.h"
#include "checker/rules/pattern_rules.h"
#include "checker/rules/fiscal_calendar_rules.h"
#include "checker/rules/reference_rules.h"
#include "checker/rules/unit_rules.h"
#include "checker/rules/word_matcher.h"
#include "checker/util/status.h"

namespace figcheck {

struct Rulebook {
  std::string dir;
  NumeralTable numerals;
  UnitTable units;
  CountTable counts;
  QualifierTable qualifiers;
  ChangeTable changes;
  DateTable dates;
  ExclusionTable exclusions;
  EntityTable entities;
  DiscoveryTable discovery;          // discovery.yaml and the lexicon it names
  MetricTable metrics;
  AttributionModel attribution;      // attribution.yaml: the weights that choose an entity
  CheckSettings checks;
  ExchangeRateTable exchange_rates;  // reference/exchange_rates.yaml
  ConstantTable constants;           // reference/constants.yaml
  RangeTable ranges;                 // reference/ranges.yaml
  FiscalCalendarTable fiscal;        // reference/fiscal_calendars.yaml
  // Joint prefilters of word lists scanned together over every document
  // (lane_scan.h), merged once on load.
  StartFilter discovery_starts;      // entity aliases, organisation suffixes, lexicon organisations
  StartFilter paragraph_starts;      // entity aliases, anaphors, metric cues, aspect words
};

// The rule pack shipped with figcheck (FIGCHECK_RULES env var, else the build's source tree).
std::string DefaultRulesDir();

Result<std::unique_ptr<Rulebook>> LoadRulebook(const std::string& dir);
std::vector<Status> LintRules(const std::string& dir);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_RULEBOOK_H_
