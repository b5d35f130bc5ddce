// Fingerprints and the baseline file: a finding stays accepted when its lines
// move or other sentences change, and comes back when its figure changes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/compare/fingerprint.h"
#include "checker/gate/baseline.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;

Claim MakeClaim(const std::string& doc, int line, const std::string& text, const std::string& value) {
  Claim c;
  c.doc = doc;
  c.line = line;
  c.column = 3;
  c.text = text;
  c.dimension = Dimension::kCount;
  c.value = FigureValue::Read(c.dimension, value);
  c.unit = "count";
  c.entity = "ChatGPT";
  c.metric = "weekly_active_users";
  return c;
}

Finding MakeFinding(std::vector<Claim> claims, const std::string& rule = "growth-reversal") {
  Finding f;
  f.rule = rule;
  f.kind = "value_conflict";
  f.severity = Severity::kError;
  f.message = "ChatGPT weekly_active_users: … at lines " + std::to_string(claims.front().line);
  f.claims = std::move(claims);
  return f;
}

std::string Dir(const std::string& name) {
  const std::string dir = testing::TempDir() + "/" + name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void WriteFile(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

TEST(Fingerprint, IgnoresLinesColumnsMessageAndClaimOrder) {
  const Finding a = MakeFinding({MakeClaim("pub.md", 2, "超過5億用戶", "500000000"), MakeClaim("new.md", 2, "3億", "300000000")});
  Finding b = MakeFinding({MakeClaim("./new.md", 40, "3億", "300000000"), MakeClaim("pub.md", 2, "超過5億用戶", "500000000")});
  b.claims[0].column = 77;
  b.message = "reworded";
  EXPECT_EQ(FindingFingerprint(a), FindingFingerprint(b));
  EXPECT_EQ(FindingFingerprint(a).size(), 16u);
}

TEST(Fingerprint, ChangesWithTheFigureTheDocumentOrTheRule) {
  const Finding base = MakeFinding({MakeClaim("pub.md", 2, "超過5億用戶", "500000000"), MakeClaim("new.md", 2, "3億", "300000000")});
  const std::string fp = FindingFingerprint(base);
  EXPECT_NE(fp, FindingFingerprint(MakeFinding({base.claims[0], MakeClaim("new.md", 2, "2億", "200000000")})));
  EXPECT_NE(fp, FindingFingerprint(MakeFinding({base.claims[0], MakeClaim("other.md", 2, "3億", "300000000")})));
  EXPECT_NE(fp, FindingFingerprint(MakeFinding(base.claims, "value-conflict")));
  Claim other_metric = base.claims[1];
  other_metric.metric = "monthly_active_users";
  EXPECT_NE(fp, FindingFingerprint(MakeFinding({base.claims[0], other_metric})));
}

TEST(Baseline, MissingFileIsEmpty) {
  auto b = ReadBaseline(Dir("baseline_missing") + "/none.json");
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_TRUE(b->entries.empty());
}

TEST(Baseline, MalformedFilesAreErrorsNamingTheFile) {
  const std::string dir = Dir("baseline_bad");
  for (const char* text : {"{not json", "[]", R"({"version": 2, "findings": []})", R"({"version": 1})",
                           R"({"version": 1, "findings": [{"rule": "x"}]})"}) {
    WriteFile(dir + "/b.json", text);
    auto b = ReadBaseline(dir + "/b.json");
    ASSERT_FALSE(b.ok()) << text;
    EXPECT_NE(b.status().message().find(dir + "/b.json"), std::string::npos) << b.status().message();
  }
}

TEST(Baseline, WritesWhatItReadsSortedAndVersioned) {
  const std::string path = Dir("baseline_roundtrip") + "/b.json";
  const Finding f1 = MakeFinding({MakeClaim("pub.md", 2, "超過5億用戶", "500000000"), MakeClaim("new.md", 2, "3億", "300000000")});
  const Finding f2 = MakeFinding({MakeClaim("pub.md", 2, "超過5億用戶", "500000000"), MakeClaim("b.md", 7, "2億", "200000000")});
  ASSERT_TRUE(WriteBaseline(path, UpdateBaseline({}, {f1, f2}, {"new.md", "b.md"})).ok());
  std::stringstream text;
  text << std::ifstream(path).rdbuf();
  const auto json = nlohmann::json::parse(text.str());
  EXPECT_EQ(json["version"], 1);
  ASSERT_EQ(json["findings"].size(), 2u);
  EXPECT_LT(json["findings"][0]["fingerprint"].get<std::string>(), json["findings"][1]["fingerprint"].get<std::string>());
  EXPECT_EQ(json["findings"][0]["rule"], "growth-reversal");
  auto read = ReadBaseline(path);
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read->entries.size(), 2u);
  for (const auto& e : read->entries) {
    EXPECT_TRUE(e.fingerprint == FindingFingerprint(f1) || e.fingerprint == FindingFingerprint(f2));
  }
  EXPECT_TRUE(WithoutBaselined({f1, f2}, *read).empty());
  const Finding fresh = MakeFinding({f1.claims[0], MakeClaim("new.md", 2, "1億", "100000000")});
  EXPECT_EQ(WithoutBaselined({f1, fresh, f2}, *read).size(), 1u);
}

TEST(Baseline, UpdateKeepsEntriesAboutDocumentsTheRunDidNotCheck) {
  const Finding about_a = MakeFinding({MakeClaim("pub.md", 2, "超過5億用戶", "500000000"), MakeClaim("a.md", 2, "3億", "300000000")});
  const Finding about_b = MakeFinding({MakeClaim("pub.md", 2, "超過5億用戶", "500000000"), MakeClaim("b.md", 2, "2億", "200000000")});
  const Baseline old = UpdateBaseline({}, {about_a, about_b}, {"a.md", "b.md"});
  // A run over a.md only, where the finding about a.md is gone (fixed).
  const Baseline updated = UpdateBaseline(old, {}, {"./a.md"});
  ASSERT_EQ(updated.entries.size(), 1u);
  EXPECT_EQ(updated.entries[0].fingerprint, FindingFingerprint(about_b));
  EXPECT_EQ(updated.entries[0].docs, (std::vector<std::string>{"b.md", "pub.md"}));
}

// End to end through the gate: the accepted finding survives moved lines and
// reworded sentences around it, and reappears when its figure changes.
TEST(BaselineGate, FingerprintSurvivesMovesAndRewordingButNotANewFigure) {
  const std::string dir = Dir("baseline_gate");
  fs::create_directories(dir + "/published");
  WriteFile(dir + "/published/pub.md", "date 2025-05-12\n奧特曼在聽證會上透露，ChatGPT目前每週有超過5億用戶使用。\n");
  WriteFile(dir + "/new.md",
            "date 2025-05-20\n"
            "市場研究機構發布報告。\n"
            "據報導，ChatGPT每週用戶只有3億。\n");
  const std::string gate = "gate " + dir + "/new.md --corpus " + dir + "/published --format json --baseline " + dir +
                           "/baseline.json";
  auto first = testing::RunFigcheck(gate);
  ASSERT_EQ(first.exit_code, 1) << first.out << first.err;
  ASSERT_EQ(nlohmann::json::parse(first.out)["findings"][0]["claims"][1]["line"], 3);
  ASSERT_EQ(testing::RunFigcheck(gate + " --update-baseline").exit_code, 0);

  WriteFile(dir + "/new.md",
            "date 2025-05-20\n"
            "# 生成式AI的一年\n"
            "\n"
            "另一家研究機構週二發布了一份完全不同的報告，談到多款聊天機器人。\n"
            "\n"
            "分析師表示，競爭正在加劇。\n"
            "\n"
            "據報導，ChatGPT每週用戶只有3億。\n");
  auto check = testing::RunFigcheck("check --format json " + dir);
  ASSERT_EQ(check.exit_code, 1);
  ASSERT_EQ(nlohmann::json::parse(check.out)["findings"][0]["claims"][1]["line"], 8);  // the line did move
  auto moved = testing::RunFigcheck(gate);
  EXPECT_EQ(moved.exit_code, 0) << moved.out << moved.err;
  EXPECT_TRUE(nlohmann::json::parse(moved.out)["findings"].empty()) << moved.out;

  WriteFile(dir + "/new.md",
            "date 2025-05-20\n"
            "# 生成式AI的一年\n"
            "\n"
            "據報導，ChatGPT每週用戶只有2億。\n");
  auto changed = testing::RunFigcheck(gate);
  EXPECT_EQ(changed.exit_code, 1) << changed.out << changed.err;
  EXPECT_EQ(nlohmann::json::parse(changed.out)["findings"].size(), 1u);
}

TEST(BaselineGate, MalformedBaselineExitsTwoNamingTheFile) {
  const std::string dir = Dir("baseline_gate_bad");
  WriteFile(dir + "/new.md", "date 2025-05-20\n據報導，ChatGPT每週用戶只有3億。\n");
  WriteFile(dir + "/b.json", "{\"version\": 1, \"findings\": {}}");
  auto r = testing::RunFigcheck("gate " + dir + "/new.md --corpus " + dir + " --baseline " + dir + "/b.json");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir + "/b.json"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace figcheck
