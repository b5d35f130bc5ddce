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
// `fail_on`, else 0. ReportOutput is where a report goes: --output FILE,
// opened before any work so a wrong path fails fast, else `out`; its Finish
// completes a command's report (rule descriptions, colour, source excerpts),
// writes it and returns the command's exit status.
#ifndef FIGCHECK_CLI_COMMAND_SETUP_H_
#define FIGCHECK_CLI_COMMAND_SETUP_H_

#include <fstream>
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
#include "reports/report.h"

namespace figcheck {

struct CommandSetup {
  std::unique_ptr<Rulebook> rules;
  std::vector<std::string> files;
  PipelineOptions pipeline;
  bool progress = false;
};

// The paths listed in `file` ("-" = standard input), one a line; blank lines
// are skipped, a trailing CR is dropped. An unreadable file is an IoError naming it.
Result<std::vector<std::string>> ReadPathList(const std::string& file);

std::optional<CommandSetup> PrepareCommand(const CommonOptions& opts, const std::vector<std::string>& paths,
                                           std::ostream& err);

int ExtractAll(CommandSetup& setup, std::ostream& err, const std::function<void(const DocumentResult&)>& emit);

SourceLine SourceLinesFromFiles(const LoadOptions& load);

int FailStatus(const std::vector<Finding>& findings, Severity fail_on);
// opts.fail_on as a Severity; nullopt after saying on `err` ("figcheck check: …") that it is none.
std::optional<Severity> FailOnSeverity(const CommonOptions& opts, const std::string& command, std::ostream& err);

class ReportOutput {
 public:
  // `command` prefixes messages ("figcheck check"); `path` empty writes to `out`.
  ReportOutput(std::string command, const std::string& path, std::ostream& out);
  // False after saying on `err` that the file cannot be written.
  bool Open(std::ostream& err);
  bool to_file() const { return !path_.empty(); }
  // Renders `report` in `format`: 0, or 2 after saying why on `err`.
  int Write(std::string_view format, const ReportInput& report, std::ostream& err);
  // Fills `report`'s checks, colour (never in a file) and source lines from
  // `setup`, writes it in opts.format; the exit status: 2 when writing failed,
  // else `status` when not 0 (an unreadable input), else FailStatus.
  int Finish(ReportInput report, const CommonOptions& opts, const CommandSetup& setup, Severity fail_on, int status,
             std::ostream& err);

 private:
  std::string command_;
  std::string path_;
  std::ostream& out_;
  std::ofstream file_;
};

}  // namespace figcheck

#endif  // FIGCHECK_CLI_COMMAND_SETUP_H_
