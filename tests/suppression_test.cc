// Inline suppressions: which comments count, which lines they cover, and how
// they filter findings; a suppression without a reason silences nothing and
// is reported.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "checker/compare/apply_suppressions.h"
#include "checker/document/loader.h"
#include "checker/document/suppression.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

std::vector<Suppression> Parse(const std::string& text, const std::string& path = "a.md") {
  auto doc = DocumentFromBytes(path, text, LoadOptions{});
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? FindSuppressions(*doc) : std::vector<Suppression>{};
}

Claim At(const std::string& doc, int line) {
  Claim c;
  c.doc = doc;
  c.line = line;
  c.text = "3億";
  c.value = FigureValue::Read(Dimension::kCount, "300000000");
  c.unit = "count";
  return c;
}

Finding Conflict(const std::string& rule, std::vector<Claim> claims) {
  Finding f;
  f.rule = rule;
  f.kind = "value_conflict";
  f.severity = Severity::kError;
  f.claims = std::move(claims);
  return f;
}

TEST(SuppressionParse, NextLineFormCoversTheNextNonBlankLine) {
  const auto s = Parse(
      "date 2025-05-20\n"
      "<!-- figcheck-disable-next-line growth-reversal: 3億 is the 2023 figure -->\n"
      "\n"
      "   \n"
      "據報導，ChatGPT每週用戶只有3億。\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].doc, "a.md");
  EXPECT_EQ(s[0].line, 2);
  EXPECT_EQ(s[0].column, 1);
  EXPECT_FALSE(s[0].whole_file);
  EXPECT_EQ(s[0].target_line, 5);
  EXPECT_EQ(s[0].rules, std::vector<std::string>{"growth-reversal"});
  EXPECT_EQ(s[0].reason, "3億 is the 2023 figure");
  EXPECT_TRUE(s[0].Valid());
  EXPECT_TRUE(s[0].Covers("growth-reversal", 5));
  EXPECT_FALSE(s[0].Covers("growth-reversal", 4));
  EXPECT_FALSE(s[0].Covers("value-conflict", 5));
}

TEST(SuppressionParse, StackedCommentsCoverTheSameLine) {
  const auto s = Parse(
      "<!-- figcheck-disable-next-line value-conflict: a -->\n"
      "<!-- figcheck-disable-next-line date-conflict: b -->\n"
      "text 5億\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].target_line, 3);
  EXPECT_EQ(s[1].target_line, 3);
}

TEST(SuppressionParse, RuleListsAndTheWildcard) {
  const auto s = Parse(
      "x <!-- figcheck-disable-file value-conflict, date-conflict unit-mismatch: retrospective -->\n"
      "<!-- figcheck-disable-next-line *: quoted from a 2019 source -->\n"
      "y\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_TRUE(s[0].whole_file);
  EXPECT_EQ(s[0].line, 1);
  EXPECT_EQ(s[0].column, 3);
  EXPECT_EQ(s[0].rules, (std::vector<std::string>{"value-conflict", "date-conflict", "unit-mismatch"}));
  EXPECT_TRUE(s[0].Covers("date-conflict", 40));
  EXPECT_FALSE(s[0].Covers("growth-reversal", 40));
  EXPECT_TRUE(s[1].Covers("anything-at-all", 3));
}

TEST(SuppressionParse, MissingReasonOrRuleIsKeptButInvalid) {
  const auto s = Parse(
      "<!-- figcheck-disable-next-line growth-reversal -->\n"
      "a\n"
      "<!-- figcheck-disable-next-line growth-reversal:   -->\n"
      "b\n"
      "<!-- figcheck-disable-file: no rule named -->\n");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_TRUE(s[0].reason.empty());
  EXPECT_TRUE(s[1].reason.empty());
  EXPECT_TRUE(s[2].rules.empty());
  for (const auto& one : s) {
    EXPECT_FALSE(one.Valid());
    EXPECT_FALSE(one.Covers("growth-reversal", 2));
  }
}

TEST(SuppressionParse, OtherCommentsAndLookalikesAreIgnored) {
  const auto s = Parse(
      "<!-- an editor's note -->\n"
      "<!-- figcheck-disable-next-lines value-conflict: typo in the directive -->\n"
      "<!--figcheck-disable-next-line value-conflict: no space is fine-->\n"
      "z\n"
      "<!-- figcheck-disable-file value-conflict: never closed\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].line, 3);
  EXPECT_EQ(s[0].target_line, 4);
}

TEST(SuppressionParse, LinesAreThoseOfTheOriginalFileAfterMarkupAndCrlf) {
  const auto s = Parse(
      "---\r\ntitle: t\r\ndate: 2025-05-12\r\n---\r\n"
      "<p>one</p>\r\n"
      "<!-- figcheck-disable-next-line\r\n   value-conflict: spans\r\n   lines -->\r\n"
      "<p>ChatGPT 5億</p>\r\n",
      "a.html");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].line, 6);
  EXPECT_EQ(s[0].target_line, 9);
  EXPECT_EQ(s[0].reason.substr(0, 5), "spans");
}

TEST(ApplySuppressions, DropsFindingsRestingOnACoveredClaim) {
  const auto s = Parse("<!-- figcheck-disable-next-line growth-reversal: known -->\nx\n", "new.md");
  const std::vector<Finding> findings{
      Conflict("growth-reversal", {At("pub.md", 2), At("./new.md", 2)}),  // covered via new.md:2
      Conflict("value-conflict", {At("pub.md", 2), At("new.md", 2)}),     // other rule
      Conflict("growth-reversal", {At("pub.md", 2), At("new.md", 3)}),    // other line
      Conflict("growth-reversal", {At("pub.md", 2), At("other.md", 2)}),  // other document
  };
  const auto kept = ApplySuppressions(findings, s);
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept[0].rule, "value-conflict");
  EXPECT_EQ(kept[1].claims[1].line, 3);
  EXPECT_EQ(kept[2].claims[1].doc, "other.md");
}

TEST(ApplySuppressions, AFileSuppressionInThePublishedArticleAlsoSilences) {
  const auto s = Parse("<!-- figcheck-disable-file *: archived estimates -->\n", "pub.md");
  const auto kept = ApplySuppressions({Conflict("growth-reversal", {At("pub.md", 9), At("new.md", 2)})}, s);
  EXPECT_TRUE(kept.empty());
}

TEST(ApplySuppressions, ASuppressionWithoutReasonSilencesNothingAndIsReported) {
  const auto s = Parse("a\n<!-- figcheck-disable-next-line growth-reversal -->\nx\n", "new.md");
  const auto kept = ApplySuppressions({Conflict("growth-reversal", {At("pub.md", 2), At("new.md", 3)})}, s);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].rule, "growth-reversal");
  const Finding& problem = kept[1];
  EXPECT_EQ(problem.rule, "suppression-without-reason");
  EXPECT_EQ(problem.kind, "invalid_suppression");
  EXPECT_EQ(problem.severity, Severity::kWarning);
  EXPECT_EQ(problem.entity, "figcheck-disable");
  EXPECT_NE(problem.message.find("new.md:2"), std::string::npos) << problem.message;
  ASSERT_EQ(problem.claims.size(), 1u);
  EXPECT_EQ(problem.claims[0].doc, "new.md");
  EXPECT_EQ(problem.claims[0].line, 2);
  EXPECT_EQ(problem.claims[0].text, "<!-- figcheck-disable-next-line growth-reversal -->");
}

TEST(ApplySuppressions, ASuppressionWithoutRuleIsReportedAsSuch) {
  const auto s = Parse("<!-- figcheck-disable-file: why -->\n", "new.md");
  const auto kept = ApplySuppressions({}, s);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].rule, "suppression-without-rule");
}

// The same filter runs in `check`, through the shared corpus findings.
TEST(SuppressionCli, CheckHonoursSuppressionsAndReportsReasonlessOnes) {
  namespace fs = std::filesystem;
  const std::string dir = testing::TempDir() + "/suppress_check";
  fs::create_directories(dir);
  std::ofstream(dir + "/pub.md") << "date 2025-05-12\n奧特曼在聽證會上透露，ChatGPT目前每週有超過5億用戶使用。\n";
  std::ofstream(dir + "/new.md") << "date 2025-05-20\n據報導，ChatGPT每週用戶只有3億。\n";
  auto before = testing::RunFigcheck("check --format json " + dir);
  ASSERT_EQ(before.exit_code, 1) << before.out << before.err;

  std::ofstream(dir + "/new.md") << "date 2025-05-20\n"
                                    "<!-- figcheck-disable-next-line growth-reversal: 3億 is the 2023 figure -->\n"
                                    "據報導，ChatGPT每週用戶只有3億。\n";
  auto silenced = testing::RunFigcheck("check --format json " + dir);
  EXPECT_EQ(silenced.exit_code, 0) << silenced.out << silenced.err;
  EXPECT_TRUE(nlohmann::json::parse(silenced.out)["findings"].empty()) << silenced.out;

  std::ofstream(dir + "/new.md") << "date 2025-05-20\n"
                                    "<!-- figcheck-disable-next-line growth-reversal -->\n"
                                    "據報導，ChatGPT每週用戶只有3億。\n";
  auto reasonless = testing::RunFigcheck("check --format json --fail-on warning " + dir);
  EXPECT_EQ(reasonless.exit_code, 1);
  const auto findings = nlohmann::json::parse(reasonless.out)["findings"];
  ASSERT_EQ(findings.size(), 2u) << reasonless.out;
  EXPECT_EQ(findings[0]["rule"], "growth-reversal");
  EXPECT_EQ(findings[1]["rule"], "suppression-without-reason");
  EXPECT_EQ(findings[1]["claims"][0]["line"], 2);
}

}  // namespace
}  // namespace figcheck
