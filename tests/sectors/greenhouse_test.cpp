// Greenhouse yield, energy and sales against hand-computed figures.
#include "sectors/greenhouse.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace jez::sectors {
namespace {

GreenhouseParams house() {
  GreenhouseParams p;
  p.area_m2 = 1000;
  p.yield_kg_per_m2_year = 60;
  p.relative_light = {1, 1, 2, 2, 3, 3, 3, 3, 2, 2, 1, 1};  // sums to 24
  p.fog_day_share = {0, 0, 0, 0, 0.2, 0.6, 0.6, 0.4, 0, 0, 0, 0};
  p.fog_light_loss = 0.5;
  p.heating_kwh_per_m2_month[5] = 5;  // June
  p.lighting_kwh_per_m2_month[5] = 2;
  return p;
}

TEST(Greenhouse, FogCutsJunesShareOfTheYear) {
  // June: 3/24 of 60 kg/m2 = 7.5 kg/m2 fog-free; 60% fog days losing half their light: x 0.7.
  const GreenhouseParams p = house();
  const GreenhouseStep s = greenhouse_step(p, whole_month(2021, 6), 1e9);
  EXPECT_NEAR(s.yield_t, 1000 * 7.5 * 0.7 / 1000, 1e-12);  // 5.25 t
  EXPECT_NEAR(s.heating_kwh, 5000, 1e-9);
  EXPECT_NEAR(s.lighting_kwh, 2000, 1e-9);
  EXPECT_NEAR(s.energy_mwh, 7, 1e-12);
  // A June without fog (the caller's draw) yields the full 7.5 t.
  EXPECT_NEAR(greenhouse_step(p, whole_month(2021, 6), 0.0, 1e9).yield_t, 7.5, 1e-12);
}

TEST(Greenhouse, AFogFreeYearYieldsTheYearlyFigure) {
  GreenhouseParams p = house();
  p.fog_day_share = {};
  double t = 0;
  for (int m = 1; m <= 12; ++m) t += greenhouse_step(p, whole_month(2024, m), 0).yield_t;
  EXPECT_NEAR(t, 60, 1e-9);  // 1000 m2 x 60 kg/m2
}

TEST(Greenhouse, LocalDemandIsServedFirstAndTheSurplusShipped) {
  // 1000 residents eating 100 kg a year: 100 t/yr, 100 x 30/365 t in June 2021 (8.22 t).
  const MonthSpan june = whole_month(2021, 6);
  const double demand = vegetable_demand_t(june, 1000, 100);
  EXPECT_NEAR(demand, 100.0 * 30 / 365, 1e-12);
  const GreenhouseStep all_local = greenhouse_step(house(), june, demand);
  EXPECT_NEAR(all_local.local_sales_t, 5.25, 1e-12);
  EXPECT_NEAR(all_local.surplus_t, 0, 1e-12);
  const GreenhouseStep some_shipped = greenhouse_step(house(), june, 2.0);
  EXPECT_NEAR(some_shipped.local_sales_t, 2, 1e-12);
  EXPECT_NEAR(some_shipped.surplus_t, 3.25, 1e-12);
}

TEST(Greenhouse, HalfAMonthGivesHalfTheYieldAndEnergy) {
  const GreenhouseStep half = greenhouse_step(house(), {2021, 6, 0, 15}, 0);
  EXPECT_NEAR(half.yield_t, 2.625, 1e-12);
  EXPECT_NEAR(half.energy_mwh, 3.5, 1e-12);
}

TEST(Greenhouse, RejectsDarknessAndFogOutsideZeroToOne) {
  GreenhouseParams p = house();
  EXPECT_NO_THROW(validate(p));
  p.relative_light = {};
  EXPECT_THROW(validate(p), std::invalid_argument);
  p = house();
  p.fog_day_share[3] = 1.2;
  EXPECT_THROW(validate(p), std::invalid_argument);
}

}  // namespace
}  // namespace jez::sectors
