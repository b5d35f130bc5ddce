// The ledger commands (ledger add/list/remove/stats) and review.
//
// Contract: like every command (commands.h), each returns the exit status:
// 0 ran clean, 1 (review) a finding at or above --fail-on, 2 usage error,
// unreadable input, or a ledger file that cannot be used (a message naming
// the file on `err`). `ledger` is the ledger file; only `ledger add` creates
// it (and its directory).
#ifndef FIGCHECK_CLI_LEDGER_COMMANDS_H_
#define FIGCHECK_CLI_LEDGER_COMMANDS_H_

#include <ostream>
#include <string>
#include <vector>

#include "checker/cli/commands.h"

namespace figcheck {

inline constexpr const char* kDefaultLedger = ".figcheck/ledger.db";

// Stores each document with its claims; an unchanged document (same path and bytes) is left alone.
int RunLedgerAdd(const CommonOptions& opts, const std::string& ledger, const std::vector<std::string>& paths,
                 std::ostream& out, std::ostream& err);
// Stores the claims of `jsonl` ("-" = standard input), one JSON object a line
// as `figcheck claims --for-ledger` writes them: each document's claims
// (consecutive lines of one `doc`) in one transaction, as `ledger add` would
// from the file. A line that is no such claim, or a document whose lines are
// not together, is named (FILE:LINE) and its document left out; the others
// are stored and the status is 2. A document without claims has no line, so
// it is not stored.
int RunLedgerAddJsonl(const std::string& ledger, const std::string& jsonl, std::ostream& out, std::ostream& err);
int RunLedgerList(const std::string& ledger, std::ostream& out, std::ostream& err);
int RunLedgerRemove(const std::string& ledger, const std::vector<std::string>& paths, std::ostream& out,
                    std::ostream& err);
int RunLedgerStats(const std::string& ledger, std::ostream& out, std::ostream& err);

// Where review finds the published side: the ledger, or (when `against` is
// not empty) these files, extracted afresh.
struct ReviewSource {
  std::string ledger = kDefaultLedger;
  std::vector<std::string> against;
};

// Findings that involve the drafts, against every published claim of the same entity and metric.
int RunReview(const CommonOptions& opts, const ReviewSource& published, const std::vector<std::string>& drafts,
              std::ostream& out, std::ostream& err);

}  // namespace figcheck

#endif  // FIGCHECK_CLI_LEDGER_COMMANDS_H_
