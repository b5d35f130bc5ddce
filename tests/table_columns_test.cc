// Table columns: a header row of periods dates the figures of the rows
// below it (checker/claims/table_columns.h), and prose ends the table. Texts
// written here, in Traditional and Simplified Chinese and English.
#include <gtest/gtest.h>

#include "tests/test_util.h"

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
