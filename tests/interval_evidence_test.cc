// The values a figure allows, and what a finding of them is worth: about a
// span (大約500多萬), a rounded bound ("over $589 billion"), a stated ratio far
// from its figures, an undated reading of a level that moves
// (checker/compare/interval.h, internal/ratio.cc, finding_confidence.h).
// Texts written here, in Traditional and Simplified Chinese and English.
#include <gtest/gtest.h>

#include <string>

#include "tests/test_util.h"

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
