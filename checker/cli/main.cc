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
#include "checker/cli/ledger_commands.h"
#include "checker/cli/gate_command.h"
#include "reports/report.h"
#include "checker/util/malloc_tuning.h"

int main(int argc, char** argv) {
  figcheck::KeepFreedMemoryForReuse();
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
      "  figcheck check --format html --output report.html seeds/   a page for an editor\n"
      "  figcheck check --format sarif --output figcheck.sarif articles/   for code scanning\n"
      "  figcheck explain seeds/002_94ac71971e785e4d.txt:22   how each figure on a line was read\n"
      "  figcheck explain parts-of-whole        what a check does, its parameters and an example\n"
      "  figcheck rules list                    every check: id, kind, severity, on/off\n"
      "  figcheck gate --git-diff origin/main   the articles a branch adds or changes, against the rest\n"
      "  figcheck gate new.md --corpus published/ --baseline .figcheck-baseline.json\n"
      "  figcheck ledger add published/         remember what has been published\n"
      "  figcheck review draft.md               the draft against everything published\n"
      "  figcheck rules lint                    validate the rule pack\n\n"
      "Exit status: 0 ok, 1 findings at or above --fail-on, 2 usage error or unreadable input."};
  app.require_subcommand(1);
  app.fallthrough();  // --rules and -v may follow the subcommand
  figcheck::CommonOptions opts;
  bool verbose = false;
  app.add_option("--rules", opts.rules_dir, "Rule pack directory (default: the pack shipped with figcheck)");
  app.add_flag("-v,--verbose", verbose, "Log what figcheck does to stderr");
  bool quiet = false;
  app.add_flag("-q,--quiet", quiet, "No progress line on stderr (it is shown only on a terminal anyway)");

  std::vector<std::string> paths;
  std::string files_from;  // --files-from: more paths, one a line
  std::map<CLI::App*, std::string> formats_by_command;
  // PATH is checked after parsing where --files-from (and for check, --ledger)
  // may stand in for it; review requires it, so that --against, which takes
  // several values, leaves it the last argument.
  auto add_common = [&](CLI::App* cmd, const std::string& default_format, const std::vector<std::string>& formats,
                        bool paths_required = false) {
    formats_by_command[cmd] = default_format;
    CLI::Option* path_option = cmd->add_option(
        "PATH", paths, "Files or folders (read recursively: .txt .md .markdown .html .htm); - reads stdin");
    if (paths_required) path_option->required();
    cmd->add_option("--files-from", files_from,
                    "Also the documents listed in FILE, one path a line (- reads the list from standard input: "
                    "a map step under xargs, Hadoop streaming or Spark's RDD.pipe)")
        ->option_text("FILE");
    cmd->add_option("--format", formats_by_command[cmd], "Output format")->check(CLI::IsMember(formats));
    cmd->add_option("--published", opts.published, "Publication date YYYY-MM-DD for documents that state none");
    cmd->add_option("-j,--jobs", opts.jobs, "Documents extracted in parallel (default: all cores)");
  };
  CLI::App* claims = app.add_subcommand("claims", "List every figure found, with value, unit and qualifier");
  add_common(claims, "jsonl", {"jsonl", "table"});
  claims->add_flag("--for-ledger", opts.for_ledger,
                   "With each claim, the fields `ledger add --from-jsonl` stores: as_of_stated, resolution, "
                   "unit_mismatch, and the document's content hash and publication date");
  claims->add_flag("--candidates", opts.candidates,
                   "With each figure, the entities it may be about, their scores and features (rules/attribution.yaml)");
  CLI::App* numbers = app.add_subcommand("numbers", "List every number or quantity mention (the low-level recognizer)");
  add_common(numbers, "jsonl", {"jsonl"});
  CLI::App* entities = app.add_subcommand(
      "entities", "List the names found in each document beyond rules/entities.yaml, and how each was found");
  add_common(entities, "text", {"text"});
  entities->footer(
      "Names come from rules/discovery.yaml: Latin-script names (CoreWeave, Lucid Group Inc.), Chinese names\n"
      "before an organisation suffix (蔚來汽車), the lexicon's organisations, tickers, and aliases learned from\n"
      "brackets (小鵬汽車（XPeng）). A name listed in rules/entities.yaml is not shown unless it learned an alias.");
  CLI::App* check = app.add_subcommand("check", "Report where documents disagree (exit 1 when a finding reaches --fail-on)");
  add_common(check, "text", figcheck::ReportFormats());
  check->add_option("--ledger", opts.check_ledger,
                    "Check every document stored in this claim ledger (a file, or a postgresql:// URI) instead of "
                    "files (see `figcheck ledger add`)")
      ->option_text("LEDGER");
  check->add_option("-o,--output", opts.output, "Write the report to FILE instead of standard output")
      ->option_text("FILE");
  check->footer(
      "Formats: text (a terminal), json (shared/CONTRACT.md), jsonl (a finding a line), markdown (a pull-request\n"
      "comment), sarif (SARIF 2.1.0, code scanning), github (Actions annotations), junit (JUnit XML, a test case\n"
      "per document), html (one self-contained page with excerpts and timeline charts).\n\n"
      "Examples:\n"
      "  figcheck check seeds/\n"
      "  figcheck check --format html -o report.html seeds/\n"
      "  figcheck check --format github --fail-on warning articles/   in a GitHub Actions step\n"
      "  figcheck -v check --memory 256 --format json -o archive.json archive/   a corpus of any size\n"
      "  figcheck check --ledger 'postgresql:///figcheck?host=/run/postgresql'   every stored document");
  check->add_option("--fail-on", opts.fail_on, "Lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  check->add_option("--memory", opts.memory_mb,
                    "Megabytes of claims held in memory; past that they go to temporary files and are compared "
                    "group by group, so a corpus of any size fits (default: 512; 0: every claim through the files)")
      ->option_text("MB")
      ->check(CLI::Range(size_t{0}, size_t{1} << 20));
  check->add_option("--temp-dir", opts.temp_dir, "Folder for those temporary files (default: $TMPDIR, else /tmp)")
      ->option_text("DIR");
  figcheck::GateOptions gate_opts;
  std::string gate_format = "text";
  CLI::App* gate = app.add_subcommand(
      "gate",
      "Check the articles a change adds or modifies against the published ones (for CI and pre-commit)");
  gate->footer(
      "Only findings that involve a changed article are reported. Silence one in the article with\n"
      "  <!-- figcheck-disable-next-line RULE-ID: reason -->   (the next non-blank line)\n"
      "  <!-- figcheck-disable-file RULE-ID[,RULE-ID]: reason -->  (RULE-ID * = every rule)\n"
      "or accept the current findings with --baseline FILE --update-baseline.\n"
      "Formats as for check (sarif for code scanning, github for annotations).\n\n"
      "Examples:\n"
      "  figcheck gate drafts/new.md --corpus published/\n"
      "  figcheck gate drafts/new.md --ledger .figcheck/ledger.db\n"
      "  figcheck gate --git-diff origin/main --format json --output figcheck.json\n"
      "  figcheck gate --git-diff origin/main --baseline .figcheck-baseline.json --update-baseline\n"
      "  figcheck gate --quiet $(git diff --cached --name-only --diff-filter=AM)   (staged articles;\n"
      "                                                  examples/pre-commit handles any file name)\n");
  gate->add_option("CHANGED", gate_opts.changed, "Changed articles (files or folders)");
  gate->add_option("--git-diff", gate_opts.git_diff,
                   "Changed articles = documents added or modified since BASE (BASE...HEAD, plus uncommitted "
                   "changes to tracked files); the corpus defaults to the repository's tracked documents");
  gate->add_option("--corpus", gate_opts.corpus, "Published articles (folder or file; repeat for more; default: .)")
      ->allow_extra_args(false);
  gate->add_option("--ledger", gate_opts.ledger,
                   "Claim ledger (a file or a postgresql:// URI) holding the published articles (instead of --corpus; "
                   "see `figcheck ledger add`)");
  gate->add_option("--baseline", gate_opts.baseline, "JSON file of accepted findings, not reported (missing = empty)");
  gate->add_flag("--update-baseline", gate_opts.update_baseline,
                 "Write the current findings into --baseline FILE and exit 0");
  gate->add_option("--format", gate_format, "Output format")->check(CLI::IsMember(figcheck::ReportFormats()));
  gate->add_option("-o,--output", opts.output, "Write the report to FILE instead of standard output")
      ->option_text("FILE");
  gate->add_option("--fail-on", opts.fail_on, "Lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  gate->add_option("--published", opts.published, "Publication date YYYY-MM-DD for documents that state none");
  gate->add_option("-j,--jobs", opts.jobs, "Documents extracted in parallel (default: all cores)");

  std::string explain_where;
  CLI::App* explain = app.add_subcommand(
      "explain", "Show how every claim on FILE:LINE was read and attributed, or what check RULE-ID does");
  explain->add_option("FILE:LINE|RULE-ID", explain_where, "A document and a 1-based line, or a check id")->required();
  explain->footer(
      "Examples:\n"
      "  figcheck explain seeds/002_94ac71971e785e4d.txt:22   each figure on line 22: value, entity, metric, as-of, why\n"
      "  figcheck explain stated-change                     what the check does, its parameters and an example\n"
      "  figcheck explain draft.md:4 --corpus published/    the same, with the names the published articles taught\n"
      "  figcheck rules list                                every check id");
  explain->add_option("--published", opts.published, "Publication date YYYY-MM-DD for documents that state none");
  std::vector<std::string> explain_corpus;
  explain->add_option("--corpus", explain_corpus,
                      "Other files or folders whose learned aliases apply, as in a check over them all (小鵬汽車（XPeng）\n"
                      "in one article names XPeng in the others)");
  CLI::App* rules = app.add_subcommand("rules", "Work with rule packs");
  rules->require_subcommand(1);
  std::string lint_dir;
  CLI::App* lint = rules->add_subcommand("lint", "Validate rule files; problems are reported as file:line");
  lint->add_option("DIR", lint_dir, "Rule directory (default: --rules or the shipped pack)");
  CLI::App* list = rules->add_subcommand("list", "List every check: id, kind, severity, on/off, description");
  list->footer("Checks are configured in rules/checks.yaml; `figcheck explain RULE-ID` shows one in full.");

  std::string ledger_file = figcheck::kDefaultLedger;
  CLI::App* ledger = app.add_subcommand("ledger", "Keep the claims of published documents in a ledger file");
  ledger->footer(
      "Examples:\n"
      "  figcheck ledger add published/          store every document and its claims\n"
      "  figcheck ledger add published/          again: unchanged documents are skipped\n"
      "  figcheck ledger list                    documents, publication dates, claim counts\n"
      "  figcheck ledger remove published/a.md   forget a retracted document\n"
      "  figcheck ledger stats --ledger team.db  sizes and the commonest metrics and entities\n");
  ledger->require_subcommand(1);
  auto add_ledger_option = [&](CLI::App* cmd) {
    cmd->add_option("--ledger", ledger_file, "Ledger file or postgresql:// URI (default: .figcheck/ledger.db)");
  };
  CLI::App* ledger_add = ledger->add_subcommand("add", "Store documents and their claims (a changed one is replaced)");
  add_ledger_option(ledger_add);
  std::string from_jsonl;
  ledger_add->add_option("--from-jsonl", from_jsonl,
                         "Store the claims in FILE (- = standard input), as `figcheck claims --for-ledger` wrote them, "
                         "instead of extracting documents: the reduce step after a map step on many machines")
      ->option_text("FILE");
  ledger_add->add_option("--files-from", files_from, "Also the documents listed in FILE, one path a line (- = stdin)")
      ->option_text("FILE");
  ledger_add->add_option("PATH", paths, "Files or folders (read recursively: .txt .md .markdown .html .htm)");
  ledger_add->add_option("--published", opts.published, "Publication date YYYY-MM-DD for documents that state none");
  ledger_add->add_option("-j,--jobs", opts.jobs, "Documents extracted in parallel (default: all cores)");
  CLI::App* ledger_list = ledger->add_subcommand("list", "List stored documents: publication date, claims, path");
  add_ledger_option(ledger_list);
  CLI::App* ledger_remove = ledger->add_subcommand("remove", "Remove documents and their claims");
  add_ledger_option(ledger_remove);
  ledger_remove->add_option("PATH", paths, "Documents as they were added")->required();
  CLI::App* ledger_stats = ledger->add_subcommand("stats", "Documents, claims, claims by metric and entity, file size");
  add_ledger_option(ledger_stats);

  figcheck::ReviewSource published;
  CLI::App* review = app.add_subcommand(
      "review", "Report the findings that involve the drafts PATH, against everything published (exit 1 at --fail-on)");
  review->footer(
      "Only findings that rest on a draft's claim are reported; a draft already in\n"
      "the ledger is not compared with its stored copy.\n\n"
      "Examples:\n"
      "  figcheck review draft.md                         against .figcheck/ledger.db\n"
      "  figcheck review draft.md --ledger team.db --format json\n"
      "  figcheck review draft.md --against published/    against files, no ledger\n"
      "  figcheck review draft.md --fail-on warning       exit 1 on warnings too\n"
      "  figcheck review draft.md --format markdown -o review.md   a pull-request comment\n");
  add_common(review, "text", figcheck::ReportFormats(), /*paths_required=*/true);
  review->add_option("-o,--output", opts.output, "Write the report to FILE instead of standard output")
      ->option_text("FILE");
  review->add_option("--ledger", published.ledger, "Ledger file or postgresql:// URI (default: .figcheck/ledger.db)");
  review->add_option("--against", published.against, "Published files or folders to compare with, instead of a ledger");
  review->add_option("--fail-on", opts.fail_on, "Lowest severity that makes the exit status 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (auto& [cmd, format] : formats_by_command) {
    if (*cmd) opts.format = format;
  }
  if (!files_from.empty()) {
    auto listed = figcheck::ReadPathList(files_from);
    if (!listed.ok()) {
      std::cerr << "figcheck: --files-from " << listed.status().message() << '\n';
      return 2;
    }
    paths.insert(paths.end(), listed->begin(), listed->end());
  }
  const bool needs_paths = *claims || *numbers || *entities || (*ledger_add && from_jsonl.empty());
  if (needs_paths && paths.empty()) {
    std::cerr << "figcheck: no documents given: name files or folders (PATH...) or list them with --files-from FILE\n";
    return 2;
  }
  auto logger = spdlog::stderr_color_mt("figcheck");
  spdlog::set_default_logger(logger);
  spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
  // Progress only for a person at a terminal: never in a pipe or a CI log.
  opts.progress = !quiet && isatty(fileno(stderr));
  // Colour likewise: never when piped, never with NO_COLOR.
  const bool colour = isatty(fileno(stdout)) && std::getenv("NO_COLOR") == nullptr;

  if (*claims) return figcheck::RunClaims(opts, paths, std::cout, std::cerr);
  if (*numbers) return figcheck::RunNumbers(opts, paths, std::cout, std::cerr);
  if (*entities) return figcheck::RunEntities(opts, paths, std::cout, std::cerr);
  if (*check) {
    opts.colour = colour;
    return figcheck::RunCheck(opts, paths, std::cout, std::cerr);
  }
  if (*review) {
    opts.colour = colour;
    return figcheck::RunReview(opts, published, paths, std::cout, std::cerr);
  }
  if (*ledger_add && !from_jsonl.empty()) {
    if (!paths.empty()) {
      std::cerr << "figcheck ledger add: --from-jsonl stores claims already extracted; give no PATH with it\n";
      return 2;
    }
    return figcheck::RunLedgerAddJsonl(ledger_file, from_jsonl, std::cout, std::cerr);
  }
  if (*ledger_add) return figcheck::RunLedgerAdd(opts, ledger_file, paths, std::cout, std::cerr);
  if (*ledger_list) return figcheck::RunLedgerList(ledger_file, std::cout, std::cerr);
  if (*ledger_remove) return figcheck::RunLedgerRemove(ledger_file, paths, std::cout, std::cerr);
  if (*ledger_stats) return figcheck::RunLedgerStats(ledger_file, std::cout, std::cerr);
  if (*gate) {
    opts.colour = colour;
    opts.format = gate_format;
    return figcheck::RunGate(opts, gate_opts, std::cout, std::cerr);
  }
  if (*explain) return figcheck::RunExplain(opts, explain_where, explain_corpus, std::cout, std::cerr);
  if (*list) return figcheck::RunRulesList(opts.rules_dir, std::cout, std::cerr);
  if (*lint) return figcheck::RunRulesLint(lint_dir.empty() ? opts.rules_dir : lint_dir, std::cout, std::cerr);
  return 2;
}
