// StatedResolution: the unit of the last written digit.
#include "checker/quantity/resolution.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

std::string Resolution(const char* text, const char* value) {
  auto r = StatedResolution(text, *Decimal::Parse(value));
  return r ? r->ToString() : "none";
}

TEST(ResolutionTest, LastWrittenDigitSetsTheUnit) {
  EXPECT_EQ(Resolution("225萬", "2250000"), "10000");
  EXPECT_EQ(Resolution("160万", "1600000"), "10000");  // a written zero is a stated digit
  EXPECT_EQ(Resolution("1.8 million", "1800000"), "100000");
  EXPECT_EQ(Resolution("595,413", "595413"), "1");
  EXPECT_EQ(Resolution("12.08%", "12.08"), "0.01");
  EXPECT_EQ(Resolution("8.6%", "-8.6"), "0.1");          // a stated fall keeps its digits
  EXPECT_EQ(Resolution("415 terawatt-hours", "415000000000000"), "1000000000000");
}

TEST(ResolutionTest, UnreadableWritingsFallBack) {
  EXPECT_EQ(Resolution("四成", "40"), "none");             // Chinese numerals
  EXPECT_EQ(Resolution("42萬2,850", "422850"), "none");    // two digit runs
  EXPECT_EQ(Resolution("3 miles", "4.828"), "none");       // a conversion that is no power of ten
  EXPECT_EQ(Resolution("0", "0"), "none");
}

}  // namespace
}  // namespace figcheck
