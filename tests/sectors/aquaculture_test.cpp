// Aquaculture cohorts against hand-computed harvests.
#include "sectors/aquaculture.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace jez::sectors {
namespace {

// Scallop-like: seeded in May, mature after 3 years, harvested October..December.
AquacultureSpecies scallop() {
  AquacultureSpecies s;
  s.name = "scallop";
  s.years_to_first_harvest = 3;
  s.survival_per_year = 0.5;
  s.yield_t_per_ha_year = 10;
  s.harvest_months = {false, false, false, false, false, false,
                      false, false, false, true,  true,  true};
  s.seed_month = 5;
  s.price_per_t = 250000;  // JPY/t
  return s;
}

// Steps month by month from (year0, 1) to the end of year1; returns the harvest of each year.
std::vector<double> run_years(AquacultureFarm& farm, int year0, int year1) {
  std::vector<double> harvest;
  for (int y = year0; y <= year1; ++y) {
    double t = 0;
    for (int m = 1; m <= 12; ++m) t += farm.step(whole_month(y, m)).harvest_t;
    harvest.push_back(t);
  }
  return harvest;
}

TEST(AquacultureFarm, SeasonAndOccupancyFollowTheCalendar) {
  // Mature at 36 months (May of year 3); the next October is 41 months after seeding; the
  // season runs October..December, ending 44 months after seeding: 4 whole years held.
  const AquacultureFarm farm(40, scallop());
  EXPECT_EQ(farm.occupancy_years(), 4);
  EXPECT_DOUBLE_EQ(farm.cohort_area_ha(), 10);
  EXPECT_DOUBLE_EQ(farm.cohort_harvest_full_survival_t(), 400);  // 40 ha x 10 t/ha/yr
}

TEST(AquacultureFarm, FirstHarvestComesInTheSeasonAfterMaturity) {
  AquacultureFarm farm(40, scallop());
  const auto h = run_years(farm, 2020, 2024);
  EXPECT_EQ(h[0], 0);
  EXPECT_EQ(h[1], 0);
  EXPECT_EQ(h[2], 0);
  // 2023: the 2020 cohort, 400/3 t a month at survival 0.5^(age in months / 12), ages 41..43.
  const double expect_2023 =
      400.0 / 3 * (std::pow(0.5, 41 / 12.0) + std::pow(0.5, 42 / 12.0) + std::pow(0.5, 43 / 12.0));
  EXPECT_NEAR(h[3], expect_2023, 1e-9);
  EXPECT_NEAR(h[4], expect_2023, 1e-9);  // the 2021 cohort: the same ages a year later
}

TEST(AquacultureFarm, InFullRotationTheFarmYieldsItsYearlyFigure) {
  // Survival 1: from the fourth year on, one cohort a year gives 40 ha x 10 t/ha/yr = 400 t.
  AquacultureSpecies s = scallop();
  s.survival_per_year = 1;
  AquacultureFarm farm(40, s);
  const auto h = run_years(farm, 2020, 2026);
  for (int y = 3; y <= 6; ++y) EXPECT_NEAR(h[y], 400, 1e-9) << "year " << 2020 + y;
}

TEST(AquacultureFarm, CohortsStandUntilTheirSeasonEnds) {
  AquacultureFarm farm(40, scallop());
  run_years(farm, 2020, 2022);
  for (int m = 1; m <= 9; ++m) farm.step(whole_month(2023, m));
  EXPECT_EQ(farm.cohorts().size(), 4u);  // seeded 2020..2023
  for (int m = 10; m <= 12; ++m) farm.step(whole_month(2023, m));
  EXPECT_EQ(farm.cohorts().size(), 3u);  // the 2020 cohort was harvested out
  EXPECT_EQ(farm.cohorts().front().seed_year, 2021);
}

TEST(AquacultureFarm, DiseaseCutsTheHarvestOfTheCohortItStrikes) {
  AquacultureFarm healthy(40, scallop()), sick(40, scallop());
  run_years(healthy, 2020, 2022);
  run_years(sick, 2020, 2022);
  EXPECT_TRUE(sick.apply_disease(2021, 0.25));
  EXPECT_FALSE(sick.apply_disease(2019, 0.25));  // none standing
  const auto h = run_years(healthy, 2023, 2024);
  const auto s = run_years(sick, 2023, 2024);
  EXPECT_NEAR(s[0], h[0], 1e-9);         // the 2020 cohort was spared
  EXPECT_NEAR(s[1], 0.75 * h[1], 1e-9);  // the 2021 cohort lost a quarter
  EXPECT_THROW(sick.apply_disease_all(1.5), std::invalid_argument);
}

TEST(AquacultureFarm, RevenueIsHarvestTimesPriceAndHalfMonthsHarvestHalf) {
  AquacultureFarm farm(40, scallop());
  run_years(farm, 2020, 2022);
  for (int m = 1; m <= 9; ++m) farm.step(whole_month(2023, m));
  const AquacultureStep a = farm.step({2023, 10, 0, 15.5});
  const AquacultureStep b = farm.step({2023, 10, 15.5, 31});
  const double october = 400.0 / 3 * std::pow(0.5, 41 / 12.0);
  EXPECT_NEAR(a.harvest_t, october / 2, 1e-9);
  EXPECT_NEAR(a.harvest_t + b.harvest_t, october, 1e-9);
  EXPECT_NEAR(a.revenue, a.harvest_t * 250000, 1e-6);
}

TEST(AquacultureFarm, KelpSeededInAutumnIsHarvestedNextSummerOnTheWholeArea) {
  AquacultureSpecies kelp;
  kelp.years_to_first_harvest = 0.5;  // November + 6 months = May
  kelp.survival_per_year = 1;
  kelp.yield_t_per_ha_year = 20;
  kelp.harvest_months = {false, false, false, false, true,  true,
                         true,  false, false, false, false, false};
  kelp.seed_month = 11;
  AquacultureFarm farm(5, kelp);
  EXPECT_EQ(farm.occupancy_years(), 1);  // November to the end of July: 9 months
  const auto h = run_years(farm, 2020, 2021);
  EXPECT_EQ(h[0], 0);
  EXPECT_NEAR(h[1], 100, 1e-9);  // 5 ha x 20 t/ha, May..July
}

TEST(AquacultureFarm, ASuspendedFarmSeedsNothing) {
  AquacultureFarm farm(40, scallop());
  EXPECT_DOUBLE_EQ(farm.step(whole_month(2020, 5), false).seeded_ha, 0);
  EXPECT_TRUE(farm.cohorts().empty());
  EXPECT_DOUBLE_EQ(farm.step(whole_month(2021, 5)).seeded_ha, 10);
}

TEST(AquacultureFarm, RejectsASeasonThatNeverComesAndImpossibleSurvival) {
  AquacultureSpecies s = scallop();
  s.harvest_months = {};
  EXPECT_THROW(AquacultureFarm(40, s), std::invalid_argument);
  s = scallop();
  s.survival_per_year = 0;
  EXPECT_THROW(AquacultureFarm(40, s), std::invalid_argument);
  s = scallop();
  s.seed_month = 13;
  EXPECT_THROW(AquacultureFarm(40, s), std::invalid_argument);
}

}  // namespace
}  // namespace jez::sectors
