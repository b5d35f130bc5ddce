#include "checker/rules/pattern_rules.h"

#include "checker/rules/yaml_util.h"
#include "checker/text/normalize.h"

namespace figcheck {
namespace {

Result<std::unique_ptr<RE2>> Compile(const RuleFile& file, const YAML::Node& node, const std::string& id,
                                     bool longest) {
  auto text = ReadString(file, node, "re", true);
  if (!text.ok()) return text.status();
  RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(longest);
  auto re = std::make_unique<RE2>(NormalizeString(*text), options);
  if (!re->ok()) return file.Error(node["re"], "pattern '" + id + "': " + re->error());
  return re;
}

// Reads a mapping of word -> T with `convert`, folding the words.
template <typename T, typename Convert>
Status ReadMap(const RuleFile& file, const char* key, std::map<std::string, T>* out, Convert convert) {
  const YAML::Node node = file.root[key];
  if (!node) return Status::Ok();
  if (!node.IsMap()) return file.Error(node, std::string(key) + ": expected a mapping");
  for (const auto& kv : node) {
    std::optional<T> value;
    try {
      value = convert(kv.second);
    } catch (const YAML::Exception&) {
      value.reset();
    }
    if (!value) return file.Error(kv.second, std::string(key) + ": bad value for '" + kv.first.Scalar() + "'");
    (*out)[NormalizeString(kv.first.Scalar())] = *value;
  }
  return Status::Ok();
}

std::optional<int> AsInt(const YAML::Node& n) { return n.as<int>(); }
std::optional<std::string> AsString(const YAML::Node& n) {
  return n.IsScalar() ? std::optional(n.Scalar()) : std::nullopt;
}
std::optional<std::pair<int, int>> AsPair(const YAML::Node& n) {
  if (!n.IsSequence() || n.size() != 2) return std::nullopt;
  return std::pair{n[0].as<int>(), n[1].as<int>()};
}

// A pattern with its named groups made non-capturing (names would clash
// when patterns are combined).
std::string WithoutCaptures(const RE2& re) {
  std::string plain = re.pattern();
  RE2::GlobalReplace(&plain, R"(\(\?P<[A-Za-z0-9_]+>)", "(?:");
  return plain;
}

// One RE2 for a whole table: longest match so the widest pattern at a
// position wins.
Result<std::unique_ptr<RE2>> Combine(const RuleFile& file, const YAML::Node& list, const std::vector<const RE2*>& parts) {
  std::string any;
  for (const RE2* re : parts) any += (any.empty() ? "" : "|") + std::string("(?:") + WithoutCaptures(*re) + ")";
  RE2::Options options;
  options.set_log_errors(false);
  options.set_longest_match(true);
  options.set_never_capture(true);
  auto combined = std::make_unique<RE2>(any.empty() ? std::string("[^\\x00-\\x{10FFFF}]") : any, options);
  if (!combined->ok()) return file.Error(list, "patterns do not combine: " + combined->error());
  return combined;
}

// Every pattern anchored at both ends, added in list order (index i is parts[i]).
Result<std::unique_ptr<RE2::Set>> AnchoredSet(const RuleFile& file, const YAML::Node& list,
                                              const std::vector<const RE2*>& parts) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_never_capture(true);
  auto set = std::make_unique<RE2::Set>(options, RE2::ANCHOR_BOTH);
  for (const RE2* re : parts) {
    std::string error;
    if (set->Add(WithoutCaptures(*re), &error) < 0) return file.Error(list, "patterns do not combine: " + error);
  }
  if (!set->Compile()) return file.Error(list, "patterns do not combine: out of memory");
  return set;
}

// The `patterns` list of a pattern file: for each entry its id and compiled
// `re` are read and handed to `add(entry, id, re)`, which reads the rest;
// then every pattern is combined into one scanner for a single pass.
template <typename Add>
Result<std::unique_ptr<RE2>> ReadPatterns(const RuleFile& file, std::vector<const RE2*>* compiled, Add add) {
  const YAML::Node list = file.root["patterns"];
  if (!list || !list.IsSequence()) return file.Error(file.root, "expected a 'patterns' list");
  for (const auto& entry : list) {
    auto id = ReadString(file, entry, "id", true);
    if (!id.ok()) return id.status();
    auto re = Compile(file, entry, *id, false);
    if (!re.ok()) return re.status();
    compiled->push_back(re->get());
    if (Status s = add(entry, *id, std::move(*re)); !s.ok()) return s;
  }
  return Combine(file, list, *compiled);
}

}  // namespace

Result<DateTable> LoadDateTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  DateTable table;
  std::vector<const RE2*> compiled;
  auto any = ReadPatterns(*file, &compiled, [&](const YAML::Node& entry, const std::string& id, std::unique_ptr<RE2> re) {
    auto claim = ReadString(*file, entry, "claim", true);
    if (!claim.ok()) return claim.status();
    if (*claim != "always" && *claim != "event") {
      return file->Error(entry["claim"], "pattern '" + id + "': claim must be 'always' or 'event'");
    }
    table.patterns.push_back(DatePattern{id, *claim == "always", std::move(re)});
    return Status::Ok();
  });
  if (!any.ok()) return any.status();
  table.any = std::move(*any);
  auto whole = AnchoredSet(*file, file->root["patterns"], compiled);
  if (!whole.ok()) return whole.status();
  table.whole = std::move(*whole);
  for (Status s : {ReadMap(*file, "months", &table.months, AsInt),
                   ReadMap(*file, "relative_years", &table.relative_years, AsInt),
                   ReadMap(*file, "relative_months", &table.relative_months, AsInt),
                   ReadMap(*file, "relative_days", &table.relative_days, AsInt),
                   ReadMap(*file, "quarter_words", &table.quarter_words, AsInt),
                   ReadMap(*file, "weekdays", &table.weekdays, AsInt),
                   ReadMap(*file, "ended_spans", &table.ended_spans, AsInt),
                   ReadMap(*file, "ago_units", &table.ago_units, AsString)}) {
    if (!s.ok()) return s;
  }
  const YAML::Node parts = file->root["parts"];
  if (parts) {
    RuleFile sub{file->path, parts};
    for (Status s : {ReadMap(sub, "year", &table.year_parts, AsPair), ReadMap(sub, "month", &table.month_parts, AsPair)}) {
      if (!s.ok()) return s;
    }
  }
  auto markers = ReadWords(*file, file->root["new_year_markers"], "new_year_markers");
  if (!markers.ok()) return markers.status();
  table.new_year_markers = *markers;
  for (auto [key, matcher] : {std::pair{"event_after", &table.event_after}, {"event_before", &table.event_before},
                              {"event_verbs_before", &table.event_verbs_before},
                              {"since_words", &table.since_words}, {"comparison_words", &table.comparison_words},
                              {"forecast_words", &table.forecast_words}, {"results_words", &table.results_words},
                              {"figure_date_links", &table.figure_date_links}}) {
    auto words = ReadWords(*file, file->root[key], key);
    if (!words.ok()) return words.status();
    for (const auto& w : *words) matcher->Add(w, 0);
  }
  for (auto [key, field] : {std::pair<const char*, int*>{"event_reach", &table.event_reach},
                             {"event_verb_reach", &table.event_verb_reach}}) {
    if (!file->root[key]) continue;
    auto reach = AsString(file->root[key]);
    if (!reach || reach->empty() || reach->size() > 6 || reach->find_first_not_of("0123456789") != std::string::npos) {
      return file->Error(file->root[key], std::string(key) + " must be a whole number");
    }
    *field = std::stoi(*reach);
  }
  return table;
}

Result<ExclusionTable> LoadExclusionTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  ExclusionTable table;
  std::vector<const RE2*> compiled;
  auto any = ReadPatterns(*file, &compiled, [&](const YAML::Node& entry, const std::string& id, std::unique_ptr<RE2> re) {
    auto why = ReadString(*file, entry, "why", false);
    if (!why.ok()) return why.status();
    table.patterns.push_back(ExclusionPattern{id, *why, std::move(re)});
    return Status::Ok();
  });
  if (!any.ok()) return any.status();
  table.any = std::move(*any);
  return table;
}

}  // namespace figcheck
