// The identity evidence a figure carries (issue 11): a company's fiscal
// quarters, a business line before its metric, a date that heads a figure of
// its own, "per share", and shares against rates. Texts written here, in
// Traditional and Simplified Chinese and English.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::HasAspect;

std::map<std::string, json> ClaimsOf(const std::string& text) { return testing::ClaimsByText(text); }

TEST(SegmentSubjectTest, ALineOfBusinessOpeningAnEarlierClauseScopesTheFiguresAfterIt) {
  // The segment is the subject of the clause before the figure's: its revenue,
  // its estimate and its growth are the segment's, never the company's total.
  const std::vector<std::string> texts = {
      "date 2025-11-20\n輝達第三季營收570億美元，資料中心仍是主要成長來源，營收512億美元，較去年同期成長66%。\n",
      "date 2025-11-20\n英伟达第三季度营收570亿美元，数据中心依然是最大的业务，营收512亿美元。\n",
      "date 2025-11-20\nNvidia's third-quarter revenue was $57 billion. In the third quarter, Nvidia's data center "
      "division, by far its largest business, generated $51.2 billion in sales.\n"};
  for (const auto& [text, figure] : std::vector<std::pair<std::string, std::string>>{
           {texts[0], "512億美元"}, {texts[0], "66%"}, {texts[1], "512亿美元"}, {texts[2], "$51.2 billion"}}) {
    auto claims = ClaimsOf(text);
    ASSERT_TRUE(claims.count(figure)) << text;
    EXPECT_TRUE(HasAspect(claims[figure], "segment data centres")) << figure << ": " << claims[figure].dump();
    EXPECT_EQ(claims[figure]["entity"], "NVIDIA") << figure;
  }
  // A sector that is not the clause's subject (data centre demand) scopes nothing.
  auto demand = ClaimsOf("date 2025-11-20\n輝達表示，資料中心需求強勁，帶動第三季營收成長至570億美元。\n");
  ASSERT_TRUE(demand.count("570億美元"));
  EXPECT_FALSE(HasAspect(demand["570億美元"], "segment data centres")) << demand["570億美元"].dump();
  // Another name after the segment's clause ends its reach.
  auto other = ClaimsOf("date 2025-11-20\n資料中心仍是主要成長來源，超微第三季營收92億美元。\n");
  ASSERT_TRUE(other.count("92億美元"));
  EXPECT_FALSE(HasAspect(other["92億美元"], "segment data centres")) << other["92億美元"].dump();
}

TEST(AsOfFrameTest, APeriodOpeningALaterClauseFramesTheFiguresAfterIt) {
  // The sentence opens with March; after the semicolon, early October frames the rest.
  for (const auto& [text, march, october] : std::vector<std::tuple<std::string, std::string, std::string>>{
           {"date 2025-10-08\nOpenAI今年3月完成400億美元融資，估值達3000億美元；10月初員工股票出售後，估值升至5000億美元。\n",
            "3000億美元", "5000億美元"},
           {"date 2025-10-08\nOpenAI今年3月完成400亿美元融资，估值达3000亿美元；10月初员工股票出售后，估值升至5000亿美元。\n",
            "3000亿美元", "5000亿美元"},
           {"date 2025-10-08\nIn March OpenAI raised $40 billion at a $300 billion valuation; in early October, after a "
            "share sale, it was valued at $500 billion.\n", "$300 billion", "$500 billion"}}) {
    auto c = ClaimsOf(text);
    ASSERT_TRUE(c.count(march) && c.count(october)) << text;
    EXPECT_EQ(c[march]["as_of"], "2025-03") << text;
    EXPECT_EQ(c[october]["as_of"].get<std::string>().substr(0, 7), "2025-10") << text << c[october].dump();
  }
  // A baseline after a comparison word frames nothing (比2024年).
  auto base = ClaimsOf("date 2026-01-05\n2025年全年，特斯拉交付163.6萬輛，比2024年減少8.6%。\n");
  EXPECT_EQ(base["163.6萬輛"]["as_of"], "2025");
}

TEST(PeriodEndedTest, AFigureOfAPeriodEndedOnADayIsThePeriods) {
  // "For the quarter ended Oct. 26": revenue of August to October, a quarter's
  // figure, in three scripts; the year ended in December is that year.
  auto en = ClaimsOf("date 2025-11-20\nFor the quarter ended Oct. 26, Acme Corp reported revenue of $5.1 billion.\n");
  ASSERT_TRUE(en.count("$5.1 billion"));
  EXPECT_EQ(en["$5.1 billion"]["as_of"], "2025-08");
  EXPECT_TRUE(HasAspect(en["$5.1 billion"], "quarter"));
  auto hant = ClaimsOf("date 2025-11-20\n甲集團公布截至2025年9月30日止三個月的業績，營收為21億美元。\n");
  ASSERT_TRUE(hant.count("21億美元"));
  EXPECT_EQ(hant["21億美元"]["as_of"], "2025-07");
  auto hans = ClaimsOf("date 2025-03-20\n乙集团截至2024年12月31日止年度的收入为300亿元人民币。\n");
  ASSERT_TRUE(hans.count("300亿元人民币"));
  EXPECT_EQ(hans["300亿元人民币"]["as_of"], "2024");
}

TEST(FiscalPeriodTest, ACompanysQuarterIsItsFiscalQuarter) {
  // NVIDIA's fiscal year ends in January: its fiscal 2026 third quarter is August to October 2025.
  auto zh = ClaimsOf("date 2025-11-20\n輝達第三季營收為570億美元。\n");
  ASSERT_TRUE(zh.count("570億美元"));
  EXPECT_EQ(zh["570億美元"]["as_of"], "2025-08");
  auto en = ClaimsOf("date 2025-11-20\nNVIDIA's revenue for the third quarter of fiscal 2026 was $57.0 billion.\n");
  ASSERT_TRUE(en.count("$57.0 billion"));
  EXPECT_EQ(en["$57.0 billion"]["as_of"], "2025-08");
  auto fy = ClaimsOf("date 2025-11-20\n英伟达2026财年第三季营收为570亿美元。\n");
  ASSERT_TRUE(fy.count("570亿美元"));
  EXPECT_EQ(fy["570亿美元"]["as_of"], "2025-08");
  // A fiscal year written next to it names which: fiscal 2025's third quarter ended in October 2024.
  auto fy25 = ClaimsOf("date 2025-11-20\nNVIDIA's revenue in the third quarter of fiscal 2025 was $35.1 billion.\n");
  ASSERT_TRUE(fy25.count("$35.1 billion"));
  EXPECT_EQ(fy25["$35.1 billion"]["as_of"], "2024-08");
  // Guidance for the fourth quarter is the quarter ending next, November to January.
  auto q4 = ClaimsOf("date 2025-11-20\nNVIDIA expects fourth-quarter revenue of $65 billion for the fourth quarter.\n");
  ASSERT_TRUE(q4.count("$65 billion"));
  EXPECT_EQ(q4["$65 billion"]["as_of"], "2025-11");
}

TEST(FiscalPeriodTest, ACalendarYearOrACalendarCompanyKeepsTheCalendarQuarter) {
  auto written = ClaimsOf("date 2025-11-20\n輝達2025年第三季營收為570億美元。\n");
  ASSERT_TRUE(written.count("570億美元"));
  EXPECT_EQ(written["570億美元"]["as_of"], "2025-07");
  auto calendar = ClaimsOf("date 2025-11-20\n台積電第三季營收為331億美元。\n");
  ASSERT_TRUE(calendar.count("331億美元"));
  EXPECT_EQ(calendar["331億美元"]["as_of"], "2025-07");
}

TEST(FiscalPeriodTest, FiscalQuartersWrittenDifferentlyMeet) {
  json agree = testing::CheckTexts("fiscal/agree", {
      "date 2025-11-20\nNVIDIA's revenue for the third quarter of fiscal 2026 was $57.0 billion.\n",
      "date 2025-11-21\n輝達第三季營收為570億美元。\n"});
  EXPECT_TRUE(agree["findings"].empty()) << agree.dump(2);
  json disagree = testing::CheckTexts("fiscal/disagree", {
      "date 2025-11-20\nNVIDIA's revenue for the third quarter of fiscal 2026 was $57.0 billion.\n",
      "date 2025-11-21\n英伟达第三季营收为590亿美元。\n"});
  auto found = testing::CountedFindings(disagree);
  ASSERT_EQ(found.size(), 1u) << disagree.dump(2);
  EXPECT_EQ(found[0]["rule"], "value-conflict");
}

TEST(FiscalPeriodTest, AMalformedCalendarNamesFileAndLine) {
  const std::string dir = testing::TempDir() + "/badfiscal";
  fs::remove_all(dir);
  fs::copy(testing::SourceDir() + "/rules", dir, fs::copy_options::recursive);
  std::ofstream(dir + "/reference/fiscal_calendars.yaml", std::ios::app)
      << "  - {entity: Nowhere Inc, year_ends: 13, source: none}\n";
  auto lint = testing::RunFigcheck("rules lint " + dir);
  EXPECT_EQ(lint.exit_code, 2);
  EXPECT_NE(lint.err.find("fiscal_calendars.yaml:"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("year_ends"), std::string::npos) << lint.err;
}

TEST(FactEvidenceTest, ABusinessLineBeforeTheMetricIsTheFiguresSegment) {
  auto en = ClaimsOf("date 2025-11-20\nNVIDIA reported revenue of $57 billion. Gaming revenue rose 30% to $4.3 billion.\n");
  ASSERT_TRUE(en.count("$4.3 billion") && en.count("$57 billion"));
  EXPECT_TRUE(HasAspect(en["$4.3 billion"], "segment gaming")) << en["$4.3 billion"].dump();
  EXPECT_TRUE(HasAspect(en["30%"], "segment gaming")) << en["30%"].dump();
  EXPECT_FALSE(HasAspect(en["$57 billion"], "segment gaming"));
  auto zh = ClaimsOf("date 2025-11-20\n輝達遊戲業務營收為43億美元。\n");
  ASSERT_TRUE(zh.count("43億美元"));
  EXPECT_TRUE(HasAspect(zh["43億美元"], "segment 遊戲") || HasAspect(zh["43億美元"], "segment 游戏"))
      << zh["43億美元"].dump();
  // Words that say which total, not which line, open no segment.
  auto total = ClaimsOf("date 2025-11-20\nNVIDIA's quarterly revenue was $57 billion; total revenue rose 62%.\n");
  for (const auto& [text, c] : total) {
    for (const auto& a : c["aspects"]) EXPECT_EQ(a.get<std::string>().rfind("segment", 0), std::string::npos) << c.dump();
  }
  // A segment's figure never meets the company's total.
  json report = testing::CheckTexts("segment", {
      "date 2025-11-20\nNVIDIA's revenue for the third quarter of fiscal 2026 was $57.0 billion.\n",
      "date 2025-11-21\nAutomotive revenue at NVIDIA for the third quarter of fiscal 2026 was $592 million.\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(FactEvidenceTest, ADateHeadingAFigureOfItsOwnDoesNotDateTheOneBefore) {
  auto c = ClaimsOf("date 2025-11-20\n台積電第三季毛利率59.5％（第二季58.6％），優於預期。\n");
  ASSERT_TRUE(c.count("59.5％") && c.count("58.6％"));
  EXPECT_EQ(c["59.5％"]["as_of"], "2025-07");
  EXPECT_EQ(c["58.6％"]["as_of"], "2025-04");
}

TEST(FactEvidenceTest, PerShareIsEarningsPerShare) {
  auto c = ClaimsOf("date 2025-11-20\nAnalysts had expected TSMC to earn $2.6 per share on $33 billion in revenue.\n");
  ASSERT_TRUE(c.count("$2.6"));
  EXPECT_EQ(c["$2.6"]["metric"], "eps");
  EXPECT_EQ(c["$33 billion"]["metric"], "revenue");
}

TEST(FactEvidenceTest, RatesListedRespectivelyAreNoBreakdown) {
  // Two margins "respectively" plus a tolerance are not shares of one whole;
  // shares of one whole still must sum to 100 %.
  json margins = testing::CheckTexts("respectively", {
      "date 2025-11-20\nTSMC expects GAAP and non-GAAP gross margins of 59.0% and 59.5%, respectively, plus or minus "
      "50 basis points.\n"});
  EXPECT_TRUE(testing::CountedFindings(margins).empty()) << margins.dump(2);
  json shares = testing::CheckTexts("breakdown", {
      "date 2025-11-20\n台積電營收中，高效能運算佔60%，智慧型手機佔30%，其他佔20%。\n"});
  auto found = testing::CountedFindings(shares);
  ASSERT_EQ(found.size(), 1u) << shares.dump(2);
  EXPECT_EQ(found[0]["rule"], "parts-of-whole");
}

TEST(FactEvidenceTest, TheMarketsConsensusIsNotTheCompanysGuidance) {
  auto en = ClaimsOf("date 2025-11-20\nNVIDIA expects revenue of $65 billion for the fourth quarter of fiscal 2026, above "
                     "the consensus of $62 billion.\n");
  EXPECT_FALSE(HasAspect(en["$65 billion"], "consensus")) << en["$65 billion"].dump();
  EXPECT_TRUE(HasAspect(en["$62 billion"], "consensus")) << en["$62 billion"].dump();
  // 512億 is the result, 490億 the market's estimate set against it.
  auto zh = ClaimsOf("date 2025-11-20\n輝達資料中心營收512億美元，高於市場預期的490億美元。\n");
  EXPECT_FALSE(HasAspect(zh["512億美元"], "consensus")) << zh["512億美元"].dump();
  EXPECT_TRUE(HasAspect(zh["490億美元"], "consensus")) << zh["490億美元"].dump();
  // Guidance never meets the consensus; two consensus figures do.
  json guidance = testing::CheckTexts("consensus/guidance", {
      "date 2025-11-20\nNVIDIA expects revenue of $65 billion for the fourth quarter of fiscal 2026, above the consensus "
      "of $62 billion.\n",
      "date 2025-11-21\n英伟达预计2026财年第四季营收650亿美元，高于市场预期的619.8亿美元。\n"});
  EXPECT_TRUE(testing::CountedFindings(guidance).empty()) << guidance.dump(2);
  json estimates = testing::CheckTexts("consensus/estimates", {
      "date 2025-11-20\nNVIDIA expects revenue of $65 billion for the fourth quarter of fiscal 2026, above the consensus "
      "of $62 billion.\n",
      "date 2025-11-21\n輝達預計2026財年第四季營收650億美元，高於市場預期的580億美元。\n"});
  auto found = testing::CountedFindings(estimates);
  ASSERT_EQ(found.size(), 1u) << estimates.dump(2);
  for (const auto& c : found[0]["claims"]) EXPECT_TRUE(HasAspect(c, "consensus")) << found[0].dump(2);
}

TEST(FactEvidenceTest, AForecastsPeriodIsNotCarriedToTheResultsAfterIt) {
  auto c = ClaimsOf("date 2025-11-20\nNVIDIA expects revenue of $65 billion in the fourth quarter.\n\n"
                    "Data center revenue reached $51.2 billion.\n");
  EXPECT_EQ(c["$65 billion"]["as_of"], "2025-11");
  EXPECT_NE(c["$51.2 billion"]["as_of"], "2025-11") << c["$51.2 billion"].dump();
  // A period of a sentence that reports (beats the market's expectation) is carried as before.
  auto r = ClaimsOf("date 2025-11-20\n輝達第三季營收570億美元，高於市場預期。\n\n資料中心營收為512億美元。\n");
  EXPECT_EQ(r["512億美元"]["as_of"], "2025-08") << r["512億美元"].dump();
  // The period of the results named with the guidance ("third-quarter results
  // and guidance", 第三季财报及财测) is the one reported: carried on.
  for (const auto& [text, figure] : std::vector<std::pair<std::string, std::string>>{
           {"date 2025-11-20\nNVIDIA shares rose after it posted third-quarter results and guidance above forecasts.\n\n"
            "Revenue came in at $57.01 billion.\n", "$57.01 billion"},
           {"date 2025-11-20\n英伟达公布第三季财报及财测，均优于预期。\n\n营收为570亿美元。\n", "570亿美元"},
           {"date 2025-11-20\n輝達公布第三季財報與財測。\n\n營收為570億美元。\n", "570億美元"}}) {
    auto g = ClaimsOf(text);
    ASSERT_TRUE(g.count(figure)) << text;
    EXPECT_EQ(g[figure]["as_of"], "2025-08") << text << g[figure].dump();
  }
}

TEST(FactEvidenceTest, TheSpecificChangeCueNamesTheChange) {
  // 同比大涨65%，环比亦增长21%: the second is quarter on quarter, whatever verb follows 环比.
  auto zh = ClaimsOf("date 2025-11-20\n英伟达净利润319.1亿美元，同比大涨65%，环比亦增长21%。\n");
  EXPECT_EQ(zh["65%"]["metric"], "growth_yoy");
  EXPECT_EQ(zh["21%"]["metric"], "growth_qoq");
  auto en = ClaimsOf("date 2025-11-20\nNVIDIA's net income rose 21% sequentially to $31.9 billion.\n");
  EXPECT_EQ(en["21%"]["metric"], "growth_qoq") << en["21%"].dump();
}

TEST(FactEvidenceTest, CashReturnedToShareholdersIsOneMetric) {
  auto en = ClaimsOf("date 2025-11-20\nNVIDIA returned $37 billion to shareholders in 2025.\n");
  EXPECT_EQ(en["$37 billion"]["metric"], "shareholder_returns");
  auto zh = ClaimsOf("date 2025-11-20\n輝達2025年已向股東返還370億美元。\n");
  EXPECT_EQ(zh["370億美元"]["metric"], "shareholder_returns");
}

TEST(FactEvidenceTest, AQuartersDeclineIsNotTheYearsChange) {
  // 全年交付160萬輛，其中四季度銷量同比下降15.6%: the 15.6 % is the quarter's, not 160萬's change.
  json report = testing::CheckTexts("quarter_change", {
      "date 2025-01-03\nTesla delivered 1,789,226 vehicles in 2024.\n",
      "date 2026-01-03\n特斯拉2025年全年交付量同比下滑8.6%至160万辆，其中四季度销量同比大幅下降15.6%。\n"});
  for (const auto& f : testing::CountedFindings(report)) {
    for (const auto& c : f["claims"]) EXPECT_NE(c["value"], "-15.6") << f.dump(2);
  }
}

TEST(FactEvidenceTest, HowASaleIsCountedIsPartOfTheFact) {
  // Wholesale and retail sales of one month, passenger cars and all vehicles,
  // exports and the total: each pair is two facts, in any script. A figure that
  // says neither wholesale nor retail against one that does is only a note.
  json report = testing::CheckTexts("sales_channel", {
      "date 2025-11-02\n比亞迪2025年10月批發銷量為44萬輛。\n",
      "date 2025-11-03\nBYD's retail sales in October 2025 were 390,000 vehicles.\n",
      "date 2025-11-04\n比亚迪2025年10月乘用车销量为43万辆。\n",
      "date 2025-11-05\nBYD sold 441,706 vehicles in October 2025, and exported 84,000.\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
  // Two wholesale figures that disagree still meet.
  json wholesale = testing::CheckTexts("sales_channel_same", {
      "date 2025-11-02\n比亞迪2025年10月批發銷量為44萬輛。\n",
      "date 2025-11-03\nBYD's wholesale sales in October 2025 were 401,000 vehicles.\n"});
  EXPECT_EQ(testing::CountedFindings(wholesale).size(), 1u) << wholesale.dump(2);
}

TEST(FactEvidenceTest, AnAliasInsideAWordThatHoldsItIsNoMention) {
  // 报道指出 ("the report said") holds 道指 (the Dow); the Dow named on its own still is one.
  for (const std::string& text : {std::string("date 2026-01-05\n報道指出，該公司員工已達1.5萬人。道指週一收跌1.2%。\n"),
                                  std::string("date 2026-01-05\n报道指出，该公司员工已达1.5万人。道指周一收跌1.2%。\n")}) {
    auto c = ClaimsOf(text);
    ASSERT_TRUE(c.count("1.2%")) << text;
    EXPECT_EQ(c["1.2%"]["entity"], "Dow Jones Industrial Average");
    for (const auto& [written, claim] : c) {
      if (written.find("1.5") != std::string::npos) {
        EXPECT_NE(claim["entity"], "Dow Jones Industrial Average") << claim.dump();
      }
    }
  }
}

TEST(FactEvidenceTest, AWordOfTwoAspectsIsRefusedNamingFileAndLine) {
  // One word names one aspect: listed twice, the second would silently lose.
  const std::string tranche = "  - {id: tranche, words: [";
  const std::string dir = testing::EditedRules("twoaspects", "metrics.yaml", tranche, tranche + "quarterly, ");
  ASSERT_FALSE(dir.empty());
  auto lint = testing::RunFigcheck("rules lint " + dir);
  EXPECT_EQ(lint.exit_code, 2);
  EXPECT_NE(lint.err.find("metrics.yaml:"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("already a word of aspect 'quarter'"), std::string::npos) << lint.err;
}

}  // namespace
}  // namespace figcheck
