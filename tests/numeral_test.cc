// Unit tests for numeral recognition (checker/quantity/numeral.h) over the
// shipped rules/numerals.yaml.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "checker/quantity/numeral.h"
#include "checker/quantity/numeral_scan.h"

namespace figcheck {
namespace {

const NumeralTable& Table() {
  static const NumeralTable table = [] {
    auto loaded = LoadNumeralTable(FIGCHECK_SOURCE_DIR "/rules/numerals.yaml");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    NumeralTable t = loaded.ok() ? *loaded : NumeralTable{};
    // Filled from units.yaml by the rulebook in production.
    t.scale_led_units = {"千瓦", "兆瓦", "千兆瓦", "兆赫", "千米", "千克"};
    return t;
  }();
  return table;
}

std::string TextOf(std::string_view text, const NumeralMatch& m) {
  return std::string(text.substr(m.begin, m.end - m.begin));
}

// "text=value" for every numeral found, joined by " | ".
std::string Describe(std::string_view text) {
  std::string out;
  for (const NumeralMatch& m : FindNumerals(text, Table())) {
    if (!out.empty()) out += " | ";
    out += TextOf(text, m) + "=" + m.value.ToString();
  }
  return out;
}

NumeralMatch Only(std::string_view text) {
  auto found = FindNumerals(text, Table());
  EXPECT_EQ(found.size(), 1u) << text << " -> " << Describe(text);
  return found.empty() ? NumeralMatch{} : found[0];
}

struct Case {
  const char* text;
  const char* expected;  // Describe() output
};

void ExpectAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << "input: " << c.text;
}

TEST(NumeralTest, Arabic) {
  ExpectAll({{"4,565", "4,565=4565"},
             {"2,120 亿美元,10 年内", "2,120 亿=212000000000 | 10=10"},
             {"5,10", "5=5 | 10=10"},
             {"1, 234", "1=1 | 234=234"},
             {"-3.5", "-3.5=-3.5"},
             {"GPT-5.2", "5.2=5.2"},
             {"2020-2021", "2020=2020 | 2021=2021"},
             {".5 与 -.5", ".5=0.5 | -.5=-0.5"},
             {"2e5", "2e5=200000"},
             {"2^5", "2^5=32"},
             {"3/5", "3/5=0.6"},
             {"1 3/5", "1 3/5=1.6"},
             {"2024/5/6", "2024=2024 | 5=5 | 6=6"},
             {"10,000.233", "10,000.233=10000.233"}});
}

TEST(NumeralTest, DigitsGluedToLatinStayNumerals) {
  std::string_view text = "H200";
  auto m = ScanNumeral(text, 1, Table());
  ASSERT_TRUE(m);
  EXPECT_EQ(m->value, Decimal(200));
  EXPECT_EQ(Describe("10MW"), "10=10");
  EXPECT_EQ(Describe("5G"), "5=5");
  EXPECT_EQ(Describe("3nm"), "3=3");
  EXPECT_EQ(Describe("跑了 100 m"), "100=100");
}

TEST(NumeralTest, EnglishScalesAfterDigits) {
  ExpectAll({{"40k", "40k=40000"},
             {"5.6 million", "5.6 million=5600000"},
             {"1.9B", "1.9B=1900000000"},
             {"500M", "500M=500000000"},
             {"3bn", "3bn=3000000000"},
             {"-2.5 M", "-2.5 M=-2500000"}});
  EXPECT_EQ(Only("5.6 million").scale_power, 6);
  EXPECT_EQ(Only("5.6 million").form, NumeralMatch::Form::kMixed);
}

TEST(NumeralTest, ScaleCharactersThatLeadUnits) {
  ExpectAll({{"10千兆瓦", "10=10"},
             {"360兆瓦", "360=360"},
             {"千兆瓦", ""},
             {"1.4兆", "1.4兆=1400000000000"},
             {"超过1.4兆美元", "1.4兆=1400000000000"},
             {"五千克", "五=5"}});
}

TEST(NumeralTest, ChineseLargeUnits) {
  ExpectAll({{"万亿", ""},
             {"万", ""},
             {"10万万", "10万万=1000000000"},
             {"4.78万亿", "4.78万亿=4780000000000"},
             {"7 万5 千4 百", "7 万5 千4 百=75400"},
             {"二十 亿", "二十 亿=2000000000"},
             {"163万6,129", "163万6,129=1636129"},
             {"42万3000", "42万3000=423000"},
             {"一万五千亿", "一万五千亿=1500000000000"},
             {"五兆六十二亿四万五千二", "五兆六十二亿四万五千二=5006200045200"},
             {"四万万", "四万万=400000000"},
             {"千亿投资", "千亿=100000000000"},
             {"10万 2019年", "10万=100000 | 2019=2019"}});
  EXPECT_EQ(Only("4.78万亿").scale_power, 12);
  EXPECT_EQ(Only("4.78万亿").fraction_digits, 2);
  EXPECT_EQ(Only("四千万").scale_power, 7);
  EXPECT_EQ(Only("2,120 亿").scale_power, 8);
  EXPECT_EQ(Only("2,120 亿").form, NumeralMatch::Form::kMixed);
  EXPECT_EQ(Only("一百五十").scale_power, 0);
}

TEST(NumeralTest, ChineseDigitsAndSmallUnits) {
  ExpectAll({{"两千四百五", "两千四百五=2450"},
             {"一万三", "一万三=13000"},
             {"一千零一", "一千零一=1001"},
             {"一千零五", "一千零五=1005"},
             {"三百五十二点八", "三百五十二点八=352.8"},
             {"负三十二", "负三十二=-32"},
             {"肆佰陆拾", "肆佰陆拾=460"},
             {"一百零十万", "一百零十万=1100000"},
             {"千三", "千三=1300"},
             {"零点五", "零点五=0.5"},
             {"十二点五万", "十二点五万=125000"},
             {"两千万点五", "两千万点五=20000000.5"},
             {"一九九一年", "一九九一=1991"},
             {"二〇二四年", "二〇二四=2024"},
             {"十打", "十打=120"},
             {"半百", "半百=50"},
             {"一千二千", "一千=1000 | 二千=2000"}});
  EXPECT_EQ(Only("三百五十二点八").fraction_digits, 1);
  EXPECT_EQ(Only("两千四百五").form, NumeralMatch::Form::kChinese);
}

TEST(NumeralTest, PointIsNotADecimalBeforeTwoOrATime) {
  ExpectAll({{"两百点两", "两百=200 | 两=2"},
             {"十二点三十分", "十二=12 | 三十=30"},
             {"三点五千米", "三点五=3.5"}});
}

TEST(NumeralTest, Vague) {
  NumeralMatch m = Only("数亿");
  EXPECT_TRUE(m.vague);
  EXPECT_EQ(m.value, Decimal(100000000));
  ASSERT_TRUE(m.low && m.high);
  EXPECT_EQ(*m.low, Decimal(200000000));
  EXPECT_EQ(*m.high, Decimal(900000000));

  m = Only("数十亿");
  EXPECT_TRUE(m.vague);
  EXPECT_EQ(m.value, Decimal(1000000000));

  m = Only("几十");
  EXPECT_TRUE(m.vague);
  EXPECT_EQ(m.value, Decimal(10));

  m = Only("十几");
  EXPECT_TRUE(m.vague);
  EXPECT_EQ(m.value, Decimal(10));
  EXPECT_EQ(*m.low, Decimal(11));
  EXPECT_EQ(*m.high, Decimal(19));

  m = Only("上千万");
  EXPECT_TRUE(m.vague);
  EXPECT_EQ(m.value, Decimal(10000000));
  EXPECT_EQ(*m.low, Decimal(10000000));
  EXPECT_FALSE(m.high);

  m = Only("十 余 万");
  EXPECT_TRUE(m.vague);
  EXPECT_EQ(m.value, Decimal(100000));
  EXPECT_EQ(*m.high, Decimal(200000));

  m = Only("500余万");
  EXPECT_EQ(m.value, Decimal(5000000));
  EXPECT_EQ(*m.high, Decimal(6000000));

  m = Only("七八十");
  EXPECT_EQ(m.value, Decimal(70));
  EXPECT_EQ(*m.high, Decimal(80));

  ExpectAll({{"数月", ""}, {"几个", ""}, {"上海", ""}, {"大多数十分重要", ""}, {"海滩上拾取贝壳", ""},
             {"数十分钟", "数十=10"}});
}

TEST(NumeralTest, Fractions) {
  NumeralMatch m = Only("十分之一");
  EXPECT_TRUE(m.fraction);
  EXPECT_EQ(m.value.ToString(), "0.1");
  EXPECT_EQ(Only("三分之二").value.ToString(), "0.66666666666666666667");
  EXPECT_EQ(Only("16分之5").value.ToString(), "0.3125");
  EXPECT_EQ(Only("三百五又三分之一").value.ToString(), "350.33333333333333333");
  EXPECT_EQ(Only("负一又二分之一").value.ToString(), "-1.5");
  EXPECT_EQ(Only("负3分之负一百五十七").value.ToString(), "52.333333333333333333");
  m = Only("one-third");
  EXPECT_TRUE(m.fraction);
  EXPECT_EQ(m.value.ToString(), "0.33333333333333333333");
  EXPECT_EQ(Describe("百分之五十"), "五十=50");
  EXPECT_EQ(Describe("二分之。"), "二=2");
}

TEST(NumeralTest, EnglishWords) {
  ExpectAll({{"two", "two=2"},
             {"twenty-one", "twenty-one=21"},
             {"a dozen eggs", "a dozen=12"},
             {"one hundred", "one hundred=100"},
             {"Three Million", "Three Million=3000000"},
             {"one hundred and five", "one hundred and five=105"},
             {"someone", ""},
             {"one", "one=1"},
             {"a book", ""},
             {"two thirds", "two thirds=0.66666666666666666667"},
             {"a quarter of them", "a quarter=0.25"},
             {"a third party", ""}});
}

TEST(NumeralTest, WordsThatAreNotNumerals) {
  ExpectAll({{"一切", ""},
             {"统一", ""},
             {"一些人", ""},
             {"万一出事", ""},
             {"三星电子", ""},
             {"收拾一下", ""},
             {"陆地", ""},
             {"叁", "叁=3"},
             {"第一", "一=1"},
             {"十分重要", ""},
             {"千万不要", ""},
             {"一千万不到", "一千万=10000000"},
             {"一打开门", "一=1"},
             {"三分之一的人", "三分之一=0.33333333333333333333"}});
}

TEST(NumeralTest, EmptyAndOddInput) {
  EXPECT_TRUE(FindNumerals("", Table()).empty());
  EXPECT_FALSE(ScanNumeral("", 0, Table()));
  EXPECT_FALSE(ScanNumeral("abc", 10, Table()));
  EXPECT_TRUE(FindNumerals("\xff\xfe 点 分之 又", Table()).empty());
}

TEST(NumeralTest, FiveHundredDigitNumber) {
  const std::string digits(500, '7');
  NumeralMatch m = Only(digits);
  EXPECT_EQ(m.value.ToString(), digits);
  EXPECT_EQ(Only(digits + "亿").value.ToString(), digits + "00000000");
}

TEST(NumeralTest, OverlongDigitRunIsSkippedWhole) {
  const std::string digits(5000, '3');
  EXPECT_TRUE(FindNumerals(digits, Table()).empty());
  EXPECT_EQ(Describe(digits + " 12"), "12=12");
  std::string chinese;
  for (int i = 0; i < 5000; ++i) chinese += "三";
  EXPECT_TRUE(FindNumerals(chinese, Table()).empty());
}

template <typename F>
double Seconds(F f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(NumeralTest, MillionWanCharactersFinishFast) {
  std::string text;
  for (int i = 0; i < 1000000; ++i) text += "万";
  std::vector<NumeralMatch> found;
  EXPECT_LT(Seconds([&] { found = FindNumerals(text, Table()); }), 5.0);
  EXPECT_TRUE(found.empty());
  text = "1" + text;
  EXPECT_LT(Seconds([&] { found = FindNumerals(text, Table()); }), 5.0);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].value.ToString(), "1" + std::string(24, '0'));
}

TEST(NumeralTest, FiftyMegabytesOfDigitsFinishFast) {
  const std::string digits(50u << 20, '9');
  EXPECT_LT(Seconds([&] { EXPECT_TRUE(FindNumerals(digits, Table()).empty()); }), 10.0);
}

class NumeralRulesTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& body) {
    path_ = ::testing::TempDir() + "numerals_bad_" + std::to_string(++counter_) + ".yaml";
    std::ofstream(path_) << body;
    return path_;
  }
  void TearDown() override { std::remove(path_.c_str()); }
  std::string path_;
  static inline int counter_ = 0;
};

TEST_F(NumeralRulesTest, ShippedRulesLoad) {
  auto t = LoadNumeralTable(FIGCHECK_SOURCE_DIR "/rules/numerals.yaml");
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->digits.at(U'五'), 5);
  EXPECT_EQ(t->large_units.at(U'亿'), 8);
  EXPECT_TRUE(t->english_scale_abbreviations.count("bn"));
  EXPECT_TRUE(t->scale_led_units.empty());
}

TEST_F(NumeralRulesTest, BadDigitValueNamesFileAndLine) {
  const std::string path = Write("digits:\n  一: 1\n  二: 12\nsmall_units: {十: 1}\nlarge_units: {万: 4}\n");
  auto t = LoadNumeralTable(path);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find(path + ":3:"), std::string::npos) << t.status().message();
  EXPECT_NE(t.status().message().find("digits value must be"), std::string::npos);
}

TEST_F(NumeralRulesTest, SyntaxErrorNamesFileAndLine) {
  const std::string path = Write("digits:\n  一: 1\n  二: [2\nsmall_units: {十: 1}\n");
  auto t = LoadNumeralTable(path);
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find(path + ":"), std::string::npos) << t.status().message();
}

TEST_F(NumeralRulesTest, OtherMistakes) {
  auto unknown = LoadNumeralTable(Write("digits: {一: 1}\nsmall_units: {十: 1}\nlarge_units: {万: 4}\ndigit: {}\n"));
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find(":4: unknown section 'digit'"), std::string::npos)
      << unknown.status().message();
  auto two_chars = LoadNumeralTable(Write("digits: {一一: 1}\nsmall_units: {十: 1}\nlarge_units: {万: 4}\n"));
  ASSERT_FALSE(two_chars.ok());
  EXPECT_NE(two_chars.status().message().find(":1:"), std::string::npos);
  auto upper = LoadNumeralTable(Write("digits: {一: 1}\nsmall_units: {十: 1}\nlarge_units: {万: 4}\n"
                                      "english_words: {One: 1}\n"));
  ASSERT_FALSE(upper.ok());
  auto missing = LoadNumeralTable(Write("digits: {一: 1}\n"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing section 'small_units'"), std::string::npos);
  auto absent = LoadNumeralTable("/nonexistent/numerals.yaml");
  ASSERT_FALSE(absent.ok());
  EXPECT_NE(absent.status().message().find("/nonexistent/numerals.yaml"), std::string::npos);
}

}  // namespace
}  // namespace figcheck

namespace figcheck {
namespace {

// An Arabic number is read again by the Chinese reader only when a Chinese
// numeral part can follow it; either way the numeral is the whole of it.
// (Text as the recogniser sees it: normalised, so Simplified.)
TEST(NumeralTest, ArabicNumbersWithAndWithoutChinesePartsAfter) {
  const NumeralTable& t = Table();
  for (const char* after : {"亿", " 万", "千", "点五", "多", "余", "分之3", "又三分之一", "几", "两"}) {
    EXPECT_TRUE(numeral_internal::ChineseNumeralMayContinue(after, 0, t)) << after;
  }
  for (const char* after : {"年", "%", "美元", " people", "", ".", "、", "-"}) {
    EXPECT_FALSE(numeral_internal::ChineseNumeralMayContinue(after, 0, t)) << after;
  }
  ExpectAll({
      {"2024年营收5亿元", "2024=2024 | 5亿=500000000"},
      {"3万5千人", "3万5千=35000"},
      {"16分之5", "16分之5=0.3125"},
      {"12.5%的股份", "12.5=12.5"},
      {"20多家公司", "20多=20"},
      {"1,234 people", "1,234=1234"},
  });
}

}  // namespace
}  // namespace figcheck
