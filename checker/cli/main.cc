// figcheck: command-line entry point. Parses flags and calls a command; no logic here.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>

#include "checker/cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "figcheck: find where articles disagree about their figures.\n"
      "Extracts every numeric claim (money, power, energy, percentages, counts, dates,\n"
      "multipliers) from Traditional/Simplified Chinese and English articles, normalised\n"
      "to exact values in canonical units, each traceable to file:line:column.\n\n"
      "Examples:\n"
      "  figcheck claims seeds/                 every figure, one JSON object a line\n"
      "  figcheck claims --format table a.md    the same as a readable table\n"
      "  echo '營收達19億美元' | figcheck numbers -   every number mention in a text\n"
      "  figcheck check seeds/                  where the articles disagree\n"
      "  figcheck check --format json --fail-on warning seeds/\n"
      "  figcheck explain seeds/002_94ac71971e785e4d.txt:22   how each figure on a line was read\n"
      "  figcheck explain parts-of-whole        what a check does, its parameters and an example\n"
      "  figcheck rules list                    every check: id, kind, severity, on/off\n"
      "  figcheck rules lint                    validate the rule pack\n\n"
      "Exit status: 0 ok, 1 findings at or above --fail-on, 2 usage error or unreadable input."};
  app.require_subcommand(1);
  app.fallthrough();  // --rules and -v may follow the subcommand
  figcheck::CommonOptions opts;
  bool verbose = false;
  app.add_option("--rules", opts.rules_dir, "Rule pack directory (default: the pack shipped with figcheck)");
  app.add_flag("-v,--verbose", verbose, "Log what figcheck does to stderr");

  std::vector<std::string> paths;
  std::map<CLI::App*, std::string> formats_by_command;
  auto add_common = [&](CLI::App* cmd, const std::string& default_format, const std::vector<std::string>& formats) {
    formats_by_command[cmd] = default_format;
    cmd->add_option("PATH", paths, "Files or folders (read recursively: .txt .md .markdown .html .htm); - reads stdin")
        ->required();
    cmd->add_option("--format", formats_by_command[cmd], "Output format")->check(CLI::IsMember(formats));
    cmd->add_option("--published", opts.published, "Publication date YYYY-MM-DD for documents that state none");
    cmd->add_option("-j,--jobs", opts.jobs, "Documents extracted in parallel (default: all cores)");
  };
  CLI::App* claims = app.add_subcommand("claims", "List every figure found, with value, unit and qualifier");
  add_common(claims, "jsonl", {"jsonl", "table"});
  CLI::App* numbers = app.add_subcommand("numbers", "List every number or quantity mention (the low-level recognizer)");
  add_common(numbers, "jsonl", {"jsonl"});
  CLI::App* check = app.add_subcommand("check", "Report where documents disagree (exit 1 when a finding reaches --fail-on)");
  add_common(check, "text", {"text", "json"});
  check->add_option("--fail-on", opts.fail_on, "Lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  std::string explain_where;
  CLI::App* explain = app.add_subcommand(
      "explain", "Show how every claim on FILE:LINE was read and attributed, or what check RULE-ID does");
  explain->add_option("FILE:LINE|RULE-ID", explain_where, "A document and a 1-based line, or a check id")->required();
  explain->add_option("--published", opts.published, "Publication date YYYY-MM-DD for documents that state none");
  CLI::App* rules = app.add_subcommand("rules", "Work with rule packs");
  rules->require_subcommand(1);
  std::string lint_dir;
  CLI::App* lint = rules->add_subcommand("lint", "Validate rule files; problems are reported as file:line");
  lint->add_option("DIR", lint_dir, "Rule directory (default: --rules or the shipped pack)");
  CLI::App* list = rules->add_subcommand("list", "List every check: id, kind, severity, on/off, description");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (auto& [cmd, format] : formats_by_command) {
    if (*cmd) opts.format = format;
  }
  auto logger = spdlog::stderr_color_mt("figcheck");
  spdlog::set_default_logger(logger);
  spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);

  if (*claims) return figcheck::RunClaims(opts, paths, std::cout, std::cerr);
  if (*numbers) return figcheck::RunNumbers(opts, paths, std::cout, std::cerr);
  if (*check) {
    // Colour only for a person at a terminal: never when piped, never with NO_COLOR.
    opts.colour = isatty(fileno(stdout)) && std::getenv("NO_COLOR") == nullptr;
    return figcheck::RunCheck(opts, paths, std::cout, std::cerr);
  }
  if (*explain) return figcheck::RunExplain(opts, explain_where, std::cout, std::cerr);
  if (*list) return figcheck::RunRulesList(opts.rules_dir, std::cout, std::cerr);
  if (*lint) return figcheck::RunRulesLint(lint_dir.empty() ? opts.rules_dir : lint_dir, std::cout, std::cerr);
  return 2;
}
