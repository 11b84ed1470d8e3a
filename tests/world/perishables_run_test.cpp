// Aquaculture's perishable harvest in whole runs of run_world (each in its own forked process):
// a lot that waits out the ice spoils; what sails is conserved and sold when it is delivered.
#include <gtest/gtest.h>

#include "world_in_child.hpp"

namespace jez::world {
namespace {

using testing::measure_total;
using testing::quiet_isle;
using testing::run_world_in_child;
using testing::summary_value;

// A sea-urchin farm on the isle, 10 ha at 1 t/ha/yr, harvested in February and March a year
// after its January seeding, sold at the port; 7 days of shelf life.
void add_farm(Scenario& s) {
  AquacultureSpec a;
  AquacultureProjectSpec p;
  p.name = "urchins";
  p.island = "isle";
  p.market = "port";
  p.area_ha = 10;
  p.years_to_first_harvest = 1;
  p.survival_per_year = 1;
  p.yield_t_per_ha_year = 1;
  p.harvest_months[1] = p.harvest_months[2] = true;
  p.seed_month = 1;
  p.price_rub_per_kg = 1000;
  p.shelf_life_days = 7;
  a.projects = {p};
  s.activities.aquaculture = a;
  s.economy.table.sectors = {"fish_processing", "aquaculture"};
}

TEST(WorldActivities, AHarvestWaitingOutTheIceSpoils) {
  Scenario s = quiet_isle({2021, 1}, {2022, 6});
  add_farm(s);
  // The last lot is ready on April 1 00:00 and expires a week later, before the ice goes.
  s.routes[0].ice = Season{{2, 1}, {4, 10}};
  const auto run = run_world_in_child(s);
  const double harvest = summary_value(run, "aquaculture_harvest_total");
  EXPECT_GT(harvest, 0);
  EXPECT_NEAR(summary_value(run, "cargo_spoiled_total"), harvest, 1e-9);
  EXPECT_NEAR(measure_total(run, "cargo_spoiled", "isle"), harvest, 1e-9);
  double made = 0, lost = 0;
  for (const auto& p : run.periods)
    for (const auto& a : p.accounts) {
      EXPECT_NE(a.booking, Booking::delivered);  // nothing sold
      (a.booking == Booking::made ? made : lost) += a.quantity;
    }
  EXPECT_NEAR(made, harvest, 1e-9);  // made (a change in stocks), then lost to spoilage
  EXPECT_NEAR(lost, harvest, 1e-9);
}

TEST(WorldActivities, PerishableCargoIsConservedAndSoldOnDelivery) {
  // Ice for the first two weeks of February only: the early lots spoil, the rest sail.
  Scenario s = quiet_isle({2021, 1}, {2022, 6});
  add_farm(s);
  s.routes[0].ice = Season{{2, 1}, {2, 14}};
  s.weather.storms_per_year = 15;
  const auto run = run_world_in_child(s);
  const double harvest = summary_value(run, "aquaculture_harvest_total");
  double delivered = 0, shipped = 0, spoiled_at_sea = 0, returned = 0, sold = 0, made = 0;
  double lost = 0;
  for (const auto& p : run.periods) {
    for (const auto& r : p.routes) {
      delivered += r.delivered_t;
      shipped += r.shipped_t;
      spoiled_at_sea += r.spoiled_t;
      returned += r.returned_t;
    }
    for (const auto& a : p.accounts) {
      EXPECT_EQ(a.project, "urchins");
      if (a.booking == Booking::delivered) sold += a.rub();
      if (a.booking == Booking::made) made += a.rub();
      if (a.booking == Booking::spoiled) lost += a.rub();
    }
  }
  const double spoiled = summary_value(run, "cargo_spoiled_total");
  EXPECT_GT(spoiled, 0);
  EXPECT_GT(delivered, 0);
  // Made = delivered + spoiled + ashore + at sea; shipped = delivered + spoiled at arrival +
  // brought back + at sea.
  EXPECT_NEAR(harvest,
              delivered + spoiled + run.result.freight_ashore_t + run.result.freight_in_transit_t,
              1e-6);
  EXPECT_NEAR(shipped, delivered + spoiled_at_sea + returned + run.result.freight_in_transit_t,
              1e-6);
  EXPECT_NEAR(sold, delivered * 1000 * 1000, 1e-3);  // t x 1000 kg x 1000 RUB/kg
  // Booked when made; what never sold is still in stock (ashore, at sea) or was lost.
  EXPECT_NEAR(made, harvest * 1000 * 1000, 1e-3);
  EXPECT_NEAR(made - sold - lost,
              (run.result.freight_ashore_t + run.result.freight_in_transit_t) * 1e6, 1e-3);
}

}  // namespace
}  // namespace jez::world
