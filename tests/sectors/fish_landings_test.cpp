// Catch seasonality through plant capacity, against hand-computed tonnes.
#include "sectors/fish_landings.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace jez::sectors {
namespace {

// 120 kt a year, half of it in September and October (saury and salmon season), the rest flat:
// profile sums to 10 + 2 x 5 = 20; September gets 5/20 = 30 kt, January 1/20 = 6 kt.
FishLandingParams island() {
  FishLandingParams p;
  p.catch_t_per_year = 120000;
  p.catch_profile = {1, 1, 1, 1, 1, 1, 1, 1, 5, 5, 1, 1};
  p.plant_raw_t_per_day = 500;  // 15,000 t in a 30-day month
  p.product_t_per_raw_t = 0.6;
  return p;
}

TEST(FishLandings, ThePlantsBindInThePeakMonthOnly) {
  const FishLandings f(island());
  const FishLandingStep sep = f.step(whole_month(2021, 9));
  EXPECT_NEAR(sep.catch_t, 30000, 1e-9);
  EXPECT_NEAR(sep.processed_raw_t, 15000, 1e-9);
  EXPECT_NEAR(sep.product_t, 9000, 1e-9);
  EXPECT_NEAR(sep.landed_raw_t, 15000, 1e-9);
  const FishLandingStep jan = f.step(whole_month(2021, 1));
  EXPECT_NEAR(jan.catch_t, 6000, 1e-9);
  EXPECT_NEAR(jan.processed_raw_t, 6000, 1e-9);
  EXPECT_EQ(jan.landed_raw_t, 0);
}

TEST(FishLandings, UnservedPowerCutsTheCapacityThatWasNeeded) {
  // January with 40% of power served: capacity 500 x 31 x 0.4 = 6200 t > 6000 t of catch,
  // nothing lost; with 10% served: 1550 t processed, 4450 t of processing lost.
  const FishLandings f(island());
  EXPECT_NEAR(f.step(whole_month(2021, 1), 0.4).capacity_lost_t, 0, 1e-9);
  const FishLandingStep dark = f.step(whole_month(2021, 1), 0.1);
  EXPECT_NEAR(dark.processed_raw_t, 1550, 1e-9);
  EXPECT_NEAR(dark.capacity_lost_t, 4450, 1e-9);
  EXPECT_NEAR(dark.landed_raw_t, 4450, 1e-9);
}

TEST(FishLandings, RejectsAProductShareAboveOne) {
  FishLandingParams p = island();
  p.product_t_per_raw_t = 1.5;
  EXPECT_THROW(FishLandings{p}, std::invalid_argument);
}

}  // namespace
}  // namespace jez::sectors
