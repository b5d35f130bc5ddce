// Shares of a named whole (issue 11): a percentage that gives a part of a
// whole (資本支出約50%用於電動車平台, 手機晶片佔營收45%, "70% of capital
// expenditure will go to memory") is one fact only with both read: the whole
// (a level metric's cue, "of capital_expenditure") and the part ("part …").
// Two ranges of one fact must have one pair of bounds. Texts written for the
// test, in Traditional and Simplified Chinese and English, invented figures.
#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;
using testing::HasAspect;

std::string Relation(const json& claim, const std::string& prefix) {
  for (const auto& a : claim["aspects"]) {
    const std::string s = a.get<std::string>();
    if (s.rfind(prefix, 0) == 0) return s.substr(prefix.size());
  }
  return "";
}
std::string PartOf(const json& claim) { return Relation(claim, "part "); }
std::string WholeOf(const json& claim) { return Relation(claim, "of "); }

std::vector<json> Counted(const std::string& name, const std::vector<std::string>& texts) {
  return testing::CountedFindings(testing::CheckTexts("share_of_whole/" + name, texts));
}

TEST(ShareOfWholeTest, AnAllocatedShareNamesItsPartAfterItAndItsWholeNearIt) {
  auto tw = testing::ClaimsByText("date 2026-02-10\n鴻海今年資本支出約50%至60%用於電動車平台，20%用於伺服器產能。\n");
  ASSERT_TRUE(tw.count("約50%至60%") && tw.count("20%"));
  EXPECT_EQ(tw["約50%至60%"]["metric"], "share");
  EXPECT_EQ(WholeOf(tw["約50%至60%"]), "capital_expenditure") << tw["約50%至60%"].dump();
  EXPECT_EQ(PartOf(tw["約50%至60%"]), "电动车平台") << tw["約50%至60%"].dump();
  // The second share of the list: the whole of the first, its own part.
  EXPECT_EQ(WholeOf(tw["20%"]), "capital_expenditure") << tw["20%"].dump();
  EXPECT_EQ(PartOf(tw["20%"]), "伺服器产能") << tw["20%"].dump();

  auto cn = testing::ClaimsByText("date 2026-02-10\n三星表示，约40%的资本支出将投入存储芯片的扩产。\n");
  ASSERT_TRUE(cn.count("约40%"));
  EXPECT_EQ(WholeOf(cn["约40%"]), "capital_expenditure") << cn["约40%"].dump();
  EXPECT_EQ(PartOf(cn["约40%"]), "存储芯片") << cn["约40%"].dump();

  auto en = testing::ClaimsByText(
      "date 2026-02-10\nSamsung said about 70% of its capital expenditure this year will go to memory production.\n");
  ASSERT_TRUE(en.count("about 70%"));
  EXPECT_EQ(WholeOf(en["about 70%"]), "capital_expenditure") << en["about 70%"].dump();
  EXPECT_EQ(PartOf(en["about 70%"]), "memory production") << en["about 70%"].dump();
}

TEST(ShareOfWholeTest, AShareOfRevenueNamesItsPartBeforeTheVerb) {
  auto cn = testing::ClaimsByText("date 2025-10-31\n联发科第三季营收中，手机芯片占45%，智能设备占35%。\n");
  ASSERT_TRUE(cn.count("45%") && cn.count("35%"));
  EXPECT_EQ(PartOf(cn["45%"]), "手机芯片") << cn["45%"].dump();
  EXPECT_EQ(PartOf(cn["35%"]), "智能设备") << cn["35%"].dump();
  EXPECT_EQ(WholeOf(cn["45%"]), "revenue") << cn["45%"].dump();

  auto en = testing::ClaimsByText("date 2025-10-31\nAt MediaTek, smartphones accounted for 45% of revenue in the third quarter.\n");
  ASSERT_TRUE(en.count("45%"));
  EXPECT_EQ(PartOf(en["45%"]), "smartphones") << en["45%"].dump();
  EXPECT_EQ(WholeOf(en["45%"]), "revenue") << en["45%"].dump();

  // A copula before 佔 names no part: the part follows the figure (佔據25%的中國).
  auto copula = testing::ClaimsByText("date 2025-10-31\n其中美國資料中心用電量最多，其次是佔據25%的中國。\n");
  ASSERT_TRUE(copula.count("25%"));
  EXPECT_EQ(PartOf(copula["25%"]), "") << copula["25%"].dump();
}

// A metric's cue ending the part is dropped (先進製程收入 is 先進製程); a part
// that was only a cue (收入), or a list paired by 分別/respectively, is none.
TEST(ShareOfWholeTest, APartIsNeitherAMetricsCueNorOneOfAPairedList) {
  auto tw = testing::ClaimsByText("date 2025-10-20\n聯電第三季先進製程收入佔營收比重達40%。\n");
  ASSERT_TRUE(tw.count("40%"));
  EXPECT_EQ(PartOf(tw["40%"]), "先进制程") << tw["40%"].dump();
  auto cn = testing::ClaimsByText("date 2025-10-20\n联电第三季28纳米和40纳米的收入占比分别为30%和15%。\n");
  ASSERT_TRUE(cn.count("30%") && cn.count("15%"));
  EXPECT_EQ(PartOf(cn["30%"]), "") << cn["30%"].dump();
  EXPECT_EQ(PartOf(cn["15%"]), "") << cn["15%"].dump();
  auto en = testing::ClaimsByText(
      "date 2025-10-20\nAt Samsung, memory and foundry accounted for 60% and 20% of chip revenue, respectively.\n");
  ASSERT_TRUE(en.count("60%"));
  EXPECT_EQ(PartOf(en["60%"]), "") << en["60%"].dump();
}

TEST(ShareOfWholeTest, SharesOfOnePartAndWholeAreComparedAndOthersAreNot) {
  const std::string a = "date 2026-02-10\n鴻海今年資本支出約50%用於電動車平台，20%用於伺服器產能。\n";
  // The same part and whole, another share: a conflict.
  EXPECT_EQ(Counted("conflict", {a, "date 2026-02-11\n鴻海今年約30%的資本支出將用於電動車平台。\n"}).size(), 1u);
  EXPECT_EQ(Counted("conflict_en", {"date 2026-02-10\nFoxconn said 50% of its capital expenditure this year will go to "
                                    "EV platforms.\n",
                                    "date 2026-02-11\nFoxconn said 30% of its capital expenditure this year will go to "
                                    "EV platforms.\n"})
                .size(),
            1u);
  // Another part: no finding.
  EXPECT_TRUE(Counted("other_part", {a, "date 2026-02-11\n鴻海今年約30%的資本支出將用於半導體設備。\n"}).empty());
  // No part read (a share of what?): never compared.
  EXPECT_TRUE(Counted("no_part", {"date 2026-02-10\n鴻海今年資本支出的比重約50%。\n",
                                  "date 2026-02-11\n鴻海今年資本支出的比重約30%。\n"})
                  .empty());
  // The same share, agreeing: no finding.
  EXPECT_TRUE(Counted("agree", {a, "date 2026-02-11\n鴻海今年約50%的資本支出將用於電動車平台。\n"}).empty());
}

TEST(ShareOfWholeTest, TwoRangesOfOneFactHaveOnePairOfBounds) {
  const std::string a = "date 2026-02-10\n鴻海今年資本支出約50%至60%用於電動車平台。\n";
  auto found = Counted("bounds", {a, "date 2026-02-11\n鴻海今年約40%至60%的資本支出將用於電動車平台。\n"});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["rule"], "range-bounds-differ");
  EXPECT_TRUE(Counted("bounds_same", {a, "date 2026-02-11\n鴻海今年約50%至60%的資本支出將用於電動車平台。\n"}).empty());
  // A single figure inside a range is no other pair of bounds.
  EXPECT_TRUE(Counted("bounds_point", {a, "date 2026-02-11\n鴻海今年約55%的資本支出將用於電動車平台。\n"}).empty());
  // Guidance ranges of money, in English: 52-56 vs 52-58.
  auto money = Counted("bounds_en", {"date 2026-02-10\nMeta expects its 2026 capital expenditures to be $52-56 billion.\n",
                                     "date 2026-02-11\nMeta expects its 2026 capital expenditures to be $52-58 billion.\n"});
  ASSERT_EQ(money.size(), 1u);
  EXPECT_EQ(money[0]["rule"], "range-bounds-differ");
}

}  // namespace
}  // namespace figcheck
