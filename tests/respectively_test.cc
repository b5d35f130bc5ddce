// Lists of metrics paired in order with lists of figures (分別, respectively):
// each figure measures the metric at its place, not the nearest cue. Texts
// written for the test, in Traditional and Simplified Chinese and English,
// with invented figures.
#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace figcheck {
namespace {

TEST(RespectivelyTest, EachFigureTakesTheMetricAtItsPlace) {
  auto tw = testing::ClaimsByText("date 2025-07-20\n聯電第二季毛利率、營業利益率和稅後淨利率分別為31.5%、20.1%和18.2%。\n");
  ASSERT_TRUE(tw.count("31.5%") && tw.count("20.1%") && tw.count("18.2%"));
  EXPECT_EQ(tw["31.5%"]["metric"], "gross_margin") << tw["31.5%"].dump();
  EXPECT_EQ(tw["20.1%"]["metric"], "operating_margin") << tw["20.1%"].dump();
  EXPECT_EQ(tw["18.2%"]["metric"], "net_margin") << tw["18.2%"].dump();

  auto cn = testing::ClaimsByText("date 2025-07-20\n联电第二季营收、净利润分别为580亿元、105亿元。\n");
  ASSERT_TRUE(cn.count("580亿元") && cn.count("105亿元"));
  EXPECT_EQ(cn["580亿元"]["metric"], "revenue") << cn["580亿元"].dump();
  EXPECT_EQ(cn["105亿元"]["metric"], "net_income") << cn["105亿元"].dump();

  auto en = testing::ClaimsByText(
      "date 2025-07-20\nUMC's gross margin and operating margin were 31.5% and 20.1%, respectively.\n");
  ASSERT_TRUE(en.count("31.5%") && en.count("20.1%"));
  EXPECT_EQ(en["31.5%"]["metric"], "gross_margin") << en["31.5%"].dump();
  EXPECT_EQ(en["20.1%"]["metric"], "operating_margin") << en["20.1%"].dump();
}

TEST(RespectivelyTest, AnUnclearListKeepsTheNearestCue) {
  // No list word: the nearest cue decides, as before.
  auto plain = testing::ClaimsByText("date 2025-07-20\n聯電第二季毛利率31.5%，營業利益率20.1%。\n");
  ASSERT_TRUE(plain.count("31.5%") && plain.count("20.1%"));
  EXPECT_EQ(plain["31.5%"]["metric"], "gross_margin");
  EXPECT_EQ(plain["20.1%"]["metric"], "operating_margin");
  // More figures than metrics named: no pairing, so no metric is forced on the list.
  auto short_list = testing::ClaimsByText("date 2025-07-20\n聯電第二季毛利率分別為31.5%、30.2%和29.8%。\n");
  ASSERT_TRUE(short_list.count("31.5%") && short_list.count("30.2%"));
  EXPECT_EQ(short_list["31.5%"]["metric"], "gross_margin") << short_list["31.5%"].dump();
  EXPECT_NE(short_list["30.2%"]["metric"], "operating_margin") << short_list["30.2%"].dump();
}

}  // namespace
}  // namespace figcheck
