// Which figures of a beat beyond AI are one fact: a carmaker's powertrains
// (new-energy vehicles are battery-electric plus plug-in hybrids), a company's
// arm in one country, the market's estimate written after the figure, a
// clause's own period over the one its sentence's date gives, a quarter's EPS,
// and a government's budget. Texts written here, in Traditional and
// Simplified Chinese and English; none is from a gold set.
#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;
using testing::HasAspect;

std::map<std::string, json> ClaimsOf(const std::string& text) { return testing::ClaimsByText(text); }

json CheckTexts(const std::string& name, const std::vector<std::string>& texts) {
  return testing::CheckTexts("beat_facts/" + name, texts);
}

TEST(VehicleFactsTest, NewEnergyBatteryElectricAndPlugInHybridAreThreeFacts) {
  json report = CheckTexts("powertrains", {
      "date 2026-01-03\n比亞迪2025年新能源汽車銷量達460.2萬輛，其中純電動車型225.7萬輛，插電混動車型234.5萬輛。\n",
      "date 2026-01-02\nBYD sold 4.6 million new energy vehicles in 2025, including 2.26 million battery-electric cars.\n",
      "date 2026-01-05\n比亚迪2025年新能源汽车销量为460.24万辆，其中插混车型销量为226万辆。\n"});
  auto found = testing::CountedFindings(report);
  // Only the plug-in hybrids disagree (234.5萬 vs 226万); no part meets a total.
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  std::set<std::string> values;
  for (const auto& c : found[0]["claims"]) values.insert(c["value"]);
  EXPECT_EQ(values, (std::set<std::string>{"2345000", "2260000"})) << found[0].dump(2);
}

TEST(VehicleFactsTest, APowertrainStatedOnOneSideOnlyIsANote) {
  json report = CheckTexts("one_side", {"date 2025-01-03\n比亞迪2024年純電動車銷量176.5萬輛。\n",
                                        "date 2025-01-04\nBYD sold 4.27 million vehicles in 2024.\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(VehicleFactsTest, ACompanysArmInAPlaceIsThatPlacesFigure) {
  for (const std::string& text : {std::string("date 2026-01-05\n特斯拉中國2025年銷量為62.6萬輛。\n"),
                                  std::string("date 2026-01-05\n特斯拉中国2025年销量为62.6万辆。\n"),
                                  std::string("date 2026-01-05\nTesla China sold 626,000 cars in 2025.\n")}) {
    json report = CheckTexts("arm", {text, "date 2026-01-03\nTesla delivered 1.64 million vehicles in 2025.\n"});
    EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
  }
}

TEST(VehicleFactsTest, AnEstimateWrittenAfterTheFigureIsTheMarkets) {
  auto c = ClaimsOf("date 2026-01-03\nIn the fourth quarter, Tesla delivered 418,227 vehicles, below the 422,850 that "
                    "analysts had expected.\n");
  ASSERT_TRUE(c.count("422,850"));
  EXPECT_TRUE(HasAspect(c["422,850"], "consensus")) << c["422,850"].dump();
  EXPECT_FALSE(HasAspect(c["418,227 vehicles"], "consensus")) << c["418,227 vehicles"].dump();
}

TEST(VehicleFactsTest, AClausesOwnPeriodBeatsTheSentencesDate) {
  // 2025年第四季 dates the sentence; 全年 in the second clause makes its figure the year's.
  for (const auto& [text, quarter, year] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"date 2026-01-05\n特斯拉2025年第四季度交付量为41.8万辆，全年交付163.6万辆。\n", "41.8万辆", "163.6万辆"},
           {"date 2026-01-05\n特斯拉2025年第四季交付41.8萬輛，全年交付163.6萬輛。\n", "41.8萬輛", "163.6萬輛"},
           {"date 2026-01-05\nIn the fourth quarter of 2025 Tesla delivered 418,000 vehicles, and full-year deliveries "
            "were 1.64 million.\n", "418,000 vehicles", "1.64 million"}}) {
    auto c = ClaimsOf(text);
    ASSERT_TRUE(c.count(quarter) && c.count(year)) << text;
    EXPECT_EQ(c[quarter]["as_of"], "2025-10") << text;
    EXPECT_EQ(c[year]["as_of"], "2025") << text << c[year].dump();
    EXPECT_TRUE(HasAspect(c[year], "year")) << c[year].dump();
    EXPECT_FALSE(HasAspect(c[year], "quarter")) << c[year].dump();
  }
}

TEST(VehicleFactsTest, SalesInACountryAreThatCountrysFact) {
  // Any country, not only the few the AI articles named: Brazil's sales are not BYD's total.
  json report = CheckTexts("country", {"date 2025-06-01\n比亞迪5月在巴西的銷量達到1.2萬輛。\n",
                                       "date 2025-06-02\nBYD sold 382,476 vehicles in May.\n",
                                       "date 2025-06-02\n比亚迪5月在巴西市场销量为1.2万辆。\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
  auto en = ClaimsOf("date 2025-06-01\nBYD sold 12,000 cars in Brazil in May, and 3,025 in the UK market.\n");
  EXPECT_TRUE(HasAspect(en["12,000 cars"], "in Brazil")) << en["12,000 cars"].dump();
  EXPECT_TRUE(HasAspect(en["3,025"], "in UK")) << en["3,025"].dump();
}

TEST(VehicleFactsTest, AMonthsFigureIsNotTheQuartersAndARoundIsNotAValuation) {
  // (Not a carmaker's: a chipmaker's monthly revenue and a startup's round.)
  auto c = ClaimsOf("date 2025-07-10\nTSMC's second-quarter revenue rose 38.6% to T$933.8 billion. June revenue was "
                    "T$263.7 billion. OpenAI was valued at $300 billion in a $40 billion round.\n");
  EXPECT_EQ(c["T$933.8 billion"]["as_of"], "2025-04");
  EXPECT_EQ(c["T$263.7 billion"]["as_of"], "2025-06") << c["T$263.7 billion"].dump();
  EXPECT_TRUE(HasAspect(c["T$263.7 billion"], "month"));
  EXPECT_EQ(c["$300 billion"]["metric"], "valuation");
  EXPECT_EQ(c["$40 billion"]["metric"], "funding") << c["$40 billion"].dump();
  auto zh = ClaimsOf("date 2025-07-10\n台積電第二季營收9,338億元，6月營收2,637億元。\n");
  EXPECT_EQ(zh["2,637億元"]["as_of"], "2025-06") << zh["2,637億元"].dump();
}

TEST(BudgetFactsTest, AGovernmentsBudgetFigures) {
  // Not a carmaker's, but the same mechanism: spending, deficit and defence budget of a fiscal year.
  auto zh = ClaimsOf("date 2025-08-21\n行政院通過115年度中央政府總預算案，歲出規模達3兆303億元，歲入歲出差短2571億元，國防預算達9495億元。\n");
  EXPECT_EQ(zh["3兆303億元"]["metric"], "government_spending");
  EXPECT_EQ(zh["3兆303億元"]["as_of"], "2026");
  EXPECT_EQ(zh["2571億元"]["metric"], "budget_deficit");
  EXPECT_EQ(zh["9495億元"]["metric"], "defence_budget");
  auto en = ClaimsOf("date 2025-08-21\nThe 2026 budget projects a deficit of NT$257.1 billion, with defense spending of NT$949.5 billion.\n");
  EXPECT_EQ(en["NT$257.1 billion"]["metric"], "budget_deficit");
  EXPECT_EQ(en["NT$949.5 billion"]["metric"], "defence_budget") << en["NT$949.5 billion"].dump();
}

TEST(VehicleFactsTest, HongKongProfitWordsAndAQuartersEarningsPerShare) {
  // 純利 is net profit in Hong Kong; EPS is a figure of its period, like revenue.
  auto c = ClaimsOf("date 2025-10-16\n台積電第三季純利按年增長39.1%至4523億元；每股盈利為17.44元。\n");
  ASSERT_TRUE(c.count("4523億元"));
  EXPECT_EQ(c["4523億元"]["metric"], "net_income");
  ASSERT_TRUE(c.count("17.44元"));
  EXPECT_EQ(c["17.44元"]["as_of"], "2025-07") << c["17.44元"].dump();
}

}  // namespace
}  // namespace figcheck
