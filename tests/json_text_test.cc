// JSON text written directly (reports/json_text.h, AppendClaimJson) against
// what nlohmann::json dumps for the same value: byte for byte the same.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "checker/claims/extract.h"
#include "checker/document/loader.h"
#include "reports/claim_format.h"
#include "reports/json_text.h"
#include "tests/claim_fixtures.h"
#include "tests/test_util.h"

namespace figcheck {
namespace {

std::string Direct(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}
std::string Direct(double v) {
  std::string out;
  AppendJsonDouble(v, &out);
  return out;
}
std::string Dumped(const nlohmann::json& j) { return DumpJson(j); }

TEST(JsonTextTest, StringsAreEscapedAsNlohmannDumpsThem) {
  std::vector<std::string> cases = {
      "", "plain", "營收 1.5 兆元", "quote \" and backslash \\", "tab\tnew\nline\rret\bback\fform",
      std::string("nul \0 byte", 10), "\x01\x1f\x7f", "emoji 😀 and 𠀀", "</script><!--", "\u2028\u2029",
      "%0A::error::x", "\x1b[31mred\x1b[0m",
  };
  for (int c = 0; c < 0x20; ++c) cases.push_back(std::string(1, static_cast<char>(c)) + "x");
  for (const std::string& s : cases) EXPECT_EQ(Direct(s), Dumped(s)) << s;
}

TEST(JsonTextTest, MalformedUtf8IsReplacedAsNlohmannReplacesIt) {
  const std::vector<std::string> cases = {
      "\xff", "a\xc3", "\xc0\xaf overlong", "\xed\xa0\x80 surrogate", "\xf4\x90\x80\x80 past U+10FFFF",
      "ok \xe4\xb8 cut", "\xe4\xb8\xad\x80",
  };
  for (const std::string& s : cases) EXPECT_EQ(Direct(s), Dumped(s)) << s;
}

TEST(JsonTextTest, DoublesAreWrittenAsNlohmannDumpsThem) {
  const std::vector<double> cases = {0.0, -0.0, 1.0, 0.5, 0.857, 0.001, 0.1, 0.3, 2.0 / 3, 1e-4, 2e-4, 1.5e-5,
                                     99999.5, 1e5, 123456.0, 1e14, 1e15, 1e16, 1e300, -0.25, 1e-300};
  for (double v : cases) EXPECT_EQ(Direct(v), Dumped(v)) << v;
  for (int i = 0; i <= 1000; ++i) {
    const double v = i / 1000.0;
    EXPECT_EQ(Direct(v), Dumped(v)) << v;
  }
}

// Every claim of the seeds and of hand-made claims with nulls, aspects and
// odd text: AppendClaimJson is DumpJson(ClaimToJson(c)).
TEST(JsonTextTest, ClaimLinesAreTheDumpOfTheClaimObject) {
  std::vector<Claim> claims;
  for (const auto& entry : std::filesystem::directory_iterator(testing::SourceDir() + "/seeds")) {
    auto doc = LoadDocument(entry.path().string(), LoadOptions{});
    ASSERT_TRUE(doc.ok()) << entry.path();
    for (Claim& c : ExtractClaims(*doc, testing::ShippedRules())) claims.push_back(std::move(c));
  }
  ASSERT_GT(claims.size(), 100u);
  Claim bare = testing::CountClaim("dir/\"odd\"\n.md", 3, "", "", "500000000");
  claims.push_back(bare);
  Claim full = testing::CountClaim("a.txt", 7, "OpenAI", "weekly_users", "800000000", "2025-10-06");
  full.qualifier = Qualifier::kOver;
  full.low = FigureValue::Read(Dimension::kCount, "700000000");
  full.high = FigureValue::Read(Dimension::kCount, "900000000");
  full.aspects = {Aspect::Parse("part 先进制程"), Aspect::Parse("region \\ \"x\"")};
  full.confidence = 0.8567;
  claims.push_back(full);
  int with_aspects = 0, with_entity = 0;
  for (const Claim& c : claims) {
    std::string line;
    AppendClaimJson(c, &line);
    ASSERT_EQ(line, DumpJson(ClaimToJson(c))) << testing::ClaimFields(c);
    with_aspects += !c.aspects.empty();
    with_entity += !c.entity.empty();
  }
  EXPECT_GT(with_aspects, 0);
  EXPECT_GT(with_entity, 0);
}

}  // namespace
}  // namespace figcheck
