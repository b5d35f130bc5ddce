// Command set-up shared by every figcheck command: rules, paths, options.
//
// Contract: PrepareCommand loads the rule pack, parses --published, expands
// the paths and fixes the worker count; on failure it prints why on `err`
// (naming the file, and the line for a rule file) and returns nullopt.
// ExtractAll runs the extraction pipeline and hands each readable document to
// `emit` in input order; an unreadable document is reported on `err` and
// makes the return value 2 (the others are still emitted), else 0. When
// `progress` is set it shows "[n/total] documents" on `err` as it goes
// (checker/cli/progress.h), so every command gets progress from one place.
// SourceLinesFromFiles gives report excerpts by reading a document again
// only when a finding cites it. FailStatus is 1 when a finding reaches
// `fail_on`, else 0.
#ifndef FIGCHECK_CLI_COMMAND_SETUP_H_
#define FIGCHECK_CLI_COMMAND_SETUP_H_

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/cli/commands.h"
#include "checker/compare/finding.h"
#include "checker/pipeline.h"
#include "checker/rules/rulebook.h"
#include "reports/finding_format.h"

namespace figcheck {

struct CommandSetup {
  std::unique_ptr<Rulebook> rules;
  std::vector<std::string> files;
  PipelineOptions pipeline;
  bool progress = false;
};

std::optional<CommandSetup> PrepareCommand(const CommonOptions& opts, const std::vector<std::string>& paths,
                                           std::ostream& err);

int ExtractAll(CommandSetup& setup, std::ostream& err, const std::function<void(const DocumentResult&)>& emit);

SourceLine SourceLinesFromFiles(const LoadOptions& load);

int FailStatus(const std::vector<Finding>& findings, Severity fail_on);

}  // namespace figcheck

#endif  // FIGCHECK_CLI_COMMAND_SETUP_H_
