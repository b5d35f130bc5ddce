// Recognizer behaviour on short texts, with the shipped rule pack. Each case
// is a trap measured on real articles (shared/FIELD-NOTES.md), phrased anew.
#include "checker/quantity/recognizer.h"

#include <gtest/gtest.h>

#include "checker/rules/rulebook.h"

namespace figcheck {
namespace {

class RecognizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto book = LoadRulebook(std::string(FIGCHECK_SOURCE_DIR) + "/rules");
    ASSERT_TRUE(book.ok()) << book.status().message();
    rules_ = book->release();
  }
  static void TearDownTestSuite() { delete rules_; }

  // Claims only, as (text, value, unit, qualifier) of the normalised text.
  std::vector<Quantity> Claims(const std::string& text, std::optional<CivilDate> published = std::nullopt) {
    last_ = Normalize(text);
    std::vector<Quantity> out;
    for (auto& q : RecognizeQuantities(last_, *rules_, RecognizeContext{published})) {
      if (q.is_claim) out.push_back(q);
    }
    return out;
  }
  // Every date, claim or not.
  std::vector<Quantity> Dates(const std::string& text, std::optional<CivilDate> published = std::nullopt) {
    last_ = Normalize(text);
    std::vector<Quantity> out;
    for (auto& q : RecognizeQuantities(last_, *rules_, RecognizeContext{published})) {
      if (q.dimension == Dimension::kDate) out.push_back(q);
    }
    return out;
  }
  std::string Text(const Quantity& q) const { return last_.text.substr(q.begin, q.end - q.begin); }

  static Rulebook* rules_;
  NormalizedText last_;
};
Rulebook* RecognizerTest::rules_ = nullptr;

TEST_F(RecognizerTest, MoneyInBothScriptsAndEnglish) {
  auto c = Claims("公司投入逾1.4兆美元，另有2,120 億美元。");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].value, "1400000000000");
  EXPECT_EQ(c[0].unit, "USD");
  EXPECT_EQ(c[0].qualifier, Qualifier::kOver);
  EXPECT_EQ(c[1].value, "212000000000");
  auto s = Claims("营收约为300亿元人民币");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].unit, "CNY");
  EXPECT_EQ(s[0].value, "30000000000");
  EXPECT_EQ(s[0].qualifier, Qualifier::kAbout);
  auto e = Claims("The company raised more than $1.4 trillion and spent US$500M.");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].value, "1400000000000");
  EXPECT_EQ(e[0].qualifier, Qualifier::kOver);
  EXPECT_EQ(e[1].value, "500000000");
}

TEST_F(RecognizerTest, CurrencyBeforeBeatsBareYuanAfter) {
  auto c = Claims("成本約新台幣 1.8 億元");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].unit, "TWD");
  EXPECT_EQ(c[0].value, "180000000");
  EXPECT_EQ(c[0].qualifier, Qualifier::kAbout);
}

TEST_F(RecognizerTest, BareYuanFollowsTheArticleScript) {
  EXPECT_EQ(Claims("每股純益19.5元，營運表現優於預期").at(0).unit, "TWD");
  EXPECT_EQ(Claims("每股收益19.5元，运营表现好于预期").at(0).unit, "CNY");
}

TEST_F(RecognizerTest, MegaInUnitsIsNotTrillion) {
  auto c = Claims("資料中心規劃10千兆瓦，另一座用電360兆瓦，年耗電180太瓦時。");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].value, "10000000000");
  EXPECT_EQ(c[0].unit, "W");
  EXPECT_EQ(c[1].value, "360000000");
  EXPECT_EQ(c[2].unit, "Wh");
  EXPECT_EQ(c[2].value, "180000000000000");
  auto e = Claims("a 10 GW campus drawing 87.6 TWh a year");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].value, "10000000000");
  EXPECT_EQ(e[1].unit, "Wh");
}

TEST_F(RecognizerTest, ChengIsAPercentOnlyAsANumeral) {
  auto c = Claims("超過四成居民，約三成五企業；這一成長速度很快。");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].value, "40");
  EXPECT_EQ(c[0].unit, "%");
  EXPECT_EQ(c[0].qualifier, Qualifier::kOver);
  EXPECT_EQ(c[1].value, "35");
}

TEST_F(RecognizerTest, PercentFormsAndFalls) {
  auto c = Claims("成長12,000%，市佔率21％，百分之五的用戶，股價暴跌17%");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].value, "12000");
  EXPECT_EQ(c[1].value, "21");
  EXPECT_EQ(c[2].value, "5");
  EXPECT_EQ(c[3].value, "-17");
  auto e = Claims("deliveries fell 1.1 percent");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].value, "-1.1");
}

TEST_F(RecognizerTest, CountsAndArticles) {
  auto c = Claims("每週有超過5億用戶使用，一家公司僱用約200名員工，30多個數據中心");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].value, "500000000");
  EXPECT_EQ(c[0].unit, "count");
  EXPECT_EQ(c[1].value, "200");
  EXPECT_EQ(c[1].qualifier, Qualifier::kAbout);
  EXPECT_EQ(c[2].value, "30");
  EXPECT_EQ(c[2].qualifier, Qualifier::kOver);
}

TEST_F(RecognizerTest, AChangeToAnotherFigureIsNotARange) {
  auto c = Claims("交付量下滑8.6%至160萬輛，市佔率從10%升至21%");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].value, "-8.6");
  EXPECT_EQ(c[0].qualifier, Qualifier::kExact);
  EXPECT_EQ(c[1].value, "1600000");
  EXPECT_EQ(c[1].unit, "count");
  EXPECT_EQ(c[2].value, "10");
  EXPECT_EQ(c[3].value, "21");
}

TEST_F(RecognizerTest, ABareNumberSetAgainstAFigureBorrowsItsUnit) {
  // 1 美元兌: the unit a rate is quoted per is no amount; 31.6 is set against 31.01 元 with 優於.
  auto c = Claims("實際匯率為1 美元兌 31.01 元新台幣，優於原先財測假設的 31.6，毛利率因此提升");
  ASSERT_EQ(c.size(), 2u) << Text(c[0]);
  EXPECT_EQ(c[0].value, "31.01");
  EXPECT_EQ(c[1].value, "31.6");
  EXPECT_EQ(c[1].unit, "TWD");
  EXPECT_EQ(c[1].rule, "borrowed:unit:twd");
}

TEST_F(RecognizerTest, ABareNumberOfAnotherMagnitudeOrSentenceBorrowsNothing) {
  // 280 against 300億元 (is it 280億?), 3 against 31.01, and a number after the sentence ends.
  auto c = Claims("營收達300億元，高於預期的280。匯率為31.01元，高於3。匯率為31.01元。高於31.6");
  for (const auto& q : c) EXPECT_TRUE(q.unit == "TWD" && q.rule.rfind("borrowed", 0) != 0) << q.value << " " << q.rule;
}

TEST_F(RecognizerTest, AFractionOfAWholeIsAPercentage) {
  auto c = Claims("三分之一的用戶；accounting for roughly one-third of global demand；貢獻近一半的電力需求；"
                  "僅為美國公司的十分之一；1/2的努力；一半導體廠");
  std::vector<std::string> got;
  for (const auto& q : c) got.push_back(q.value + " " + q.unit);
  // A share of a whole is in percent; a ratio to another's figure, or a fraction in digits, stays x;
  // 一半導體 is 一 and 半導體 (semiconductor), no half.
  EXPECT_EQ(got, (std::vector<std::string>{"33.333333333333333333 %", "33.333333333333333333 %", "50 %", "0.1 x",
                                           "0.5 x"}));
}

TEST_F(RecognizerTest, AFallWordAfterAPercentageMakesItNegative) {
  auto c = Claims("That is 1% less than in 2023; deliveries have fallen (1.1%); prices 20 percent lower; up 5% from 2023");
  std::vector<std::string> values;
  for (const auto& q : c) {
    if (q.unit == "%") values.push_back(q.value);
  }
  EXPECT_EQ(values, (std::vector<std::string>{"-1", "-1.1", "-20", "5"}));
}

TEST_F(RecognizerTest, ADecimalSectionUnderAHigherScale) {
  // 1兆933.6億 is 1 trillion and 93.36 billion; 1億2345.6 (no unit after the decimal) ends at 億.
  auto c = Claims("新台幣1兆933.6億元到1兆1312.8億元；1億2345.6萬人");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].value, "1093360000000");
  EXPECT_EQ(c[0].high, "1131280000000");
  EXPECT_EQ(c[1].value, "123456000");
}

TEST_F(RecognizerTest, AChangeOfNearEndsIsARangeOfTheChange) {
  // 成長27%至37%: grew by between 27 % and 37 %; a fall of 8 % to 10 % is -10 .. -8 %.
  auto c = Claims("資本支出成長27%至37%，銷量下滑8%至10%，毛利率下滑3%至45%，營收從27%升至37%");
  ASSERT_EQ(c.size(), 6u);
  EXPECT_EQ(c[0].value, "27");
  EXPECT_EQ(c[0].high, "37");
  EXPECT_EQ(c[1].value, "-10");
  EXPECT_EQ(c[1].high, "-8");
  // 3 and 45 are too far apart for one estimate: by 3 points, to 45 % (a level, not negated).
  EXPECT_EQ(c[2].value, "-3");
  EXPECT_FALSE(c[2].high.has_value());
  EXPECT_EQ(c[3].value, "45");
  // A from-word makes it "from X to Y" whatever the ends.
  EXPECT_EQ(c[4].value, "27");
  EXPECT_FALSE(c[4].high.has_value());
  EXPECT_EQ(c[5].value, "37");
}

TEST_F(RecognizerTest, RangesBorrowTheScaleOfTheirEnd) {
  auto c = Claims("收購價兩至三億美元；資本支出520億美元到560億美元；5-10%");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].value, "200000000");
  EXPECT_EQ(c[0].high, "300000000");
  EXPECT_EQ(c[0].qualifier, Qualifier::kRange);
  EXPECT_EQ(c[1].value, "52000000000");
  EXPECT_EQ(c[1].high, "56000000000");
  EXPECT_EQ(c[2].value, "5");
  EXPECT_EQ(c[2].high, "10");
}

TEST_F(RecognizerTest, NamesAreNotFigures) {
  auto c = Claims("OpenAI推出GPT-5.2，輝達H200與Qwen2.5、5G網路，台積電2奈米與3nm製程");
  EXPECT_TRUE(c.empty()) << Text(c[0]);
}

TEST_F(RecognizerTest, DatesAbsoluteRelativeAndPeriods) {
  const auto pub = CivilDate::Day(2025, 5, 12);
  auto c = Claims("他們在2024年12月推出模型；今年初又推出新版；兩年前還是新產品；昨天（5月11日）發布。", pub);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].value, "2024-12");
  EXPECT_EQ(c[1].value, "2025-01");
  EXPECT_EQ(c[1].high, "2025-03");
  EXPECT_EQ(c[2].value, "2023-05");
  EXPECT_EQ(c[3].value, "2025-05-11");
  EXPECT_EQ(Text(c[3]), "昨天(5月11日)");
}

TEST_F(RecognizerTest, YearInReviewReadsThisYearAsTheYearBefore) {
  auto c = Claims("回顧 2025 年的發展，今年新設部會，今年底前完成。", CivilDate::Day(2026, 1, 1));
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c.back().value, "2025-10");
}

TEST_F(RecognizerTest, YearOnlyDatesAreClaimsOnlyForEvents) {
  auto c = Claims("2024年營收達到19億美元，阿里巴巴2023年推出模型。");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].unit, "USD");
  EXPECT_EQ(c[1].value, "2023");
}

TEST_F(RecognizerTest, DatelinesWeekdaysAndBareQuarters) {
  // Every date is read; a quarter that frames a figure (去年第4季交車量, Q4 deliveries)
  // is that figure's as-of, not a claim of its own.
  auto c = Dates("（中央社記者台北15日電）特斯拉2日公布，去年第4季交車量下滑，週四股價上漲。", CivilDate::Day(2026, 1, 16));
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].value, "2026-01-15");
  EXPECT_EQ(c[1].value, "2026-01-02");
  EXPECT_EQ(c[2].value, "2025-10");
  EXPECT_EQ(c[2].high, "2025-12");
  EXPECT_FALSE(c[2].is_claim);
  EXPECT_EQ(c[3].value, "2026-01-15");  // the Thursday on or before Friday 16 January
  EXPECT_TRUE(c[0].is_claim && c[1].is_claim && c[3].is_claim);
  auto e = Dates("Tesla said on Thursday that Q4 deliveries fell.", CivilDate::Day(2025, 1, 2));
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].value, "2025-01-02");
  EXPECT_EQ(e[1].value, "2024-10");
  EXPECT_FALSE(e[1].is_claim);
}

TEST_F(RecognizerTest, NewYearArticlesThatSayLastYearKeepThisYear) {
  // Published in January and mostly about the year before, but it says 去年:
  // it looks back from the new year, so 今年 is the publication year.
  auto c = Claims("2025年全年交付量下滑，去年12月29日公布預測，今年夏天推出新車。", CivilDate::Day(2026, 1, 2));
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].value, "2025-12-29");
  EXPECT_EQ(c[1].value, "2026-06");
}

TEST_F(RecognizerTest, EnglishDates) {
  auto c = Dates("On May 7, 2025 and in the fourth quarter of 2024, two months ago.", CivilDate::Day(2025, 1, 2));
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].value, "2025-05-07");
  EXPECT_EQ(c[1].value, "2024-10");
  EXPECT_EQ(c[1].high, "2024-12");
  EXPECT_EQ(c[2].value, "2024-11");
}

// A recent year after a determiner dates its noun ("its 2025 revenue"); a
// count after one ("its 1,800 staff", "the 2500 workers") stays a count.
TEST_F(RecognizerTest, AYearAfterADeterminerIsADate) {
  auto d = Dates("Its 2025 revenue rose, and the 2024 deliveries fell.", CivilDate::Day(2026, 2, 10));
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].value, "2025");
  EXPECT_EQ(d[1].value, "2024");
  EXPECT_TRUE(Dates("The plant has the 2500 workers it needs and its 1,800 staff.").empty());
}

// A hyphen between two figures is a range, even where the second reads as
// negative on its own (27%-37%, 520亿-560亿美元).
// "down -5.5%" is a fall of 5.5 %, not a rise: the sign and the word say it once.
TEST_F(RecognizerTest, AFallWrittenWithItsMinusSignIsOneFall) {
  auto c = Claims("Revenue was down -5.5% quarter over quarter, and 季減5.5%.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].value, "-5.5");
  EXPECT_EQ(c[1].value, "-5.5");
}

TEST_F(RecognizerTest, AHyphenAfterAUnitOrScaleIsARange) {
  auto c = Claims("资本开支较2025年增长27%-37%，达520亿-560亿美元。");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].value, "27");
  EXPECT_EQ(c[0].high, "37");
  EXPECT_EQ(c[0].qualifier, Qualifier::kRange);
  EXPECT_EQ(c[1].value, "52000000000");
  EXPECT_EQ(c[1].high, "56000000000");
  auto tw = Claims("營收年增10%-12%。");
  ASSERT_EQ(tw.size(), 1u);
  EXPECT_EQ(tw[0].high, "12");
}

TEST_F(RecognizerTest, EnglishMonthDaysWithoutAYear) {
  // News style: "Oct. 26", "on November 19", "3 March"; the year is the
  // publication's, or the one before for a month well after it.
  auto c = Dates("Shares rose on November 19 after the close on Oct. 26, not on 3 March; they may 3 times.",
                 CivilDate::Day(2026, 1, 5));
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].value, "2025-11-19");
  EXPECT_EQ(c[1].value, "2025-10-26");
  EXPECT_EQ(c[2].value, "2026-03-03");
}

TEST_F(RecognizerTest, AMonthAloneAYearBeforeAndReutersTaiwanDollars) {
  const auto published = CivilDate::Day(2026, 1, 2);
  auto m = Dates("12月份，銷量為42萬輛；12月单月交付", published);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].value, "2025-12");
  EXPECT_EQ(m[1].value, "2025-12");
  // 2030年前 is "before 2030", never 2030 years ago.
  auto before = Dates("國防預算將在2030年前達到GDP的5%", published);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].value, "2030");
  auto twd = Claims("Net profit was T$452.3 billion.");
  ASSERT_EQ(twd.size(), 1u);
  EXPECT_EQ(twd[0].unit, "TWD");
  EXPECT_EQ(twd[0].value, "452300000000");
}

TEST_F(RecognizerTest, BareMonthsAndTheFirstMonthsOfAYear) {
  const auto published = CivilDate::Day(2025, 7, 10);
  auto d = Dates("6月營收創高，前6月累計成長；June revenue rose, 前三个月亦然", published);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].value, "2025-06");
  EXPECT_EQ(d[1].value, "2025-01");
  EXPECT_EQ(d[1].high, "2025-06");
  EXPECT_EQ(d[2].value, "2025-06");
  EXPECT_EQ(d[3].value, "2025-01");
  EXPECT_EQ(d[3].high, "2025-03");
  auto kw = Claims("核三廠裝置容量約95萬瓩", published);
  ASSERT_EQ(kw.size(), 1u);
  EXPECT_EQ(kw[0].unit, "W");
  EXPECT_EQ(kw[0].value, "950000000");
}

TEST_F(RecognizerTest, RangesOfMonthsAndMonthsRelativeToPublication) {
  const auto published = CivilDate::Day(2025, 9, 12);
  auto r = Dates("the July-September quarter; 7至9月; 2024年1-6月", published);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].value, "2025-07");
  EXPECT_EQ(r[0].high, "2025-09");
  EXPECT_EQ(r[1].value, "2025-07");
  EXPECT_EQ(r[1].high, "2025-09");
  EXPECT_EQ(r[2].value, "2024-01");
  EXPECT_EQ(r[2].high, "2024-06");
  auto rel = Dates("本月初完成融資; 上个月; early this month; last month", published);
  ASSERT_EQ(rel.size(), 4u);
  EXPECT_EQ(rel[0].value, "2025-09-01");
  EXPECT_EQ(rel[0].high, "2025-09-10");
  EXPECT_EQ(rel[1].value, "2025-08");
  EXPECT_EQ(rel[2].value, "2025-09-01");
  EXPECT_EQ(rel[3].value, "2025-08");
}

TEST_F(RecognizerTest, TaiwansMinguoYearsAreYears) {
  // 民國115年 and 115年度 (a fiscal year) are 2026, never 115 years.
  const auto published = CivilDate::Day(2025, 8, 21);
  auto d = Dates("民國115年度總預算較114年度增加", published);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].value, "2026");
  EXPECT_EQ(d[1].value, "2025");
  for (const auto& q : Claims("民国115年度总预算", published)) EXPECT_NE(q.dimension, Dimension::kDuration) << Text(q);
}

TEST_F(RecognizerTest, TheDayAPeriodEndedDatesThePeriod) {
  // The day stays the claim's value; the figures it dates are the period's.
  const auto published = CivilDate::Day(2025, 11, 20);
  for (const auto& [text, months] : std::vector<std::pair<std::string, int>>{
           {"For the quarter ended Oct. 26, 2025, sales rose.", 3},
           {"In the nine months ended September 30 it earned more.", 9},
           {"截至2025年9月30日止三個月的營收", 3},
           {"截至9月30日止六个月，收入增长", 6},
           {"截至2025年6月30日止年度，營收", 12}}) {
    auto c = Dates(text, published);
    ASSERT_EQ(c.size(), 1u) << text;
    EXPECT_EQ(c[0].value.size(), 10u) << text;
    EXPECT_EQ(c[0].ended_months, months) << text;
  }
  auto plain = Dates("截至9月30日，用戶達1億。", published);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].ended_months, 0);
}

TEST_F(RecognizerTest, DurationsAndMultipliers) {
  auto c = Claims("僅 17 個月內，年增五倍，約10萬倍");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].value, "P17M");
  EXPECT_EQ(c[1].value, "5");
  EXPECT_EQ(c[1].unit, "x");
  EXPECT_EQ(c[2].value, "100000");
  EXPECT_EQ(c[2].qualifier, Qualifier::kAbout);
}

TEST_F(RecognizerTest, SimplifiedWorksLikeTraditional) {
  auto t = Claims("超過6億次下載，約新台幣1.8億元");
  auto s = Claims("超过6亿次下载，约人民币1.8亿元");
  ASSERT_EQ(t.size(), 2u);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(t[0].value, s[0].value);
  EXPECT_EQ(t[1].value, s[1].value);
  EXPECT_EQ(s[1].unit, "CNY");
}

}  // namespace
}  // namespace figcheck
