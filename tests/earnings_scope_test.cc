// What a company's results article states besides its totals (issue 11):
// lines of business, the year so far, per-share figures, the currency an
// article declares once, the day results came out, expenses and market value
// lost. Each is a class of sentence real results coverage writes; the texts
// here are written for the test, in Traditional and Simplified Chinese and
// English, with invented figures.
#include <gtest/gtest.h>

#include <cctype>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;
using testing::HasAspect;

std::map<std::string, json> ClaimsOf(const std::string& text) { return testing::ClaimsByText(text); }

// The segment a claim is scoped to ("" for none).
std::string SegmentOf(const json& claim) {
  for (const auto& a : claim["aspects"]) {
    const std::string s = a.get<std::string>();
    if (s.rfind("segment ", 0) == 0) return s.substr(8);
  }
  return "";
}

// A product line's figure: the product's own (a name figcheck discovered:
// iPhone) or its maker's, scoped to the line. Either way never the maker's total.
bool IsALine(const json& claim, const std::string& line) {
  const std::string entity = claim["entity"].is_string() ? claim["entity"].get<std::string>() : "";
  std::string lower;
  for (char c : entity) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == line || SegmentOf(claim) == line;
}

TEST(EarningsScopeTest, ALineOfBusinessBeforeItsCueIsNeverTheTotal) {
  auto tw = ClaimsOf("date 2025-11-01\n蘋果上季營收1,000億美元，其中iPhone營收500億美元，服務部門收入280億美元。\n");
  ASSERT_TRUE(tw.count("1,000億美元") && tw.count("500億美元") && tw.count("280億美元"));
  EXPECT_EQ(SegmentOf(tw["1,000億美元"]), "");
  EXPECT_TRUE(IsALine(tw["500億美元"], "iphone")) << tw["500億美元"].dump();
  EXPECT_NE(SegmentOf(tw["280億美元"]), "") << tw["280億美元"].dump();

  auto cn = ClaimsOf("date 2025-08-20\n小米集团第二季度总收入为1200亿元，其中智能手机收入460亿元，国际市场收入370亿元。\n");
  ASSERT_TRUE(cn.count("1200亿元") && cn.count("460亿元") && cn.count("370亿元"));
  EXPECT_EQ(SegmentOf(cn["1200亿元"]), "") << cn["1200亿元"].dump();
  EXPECT_EQ(SegmentOf(cn["460亿元"]), "智能手机") << cn["460亿元"].dump();
  EXPECT_EQ(SegmentOf(cn["370亿元"]), "国际市场") << cn["370亿元"].dump();

  // A name in quotes before the marker, and a quarter between marker and cue.
  auto quoted = ClaimsOf("date 2025-08-20\n小米「手機×AIoT」分部收入為950億元，創新業務分部第二季營收210億元。\n");
  ASSERT_TRUE(quoted.count("950億元") && quoted.count("210億元"));
  EXPECT_NE(SegmentOf(quoted["950億元"]), "") << quoted["950億元"].dump();
  EXPECT_NE(SegmentOf(quoted["210億元"]), "") << quoted["210億元"].dump();
  EXPECT_NE(SegmentOf(quoted["950億元"]), SegmentOf(quoted["210億元"]));

  auto en = ClaimsOf("date 2025-11-01\nServices revenue reached $28 billion, while total revenue was $100 billion.\n");
  ASSERT_TRUE(en.count("$28 billion") && en.count("$100 billion"));
  EXPECT_EQ(SegmentOf(en["$28 billion"]), "services");
  EXPECT_EQ(SegmentOf(en["$100 billion"]), "");
}

TEST(EarningsScopeTest, ALineNamedInAnEarlierClauseScopesTheSentenceUntilATotal) {
  // The margin after a line's revenue is the line's.
  auto tw = ClaimsOf("date 2025-08-20\n小米手機業務營收人民幣455億元，毛利率為11.5%。\n");
  ASSERT_TRUE(tw.count("11.5%"));
  EXPECT_EQ(SegmentOf(tw["11.5%"]), SegmentOf(tw["人民幣455億元"])) << tw["11.5%"].dump();
  EXPECT_NE(SegmentOf(tw["11.5%"]), "");
  // A subject line (a marker, then a comma or 則) scopes the clauses after it.
  auto cn = ClaimsOf("date 2025-11-01\n苹果的Mac业务则成为本季度的增长亮点，净营收为87亿美元。\n");
  ASSERT_TRUE(cn.count("87亿美元"));
  EXPECT_TRUE(IsALine(cn["87亿美元"], "mac")) << cn["87亿美元"].dump();
  // 總營收 is the whole, whatever line the clause before named.
  auto total = ClaimsOf("date 2025-08-20\n小米手機業務營收400億元，總營收1,200億元。\n");
  ASSERT_TRUE(total.count("1,200億元"));
  EXPECT_EQ(SegmentOf(total["1,200億元"]), "") << total["1,200億元"].dump();
  // Two articles, a line's revenue and the total: nothing to report.
  json report = testing::CheckTexts("lines", {
      "date 2025-11-01\n蘋果第四財季營收1,025億美元。\n",
      "date 2025-11-01\n苹果第四财季iPhone营收490亿美元，Mac收入87亿美元。\n",
      "date 2025-11-01\nFor its fiscal fourth quarter, Apple's iPhone revenue was $49 billion.\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(EarningsScopeTest, MoreWaysALineIsNamed) {
  // A figure with no cue of its own after a line's figure: the line's estimate.
  auto tw = ClaimsOf("date 2025-10-31\n蘋果服務部門收入達287億美元，並高於市場預期的281億美元。\n");
  ASSERT_TRUE(tw.count("281億美元"));
  EXPECT_NE(SegmentOf(tw["281億美元"]), "") << tw["281億美元"].dump();
  // 該板塊: the line named before.
  auto cn = ClaimsOf("date 2025-08-20\n小米智能电动汽车业务成为新增长极，该板块第二季度收入213亿元。\n");
  ASSERT_TRUE(cn.count("213亿元"));
  EXPECT_NE(SegmentOf(cn["213亿元"]), "") << cn["213亿元"].dump();
  // "Its EV business generated …": a Latin line as the subject, the cue after the figure.
  auto en = ClaimsOf("date 2025-08-20\nXiaomi's EV business generated 20.6 billion yuan in revenue.\n");
  ASSERT_TRUE(en.count("20.6 billion yuan"));
  EXPECT_EQ(SegmentOf(en["20.6 billion yuan"]), "ev") << en["20.6 billion yuan"].dump();
}

TEST(EarningsScopeTest, AResultsQuarterIsOneThatHasEnded) {
  // On 2025-10-31 Apple's "2025年第四季業績" are its fiscal fourth quarter
  // (July-September): the calendar one had not ended.
  auto apple = ClaimsOf("date 2025-10-31\n蘋果公司公布2025年第四季業績，季內總收入達1,025億美元。\n");
  ASSERT_TRUE(apple.count("1,025億美元"));
  EXPECT_EQ(apple["1,025億美元"]["as_of"], "2025-07") << apple["1,025億美元"].dump();
  // A firm with no fiscal calendar keeps the calendar quarter.
  auto tsmc = ClaimsOf("date 2025-10-16\n台積電預估2025年第四季營收322億美元。\n");
  ASSERT_TRUE(tsmc.count("322億美元"));
  EXPECT_EQ(tsmc["322億美元"]["as_of"], "2025-10") << tsmc["322億美元"].dump();
}

// A period word opening a sentence in a clause of its own ("For the full
// year, …", 全年來看，…) is the period of the sentence's figures, even after a
// sentence about the quarter; inside a clause with a figure it is that one's.
TEST(EarningsScopeTest, APeriodOpeningTheSentenceInAClauseOfItsOwnDatesItsFigures) {
  const std::string quarter = "date 2025-11-20\nNVIDIA reported third-quarter revenue of $57 billion.\n";
  auto en = ClaimsOf(quarter + "For the full year, NVIDIA expects revenue of about $210 billion.\n");
  ASSERT_TRUE(en.count("about $210 billion"));
  EXPECT_TRUE(HasAspect(en["about $210 billion"], "year")) << en["about $210 billion"].dump();
  EXPECT_FALSE(HasAspect(en["about $210 billion"], "quarter")) << en["about $210 billion"].dump();
  auto tw = ClaimsOf("date 2026-01-20\n鴻海第四季營收2.6兆元。\n全年來看，鴻海營收達8.1兆元。\n");
  ASSERT_TRUE(tw.count("8.1兆元"));
  EXPECT_TRUE(HasAspect(tw["8.1兆元"], "year")) << tw["8.1兆元"].dump();
  EXPECT_FALSE(HasAspect(tw["8.1兆元"], "quarter")) << tw["8.1兆元"].dump();
  // 全年 in a clause with a figure of its own is that clause's: the next clause's quarter stays.
  auto cn = ClaimsOf("date 2026-01-20\n鸿海全年营收8.1万亿元，第四季度毛利率为6.5%。\n");
  ASSERT_TRUE(cn.count("6.5%"));
  EXPECT_TRUE(HasAspect(cn["6.5%"], "quarter")) << cn["6.5%"].dump();
  EXPECT_FALSE(HasAspect(cn["6.5%"], "year")) << cn["6.5%"].dump();
}

// A line whose name opens its clause is the subject of the sentence, whatever
// verb follows it (服務業務成為第二增長極，季度收入…; 其中存儲業務(Memory)表現
// 突出，銷售額…); a verb before a cue names no line ("had revenue of").
TEST(EarningsScopeTest, ALineOpeningItsClauseIsTheSentencesSubject) {
  auto cn = ClaimsOf("date 2026-01-30\n小米服务业务成为第二增长极，季度收入首次突破300亿元。\n");
  ASSERT_TRUE(cn.count("突破300亿元"));
  EXPECT_EQ(SegmentOf(cn["突破300亿元"]), "服务") << cn["突破300亿元"].dump();
  auto tw = ClaimsOf("date 2026-01-30\n三星第四季營收93兆韓元，其中記憶體業務(Memory)表現突出，銷售額達37兆韓元。\n");
  ASSERT_TRUE(tw.count("93兆韓元") && tw.count("37兆韓元"));
  EXPECT_EQ(SegmentOf(tw["93兆韓元"]), "") << tw["93兆韓元"].dump();
  EXPECT_NE(SegmentOf(tw["37兆韓元"]), "") << tw["37兆韓元"].dump();
  auto en = ClaimsOf("date 2026-01-30\nSamsung had sales of 93 trillion won in the fourth quarter.\n");
  ASSERT_TRUE(en.count("93 trillion won"));
  EXPECT_EQ(en["93 trillion won"]["metric"], "revenue") << en["93 trillion won"].dump();
  EXPECT_EQ(SegmentOf(en["93 trillion won"]), "") << en["93 trillion won"].dump();
  // A name and more of the line's name before the marker still open the clause.
  auto ds = ClaimsOf("date 2026-01-30\n三星電子設備解決方案事業部(DS)在當季實現銷售額44兆韓元，同比增長46%。\n");
  ASSERT_TRUE(ds.count("44兆韓元") && ds.count("46%"));
  EXPECT_NE(SegmentOf(ds["44兆韓元"]), "") << ds["44兆韓元"].dump();
  EXPECT_NE(SegmentOf(ds["46%"]), "") << ds["46%"].dump();
  // 其 refers back past a cue that names no line to the line named before it.
  auto its = ClaimsOf("date 2026-01-30\n蘋果產品方面，iPhone收入仍為核心，僅其收入已達到850億美元，按年增23%。\n");
  ASSERT_TRUE(its.count("850億美元") && its.count("23%"));
  EXPECT_TRUE(IsALine(its["850億美元"], "iphone")) << its["850億美元"].dump();
  EXPECT_TRUE(IsALine(its["23%"], "iphone")) << its["23%"].dump();
  // A clause that does not open with the line: the figure stays the total's.
  auto total = ClaimsOf("date 2026-01-30\n受惠於雲端業務成長，三星第四季營收達93兆韓元。\n");
  ASSERT_TRUE(total.count("93兆韓元"));
  EXPECT_EQ(SegmentOf(total["93兆韓元"]), "") << total["93兆韓元"].dump();
}

// More ways a results article names what a figure is of: a forecast in
// parentheses after its frame word, a line after "revenue from", Han words
// before 營收, and a date counted from that dates nothing after it.
TEST(EarningsScopeTest, GuidanceInParenthesesLinesAfterTheCueAndDatesCountedFrom) {
  auto tw = ClaimsOf("date 2025-07-17\n台積電第二季毛利率58.6%，符合財測指引（毛利率57%-59%，營益率47%-49%）。\n");
  ASSERT_TRUE(tw.count("58.6%") && tw.count("47%-49%"));
  EXPECT_TRUE(HasAspect(tw["47%-49%"], "expected")) << tw["47%-49%"].dump();
  EXPECT_FALSE(HasAspect(tw["58.6%"], "expected")) << tw["58.6%"].dump();
  auto en = ClaimsOf("date 2026-01-30\nApple's revenue from its smartphone business soared to $85 billion.\n");
  ASSERT_TRUE(en.count("$85 billion"));
  EXPECT_EQ(SegmentOf(en["$85 billion"]), "smartphone") << en["$85 billion"].dump();
  auto cn = ClaimsOf("date 2026-01-30\n苹果Mac业务营收83亿美元(-7%),可穿戴设备营收114亿美元(-2%)。\n");
  ASSERT_TRUE(cn.count("83亿美元") && cn.count("114亿美元"));
  EXPECT_EQ(SegmentOf(cn["83亿美元"]), "mac") << cn["83亿美元"].dump();
  EXPECT_NE(SegmentOf(cn["114亿美元"]), "") << cn["114亿美元"].dump();
  EXPECT_NE(SegmentOf(cn["114亿美元"]), "mac") << cn["114亿美元"].dump();
  auto since = ClaimsOf("date 2025-11-20\n輝達2025年第3季營收570億美元。自5月底以來，市場預期已調高15%。\n毛利率為73.6%。\n");
  ASSERT_TRUE(since.count("73.6%"));
  EXPECT_NE(since["73.6%"]["as_of"].get<std::string>().substr(0, 7), "2025-05") << since["73.6%"].dump();
}

// A period before a line's words (當季廣告營收) leaves the line; 首三季 is the
// year so far; 分析師預測 is the market's estimate.
TEST(EarningsScopeTest, ALineAfterAPeriodTheFirstThreeQuartersAndAnalystsForecasts) {
  auto tw = ClaimsOf("date 2026-01-29\nMeta當季廣告營收為580億美元，總營收600億美元。\n");
  ASSERT_TRUE(tw.count("580億美元") && tw.count("600億美元"));
  EXPECT_EQ(SegmentOf(tw["580億美元"]), "广告") << tw["580億美元"].dump();
  EXPECT_EQ(SegmentOf(tw["600億美元"]), "") << tw["600億美元"].dump();
  auto ytd = ClaimsOf("date 2025-11-18\n小米首三季收入3403.7億元，升32.5%。\n");
  ASSERT_TRUE(ytd.count("3403.7億元"));
  EXPECT_TRUE(HasAspect(ytd["3403.7億元"], "year_to_date")) << ytd["3403.7億元"].dump();
  auto cn = ClaimsOf("date 2026-01-29\nMeta预计首季营收介于535亿至565亿美元，高于分析师预测的514亿美元。\n");
  ASSERT_TRUE(cn.count("514亿美元"));
  EXPECT_TRUE(HasAspect(cn["514亿美元"], "consensus")) << cn["514亿美元"].dump();
}

// English writes a change's kind after it: "an 11.3% increase quarter-over-
// quarter and a 38.6% surge year-over-year": each figure's own, never the
// one before's.
TEST(EarningsScopeTest, AChangeKindAfterAFigureIsThatFiguresOwn) {
  auto en = ClaimsOf("date 2025-10-31\nMediaTek reported revenue of NT$142.1 billion, marking a 5.5% decrease "
                     "quarter-over-quarter and a 7.8% rise year-over-year.\n");
  ASSERT_TRUE(en.count("5.5%") && en.count("7.8%"));
  EXPECT_EQ(en["5.5%"]["metric"], "growth_qoq") << en["5.5%"].dump();
  EXPECT_EQ(en["7.8%"]["metric"], "growth_yoy") << en["7.8%"].dump();
  auto tw = ClaimsOf("date 2025-10-31\n聯發科第三季營收1420.97億元，季減5.5%，年增7.8%。\n");
  ASSERT_TRUE(tw.count("5.5%") && tw.count("7.8%"));
  EXPECT_EQ(tw["5.5%"]["metric"], "growth_qoq") << tw["5.5%"].dump();
  EXPECT_EQ(tw["5.5%"]["value"], "-5.5") << tw["5.5%"].dump();
  EXPECT_EQ(tw["7.8%"]["metric"], "growth_yoy") << tw["7.8%"].dump();
}

// A change of a level never compared (a price) is of that level, not of the
// revenue named earlier in the sentence; "income from operations" is operating income.
TEST(EarningsScopeTest, AChangeOfAnUncomparedLevelIsNotTheRevenues) {
  auto en = ClaimsOf("date 2026-01-29\nMeta's revenue was $59.9 billion, up 24% year-over-year, while average price "
                     "per ad increased 6% year-over-year and income from operations advanced 8% year-over-year.\n");
  ASSERT_TRUE(en.count("24%") && en.count("6%") && en.count("8%"));
  EXPECT_TRUE(HasAspect(en["24%"], "of revenue (USD)")) << en["24%"].dump();
  EXPECT_FALSE(HasAspect(en["6%"], "of revenue (USD)")) << en["6%"].dump();
  EXPECT_FALSE(HasAspect(en["8%"], "of revenue (USD)")) << en["8%"].dump();
  auto tw = ClaimsOf("date 2026-01-29\nMeta營收599億美元，年增24%，平均廣告價格年增6%。\n");
  ASSERT_TRUE(tw.count("24%") && tw.count("6%"));
  EXPECT_TRUE(HasAspect(tw["24%"], "of revenue (USD)")) << tw["24%"].dump();
  EXPECT_FALSE(HasAspect(tw["6%"], "of revenue (USD)")) << tw["6%"].dump();
}

// Operating profit is not net income (營業利益, 营业利润, operating profit),
// whichever cue is nearer; a growth's currency is the stated amount's, not
// the writer's conversion in parentheses after it.
TEST(EarningsScopeTest, OperatingProfitAndConversions) {
  auto tw = ClaimsOf("date 2026-01-30\n三星全年營業利益43.6兆韓元，淨利45.2兆韓元。\n");
  ASSERT_TRUE(tw.count("43.6兆韓元") && tw.count("45.2兆韓元"));
  EXPECT_EQ(tw["43.6兆韓元"]["metric"], "operating_income");
  EXPECT_EQ(tw["45.2兆韓元"]["metric"], "net_income");
  auto gross = ClaimsOf("date 2025-11-12\n鴻海第三季營收2.06兆元，毛利1,308億元，毛利率6.3%。\n");
  ASSERT_TRUE(gross.count("1,308億元") && gross.count("6.3%"));
  EXPECT_EQ(gross["1,308億元"]["metric"], "gross_profit");
  EXPECT_EQ(gross["6.3%"]["metric"], "gross_margin");
  // A figure of the year before, its conversion in brackets before the words that say so.
  auto prior = ClaimsOf("date 2025-11-12\nFoxconn's EPS was NT$4.15 (USD 0.13), compared to NT$3.55 (USD 0.11) in the "
                        "same period last year.\n");
  ASSERT_TRUE(prior.count("NT$3.55") && prior.count("NT$4.15"));
  EXPECT_TRUE(HasAspect(prior["NT$3.55"], "prior_period")) << prior["NT$3.55"].dump();
  EXPECT_FALSE(HasAspect(prior["NT$4.15"], "prior_period")) << prior["NT$4.15"].dump();
  auto cn = ClaimsOf("date 2026-01-30\n三星全年营业利润43.6万亿韩元，净利润45.2万亿韩元。\n");
  ASSERT_TRUE(cn.count("43.6万亿韩元"));
  EXPECT_EQ(cn["43.6万亿韩元"]["metric"], "operating_income");
  auto en = ClaimsOf("date 2026-01-30\nSamsung posted an operating profit of 43.6 trillion won and net profit of 45.2 "
                     "trillion won for the year.\n");
  ASSERT_TRUE(en.count("43.6 trillion won") && en.count("45.2 trillion won"));
  EXPECT_EQ(en["43.6 trillion won"]["metric"], "operating_income");
  EXPECT_EQ(en["45.2 trillion won"]["metric"], "net_income");
  auto growth = ClaimsOf("date 2025-07-17\n台積電第二季營收9338億新台幣（約319.5億美元），同比增長38.6%。\n");
  ASSERT_TRUE(growth.count("38.6%"));
  EXPECT_TRUE(HasAspect(growth["38.6%"], "of revenue (TWD)")) << growth["38.6%"].dump();
  auto growth_en = ClaimsOf("date 2025-07-17\nTSMC's revenue was NT$933.8 billion (about $31.95 billion), up 38.6% "
                            "year-on-year.\n");
  ASSERT_TRUE(growth_en.count("38.6%"));
  EXPECT_TRUE(HasAspect(growth_en["38.6%"], "of revenue (TWD)")) << growth_en["38.6%"].dump();
}

TEST(EarningsScopeTest, AQuarterNamedByItsLastMonthOrWithout第) {
  auto en = ClaimsOf("date 2025-10-31\nApple reported September-quarter revenue of $102.5 billion.\n");
  ASSERT_TRUE(en.count("$102.5 billion"));
  EXPECT_EQ(en["$102.5 billion"]["as_of"], "2025-07") << en["$102.5 billion"].dump();
  auto tw = ClaimsOf("date 2025-10-31\n蘋果公司iPhone創下9月季度營收紀錄，營收達490億美元。\n");
  ASSERT_TRUE(tw.count("490億美元"));
  EXPECT_EQ(tw["490億美元"]["as_of"], "2025-07") << tw["490億美元"].dump();
  auto cn = ClaimsOf("date 2025-08-20\n小米营收较上一季度增长5%，二季度营收1160亿元。\n");
  ASSERT_TRUE(cn.count("1160亿元") && cn.count("5%"));
  EXPECT_EQ(cn["1160亿元"]["as_of"], "2025-04") << cn["1160亿元"].dump();
  EXPECT_NE(cn["5%"]["as_of"], "2025-01") << cn["5%"].dump();  // 上一季度 is no first quarter
}

TEST(EarningsScopeTest, AFrameOpensItsClauseOrFramesNothing) {
  auto cond = ClaimsOf("date 2025-10-31\nExcluding the charge, Meta's net income was $18.6 billion.\n");
  ASSERT_TRUE(cond.count("$18.6 billion"));
  EXPECT_TRUE(HasAspect(cond["$18.6 billion"], "non_gaap")) << cond["$18.6 billion"].dump();
  // 展望 inside a clause, not opening it, frames nothing after it.
  auto results = ClaimsOf("date 2025-10-16\n台積電在法說會上談到展望的細節，第3季稅後純益4,523億元。\n");
  ASSERT_TRUE(results.count("4,523億元"));
  EXPECT_FALSE(HasAspect(results["4,523億元"], "expected")) << results["4,523億元"].dump();
}

TEST(EarningsScopeTest, ARegionBeforeTheRevenueIsItsPlace) {
  auto tw = ClaimsOf("date 2025-10-31\n蘋果第四財季大中華區營收145億美元，年減3.6%。\n");
  ASSERT_TRUE(tw.count("145億美元"));
  EXPECT_EQ(tw["145億美元"]["entity"], "Apple") << tw["145億美元"].dump();
  EXPECT_TRUE(HasAspect(tw["145億美元"], "in Greater China")) << tw["145億美元"].dump();
  auto en = ClaimsOf("date 2025-10-31\nApple's Greater China revenue fell 3.6% to $14.5 billion.\n");
  ASSERT_TRUE(en.count("$14.5 billion"));
  EXPECT_TRUE(HasAspect(en["$14.5 billion"], "in Greater China")) << en["$14.5 billion"].dump();
  // 蘋果 is Apple in business news, never in 蘋果日報 (a newspaper) or 蘋果汁.
  auto paper = ClaimsOf("date 2025-10-31\n據蘋果日報報導，台積電第三季營收9,900億元。\n");
  ASSERT_TRUE(paper.count("9,900億元"));
  EXPECT_EQ(paper["9,900億元"]["entity"], "TSMC") << paper["9,900億元"].dump();
}

// 該區, "the region": the place named last before it in its paragraph.
TEST(EarningsScopeTest, ThePlaceARegionWordRefersBackTo) {
  auto tw = ClaimsOf("date 2026-01-30\n蘋果大中華區表現亮眼，成為增長最快的地區。受惠於補貼，該區銷售額強勁反彈，據報達255億美元。\n");
  ASSERT_TRUE(tw.count("255億美元"));
  EXPECT_TRUE(HasAspect(tw["255億美元"], "in Greater China")) << tw["255億美元"].dump();
  auto cn = ClaimsOf("date 2026-01-30\n苹果在大中华区表现亮眼。该地区营收达255亿美元。\n");
  ASSERT_TRUE(cn.count("255亿美元"));
  EXPECT_TRUE(HasAspect(cn["255亿美元"], "in Greater China")) << cn["255亿美元"].dump();
  auto en = ClaimsOf("date 2026-01-30\nApple did well in Greater China. Its revenue in the region reached $25.5 billion.\n");
  ASSERT_TRUE(en.count("$25.5 billion"));
  EXPECT_TRUE(HasAspect(en["$25.5 billion"], "in Greater China")) << en["$25.5 billion"].dump();
  // No place named before: no place.
  auto none = ClaimsOf("date 2026-01-30\n蘋果表現亮眼，該區銷售額達255億美元。\n");
  ASSERT_TRUE(none.count("255億美元"));
  for (const auto& a : none["255億美元"]["aspects"]) EXPECT_NE(a.get<std::string>().rfind("in ", 0), 0u) << a;
}

TEST(EarningsScopeTest, TheYearSoFarIsNotTheQuarterThatClosesIt) {
  auto tw = ClaimsOf("date 2025-10-16\n台積電前三季營收2兆7,600億元，年增36%。\n");
  ASSERT_TRUE(tw.count("2兆7,600億元"));
  EXPECT_TRUE(HasAspect(tw["2兆7,600億元"], "year_to_date")) << tw["2兆7,600億元"].dump();
  EXPECT_FALSE(HasAspect(tw["2兆7,600億元"], "quarter"));
  // 前一季 is the quarter before, not the first quarter of the year.
  auto before = ClaimsOf("date 2025-10-16\n台積電第三季營收9,900億元，較前一季成長6%。\n");
  ASSERT_TRUE(before.count("6%"));
  EXPECT_FALSE(HasAspect(before["6%"], "year_to_date")) << before["6%"].dump();
  json report = testing::CheckTexts("ytd", {
      "date 2025-10-16\n台積電第三季營收9,900億元。\n",
      "date 2025-10-16\n台积电前三季度营收2.76万亿元新台币。\n",
      "date 2025-10-16\nTSMC's third-quarter revenue was T$990 billion. In the first nine months of 2025, "
      "TSMC's revenue was T$2.76 trillion.\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(EarningsScopeTest, EarningsPerShareAfterTaxIsEps) {
  auto tw = ClaimsOf("date 2025-10-16\n台積電第三季稅後純益4,500億元，每股稅後純益17.4元。\n");
  ASSERT_TRUE(tw.count("17.4元"));
  EXPECT_EQ(tw["17.4元"]["metric"], "eps") << tw["17.4元"].dump();
  auto cn = ClaimsOf("date 2025-08-20\n小米第二季度每股盈利0.41元。\n");
  ASSERT_TRUE(cn.count("0.41元"));
  EXPECT_EQ(cn["0.41元"]["metric"], "eps") << cn["0.41元"].dump();
}

TEST(EarningsScopeTest, ACurrencyDeclaredOnceHoldsForTheArticlesBareYuan) {
  auto declared = ClaimsOf("date 2025-08-20\n小米第二季營收達 1,160 億元（人民幣，下同）。\n淨利方面，第二季 119 億元。\n");
  ASSERT_TRUE(declared.count("1,160 億元") && declared.count("119 億元"));
  EXPECT_EQ(declared["1,160 億元"]["unit"], "CNY");
  EXPECT_EQ(declared["119 億元"]["unit"], "CNY");
  auto hk = ClaimsOf("date 2025-08-20\n公司收入108億元港元（下同）。\n純利為10億元。\n");
  ASSERT_TRUE(hk.count("10億元"));
  EXPECT_EQ(hk["10億元"]["unit"], "HKD");
  // Without a declaration a Traditional article's bare 元 is New Taiwan dollars.
  auto plain = ClaimsOf("date 2025-08-20\n公司第二季營收達 1,160 億元。\n淨利方面，第二季 119 億元。\n");
  ASSERT_TRUE(plain.count("119 億元"));
  EXPECT_EQ(plain["119 億元"]["unit"], "TWD");
}

TEST(EarningsScopeTest, ReleasingResultsIsNoReleaseDate) {
  for (const std::string& text :
       {std::string("date 2025-08-20\n小米集團今日發布2025年第二季度財報。\n"),
        std::string("date 2025-10-31\n苹果公司10月30日发布了截至9月27日的2025财年第四季度及全年财报。\n"),
        std::string("date 2025-10-31\nApple released its fiscal fourth-quarter results on Oct. 30.\n")}) {
    for (const auto& [t, c] : ClaimsOf(text)) EXPECT_NE(c["metric"], "release_date") << text << c.dump();
  }
  auto product = ClaimsOf("date 2025-08-20\n小米今日發布新款手機。\n");
  ASSERT_TRUE(product.count("今日"));
  EXPECT_EQ(product["今日"]["metric"], "release_date");
}

TEST(EarningsScopeTest, TheQuarterEndedAtAMonthsEndDatesItsFigures) {
  auto c = ClaimsOf("date 2025-08-20\n小米公佈截至6月底止季度業績，期內收入錄得1,160億元。\n");
  ASSERT_TRUE(c.count("1,160億元"));
  EXPECT_EQ(c["1,160億元"]["as_of"], "2025-04") << c["1,160億元"].dump();
  EXPECT_TRUE(HasAspect(c["1,160億元"], "quarter"));
  EXPECT_EQ(SegmentOf(c["1,160億元"]), "");
}

TEST(EarningsScopeTest, ExpensesAndChargesAreNotTheRevenueOrProfitAround) {
  auto tw = ClaimsOf("date 2025-10-31\nMeta第三季營收512億美元，但一筆近160億美元的稅務開支拖累獲利。\n");
  ASSERT_TRUE(tw.count("近160億美元"));
  EXPECT_NE(tw["近160億美元"]["metric"], "revenue") << tw["近160億美元"].dump();
  auto en = ClaimsOf("date 2025-10-31\nMeta's net income fell to $2.7 billion after a $16 billion one-time charge.\n");
  ASSERT_TRUE(en.count("$16 billion"));
  EXPECT_NE(en["$16 billion"]["metric"], "net_income") << en["$16 billion"].dump();
  // Figures that exclude the charge are the adjusted measure.
  auto cn = ClaimsOf("date 2025-10-31\nMeta表示，若剔除该影响，净利润达186亿美元。\n");
  ASSERT_TRUE(cn.count("186亿美元"));
  EXPECT_TRUE(HasAspect(cn["186亿美元"], "non_gaap")) << cn["186亿美元"].dump();
  // 從去年同期的X降至Y: the year before dates X, not Y.
  auto from = ClaimsOf("date 2025-10-31\nMeta第三季淨利從去年同期的157億美元降至27億美元。\n");
  ASSERT_TRUE(from.count("27億美元"));
  EXPECT_NE(from["27億美元"]["as_of"], "2024") << from["27億美元"].dump();
}

TEST(EarningsScopeTest, MarketValueLostIsAChangeNotTheMarketValue) {
  auto tw = ClaimsOf("date 2025-01-28\n英偉達股價重挫，市值蒸發5,890億美元。\n");
  ASSERT_TRUE(tw.count("5,890億美元"));
  EXPECT_EQ(tw["5,890億美元"]["metric"], "market_cap_change");
  auto en = ClaimsOf("date 2025-01-28\nNvidia shed $589 billion in market value on Monday.\n");
  ASSERT_TRUE(en.count("$589 billion"));
  EXPECT_EQ(en["$589 billion"]["metric"], "market_cap_change");
  auto cap = ClaimsOf("date 2025-01-28\nNvidia's shares fell 17%, wiping out $593 billion from its market capitalization.\n");
  ASSERT_TRUE(cap.count("$593 billion"));
  EXPECT_EQ(cap["$593 billion"]["metric"], "market_cap_change");
  json report = testing::CheckTexts("market_value", {
      "date 2025-01-28\n英偉達市值蒸發5,890億美元。\n",
      "date 2025-01-29\n英伟达市值跌至2.9万亿美元，市值蒸发5890亿美元。\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(EarningsScopeTest, AnAmountRestatedInAnotherCurrencyIsApproximate) {
  auto en = ClaimsOf("date 2025-10-16\nTSMC's net profit rose to T$452.3 billion ($14.76 billion).\n");
  ASSERT_TRUE(en.count("$14.76 billion") && en.count("T$452.3 billion"));
  EXPECT_EQ(en["$14.76 billion"]["qualifier"], "about");
  EXPECT_EQ(en["T$452.3 billion"]["qualifier"], "exact");
  json report = testing::CheckTexts("conversion", {
      "date 2025-10-16\nTSMC's third-quarter net profit rose to T$452.3 billion ($14.76 billion).\n",
      "date 2025-10-16\nTSMC reported a third-quarter net profit of T$452.3 billion ($14.75 billion).\n",
      "date 2025-10-16\n台積電第三季稅後純益4,523億元（約147.5億美元）。\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
  // A figure in parentheses in the same currency is no conversion.
  auto same = ClaimsOf("date 2025-10-16\nRevenue was $33.1 billion ($32.3 billion a year earlier).\n");
  ASSERT_TRUE(same.count("$32.3 billion"));
  EXPECT_EQ(same["$32.3 billion"]["qualifier"], "exact");
}

TEST(EarningsScopeTest, AFigureThatNamesNoValueContradictsNone) {
  json report = testing::CheckTexts("vague", {
      "date 2025-10-31\nMeta將投資數千億美元建設資料中心。\n",
      "date 2025-10-31\nMeta將投資6,000億美元建設資料中心。\n",
      "date 2025-10-31\nMeta will invest hundreds of billions of dollars in data centres.\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(EarningsScopeTest, TwoBreakdownsInOneSentenceAreSummedApart) {
  json apart = testing::CheckTexts("breakdowns", {
      "date 2025-10-16\n依製程區分，3奈米營收比重23%，5奈米37%，7奈米14%，其他共26%；依應用區分，高效能運算占57%，"
      "智慧型手機30%，物聯網、車用電子各5%，其他3%。\n"});
  EXPECT_TRUE(testing::CountedFindings(apart).empty()) << apart.dump(2);
  // One breakdown that does not sum to 100 % is still reported.
  json wrong = testing::CheckTexts("breakdown_wrong", {
      "date 2025-10-16\n依製程區分，3奈米營收比重23%，5奈米37%，7奈米14%，其他共36%；依應用區分，高效能運算占57%，"
      "智慧型手機43%。\n"});
  ASSERT_EQ(testing::CountedFindings(wrong).size(), 1u) << wrong.dump(2);
  EXPECT_EQ(testing::CountedFindings(wrong)[0]["rule"], "parts-of-whole");
  EXPECT_EQ(testing::CountedFindings(wrong)[0]["claims"].size(), 4u);
}

}  // namespace
}  // namespace figcheck
