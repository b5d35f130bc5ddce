// Which figures speak of the same fact, and when two of them disagree: the
// stated resolution of a figure, places, expectations set against a figure,
// periods, and clause structure that decides the entity. Texts written here,
// in Traditional and Simplified Chinese and English.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;

json CheckTexts(const std::string& name, const std::vector<std::string>& texts) {
  return testing::CheckTexts("fact_identity/" + name, texts);
}
std::vector<json> Counted(const json& report) { return testing::CountedFindings(report); }

TEST(FactIdentityTest, NeighbouringRoundedCountsDisagree) {
  // 225萬 allows 2,245,000 up to (not including) 2,255,000; 226万 starts there.
  json report = CheckTexts("rounded", {"date 2026-01-05\n比亞迪去年交付225萬輛電動車。\n",
                                       "date 2026-01-06\n比亚迪去年电动车销量为226万辆。\n"});
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["entity"], "BYD");
}

TEST(FactIdentityTest, RoundedFigureAgreesWithTheExactOne) {
  json report = CheckTexts("agree", {"date 2025-01-03\nTesla delivered 1.8 million vehicles in 2024.\n",
                                     "date 2025-01-04\n特斯拉2024年全年交付1,789,226輛。\n"});
  EXPECT_TRUE(Counted(report).empty()) << report.dump(2);
}

TEST(FactIdentityTest, AFigureForOneMarketIsNotTheWhole) {
  // Overseas sales and a company's total are different facts, in either script.
  json report = CheckTexts("place", {"date 2026-01-05\n比亞迪去年在海外的銷量達到100萬輛。\n",
                                     "date 2026-01-06\nBYD sold 4.6 million vehicles in 2025.\n",
                                     "date 2026-01-07\nBYD sold 1.05 million cars overseas in 2025.\n"});
  auto found = Counted(report);
  // Only the two overseas figures (100萬 vs 1.05 million) can disagree.
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  for (const auto& c : found[0]["claims"]) EXPECT_NE(c["value"], "4600000") << found[0].dump(2);
}

TEST(FactIdentityTest, APlaceFramingASentenceNarrowsItsTolls) {
  // 日本方面，… / "In Japan, …": the tolls after it are that place's, not the quake's total.
  for (const std::string& text :
       {std::string("date 2025-04-01\n地震造成的死亡人數已攀升至2719人，另有441人失蹤。日本方面，死亡人數增至20人，仍有76人下落不明。\n"),
        std::string("date 2025-04-01\n地震造成的死亡人数已攀升至2719人，另有441人失踪。日本方面，死亡人数增至20人，仍有76人下落不明。\n"),
        std::string("date 2025-04-01\nThe quake's death toll rose to 2,719 people. In Japan, at least 20 people died.\n")}) {
    auto run = testing::RunFigcheck("claims -", text);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    int deaths = 0;
    for (const auto& c : testing::ParseJsonl(run.out)) {
      if (c["metric"] != "deaths") continue;
      ++deaths;
      const bool japan = std::find(c["aspects"].begin(), c["aspects"].end(), "in Japan") != c["aspects"].end();
      EXPECT_EQ(japan, c["value"] == "20") << c.dump();
    }
    EXPECT_EQ(deaths, 2) << run.out;
    EXPECT_TRUE(Counted(CheckTexts("toll_place", {text})).empty()) << text;
  }
}

TEST(FactIdentityTest, ANationalityDescribesAndDoesNotNarrow) {
  // 中國汽車製造商比亞迪 is a Chinese carmaker, not BYD's sales in China.
  json report = CheckTexts("nationality", {"date 2026-01-05\n中國汽車製造商比亞迪去年交付225萬輛電動車。\n",
                                           "date 2026-01-06\nBYD sold 2.26 million electric cars last year.\n"});
  EXPECT_EQ(Counted(report).size(), 1u) << report.dump(2);
}

TEST(FactIdentityTest, AnExpectationSetAgainstAFigureIsAnExpectationOfItsMetric) {
  // 44萬 names no metric of its own: set against the deliveries before it, it is expected deliveries,
  // and disagrees with the other expectation, never with the delivered figure.
  // Two market estimates 4 % apart are a note (each provider has its own).
  json report = CheckTexts("expected", {
      "date 2026-01-03\n特斯拉去年第4季只交付了41.8萬輛電動車，低於分析師預期的44萬輛。\n",
      "date 2026-01-04\nAnalysts had expected Tesla to deliver 422,850 vehicles in the fourth quarter of 2025.\n"});
  EXPECT_TRUE(Counted(report).empty()) << report.dump(2);
  const json& found = report["findings"];
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["severity"], "info");
  std::set<std::string> values;
  for (const auto& c : found[0]["claims"]) values.insert(c["value"]);
  EXPECT_EQ(values, (std::set<std::string>{"440000", "422850"}));
}

TEST(FactIdentityTest, APeriodTotalWithNoStatedPeriodIsNotCompared) {
  // "during the period" names no period: the publication date does not date a delivery total.
  json report = CheckTexts("period", {"date 2025-01-06\nBYD also delivered some 918,556 plug-in hybrids during the period.\n",
                                      "date 2025-01-07\n比亞迪2025年交付225萬輛汽車。\n"});
  EXPECT_TRUE(Counted(report).empty()) << report.dump(2);
}

TEST(FactIdentityTest, ConcessiveAndRelativeClausesDecideTheEntity) {
  // The subject after "Though BYD beat Tesla," is neither; "BYD, which …" is BYD.
  json report = CheckTexts("clauses", {
      "date 2025-01-03\nThough BYD beat Tesla in the quarter, the American giant delivered 1,789,226 cars in 2024.\n"
      "Tesla is big, but it is smaller than BYD, which sold over 4.27 million cars in 2024.\n",
      "date 2025-01-04\nBYD delivered 1,764,992 cars in 2024.\n"});
  for (const auto& f : Counted(report)) {
    for (const auto& c : f["claims"]) EXPECT_NE(c["value"], "1789226") << f.dump(2);
  }
  // 4.27 million (over) is BYD's, and disagrees with 1,764,992.
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["entity"], "BYD");
}

TEST(FactIdentityTest, TheSameSpecificFigureUnderTwoDatesIsFlagged) {
  json report = CheckTexts("misdated", {
      "date 2025-04-17\n2024年全球数据中心耗电量约为415太瓦时。\n",
      "date 2025-06-01\nIn 2023, data centres globally consumed an estimated 415 terawatt-hours of electricity.\n"});
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["rule"], "same-figure-other-date");
  EXPECT_EQ(found[0]["kind"], "date_conflict");
}

TEST(FactIdentityTest, ARoundFigureRepeatedAcrossYearsIsNoSign) {
  // 45% (two significant digits) in two years can simply hold twice.
  json report = CheckTexts("round", {"date 2025-04-17\n2024年特斯拉的市占率为45%。\n",
                                     "date 2024-04-17\nTesla's market share was 45% in 2023.\n"});
  EXPECT_TRUE(Counted(report).empty()) << report.dump(2);
}

TEST(FactIdentityTest, AOneCountrysPartOfASectorIsNotTheSectorsWhole) {
  // 美国数据中心 (US data centres) narrows the sector; the global figure is another fact.
  json report = CheckTexts("sector", {"date 2025-04-17\n2024年全球数据中心耗电量为415太瓦时，美国数据中心耗电量为180太瓦时。\n",
                                      "date 2025-06-01\nUS data centers consumed 183 terawatt-hours of electricity in 2024.\n"});
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);  // 180 vs 183: the US figures only
  for (const auto& c : found[0]["claims"]) EXPECT_NE(c["value"], "415000000000000") << found[0].dump(2);
}

TEST(FactIdentityTest, AChangeIsNotTheLevelItChanges) {
  // 提升 170 個基點 (and its bracketed restatement) is a change of the margin, not the margin.
  json report = CheckTexts("change", {
      "date 2026-01-16\n台積電第1季毛利率較前一季提升 170 個基點（1.7 個百分點）。\n",
      "date 2026-01-17\nTSMC's gross margin in the first quarter of 2026 was 63%.\n"});
  EXPECT_TRUE(Counted(report).empty()) << report.dump(2);
}

TEST(FactIdentityTest, AStatementDayDoesNotDateAPeriodTotal) {
  // "reported on Thursday that it delivered" dates the report; the quarter dates the deliveries.
  json report = CheckTexts("statement", {
      "date 2025-01-03\nIn the fourth quarter, BYD sold 595,413 battery electric vehicles. "
      "BYD reported on Thursday that it delivered 1,764,992 BEVs in 2024.\n",
      "date 2025-01-04\n比亞迪2024年第4季純電動車銷量為595,412輛。\n"});
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  std::set<std::string> values;
  for (const auto& c : found[0]["claims"]) values.insert(c["value"]);
  EXPECT_EQ(values, (std::set<std::string>{"595413", "595412"}));
}

TEST(FactIdentityTest, PassiveAgentsAndDescriptiveAnaphorsNameTheEntity) {
  // "sold by BYD" is BYD's figure though Tesla is the sentence's subject; "The Chinese firm"
  // refers back to BYD, the subject of the paragraph before.
  json report = CheckTexts("agents", {
      "date 2025-01-03\nTesla reported that it delivered 495,570 cars in the fourth quarter of 2024, "
      "lower than the 595,413 BEVs sold by BYD in the fourth quarter of 2024.\n",
      "date 2025-01-06\nBYD, based in Shenzhen, outpaced Tesla in the fourth quarter of 2024.\n\n"
      "The Chinese firm delivered 595,412 battery electric vehicles during the same period.\n"});
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["entity"], "BYD");
  std::set<std::string> values;
  for (const auto& c : found[0]["claims"]) values.insert(c["value"]);
  EXPECT_EQ(values, (std::set<std::string>{"595413", "595412"}));
}

TEST(FactIdentityTest, AClauseNamingOnlyAMetricIsTheTopicOfTheNextClausesFigure) {
  // 資本支出 stands in a clause of its own; the figure in the next clause is capital expenditure.
  json report = CheckTexts("topic", {
      "date 2026-01-15\n台積電今年資本支出將再寫下歷史新高，估計將高達520億美元到560億美元。\n",
      "date 2026-01-16\nTSMC expects capital expenditure of $40 billion in 2026.\n"});
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["metric"], "capital_expenditure");
  // A clause with a figure of its own keeps its cue: 營收 is the 2,000億's, not the next clause's.
  json other = CheckTexts("topic_own", {"date 2026-01-15\n台積電今年營收達2,000億美元，估計將高達520億美元。\n",
                                        "date 2026-01-16\nTSMC's revenue in 2026 will be $200 billion.\n"});
  EXPECT_TRUE(Counted(other).empty()) << other.dump(2);
}

TEST(FactIdentityTest, ASpanOfYearsDatesNoSingleFigure) {
  // "between 2024 and 2030, reaching 945 TWh" is 2030's figure, not 2024's.
  json report = CheckTexts("span", {
      "date 2025-04-17\nData centre electricity consumption will more than double between 2024 and 2030, "
      "reaching approximately 945 terawatt-hours.\n",
      "date 2025-04-18\n2024年全球数据中心耗电量为415太瓦时。\n"});
  EXPECT_TRUE(Counted(report).empty()) << report.dump(2);
}

TEST(FactIdentityTest, ADemonstrativeOpeningASentenceRefersToTheFigureBefore) {
  // "This exceeds expectations of $41 billion": the expectation is of the capital expenditure before.
  const std::string chinese = "date 2026-01-16\n市場原先預期台積電2026年資本支出為450億至500億美元。\n";
  json report = CheckTexts("demonstrative", {
      "date 2026-01-15\nTSMC plans capital expenditures of between $52 billion and $56 billion in 2026. "
      "This exceeds Wall Street's expectations of $41 billion.\n",
      chinese});
  auto found = Counted(report);
  ASSERT_EQ(found.size(), 1u) << report.dump(2);
  EXPECT_EQ(found[0]["metric"], "capital_expenditure");
  // Without the demonstrative, the sentence names nothing the figure is compared with.
  json other = CheckTexts("no_demonstrative", {
      "date 2026-01-15\nTSMC plans capital expenditures of between $52 billion and $56 billion in 2026. "
      "Wall Street's expectations were $41 billion.\n",
      chinese});
  EXPECT_TRUE(Counted(other).empty()) << other.dump(2);
}

}  // namespace
}  // namespace figcheck
