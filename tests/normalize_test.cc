#include "checker/text/normalize.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(NormalizeTest, FoldsWidthAndScript) {
  NormalizedText n = Normalize("超過５億用戶，約１２％");
  EXPECT_EQ(n.text, "超过5亿用户,约12%");
  EXPECT_TRUE(n.LooksTraditional());
  EXPECT_FALSE(Normalize("超过5亿用户").LooksTraditional());
}

TEST(NormalizeTest, OffsetMapPointsBackToSource) {
  const std::string src = "營收１.９億";
  NormalizedText n = Normalize(src);
  const size_t one = n.text.find('1');
  ASSERT_NE(one, std::string::npos);
  auto [b, e] = n.SourceSpan(one, n.text.size());
  EXPECT_EQ(src.substr(b, e - b), "１.９億");
  EXPECT_EQ(n.origin.size(), n.text.size() + 1);
}

TEST(NormalizeTest, RuleWordsFoldTheSameWay) {
  EXPECT_EQ(NormalizeString("新臺幣"), NormalizeString("新台币"));
  EXPECT_EQ(NormalizeString("萬億"), "万亿");
}

TEST(NormalizeTest, ALongCompatibilityExpansionIsKeptWhole) {
  // NFKC turns one code point into many bytes (U+FDFA: 33, U+3392 ㎒: "MHz"):
  // each cached folding is written out whole, and again on the second use.
  const std::string src = "\uFDFA \u3392 \uFDFA";
  NormalizedText n = Normalize(src);
  const std::string long_form = NormalizeString("\uFDFA");
  EXPECT_GT(long_form.size(), 12u);
  EXPECT_EQ(n.text, long_form + " MHz " + long_form);
  EXPECT_EQ(n.origin.size(), n.text.size() + 1);
}

}  // namespace
}  // namespace figcheck
