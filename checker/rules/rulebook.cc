#include "checker/rules/rulebook.h"

#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>

#include "checker/rules/yaml_util.h"

namespace figcheck {
namespace {

// One entry per rule file: its name and how to load it into a Rulebook.
struct RuleFileLoader {
  const char* name;
  std::function<Status(const std::string& path, Rulebook* book)> load;
};

template <typename T, typename Fn>
Status Assign(Fn fn, const std::string& path, T* field) {
  auto r = fn(path);
  if (!r.ok()) return r.status();
  *field = std::move(*r);
  return Status::Ok();
}

const std::vector<RuleFileLoader>& Loaders() {
  static const std::vector<RuleFileLoader> kLoaders = {
      {"numerals.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadNumeralTable, p, &b->numerals); }},
      {"units.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadUnitTable, p, &b->units); }},
      {"counts.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadCountTable, p, &b->counts); }},
      {"qualifiers.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadQualifierTable, p, &b->qualifiers); }},
      {"changes.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadChangeTable, p, &b->changes); }},
      {"dates.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadDateTable, p, &b->dates); }},
      {"exclusions.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadExclusionTable, p, &b->exclusions); }},
      {"entities.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadEntityTable, p, &b->entities); }},
      {"discovery.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadDiscoveryTable, p, &b->discovery); }},
      {"metrics.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadMetricTable, p, &b->metrics); }},
      {"attribution.yaml",
       [](const std::string& p, Rulebook* b) { return Assign(LoadAttributionModel, p, &b->attribution); }},
      {"checks.yaml", [](const std::string& p, Rulebook* b) { return Assign(LoadCheckSettings, p, &b->checks); }},
      {"reference/exchange_rates.yaml",
       [](const std::string& p, Rulebook* b) { return Assign(LoadExchangeRateTable, p, &b->exchange_rates); }},
      {"reference/constants.yaml",
       [](const std::string& p, Rulebook* b) { return Assign(LoadConstantTable, p, &b->constants); }},
      {"reference/ranges.yaml",
       [](const std::string& p, Rulebook* b) { return Assign(LoadRangeTable, p, &b->ranges); }},
      {"reference/fiscal_calendars.yaml",
       [](const std::string& p, Rulebook* b) { return Assign(LoadFiscalCalendarTable, p, &b->fiscal); }},
  };
  return kLoaders;
}

// A unit's `aspect` must be an aspect metrics.yaml defines.
Status CheckUnitAspects(const Rulebook& book, const std::string& dir) {
  for (const auto& u : book.units.units) {
    if (u.aspect.empty()) continue;
    const auto& aspects = book.metrics.aspects;
    if (std::none_of(aspects.begin(), aspects.end(), [&](const AspectRule& a) { return a.id == u.aspect; })) {
      return Status::InvalidInput((std::filesystem::path(dir) / "units.yaml").string() + ": unit '" + u.id +
                             "': aspect '" + u.aspect + "' is not an aspect of metrics.yaml");
    }
  }
  return Status::Ok();
}

}  // namespace

std::string DefaultRulesDir() {
  if (const char* env = std::getenv("FIGCHECK_RULES"); env != nullptr && *env != '\0') return env;
  return FIGCHECK_DEFAULT_RULES;
}

Result<std::unique_ptr<Rulebook>> LoadRulebook(const std::string& dir) {
  if (!std::filesystem::is_directory(dir)) return Status::NotFound(dir + ": rule directory not found");
  auto book = std::make_unique<Rulebook>();
  book->dir = dir;
  for (const auto& loader : Loaders()) {
    Status s = loader.load((std::filesystem::path(dir) / loader.name).string(), book.get());
    if (!s.ok()) return s;
  }
  // The numeral scanner must stop before unit words that start with a scale character.
  book->numerals.scale_led_units = book->units.scale_led_words;
  if (Status s = CheckUnitAspects(*book, dir); !s.ok()) return s;
  for (const WordMatcher* m : {&book->entities.aliases, &book->discovery.organisation_suffixes,
                               &book->discovery.lexicon_organisations}) {
    book->discovery_starts.Merge(m->starts());
  }
  for (const WordMatcher* m : {&book->entities.aliases, &book->entities.anaphors, &book->metrics.cues,
                               &book->metrics.aspect_words}) {
    book->paragraph_starts.Merge(m->starts());
  }
  return book;
}

std::vector<Status> LintRules(const std::string& dir) {
  std::vector<Status> problems;
  if (!std::filesystem::is_directory(dir)) {
    problems.push_back(Status::NotFound(dir + ": rule directory not found"));
    return problems;
  }
  Rulebook scratch;
  for (const auto& loader : Loaders()) {
    Status s = loader.load((std::filesystem::path(dir) / loader.name).string(), &scratch);
    if (!s.ok()) problems.push_back(s);
  }
  if (problems.empty()) {
    if (Status s = CheckUnitAspects(scratch, dir); !s.ok()) problems.push_back(s);
  }
  return problems;
}

}  // namespace figcheck
