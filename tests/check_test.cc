// `figcheck check` on a small corpus written for these tests (tests/fixtures/corpus,
// Simplified Chinese, English and Traditional Chinese), and on the seeds.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;

json Check(const std::string& paths, int* exit_code = nullptr, const std::string& extra = "") {
  auto r = testing::RunFigcheck("check --format json " + extra + " " + paths);
  if (exit_code != nullptr) *exit_code = r.exit_code;
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  return json::parse(r.out);
}

// The findings whose claims come from exactly these two documents' names.
std::vector<json> Between(const json& report, const std::string& metric) {
  std::vector<json> out;
  for (const auto& f : report["findings"]) {
    if (f["metric"] == metric) out.push_back(f);
  }
  return out;
}

TEST(CheckTest, ConflictingDeliveriesAcrossScriptsAndLanguages) {
  const std::string corpus = testing::SourceDir() + "/tests/fixtures/corpus";
  int code = 0;
  json report = Check(corpus, &code);
  auto deliveries = Between(report, "deliveries");
  ASSERT_EQ(deliveries.size(), 1u) << report.dump(2);
  EXPECT_EQ(deliveries[0]["severity"], "error");
  std::set<std::string> values;
  for (const auto& c : deliveries[0]["claims"]) values.insert(c["value"]);
  // 158萬 (Traditional) disagrees with both 178.9万 (Simplified) and 1.79 million (English), which agree.
  EXPECT_TRUE(values.count("1580000"));
  EXPECT_EQ(code, 1);  // an error fails the run at the default --fail-on error
}

TEST(CheckTest, WeeklyAndMonthlyUsersAreNeverCompared) {
  json report = Check(testing::SourceDir() + "/tests/fixtures/corpus");
  for (const auto& f : report["findings"]) {
    std::set<std::string> metrics;
    for (const auto& c : f["claims"]) metrics.insert(c["metric"].is_string() ? c["metric"].get<std::string>() : "");
    EXPECT_EQ(metrics.size(), 1u) << f.dump(2);
    EXPECT_FALSE(metrics.count("weekly_active_users") && f["severity"] != "info") << f.dump(2);
  }
}

TEST(CheckTest, SamePowerInDifferentUnitsAgrees) {
  // 1.2吉瓦 and 1,200 MW are the same capacity: no power finding.
  json report = Check(testing::SourceDir() + "/tests/fixtures/corpus");
  EXPECT_TRUE(Between(report, "power_capacity").empty()) << report.dump(2);
}

TEST(CheckTest, DifferentCurrenciesAreNotCompared) {
  // 800亿美元 and 800億新台幣 are different amounts in different currencies; conversion is another check.
  json report = Check(testing::SourceDir() + "/tests/fixtures/corpus");
  for (const auto& f : report["findings"]) {
    std::set<std::string> units;
    for (const auto& c : f["claims"]) units.insert(c["unit"]);
    EXPECT_EQ(units.size(), 1u) << f.dump(2);
  }
}

TEST(CheckTest, FailOnDecidesTheExitStatus) {
  const std::string corpus = testing::SourceDir() + "/tests/fixtures/corpus/b_en.txt";
  int code = -1;
  Check(corpus, &code);
  EXPECT_EQ(code, 0);  // one article alone has nothing to disagree with
  auto bad = testing::RunFigcheck("check --fail-on sometimes " + corpus);
  EXPECT_EQ(bad.exit_code, 2);
}

TEST(CheckTest, TextReportMarksTheFigureWithoutColourWhenPiped) {
  auto r = testing::RunFigcheck("check " + testing::SourceDir() + "/tests/fixtures/corpus");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("error [value-conflict]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("^~"), std::string::npos);
  EXPECT_EQ(r.out.find("\033["), std::string::npos);  // no colour codes in a pipe
}

TEST(CheckTest, ExplainShowsHowAClaimWasRead) {
  auto r = testing::RunFigcheck("explain " + testing::SourceDir() + "/seeds/002_94ac71971e785e4d.txt:22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("超過5億用戶"), std::string::npos);
  EXPECT_NE(r.out.find("entity    ChatGPT"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("metric    weekly_active_users"), std::string::npos) << r.out;
  EXPECT_EQ(testing::RunFigcheck("explain nowhere").exit_code, 2);
}

// The seeds' gold discrepancies: findings are scored like shared/eval/score.py
// (a finding covers a discrepancy when its claims match at least two of the
// discrepancy's claims, or one for a unit mismatch, not all from one agreeing group).
TEST(CheckTest, SeedsDiscrepanciesAreFoundWithoutCryingWolf) {
  std::ifstream in(testing::SourceDir() + "/tests/fixtures/seeds.gold.json");
  const json gold = json::parse(in);
  json report = Check(testing::SourceDir() + "/seeds");
  auto ids_of = [&](const json& finding) {
    std::set<std::string> ids;
    for (const auto& c : finding["claims"]) {
      const std::string doc = std::filesystem::path(c["doc"].get<std::string>()).filename().string();
      for (const auto& g : gold["claims"]) {
        if (g["doc"] == doc && g["line"] == c["line"] && g["value"] == c["value"]) ids.insert(g["id"]);
      }
    }
    return ids;
  };
  std::vector<std::set<std::string>> agreeing;
  for (const auto& g : gold["consistent_groups"]) agreeing.emplace_back(g["claims"].begin(), g["claims"].end());
  auto covers = [&](const std::set<std::string>& ids, const json& d) {
    std::set<std::string> hit;
    for (const auto& id : d["claims"]) if (ids.count(id)) hit.insert(id);
    const size_t need = d["kind"] == "unit_mismatch" || d["kind"] == "implausible" || d.contains("requires") ? 1 : 2;
    if (hit.size() < need) return false;
    if (need == 1) return true;
    for (const auto& g : agreeing) {
      if (std::includes(g.begin(), g.end(), hit.begin(), hit.end())) return false;
    }
    return true;
  };
  auto found_by_some_finding = [&](const json& d) {
    for (const auto& f : report["findings"]) {
      if (f["severity"] != "info" && covers(ids_of(f), d)) return true;
    }
    return false;
  };
  size_t wanted = 0, found = 0, counted = 0, true_findings = 0;
  for (const auto& d : gold["discrepancies"]) {
    if (d["severity"] == "info") continue;
    // Issue 5: every counted discrepancy of an internal kind is found, reference data or not;
    // d08 needs outside knowledge (the six companies' capex of 2014) and is listed as a
    // known miss rather than silently skipped.
    const std::string kind = d["kind"];
    const bool internal_kind = kind == "arithmetic" || kind == "unit_mismatch" || kind == "internal_inconsistency" ||
                               kind == "implausible";
    const bool known_miss = d["id"] == "d08";
    if (internal_kind && !known_miss) {
      EXPECT_TRUE(found_by_some_finding(d)) << "missed " << d["id"] << ": " << kind;
    }
    if (d.contains("requires")) continue;
    ++wanted;
    found += found_by_some_finding(d);
  }
  for (const auto& f : report["findings"]) {
    if (f["severity"] == "info") continue;
    ++counted;
    bool hit = false;
    for (const auto& d : gold["discrepancies"]) hit = hit || covers(ids_of(f), d);
    true_findings += hit;
    EXPECT_TRUE(hit) << "false finding: " << f["message"];
  }
  const double recall = static_cast<double>(found) / wanted;
  const double precision = counted ? static_cast<double>(true_findings) / counted : 0;
  std::cout << "seeds discrepancies: recall " << recall << ", precision " << precision << "\n";
  EXPECT_GE(recall, 0.90);     // issue 5's bars (issue 3's were 0.80 and 0.75)
  EXPECT_GE(precision, 0.80);
}

}  // namespace
}  // namespace figcheck
