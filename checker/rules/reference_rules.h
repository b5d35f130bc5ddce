// Reference tables (rules/reference/*.yaml): outside facts the internal
// consistency checks compare figures against.
//
// Contract: exchange_rates.yaml holds yearly average rates, units of each
// currency per US dollar, with the source named in the file; constants.yaml
// holds reference constants (US household electricity use, hours per year),
// each with its value, canonical unit, the words that name what it counts,
// and its source; ranges.yaml holds the values a figure of a metric (and
// aspect) can plausibly take, each with its source. Every value is an exact
// Decimal. Errors: "PATH:LINE: …".
#ifndef FIGCHECK_RULES_REFERENCE_RULES_H_
#define FIGCHECK_RULES_REFERENCE_RULES_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/quantity/decimal.h"
#include "checker/util/status.h"

namespace figcheck {

struct ExchangeRateTable {
  std::string source;
  // currency (ISO 4217) -> year -> units of that currency per 1 USD.
  std::map<std::string, std::map<int, Decimal>> per_usd;

  // Units of `to` per one unit of `from` in `year`; nullopt when either is unknown.
  std::optional<Decimal> Rate(const std::string& from, const std::string& to, int year) const;
  // Every year both currencies have a rate for.
  std::vector<int> Years(const std::string& from, const std::string& to) const;
};

struct ReferenceConstant {
  std::string id;
  Decimal value;                    // in `unit`
  std::string unit;                 // canonical unit: Wh, h, …
  std::vector<std::string> names;   // words naming what one unit of it is (美國家庭, US households); folded
  std::string source;
};

struct ConstantTable {
  std::vector<ReferenceConstant> constants;
  const ReferenceConstant* Find(const std::string& id) const;
};

// The values a metric's figures can plausibly take (an LLM's token price per
// thousand tokens is at most a few tenths of a dollar): a figure outside is
// implausible as written, most often a wrong unit or scale.
struct PlausibleRange {
  std::string metric;
  std::string aspect;  // "" = any figure of the metric; else only those with this aspect
  std::string unit;    // canonical unit the bounds are in
  std::optional<Decimal> min, max;
  std::string source;
};

struct RangeTable {
  std::vector<PlausibleRange> ranges;
};

Result<ExchangeRateTable> LoadExchangeRateTable(const std::string& path);
Result<ConstantTable> LoadConstantTable(const std::string& path);
Result<RangeTable> LoadRangeTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_REFERENCE_RULES_H_
