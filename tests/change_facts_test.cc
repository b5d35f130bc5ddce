// Changes as facts: a growth is "of" the level metric it changes, against a
// base year, for its level's market; growths of one fact are compared, and a
// stated rise bounds the year before's level. Texts written here, in
// Traditional and Simplified Chinese and English.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;
using testing::CheckTexts;
using testing::ClaimsOf;
using testing::CountedFindings;

bool HasAspect(const json& claim, const std::string& aspect) {
  const auto& a = claim["aspects"];
  return std::find(a.begin(), a.end(), aspect) != a.end();
}

std::set<std::string> Values(const json& finding) {
  std::set<std::string> out;
  for (const auto& c : finding["claims"]) out.insert(c["value"].get<std::string>());
  return out;
}

TEST(ChangeFactsTest, AGrowthChangesTheMetricNamedBeforeIt) {
  auto claims = ClaimsOf("change_facts/subject.txt",
                         "date 2026-03-02\n台積電今年資本支出估約520億美元至560億美元，年增幅達23.8%。\n");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1]["value"], "23.8");
  EXPECT_TRUE(HasAspect(claims[1], "of capital_expenditure (USD)")) << claims[1].dump();
  // A year-over-year change is against the year before its own.
  EXPECT_TRUE(HasAspect(claims[1], "vs 2025")) << claims[1].dump();
}

TEST(ChangeFactsTest, TwoGrowthsOfOneFactDisagree) {
  // The same budget's growth: 23.8 % in one article, 27 % to 37 % against 2025 in another.
  json report = CheckTexts("change_facts/disagree", {
      "date 2026-03-02\n台積電今年資本支出估計將高達520億美元到560億美元，年增幅達23.8%。\n",
      "date 2026-03-02\n台积电今年资本支出估约520亿美元至560亿美元，相较于2025年实际资本支出409亿美元，成长27%至37%。\n"});
  auto found = CountedFindings(report);
  auto conflict = std::find_if(found.begin(), found.end(), [](const json& f) { return f["rule"] == "value-conflict"; });
  ASSERT_NE(conflict, found.end()) << report.dump(2);
  EXPECT_EQ(Values(*conflict), (std::set<std::string>{"23.8", "27"}));
  // The arithmetic says the same: 520-560 over 2025's 409 is +27 % to +37 %, not +23.8 %.
  for (const auto& f : found) EXPECT_TRUE(Values(f).count("23.8")) << f.dump(2);
}

TEST(ChangeFactsTest, TheBaseYearsFigureIsDatedByItsBaseline) {
  // 相較於2025年實際資本支出409億美元: 409億 is 2025's; the growth after it is this year's.
  auto claims = ClaimsOf("change_facts/baseline.txt",
                         "date 2026-03-02\n今年資本支出估約520億美元，相較於2025年實際資本支出409億美元，成長27%。\n");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[1]["as_of"], "2025");
  EXPECT_EQ(claims[2]["as_of"], "2026");
}

TEST(ChangeFactsTest, GrowthsOfOtherThingsBasesOrCurrenciesAreNotCompared) {
  json report = CheckTexts("change_facts/apart", {
      // Against last quarter and against the same quarter a year before: two facts.
      "date 2026-01-16\n台積電去年第4季資本支出115.1億美元，較去年第3季資本支出97億美元增加18.6%，"
      "較2024年同期資本支出112.3億美元增加2.5%。\n",
      // The same change counted in NT dollars is another figure.
      "date 2026-01-16\n若以新台幣計價，台積電去年第4季資本支出3569.1億元，較去年第3季資本支出2874.5億元成長24.1%。\n",
      // Revenue's growth is not capital expenditure's.
      "date 2026-01-16\n台積電去年第4季營收較去年第3季成長5.7%。\n",
      // A growth of money with no amount to tell its currency: NT dollars here, US dollars there.
      "date 2026-01-16\n台積電2025年營收年增31.6%。\n", "date 2026-01-16\nTSMC revenue grew 35.9% in 2025.\n"});
  EXPECT_TRUE(CountedFindings(report).empty()) << report.dump(2);
}

TEST(ChangeFactsTest, AGrowthOfWhatIsNeverCompared) {
  // No level metric is named before either growth.
  json report = CheckTexts("change_facts/of_what", {"date 2026-01-16\n2025年台積電成長20%。\n",
                                                    "date 2026-01-17\nTSMC grew 30% in 2025.\n"});
  EXPECT_TRUE(CountedFindings(report).empty()) << report.dump(2);
}

TEST(ChangeFactsTest, AChangeTakesTheMarketOfTheFigureItChanges) {
  // 中國以外 narrows the level; its growth is the overseas growth, not the total's.
  json report = CheckTexts("change_facts/market", {
      "date 2026-01-05\n比亞迪表示，公司去年在中國以外的電動車銷售量達到100萬輛，比前一年增長約150%。\n",
      "date 2026-01-05\n比亞迪去年電動車的銷量成長了近28%。\n"});
  EXPECT_TRUE(CountedFindings(report).empty()) << report.dump(2);
}

TEST(ChangeFactsTest, NewsVerbsOfChangeAndHyphenatedSectors) {
  // climbed, jumped, soared: changes; "data-center revenue" is the data centres' segment.
  auto c = ClaimsOf("change_facts/verbs", "date 2025-11-20\nNvidia's data-center revenue soared 66% to $51.2 billion. "
                                          "Revenue climbed 62% to a record $57.01 billion.\n");
  EXPECT_EQ(testing::ClaimWithText(c, "66%")["metric"], "growth");
  EXPECT_EQ(testing::ClaimWithText(c, "62%")["metric"], "growth");
  EXPECT_TRUE(testing::HasAspect(testing::ClaimWithText(c, "$51.2 billion"), "segment data centres"));
  // A change of what no one names (shares jumped 5%) is never set against another.
  json report = CheckTexts("change_facts/verbs_unnamed", {
      "date 2025-11-20\nNvidia revenue climbed 62% to a record $57.01 billion in the third quarter.\n",
      "date 2025-11-20\nNvidia shares jumped 5% in the third quarter after the report.\n"});
  EXPECT_TRUE(CountedFindings(report).empty()) << report.dump(2);
}

TEST(ChangeFactsTest, APartsStatedRiseDoesNotBoundTheTotal) {
  // Battery-electric sales rose 27.9 %; the new-energy total rose 7.7 %: 427.21萬 in
  // 2024 and 460.24萬 in 2025 fit the total's rise, whatever the part's.
  for (const std::string& part : {std::string("date 2026-01-03\nBYD's sales of battery electric vehicles rose 27.9% in 2025.\n"),
                                  std::string("date 2026-01-03\n比亞迪2025年純電動車銷量成長27.9%。\n")}) {
    json report = CheckTexts("change_facts/part_rise", {
        part, "date 2026-01-04\n比亚迪2025年新能源汽车销量为460.24万辆。\n",
        "date 2025-01-03\n比亚迪2024年新能源汽车销量为427.21万辆。\n"});
    EXPECT_TRUE(CountedFindings(report).empty()) << report.dump(2);
  }
}

TEST(ChangeFactsTest, AStatedRiseBoundsTheYearBefore) {
  // 180 TWh in 2024 after growth of about 12 % a year allows at most about 167 TWh in 2023.
  const std::string rise =
      "date 2025-04-17\n过去十年,美国数据中心用电量增长迅猛,2015至2024年间以年均约12%的速度增长,2024年耗电量达180太瓦时。\n";
  json report = CheckTexts("change_facts/rise", {
      rise, "date 2026-01-01\nUnited States data centres consumed approximately 200 terawatt-hours in 2023.\n"});
  auto found = CountedFindings(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["rule"], "against-stated-rise");
  EXPECT_EQ(found[0]["entity"], "US data centres");
  EXPECT_EQ(Values(found[0]), (std::set<std::string>{"200000000000000", "180000000000000", "12"}));
  // 160 TWh in 2023 fits the rise: no finding.
  json fits = CheckTexts("change_facts/rise_fits", {
      rise, "date 2026-01-01\nUnited States data centres consumed about 160 terawatt-hours in 2023.\n"});
  EXPECT_TRUE(CountedFindings(fits).empty()) << fits.dump(2);
  // Without the stated rise, a fall from 200 to 180 is a change over time, not a contradiction.
  json no_rise = CheckTexts("change_facts/no_rise", {
      "date 2025-04-17\n2024年美国数据中心耗电量达180太瓦时。\n",
      "date 2026-01-01\nUnited States data centres consumed approximately 200 terawatt-hours in 2023.\n"});
  EXPECT_TRUE(CountedFindings(no_rise).empty()) << no_rise.dump(2);
}

TEST(ChangeFactsTest, BasisPointsStateAChangeOfTheMargin) {
  // 超出了 130 個基點 is by how much the margin beat the forecast, not the margin.
  json report = CheckTexts("change_facts/bp", {
      "date 2026-01-16\n台積電第四季實際毛利率超出財測高標 130 個基點。\n",
      "date 2026-01-16\n台積電預估第四季毛利率介於59%至61%。\n"});
  EXPECT_TRUE(CountedFindings(report).empty()) << report.dump(2);
  auto claims = ClaimsOf("change_facts/bp.txt", "date 2026-01-16\n台積電毛利率超出財測高標 130 個基點。\n");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(HasAspect(claims[0], "change")) << claims[0].dump();
}

TEST(ChangeFactsTest, AMarginAfterAChangeToWordIsTheLevel) {
  // 增加了 280 個基點至 62.3%: 62.3 % is the margin, 280 bp its change.
  auto claims = ClaimsOf("change_facts/level.txt", "date 2026-01-16\n台積電去年Q4的毛利率增加了 280 個基點至 62.3%。\n");
  auto level = std::find_if(claims.begin(), claims.end(), [](const json& c) { return c["value"] == "62.3"; });
  ASSERT_NE(level, claims.end());
  EXPECT_EQ((*level)["metric"], "gross_margin");
}

TEST(ChangeFactsTest, ExchangeRateAssumptionsDisagree) {
  // The guidance's assumed rate: 31.6 (set against the actual 31.01 with 優於) vs 30.6 elsewhere.
  json report = CheckTexts("change_facts/fx", {
      "date 2026-01-16\n台積電去年第4季稅後純益5057.4億元。財務長表示，實際匯率為1 美元兌 31.01 元新台幣，優於原先財測假設的 31.6。\n",
      "date 2026-01-16\n台積電第四季的實際匯率為 1 美元兌新台幣 31.01 元，而台積電預測為 1 美元兌新台幣 30.6 元。\n"});
  auto found = CountedFindings(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["metric"], "exchange_rate");
  EXPECT_EQ(Values(found[0]), (std::set<std::string>{"31.6", "30.6"}));
}

}  // namespace
}  // namespace figcheck
