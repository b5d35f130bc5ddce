// `figcheck rules list` and `figcheck explain RULE-ID`: the checks of the
// rule pack, as rules/checks.yaml states them.
#include <iomanip>

#include "checker/cli/commands.h"
#include "checker/compare/internal/internal_checks.h"
#include "checker/rules/rulebook.h"

namespace figcheck {
namespace {

std::unique_ptr<Rulebook> Load(const std::string& dir, const char* command, std::ostream& err) {
  auto book = LoadRulebook(dir.empty() ? DefaultRulesDir() : dir);
  if (!book.ok()) {
    err << "figcheck " << command << ": " << book.status().message() << '\n';
    return nullptr;
  }
  return std::move(*book);
}

}  // namespace

int RunRulesList(const std::string& dir, std::ostream& out, std::ostream& err) {
  auto book = Load(dir, "rules list", err);
  if (!book) return 2;
  size_t width = 2;
  for (const auto& c : book->checks.checks) width = std::max(width, c.id.size());
  out << std::left << std::setw(static_cast<int>(width) + 2) << "ID" << std::setw(24) << "KIND" << std::setw(9)
      << "SEVERITY" << std::setw(5) << "ON" << "DESCRIPTION\n";
  for (const auto& c : book->checks.checks) {
    out << std::left << std::setw(static_cast<int>(width) + 2) << c.id << std::setw(24) << c.kind << std::setw(9)
        << SeverityName(c.severity) << std::setw(5) << (c.enabled ? "on" : "off") << c.description << '\n';
  }
  return 0;
}

int RunExplainRule(const CommonOptions& opts, const std::string& id, std::ostream& out, std::ostream& err) {
  auto book = Load(opts.rules_dir, "explain", err);
  if (!book) return 2;
  for (const auto& c : book->checks.checks) {
    if (c.id != id) continue;
    out << c.id << " (" << c.kind << ", " << SeverityName(c.severity) << ", " << (c.enabled ? "enabled" : "disabled")
        << ")\n  " << c.description << '\n';
    if (!c.example.empty()) out << "  example:    " << c.example << '\n';
    for (const auto& [key, value] : c.numbers) out << "  parameter:  " << key << " = " << value.ToString() << '\n';
    for (const auto& [key, words] : c.words) {
      out << "  parameter:  " << key << " = [";
      for (size_t i = 0; i < words.size(); ++i) out << (i ? ", " : "") << words[i];
      out << "]\n";
    }
    return 0;
  }
  err << "figcheck explain: '" << id << "' is neither FILE:LINE nor a rule id (see `figcheck rules list`)\n";
  return 2;
}

}  // namespace figcheck
