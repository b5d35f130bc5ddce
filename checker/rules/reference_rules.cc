#include "checker/rules/reference_rules.h"

#include "checker/rules/yaml_util.h"

#include <tuple>

namespace figcheck {
namespace {

Result<Decimal> ReadPositive(const RuleFile& file, const YAML::Node& node, const std::string& what) {
  auto d = node && node.IsScalar() ? Decimal::Parse(node.Scalar()) : std::nullopt;
  if (!d || d->IsNegative() || d->IsZero()) return file.Error(node, what + " must be a decimal > 0");
  return *d;
}

}  // namespace

std::optional<Decimal> ExchangeRateTable::Rate(const std::string& from, const std::string& to, int year) const {
  auto f = per_usd.find(from), t = per_usd.find(to);
  if (f == per_usd.end() || t == per_usd.end()) return std::nullopt;
  auto fy = f->second.find(year), ty = t->second.find(year);
  if (fy == f->second.end() || ty == t->second.end()) return std::nullopt;
  return ty->second.DividedBy(fy->second, 12);
}

std::vector<int> ExchangeRateTable::Years(const std::string& from, const std::string& to) const {
  std::vector<int> out;
  auto f = per_usd.find(from), t = per_usd.find(to);
  if (f == per_usd.end() || t == per_usd.end()) return out;
  for (const auto& [year, rate] : f->second) {
    if (t->second.count(year)) out.push_back(year);
  }
  return out;
}

const ReferenceConstant* ConstantTable::Find(const std::string& id) const {
  for (const auto& c : constants) if (c.id == id) return &c;
  return nullptr;
}

Result<ExchangeRateTable> LoadExchangeRateTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  ExchangeRateTable table;
  auto source = ReadString(*file, file->root, "source", true);
  if (!source.ok()) return source.status();
  table.source = *source;
  const YAML::Node rates = file->root["per_usd"];
  if (!rates || !rates.IsMap()) return file->Error(file->root, "expected a 'per_usd' mapping: currency -> year -> rate");
  for (const auto& currency : rates) {
    const std::string code = currency.first.Scalar();
    if (code.size() != 3) return file->Error(currency.first, "currency must be an ISO 4217 code, got '" + code + "'");
    if (!currency.second.IsMap()) return file->Error(currency.second, code + ": expected year: rate entries");
    for (const auto& entry : currency.second) {
      const std::string y = entry.first.Scalar();
      if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string::npos) {
        return file->Error(entry.first, code + ": expected a year, got '" + y + "'");
      }
      auto rate = ReadPositive(*file, entry.second, code + " " + y);
      if (!rate.ok()) return rate.status();
      table.per_usd[code][std::stoi(y)] = *rate;
    }
  }
  return table;
}

Result<ConstantTable> LoadConstantTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  ConstantTable table;
  const YAML::Node list = file->root["constants"];
  if (!list || !list.IsSequence()) return file->Error(file->root, "expected a 'constants' list");
  for (const auto& entry : list) {
    if (!entry.IsMap()) return file->Error(entry, "each constant must be a mapping");
    ReferenceConstant c;
    for (auto [key, field] : {std::pair{"id", &c.id}, {"unit", &c.unit}, {"source", &c.source}}) {
      auto v = ReadString(*file, entry, key, true);
      if (!v.ok()) return v.status();
      *field = *v;
    }
    auto value = ReadPositive(*file, entry["value"], "constant '" + c.id + "': value");
    if (!value.ok()) return value.status();
    c.value = *value;
    auto names = ReadWords(*file, entry["names"], "constant '" + c.id + "': names");
    if (!names.ok()) return names.status();
    c.names = std::move(*names);
    table.constants.push_back(std::move(c));
  }
  return table;
}

Result<RangeTable> LoadRangeTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  RangeTable table;
  const YAML::Node list = file->root["ranges"];
  if (!list || !list.IsSequence()) return file->Error(file->root, "expected a 'ranges' list");
  for (const auto& entry : list) {
    if (!entry.IsMap()) return file->Error(entry, "each range must be a mapping");
    PlausibleRange r;
    for (auto [key, field, required] : {std::tuple{"metric", &r.metric, true}, {"aspect", &r.aspect, false},
                                        {"unit", &r.unit, true}, {"source", &r.source, true}}) {
      auto v = ReadString(*file, entry, key, required);
      if (!v.ok()) return v.status();
      *field = *v;
    }
    for (auto [key, bound] : {std::pair{"min", &r.min}, std::pair{"max", &r.max}}) {
      if (!entry[key]) continue;
      auto d = entry[key].IsScalar() ? Decimal::Parse(entry[key].Scalar()) : std::nullopt;
      if (!d) return file->Error(entry[key], "range for '" + r.metric + "': " + key + " must be a decimal");
      *bound = *d;
    }
    if (!r.min && !r.max) return file->Error(entry, "range for '" + r.metric + "' needs a min or a max");
    table.ranges.push_back(std::move(r));
  }
  return table;
}

}  // namespace figcheck
