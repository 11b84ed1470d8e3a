// The cargo books without an engine: accrual, shared loading in whole kilograms, delivery,
// cargo brought back, period closing.
#include "world/cargo_ledger.hpp"

#include <gtest/gtest.h>

#include "world_in_child.hpp"

namespace jez::world {
namespace {

constexpr double kDay = 86400.0;

// Two plants on the same island and market: 1200 and 3600 t/year, flat (100 and 300 t in
// January, i.e. 100/31 and 300/31 t a day).
Scenario two_canneries() {
  Scenario s = testing::isle_and_port({2021, 1}, {2021, 3});
  s.fish_exports->plants.push_back({"smokehouse", "isle", "port", 3600});
  return s;
}

TEST(CargoLedger, ASailingSharesItsCapacityInProportionToThePlantsStocks) {
  const Scenario s = two_canneries();
  const Calendar cal(s.time.start);
  CargoLedger ledger(s, cal, cal.seconds_at(2021, 4, 1));
  // Route port-isle runs from port: isle -> port is its backward lane.
  ASSERT_EQ(ledger.plants_on_lane(CargoLedger::lane(0, false)).size(), 2u);
  EXPECT_TRUE(ledger.plants_on_lane(CargoLedger::lane(0, true)).empty());
  // After 3.1 days the stocks are 10 t and 30 t; a 10 t ship takes 2.5 t and 7.5 t.
  const Shipment cargo = ledger.load(0, false, 3.1 * kDay, 10);
  EXPECT_EQ(cargo.kg, 10000u);
  EXPECT_NEAR(cargo.by_plant_t[0], 2.5, 1e-12);
  EXPECT_NEAR(cargo.by_plant_t[1], 7.5, 1e-12);
  EXPECT_NEAR(ledger.stock_t(0), 7.5, 1e-12);
  EXPECT_NEAR(ledger.stock_t(1), 22.5, 1e-12);
  EXPECT_DOUBLE_EQ(ledger.at_sea_t(), 10);
  ledger.deliver(0, false, cargo);
  EXPECT_EQ(ledger.at_sea_t(), 0);
  // January closes with everything produced by January 31 ashore but what was shipped.
  const PeriodFlows jan = ledger.close_period();
  EXPECT_NEAR(jan.produced_t[0], 100, 1e-9);
  EXPECT_NEAR(jan.produced_t[1], 300, 1e-9);
  EXPECT_NEAR(jan.shipped_t[1], 7.5, 1e-12);
  EXPECT_NEAR(jan.delivered_t[0], 2.5, 1e-12);
  EXPECT_NEAR(jan.stock_t[0], 97.5, 1e-9);
  EXPECT_NEAR(jan.stock_t[1], 292.5, 1e-9);
  EXPECT_NEAR(jan.routes[0].delivered_t, 10, 1e-12);
  EXPECT_EQ(jan.month, (YearMonth{2021, 1}));
  EXPECT_DOUBLE_EQ(jan.end_s, 31 * kDay);
  EXPECT_DOUBLE_EQ(ledger.open_period_end_s(), 59 * kDay);  // February 2021 has 28 days
}

TEST(CargoLedger, LoadsWholeKilogramsAndTakesBackAnAbortedVoyage) {
  const Scenario s = testing::isle_and_port({2021, 1}, {2021, 1});
  const Calendar cal(s.time.start);
  CargoLedger ledger(s, cal, 31 * kDay);
  // One day of January: 100/31 t = 3.2258064... t, of which 3225 kg sail.
  const Shipment cargo = ledger.load(0, false, kDay, 1000);
  EXPECT_EQ(cargo.kg, 3225u);
  EXPECT_NEAR(ledger.stock_t(0), 100.0 / 31 - 3.225, 1e-12);
  ledger.bring_back(0, false, cargo);
  EXPECT_NEAR(ledger.stock_t(0), 100.0 / 31, 1e-12);
  const PeriodFlows jan = ledger.close_period();
  EXPECT_EQ(jan.routes[0].voyages_aborted, 1);
  EXPECT_NEAR(jan.returned_t[0], 3.225, 1e-12);
  EXPECT_NEAR(jan.stock_t[0], 100, 1e-9);
  EXPECT_EQ(jan.in_transit_t, 0);
  EXPECT_TRUE(ledger.all_closed());
}

TEST(CargoLedger, ClosingIntoAReusedBufferWritesTheLedgersFieldsOnly) {
  // The clock keeps one PeriodFlows for every period: closing into it overwrites the ledger's
  // fields (February's are February's, not January's plus February's) and leaves the
  // activities' channels to them.
  const Scenario s = two_canneries();
  const Calendar cal(s.time.start);
  CargoLedger ledger(s, cal, cal.seconds_at(2021, 4, 1));
  CargoLedger fresh(s, cal, cal.seconds_at(2021, 4, 1));
  PeriodFlows buffer;
  buffer.measures.push_back({"isle", "fish", "x", "t", 1});
  ledger.deliver(0, false, ledger.load(0, false, 3.1 * kDay, 10));
  fresh.deliver(0, false, fresh.load(0, false, 3.1 * kDay, 10));
  ledger.close_period(buffer);
  const PeriodFlows jan = fresh.close_period();
  EXPECT_EQ(buffer.shipped_t, jan.shipped_t);
  EXPECT_EQ(buffer.routes[0].delivered_t, 10);
  ASSERT_EQ(buffer.measures.size(), 1u);  // not the ledger's to touch
  ledger.close_period(buffer);
  const PeriodFlows feb = fresh.close_period();
  EXPECT_EQ(buffer.period, 1);
  EXPECT_EQ(buffer.month, (YearMonth{2021, 2}));
  EXPECT_EQ(buffer.produced_t, feb.produced_t);
  EXPECT_EQ(buffer.shipped_t, feb.shipped_t);
  EXPECT_EQ(buffer.stock_t, feb.stock_t);
  EXPECT_EQ(buffer.shipped_t[1], 0);
  EXPECT_EQ(buffer.routes[0].delivered_t, 0);
  EXPECT_DOUBLE_EQ(buffer.start_s, 31 * kDay);
}

TEST(CargoLedger, APlantWithoutARouteToItsMarketIsOneClearError) {
  Scenario s = testing::isle_and_port({2021, 1}, {2021, 1});
  s.regions.push_back({"mainland", "Mainland", RegionKind::hub, 0});
  s.fish_exports->plants[0].market = "mainland";
  try {
    CargoLedger(s, Calendar(s.time.start), 31 * kDay);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(),
                 "fish_exports.plants[0] 'cannery': expected a direct route between island "
                 "'isle' and market 'mainland'; found none");
  }
}

}  // namespace
}  // namespace jez::world
