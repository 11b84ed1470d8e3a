// The fish plant's production model against hand-computed tonnes.
#include "sectors/fish_processing.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace jez::sectors {
namespace {

constexpr double kDay = 86400.0;
const std::array<double, 12> kFlat{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

TEST(FishProcessingCalendar, DaysInMonthFollowTheGregorianRules) {
  EXPECT_EQ(days_in_month(2023, 2), 28);
  EXPECT_EQ(days_in_month(2024, 2), 29);  // divisible by 4
  EXPECT_EQ(days_in_month(1900, 2), 28);  // century, not divisible by 400
  EXPECT_EQ(days_in_month(2000, 2), 29);  // divisible by 400
  EXPECT_EQ(days_in_month(2021, 4), 30);
  EXPECT_EQ(days_in_month(2021, 12), 31);
}

TEST(FishPlantOutput, FlatProfileGivesHalfAMonthInFifteenDaysOfAThirtyDayMonth) {
  // 1200 t/year flat: 100 t each month; April 2021 has 30 days, so 15 days make 50 t.
  const FishPlantOutput plant(1200, kFlat);
  EXPECT_DOUBLE_EQ(plant.month_output_t(4), 100);
  EXPECT_DOUBLE_EQ(plant.produced_between_t({2021, 4}, 0, 15 * kDay), 50);
  EXPECT_DOUBLE_EQ(plant.produced_in_month_t(2021, 4, 0, 15), 50);
  EXPECT_DOUBLE_EQ(plant.rate_t_per_day(2021, 4), 100.0 / 30);
}

TEST(FishPlantOutput, AnIntervalAcrossAMonthEndTakesEachMonthsOwnDailyRate) {
  // From 2021-01-16 00:00 to 2021-02-15 00:00 with 100 t/month: January has 31 days, of which
  // the last 16 count (100*16/31 t); February 2021 has 28, of which 14 count (50 t).
  const FishPlantOutput plant(1200, kFlat);
  const double t0 = 15 * kDay, t1 = (31 + 14) * kDay;
  EXPECT_NEAR(plant.produced_between_t({2021, 1}, t0, t1), 100.0 * 16 / 31 + 50, 1e-9);
}

TEST(FishPlantOutput, MonthsWithAZeroProfileProduceNothing) {
  // 4000 t/year over June..September only: 1000 t in each of those months.
  const FishPlantOutput plant(4000, {0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0});
  const TimeOrigin jan2022{2022, 1};
  const double june1 = (31 + 28 + 31 + 30 + 31) * kDay;  // 151 days after 2022-01-01
  EXPECT_DOUBLE_EQ(plant.produced_between_t(jan2022, 0, june1), 0);
  EXPECT_DOUBLE_EQ(plant.produced_between_t(jan2022, june1, june1 + 15 * kDay), 500);
  EXPECT_DOUBLE_EQ(plant.month_output_t(12), 0);
  // The whole of 2022 still makes 4000 t.
  EXPECT_NEAR(plant.produced_between_t(jan2022, 0, 365 * kDay), 4000, 1e-9);
}

TEST(FishPlantOutput, AYearSumsToTheYearlyOutputInLeapAndCommonYears) {
  // Profile 1..12 (sum 78) on 7800 t/year: month m makes 100*m t whatever its length.
  std::array<double, 12> rising{};
  for (int m = 0; m < 12; ++m) rising[m] = m + 1;
  const FishPlantOutput plant(7800, rising);
  EXPECT_DOUBLE_EQ(plant.month_output_t(2), 200);
  EXPECT_DOUBLE_EQ(plant.rate_t_per_day(2024, 2), 200.0 / 29);  // leap February
  EXPECT_DOUBLE_EQ(plant.rate_t_per_day(2023, 2), 200.0 / 28);
  EXPECT_NEAR(plant.produced_between_t({2024, 1}, 0, 366 * kDay), 7800, 1e-9);
  EXPECT_NEAR(plant.produced_between_t({2023, 1}, 0, 365 * kDay), 7800, 1e-9);
  // A year that does not start in January and spans the leap day: 2023-09-01 origin, from
  // 2024-03-01 (182 days later) to 2025-03-01 (365 more days, February 2025 is common).
  EXPECT_NEAR(plant.produced_between_t({2023, 9}, 182 * kDay, (182 + 365) * kDay), 7800, 1e-9);
  // The same instants one year earlier span the leap February of 2024: 366 days.
  EXPECT_NEAR(plant.produced_between_t({2023, 3}, 0, 366 * kDay), 7800, 1e-9);
}

TEST(FishPlantOutput, PiecesAddUpToTheWhole) {
  // Cumulative production is additive: splitting an interval anywhere changes nothing.
  const FishPlantOutput plant(5000, {3, 1, 0, 2, 5, 8, 9, 9, 7, 4, 2, 1});
  const TimeOrigin origin{2019, 11};
  const double a = 3.25 * kDay, b = 100.7 * kDay, c = 1000.1 * kDay;
  EXPECT_NEAR(plant.produced_between_t(origin, a, b) + plant.produced_between_t(origin, b, c),
              plant.produced_between_t(origin, a, c), 1e-9);
  EXPECT_EQ(plant.produced_between_t(origin, b, a), 0);  // a reversed interval produces nothing
}

TEST(FishPlantOutput, RejectsAProfileThatSumsToZeroOrANegativeOutput) {
  EXPECT_THROW(FishPlantOutput(100, {}), std::invalid_argument);
  EXPECT_THROW(FishPlantOutput(-1, kFlat), std::invalid_argument);
  std::array<double, 12> negative = kFlat;
  negative[5] = -1;
  EXPECT_THROW(FishPlantOutput(100, negative), std::invalid_argument);
}

}  // namespace
}  // namespace jez::sectors
