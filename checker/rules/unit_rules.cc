#include "checker/rules/unit_rules.h"

#include "checker/rules/yaml_util.h"
#include "checker/util/utf8.h"

namespace figcheck {
namespace {

// Characters that can begin a scaled numeral (十百千万亿兆): a unit word that
// starts with one must stop the numeral scanner (千兆瓦 is a unit, not 10^15).
bool StartsWithScaleChar(const std::string& word) {
  if (word.empty()) return false;
  size_t len = 0;
  const char32_t cp = utf8::Decode(word, 0, &len);
  for (char32_t s : {U'十', U'百', U'千', U'万', U'亿', U'兆'}) if (cp == s) return true;
  return false;
}

Status AddWords(const RuleFile& file, const YAML::Node& entry, const char* key, int index, bool case_sensitive,
                WordMatcher* matcher, std::vector<std::string>* scale_led) {
  auto words = ReadWords(file, entry[key], key);
  if (!words.ok()) return words.status();
  for (const auto& w : *words) {
    matcher->Add(w, index, case_sensitive);
    if (scale_led != nullptr && StartsWithScaleChar(w)) scale_led->push_back(w);
  }
  return Status::Ok();
}

}  // namespace

Result<UnitTable> LoadUnitTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  const YAML::Node list = file->root["units"];
  if (!list || !list.IsSequence()) return file->Error(file->root, "expected a 'units' list");
  UnitTable table;
  for (const auto& entry : list) {
    if (!entry.IsMap()) return file->Error(entry, "each unit must be a mapping");
    UnitRule rule;
    auto id = ReadString(*file, entry, "id", true);
    if (!id.ok()) return id.status();
    rule.id = *id;
    auto dim = ReadString(*file, entry, "dimension", true);
    if (!dim.ok()) return dim.status();
    auto parsed = ParseDimension(*dim);
    if (!parsed || *parsed == Dimension::kNone || *parsed == Dimension::kDate) {
      return file->Error(entry["dimension"], "unit '" + rule.id + "': unknown dimension '" + *dim + "'");
    }
    rule.dimension = *parsed;
    auto unit = ReadString(*file, entry, "unit", true);
    if (!unit.ok()) return unit.status();
    rule.unit = *unit;
    auto factor = ReadString(*file, entry, "factor", false);
    if (!factor.ok()) return factor.status();
    if (!factor->empty()) {
      auto f = Decimal::Parse(*factor);
      if (!f || f->IsZero() || f->IsNegative()) {
        return file->Error(entry["factor"], "unit '" + rule.id + "': factor must be a positive decimal");
      }
      rule.factor = *f;
    }
    auto iso = ReadString(*file, entry, "iso", false);
    if (!iso.ok()) return iso.status();
    rule.iso = *iso;
    if (rule.dimension == Dimension::kDuration && rule.iso.empty()) {
      return file->Error(entry, "duration unit '" + rule.id + "' needs an 'iso' designator (Y M W D H MIN)");
    }
    auto claim = ReadString(*file, entry, "claim", false);
    if (!claim.ok()) return claim.status();
    rule.claim = *claim != "false";
    auto context = ReadString(*file, entry, "context", false);
    if (!context.ok()) return context.status();
    rule.context = *context == "true";
    auto not_followed = ReadWords(*file, entry["not_followed_by"], "not_followed_by");
    if (!not_followed.ok()) return not_followed.status();
    rule.not_followed_by = *not_followed;
    auto aspect = ReadString(*file, entry, "aspect", false);
    if (!aspect.ok()) return aspect.status();
    rule.aspect = *aspect;
    for (const auto& key : entry) {
      static const char* kKnown[] = {"id", "dimension", "unit", "factor", "iso", "claim", "context", "not_followed_by", "aspect",
                                     "after", "before", "symbols", "symbols_before"};
      bool known = false;
      for (const char* k : kKnown) known |= key.first.Scalar() == k;
      if (!known) return file->Error(key.first, "unit '" + rule.id + "': unknown key '" + key.first.Scalar() + "'");
    }
    const int index = static_cast<int>(table.units.size());
    for (auto [key, cs, matcher] : {std::tuple{"after", false, &table.after}, {"symbols", true, &table.after},
                                    {"before", false, &table.before}, {"symbols_before", true, &table.before}}) {
      Status s = AddWords(*file, entry, key, index, cs, matcher, matcher == &table.after ? &table.scale_led_words : nullptr);
      if (!s.ok()) return s;
    }
    table.units.push_back(std::move(rule));
  }
  for (auto [key, matcher] : {std::pair{"share_before", &table.share_before}, {"share_after", &table.share_after},
                              {"ratio_before", &table.ratio_before}, {"same_below", &table.same_below}}) {
    auto words = ReadWords(*file, file->root[key], key);
    if (!words.ok()) return words.status();
    for (const auto& w : *words) matcher->Add(w, 0);
  }
  return table;
}

Result<CountTable> LoadCountTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  CountTable table;
  for (auto [key, matcher] : {std::pair{"classifiers", &table.classifiers}, {"nouns", &table.nouns}}) {
    auto words = ReadWords(*file, file->root[key], key);
    if (!words.ok()) return words.status();
    for (const auto& w : *words) matcher->Add(w, 0);
  }
  auto article = ReadWords(*file, file->root["article_like"], "article_like");
  if (!article.ok()) return article.status();
  table.article_like = *article;
  auto demonstratives = ReadWords(*file, file->root["demonstratives"], "demonstratives");
  if (!demonstratives.ok()) return demonstratives.status();
  table.demonstratives = *demonstratives;
  return table;
}

Result<QualifierTable> LoadQualifierTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  QualifierTable table;
  for (auto [key, matcher] : {std::pair{"before", &table.before}, {"after", &table.after}}) {
    const YAML::Node section = file->root[key];
    if (!section) continue;
    if (!section.IsMap()) return file->Error(section, std::string(key) + ": expected kinds (over, under, about …)");
    for (const auto& kind : section) {
      auto q = ParseQualifier(kind.first.Scalar());
      if (!q || *q == Qualifier::kExact || *q == Qualifier::kRange || *q == Qualifier::kVague) {
        return file->Error(kind.first, "unknown qualifier kind '" + kind.first.Scalar() + "'");
      }
      auto words = ReadWords(*file, kind.second, kind.first.Scalar());
      if (!words.ok()) return words.status();
      for (const auto& w : *words) matcher->Add(w, static_cast<int>(*q));
    }
  }
  auto gap = ReadWords(*file, file->root["gap"], "gap");
  if (!gap.ok()) return gap.status();
  for (const auto& w : *gap) table.gap.Add(w, 0);
  return table;
}

Result<ChangeTable> LoadChangeTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  ChangeTable table;
  auto falls = ReadWords(*file, file->root["falls"], "falls");
  if (!falls.ok()) return falls.status();
  for (const auto& w : *falls) table.falls.Add(w, 0);
  auto falls_after = ReadWords(*file, file->root["falls_after"], "falls_after");
  if (!falls_after.ok()) return falls_after.status();
  for (const auto& w : *falls_after) table.falls_after.Add(w, 0);
  auto changes = ReadWords(*file, file->root["changes"], "changes");
  if (!changes.ok()) return changes.status();
  for (const auto& w : *changes) table.changes.Add(w, 0);
  auto from_words = ReadWords(*file, file->root["from_words"], "from_words");
  if (!from_words.ok()) return from_words.status();
  for (const auto& w : *from_words) table.from_words.Add(w, 0);
  auto range_openers = ReadWords(*file, file->root["range_openers"], "range_openers");
  if (!range_openers.ok()) return range_openers.status();
  for (const auto& w : *range_openers) table.range_openers.Add(w, 0);
  for (auto [key, field] : {std::pair<const char*, int*>{"reach", &table.reach}, {"range_max_ratio", &table.range_max_ratio}}) {
    if (!file->root[key]) continue;
    try {
      *field = file->root[key].as<int>();
    } catch (const YAML::Exception&) {
      return file->Error(file->root[key], std::string(key) + " must be a whole number");
    }
    if (*field < 1) return file->Error(file->root[key], std::string(key) + " must be at least 1");
  }
  return table;
}

}  // namespace figcheck
