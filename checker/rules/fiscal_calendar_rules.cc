#include "checker/rules/fiscal_calendar_rules.h"

#include "checker/rules/yaml_util.h"
#include "checker/text/normalize.h"
#include "checker/util/utf8.h"

namespace figcheck {

std::optional<int> FiscalCalendarTable::YearEnds(const std::string& entity) const {
  auto it = year_ends.find(utf8::AsciiLower(entity));
  if (it == year_ends.end()) return std::nullopt;
  return it->second;
}

Result<FiscalCalendarTable> LoadFiscalCalendarTable(const std::string& path) {
  auto file = LoadRuleFile(path);
  if (!file.ok()) return file.status();
  FiscalCalendarTable table;
  if (Status s = ReadWholeNumber(*file, file->root, "reach", 0, 200, &table.reach); !s.ok()) return s;
  if (const YAML::Node patterns = file->root["fiscal_year_patterns"]; patterns) {
    if (!patterns.IsSequence()) return file->Error(patterns, "fiscal_year_patterns must be a list of RE2 patterns");
    for (const auto& p : patterns) {
      if (!p.IsScalar()) return file->Error(p, "a fiscal year pattern must be a string");
      RE2::Options options;
      options.set_log_errors(false);
      auto re = std::make_unique<RE2>(NormalizeString(p.Scalar()), options);
      if (!re->ok()) return file->Error(p, "fiscal year pattern: " + re->error());
      if (re->NumberOfCapturingGroups() < 1) return file->Error(p, "fiscal year pattern: no group captures the year");
      table.fiscal_year_patterns.push_back(std::move(re));
    }
  }
  const YAML::Node list = file->root["fiscal_calendars"];
  if (!list || !list.IsSequence()) return file->Error(file->root, "expected a 'fiscal_calendars' list");
  for (const auto& entry : list) {
    if (!entry.IsMap()) return file->Error(entry, "each fiscal calendar must be a mapping");
    auto entity = ReadString(*file, entry, "entity", true);
    if (!entity.ok()) return entity.status();
    if (auto source = ReadString(*file, entry, "source", true); !source.ok()) return source.status();
    int month = 0;
    if (Status s = ReadWholeNumber(*file, entry, "year_ends", 1, 11, &month); !s.ok()) return s;
    if (month == 0) return file->Error(entry, "fiscal calendar of '" + *entity + "': year_ends (1-11) is missing");
    table.year_ends[utf8::AsciiLower(*entity)] = month;
  }
  return table;
}

}  // namespace figcheck
