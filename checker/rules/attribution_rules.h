// Entity and metric tables (rules/entities.yaml, rules/metrics.yaml).
//
// Contract: aliases, anaphors and cue words are folded like article text and
// held in WordMatchers, so finding "which entity (metric cue) is named here"
// is a trie walk. Payloads index `entities` / `cues`. Errors: "PATH:LINE: …".
#ifndef FIGCHECK_RULES_ATTRIBUTION_RULES_H_
#define FIGCHECK_RULES_ATTRIBUTION_RULES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/quantity/quantity.h"
#include "checker/rules/word_matcher.h"
#include "checker/util/status.h"

namespace figcheck {

struct EntityRule {
  std::string name;
  std::string kind;
  std::optional<int> founded;
  int founded_month = 0;  // 1-12 when entities.yaml gives YYYY-MM; 0: only the year
};

struct EntityTable {
  std::vector<EntityRule> entities;
  WordMatcher aliases;    // payload: index into entities
  WordMatcher anaphors;   // payload 0

  const EntityRule* Find(const std::string& name) const;
};

struct MetricRule {
  std::string id;
  Dimension dimension = Dimension::kNone;
  bool increasing = false;  // monotonic: increasing
  bool has_requires = false;
  bool compare = true;      // false: too generic to compare across articles
};

// A word class that splits one metric into distinct facts (quarter vs year,
// expected vs reported).
struct AspectRule {
  std::string id;
  std::string family;  // aspects of one family exclude each other; empty: a flag
  bool frame_scope = false;  // also a word that ends the previous clause (預估，…)
};

struct MetricTable {
  std::vector<MetricRule> metrics;
  // One matcher over every cue word; a word may serve several metrics, so the
  // payload indexes `cue_uses`: the (metric, is_requires) pairs that word serves.
  WordMatcher cues;
  std::vector<std::vector<std::pair<int, bool>>> cue_uses;
  std::vector<std::pair<Dimension, Dimension>> confusable;
  std::vector<AspectRule> aspects;
  WordMatcher aspect_words;  // payload: index into aspects

  const MetricRule* Find(const std::string& id) const;
  // The family of an aspect id ("quarter" -> "period"); "place" for "in X"; the id itself for a flag.
  std::string AspectFamily(const std::string& id) const;
  bool IsFlag(const std::string& id) const;
  bool Confusable(Dimension a, Dimension b) const;
};

Result<EntityTable> LoadEntityTable(const std::string& path);
Result<MetricTable> LoadMetricTable(const std::string& path);

}  // namespace figcheck

#endif  // FIGCHECK_RULES_ATTRIBUTION_RULES_H_
