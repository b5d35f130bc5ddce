// SARIF report: structure and content, and validation by Microsoft's SARIF
// multitool (installed by setup.sh into build/tools).
#include <gtest/gtest.h>

#include <filesystem>

#include "reports/sarif_format.h"
#include "tests/report_fixtures.h"

namespace figcheck {
namespace {

using nlohmann::json;

std::string Corpus() { return testing::SourceDir() + "/tests/fixtures/corpus"; }

std::string Multitool() {
  const char* dir = std::getenv("FIGCHECK_TOOLS_DIR");
  return (dir != nullptr ? std::string(dir) : testing::SourceDir() + "/build/tools") +
         "/node_modules/.bin/sarif-multitool";
}

ReportInput HostileWithRules() {
  ReportInput input = testing::HostileReport();
  CheckRule rule;
  rule.id = "value-conflict";
  rule.severity = Severity::kError;
  rule.description = "Two figures <cannot> both hold.";
  input.checks.push_back(rule);
  return input;
}

TEST(SarifReportTest, OneRunWithTheRulesCitedAndAResultPerFinding) {
  const json log = json::parse(testing::Render("sarif", HostileWithRules()));
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_NE(log["$schema"].get<std::string>().find("sarif-schema-2.1.0.json"), std::string::npos);
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  EXPECT_EQ(run["tool"]["driver"]["name"], "figcheck");
  EXPECT_EQ(run["tool"]["driver"]["informationUri"].get<std::string>().rfind("https://", 0), 0u);
  const json& rules = run["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u) << rules.dump(2);
  EXPECT_EQ(rules[0]["id"], "value-conflict");
  EXPECT_EQ(rules[0]["shortDescription"]["text"], "Two figures <cannot> both hold.");
  EXPECT_EQ(rules[0]["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(rules[1]["id"], "changed-over-time");  // not in `checks`: described by its id and kind
  EXPECT_EQ(rules[1]["shortDescription"]["text"], "changed-over-time (value_conflict)");
  const json& results = run["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0]["ruleId"], "value-conflict");
  EXPECT_EQ(results[0]["ruleIndex"], 0);
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[1]["ruleIndex"], 1);
  EXPECT_EQ(results[1]["level"], "note");
}

TEST(SarifReportTest, LocationsCountCodePointsAndRelatedLocationsAreLinked) {
  const json result = json::parse(testing::Render("sarif", HostileWithRules()))["runs"][0]["results"][0];
  const json& location = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "dir/evil%20%22doc%22%20%3Cb%3E%26%2C%3A%25.txt");
  EXPECT_EQ(location["region"]["startLine"], 3);
  EXPECT_EQ(location["region"]["startColumn"], 31);
  EXPECT_EQ(location["region"]["endColumn"], 37);  // 超過5億用戶: six code points, end exclusive
  EXPECT_EQ(location["region"]["snippet"]["text"], "超過5億用戶");
  ASSERT_EQ(result["relatedLocations"].size(), 1u);
  EXPECT_EQ(result["relatedLocations"][0]["id"], 1);
  EXPECT_EQ(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"], "other.md");
  const std::string message = result["message"]["text"];
  EXPECT_NE(message.find("Other figures: [other.md:7:1](1)"), std::string::npos) << message;
  // The article's own brackets are escaped: they cannot form a link.
  EXPECT_NE(message.find("\\[link\\](http://e.vil)"), std::string::npos) << message;
}

TEST(SarifReportTest, FingerprintsIgnoreLineMovesButNotValues) {
  auto fingerprint = [](const ReportInput& input) {
    return json::parse(testing::Render("sarif", input))["runs"][0]["results"][0]["partialFingerprints"];
  };
  ReportInput input = testing::HostileReport();
  const json original = fingerprint(input);
  EXPECT_EQ(original.size(), 1u);
  input.findings[0].claims[0].line += 10;
  EXPECT_EQ(fingerprint(input), original);
  input.findings[0].claims[0].value = FigureValue::Read(Dimension::kCount, "510000000");
  EXPECT_NE(fingerprint(input), original);
}

TEST(SarifReportTest, PathsBecomeUriReferences) {
  EXPECT_EQ(PathToUri("seeds/000_2c8b.txt"), "seeds/000_2c8b.txt");
  EXPECT_EQ(PathToUri("/abs/新聞 1.md"), "file:///abs/%E6%96%B0%E8%81%9E%201.md");
  EXPECT_EQ(PathToUri("a:b#c?d"), "a%3Ab%23c%3Fd");  // never read as a scheme, fragment or query
}

TEST(SarifReportTest, CheckDescribesRulesFromTheRulePack) {
  auto r = testing::RunFigcheck("check --format sarif " + Corpus());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json run = json::parse(r.out)["runs"][0];
  bool described = false;
  for (const auto& rule : run["tool"]["driver"]["rules"]) {
    if (rule["id"] == "value-conflict") {
      described =
          rule["shortDescription"]["text"] == "Two figures for the same entity, metric and time cannot both hold.";
    }
  }
  EXPECT_TRUE(described) << run["tool"].dump(2);
  ASSERT_FALSE(run["results"].empty());
  for (const auto& result : run["results"]) {
    const std::string uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    EXPECT_EQ(uri.rfind("file://" + Corpus() + "/", 0), 0u) << uri;  // an absolute path as a file URI
  }
}

// Runs `sarif-multitool validate` on each file; returns the error-level results it reports.
std::vector<std::string> ValidationErrors(const std::vector<std::string>& files) {
  const std::string log = testing::TempDir() + "/validation.sarif";
  // Files first: --log takes a list and would swallow them.
  std::string command = "'" + Multitool() + "' validate";
  for (const auto& f : files) command += " '" + f + "'";
  command += " --output '" + log + "' --log ForceOverwrite";
  std::filesystem::remove(log);
  // The exit status is 0 even when a file is invalid: the verdict is in the log.
  const auto r = testing::RunShell(command);
  std::vector<std::string> errors;
  if (r.exit_code != 0 || !std::filesystem::exists(log)) {
    errors.push_back("validator did not run (" + std::to_string(r.exit_code) + "): " + r.out + r.err);
    return errors;
  }
  std::ifstream in(log);
  const json verdict = json::parse(in);
  for (const auto& run : verdict["runs"]) {
    for (const auto& invocation : run.value("invocations", json::array())) {
      if (!invocation.value("executionSuccessful", false)) errors.push_back("execution failed: " + invocation.dump());
    }
    for (const auto& result : run["results"]) {
      if (result.value("level", "warning") == "error") errors.push_back(result.dump());
    }
  }
  return errors;
}

TEST(SarifReportTest, MicrosoftSarifValidatorFindsNoError) {
  FIGCHECK_REQUIRE_TOOL(Multitool(), "./setup.sh installs @microsoft/sarif-multitool into build/tools");
  const std::string dir = testing::TempDir();
  const std::string corpus = dir + "/corpus.sarif";
  const std::string seeds = dir + "/seeds.sarif";
  EXPECT_EQ(testing::RunFigcheck("check --format sarif -o " + corpus + " " + Corpus()).exit_code, 1);
  testing::RunFigcheck("check --format sarif -o " + seeds + " " + testing::SourceDir() + "/seeds");
  const std::string hostile =
      testing::WriteTextFile(dir + "/hostile.sarif", testing::Render("sarif", HostileWithRules()));
  const std::string empty = testing::WriteTextFile(dir + "/empty.sarif", testing::Render("sarif", ReportInput{}));
  const auto errors = ValidationErrors({corpus, seeds, hostile, empty});
  EXPECT_TRUE(errors.empty()) << ::testing::PrintToString(errors);
}

}  // namespace
}  // namespace figcheck
