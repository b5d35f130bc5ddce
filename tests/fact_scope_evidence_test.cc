// What tells two figures apart before they are compared, and what makes a
// finding a note: typographic apostrophes, the press's words for the
// consensus, ranges opened by "in the range of", a baseline date written after
// its figure ("from $0.38 in Q2 2024"), a company's line of business named in
// a list item or glossed in brackets, later tranches, run rates, a target's
// ends beside the actual's growth, a deal's amount on two dates; and the
// confidence of one article's figures of a period and of a key holding many
// figures. Texts written here, in Traditional and Simplified Chinese and English.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;

bool HasAspect(const json& claim, const std::string& aspect) {
  for (const auto& a : claim["aspects"]) {
    if (a == aspect) return true;
  }
  return false;
}

bool HasAspectStarting(const json& claim, const std::string& prefix) {
  for (const auto& a : claim["aspects"]) {
    if (a.get<std::string>().rfind(prefix, 0) == 0) return true;
  }
  return false;
}

TEST(FactScopeEvidenceTest, ATypographicApostropheReadsAsTheAsciiOne) {
  // "Wall Street’s estimates" is the consensus, as "Wall Street's estimates" is.
  for (const std::string apostrophe : {"'", "\u2019"}) {
    auto claims = testing::ClaimsByText("date 2025-11-05\nAcme reported revenue of $9.25 billion, above Wall Street" +
                                        apostrophe + "s estimates of $8.74 billion.\n");
    ASSERT_TRUE(claims.count("$8.74 billion")) << apostrophe;
    EXPECT_TRUE(HasAspect(claims["$8.74 billion"], "consensus")) << claims["$8.74 billion"].dump();
    EXPECT_FALSE(HasAspect(claims["$9.25 billion"], "consensus")) << claims["$9.25 billion"].dump();
  }
}

TEST(FactScopeEvidenceTest, ThePressShorthandForTheConsensus) {
  auto claims = testing::ClaimsByText(
      "date 2025-10-22\nAcme earned $5.87 a share. Wall Street was looking for about $6.97 in EPS.\n");
  EXPECT_TRUE(HasAspect(claims["about $6.97"], "consensus")) << claims["about $6.97"].dump();
  EXPECT_FALSE(HasAspect(claims["$5.87"], "consensus")) << claims["$5.87"].dump();
}

TEST(FactScopeEvidenceTest, RangeOpenersMakeARangeEvenBeforeFrom) {
  auto in_range = testing::ClaimsByText(
      "date 2025-07-25\nAcme expects third-quarter revenue to be in the range of $12.6 billion to $13.6 billion.\n");
  ASSERT_TRUE(in_range.count("$12.6 billion to $13.6 billion"));
  EXPECT_EQ(in_range["$12.6 billion to $13.6 billion"]["qualifier"], "range");
  auto range_from = testing::ClaimsByText(
      "date 2025-07-25\nAcme expects third-quarter revenue to range from $12.6B to $13.6B.\n");
  ASSERT_TRUE(range_from.count("$12.6B to $13.6B"));
  EXPECT_EQ(range_from["$12.6B to $13.6B"]["qualifier"], "range");
  // "rose from X to Y" is a change: two figures, no range.
  auto change = testing::ClaimsByText("date 2025-07-25\nAcme's revenue rose from $12.6 billion to $13.6 billion.\n");
  EXPECT_TRUE(change.count("$12.6 billion")) << change.size();
  EXPECT_TRUE(change.count("$13.6 billion"));
}

TEST(FactScopeEvidenceTest, ADateAfterAComparedFigureIsItsBaseline) {
  // The year after "from $62.7 billion in" dates that figure, not the next one
  // nor the figures of later lines.
  auto claims = testing::ClaimsByText(
      "date 2025-04-01\nAcme's net income dropped from $62.7 billion in 2023 to just $8.3 billion in 2024.\n");
  EXPECT_EQ(claims["$62.7 billion"]["as_of"], "2023");
  EXPECT_EQ(claims["$8.3 billion"]["as_of"], "2024");
  auto carried = testing::ClaimsByText(
      "date 2025-07-24\nAcme reported its second-quarter 2025 results.\n"
      "Loss per share was $0.67, a decline from $0.38 in Q2 2024.\n"
      "Client revenue was $7.9 billion.\n");
  EXPECT_EQ(carried["$0.38"]["as_of"], "2024-04");
  EXPECT_EQ(carried["$7.9 billion"]["as_of"], "2025-04") << carried["$7.9 billion"].dump();
}

TEST(FactScopeEvidenceTest, SecondOnlyToAYearIsAComparison) {
  for (const std::string& text :
       {std::string("date 2025-03-31\n2024年營收8621億元，僅次於2020年的8914億元。淨利潤為626億元。\n"),
        std::string("date 2025-03-31\n2024年营收8621亿元，仅次于2020年的8914亿元。净利润为626亿元。\n")}) {
    auto claims = testing::ClaimsOf("second_only", text);
    json profit = testing::ClaimWithText(claims, text.find("淨") != std::string::npos ? "626億元" : "626亿元");
    EXPECT_EQ(profit["as_of"], "2024") << profit.dump();
  }
}

TEST(FactScopeEvidenceTest, ALineOfBusinessOpeningAListItemIsItsSubject) {
  for (const std::string& text :
       {std::string("date 2025-11-05\n1)客戶端業務持續搶占市場份額：本季度收入躍升至27.5億美元，同比增長46.2%。\n"),
        std::string("date 2025-11-05\n2、客户端业务持续抢占市场份额：本季度收入跃升至27.5亿美元，同比增长46.2%。\n")}) {
    auto claims = testing::ClaimsOf("bullet_segment", text);
    json revenue = testing::ClaimWithText(claims, text.find("億") != std::string::npos ? "27.5億美元" : "27.5亿美元");
    EXPECT_TRUE(HasAspectStarting(revenue, "segment ")) << revenue.dump();
  }
  // Without a line of business, the list item's figure is the whole's.
  auto whole = testing::ClaimsOf("bullet_whole", "date 2025-11-05\n1)整體表現強勁：本季度營收92.5億美元。\n");
  EXPECT_FALSE(HasAspectStarting(testing::ClaimWithText(whole, "92.5億美元"), "segment "));
}

TEST(FactScopeEvidenceTest, ABracketedAbbreviationOrGlossStandsBetweenLineAndCue) {
  auto zh = testing::ClaimsOf("abbrev", "date 2025-07-25\n客户端计算部门(CCG)营收79亿美元，同比下滑3%。\n");
  EXPECT_TRUE(HasAspectStarting(testing::ClaimWithText(zh, "79亿美元"), "segment "));
  auto gloss = testing::ClaimsOf("gloss", "date 2025-03-31\n華為終端（consumer devices）業務營收3390億元。\n");
  EXPECT_TRUE(HasAspectStarting(testing::ClaimWithText(gloss, "3390億元"), "segment "));
  auto en = testing::ClaimsByText(
      "date 2025-03-31\nHuawei's terminal (consumer devices) business saw a rebound, with revenue jumping 38.3% to "
      "¥339 billion.\n");
  EXPECT_TRUE(HasAspectStarting(en["¥339 billion"], "segment ")) << en["¥339 billion"].dump();
}

TEST(FactScopeEvidenceTest, ATargetsEndsAreNotTheActualsGrowth) {
  // 目標由550萬下調至460萬: a target revised; the 7.73% is the actual year's growth.
  for (const std::string& text :
       {std::string("date 2026-01-03\n比亞迪去年9月把年度銷售目標由550萬下調至460萬輛，最終達標，惟7.73%的按年增幅是近5年最低。\n"),
        std::string("date 2026-01-03\n比亚迪去年9月把年度销售目标由550万下调至460万辆，最终达标，惟7.73%的同比增幅是近5年最低。\n")}) {
    json report = testing::CheckTexts("target/one", {text});
    for (const auto& f : report["findings"]) EXPECT_NE(f["rule"], "stated-change") << f.dump(2);
  }
  // A level's own ends and its growth: still checked.
  json wrong = testing::CheckTexts("target/wrong", {"date 2026-01-03\n比亞迪銷量由300萬增至460萬輛，增長7.73%。\n"});
  bool found = false;
  for (const auto& f : wrong["findings"]) found = found || f["rule"] == "stated-change";
  EXPECT_TRUE(found) << wrong.dump(2);
}

TEST(FactScopeEvidenceTest, ADealsAmountMayCarryTwoDatesARevenueMayNot) {
  // SoftBank's $22.5 billion: agreed in one month, paid in another.
  json deal = testing::CheckTexts("samefig/deal", {"date 2025-12-31\n軟銀於2025年4月承諾投資OpenAI 225億美元。\n",
                                                   "date 2025-12-31\nIn December 2025 SoftBank invested $22.5 billion in OpenAI.\n"});
  for (const auto& f : deal["findings"]) EXPECT_NE(f["rule"], "same-figure-other-date") << f.dump(2);
  // A quarter's revenue, to its last digit, for two quarters: one date is wrong.
  json revenue = testing::CheckTexts("samefig/revenue", {"date 2025-11-13\n騰訊2025年第三季營收人民幣1928.7億元。\n",
                                                         "date 2025-11-13\nTencent's revenue in the third quarter of 2024 was 192.87 billion yuan.\n"});
  bool found = false;
  for (const auto& f : revenue["findings"]) found = found || f["rule"] == "same-figure-other-date";
  EXPECT_TRUE(found) << revenue.dump(2);
}

TEST(FactScopeEvidenceTest, ALaterTrancheAndARunRateAreNotTheWhole) {
  auto zh = testing::ClaimsOf("tranche", "date 2025-12-31\n軟銀已完成對OpenAI的225億美元追加投資。\n");
  EXPECT_TRUE(HasAspect(testing::ClaimWithText(zh, "225億美元"), "tranche"));
  auto en = testing::ClaimsByText("date 2025-12-31\nSoftBank completed an additional investment of $22.5 billion.\n");
  EXPECT_TRUE(HasAspect(en["$22.5 billion"], "tranche")) << en["$22.5 billion"].dump();
  auto run_rate = testing::ClaimsByText("date 2025-07-24\nAcme's cloud business has an annual revenue run rate above $50 billion.\n");
  EXPECT_TRUE(HasAspect(run_rate["above $50 billion"], "run_rate")) << run_rate["above $50 billion"].dump();
}

TEST(FactScopeEvidenceTest, OneArticlesFiguresOfAPeriodAreANote) {
  // An article reporting a quarter lists several revenues (the total, a
  // segment it did not mark): unlike ones there make a note.
  for (const std::string& text :
       {std::string("date 2025-07-24\n英特爾第二季營收128.6億美元。\n\n英特爾第二季營收79億美元，年減3%。\n"),
        std::string("date 2025-07-24\n英特尔第二季营收128.6亿美元。\n\n英特尔第二季营收79亿美元，同比下滑3%。\n"),
        std::string("date 2025-07-24\nIntel's second-quarter revenue was $12.86 billion.\n\n"
                    "Intel's second-quarter revenue was $7.9 billion.\n")}) {
    json report = testing::CheckTexts("periodic/one", {text});
    bool noted = false;
    for (const auto& f : report["findings"]) noted = noted || (f["rule"] == "value-conflict" && f["severity"] == "info");
    EXPECT_TRUE(noted) << report.dump(2);
    EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
  }
  // The same pair in two articles is an error an editor must read.
  json two = testing::CheckTexts("periodic/two", {"date 2025-07-24\n英特爾第二季營收128.6億美元。\n",
                                                   "date 2025-07-24\nIntel's second-quarter revenue was $7.9 billion.\n"});
  EXPECT_EQ(testing::CountedFindings(two).size(), 1u) << two.dump(2);
}

TEST(FactScopeEvidenceTest, ManyFiguresForOneDateWithAnotherDoubtAreANote) {
  // Four undated investments of one firm: the key holds several facts.
  json scattered = testing::CheckTexts(
      "scattered/four", {"date 2025-12-31\n軟銀對OpenAI投資400億美元。\n", "date 2025-12-31\n软银对OpenAI投资75亿美元。\n",
                         "date 2025-12-31\nSoftBank's investment in OpenAI was $22.5 billion.\n",
                         "date 2025-12-31\nSoftBank's investment in OpenAI reached $11 billion.\n"});
  bool doubted = false;
  for (const auto& f : scattered["findings"]) {
    for (const auto& d : f["doubts"]) doubted = doubted || d.get<std::string>().find("different figures") != std::string::npos;
  }
  EXPECT_TRUE(doubted) << scattered.dump(2);
  EXPECT_TRUE(testing::CountedFindings(scattered).empty()) << scattered.dump(2);
  // Two figures: one misstated copy, still a warning.
  json pair = testing::CheckTexts("scattered/two", {"date 2025-12-31\n軟銀對OpenAI投資400億美元。\n",
                                                    "date 2025-12-31\nSoftBank's investment in OpenAI was $30 billion.\n"});
  EXPECT_EQ(testing::CountedFindings(pair).size(), 1u) << pair.dump(2);
}

}  // namespace
}  // namespace figcheck
