// figcheck gate: check the articles a change adds or modifies against the
// articles already published, for CI and pre-commit hooks.
//
// Contract: RunGate finds the changed articles (the CHANGED paths, and with
// --git-diff BASE those git reports: checker/gate/git_changes.h), extracts
// them and the published corpus (--corpus DIR…, else git's tracked documents
// with --git-diff, else the current folder), and reports through WriteReport
// the findings that rest on at least one changed article, after inline
// suppressions and the --baseline file (checker/gate/baseline.h) have had
// their say. Exit status: 0 no finding at or above --fail-on, 1 otherwise,
// 2 usage error, unreadable input, bad git base or malformed baseline.
// --update-baseline writes the current findings into the baseline and exits
// 0 (2, writing nothing, if any input could not be read).
// Where the published claims come from is one parameter, a PublishedSource:
// a corpus of files, or with --ledger FILE the claim ledger (only claims of
// the changed articles' entities and metrics are loaded). Published claims
// are compared with the changed articles' only, so a large corpus or ledger
// costs what the change touches (CorpusFindings::FindingsInvolving).
#ifndef FIGCHECK_CLI_GATE_COMMAND_H_
#define FIGCHECK_CLI_GATE_COMMAND_H_

#include <functional>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "checker/cli/command_setup.h"
#include "checker/cli/commands.h"
#include "checker/cli/corpus_findings.h"

namespace figcheck {

struct GateOptions {
  std::vector<std::string> changed;      // CHANGED paths (files or folders)
  std::optional<std::string> git_diff;   // --git-diff BASE
  std::vector<std::string> corpus;       // --corpus DIR, repeatable
  std::optional<std::string> ledger;     // --ledger FILE: the published side is the claim ledger
  std::optional<std::string> baseline;   // --baseline FILE
  bool update_baseline = false;          // --update-baseline
};

// Adds to `into` the claims (and suppressions) of every published document
// that is not one of `changed` (normalised paths), using `setup`'s rules and
// pipeline options. Returns 0, or 2 after saying on `err` what it could not read.
using PublishedSource = std::function<int(CommandSetup& setup, const std::set<std::string>& changed,
                                          CorpusFindings& into, std::ostream& err)>;

// The published documents are these files.
PublishedSource PublishedFromFiles(std::vector<std::string> files);
// The published documents are those stored in the claim ledger at `path`.
PublishedSource PublishedFromLedger(std::string path);

int RunGate(const CommonOptions& opts, const GateOptions& gate, std::ostream& out, std::ostream& err);

// The gate once the changed paths and the published source are known.
int GateAgainst(const CommonOptions& opts, const GateOptions& gate, const std::vector<std::string>& changed,
                const PublishedSource& published, std::ostream& out, std::ostream& err);

}  // namespace figcheck

#endif  // FIGCHECK_CLI_GATE_COMMAND_H_
