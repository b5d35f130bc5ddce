// What tells two figures apart before they are compared, and what makes a
// finding a note: typographic apostrophes, the press's words for the
// consensus, ranges opened by "in the range of", a baseline date written after
// its figure ("from $0.38 in Q2 2024"), a company's line of business named in
// a list item or glossed in brackets, later tranches, run rates; and the
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

namespace figcheck {
namespace {

TEST(TableColumnsTest, AHeaderRowOfPeriodsDatesTheCellsBelowIt) {
  for (const std::string& text :
       {std::string("date 2025-07-24\n谷歌財報\n指標 2024年第二季 2025年第二季 變化\n營收 847.4億美元 964.3億美元 14%\n"
                    "每股盈餘 1.89美元 2.31美元 22%\n"),
        std::string("date 2025-07-24\n谷歌财报\n指标 2024年第二季 2025年第二季 变化\n营收 847.4亿美元 964.3亿美元 14%\n"
                    "每股收益 1.89美元 2.31美元 22%\n")}) {
    auto claims = testing::ClaimsOf("table/zh", text);
    const bool hant = text.find("億") != std::string::npos;
    EXPECT_EQ(testing::ClaimWithText(claims, hant ? "847.4億美元" : "847.4亿美元")["as_of"], "2024-04");
    EXPECT_EQ(testing::ClaimWithText(claims, hant ? "964.3億美元" : "964.3亿美元")["as_of"], "2025-04");
    EXPECT_EQ(testing::ClaimWithText(claims, "1.89美元")["as_of"], "2024-04");
    EXPECT_EQ(testing::ClaimWithText(claims, "2.31美元")["as_of"], "2025-04");
  }
  auto en = testing::ClaimsByText(
      "date 2025-07-24\nMetric | Q2 2024 | Q2 2025 | Change\nRevenue | $84.7 billion | $96.4 billion | 14%\n");
  EXPECT_EQ(en["$84.7 billion"]["as_of"], "2024-04") << en["$84.7 billion"].dump();
  EXPECT_EQ(en["$96.4 billion"]["as_of"], "2025-04") << en["$96.4 billion"].dump();
}

TEST(TableColumnsTest, ProseEndsTheTable) {
  // A sentence after the rows is read as prose: its own words date it.
  auto claims = testing::ClaimsOf(
      "table/prose", "date 2025-07-24\n指標 2024年第二季 2025年第二季\n營收 847.4億美元 964.3億美元\n"
                     "谷歌2023年第二季營收為742億美元，另有一筆支出為120億美元。\n");
  EXPECT_EQ(testing::ClaimWithText(claims, "742億美元")["as_of"], "2023-04");
  // A line of two figures with no header above is no table: not dated by columns.
  auto no_header = testing::ClaimsOf("table/none", "date 2025-07-24\n谷歌2025年第二季財報\n營收 847.4億美元 964.3億美元\n");
  EXPECT_EQ(testing::ClaimWithText(no_header, "847.4億美元")["as_of"], "2025-04");
}

}  // namespace
}  // namespace figcheck

namespace figcheck {
namespace {

bool HasRule(const nlohmann::json& report, const std::string& rule) {
  for (const auto& f : report["findings"]) {
    if (f["rule"] == rule) return true;
  }
  return false;
}

TEST(IntervalEvidenceTest, AboutASpanAndARoundedBound) {
  // 大約500多萬 is about 5 to 6 million: 560萬 fits.
  nlohmann::json span = testing::CheckTexts("interval/span", {"date 2025-01-28\nDeepSeek的訓練成本大約500多萬美元。\n",
                                                              "date 2025-01-28\nDeepSeek的训练成本为560万美元。\n"});
  EXPECT_FALSE(HasRule(span, "value-conflict")) << span.dump(2);
  // "over $589 billion" is a rounded bound: 5888.62億 fits; 5000億 does not.
  nlohmann::json bound = testing::CheckTexts(
      "interval/bound", {"date 2025-01-28\nNVIDIA lost over $589 billion in market value on Monday.\n",
                         "date 2025-01-28\n輝達週一市值蒸發5888.62億美元。\n"});
  EXPECT_FALSE(HasRule(bound, "value-conflict")) << bound.dump(2);
  nlohmann::json off = testing::CheckTexts(
      "interval/off", {"date 2025-01-28\nNVIDIA lost over $589 billion in market value on Monday.\n",
                       "date 2025-01-28\n輝達週一市值蒸發5000億美元。\n"});
  EXPECT_TRUE(HasRule(off, "value-conflict")) << off.dump(2);
}

TEST(IntervalEvidenceTest, ARatioFarFromItsFiguresRelatesOthers) {
  // 五個競爭對手 and 15.75億 users are not the pair 近一半 relates.
  for (const std::string& text :
       {std::string("date 2025-10-09\n五個主要競爭對手的月活躍用戶總數約為15.75億，僅有ChatGPT的近一半。\n"),
        std::string("date 2025-10-09\n五个主要竞争对手的月活跃用户总数约为15.75亿，仅有ChatGPT的近一半。\n")}) {
    EXPECT_FALSE(HasRule(testing::CheckTexts("ratio/far", {text}), "ratio"));
  }
  // A ratio a little off its figures is still a finding.
  nlohmann::json near = testing::CheckTexts(
      "ratio/near", {"date 2025-10-09\nA公司的成本只有B公司1000萬美元的十分之一，即500萬美元。\n"});
  EXPECT_TRUE(HasRule(near, "ratio")) << near.dump(2);
}

TEST(IntervalEvidenceTest, AnUndatedReadingOfAMovingLevelIsANote) {
  auto noted_as_moving = [](const nlohmann::json& report) {
    for (const auto& f : report["findings"]) {
      for (const auto& d : f["doubts"]) {
        if (f["severity"] == "info" && d.get<std::string>().find("moves over time") != std::string::npos) return true;
      }
    }
    return false;
  };
  // One article retelling a product's growth, its readings undated: a note.
  for (const std::string& text :
       {std::string("date 2025-10-09\nChatGPT推出後每週活躍用戶很快達到1億。\n\n如今ChatGPT每週活躍用戶已突破8億。\n"),
        std::string("date 2025-10-09\nChatGPT推出后每周活跃用户很快达到1亿。\n\n如今ChatGPT每周活跃用户已突破8亿。\n"),
        std::string("date 2025-10-09\nChatGPT soon had 100 million weekly active users.\n\n"
                    "ChatGPT now has over 800 million weekly active users.\n")}) {
    nlohmann::json report = testing::CheckTexts("moves/retold", {text});
    EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
    EXPECT_TRUE(noted_as_moving(report)) << report.dump(2);
  }
  // Two articles of one week giving today's users: still a warning, doubted.
  nlohmann::json today = testing::CheckTexts(
      "moves/today", {"date 2025-05-12\nChatGPT目前每週有超過5億用戶。\n",
                      "date 2025-05-12\nOpenAI said ChatGPT has more than 800 million weekly users.\n"});
  ASSERT_EQ(testing::CountedFindings(today).size(), 1u) << today.dump(2);
  EXPECT_FALSE(testing::CountedFindings(today)[0]["doubts"].empty()) << today.dump(2);
  // Both dated, one month: still a conflict.
  nlohmann::json dated = testing::CheckTexts(
      "moves/dated", {"date 2025-12-31\n2025年10月，OpenAI估值達3000億美元。\n",
                      "date 2025-12-31\nIn October 2025, OpenAI was valued at $500 billion.\n"});
  EXPECT_EQ(testing::CountedFindings(dated).size(), 1u) << dated.dump(2);
  // A fixed fact (a model's training cost) undated is still compared.
  nlohmann::json cost = testing::CheckTexts("moves/cost", {"date 2025-01-28\nDeepSeek的訓練成本為560萬美元。\n",
                                                           "date 2025-01-28\nDeepSeek's training cost was $6.5 million.\n"});
  EXPECT_FALSE(testing::CountedFindings(cost).empty()) << cost.dump(2);
}

}  // namespace
}  // namespace figcheck
