// Checks of the order and sum of the figures one sentence relates:
// comparison-direction ("A, above B" must have A above B, as written) and
// parts-exceed-total (the parts listed of a total cannot sum to more), in
// Traditional and Simplified Chinese and English, with the subject named or
// not (該公司, the company). Texts written here.
#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;

// The counted findings of `rule` on one text.
std::vector<json> FindingsOf(const std::string& rule, const std::string& name, const std::string& text) {
  json report = testing::CheckTexts(rule + "/" + name, {text});
  std::vector<json> out;
  for (const auto& f : testing::CountedFindings(report)) {
    if (f["rule"] == rule) out.push_back(f);
  }
  return out;
}
std::vector<json> Direction(const std::string& name, const std::string& text) {
  return FindingsOf("comparison-direction", name, text);
}
std::vector<json> PartsOver(const std::string& name, const std::string& text) {
  return FindingsOf("parts-exceed-total", name, text);
}

TEST(ComparisonDirectionTest, AboveMustBeAbove) {
  EXPECT_EQ(Direction("zh_wrong", "date 2025-11-20\n該公司第三季營收480億美元，高於市場預期的490億美元。\n").size(), 1u);
  EXPECT_TRUE(Direction("zh_right", "date 2025-11-20\n该公司第三季营收512亿美元，高于市场预期的490亿美元。\n").empty());
  EXPECT_EQ(Direction("en_wrong", "date 2025-11-20\nThe company's revenue came in at $4.5 billion, above the $4.6 billion "
                                   "analysts had expected.\n").size(), 1u);
  EXPECT_TRUE(Direction("en_right", "date 2025-11-20\nNVIDIA's revenue came in at $4.7 billion, above the $4.6 billion "
                                     "analysts had expected.\n").empty());
}

TEST(ComparisonDirectionTest, EqualIsNeitherAboveNorBelow) {
  auto equal = Direction("equal", "date 2025-11-20\nThe shares opened at $40, below the issue price of $40.\n");
  ASSERT_EQ(equal.size(), 1u);
  EXPECT_NE(equal[0]["message"].get<std::string>().find("equal"), std::string::npos) << equal[0].dump(2);
  EXPECT_EQ(Direction("zh_equal", "date 2025-11-20\n該股開盤價為40美元，低於承銷價40美元。\n").size(), 1u);
  EXPECT_TRUE(Direction("zh_below", "date 2025-11-20\n該股開盤價為38美元，低於承銷價40美元。\n").empty());
}

TEST(ComparisonDirectionTest, BetterIsNoDirectionAndOnlyOneUnitIsCompared) {
  // 優於 (better than): a lower exchange rate or cost can be the better one.
  EXPECT_TRUE(Direction("better", "date 2026-01-16\n實際匯率為1美元兌31.01元新台幣，優於財測假設的31.6元。\n").empty());
  // The amount is set against the amount before it, not against the percentage.
  EXPECT_TRUE(Direction("units", "date 2025-11-20\nRevenue rose 30% to $4.3 billion, below the $4.42 billion estimate.\n")
                  .empty());
  EXPECT_EQ(Direction("units_wrong", "date 2025-11-20\nRevenue rose 30% to $4.5 billion, below the $4.42 billion "
                                      "estimate.\n").size(), 1u);
  // An approximate figure states no exact order.
  EXPECT_TRUE(Direction("about", "date 2025-11-20\n营收约490亿美元，高于市场预期的490亿美元。\n").empty());
}

TEST(PartsExceedTotalTest, PartsCannotSumToMoreThanTheirTotal) {
  EXPECT_EQ(PartsOver("zh", "date 2025-11-20\n該公司資料中心營收512億美元，其中運算430億美元、網通92億美元。\n").size(), 1u);
  EXPECT_TRUE(PartsOver("zh_fits", "date 2025-11-20\n该公司数据中心营收512亿美元，其中运算430亿美元、网通82亿美元。\n").empty());
  EXPECT_EQ(PartsOver("en", "date 2025-11-20\nNVIDIA's data center revenue was $51.2 billion, of which compute was $43 "
                            "billion and networking $9.2 billion.\n").size(), 1u);
  // Parts may be left unlisted: fewer than the whole is no finding.
  EXPECT_TRUE(PartsOver("en_fewer", "date 2025-11-20\nThe company's revenue was $57 billion, including $51.2 billion from "
                                    "data centers and $4.3 billion from gaming.\n").empty());
}

TEST(PartsExceedTotalTest, AFigureAfterAStopWordIsNoPart) {
  // Last year's figure after 去年 belongs to another fact.
  EXPECT_TRUE(PartsOver("stop", "date 2025-11-20\n輝達營收570億美元，其中資料中心512億美元；去年營收351億美元。\n").empty());
}

TEST(UnnamedSubjectTest, AnArticleAboutAnUnnamedFirmStillContradictsItself) {
  // 該公司 / the company, and no name anywhere: one article's two headcounts meet.
  for (const std::string& text : {
           std::string("date 2026-01-05\n該公司目前員工約1.2萬人。\n\n報導指出，該公司員工已達1.5萬人。\n"),
           std::string("date 2026-01-05\n该公司目前员工约1.2万人。\n\n消息称，该公司员工已达1.5万人。\n"),
           std::string("date 2026-01-05\nThe company now employs about 12,000 people.\n\n"
                       "The company has 15,000 employees, the report said.\n")}) {
    json report = testing::CheckTexts("unnamed/one", {text});
    auto found = testing::CountedFindings(report);
    ASSERT_EQ(found.size(), 1u) << report.dump(2);
    EXPECT_EQ(found[0]["rule"], "value-conflict");
    EXPECT_EQ(found[0]["entity"].get<std::string>().rfind("the company in ", 0), 0u) << found[0].dump(2);
  }
  // Two articles' unnamed firms are two firms: never compared.
  json two = testing::CheckTexts("unnamed/two", {"date 2026-01-05\n該公司目前員工約1.2萬人。\n",
                                                 "date 2026-01-05\nThe company has 15,000 employees.\n"});
  EXPECT_TRUE(testing::CountedFindings(two).empty()) << two.dump(2);
}

}  // namespace
}  // namespace figcheck
