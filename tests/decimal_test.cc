#include "checker/quantity/decimal.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

Decimal D(const char* s) { return *Decimal::Parse(s); }

TEST(DecimalTest, ParsesSeparatorsAndFractions) {
  EXPECT_EQ(D("2,120").ToString(), "2120");
  EXPECT_EQ(D("1.4").ToString(), "1.4");
  EXPECT_EQ(D("-3.50").ToString(), "-3.5");
  EXPECT_EQ(D("0.09").ToString(), "0.09");
  EXPECT_FALSE(Decimal::Parse("1e5"));
  EXPECT_FALSE(Decimal::Parse("1,2"));     // a group after a separator has exactly 3 digits
  EXPECT_FALSE(Decimal::Parse("1234,567"));
  EXPECT_EQ(D("1,789,226").ToString(), "1789226");
  EXPECT_FALSE(Decimal::Parse(""));
  EXPECT_FALSE(Decimal::Parse("12a"));
}

TEST(DecimalTest, ExactArithmeticWithoutExponent) {
  EXPECT_EQ((D("1.4") * Decimal(1).ScaledByPowerOfTen(12)).ToString(), "1400000000000");
  EXPECT_EQ((D("2120") * Decimal(1).ScaledByPowerOfTen(8)).ToString(), "212000000000");
  EXPECT_EQ((D("0.1") + D("0.2")).ToString(), "0.3");
  EXPECT_EQ((D("4.78") * Decimal(1).ScaledByPowerOfTen(12)).ToString(), "4780000000000");
  EXPECT_EQ((D("9") * D("0.01")).ToString(), "0.09");
}

TEST(DecimalTest, DivisionRoundsToSignificantDigits) {
  EXPECT_EQ(D("1").DividedBy(D("10"))->ToString(), "0.1");
  EXPECT_EQ(D("2").DividedBy(D("3"), 5)->ToString(), "0.66667");
  EXPECT_EQ(D("5").DividedBy(D("16"))->ToString(), "0.3125");
  EXPECT_FALSE(D("1").DividedBy(Decimal()));
}

TEST(DecimalTest, ComparesAcrossScales) {
  EXPECT_EQ(D("1.50"), D("1.5"));
  EXPECT_LT(D("0.999"), D("1"));
  EXPECT_GT(D("-1"), D("-2"));
}

TEST(DecimalTest, HugeNumbersStayExact) {
  const std::string nines(500, '9');
  auto d = Decimal::Parse(nines);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->ToString(), nines);
  EXPECT_EQ((*d + Decimal(1)).ToString(), "1" + std::string(500, '0'));
  EXPECT_FALSE(Decimal::Parse(std::string(Decimal::kMaxDigits + 1, '1')));
}

TEST(DecimalTest, TrailingZerosAreStrippedOnEitherSideOfAMachineWord) {
  // Equal values are equal however written: the fast path (fits 64 bits) and
  // the long one must agree, negatives included.
  EXPECT_EQ(D("-120000").ToString(), "-120000");
  EXPECT_EQ(D("9223372036854775800") <=> D("9223372036854775800.000"), std::strong_ordering::equal);
  EXPECT_EQ(D("92233720368547758070").ToString(), "92233720368547758070");  // beyond a word
  EXPECT_EQ(D("-92233720368547758070") <=> D("-92233720368547758070.00"), std::strong_ordering::equal);
  EXPECT_EQ(D("-92233720368547758070.00").ToString(), "-92233720368547758070");
  EXPECT_EQ((D("0.5") + D("0.5")).ToString(), "1");
}

}  // namespace
}  // namespace figcheck
