// Fixtures shared by the report format tests: a hostile report input, and
// running the external tools that check a format (SARIF multitool, python3's
// XML parser, headless Chromium).
#ifndef FIGCHECK_TESTS_REPORT_FIXTURES_H_
#define FIGCHECK_TESTS_REPORT_FIXTURES_H_

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "reports/report.h"
#include "tests/test_util.h"

namespace figcheck::testing {

// Every string an article or a path can reach, written to break out of each format.
inline constexpr const char* kHostileText =
    "<script>alert(1)</script>5億|`x` [a](http://e.vil) @octocat #1 \"q\" 'a' & %0A";
inline constexpr const char* kHostileMessage =
    "users: <script>alert(1)</script> vs \"y\" & 'z' | `code` [link](http://e.vil) @octocat #12 100%\n"
    "::error file=x::injected\r\nend";
inline constexpr const char* kHostileLine =
    "前文<img src=x onerror=alert(1)>超過5億用戶</script><script>alert(1)</script>&amp;";

inline Claim HostileClaim(const std::string& doc, int line, int column, const std::string& text,
                          const std::string& value, const std::string& as_of) {
  Claim c;
  c.doc = doc;
  c.line = line;
  c.column = column;
  c.text = text;
  c.entity = "Chat<GPT>";
  c.metric = "weekly|users";
  c.dimension = Dimension::kCount;
  c.value = FigureValue::Read(c.dimension, value);
  c.unit = "count";
  c.as_of = CivilDate::ParseIso(as_of);
  return c;
}

// One error finding with two claims, one info finding; strings are hostile throughout.
inline ReportInput HostileReport() {
  ReportInput input;
  Finding f;
  f.rule = "value-conflict";
  f.kind = "value_conflict";
  f.severity = Severity::kError;
  f.message = kHostileMessage;
  f.entity = "Chat<GPT>";
  f.metric = "weekly|users";
  // 超過5億用戶 starts at code point 31 of kHostileLine.
  f.claims.push_back(HostileClaim("dir/evil \"doc\" <b>&,:%.txt", 3, 31, "超過5億用戶", "500000000", "2025-05-12"));
  f.claims.push_back(HostileClaim("other.md", 7, 1, kHostileText, "800000000", "2025-05-01"));
  Finding note = f;
  note.rule = "changed-over-time";
  note.severity = Severity::kInfo;
  note.message = "changed <b>over</b> time & more";
  input.findings = {f, note};
  input.summary = {2, 9};
  input.documents = {"dir/evil \"doc\" <b>&,:%.txt", "other.md", "clean.txt"};
  input.source = [](const std::string&, int) { return std::string(kHostileLine); };
  return input;
}

inline std::string Render(const std::string& format, const ReportInput& input) {
  std::ostringstream out;
  const Status s = WriteReport(format, input, out);
  EXPECT_TRUE(s.ok()) << s.message();
  return out.str();
}

inline std::string WriteTextFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path;
}


// setup.sh installs the validators; CI (`./setup.sh test`) sets
// FIGCHECK_REQUIRE_TOOLS=1 so that a missing one fails instead of skipping.
inline bool ToolsRequired() {
  const char* v = std::getenv("FIGCHECK_REQUIRE_TOOLS");
  return v != nullptr && std::string(v) == "1";
}

}  // namespace figcheck::testing

// Skips the test when `tool` (a path) is missing, or fails it under FIGCHECK_REQUIRE_TOOLS=1.
#define FIGCHECK_REQUIRE_TOOL(tool, install_hint)                                           \
  do {                                                                                      \
    if (!std::filesystem::exists(tool)) {                                                   \
      if (::figcheck::testing::ToolsRequired()) {                                           \
        FAIL() << (tool) << " is missing and FIGCHECK_REQUIRE_TOOLS=1: " << (install_hint); \
      }                                                                                     \
      GTEST_SKIP() << (tool) << " is missing (" << (install_hint)                           \
                   << "); set FIGCHECK_REQUIRE_TOOLS=1 to make this a failure";             \
    }                                                                                       \
  } while (0)

#endif  // FIGCHECK_TESTS_REPORT_FIXTURES_H_
