// Open-world metrics: a figure no metric cue names takes the words before it
// as its metric, so the same unlisted figure in two articles still meets.
// Texts written here, in three scripts.
#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using testing::ClaimsOf;
using testing::ClaimWithText;

TEST(OpenMetricTest, TheWordsBeforeALinkWordAreTheMetric) {
  auto hant = ClaimsOf("open_metric/hant.txt", "date 2026-03-01\n翠峰汽車2025年繳納稅收達500億美元。\n");
  auto hans = ClaimsOf("open_metric/hans.txt", "date 2026-03-01\n翠峰汽车2025年缴纳税收达520亿美元。\n");
  EXPECT_EQ(ClaimWithText(hant, "500億美元")["metric"], "cue:缴纳税收");
  EXPECT_EQ(ClaimWithText(hans, "520亿美元")["metric"], "cue:缴纳税收");
  auto en = ClaimsOf("open_metric/en.txt", "date 2026-03-01\nIn 2025, tax receipts reached $7 billion.\n");
  EXPECT_EQ(ClaimWithText(en, "$7 billion")["metric"], "cue:tax receipts");
}

TEST(OpenMetricTest, NoLinkWordOrOnlyABreakWordGivesNoMetric) {
  auto c = ClaimsOf("open_metric/none.txt",
                    "date 2026-03-01\n翠峰汽車預計將達500億美元。\nThe fund expects $7 billion.\n");
  EXPECT_TRUE(ClaimWithText(c, "500億美元")["metric"].is_null());
  EXPECT_TRUE(ClaimWithText(c, "$7 billion")["metric"].is_null());
}

TEST(OpenMetricTest, TwoArticlesUnlistedFigureMeetsOnlyWithAStatedPeriod) {
  auto report = testing::CheckTexts("open_metric/check", {"date 2026-03-01\n翠峰汽車2025年繳納稅收達500億美元。\n",
                                                          "date 2026-03-01\n翠峰汽车2025年缴纳税收达520亿美元。\n"});
  ASSERT_EQ(testing::CountedFindings(report).size(), 1u) << report.dump(2);
  EXPECT_EQ(testing::CountedFindings(report)[0]["metric"], "cue:缴纳税收");
  // With no period stated, the publication date says nothing: no finding.
  auto undated = testing::CheckTexts("open_metric/undated", {"date 2026-03-01\n翠峰汽車繳納稅收達500億美元。\n",
                                                             "date 2026-03-01\n翠峰汽车缴纳税收达520亿美元。\n"});
  EXPECT_TRUE(testing::CountedFindings(undated).empty()) << undated.dump(2);
}

}  // namespace
}  // namespace figcheck
