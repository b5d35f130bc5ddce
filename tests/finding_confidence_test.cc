// Finding confidence: the evidence that a finding's figures may be two facts
// after all lowers its confidence, and below the threshold it is a note (not
// counted by a gate); each report says why its figures are one fact. Texts
// written here, in Traditional and Simplified Chinese and English.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

json CheckTexts(const std::string& name, const std::vector<std::string>& texts) {
  return testing::CheckTexts("confidence/" + name, texts);
}

// The finding of `rule` whose claims hold both values, or null.
json FindingWith(const json& report, const std::string& rule, const std::string& a, const std::string& b) {
  for (const auto& f : report["findings"]) {
    if (f["rule"] != rule) continue;
    bool has_a = false, has_b = false;
    for (const auto& c : f["claims"]) {
      has_a = has_a || c["value"] == a;
      has_b = has_b || c["value"] == b;
    }
    if (has_a && has_b) return f;
  }
  return nullptr;
}

bool DoubtsMention(const json& finding, const std::string& words) {
  for (const auto& d : finding["doubts"]) {
    if (d.get<std::string>().find(words) != std::string::npos) return true;
  }
  return false;
}

TEST(FindingConfidenceTest, TwoUnlikeFiguresInOneArticleAreANote) {
  // A segment's figure and the total, told apart by nothing the reader saw:
  // one article, an order of magnitude apart.
  json one = CheckTexts("one_article", {"date 2026-01-30\n台積電2025年營收為1,200億美元。\n\n另外，台積電2025年營收達120億美元。\n"});
  json f = FindingWith(one, "value-conflict", "120000000000", "12000000000");
  ASSERT_FALSE(f.is_null()) << one.dump(2);
  EXPECT_EQ(f["severity"], "info");
  EXPECT_LT(f["confidence"].get<double>(), 0.5);
  EXPECT_TRUE(DoubtsMention(f, "one article")) << f.dump(2);
  EXPECT_TRUE(DoubtsMention(f, "order of magnitude")) << f.dump(2);
  EXPECT_TRUE(testing::CountedFindings(one).empty()) << one.dump(2);
  // The same pair written close, in two articles: an error an editor must read.
  json two = CheckTexts("two_articles", {"date 2026-01-30\n台积电2025年营收为1,200亿美元。\n",
                                         "date 2026-01-31\nTSMC's revenue in 2025 was $118 billion.\n"});
  json e = FindingWith(two, "value-conflict", "120000000000", "118000000000");
  ASSERT_FALSE(e.is_null()) << two.dump(2);
  EXPECT_EQ(e["severity"], "error");
  EXPECT_GE(e["confidence"].get<double>(), 0.5);
  EXPECT_TRUE(e["doubts"].empty()) << e.dump(2);
  EXPECT_EQ(e["identity"], "TSMC · revenue · 2025 · year · USD") << e.dump(2);
}

TEST(FindingConfidenceTest, AnEventDatedADayApartAcrossArticlesIsANote) {
  // An evening release in California is the next morning in Taipei.
  const std::string us = "date 2025-11-20\nGoogle released Gemini 3 Flash on November 19, 2025.\n";
  json day = CheckTexts("day", {us, "date 2025-11-21\n谷歌於2025年11月20日發布Gemini 3 Flash。\n"});
  json f = FindingWith(day, "date-conflict", "2025-11-19", "2025-11-20");
  ASSERT_FALSE(f.is_null()) << day.dump(2);
  EXPECT_EQ(f["severity"], "info");
  EXPECT_TRUE(DoubtsMention(f, "a day apart")) << f.dump(2);
  // Months are not days: December against January to March is a month apart.
  json months = CheckTexts("months", {"date 2025-02-01\nDeepSeek released its R1 model in December 2024.\n",
                                      "date 2025-04-01\nDeepSeek於2025年初發布R1模型。\n"});
  for (const auto& m : months["findings"]) EXPECT_FALSE(DoubtsMention(m, "a day apart")) << m.dump(2);
  // Three days apart is no time zone.
  json days = CheckTexts("days", {us, "date 2025-11-23\n谷歌于2025年11月22日发布Gemini 3 Flash。\n"});
  json g = FindingWith(days, "date-conflict", "2025-11-19", "2025-11-22");
  ASSERT_FALSE(g.is_null()) << days.dump(2);
  EXPECT_NE(g["severity"], "info") << g.dump(2);
}

TEST(FindingConfidenceTest, TheAccountingMeasureIsPartOfTheFact) {
  // GAAP against adjusted: two facts, never compared. GAAP against GAAP: compared.
  // A measure on one side only: the evidence is missing, so a note.
  json report = CheckTexts("measure", {
      "date 2026-02-01\n聯發科2025年第四季依GAAP計算的毛利率為46.1%。\n",
      "date 2026-02-02\nMediaTek's adjusted gross margin for the fourth quarter of 2025 was 46.8%.\n",
      "date 2026-02-03\nMediaTek's GAAP gross margin in the fourth quarter of 2025 was 47.5%.\n",
      "date 2026-02-04\n联发科2025年第四季毛利率为46.9%。\n"});
  for (const auto& f : testing::CountedFindings(report)) {
    EXPECT_TRUE(FindingWith(json{{"findings", {f}}}, "value-conflict", "46.1", "46.8").is_null()) << f.dump(2);
  }
  json gaap = FindingWith(report, "value-conflict", "46.1", "47.5");
  ASSERT_FALSE(gaap.is_null()) << report.dump(2);
  EXPECT_EQ(gaap["severity"], "error");
  EXPECT_NE(gaap["identity"].get<std::string>().find("gaap"), std::string::npos) << gaap.dump(2);
  json gap = FindingWith(report, "value-conflict", "46.8", "46.9");
  ASSERT_FALSE(gap.is_null()) << report.dump(2);
  EXPECT_EQ(gap["severity"], "info");
  EXPECT_TRUE(DoubtsMention(gap, "measure")) << gap.dump(2);
}

TEST(FindingConfidenceTest, TheYearAgoFigureOfAComparisonIsItsOwnFact) {
  // "$1.30, compared with $1.08 in the same quarter of the previous fiscal year":
  // 1.08 is last year's, not a second version of this year's EPS.
  json report = CheckTexts("prior", {
      "date 2026-01-20\nTSMC's diluted earnings per share reached $1.30 in the fourth quarter of 2025, compared with $1.08 "
      "in the same quarter of the previous year.\n",
      "date 2026-01-21\n台積電2025年第四季每股盈餘為1.30美元，去年同期為0.97美元。\n",
      "date 2026-01-22\n台积电2025年第四季每股收益为1.35美元。\n"});
  for (const auto& f : testing::CountedFindings(report)) {
    for (const auto& c : f["claims"]) {
      EXPECT_NE(c["value"], "1.08") << f.dump(2);
      EXPECT_NE(c["value"], "0.97") << f.dump(2);
    }
  }
  // The two figures of this year's quarter still meet: 1.30 vs 1.35.
  EXPECT_FALSE(FindingWith(report, "value-conflict", "1.3", "1.35").is_null()) << report.dump(2);
}

TEST(FindingConfidenceTest, AGateScoresEachFindingOnce) {
  // A draft against published articles: the same finding, the same doubt, once.
  const std::string pub = testing::WriteTempFile("confidence_gate/pub/a.txt",
                                                 "date 2025-11-20\nGoogle released Gemini 3 Flash on November 19, 2025.\n");
  const std::string draft =
      testing::WriteTempFile("confidence_gate/new.txt", "date 2025-11-21\n谷歌於2025年11月20日發布Gemini 3 Flash。\n");
  auto run = testing::RunFigcheck("gate " + draft + " --corpus " + fs::path(pub).parent_path().string() + " --format json");
  ASSERT_LE(run.exit_code, 1) << run.err;
  json f = FindingWith(json::parse(run.out), "date-conflict", "2025-11-19", "2025-11-20");
  ASSERT_FALSE(f.is_null()) << run.out;
  EXPECT_EQ(f["severity"], "info");
  EXPECT_EQ(f["doubts"].size(), 1u) << f.dump(2);
  EXPECT_EQ(f["evidence"], json::array({"adjacent_days"})) << f.dump(2);
}

TEST(FindingConfidenceTest, CountsOfAFewThingsAreANote) {
  // 3 sites against 2 is more often two sets counted than one misstated.
  json few = CheckTexts("few", {"date 2026-01-05\n微軟2025年在日本運營3座資料中心。\n",
                                "date 2026-01-06\n微软2025年在日本运营2座数据中心。\n"});
  json f = FindingWith(few, "value-conflict", "3", "2");
  ASSERT_FALSE(f.is_null()) << few.dump(2);
  EXPECT_EQ(f["severity"], "info");
  EXPECT_TRUE(DoubtsMention(f, "counts of a few")) << f.dump(2);
  json many = CheckTexts("many", {"date 2026-01-05\n微軟2025年在日本運營30座資料中心。\n",
                                  "date 2026-01-06\n微软2025年在日本运营20座数据中心。\n"});
  json g = FindingWith(many, "value-conflict", "30", "20");
  ASSERT_FALSE(g.is_null()) << many.dump(2);
  EXPECT_EQ(g["severity"], "error");
}

TEST(FindingConfidenceTest, TwoConsensusFiguresAreANote) {
  // The market's estimate differs by data provider: two consensus figures
  // that disagree are a note; the reported figures themselves stay an error.
  json est = CheckTexts("consensus", {"date 2025-11-20\n超微第三季營收為57億美元，高於市場預期的55.2億美元。\n",
                                      "date 2025-11-20\nAMD reported third-quarter revenue of $5.9 billion, above the "
                                      "consensus estimate of $5.49 billion.\n",
                                      "date 2025-11-21\n超微第三季营收为57亿美元，市场预期为54.9亿美元。\n"});
  json f = FindingWith(est, "value-conflict", "5520000000", "5490000000");
  ASSERT_FALSE(f.is_null()) << est.dump(2);
  EXPECT_EQ(f["severity"], "info");
  EXPECT_TRUE(DoubtsMention(f, "market's estimate")) << f.dump(2);
  json r = FindingWith(est, "value-conflict", "5700000000", "5900000000");
  ASSERT_FALSE(r.is_null()) << est.dump(2);
  EXPECT_EQ(r["severity"], "error");
}

TEST(FindingConfidenceTest, ReportsSayWhyTheFiguresAreOneFact) {
  const std::string dir = testing::TempDir() + "/confidence_reports";
  fs::remove_all(dir);
  testing::WriteTempFile("confidence_reports/a.txt", "date 2026-01-30\nTSMC's revenue in 2025 was $120 billion.\n");
  testing::WriteTempFile("confidence_reports/b.txt", "date 2026-01-31\n台積電2025年營收為1,180億美元。\n");
  for (const std::string format : {"text", "markdown", "html"}) {
    auto run = testing::RunFigcheck("check --format " + format + " " + dir);
    EXPECT_EQ(run.exit_code, 1) << format << run.err;
    EXPECT_NE(run.out.find("same fact: TSMC · revenue · 2025"), std::string::npos) << format << "\n" << run.out;
  }
}

TEST(FindingConfidenceTest, AHugeToleranceInDaysIsAnErrorNotACrash) {
  const std::string days = "  about_days: 45\n";
  const std::string dir = testing::EditedRules("hugedays", "checks.yaml", days, "  about_days: 99999999999999999999\n");
  ASSERT_FALSE(dir.empty());
  auto lint = testing::RunFigcheck("rules lint " + dir);
  EXPECT_EQ(lint.exit_code, 2);
  EXPECT_NE(lint.err.find("checks.yaml:"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("about_days"), std::string::npos) << lint.err;
}

TEST(FindingConfidenceTest, MalformedConfidenceNamesFileAndLine) {
  const std::string weight = "    one_document: -1.5\n";
  const std::string dir = testing::EditedRules("badconfidence", "checks.yaml", weight, weight + "    gut_feeling: -1\n");
  ASSERT_FALSE(dir.empty());
  auto lint = testing::RunFigcheck("rules lint " + dir);
  EXPECT_EQ(lint.exit_code, 2);
  EXPECT_NE(lint.err.find("checks.yaml:"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("gut_feeling"), std::string::npos) << lint.err;
}

}  // namespace
}  // namespace figcheck
