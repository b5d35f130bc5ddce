// Internal-consistency checks (checker/compare/internal/), driven through the
// real extraction: each check on texts written for these tests, a positive
// and a negative case in Chinese (Traditional) and English.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The findings of `rule` that `figcheck check` makes on `text` (one document).
std::vector<json> FindingsOf(const std::string& rule, const std::string& text) {
  static int counter = 0;
  const std::string path = testing::TempDir() + "/internal" + std::to_string(counter++) + ".txt";
  std::ofstream(path, std::ios::binary) << text;
  auto r = testing::RunFigcheck("check --format json --published 2026-01-15 " + path);
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  std::vector<json> out;
  const json report = json::parse(r.out);
  for (const auto& f : report["findings"]) {
    if (f["rule"] == rule) out.push_back(f);
  }
  fs::remove(path);
  return out;
}

// The finding rests on claims with exactly these texts.
void ExpectClaims(const json& finding, std::vector<std::string> texts) {
  std::vector<std::string> got;
  for (const auto& c : finding["claims"]) got.push_back(c["text"]);
  std::sort(got.begin(), got.end());
  std::sort(texts.begin(), texts.end());
  EXPECT_EQ(got, texts) << finding.dump(2);
}

TEST(InternalChecksTest, PartsOfWholeMustSumToHundred) {
  auto zh = FindingsOf("parts-of-whole", "美國居民僅佔全球人口的4.5%，中國佔18%，其餘世界佔70%。\n");
  ASSERT_EQ(zh.size(), 1u);
  ExpectClaims(zh[0], {"4.5%", "18%", "70%"});
  EXPECT_EQ(zh[0]["severity"], "warning");
  EXPECT_NE(zh[0]["message"].get<std::string>().find("not 100 %"), std::string::npos) << zh[0]["message"];
  EXPECT_TRUE(FindingsOf("parts-of-whole", "美國居民僅佔全球人口的4.5%，中國佔18%，其餘世界佔77.5%。\n").empty());
  auto en = FindingsOf("parts-of-whole",
                       "The US accounts for 40% of the market, China for 30%, and the rest of the world for 20%.\n");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_TRUE(FindingsOf("parts-of-whole",
                         "The US accounts for 40% of the market, China for 35%, and the rest of the world for 25%.\n")
                  .empty());
  // Without a cue that the parts are the whole, three percentages are not a breakdown.
  EXPECT_TRUE(FindingsOf("parts-of-whole", "營收成長 40%，毛利率 30%，淨利率 20%。\n").empty());
}

TEST(InternalChecksTest, PartsOfWholeFlagsARangeEndThatCannotReachTheWhole) {
  auto zh = FindingsOf("parts-of-whole", "今年資本支出約60%至80%用在先進製程，10%用在特殊製程，10%至20%用在封裝和其他項目。\n");
  ASSERT_EQ(zh.size(), 1u);
  EXPECT_NE(zh[0]["message"].get<std::string>().find("low end"), std::string::npos) << zh[0]["message"];
  EXPECT_TRUE(
      FindingsOf("parts-of-whole", "今年資本支出約70%至80%用在先進製程，10%用在特殊製程，10%至20%用在封裝和其他項目。\n")
          .empty());
}

// Parts listed before a stated total (合計, combined) must sum to it, not to
// 100 %; a list paired by 分別 or "respectively" may leave parts out.
TEST(InternalChecksTest, PartsBeforeAStatedTotalMustSumToIt) {
  auto tw = FindingsOf("parts-of-whole", "鴻海伺服器佔營收30%，手機佔25%，電腦佔10%，合計佔營收比重75%。\n");
  ASSERT_EQ(tw.size(), 1u);
  ExpectClaims(tw[0], {"30%", "25%", "10%", "75%"});
  EXPECT_TRUE(FindingsOf("parts-of-whole", "鴻海伺服器佔營收30%，手機佔25%，電腦佔10%，合計佔營收比重65%。\n").empty());
  auto cn = FindingsOf("parts-of-whole", "中芯国际8英寸占收入20%，12英寸占50%，其他占5%，合计达80%。\n");
  ASSERT_EQ(cn.size(), 1u);
  auto en = FindingsOf("parts-of-whole",
                       "Cloud made up 30% of sales, devices 25% and ads 15%, together 60% of the total.\n");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_TRUE(FindingsOf("parts-of-whole",
                         "Cloud made up 30% of sales, devices 25% and ads 15%, together 70% of the total.\n")
                  .empty());
  // A total of some of the parts (3/5奈米合計60%) is no error.
  EXPECT_TRUE(FindingsOf("parts-of-whole", "先進製程合計佔74%，其中3奈米佔24%、5奈米36%、7奈米14%，3/5奈米合計60%。\n").empty());
  // Shares of the quarter before, set against each part, are no parts.
  EXPECT_TRUE(FindingsOf("parts-of-whole", "鴻海第3季伺服器占比約40%，較第2季的35%略增，手機占比45%，較第2季的50%略減，"
                                           "其他產品占比約15%，與第2季持平。\n")
                  .empty());
  EXPECT_EQ(FindingsOf("parts-of-whole", "鴻海第3季伺服器占比約40%，較第2季的35%略增，手機占比45%，較第2季的50%略減，"
                                         "其他產品占比約25%。\n")
                .size(),
            1u);
  // 分別 pairs a partial list: no claim that these are the whole.
  EXPECT_TRUE(FindingsOf("parts-of-whole", "3奈米佔晶圓營收24%，5奈米及7奈米分別佔36%與14%。\n").empty());
  EXPECT_TRUE(FindingsOf("parts-of-whole", "Smartphones and PCs were 40% and 20% of revenue, respectively, and TVs 10%.\n").empty());
}

TEST(InternalChecksTest, StatedChangeMustMatchItsEnds) {
  auto zh = FindingsOf("stated-change", "該公司營收從 10 億元增至 30 億元，成長 50%。\n");
  ASSERT_EQ(zh.size(), 1u);
  ExpectClaims(zh[0], {"10 億元", "30 億元", "50%"});
  EXPECT_EQ(zh[0]["severity"], "error");
  EXPECT_TRUE(FindingsOf("stated-change", "該公司營收從 10 億元增至 30 億元，成長 200%。\n").empty());
  // A share after the two ends is not the change between them.
  EXPECT_TRUE(FindingsOf("stated-change", "該公司營收從 10 億元增至 30 億元，佔集團總營收 40%。\n").empty());
  auto en = FindingsOf("stated-change", "Revenue fell from $30 million to $24 million, down 40%.\n");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_TRUE(FindingsOf("stated-change", "Revenue fell from $30 million to $24 million, down 20%.\n").empty());
  // "up" inside "startup" is no change word: the 40 % is a holding, not the change.
  EXPECT_TRUE(
      FindingsOf("stated-change", "Revenue rose from $10 million to $30 million, and the startup holds 40%.\n").empty());
}

TEST(InternalChecksTest, StatedYearOnYearGrowthMeetsLastYearsLevel) {
  auto zh = FindingsOf("stated-change", "台積電2025年資本支出409億美元。台積電2026年資本支出預計達520億美元到560億美元，年增23.8%。\n");
  ASSERT_EQ(zh.size(), 1u);
  ExpectClaims(zh[0], {"409億美元", "520億美元到560億美元", "23.8%"});
  EXPECT_TRUE(
      FindingsOf("stated-change", "台積電2025年資本支出409億美元。台積電2026年資本支出預計達520億美元，年增27.1%。\n")
          .empty());
  auto en = FindingsOf("stated-change",
                       "TSMC's capital expenditure was $40.9 billion in 2025. TSMC's capital expenditure in 2026 will "
                       "be $56 billion, up 23.8% year-on-year.\n");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_TRUE(FindingsOf("stated-change",
                         "TSMC's capital expenditure was $40.9 billion in 2025. TSMC's capital expenditure in 2026 "
                         "will be $52 billion, up 27.1% year-on-year.\n")
                  .empty());
}

TEST(InternalChecksTest, YearOnYearFallLeadingToItsLevel) {
  // Simplified Chinese: the growth stands before the level it leads to (同比下滑 X% 至 B).
  auto zh = FindingsOf("stated-change", "特斯拉2024年交付量为178.9万辆。特斯拉2025年全年交付量同比下滑8.6%至160万辆。\n");
  ASSERT_EQ(zh.size(), 1u);
  ExpectClaims(zh[0], {"178.9万辆", "8.6%", "160万辆"});
  EXPECT_TRUE(
      FindingsOf("stated-change", "特斯拉2024年交付量为178.9万辆。特斯拉2025年全年交付量同比下滑8.6%至163.5万辆。\n").empty());
}

TEST(InternalChecksTest, AmbiguousMultiplierNamesBothReadings) {
  const std::string fits_x5 = "Gemini 模型的開發者數從 140 萬成長至 700 萬人，年增五倍。\n";
  auto ambiguous = FindingsOf("stated-change-ambiguous", fits_x5);
  ASSERT_EQ(ambiguous.size(), 1u);
  const std::string message = ambiguous[0]["message"];
  EXPECT_NE(message.find("x5"), std::string::npos) << message;
  EXPECT_NE(message.find("+500 %"), std::string::npos) << message;
  EXPECT_TRUE(FindingsOf("stated-change", fits_x5).empty());  // one reading fits: not an error
  // Neither x5 nor x6 fits 140 萬 -> 300 萬: an error.
  EXPECT_EQ(FindingsOf("stated-change", "開發者數從 140 萬成長至 300 萬人，年增五倍。\n").size(), 1u);
}

// Each check fires once on its positive texts and never on its negative ones,
// in Chinese and in English.
struct Case {
  const char* rule;
  const char* fires_zh;
  const char* silent_zh;
  const char* fires_en;
  const char* silent_en;
};

constexpr Case kCases[] = {
    {"ratio", "A公司的成本只有B公司 1000 萬美元的十分之一，即 500 萬美元。\n",
     "A公司的成本只有B公司 1000 萬美元的十分之一，即 100 萬美元。\n",
     "The rival spent $60 million, five times the $10 million the startup spent.\n",
     "The rival spent $50 million, five times the $10 million the startup spent.\n"},
    {"currency-conversion", "這筆投資 600 萬美元（約新台幣 5 億元）。\n", "這筆投資 600 萬美元（約新台幣 1.8 億元）。\n",
     "The deal was worth $6 million (about NT$500 million).\n", "The deal was worth $6 million (about NT$190 million).\n"},
    {"share-over-100", "輝達的市佔率達 120%。\n", "輝達的市佔率達 90%。\n", "NVIDIA's market share reached 120% in 2024.\n",
     "NVIDIA's market share reached 92% in 2024.\n"},
    {"equivalence", "輝達的資料中心規劃 10 千兆瓦，差不多等於 80 萬個美國家庭一年的用電量。\n",
     "輝達的資料中心規劃 10 千兆瓦，差不多等於 800 萬個美國家庭一年的用電量。\n",
     "The campus will draw 5 GW, enough to power 400,000 American homes.\n",
     "The campus will draw 5 GW, enough to power 4 million American homes.\n"},
    {"before-founding", "DeepSeek 在 2005 年初發布了 R1 模型。\n", "DeepSeek 在 2025 年初發布了 R1 模型。\n",
     "DeepSeek released its R1 model in January 2005.\n", "DeepSeek released its R1 model in January 2025.\n"},
    {"share-of-total",
     "2023年全球資料中心用電量為400太瓦時，其中美國資料中心用電量為200太瓦時，在美國的佔比約為全球的三分之一。\n",
     "2023年全球資料中心用電量為400太瓦時，其中美國資料中心用電量為200太瓦時，在美國的佔比約為全球的二分之一。\n",
     "Globally, data centres consumed 400 terawatt-hours in 2023. United States data centres consumed 200 "
     "terawatt-hours in 2023. The United States accounts for roughly one-third of global data centre electricity "
     "demand.\n",
     "Globally, data centres consumed 400 terawatt-hours in 2023. United States data centres consumed 200 "
     "terawatt-hours in 2023. The United States accounts for roughly half of global data centre electricity "
     "demand.\n"},
    {"points-for-change", "特斯拉2025年一共交付164萬輛，相較2024年的179萬輛、下滑9個百分點。\n",
     "台積電營收 100 億元，淨利 30 億元，毛利率提升 2 個百分點。\n",
     "Tesla delivered 1.64 million cars in 2025, compared with 1.79 million cars in 2024, a decline of 9 percentage "
     "points.\n",
     "Tesla delivered 1.64 million cars in 2025, compared with 1.79 million cars in 2024, a decline of 8.4%.\n"},
    {"elapsed-time", "ChatGPT 於 2022 年 11 月推出，17 個月後的 2023 年 4 月用戶突破 1 億。\n",
     "ChatGPT 於 2022 年 11 月推出，17 個月後的 2024 年 4 月用戶突破 1 億。\n",
     "ChatGPT launched in November 2022, and 17 months later, in April 2023, it passed 100 million users.\n",
     "ChatGPT launched in November 2022, and 17 months later, in April 2024, it passed 100 million users.\n"},
};

TEST(InternalChecksTest, EachCheckFiresOnItsCaseAndNotOnItsCounterpart) {
  for (const Case& c : kCases) {
    for (const char* text : {c.fires_zh, c.fires_en}) EXPECT_EQ(FindingsOf(c.rule, text).size(), 1u) << c.rule << ": " << text;
    for (const char* text : {c.silent_zh, c.silent_en}) EXPECT_TRUE(FindingsOf(c.rule, text).empty()) << c.rule << ": " << text;
  }
}

TEST(InternalChecksTest, FindingsNameTheirClaimsAndTheReference) {
  auto ratio = FindingsOf("ratio", kCases[0].fires_zh);
  ASSERT_EQ(ratio.size(), 1u);
  ExpectClaims(ratio[0], {"1000 萬美元", "十分之一", "500 萬美元"});
  auto fx = FindingsOf("currency-conversion", kCases[1].fires_zh);
  ASSERT_EQ(fx.size(), 1u);
  EXPECT_NE(fx[0]["message"].get<std::string>().find("TWD per USD"), std::string::npos) << fx[0]["message"];
  auto share = FindingsOf("share-over-100", kCases[2].fires_zh);
  ASSERT_EQ(share.size(), 1u);
  EXPECT_EQ(share[0]["kind"], "implausible");
  auto households = FindingsOf("equivalence", kCases[3].fires_zh);
  ASSERT_EQ(households.size(), 1u);
  ExpectClaims(households[0], {"10 千兆瓦", "80 萬個"});
  auto founded = FindingsOf("before-founding", "DeepSeek 在 2005 年初發布了 R1 模型。一年後，DeepSeek 在 2025 年 1 月發布了 R1 模型。\n");
  ASSERT_EQ(founded.size(), 1u);
  EXPECT_NE(founded[0]["message"].get<std::string>().find("2023-07"), std::string::npos) << founded[0]["message"];
  EXPECT_GE(founded[0]["claims"].size(), 2u);  // the possible date is cited too
  auto elapsed = FindingsOf("elapsed-time", kCases[7].fires_zh);
  ASSERT_EQ(elapsed.size(), 1u);
  EXPECT_NE(elapsed[0]["message"].get<std::string>().find("2024-04"), std::string::npos) << elapsed[0]["message"];
}

TEST(InternalChecksTest, AFigureOutsideItsMetricsPlausibleRange) {
  // No LLM API was ever priced at 30 USD per thousand tokens (per million, yes).
  auto zh = FindingsOf("implausible-value", "OpenAI 的 token 價格已從每千個 30 美元大幅降至 9 美分。\n");
  ASSERT_EQ(zh.size(), 1u);
  ExpectClaims(zh[0], {"30 美元"});
  EXPECT_EQ(zh[0]["kind"], "implausible");
  EXPECT_TRUE(FindingsOf("implausible-value", "OpenAI 的 token 價格已從每百萬個 30 美元大幅降至 9 美分。\n").empty());
  auto en = FindingsOf("implausible-value", "GPT-4 was priced at $60 per thousand tokens of output.\n");
  ASSERT_EQ(en.size(), 1u);
  EXPECT_TRUE(FindingsOf("implausible-value", "GPT-4 was priced at $60 per million tokens of output.\n").empty());
  // A margin is a share of revenue: 120% cannot be one.
  EXPECT_EQ(FindingsOf("implausible-value", "台積電第四季毛利率達120%。\n").size(), 1u);
  EXPECT_TRUE(FindingsOf("implausible-value", "台積電第四季毛利率達62.3%。\n").empty());
}

TEST(InternalChecksTest, AHugeDurationNeverStopsTheRun) {
  // 100000000000個月 does not fit an int: the timeline checks must pass it by, not crash.
  const std::string path = testing::TempDir() + "/huge_duration.txt";
  std::ofstream(path) << "date 2026-01-15\nDeepSeek自2023年7月成立以來，100000000000個月內推出了模型。\n"
                         "ChatGPT 於 2022 年 11 月推出，99999999999999999999 個月後的 2023 年 4 月用戶破億。\n";
  auto r = testing::RunFigcheck("check --format json " + path);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NO_THROW(json::parse(r.out));
}

TEST(InternalChecksTest, DriftOfOneFactAcrossCurrencies) {
  auto zh = FindingsOf("drift", "台積電2025年營收為1,000億美元。\n\n分析師指出，台積電2025年營收為新台幣1.5兆元。\n");
  ASSERT_EQ(zh.size(), 1u);
  ExpectClaims(zh[0], {"1,000億美元", "新台幣1.5兆元"});
  EXPECT_TRUE(FindingsOf("drift", "台積電2025年營收為1,000億美元。\n\n分析師指出，台積電2025年營收為新台幣3.1兆元。\n").empty());
  EXPECT_EQ(FindingsOf("drift", "TSMC's revenue in 2025 was $100 billion.\n\nAnalysts said TSMC's revenue in 2025 was "
                                "NT$1.5 trillion.\n")
                .size(),
            1u);
  EXPECT_TRUE(FindingsOf("drift", "TSMC's revenue in 2025 was $100 billion.\n\nAnalysts said TSMC's revenue in 2025 "
                                  "was NT$3.1 trillion.\n")
                  .empty());
  // Same-currency restatements are value-conflict's (FindConflicts), never drift's too.
  const std::string same = "台積電2025年營收為1,000億美元。\n\n分析師指出，台積電2025年營收為1,500億美元。\n";
  EXPECT_TRUE(FindingsOf("drift", same).empty());
  EXPECT_EQ(FindingsOf("value-conflict", same).size(), 1u);
}

TEST(InternalChecksTest, SeedsAgreeingBreakdownAndEquivalenceAreNotFlagged) {
  auto r = testing::RunFigcheck("check --format json " + testing::SourceDir() + "/seeds");
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  const json report = json::parse(r.out);
  for (const auto& f : report["findings"]) {
    EXPECT_NE(f["rule"], "parts-of-whole") << f.dump(2);
    EXPECT_NE(f["rule"], "equivalence") << f.dump(2);
    EXPECT_NE(f["rule"], "currency-conversion") << f.dump(2);
  }
}

TEST(InternalChecksTest, RulesListAndExplainRule) {
  auto list = testing::RunFigcheck("rules list");
  EXPECT_EQ(list.exit_code, 0) << list.err;
  for (const char* id : {"parts-of-whole", "share-of-total", "stated-change", "ratio", "currency-conversion",
                         "share-over-100", "points-for-change", "equivalence", "before-founding", "elapsed-time",
                         "drift", "unit-mismatch"}) {
    EXPECT_NE(list.out.find(id), std::string::npos) << id;
  }
  auto explain = testing::RunFigcheck("explain parts-of-whole");
  EXPECT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("example:"), std::string::npos) << explain.out;
  EXPECT_NE(explain.out.find("cue_words"), std::string::npos) << explain.out;
  EXPECT_NE(explain.out.find("slack = 1"), std::string::npos) << explain.out;
  auto unknown = testing::RunFigcheck("explain no-such-rule");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no-such-rule"), std::string::npos) << unknown.err;
  // explain FILE:LINE keeps working.
  auto line = testing::RunFigcheck("explain " + testing::SourceDir() + "/seeds/002_94ac71971e785e4d.txt:98");
  EXPECT_EQ(line.exit_code, 0) << line.err;
  EXPECT_NE(line.out.find("4.5%"), std::string::npos) << line.out;
}

TEST(InternalChecksTest, MalformedReferenceAndParametersNameFileAndLine) {
  const std::string dir = testing::TempDir() + "/badreference";
  fs::remove_all(dir);
  fs::copy(testing::SourceDir() + "/rules", dir, fs::copy_options::recursive);
  std::ofstream(dir + "/reference/exchange_rates.yaml", std::ios::app) << "  GBP: {2024: abc}\n";
  auto lint = testing::RunFigcheck("rules lint " + dir);
  EXPECT_EQ(lint.exit_code, 2);
  EXPECT_NE(lint.err.find("exchange_rates.yaml:"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("GBP 2024"), std::string::npos) << lint.err;
  std::ofstream(dir + "/checks.yaml", std::ios::app)
      << "  - id: broken\n    kind: arithmetic\n    severity: warning\n    parameters:\n      tolerance: lots\n";
  auto check = testing::RunFigcheck("check --rules " + dir + " -", "營收19億美元");
  EXPECT_EQ(check.exit_code, 2);
  auto lint2 = testing::RunFigcheck("rules lint " + dir);
  EXPECT_NE(lint2.err.find("checks.yaml:"), std::string::npos) << lint2.err;
  EXPECT_NE(lint2.err.find("tolerance"), std::string::npos) << lint2.err;
}

}  // namespace
}  // namespace figcheck
