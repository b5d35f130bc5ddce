// Attribution from clause structure: which entity and metric a figure is
// about, read from `figcheck claims`. Texts written here, in Traditional and
// Simplified Chinese and English.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "tests/test_util.h"

namespace figcheck {
namespace {

using nlohmann::json;
using testing::ClaimsOf;
using testing::ClaimWithText;

TEST(AttributionTest, QiZhongIsNoAnaphor) {
  // 其中 ("of these") holds 其 ("its") but refers to nothing: the figure is US data centres'.
  auto c = ClaimsOf("attribution/qizhong.txt",
                    "date 2025-04-17\nOpenAI的GPT-4训练耗电42.4吉瓦时。\n"
                    "2024年全球数据中心耗电达415太瓦时。其中,美国数据中心耗电量180太瓦时。\n");
  EXPECT_EQ(ClaimWithText(c, "180太瓦时")["entity"], "US data centres");
}

TEST(AttributionTest, AProductNamedRightAfterItsEventWordIsTheDatesSubject) {
  // The launch date is the product's whether the date follows the product or precedes the verb.
  auto en = ClaimsOf("attribution/launch_en.txt", "date 2025-09-01\nOpenAI released GPT-5 on Aug. 7, calling it its best model.\n");
  EXPECT_EQ(ClaimWithText(en, "Aug. 7")["entity"], "GPT-5");
  EXPECT_EQ(ClaimWithText(en, "Aug. 7")["metric"], "release_date");
  auto hant = ClaimsOf("attribution/launch_hant.txt", "date 2025-09-01\nOpenAI於8月7日發布GPT-5。\n");
  EXPECT_EQ(ClaimWithText(hant, "8月7日")["entity"], "GPT-5");
  auto hans = ClaimsOf("attribution/launch_hans.txt", "date 2025-09-01\nOpenAI发布了GPT-5，时间是8月7日。\n");
  EXPECT_NE(ClaimWithText(hans, "8月7日")["entity"], "GPT-5");  // another clause: the verb is not this date's
}

TEST(AttributionTest, NoCueStartsInsideADate) {
  // 2024年耗电量 is 耗电量 (consumption) in 2024, not 年耗电量 (a year's use).
  auto c = ClaimsOf("attribution/cue_in_date.txt", "date 2025-04-17\n美国数据中心2024年耗电量达180太瓦时。\n");
  EXPECT_EQ(ClaimWithText(c, "180太瓦时")["metric"], "electricity_consumption");
}

TEST(AttributionTest, ASemicolonStartsANewSubject) {
  auto c = ClaimsOf("attribution/semicolon.txt",
                    "date 2026-01-05\n比亚迪2025年纯电销量同比增长近28%;特斯拉全年交付量同比下滑8.6%至160万辆。\n");
  EXPECT_EQ(ClaimWithText(c, "近28%")["entity"], "BYD");
  EXPECT_EQ(ClaimWithText(c, "8.6%")["entity"], "Tesla");
  EXPECT_EQ(ClaimWithText(c, "160万辆")["entity"], "Tesla");
}

TEST(AttributionTest, AComparisonOpenerIsNotTheSubject) {
  auto c = ClaimsOf("attribution/compared.txt",
                    "date 2026-01-05\n相比特斯拉呈現下滑9%，比亞迪則是靠著歐洲市場，讓年銷量成長28%。\n");
  EXPECT_EQ(ClaimWithText(c, "28%")["entity"], "BYD");
}

TEST(AttributionTest, AChineseRelativeClauseDescribesTheNameItEndsOn) {
  auto c = ClaimsOf("attribution/relative.txt",
                    "date 2025-05-12\n「DeepSeek做了很多事情，」營收在兩年內成長12,000%、2024年達到19億美元的雲端運算"
                    "基礎設施公司CoreWeave執行長在聽證會上表示。\n"
                    "去年交付225萬輛電動車的中國汽車製造商比亞迪正式超越特斯拉。\n"
                    "比亞迪去年賣出425萬輛的成績超越特斯拉。\n");
  EXPECT_EQ(ClaimWithText(c, "兩年內")["entity"], "CoreWeave");  // across the digit-group comma of 12,000
  EXPECT_EQ(ClaimWithText(c, "12,000%")["entity"], "CoreWeave");
  EXPECT_EQ(ClaimWithText(c, "19億美元")["entity"], "CoreWeave");
  EXPECT_EQ(ClaimWithText(c, "225萬輛")["entity"], "BYD");
  // 的成績超越特斯拉: the clause ends on 成績 (the result), not on Tesla.
  EXPECT_EQ(ClaimWithText(c, "425萬輛")["entity"], "BYD");
}

TEST(AttributionTest, AReportingVerbEndsTheSpeakersPart) {
  auto c = ClaimsOf("attribution/reporting.txt",
                    "date 2025-05-12\n奧特曼在聽證會上透露，ChatGPT目前每週有超過5億用戶使用，營收也成長了50%。\n");
  EXPECT_EQ(ClaimWithText(c, "50%")["entity"], "ChatGPT");
}

TEST(AttributionTest, ANameAfterAPartOpenerIsAPartNotTheSubject) {
  // 其中Model 3/Y is a part of Tesla's deliveries; after the semicolon the text is still about Tesla.
  auto c = ClaimsOf("attribution/part.txt",
                    "date 2025-01-03\n数据显示,特斯拉第四季度交付49.56万辆,其中Model 3/Y交付47.19万辆;"
                    "第四季度汽车产量45.94万辆,其中Model 3/Y产量43.67万辆。\n");
  // The part's deliveries and production are Tesla's for the Model 3/Y line (of_the_maker).
  auto line_of = [](const nlohmann::json& claim) { return testing::HasAspect(claim, "segment Tesla Model 3/Y"); };
  EXPECT_TRUE(line_of(ClaimWithText(c, "47.19万辆")));
  EXPECT_EQ(ClaimWithText(c, "45.94万辆")["entity"], "Tesla");
  EXPECT_FALSE(line_of(ClaimWithText(c, "45.94万辆")));
  EXPECT_TRUE(line_of(ClaimWithText(c, "43.67万辆")));
}

TEST(AttributionTest, AnEventVerbBeforeADateMakesItTheSubjectsEvent) {
  // English puts the event's verb before its date; the quarter that frames a figure is no claim.
  auto c = ClaimsOf("attribution/event.txt",
                    "date 2025-01-03\nBYD overtook Tesla as the biggest BEV seller in the fourth quarter of 2024.\n"
                    "Tesla delivered 495,570 vehicles in the fourth quarter of 2024.\n");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0]["value"], "2024-10");
  EXPECT_EQ(c[0]["entity"], "BYD");
  EXPECT_EQ(c[1]["value"], "495570");
  EXPECT_EQ(c[1]["as_of"], "2024-10");
}

TEST(AttributionTest, ADroppedSubjectIsWhatTheTextIsAbout) {
  // The sentence names Tesla only after its figures, in a later clause.
  auto c = ClaimsOf("attribution/dropped.txt",
                    "date 2025-01-03\n特斯拉公布了去年的交付數據。\n"
                    "根據數據，2024年的全年銷量為179萬輛，較2023年的181萬輛下降1.1%，這是特斯拉首次出現下滑。\n");
  EXPECT_EQ(ClaimWithText(c, "179萬輛")["entity"], "Tesla");
  EXPECT_EQ(ClaimWithText(c, "181萬輛")["entity"], "Tesla");
}

TEST(AttributionTest, ADescriptiveAnaphorMayCloseAfterTheFigure) {
  // 這家僅有約200名員工的中國公司: the figure sits inside the description of DeepSeek.
  auto c = ClaimsOf("attribution/description.txt",
                    "date 2025-05-12\nDeepSeek的成功展現了一個重要的創新原則。\n"
                    "這家僅有約200名員工的中國公司，刻意招募剛畢業的年輕工程師。\n");
  EXPECT_EQ(ClaimWithText(c, "約200名員工")["entity"], "DeepSeek");
}

}  // namespace
}  // namespace figcheck

namespace figcheck {
namespace {

// A sector written as a company's line of business is the company's segment:
// the figure is the company's, with a segment aspect that keeps it from its total.
TEST(AttributionTest, ASectorWrittenAsALineOfBusinessIsTheCompanysSegment) {
  auto hant = testing::ClaimsOf("attribution/segment_hant.txt",
                                "date 2026-02-01\n微軟公布財報，資料中心業務營收達300億美元，總營收為700億美元。\n");
  const nlohmann::json segment = testing::ClaimWithText(hant, "300億美元");
  EXPECT_EQ(segment["entity"], "Microsoft");
  EXPECT_TRUE(testing::HasAspect(segment, "segment data centres")) << segment.dump();
  auto en = testing::ClaimsOf("attribution/segment_en.txt",
                              "date 2026-02-01\nMicrosoft reported results. Data center revenue rose to $30 billion.\n");
  EXPECT_EQ(testing::ClaimWithText(en, "$30 billion")["entity"], "Microsoft");
  // A sector's own figure stays the sector's (数据中心用电量: no line of business).
  auto hans = testing::ClaimsOf("attribution/segment_hans.txt", "date 2026-02-01\n2025年全球数据中心用电量达到500太瓦时。\n");
  EXPECT_EQ(testing::ClaimWithText(hans, "500太瓦时")["entity"], "data centres");
}

TEST(AttributionTest, ASegmentFigureNeverMeetsTheTotal) {
  // Two articles: one states the data-centre segment's revenue, the other the total.
  auto report = testing::CheckTexts("attribution/segment_check",
                                    {"date 2026-02-01\n微軟2025年第四季資料中心業務營收達300億美元。\n",
                                     "date 2026-02-01\nMicrosoft's revenue in the fourth quarter of 2025 was $70 billion.\n"});
  // (Without `segment` among metrics.yaml's strict families this is a value-conflict error.)
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

// A product line's figure of a metric its maker reports by line (`of_the_maker`:
// deliveries) is the maker's, for that line; another metric's stays the product's.
TEST(AttributionTest, AProductLinesFigureRollsUpToItsMakerWhereTheMetricSaysSo) {
  auto hans = testing::ClaimsOf("attribution/rollup_hans.txt",
                                "date 2026-01-05\n特斯拉第四季度交付49.56万辆，其中Model Y交付30万辆。\n");
  const nlohmann::json line = testing::ClaimWithText(hans, "30万辆");
  EXPECT_EQ(line["entity"], "Tesla");
  EXPECT_TRUE(testing::HasAspect(line, "segment Tesla Model Y")) << line.dump();
  auto en = testing::ClaimsOf("attribution/rollup_en.txt",
                              "date 2026-01-05\nChatGPT had 900 million weekly users. Tesla delivered 400,000 Model Y vehicles.\n");
  EXPECT_EQ(testing::ClaimWithText(en, "900 million")["entity"], "ChatGPT");  // users: the product's
  // The line's figure never meets the maker's total.
  auto report = testing::CheckTexts("attribution/rollup_check",
                                    {"date 2026-01-05\n特斯拉2025年第四季度交付49.56萬輛，其中Model Y交付30萬輛。\n",
                                     "date 2026-01-05\nTesla delivered 495,600 vehicles in the fourth quarter of 2025.\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(AttributionTest, ADateIsOfTheProductAColloquialReleaseVerbNames) {
  // 丟出/亮出 ("dropped", "showed off") launch a product as 發布 does: the date is its release date.
  auto hant = testing::ClaimsOf("attribution/dropped_hant.txt", "date 2026-03-02\n昨天（3月1日），Google悄悄丟出了Gemini。\n");
  const nlohmann::json hant_date = testing::ClaimWithText(hant, "昨天（3月1日）");
  EXPECT_EQ(hant_date["metric"], "release_date") << hant_date.dump();
  EXPECT_EQ(hant_date["entity"], "Gemini") << hant_date.dump();
  auto hans = testing::ClaimsOf("attribution/dropped_hans.txt", "date 2026-03-02\n3月1日，Anthropic亮出了Claude。\n");
  const nlohmann::json hans_date = testing::ClaimWithText(hans, "3月1日");
  EXPECT_EQ(hans_date["metric"], "release_date") << hans_date.dump();
  EXPECT_EQ(hans_date["entity"], "Claude") << hans_date.dump();
}

TEST(AttributionTest, ADealsFigureIsItsFirstPartysWithTheOther) {
  // A 與 B 洽談/簽署…: the first party's figure, for the deal with the other
  // (never the nearer name's), in each script and with a ticker between.
  auto hant = testing::ClaimsOf("attribution/deal_hant.txt",
                                "date 2026-03-02\n微軟 (MSFT-US) 與 OpenAI 簽署價值 30 億美元的雲端合作協議。\n");
  const nlohmann::json hant_deal = testing::ClaimWithText(hant, "30 億美元");
  EXPECT_EQ(hant_deal["entity"], "Microsoft") << hant_deal.dump();
  EXPECT_TRUE(testing::HasAspect(hant_deal, "with OpenAI")) << hant_deal.dump();
  auto hans = testing::ClaimsOf("attribution/deal_hans.txt", "date 2026-03-02\n谷歌和Anthropic正在商谈一笔20亿美元的投资。\n");
  const nlohmann::json hans_deal = testing::ClaimWithText(hans, "20亿美元");
  EXPECT_EQ(hans_deal["entity"], "Google") << hans_deal.dump();
  EXPECT_TRUE(testing::HasAspect(hans_deal, "with Anthropic")) << hans_deal.dump();
  // The partner after the figure ("a deal with Broadcom"); no deal word, no partner.
  auto en = testing::ClaimsOf("attribution/deal_en.txt",
                              "date 2026-03-02\nOpenAI signed a $10 billion deal with Broadcom.\n"
                              "Microsoft and Google each spent $80 billion on data centres.\n");
  const nlohmann::json en_deal = testing::ClaimWithText(en, "$10 billion");
  EXPECT_EQ(en_deal["entity"], "OpenAI");
  EXPECT_TRUE(testing::HasAspect(en_deal, "with Broadcom")) << en_deal.dump();
  const nlohmann::json spent = testing::ClaimWithText(en, "$80 billion");
  EXPECT_FALSE(testing::HasAspect(spent, "with Google")) << spent.dump();
  // A party's figure for one deal never meets its figure for another.
  auto report = testing::CheckTexts("attribution/deal_check",
                                    {"date 2026-03-02\n微軟與OpenAI洽談30億美元投資案。\n",
                                     "date 2026-03-02\n微軟與Anthropic洽談50億美元投資案。\n"});
  EXPECT_TRUE(testing::CountedFindings(report).empty()) << report.dump(2);
}

TEST(AttributionTest, ADealStatedInEitherOrderIsOneFact) {
  // "Amazon with OpenAI" and "OpenAI with Amazon" are one deal: their figures
  // meet; the same investor's deal with someone else does not.
  auto report = testing::CheckTexts("attribution/deal_order",
                                    {"date 2026-03-02\n亞馬遜與OpenAI洽談100億美元投資案。\n",
                                     "date 2026-03-02\nOpenAI and Amazon are in talks over an $8 billion investment.\n",
                                     "date 2026-03-02\n亚马逊与Anthropic洽谈80亿美元投资案。\n"});
  const auto findings = testing::CountedFindings(report);
  ASSERT_EQ(findings.size(), 1u) << report.dump(2);
  std::set<std::string> docs;
  for (const auto& c : findings[0]["claims"]) docs.insert(std::filesystem::path(c["doc"].get<std::string>()).filename().string());
  EXPECT_EQ(docs.size(), 2u);
  EXPECT_FALSE(docs.count("2.txt")) << report.dump(2);  // the third text: documents are written as 0.txt, 1.txt, 2.txt
}

}  // namespace
}  // namespace figcheck
