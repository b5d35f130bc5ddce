// End-to-end behaviour of the figcheck binary: output contract, determinism,
// standard input, and bad input that must never crash or lose other files.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "tests/test_util.h"

namespace figcheck {
namespace {

namespace fs = std::filesystem;
using testing::RunFigcheck;

std::string Write(const std::string& name, const std::string& bytes) {
  const std::string path = testing::TempDir() + "/" + name;
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string ToCharset(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(n);
  return out;
}

const char kArticle[] =
    "date 2025-05-12\n"
    "奧特曼在聽證會上透露，ChatGPT目前每週有超過5億用戶使用。\n"
    "該公司營收在兩年內成長12,000%，2024年達到19億美元，約新台幣 1.8 億元的成本。\n";

TEST(CliTest, ClaimsFollowTheContract) {
  const std::string path = Write("contract/a.txt", kArticle);
  auto r = RunFigcheck("claims --format jsonl " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto claims = testing::ParseJsonl(r.out);
  ASSERT_GE(claims.size(), 4u);
  for (const auto& c : claims) {
    for (const char* field : {"doc", "line", "column", "text", "entity", "metric", "dimension", "value", "unit",
                              "qualifier", "low", "high", "as_of"}) {
      EXPECT_TRUE(c.contains(field)) << field << " missing in " << c.dump();
    }
  }
  EXPECT_EQ(claims[0]["doc"], path);
  EXPECT_EQ(claims[0]["line"], 2);
  EXPECT_EQ(claims[0]["text"], "超過5億用戶");
  EXPECT_EQ(claims[0]["column"], 24);  // code points, not bytes
  EXPECT_EQ(claims[0]["value"], "500000000");
  EXPECT_EQ(claims[0]["qualifier"], "over");
}

TEST(CliTest, OutputIsTheSameWhateverTheNumberOfJobs) {
  const std::string seeds = testing::SourceDir() + "/seeds";
  auto one = RunFigcheck("claims --jobs 1 " + seeds);
  auto two = RunFigcheck("claims --jobs 2 " + seeds);
  ASSERT_EQ(one.exit_code, 0);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, two.out);
}

TEST(CliTest, ReadsOneDocumentFromStandardInput) {
  auto r = RunFigcheck("claims --published 2025-05-12 -", "今年初推出，超過6億次下載");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto claims = testing::ParseJsonl(r.out);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0]["value"], "2025-01");
  EXPECT_EQ(claims[1]["doc"], "-");
}

TEST(CliTest, NumbersListsEveryMention) {
  auto r = RunFigcheck("numbers --format jsonl -", "一百五十二個，3.5%，US$20\n合計 7");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto m = testing::ParseJsonl(r.out);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0]["value"], "152");
  EXPECT_EQ(m[1]["unit"], "%");
  EXPECT_EQ(m[2]["unit"], "USD");
  EXPECT_EQ(m[3]["line"], 2);
}

TEST(CliTest, BadFilesAreNamedAndTheRestIsStillReported) {
  const std::string dir = testing::TempDir() + "/mixed";
  Write("mixed/a_good.txt", kArticle);
  Write("mixed/b_binary.txt", std::string("\x7f" "ELF\0\0\0\x01\x02\x03", 10) + std::string(200, '\0'));
  Write("mixed/c_bad_utf8.txt", "營收\xff\xfe\xfd 19億美元 \x80\x81");
  Write("mixed/d_empty.txt", "");
  Write("mixed/e_big5.txt", ToCharset(kArticle, "Big5"));
  Write("mixed/f_gb18030.txt", ToCharset("营收达到19亿美元，超过5亿用户。", "GB18030"));
  auto r = RunFigcheck("claims " + dir);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("b_binary.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("c_bad_utf8.txt"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("a_good.txt"), std::string::npos) << r.err;
  auto claims = testing::ParseJsonl(r.out);
  size_t good = 0, big5 = 0, gb = 0;
  for (const auto& c : claims) {
    const std::string doc = c["doc"];
    good += doc.ends_with("a_good.txt");
    big5 += doc.ends_with("e_big5.txt");
    gb += doc.ends_with("f_gb18030.txt");
  }
  EXPECT_GE(good, 4u);
  EXPECT_EQ(big5, good);  // the same article in Big5 gives the same claims
  EXPECT_EQ(gb, 2u);
}

TEST(CliTest, MissingPathIsAUsageError) {
  auto r = RunFigcheck("claims /nonexistent/figcheck/file.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/figcheck/file.txt"), std::string::npos);
}

TEST(CliTest, HugeNumbersStayExact) {
  const std::string nines(500, '9');
  auto r = RunFigcheck("claims -", "營收 " + nines + " 美元");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto claims = testing::ParseJsonl(r.out);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0]["value"], nines);
}

TEST(CliTest, FiftyMegabyteLineDoesNotBreakAnything) {
  std::string line;
  line.reserve(50u << 20);
  // Mostly prose, a figure now and then: a 50 MB paragraph must stream, not stall.
  std::string unit;
  while (unit.size() < 8192) unit += "這是一段沒有數字的文字，用來填滿整個段落。";
  unit += "營收達19億美元，用戶超過5億人。";
  while (line.size() < (50u << 20)) line += unit;
  const std::string path = Write("huge/line.txt", line + "\n");
  auto r = RunFigcheck("claims --format jsonl " + path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const size_t lines = std::count(r.out.begin(), r.out.end(), '\n');
  EXPECT_EQ(lines, 2 * (line.size() / unit.size()));
  fs::remove(path);
}

TEST(CliTest, MalformedRuleFileIsNamedWithItsLine) {
  const std::string dir = testing::TempDir() + "/badrules";
  fs::remove_all(dir);
  fs::copy(testing::SourceDir() + "/rules", dir, fs::copy_options::recursive);
  {
    std::ofstream(dir + "/units.yaml", std::ios::app) << "  - id: broken\n    dimension: powr\n    unit: W\n";
  }
  auto lint = RunFigcheck("rules lint " + dir);
  EXPECT_EQ(lint.exit_code, 2);
  EXPECT_NE(lint.err.find("units.yaml:"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("powr"), std::string::npos) << lint.err;
  auto claims = RunFigcheck("claims --rules " + dir + " -", "19億美元");
  EXPECT_EQ(claims.exit_code, 2);
  EXPECT_NE(claims.err.find("units.yaml:"), std::string::npos);
  {
    std::ofstream(dir + "/dates.yaml", std::ios::trunc) << "patterns:\n  - {id: x, claim: always, re: '(unclosed'}\n";
  }
  auto lint2 = RunFigcheck("rules lint " + dir);
  EXPECT_NE(lint2.err.find("dates.yaml:2:"), std::string::npos) << lint2.err;
  EXPECT_TRUE(RunFigcheck("rules lint").exit_code == 0);
}

TEST(CliTest, AWordSplitAtAnUnquotedCommaIsALintError) {
  // YAML reads [per 1,000] as "per 1" and "000"; "000" would match inside every 1,000.
  const std::string dir = testing::TempDir() + "/splitword";
  fs::remove_all(dir);
  fs::copy(testing::SourceDir() + "/rules", dir, fs::copy_options::recursive);
  {
    std::ofstream(dir + "/entities.yaml", std::ios::app) << "  - {name: Foo, kind: company, aliases: [Foo, 1,000]}\n";
  }
  auto lint = RunFigcheck("rules lint " + dir);
  EXPECT_EQ(lint.exit_code, 2);
  EXPECT_NE(lint.err.find("entities.yaml:"), std::string::npos) << lint.err;
  EXPECT_NE(lint.err.find("is digits alone"), std::string::npos) << lint.err;
}

TEST(CliTest, ReferencesBetweenRulesAreChecked) {
  // A unit's aspect must be an aspect of metrics.yaml; compare_as must name a metric of the same
  // kind; a metric's setting must be one of its words (a typo is no silent default).
  struct Edit {
    std::string file, from, to, expected;  // replace `from` (empty: append `to`)
  };
  const Edit edits[] = {
      {"units.yaml", "", "  - {id: widget, dimension: count, unit: count, factor: 1, after: [widgets], aspect: chnage}\n",
       "aspect 'chnage'"},
      {"metrics.yaml", "compare_as: growth,", "compare_as: revenue,", "compare_as 'revenue'"},
      {"metrics.yaml", "per_period: true,", "per_period: yes,", "per_period can only be 'true', 'false'"},
      {"entities.yaml", "of: Tesla,", "of: Tesler,", "of 'Tesler' names no entity"}};
  const std::string dir = testing::TempDir() + "/badrefs";
  for (const Edit& e : edits) {
    fs::remove_all(dir);
    fs::copy(testing::SourceDir() + "/rules", dir, fs::copy_options::recursive);
    std::ifstream in(dir + "/" + e.file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (e.from.empty()) {
      text += e.to;
    } else {
      ASSERT_NE(text.find(e.from), std::string::npos) << e.from;
      text.replace(text.find(e.from), e.from.size(), e.to);
    }
    std::ofstream(dir + "/" + e.file, std::ios::trunc) << text;
    auto lint = RunFigcheck("rules lint " + dir);
    EXPECT_EQ(lint.exit_code, 2) << e.expected;
    EXPECT_NE(lint.err.find(e.file), std::string::npos) << lint.err;
    EXPECT_NE(lint.err.find(e.expected), std::string::npos) << lint.err;
    EXPECT_EQ(RunFigcheck("claims --rules " + dir + " -", "19億美元").exit_code, 2) << e.expected;
  }
}

TEST(CliTest, AddingAUnitNeedsNoRecompile) {
  const std::string dir = testing::TempDir() + "/morerules";
  fs::remove_all(dir);
  fs::copy(testing::SourceDir() + "/rules", dir, fs::copy_options::recursive);
  {
    std::ofstream(dir + "/units.yaml", std::ios::app)
        << "  - id: zar\n    dimension: currency\n    unit: ZAR\n    after: [南非蘭特, rand]\n";
  }
  auto r = RunFigcheck("claims --rules " + dir + " -", "成本為300萬南非蘭特");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto claims = testing::ParseJsonl(r.out);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0]["unit"], "ZAR");
  EXPECT_EQ(claims[0]["value"], "3000000");
}

}  // namespace
}  // namespace figcheck
