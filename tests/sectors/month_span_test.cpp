// Splitting time into pieces of calendar months.
#include "sectors/month_span.hpp"

#include <gtest/gtest.h>

namespace jez::sectors {
namespace {

constexpr double kDay = 86400.0;

TEST(MonthSpans, AnIntervalAcrossAMonthEndSplitsIntoTwoPieces) {
  // 2021-01-16 00:00 to 2021-02-15 00:00: the last 16 days of January, the first 14 of February.
  const auto spans = month_spans({2021, 1}, 15 * kDay, 45 * kDay);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].month, 1);
  EXPECT_DOUBLE_EQ(spans[0].day_from, 15);
  EXPECT_DOUBLE_EQ(spans[0].day_to, 31);
  EXPECT_EQ(spans[1].month, 2);
  EXPECT_DOUBLE_EQ(spans[1].days(), 14);
  EXPECT_DOUBLE_EQ(spans[1].fraction_of_month(), 0.5);  // February 2021 has 28 days
}

TEST(MonthSpans, AQuarterFromNovemberCrossesTheYearAndCoversWholeMonths) {
  // 2023-11-01 + 30 + 31 + 31 days = 2024-02-01.
  const auto spans = month_spans({2023, 11}, 0, 92 * kDay);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[2].year, 2024);
  EXPECT_EQ(spans[2].month, 1);
  for (const MonthSpan& s : spans) EXPECT_DOUBLE_EQ(s.fraction_of_month(), 1.0);
  EXPECT_TRUE(month_spans({2023, 11}, 5 * kDay, 5 * kDay).empty());
}

TEST(MonthSpans, FractionOfYearUsesTheYearsOwnLength) {
  EXPECT_DOUBLE_EQ(whole_month(2024, 2).fraction_of_year(), 29.0 / 366);
  EXPECT_DOUBLE_EQ(whole_month(2023, 2).fraction_of_year(), 28.0 / 365);
  EXPECT_DOUBLE_EQ(whole_month(2023, 4).hours(), 720);
  EXPECT_EQ(months_between(2020, 5, 2023, 10), 41);
}

}  // namespace
}  // namespace jez::sectors
