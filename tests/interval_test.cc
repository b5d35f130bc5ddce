// Intervals: the values a stated figure allows.
#include "checker/compare/interval.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

Claim Figure(const char* value, Qualifier q = Qualifier::kExact, const char* resolution = nullptr) {
  Claim c;
  c.value = FigureValue::Read(Dimension::kCount, value);
  c.qualifier = q;
  if (resolution != nullptr) c.resolution = Decimal::Parse(resolution);
  return c;
}

bool Agree(const Claim& a, const Claim& b) {
  const CheckSettings s;
  auto x = NumericInterval(a, s), y = NumericInterval(b, s);
  EXPECT_TRUE(x && y);
  return Meet(*x, *y);
}

TEST(IntervalTest, HalfAUnitOfTheLastWrittenDigitEitherWayExclusive) {
  // 225萬 and 226萬 touch at 2,255,000, which neither allows.
  EXPECT_FALSE(Agree(Figure("2250000", Qualifier::kExact, "10000"), Figure("2260000", Qualifier::kExact, "10000")));
  // 1.8 million allows 1,750,000 to 1,850,000.
  EXPECT_TRUE(Agree(Figure("1800000", Qualifier::kExact, "100000"), Figure("1808581", Qualifier::kExact, "1")));
  // 595,412 and 595,413 are exact counts.
  EXPECT_FALSE(Agree(Figure("595412", Qualifier::kExact, "1"), Figure("595413", Qualifier::kExact, "1")));
}

TEST(IntervalTest, WithoutAResolutionTheRelativeRoundingApplies) {
  EXPECT_TRUE(Agree(Figure("6000000"), Figure("5990000")));  // 0.17 % apart
  EXPECT_FALSE(Agree(Figure("6000000"), Figure("5900000")));
}

TEST(IntervalTest, AboutWidensByItsMargin) {
  EXPECT_TRUE(Agree(Figure("6000000", Qualifier::kAbout), Figure("5576000", Qualifier::kExact, "1000")));
  EXPECT_FALSE(Agree(Figure("6000000", Qualifier::kAbout), Figure("5000000", Qualifier::kExact, "1000")));
}

TEST(IntervalTest, OverAndUnderSpeakOfTheMagnitude) {
  // "fell more than 7%" (-7, over) includes -8 and excludes -5.
  EXPECT_TRUE(Agree(Figure("-7", Qualifier::kOver), Figure("-8", Qualifier::kExact, "1")));
  EXPECT_FALSE(Agree(Figure("-7", Qualifier::kOver), Figure("-5", Qualifier::kExact, "1")));
  // "over 500 million" includes 600 million and excludes 400 million.
  EXPECT_TRUE(Agree(Figure("500000000", Qualifier::kOver), Figure("600000000", Qualifier::kExact, "100000000")));
  EXPECT_FALSE(Agree(Figure("500000000", Qualifier::kOver), Figure("400000000", Qualifier::kExact, "100000000")));
  // "a fall of less than 7%" lies between -7 and 0.
  EXPECT_TRUE(Agree(Figure("-7", Qualifier::kUnder), Figure("-5", Qualifier::kExact, "1")));
}

}  // namespace
}  // namespace figcheck
