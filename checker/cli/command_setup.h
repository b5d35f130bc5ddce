// Command set-up shared by every figcheck command: rules, paths, options.
//
// Contract: PrepareCommand loads the rule pack, parses --published, expands
// the paths and fixes the worker count; on failure it prints why on `err`
// (naming the file, and the line for a rule file) and returns nullopt.
// ExtractAll runs the extraction pipeline and hands each readable document to
// `emit` in input order; an unreadable document is reported on `err` and
// makes the return value 2 (the others are still emitted), else 0.
#ifndef FIGCHECK_CLI_COMMAND_SETUP_H_
#define FIGCHECK_CLI_COMMAND_SETUP_H_

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/cli/commands.h"
#include "checker/pipeline.h"
#include "checker/rules/rulebook.h"

namespace figcheck {

struct CommandSetup {
  std::unique_ptr<Rulebook> rules;
  std::vector<std::string> files;
  PipelineOptions pipeline;
};

std::optional<CommandSetup> PrepareCommand(const CommonOptions& opts, const std::vector<std::string>& paths,
                                           std::ostream& err);

int ExtractAll(CommandSetup& setup, std::ostream& err, const std::function<void(const DocumentResult&)>& emit);

}  // namespace figcheck

#endif  // FIGCHECK_CLI_COMMAND_SETUP_H_
