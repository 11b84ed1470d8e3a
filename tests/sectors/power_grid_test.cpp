// Island grid dispatch against hand-computed MWh, kg of fuel and t of CO2.
#include "sectors/power_grid.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace jez::sectors {
namespace {

// January 2021: 31 days, 744 hours.
const MonthSpan kJanuary = whole_month(2021, 1);

GridParams island() {
  GridParams p;
  p.geothermal_kw = 1000;
  p.geothermal_availability = 0.9;
  p.wind_kw = 2000;
  p.wind_capacity_factor.fill(0.3);
  p.wind_penetration_limit = 0.25;
  p.diesel_kw = 5000;
  return p;
}

TEST(PowerGrid, MeritOrderGeothermalWindThenDiesel) {
  // Demand 3000 MWh. Geothermal 1000 kW x 0.9 x 744 h = 669.6 MWh. Wind 2000 kW x 0.3 x 744 h =
  // 446.4 MWh, under the limit 0.25 x 3000 = 750. Diesel 3000 - 669.6 - 446.4 = 1884 MWh,
  // burning 1884 MWh x 270 kg/MWh = 508,680 kg, emitting 508.68 t x 3.17 = 1612.5156 t CO2.
  const GridStep s = grid_step(island(), kJanuary, 3000, 2000, 1e9);
  const Dispatch& d = s.with_wind;
  EXPECT_NEAR(d.geothermal_mwh, 669.6, 1e-9);
  EXPECT_NEAR(d.wind_mwh, 446.4, 1e-9);
  EXPECT_NEAR(d.diesel_mwh, 1884, 1e-9);
  EXPECT_NEAR(d.fuel_burned_kg, 508680, 1e-6);
  EXPECT_NEAR(d.co2_t, 1612.5156, 1e-9);
  EXPECT_EQ(d.unserved_mwh, 0);
  // Without wind diesel makes 2330.4 MWh: the wind saved 446.4 MWh x 270 = 120,528 kg of fuel
  // and 120.528 t x 3.17 = 382.07376 t of CO2.
  EXPECT_NEAR(s.without_wind.diesel_mwh, 2330.4, 1e-9);
  EXPECT_NEAR(s.fuel_saved_kg, 120528, 1e-6);
  EXPECT_NEAR(s.co2_avoided_t, 382.07376, 1e-9);
  EXPECT_NEAR(s.fuel_stock_after_kg, 1e9 - 508680, 1e-3);
}

TEST(PowerGrid, ThePenetrationLimitCurtailsWindAndStorageShiftsSome) {
  // Capacity factor 0.6: 892.8 MWh available, 750 allowed directly, 142.8 spare. A 1000 kWh
  // battery cycling once a day stores 31 MWh in January and gives back 0.8 x 31 = 24.8 MWh.
  GridParams p = island();
  p.wind_capacity_factor.fill(0.6);
  const Dispatch plain = dispatch(p, kJanuary, 3000, 2000, 1e9);
  EXPECT_NEAR(plain.wind_direct_mwh, 750, 1e-9);
  EXPECT_NEAR(plain.wind_curtailed_mwh, 142.8, 1e-9);
  p.storage_kwh = 1000;
  p.storage_round_trip_efficiency = 0.8;
  const Dispatch stored = dispatch(p, kJanuary, 3000, 2000, 1e9);
  EXPECT_NEAR(stored.wind_from_storage_mwh, 24.8, 1e-9);
  EXPECT_NEAR(stored.wind_mwh, 774.8, 1e-9);
  EXPECT_NEAR(stored.wind_curtailed_mwh, 111.8, 1e-9);
  EXPECT_NEAR(stored.diesel_mwh, plain.diesel_mwh - 24.8, 1e-9);
}

TEST(PowerGrid, TurbinesInOutageMakeNothing) {
  // Half the fleet down: 1000 kW x 0.3 x 744 h = 223.2 MWh.
  const Dispatch d = dispatch(island(), kJanuary, 3000, 1000, 1e9);
  EXPECT_NEAR(d.wind_mwh, 223.2, 1e-9);
}

TEST(PowerGrid, AFuelStockOutLeavesDemandUnserved) {
  // 100 t of fuel makes 100,000 / 270 = 370.37 MWh; the diesel share was 1884 MWh.
  const GridStep s = grid_step(island(), kJanuary, 3000, 2000, 100000);
  EXPECT_NEAR(s.with_wind.diesel_mwh, 100000.0 / 270, 1e-9);
  EXPECT_NEAR(s.with_wind.unserved_mwh, 1884 - 100000.0 / 270, 1e-9);
  EXPECT_DOUBLE_EQ(s.with_wind.fuel_burned_kg, 100000);
  EXPECT_DOUBLE_EQ(s.fuel_stock_after_kg, 0);
  EXPECT_NEAR(s.with_wind.served_share(), 1 - (1884 - 100000.0 / 270) / 3000, 1e-12);
  // With the same stock and no wind the whole stock burns too: no fuel is saved, but the wind
  // serves 446.4 MWh more.
  EXPECT_NEAR(s.fuel_saved_kg, 0, 1e-9);
  EXPECT_NEAR(s.without_wind.unserved_mwh - s.with_wind.unserved_mwh, 446.4, 1e-9);
}

TEST(PowerGrid, TheStateCarriesTheFuelStockFromSpanToSpan) {
  // 700 t delivered; January burns 508.68 t (see above), leaving 191.32 t = 708.59 MWh of
  // diesel for February 2021 (672 h): geothermal 604.8, wind 403.2, diesel needed 1992.
  GridState state;
  state.deliver_fuel(700000);
  grid_step(island(), state, kJanuary, 3000, 2000);
  EXPECT_NEAR(state.fuel_stock_kg, 700000 - 508680, 1e-6);
  const GridStep feb = grid_step(island(), state, whole_month(2021, 2), 3000, 2000);
  EXPECT_NEAR(feb.with_wind.diesel_mwh, 191320.0 / 270, 1e-9);
  EXPECT_NEAR(feb.with_wind.unserved_mwh, 3000 - 604.8 - 403.2 - 191320.0 / 270, 1e-9);
  EXPECT_DOUBLE_EQ(state.fuel_stock_kg, 0);
  EXPECT_DOUBLE_EQ(state.fuel_burned_kg, 700000);
  EXPECT_DOUBLE_EQ(state.fuel_delivered_kg, 700000);
}

TEST(PowerGrid, DieselCapacityBindsBeforeFuel) {
  GridParams p = island();
  p.diesel_kw = 1000;  // 744 MWh in January
  const Dispatch d = dispatch(p, kJanuary, 3000, 2000, 1e9);
  EXPECT_NEAR(d.diesel_mwh, 744, 1e-9);
  EXPECT_NEAR(d.unserved_mwh, 1884 - 744, 1e-9);
}

TEST(PowerGrid, HouseholdDemandFollowsTheMonthlyWeights) {
  // 1000 residents x 3 MWh/yr; January weighs 2 of a total 18 (mean 1.5): 2/1.5 of the average.
  std::array<double, 12> weight;
  weight.fill(1.5);
  weight[0] = 2;
  weight[6] = 1;
  EXPECT_NEAR(household_demand_mwh(kJanuary, 1000, 3, weight), 3000.0 * 31 / 365 * 2 / 1.5, 1e-9);
  std::array<double, 12> flat;
  flat.fill(1);
  EXPECT_NEAR(household_demand_mwh(kJanuary, 1000, 3, flat), 3000.0 * 31 / 365, 1e-9);
}

TEST(PowerGrid, TimeToFailureIsTheExponentialInverse) {
  EXPECT_DOUBLE_EQ(hours_to_next_failure(2000, 0), 0);
  EXPECT_NEAR(hours_to_next_failure(2000, 0.5), 2000 * std::log(2.0), 1e-9);
  EXPECT_NEAR(hours_to_next_failure(2000, 1 - std::exp(-1.0)), 2000, 1e-9);
  EXPECT_THROW(hours_to_next_failure(2000, 1.0), std::invalid_argument);
  EXPECT_THROW(hours_to_next_failure(0, 0.5), std::invalid_argument);
}

TEST(PowerGrid, UtilityCostsAddFuelAndOperation) {
  // 508,680 kg x 40 RUB/kg = 20,347,200 RUB; O&M 1884 x 1000 + 446.4 x 500 + 669.6 x 800 RUB.
  const Dispatch d = dispatch(island(), kJanuary, 3000, 2000, 1e9);
  const PowerCosts c = power_costs({40, 1000, 500, 800}, d);
  EXPECT_NEAR(c.fuel_rub, 20347200, 1e-3);
  EXPECT_NEAR(c.om_rub, 1884000 + 223200 + 535680, 1e-6);
  EXPECT_NEAR(c.rub_per_mwh_served, c.total_rub / 3000, 1e-9);
}

TEST(PowerGrid, RejectsACapacityFactorOutsideZeroToOne) {
  GridParams p = island();
  EXPECT_NO_THROW(validate(p));
  p.wind_capacity_factor[7] = 1.1;
  EXPECT_THROW(validate(p), std::invalid_argument);
}

}  // namespace
}  // namespace jez::sectors
