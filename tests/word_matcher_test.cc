#include "checker/rules/word_matcher.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(WordMatcherTest, LongestMatchWins) {
  WordMatcher m;
  m.Add("瓦", 1);
  m.Add("瓦时", 2);
  m.Add("千兆瓦", 3);
  auto r = m.MatchAt("10瓦时电", 2);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->payload, 2);
  EXPECT_EQ(r->length, std::string("瓦时").size());
  EXPECT_EQ(m.MatchAt("千兆瓦的", 0)->payload, 3);
  EXPECT_FALSE(m.MatchAt("电力", 0));
}

TEST(WordMatcherTest, LatinWordsRespectBoundariesAndCase) {
  WordMatcher m;
  m.Add("W", 1, /*case_sensitive=*/true);
  m.Add("Wh", 2, true);
  m.Add("percent", 3);
  EXPECT_EQ(m.MatchAt("10Wh", 2)->payload, 2);
  EXPECT_EQ(m.MatchAt("10W of", 2)->payload, 1);
  EXPECT_FALSE(m.MatchAt("10w", 2));         // case-sensitive symbol
  EXPECT_FALSE(m.MatchAt("10 Watts", 3));    // W must not match inside a word
  EXPECT_EQ(m.MatchAt("5 Percent", 2)->payload, 3);
  EXPECT_FALSE(m.MatchAt("5 percentage", 2));
}

TEST(WordMatcherTest, MatchesEndingAtAPosition) {
  WordMatcher m;
  m.Add("超过", 1);
  m.Add("US$", 2, true);
  m.Add("more than", 3);
  std::string t = "用户超过5亿";
  EXPECT_EQ(m.MatchEndingAt(t, t.find("5"))->payload, 1);
  std::string u = "cost US$5";
  EXPECT_EQ(m.MatchEndingAt(u, u.find("5"))->payload, 2);
  std::string v = "More than 500";
  EXPECT_EQ(m.MatchEndingAt(v, v.find(" 5"))->payload, 3);
  EXPECT_FALSE(m.MatchEndingAt("xmore than", 10));
}

}  // namespace
}  // namespace figcheck
