#include "checker/rules/check_rules.h"

#include <algorithm>

#include "checker/rules/yaml_util.h"

namespace figcheck {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

bool ParseSeverity(std::string_view name, Severity* out) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    if (SeverityName(s) == name) {
      *out = s;
      return true;
    }
  }
  return false;
}

Decimal CheckRule::Number(const std::string& key, const Decimal& fallback) const {
  auto it = numbers.find(key);
  return it == numbers.end() ? fallback : it->second;
}

const std::vector<std::string>& CheckRule::Words(const std::string& key) const {
  static const std::vector<std::string> kNone;
  auto it = words.find(key);
  return it == words.end() ? kNone : it->second;
}

namespace {

// `parameters:` of one check: decimals and word lists, each error at its line.
Status ReadParameters(const RuleFile& file, const YAML::Node& node, CheckRule* rule) {
  if (!node || node.IsNull()) return Status::Ok();
  if (!node.IsMap()) return file.Error(node, "check '" + rule->id + "': parameters must be a mapping");
  for (const auto& item : node) {
    const std::string key = item.first.Scalar();
    const YAML::Node& value = item.second;
    if (value.IsSequence()) {
      auto words = ReadWords(file, value, "check '" + rule->id + "' parameter " + key);
      if (!words.ok()) return words.status();
      rule->words[key] = std::move(*words);
      continue;
    }
    auto d = value.IsScalar() ? Decimal::Parse(value.Scalar()) : std::nullopt;
    if (!d) {
      return file.Error(value, "check '" + rule->id + "' parameter " + key + " must be a decimal or a list of words");
    }
    rule->numbers[key] = *d;
  }
  return Status::Ok();
}

// `confidence:` of checks.yaml; every number a decimal, every weight a known feature.
Status ReadConfidence(const RuleFile& file, const YAML::Node& node, ConfidenceModel* model) {
  if (!node) return Status::Ok();
  if (!node.IsMap()) return file.Error(node, "confidence must be a map");
  auto number = [&](const YAML::Node& parent, const std::string& key, Decimal* out, bool signed_ok) -> Status {
    auto text = ReadString(file, parent, key, false);
    if (!text.ok()) return text.status();
    if (text->empty()) return Status::Ok();
    auto d = Decimal::Parse(*text);
    if (!d || (!signed_ok && d->IsNegative())) return file.Error(parent[key], "confidence " + key + " must be a decimal");
    *out = *d;
    return Status::Ok();
  };
  for (auto [key, field] : {std::pair{"threshold", &model->threshold}, {"far_ratio", &model->far_ratio},
                            {"small_count", &model->small_count}, {"estimate_spread", &model->estimate_spread},
                            {"scattered_values", &model->scattered_values}}) {
    if (Status s = number(node, key, field, false); !s.ok()) return s;
  }
  if (Status s = number(node, "bias", &model->bias, true); !s.ok()) return s;
  if (Decimal(1) < model->threshold) return file.Error(node["threshold"], "confidence threshold must be between 0 and 1");
  for (auto [key, field] : {std::pair{"pair_kinds", &model->pair_kinds}, {"gap_families", &model->gap_families},
                             {"forecast_aspects", &model->forecast_aspects},
                             {"market_estimate_aspects", &model->market_estimate_aspects}}) {
    if (!node[key]) continue;
    auto words = ReadWords(file, node[key], key);
    if (!words.ok()) return words.status();
    *field = *words;
  }
  const YAML::Node weights = node["weights"];
  if (!weights) return Status::Ok();
  if (!weights.IsMap()) return file.Error(weights, "confidence weights must be a map of feature: decimal");
  for (const auto& entry : weights) {
    const std::string feature = entry.first.as<std::string>();
    const bool known = std::any_of(std::begin(kConfidenceFeatures), std::end(kConfidenceFeatures),
                                   [&](const char* f) { return feature == f; });
    if (!known) return file.Error(entry.first, "unknown confidence feature '" + feature + "'");
    Decimal w;
    if (Status s = number(weights, feature, &w, true); !s.ok()) return s;
    model->weights[feature] = w;
  }
  return Status::Ok();
}

}  // namespace

Decimal ConfidenceModel::Weight(const std::string& feature) const {
  auto it = weights.find(feature);
  return it == weights.end() ? Decimal(0) : it->second;
}

const CheckRule* CheckSettings::Enabled(const std::string& id) const {
  for (const auto& c : checks) if (c.id == id) return c.enabled ? &c : nullptr;
  return nullptr;
}

Result<CheckSettings> LoadCheckSettings(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  CheckSettings settings;
  const YAML::Node tol = file->root["tolerance"];
  if (tol) {
    for (auto [key, field] : {std::pair{"rounding", &settings.rounding}, {"about", &settings.about},
                              {"over_slack", &settings.over_slack}, {"under_slack", &settings.under_slack}}) {
      auto text = ReadString(*file, tol, key, false);
      if (!text.ok()) return text.status();
      if (text->empty()) continue;
      auto d = Decimal::Parse(*text);
      if (!d || d->IsNegative()) return file->Error(tol[key], std::string("tolerance ") + key + " must be a decimal >= 0");
      *field = *d;
    }
    auto days = ReadString(*file, tol, "about_days", false);
    if (!days.ok()) return days.status();
    if (!days->empty()) {
      // At most six digits: std::stoi must not throw out of the loader.
      if (days->size() > 6 || days->find_first_not_of("0123456789") != std::string::npos) {
        return file->Error(tol["about_days"], "about_days must be a whole number of days (at most 999999)");
      }
      settings.about_days = std::stoi(*days);
    }
  }
  if (Status c = ReadConfidence(*file, file->root["confidence"], &settings.confidence); !c.ok()) return c;
  const YAML::Node list = file->root["checks"];
  if (!list || !list.IsSequence()) return file->Error(file->root, "expected a 'checks' list");
  for (const auto& entry : list) {
    CheckRule rule;
    for (auto [key, field] : {std::pair{"id", &rule.id}, {"kind", &rule.kind}, {"description", &rule.description},
                              {"example", &rule.example}}) {
      auto v = ReadString(*file, entry, key, std::string(key) == "id" || std::string(key) == "kind");
      if (!v.ok()) return v.status();
      *field = *v;
    }
    auto severity = ReadString(*file, entry, "severity", true);
    if (!severity.ok()) return severity.status();
    if (!ParseSeverity(*severity, &rule.severity)) {
      return file->Error(entry["severity"], "check '" + rule.id + "': severity must be error, warning or info");
    }
    auto enabled = ReadString(*file, entry, "enabled", false);
    if (!enabled.ok()) return enabled.status();
    rule.enabled = *enabled != "false";
    if (Status p = ReadParameters(*file, entry["parameters"], &rule); !p.ok()) return p;
    settings.checks.push_back(std::move(rule));
  }
  return settings;
}

}  // namespace figcheck
