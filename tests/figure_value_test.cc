// FigureValue: a claim's figure typed by its dimension, its text kept for the edges.
#include "checker/claims/figure_value.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

TEST(FigureValueTest, ANumberIsADecimalAndKeepsItsText) {
  const FigureValue v = FigureValue::Read(Dimension::kCurrency, "10000000000");
  ASSERT_TRUE(v.number());
  EXPECT_EQ(*v.number(), Decimal(Decimal::Int(1), 10));
  EXPECT_FALSE(v.date());
  EXPECT_EQ(v.Text(), "10000000000");
  EXPECT_EQ(FigureValue::Read(Dimension::kPercent, "-8.6").number()->ToString(), "-8.6");
}

TEST(FigureValueTest, ADateIsACivilDateAtItsPrecision) {
  const FigureValue month = FigureValue::Read(Dimension::kDate, "2024-12");
  ASSERT_TRUE(month.date());
  EXPECT_EQ(month.date()->precision, CivilDate::Precision::kMonth);
  EXPECT_EQ(month.date()->LastDay().ToIso(), "2024-12-31");
  EXPECT_FALSE(month.number());  // 2024-12 is no number, though it starts like one
  EXPECT_EQ(month.Text(), "2024-12");
}

TEST(FigureValueTest, ADurationAndUnreadableTextAreShownNeverCompared) {
  const FigureValue months = FigureValue::Read(Dimension::kDuration, "P18M");
  EXPECT_FALSE(months.number());
  EXPECT_FALSE(months.date());
  EXPECT_EQ(months.Text(), "P18M");
  const FigureValue edited = FigureValue::Read(Dimension::kCount, "about 5");  // a hand-edited ledger row
  EXPECT_FALSE(edited.number());
  EXPECT_EQ(edited.Text(), "about 5");
  EXPECT_FALSE(FigureValue::ReadOptional(Dimension::kCount, std::nullopt));
  EXPECT_EQ(FigureValue::ReadOptional(Dimension::kCount, std::string("7"))->Text(), "7");
}

}  // namespace
}  // namespace figcheck
