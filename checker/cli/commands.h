// The figcheck commands, callable from main() and from tests.
//
// Contract: each command takes parsed options and output streams and returns
// the process exit status: 0 ran clean, 1 findings at or above --fail-on,
// 2 usage error or unreadable input (a message naming the file on `err`;
// every other file is still processed and reported).
#ifndef FIGCHECK_CLI_COMMANDS_H_
#define FIGCHECK_CLI_COMMANDS_H_

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace figcheck {

struct CommonOptions {
  std::string rules_dir;              // empty: the default pack
  std::optional<std::string> published;  // --published YYYY-MM-DD
  int jobs = 0;                       // 0: all cores
  std::string format;
  std::string fail_on = "error";      // check: lowest severity that fails the run
  bool colour = false;                // check: ANSI colour in the text report
  std::string output;                 // check, gate, review: write the report to this file ("" = stdout)
  bool progress = false;              // "[n/total] documents" on stderr (a TTY, no --quiet)
  bool candidates = false;            // claims: list each figure's entity candidates and features
  size_t memory_mb = 512;             // check: claims held in memory before temporary files (compare/corpus_check.h)
  std::string temp_dir;               // check: where temporary files go ("" = $TMPDIR or /tmp)
  std::string check_ledger;           // check: the ledger whose documents are checked, instead of PATHs
  bool for_ledger = false;            // claims: also the fields `ledger add --from-jsonl` stores
};

int RunClaims(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err);
int RunNumbers(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err);
int RunCheck(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err);
// explain FILE:LINE: every claim on that line, with how each part was derived;
// explain RULE-ID (no ":LINE"): the check's description, parameters and example.
// `corpus`: other documents whose learned aliases apply, as they would in a
// `check` over them all (a name another article taught: compare/entity_unify.h).
int RunExplain(const CommonOptions& opts, const std::string& where, const std::vector<std::string>& corpus,
               std::ostream& out, std::ostream& err);
// entities PATH...: the names each document holds beyond the rule book's, how
// each was found and where its aliases were learned. entities_command.cc
int RunEntities(const CommonOptions& opts, const std::vector<std::string>& paths, std::ostream& out, std::ostream& err);
int RunRulesLint(const std::string& dir, std::ostream& out, std::ostream& err);
// rules list: every check of the pack (id, kind, severity, on/off, description). rules_command.cc
int RunRulesList(const std::string& dir, std::ostream& out, std::ostream& err);
int RunExplainRule(const CommonOptions& opts, const std::string& id, std::ostream& out, std::ostream& err);

}  // namespace figcheck

#endif  // FIGCHECK_CLI_COMMANDS_H_
