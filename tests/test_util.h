// Helpers shared by tests that drive the figcheck binary.
#ifndef FIGCHECK_TESTS_TEST_UTIL_H_
#define FIGCHECK_TESTS_TEST_UTIL_H_

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "checker/rules/rulebook.h"

namespace figcheck::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `command` with /bin/sh; stdout and stderr captured apart (exit_code -1 when it did not exit).
CommandResult RunShell(const std::string& command);

// Runs the built figcheck with `args` (shell-quoted by the caller), optional stdin.
CommandResult RunFigcheck(const std::string& args, const std::string& stdin_text = "");

// Parses JSON lines; a malformed line fails the calling test.
std::vector<nlohmann::json> ParseJsonl(const std::string& text);

// The rule pack figcheck ships, loaded once for the test binary (a load
// error fails the calling test and leaves an empty rule book).
const Rulebook& ShippedRules();

std::string SourceDir();
std::string TempDir();
// Writes `bytes` to TempDir()/name (creating folders) and returns the path.
std::string WriteTempFile(const std::string& name, const std::string& bytes);

// A copy of the shipped rule pack in a fresh folder TempDir()/name, with the
// first `find` in rule file `file` (a path inside the pack) replaced by
// `replace`; returns the folder, or "" (and fails the calling test) when
// `find` is not in the file.
std::string EditedRules(const std::string& name, const std::string& file, const std::string& find,
                        const std::string& replace);

// Writes each text as its own document in a fresh folder TempDir()/name,
// runs `figcheck check --format json` on the folder and returns the report
// (a run that exits other than 0 or 1 fails the calling test).
nlohmann::json CheckTexts(const std::string& name, const std::vector<std::string>& texts);

// The findings of a report with error or warning severity.
std::vector<nlohmann::json> CountedFindings(const nlohmann::json& report);

// The claims figcheck reads from one text (written as TempDir()/name).
std::vector<nlohmann::json> ClaimsOf(const std::string& name, const std::string& text);

// The claim whose source text is `text`; the calling test fails (and gets an
// empty object) when there is none.
nlohmann::json ClaimWithText(const std::vector<nlohmann::json>& claims, const std::string& text);

// The claims `figcheck claims -` reads from `text`, by their source text.
std::map<std::string, nlohmann::json> ClaimsByText(const std::string& text);

// The claim lists `aspect` among its aspects.
bool HasAspect(const nlohmann::json& claim, const std::string& aspect);

}  // namespace figcheck::testing

#endif  // FIGCHECK_TESTS_TEST_UTIL_H_
