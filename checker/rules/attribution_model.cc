#include "checker/rules/attribution_model.h"

#include <cmath>
#include <cstdio>

#include "checker/rules/yaml_util.h"

namespace figcheck {
namespace {

constexpr const char* kNames[kFeatureCount] = {
    "product_after_event", "agent_after",        "event_subject",   "modified_name_after", "nearest_in_clause",
    "relative_antecedent", "sentence_subject",   "first_after_in_clause", "carried_over", "nearest_in_sentence",
    "in_clause_before",    "party_of_deal",       "possessive",          "weak",               "discovered"};

Result<double> ReadNumber(const RuleFile& file, const YAML::Node& node, const std::string& what) {
  if (!node || !node.IsScalar()) return file.Error(node ? node : file.root, what + " must be a number");
  try {
    size_t used = 0;
    const std::string s = node.Scalar();
    const double v = std::stod(s, &used);
    if (used != s.size() || !std::isfinite(v)) return file.Error(node, what + " must be a number");
    return v;
  } catch (const std::exception&) {
    return file.Error(node, what + " must be a number");
  }
}

}  // namespace

const char* FeatureName(Feature f) { return kNames[static_cast<int>(f)]; }

std::string ThreeDecimals(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

double AttributionModel::Score(FeatureSet features) const {
  double s = 0;
  for (int i = 0; i < kFeatureCount; ++i) {
    if (features & (FeatureSet{1} << i)) s += weights[static_cast<size_t>(i)];
  }
  return s;
}

std::vector<std::string> AttributionModel::Names(FeatureSet features) {
  std::vector<std::string> out;
  for (int i = 0; i < kFeatureCount; ++i) {
    if (features & (FeatureSet{1} << i)) out.emplace_back(kNames[i]);
  }
  return out;
}

Result<AttributionModel> LoadAttributionModel(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  AttributionModel model;
  auto temperature = ReadNumber(*file, file->root["temperature"], "temperature");
  if (!temperature.ok()) return temperature.status();
  if (*temperature <= 0) return file->Error(file->root["temperature"], "temperature must be above 0");
  model.temperature = *temperature;
  const YAML::Node weights = file->root["weights"];
  if (!weights || !weights.IsMap()) return file->Error(file->root, "expected a 'weights' mapping");
  std::array<bool, kFeatureCount> seen{};
  for (const auto& entry : weights) {
    const std::string name = entry.first.Scalar();
    int index = -1;
    for (int i = 0; i < kFeatureCount; ++i) {
      if (name == kNames[i]) index = i;
    }
    if (index < 0) return file->Error(entry.first, "unknown feature '" + name + "'");
    auto w = ReadNumber(*file, entry.second, "weight of '" + name + "'");
    if (!w.ok()) return w.status();
    model.weights[static_cast<size_t>(index)] = *w;
    seen[static_cast<size_t>(index)] = true;
  }
  for (int i = 0; i < kFeatureCount; ++i) {
    if (!seen[static_cast<size_t>(i)]) return file->Error(weights, std::string("no weight for feature '") + kNames[i] + "'");
  }
  return model;
}

}  // namespace figcheck
