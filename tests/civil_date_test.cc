// CivilDate: dates at a stated precision, compared as the engine compares as-of dates.
#include "checker/util/civil_date.h"

#include <gtest/gtest.h>

namespace figcheck {
namespace {

CivilDate Iso(const char* s) { return *CivilDate::ParseIso(s); }

TEST(CivilDateTest, OrdersByFirstDayThenCoarserFirst) {
  EXPECT_TRUE(Iso("2024-12") < Iso("2025"));
  EXPECT_TRUE(Iso("2025") < Iso("2025-01"));
  EXPECT_TRUE(Iso("2025-01") < Iso("2025-01-01"));
  EXPECT_FALSE(Iso("2025-01-01") < Iso("2025-01"));
  EXPECT_TRUE(Iso("2025-12-23") < Iso("2026"));
  EXPECT_FALSE(Iso("2025") < Iso("2025"));
}

TEST(CivilDateTest, SharesAPeriodAtTheCoarserPrecision) {
  EXPECT_TRUE(Iso("2025").SharesPeriodWith(Iso("2025-05-12")));
  EXPECT_TRUE(Iso("2025-05-31").SharesPeriodWith(Iso("2025-05")));
  EXPECT_TRUE(Iso("2025-05-12").SharesPeriodWith(Iso("2025-05-12")));
  EXPECT_FALSE(Iso("2025-05-12").SharesPeriodWith(Iso("2025-05-13")));
  EXPECT_FALSE(Iso("2025-05").SharesPeriodWith(Iso("2025-06-01")));
  EXPECT_FALSE(Iso("2024").SharesPeriodWith(Iso("2025-01")));
}

TEST(CivilDateTest, IsoTextRoundTripsAtItsPrecision) {
  for (const char* s : {"2024", "2024-12", "2025-12-23"}) EXPECT_EQ(Iso(s).ToIso(), s);
  EXPECT_FALSE(CivilDate::ParseIso("2025-13"));
  EXPECT_FALSE(CivilDate::ParseIso("25-01"));
}

}  // namespace
}  // namespace figcheck
