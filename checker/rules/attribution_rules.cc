#include "checker/rules/attribution_rules.h"

#include <algorithm>
#include <map>

#include "checker/rules/yaml_util.h"

namespace figcheck {

namespace {

// Optional top-level word lists, each into its matcher (payload 0).
Status AddWordLists(const RuleFile& file, std::initializer_list<std::pair<const char*, WordMatcher*>> lists) {
  for (const auto& [key, matcher] : lists) {
    const YAML::Node node = file.root[key];
    if (!node) continue;
    auto words = ReadWords(file, node, key);
    if (!words.ok()) return words.status();
    for (const auto& w : *words) matcher->Add(w, 0);
  }
  return Status::Ok();
}

// share_parts: the verbs that name a share's part (after it: 用在, go to;
// before it: 佔, accounted for), its English stop words and its length in Han
// characters. Returns every verb, for the cues of `of_a_whole` metrics.
Result<std::vector<std::string>> ReadShareParts(const RuleFile& file, MetricTable* table) {
  std::vector<std::string> verbs;
  const YAML::Node parts = file.root["share_parts"];
  if (!parts) return verbs;
  if (!parts.IsMap()) return file.Error(parts, "share_parts must be a mapping");
  const RuleFile sub{file.path, parts};
  for (const auto& [key, matcher] : {std::pair{"verbs_after", &table->share_verbs_after},
                                     std::pair{"verbs_before", &table->share_verbs_before},
                                     std::pair{"han_stop_words", &table->share_han_stops},
                                     std::pair{"list_words", &table->share_list_words}}) {
    auto words = ReadWords(sub, parts[key], key);
    if (!words.ok()) return words.status();
    for (const auto& w : *words) matcher->Add(w, 0);
    const bool verb = matcher == &table->share_verbs_after || matcher == &table->share_verbs_before;
    if (verb) verbs.insert(verbs.end(), words->begin(), words->end());
  }
  auto stops = ReadWords(sub, parts["stop_words"], "stop_words");
  if (!stops.ok()) return stops.status();
  for (const auto& w : *stops) table->share_stop_words.insert(w);
  if (Status s = ReadWholeNumber(sub, parts, "max_chars", 2, 16, &table->share_max_chars); !s.ok()) return s;
  return verbs;
}

}  // namespace

const MetricRule* MetricTable::Find(const std::string& id) const {
  if (id.rfind(kOpenPrefix, 0) == 0) return open_dimensions.empty() ? nullptr : &open_metric;
  for (const auto& m : metrics) if (m.id == id) return &m;
  return nullptr;
}

std::string MetricTable::AspectFamily(const std::string& id) const {
  for (const auto& a : aspects) if (a.id == id) return a.family.empty() ? id : a.family;
  return id;
}

bool MetricTable::IsFlag(const std::string& id) const {
  for (const auto& a : aspects) if (a.id == id) return a.family.empty();
  return false;
}

bool MetricTable::IsStrictFamily(const std::string& family) const {
  for (const auto& f : strict_families) if (f == family) return true;
  return false;
}

bool MetricTable::Confusable(Dimension a, Dimension b) const {
  for (const auto& [x, y] : confusable) {
    if ((x == a && y == b) || (x == b && y == a)) return true;
  }
  return false;
}

const EntityRule* EntityTable::Find(const std::string& name) const {
  if (indexed_ == entities.size() && indexed_ > 0) {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : &entities[it->second];
  }
  for (const auto& e : entities) if (e.name == name) return &e;
  return nullptr;
}

void EntityTable::IndexNames() {
  by_name_.clear();
  for (size_t i = 0; i < entities.size(); ++i) by_name_.emplace(entities[i].name, i);  // the first of a name wins
  indexed_ = entities.size();
}

const EntityRule& EntityTable::Maker(const EntityRule& rule) const {
  const EntityRule* up = &rule;
  for (const EntityRule* next; !up->of.empty() && (next = Find(up->of)) != nullptr;) up = next;
  return *up;
}

bool EntityTable::InsideNotAlias(std::string_view text, size_t begin, size_t end) const {
  if (not_aliases.empty()) return false;
  constexpr size_t kBack = 12;  // bytes: up to four Han characters before the alias
  for (size_t p = begin > kBack ? begin - kBack : 0; p <= begin; ++p) {
    if (p >= text.size() || !not_aliases.MayStartAt(text, p)) continue;  // continuation bytes, most characters
    auto m = not_aliases.MatchAt(text, p);
    if (m && p + m->length >= end) return true;
  }
  return false;
}

Result<EntityTable> LoadEntityTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  EntityTable table;
  auto anaphors = ReadWords(*file, file->root["anaphors"], "anaphors");
  if (!anaphors.ok()) return anaphors.status();
  for (const auto& w : *anaphors) table.anaphors.Add(w, EntityTable::kAnaphor);
  auto not_aliases = ReadWords(*file, file->root["not_aliases"], "not_aliases");
  if (!not_aliases.ok()) return not_aliases.status();
  for (const auto& w : *not_aliases) table.not_aliases.Add(w, 0);
  auto unnamed = ReadWords(*file, file->root["unnamed_subjects"], "unnamed_subjects");
  if (!unnamed.ok()) return unnamed.status();
  for (const auto& w : *unnamed) table.unnamed_subjects.Add(w, 0);
  auto not_anaphors = ReadWords(*file, file->root["not_anaphors"], "not_anaphors");
  if (!not_anaphors.ok()) return not_anaphors.status();
  for (const auto& w : *not_anaphors) table.anaphors.Add(w, EntityTable::kNotAnaphor);
  if (Status s = AddWordLists(*file, {{"concessive_openers", &table.concessive_openers},
                                      {"reporting_verbs", &table.reporting_verbs},
                                      {"part_openers", &table.part_openers},
                                      {"segment_words", &table.segment_words},
                                      {"segment_subject_verbs", &table.segment_subject_verbs},
                                      {"party_joiners", &table.party_joiners},
                                      {"partner_markers", &table.partner_markers},
                                      {"deal_words", &table.deal_words},
                                      {"relative_openers", &table.relative_openers},
                                      {"agent_markers", &table.agent_markers},
                                      {"anaphor_determiners", &table.anaphor_determiners},
                                      {"anaphor_heads", &table.anaphor_heads}});
      !s.ok()) {
    return s;
  }
  const YAML::Node list = file->root["entities"];
  if (!list || !list.IsSequence()) return file->Error(file->root, "expected an 'entities' list");
  for (const auto& entry : list) {
    if (!entry.IsMap()) return file->Error(entry, "each entity must be a mapping");
    EntityRule rule;
    auto name = ReadString(*file, entry, "name", true);
    if (!name.ok()) return name.status();
    rule.name = *name;
    auto kind = ReadString(*file, entry, "kind", false);
    if (!kind.ok()) return kind.status();
    rule.kind = *kind;
    auto founded = ReadString(*file, entry, "founded", false);
    if (!founded.ok()) return founded.status();
    if (!founded->empty()) {
      const std::string& f = *founded;
      const bool month = f.size() == 7 && f[4] == '-' && f.find_first_not_of("0123456789", 5) == std::string::npos;
      if ((f.size() != 4 && !month) || f.find_first_not_of("0123456789") < 4 ||
          (month && (std::stoi(f.substr(5)) < 1 || std::stoi(f.substr(5)) > 12))) {
        return file->Error(entry["founded"], "entity '" + rule.name + "': founded must be YYYY or YYYY-MM");
      }
      rule.founded = std::stoi(f.substr(0, 4));
      if (month) rule.founded_month = std::stoi(f.substr(5));
    }
    auto of = ReadString(*file, entry, "of", false);
    if (!of.ok()) return of.status();
    rule.of = *of;
    auto aliases = ReadWords(*file, entry["aliases"], "aliases");
    if (!aliases.ok()) return aliases.status();
    if (aliases->empty()) return file->Error(entry, "entity '" + rule.name + "' has no aliases");
    const int index = static_cast<int>(table.entities.size());
    for (const auto& a : *aliases) table.aliases.Add(a, index);
    // Aliases that are ordinary words in another case ("US" vs "us") match only as written.
    if (entry["cased_aliases"]) {
      auto cased = ReadWords(*file, entry["cased_aliases"], "cased_aliases");
      if (!cased.ok()) return cased.status();
      for (const auto& a : *cased) table.aliases.Add(a, index, /*case_sensitive=*/true);
    }
    table.entities.push_back(std::move(rule));
  }
  table.IndexNames();
  // `of` names a listed entity, and no chain of `of` comes back to where it began.
  for (const auto& entry : list) {
    const EntityRule* rule = table.Find(entry["name"].Scalar());
    size_t steps = 0;
    for (const EntityRule* up = rule; up != nullptr && !up->of.empty(); ++steps) {
      const EntityRule* next = table.Find(up->of);
      if (next == nullptr) return file->Error(entry, "entity '" + rule->name + "': of '" + up->of + "' names no entity");
      if (steps > table.entities.size()) return file->Error(entry, "entity '" + rule->name + "': its chain of 'of' is a cycle");
      up = next;
    }
  }
  return table;
}

Result<MetricTable> LoadMetricTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  MetricTable table;
  const YAML::Node list = file->root["metrics"];
  if (!list || !list.IsSequence()) return file->Error(file->root, "expected a 'metrics' list");
  auto share_verbs_read = ReadShareParts(*file, &table);
  if (!share_verbs_read.ok()) return share_verbs_read.status();
  const std::vector<std::string>& share_verbs = *share_verbs_read;
  std::map<std::string, int> cue_index;
  auto add_cue = [&](const std::string& word, int metric, bool required) {
    auto [it, inserted] = cue_index.emplace(word, static_cast<int>(table.cue_uses.size()));
    if (inserted) {
      table.cue_uses.emplace_back();
      table.cues.Add(word, it->second);
    }
    table.cue_uses[it->second].emplace_back(metric, required);
  };
  for (const auto& entry : list) {
    if (!entry.IsMap()) return file->Error(entry, "each metric must be a mapping");
    MetricRule rule;
    auto id = ReadString(*file, entry, "id", true);
    if (!id.ok()) return id.status();
    rule.id = *id;
    if (table.Find(rule.id) != nullptr) return file->Error(entry, "metric '" + rule.id + "' is defined twice");
    auto dim = ReadString(*file, entry, "dimension", true);
    if (!dim.ok()) return dim.status();
    auto parsed = ParseDimension(*dim);
    if (!parsed || *parsed == Dimension::kNone) {
      return file->Error(entry["dimension"], "metric '" + rule.id + "': unknown dimension '" + *dim + "'");
    }
    rule.dimension = *parsed;
    // Settings with a few allowed words; absent: "". A typo is an error, not a default.
    std::map<std::string, std::string> set;
    for (const auto& [key, allowed] : std::initializer_list<std::pair<const char*, std::vector<std::string>>>{
             {"monotonic", {"increasing"}}, {"compare", {"true", "false"}}, {"per_period", {"true", "false"}},
             {"change", {"true", "false"}}, {"base", {"previous_year"}}, {"of_a_firm", {"true", "false"}},
             {"of_the_maker", {"true", "false"}}, {"of_a_whole", {"true", "false"}}, {"moves", {"true", "false"}}}) {
      auto value = ReadString(*file, entry, key, false);
      if (!value.ok()) return value.status();
      if (!value->empty() && std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
        std::string words;
        for (const auto& a : allowed) words += (words.empty() ? "'" : ", '") + a + "'";
        return file->Error(entry[key], "metric '" + rule.id + "': " + key + " can only be " + words);
      }
      set[key] = *value;
    }
    rule.increasing = set["monotonic"] == "increasing";
    rule.compare = set["compare"] != "false";
    rule.per_period = set["per_period"] == "true";
    rule.moves = set["moves"] == "true" || rule.increasing;
    rule.change = set["change"] == "true";
    rule.year_over_year = set["base"] == "previous_year";
    rule.of_a_firm = set["of_a_firm"] == "true";
    rule.of_the_maker = set["of_the_maker"] == "true";
    rule.of_a_whole = set["of_a_whole"] == "true";
    auto compare_as = ReadString(*file, entry, "compare_as", false);
    if (!compare_as.ok()) return compare_as.status();
    rule.compare_as = *compare_as;
    auto cues = ReadWords(*file, entry["cues"], "cues");
    if (!cues.ok()) return cues.status();
    if (cues->empty()) return file->Error(entry, "metric '" + rule.id + "' has no cues");
    auto required = ReadWords(*file, entry["requires"], "requires");
    if (!required.ok()) return required.status();
    rule.has_requires = !required->empty();
    const int index = static_cast<int>(table.metrics.size());
    for (const auto& w : *cues) add_cue(w, index, false);
    for (const auto& w : *required) add_cue(w, index, true);
    if (rule.of_a_whole) {
      for (const auto& w : share_verbs) add_cue(w, index, false);
    }
    table.metrics.push_back(std::move(rule));
  }
  for (const auto& entry : list) {
    const std::string id = entry["id"].Scalar();
    const MetricRule* rule = table.Find(id);
    if (rule->compare_as.empty()) continue;
    auto found = std::find_if(table.metrics.begin(), table.metrics.end(),
                              [&](const MetricRule& m) { return m.id == rule->compare_as; });
    MetricRule* other = found == table.metrics.end() ? nullptr : &*found;
    if (other == nullptr || other->dimension != rule->dimension || other->change != rule->change) {
      return file->Error(entry["compare_as"], "metric '" + id + "': compare_as '" + rule->compare_as +
                                                  "' must name a metric of the same dimension and kind");
    }
    other->generic = true;
  }
  if (const YAML::Node aspects = file->root["aspects"]; aspects) {
    if (!aspects.IsSequence()) return file->Error(aspects, "aspects: expected a list");
    std::map<std::string, std::string> owner;  // folded word -> the aspect that lists it
    for (const auto& entry : aspects) {
      auto id = ReadString(*file, entry, "id", true);
      if (!id.ok()) return id.status();
      // One word: a claim writes its aspects beside relations ("in US", "of revenue").
      if (id->find(' ') != std::string::npos) return file->Error(entry["id"], "aspect id '" + *id + "' must be one word");
      auto words = ReadWords(*file, entry["words"], "words");
      if (!words.ok()) return words.status();
      if (words->empty()) return file->Error(entry, "aspect '" + *id + "' has no words");
      auto scope = ReadString(*file, entry, "scope", false);
      if (!scope.ok()) return scope.status();
      if (!scope->empty() && *scope != "frame" && *scope != "clause" && *scope != "figure" && *scope != "level" &&
          *scope != "preceding") {
        return file->Error(entry["scope"], "aspect '" + *id + "': scope is clause, frame, figure, level or preceding");
      }
      auto family = ReadString(*file, entry, "family", false);
      if (!family.ok()) return family.status();
      const int index = static_cast<int>(table.aspects.size());
      for (const auto& w : *words) {
        // A word names one aspect: a second listing would be silently ignored.
        auto [it, fresh] = owner.emplace(w, *id);
        if (!fresh && it->second != *id) {
          return file->Error(entry["words"], "aspect '" + *id + "': word '" + w + "' is already a word of aspect '" +
                                                  it->second + "'");
        }
        table.aspect_words.Add(w, index);
      }
      const auto kind = *scope == "frame"    ? AspectRule::Scope::kFrame
                        : *scope == "figure" ? AspectRule::Scope::kFigure
                        : *scope == "level"  ? AspectRule::Scope::kLevel
                        : *scope == "preceding" ? AspectRule::Scope::kPreceding
                                             : AspectRule::Scope::kClause;
      table.aspects.push_back({*id, *family, kind});
    }
  }
  if (const YAML::Node strict = file->root["strict_families"]; strict) {
    auto families = ReadWords(*file, strict, "strict_families");
    if (!families.ok()) return families.status();
    table.strict_families = *families;
  }
  if (Status s = AddWordLists(*file, {{"comparison_words", &table.comparison_words},
                                      {"demonstrative_openers", &table.demonstrative_openers},
                                      {"place_before", &table.place_before},
                                      {"place_after", &table.place_after},
                                      {"place_anaphors", &table.place_anaphors},
                                      {"level_words", &table.level_words},
                                      {"to_words", &table.to_words}});
      !s.ok()) {
    return s;
  }
  if (const YAML::Node open = file->root["open_metrics"]; open) {
    if (!open.IsMap()) return file->Error(open, "open_metrics must be a mapping");
    RuleFile sub{file->path, open};
    if (Status s = AddWordLists(sub, {{"links", &table.open_links}, {"breaks", &table.open_breaks}}); !s.ok()) return s;
    auto stops = ReadWords(sub, open["stop_words"], "stop_words");
    if (!stops.ok()) return stops.status();
    for (const auto& w : *stops) table.open_stop_words.insert(w);
    auto dims = ReadWords(sub, open["dimensions"], "dimensions");
    if (!dims.ok()) return dims.status();
    for (const auto& d : *dims) {
      auto parsed = ParseDimension(d);
      if (!parsed || *parsed == Dimension::kNone) return file->Error(open["dimensions"], "open_metrics: unknown dimension '" + d + "'");
      table.open_dimensions.push_back(*parsed);
    }
    for (const auto& [key, value] : {std::pair{"min_chars", &table.open_min_chars}, std::pair{"max_chars", &table.open_max_chars}}) {
      if (Status s = ReadWholeNumber(sub, open, key, 1, 16, value); !s.ok()) return s;
    }
    table.open_metric.id = MetricTable::kOpenPrefix;
    table.open_metric.per_period = true;  // precision first: never compared on a publication date alone
  }
  if (const YAML::Node open = file->root["open_segments"]; open) {
    if (!open.IsMap()) return file->Error(open, "open_segments must be a mapping");
    RuleFile sub{file->path, open};
    if (Status s = AddWordLists(sub, {{"markers", &table.segment_markers},
                                      {"han_cues", &table.segment_han_cues},
                                      {"han_stop_words", &table.segment_han_stops},
                                      {"total_words", &table.segment_total_words},
                                      {"subject_openers", &table.segment_subject_openers}});
        !s.ok()) {
      return s;
    }
    auto stops = ReadWords(sub, open["stop_words"], "stop_words");
    if (!stops.ok()) return stops.status();
    for (const auto& w : *stops) table.segment_stop_words.insert(w);
    auto auxiliaries = ReadWords(sub, open["not_after"], "not_after");
    if (!auxiliaries.ok()) return auxiliaries.status();
    for (const auto& w : *auxiliaries) table.segment_after_words.insert(w);
    for (const auto& [key, value] :
         {std::pair{"min_chars", &table.segment_min_chars}, std::pair{"max_chars", &table.segment_max_chars}}) {
      if (Status s = ReadWholeNumber(sub, open, key, 1, 16, value); !s.ok()) return s;
    }
  }
  if (const YAML::Node pairs = file->root["confusable"]; pairs) {
    if (!pairs.IsSequence()) return file->Error(pairs, "confusable: expected a list of dimension pairs");
    for (const auto& pair : pairs) {
      if (!pair.IsSequence() || pair.size() != 2 || !pair[0].IsScalar() || !pair[1].IsScalar()) {
        return file->Error(pair, "confusable: each entry is a pair [dimension, dimension]");
      }
      auto a = ParseDimension(pair[0].Scalar()), b = ParseDimension(pair[1].Scalar());
      if (!a || !b) return file->Error(pair, "confusable: unknown dimension");
      table.confusable.emplace_back(*a, *b);
    }
  }
  return table;
}

}  // namespace figcheck
