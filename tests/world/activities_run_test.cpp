// The activities in whole runs of run_world (each in its own forked process): visitors and a
// suspension, wind against diesel, fuel stock-outs, perishables and spoilage, cargo conserved.
#include <gtest/gtest.h>

#include "world_in_child.hpp"

namespace jez::world {
namespace {

using testing::isle_and_port;
using testing::measure_in;
using testing::measure_total;
using testing::quiet_isle;
using testing::run_world_in_child;
using testing::summary_value;

constexpr std::array<bool, 12> kAllYear{true, true, true, true, true, true,
                                        true, true, true, true, true, true};

// A flow of 1,200 visitors a year from the port, all year, 2 nights, 10,000 RUB a day.
void add_visitors(Scenario& s) {
  TourismSpec t;
  VisitorFlowSpec f;
  f.name = "exchange";
  f.island = "isle";
  f.route = "port-isle";
  f.side = "japan";
  f.visitors_per_year = 1200;
  f.season_months = kAllYear;
  f.nights_per_visit = 2;
  f.seats_per_sailing = 100;
  f.spending_rub_per_visitor_day = 10000;
  t.flows = {f};
  s.activities.tourism = t;
}

// 1,000 residents at 3 MWh a year each, flat; diesel only unless wind is added; fuel from port.
void add_grid(Scenario& s, double tank_t) {
  PowerSpec p;
  p.wind_capacity_factor.fill(0.3);
  p.wind_penetration_limit = 0.3;
  p.sectors_needing_power = {"fish_processing"};
  IslandGridSpec g;
  g.island = "isle";
  g.fuel_hub = "port";
  g.fuel_tank_t = g.fuel_stock_t = tank_t;
  g.mwh_per_resident_year = 3;
  p.islands = {g};
  s.activities.power = p;
}

ScriptedEvent event(DayDate date, EventKind kind, std::string name, std::string subject) {
  ScriptedEvent e;
  e.date = date;
  e.kind = kind;
  e.kind_name = std::move(name);
  e.subject = std::move(subject);
  return e;
}

TEST(WorldActivities, ASuspensionStopsTheVisitorsFromItsDate) {
  Scenario s = quiet_isle({2021, 1}, {2021, 4});
  add_visitors(s);
  s.events = {event({2021, 3, 15}, EventKind::suspend, "suspend", "all")};
  const auto run = run_world_in_child(s);
  ASSERT_EQ(run.periods.size(), 4u);
  // Demand is 1,200 a year spread over the days (all months in season); seats never bind
  // (two arrivals a week of 100 seats). January: 1200 x 31/365; February 1200 x 28/365; March
  // only its first 14 days (1200 x 14/365); April nothing.
  EXPECT_NEAR(measure_in(run.periods[0], "visitors"), 1200.0 * 31 / 365, 1e-9);
  EXPECT_NEAR(measure_in(run.periods[1], "visitors"), 1200.0 * 28 / 365, 1e-9);
  EXPECT_NEAR(measure_in(run.periods[2], "visitors"), 1200.0 * 14 / 365, 1e-9);
  EXPECT_EQ(measure_in(run.periods[3], "visitors"), 0);
  EXPECT_NEAR(measure_in(run.periods[0], "visitors_japan"), 1200.0 * 31 / 365, 1e-9);
  EXPECT_EQ(measure_in(run.periods[0], "visitors_russia"), 0);
  EXPECT_NEAR(measure_in(run.periods[0], "visitor_nights"), 2 * 1200.0 * 31 / 365, 1e-9);
  // Spending: visitors x 3 days at 10,000 RUB, sold to visitors (the coupling turns RUB into
  // the table's money).
  ASSERT_EQ(run.periods[0].accounts.size(), 1u);
  const AccountLine& jan = run.periods[0].accounts[0];
  EXPECT_EQ(jan.sector, "tourism");
  EXPECT_EQ(jan.booking, Booking::visitor_sale);
  EXPECT_NEAR(jan.quantity, 1200.0 * 31 / 365 * 3, 1e-9);
  EXPECT_NEAR(jan.rub(), 1200.0 * 31 / 365 * 3 * 1e4, 1e-6);
  EXPECT_TRUE(run.periods[3].accounts.empty());
  EXPECT_NEAR(summary_value(run, "visitors_total"), 1200.0 * (31 + 28 + 14) / 365, 1e-9);
  bool logged = false;
  for (const auto& e : run.result.events)
    logged = logged || (e.kind == "suspend" && e.date == "2021-03-15" && e.subject == "all");
  EXPECT_TRUE(logged);
}

TEST(WorldActivities, AnEventInsideAMonthChangesOnlyWhatItIsAbout) {
  // Visitors and a wind farm on the isle; suspending the turbines on January 11 stops the wind
  // from then on (100 kW x 0.3 x 24 h x 10 days = 7.2 MWh in January instead of 22.32) and
  // leaves the visitors as they were (their month is not cut at the dates, so no piece without
  // an arrival loses its share of their demand); the note on January 20 changes nothing.
  Scenario s = quiet_isle({2021, 1}, {2021, 2});
  add_visitors(s);
  add_grid(s, 1000);
  s.activities.power->wind_projects = {{"turbines", "isle", 100, 0, std::nullopt}};
  const auto plain = run_world_in_child(s);
  s.events = {event({2021, 1, 11}, EventKind::suspend, "suspend", "turbines"),
              event({2021, 1, 20}, EventKind::note, "note", "mission")};
  const auto suspended = run_world_in_child(s);
  EXPECT_NEAR(measure_in(plain.periods[0], "power_wind"), 22.32, 1e-9);
  EXPECT_NEAR(measure_in(suspended.periods[0], "power_wind"), 7.2, 1e-9);
  for (std::size_t p = 0; p < 2; ++p)
    for (const char* v : {"visitors", "visitor_nights"})
      EXPECT_EQ(measure_in(plain.periods[p], v), measure_in(suspended.periods[p], v)) << v;
  EXPECT_NEAR(measure_in(plain.periods[0], "visitors"), 1200.0 * 31 / 365, 1e-9);
}

TEST(WorldActivities, WithoutPassengerSeatsNoVisitorArrives) {
  Scenario s = quiet_isle({2021, 1}, {2021, 2});
  s.routes[0].passenger_capacity = 0;
  add_visitors(s);
  EXPECT_EQ(measure_total(run_world_in_child(s), "visitors"), 0);
}

TEST(WorldActivities, WindCutsDieselBurnAndCo2AgainstANoWindRun) {
  Scenario s = quiet_isle({2021, 1}, {2021, 1});
  add_grid(s, 1000);
  const auto diesel_only = run_world_in_child(s);
  s.activities.power->wind_projects = {{"turbines", "isle", 100, 0, std::nullopt}};
  const auto with_wind = run_world_in_child(s);
  // January: demand 3000 MWh x 31/365 = 254.795 MWh. Wind: 100 kW x 0.3 x 744 h = 22.32 MWh,
  // under the 30 % penetration limit (76.4 MWh). Diesel burns 0.27 kg/kWh, 3.17 t CO2 per t.
  const double demand = 3000.0 * 31 / 365, wind = 22.32;
  EXPECT_NEAR(measure_total(diesel_only, "power_demand"), demand, 1e-9);
  EXPECT_NEAR(measure_total(diesel_only, "power_diesel"), demand, 1e-9);
  EXPECT_NEAR(measure_total(diesel_only, "fuel_burned"), demand * 0.27, 1e-9);
  EXPECT_NEAR(measure_total(diesel_only, "co2"), demand * 0.27 * 3.17, 1e-9);
  EXPECT_NEAR(measure_total(with_wind, "power_wind"), wind, 1e-9);
  EXPECT_NEAR(measure_total(with_wind, "power_diesel"), demand - wind, 1e-9);
  EXPECT_NEAR(measure_total(with_wind, "fuel_burned"), (demand - wind) * 0.27, 1e-9);
  EXPECT_NEAR(measure_total(with_wind, "co2"), (demand - wind) * 0.27 * 3.17, 1e-9);
  // The run's own no-wind counterfactual agrees with the separate diesel-only run.
  EXPECT_NEAR(summary_value(with_wind, "diesel_saved_total"), wind * 0.27, 1e-9);
  EXPECT_NEAR(summary_value(with_wind, "co2_avoided_total"), wind * 0.27 * 3.17, 1e-9);
  EXPECT_NEAR(summary_value(with_wind, "wind_energy_total"), wind, 1e-9);
  EXPECT_EQ(summary_value(diesel_only, "unserved_energy_total"), 0);
}

TEST(WorldActivities, AFuelStockOutGivesUnservedEnergyAndLostOutput) {
  // A 100 t tank; ice closes the route from January 10 to March 31. January burns 68.79 t of the
  // 100; no fuel can come until April, so February runs out and March has none.
  Scenario s = quiet_isle({2021, 1}, {2021, 4});
  s.routes[0].ice = Season{{1, 10}, {3, 31}};
  add_grid(s, 100);
  const auto run = run_world_in_child(s);
  ASSERT_EQ(run.periods.size(), 4u);
  const double jan = 3000.0 * 31 / 365, feb = 3000.0 * 28 / 365, mar = jan;
  const double left_t = 100 - jan * 0.27;  // 31.205 t for February
  EXPECT_EQ(measure_in(run.periods[0], "unserved_energy"), 0);
  EXPECT_NEAR(measure_in(run.periods[0], "fuel_stock"), left_t, 1e-9);
  EXPECT_NEAR(measure_in(run.periods[1], "unserved_energy"), feb - left_t / 0.27, 1e-6);
  EXPECT_NEAR(measure_in(run.periods[2], "unserved_energy"), mar, 1e-9);
  EXPECT_EQ(measure_in(run.periods[1], "fuel_delivered"), 0);
  // April: the orders of February (68.79 t) and March (31.21 t) arrive; nothing unserved.
  EXPECT_NEAR(measure_in(run.periods[3], "fuel_delivered"), 100, 0.01);
  EXPECT_EQ(measure_in(run.periods[3], "unserved_energy"), 0);
  // Lost output: the sector that needs power is capped at its table output for the period
  // (1200 a year x 28 / 30.4375 months) times the share of energy served.
  const double served = (left_t / 0.27) / feb;
  ASSERT_EQ(run.periods[1].capacity.size(), 1u);
  EXPECT_EQ(run.periods[1].capacity[0].sector, "fish_processing");
  EXPECT_NEAR(run.periods[1].capacity[0].value, 100 * 28 / 30.4375 * served, 1e-9);
  EXPECT_NEAR(measure_in(run.periods[1], "output_lost_power"), 100 * 28 / 30.4375 * (1 - served),
              1e-9);
  EXPECT_EQ(run.periods[2].capacity[0].value, 0);
  EXPECT_TRUE(run.periods[0].capacity.empty());
  int stockouts = 0;
  for (const auto& e : run.result.events) stockouts += e.kind == "fuel_stockout";
  EXPECT_EQ(stockouts, 2);
}

TEST(WorldActivities, FishPlantsMakeNothingWithoutPower) {
  // The same stock-out with the cannery on the isle (1,200 t a year, flat: 100 t a month): in
  // February it makes only the served share of its 100 t, in March nothing. The ice holds the
  // fish ashore, so the cut comes out of the stock.
  Scenario s = isle_and_port({2021, 1}, {2021, 4});
  s.routes[0].ice = Season{{1, 10}, {3, 31}};
  s.economy.table.sectors = {"fish_processing"};
  s.economy.table.x = Eigen::VectorXd::Constant(1, 1200);
  add_grid(s, 100);
  const auto run = run_world_in_child(s);
  const double jan = 3000.0 * 31 / 365, feb = 3000.0 * 28 / 365;
  const double served = ((100 - jan * 0.27) / 0.27) / feb;
  EXPECT_NEAR(run.periods[0].produced_t[0], 100, 1e-9);
  EXPECT_NEAR(run.periods[1].produced_t[0], 100 * served, 1e-9);
  EXPECT_NEAR(run.periods[2].produced_t[0], 0, 1e-9);
  EXPECT_NEAR(run.periods[3].produced_t[0], 100, 1e-9);
  EXPECT_NEAR(summary_value(run, "fish_lost_to_power_total"), 100 * (1 - served) + 100, 1e-9);
}

TEST(WorldActivities, FishAndFreightShareTheShipAndAllCargoIsConserved) {
  // The fish plant and a fuel-hungry grid on one small ship (50 t): fuel loads first.
  Scenario s = isle_and_port({2021, 1}, {2021, 12});
  s.routes[0].cargo_capacity_t = 50;
  s.routes[0].sailings_per_week = 2;
  s.routes[0].ice = Season{{2, 1}, {3, 10}};
  s.weather.storms_per_year = 20;
  s.weather.fog_per_year = 30;
  s.economy.table.sectors = {"fish_processing"};
  s.economy.table.x = Eigen::VectorXd::Constant(1, 1200);
  add_grid(s, 200);
  const auto run = run_world_in_child(s);
  double shipped = 0, delivered = 0, spoiled = 0, returned = 0;
  for (const auto& p : run.periods)
    for (const auto& r : p.routes) {
      shipped += r.shipped_t;
      delivered += r.delivered_t;
      spoiled += r.spoiled_t;
      returned += r.returned_t;
    }
  EXPECT_NEAR(
      shipped,
      delivered + spoiled + returned + run.result.in_transit_t + run.result.freight_in_transit_t,
      1e-6);
  EXPECT_NEAR(measure_total(run, "fuel_delivered"), summary_value(run, "fuel_delivered_total"),
              1e-9);
  EXPECT_GT(summary_value(run, "fuel_delivered_total"), 0);
  EXPECT_GT(run.result.sailings_delayed_total, 0);  // storms and fog held some departures
}

TEST(WorldActivities, AGreenhouseSellsLocallyFirstShipsTheRestAndDrawsPower) {
  // 1,000 m2 at 12 kg/m2 a year, flat light, no fog: 1 t a month. The isle's 1,000 residents eat
  // 10 kg a head a year: 10 t x 31/365 = 0.8493 t in January, sold locally at 500 RUB/kg; the
  // rest is shipped to the port and sold there. 10 kWh/m2 of heating a month: 10 MWh more.
  Scenario s = quiet_isle({2021, 1}, {2021, 1});
  add_grid(s, 1000);
  GreenhouseSpec g;
  g.yield_kg_per_m2_year = 12;
  g.fog_light_loss = 0.5;
  g.heating_kwh_per_m2_month.fill(10);
  g.price_rub_per_kg = 500;
  g.vegetable_kg_per_head_year = 10;
  g.projects = {{"glasshouse", "isle", "port", 1000, std::nullopt}};
  s.activities.greenhouse = g;
  s.economy.table.sectors = {"fish_processing", "greenhouse"};
  const auto run = run_world_in_child(s);
  const auto& jan = run.periods[0];
  const double local_t = 10.0 * 31 / 365;
  EXPECT_NEAR(measure_in(jan, "greenhouse_yield"), 1, 1e-12);
  double local = 0, exported = 0, made = 0;
  for (const auto& a : jan.accounts) {
    if (a.booking == Booking::local_sale) local += a.rub();
    if (a.booking == Booking::delivered) exported += a.rub();
    if (a.booking == Booking::made) made += a.rub();
  }
  EXPECT_NEAR(local, local_t * 1000 * 500, 1e-6);
  EXPECT_NEAR(made, (1 - local_t) * 1000 * 500, 1e-6);  // the surplus, in stock until it sells
  // It buys its 10 MWh (1,000 m2 x 10 kWh) from the power sector.
  double bought_mwh = 0;
  for (const auto& a : jan.accounts)
    if (a.booking == Booking::purchase && a.sector == "power" && a.buyer == "greenhouse")
      bought_mwh += a.quantity;
  EXPECT_NEAR(bought_mwh, 10, 1e-9);
  // The surplus lots ready by January 29 sail on the ships of days 29.75 (weekly lots from
  // January 1: ready on days 7, 14, 21, 28); the last piece (days 28-31) waits for February.
  EXPECT_GT(exported, 0);
  EXPECT_LT(exported, (1 - local_t) * 1000 * 500);
  EXPECT_NEAR(measure_in(jan, "power_demand"), 3000.0 * 31 / 365 + 10, 1e-9);
  // Diesel only, fuel plenty: its 10 MWh burn 10 x 0.27 = 2.7 t, 2.7 x 3.17 = 8.559 t of CO2.
  EXPECT_NEAR(measure_in(jan, "greenhouse_fuel"), 2.7, 1e-9);
  EXPECT_NEAR(measure_in(jan, "greenhouse_co2"), 8.559, 1e-9);
  EXPECT_NEAR(summary_value(run, "greenhouse_diesel_total"), 2.7, 1e-9);
}

TEST(WorldActivities, SanctionsSendAClosedMarketsCargoToTheOtherHub) {
  // The cannery sells at the port until sanctions close it on February 1; then its fish goes
  // to the other hub by the longer lane. Weekly sailings from day 3.5: the last January ship
  // (day 24.5) arrives in January.
  Scenario s = isle_and_port({2021, 1}, {2021, 3});
  s.regions.push_back({"other", "Other", RegionKind::hub, 0});
  Route longer = s.routes[0];
  longer.name = "other-isle";
  longer.from = "other";
  longer.voyage_h = 30;
  s.routes.push_back(longer);
  ScriptedEvent e = event({2021, 2, 1}, EventKind::sanctions, "sanctions", "port");
  e.reroute_to = "other";
  s.events = {e};
  const auto run = run_world_in_child(s);
  ASSERT_EQ(run.periods.size(), 3u);
  EXPECT_GT(run.periods[0].routes[0].delivered_t, 0);
  EXPECT_EQ(run.periods[0].routes[1].delivered_t, 0);
  EXPECT_EQ(run.periods[1].routes[0].shipped_t, 0);
  EXPECT_EQ(run.periods[2].routes[0].delivered_t, 0);
  EXPECT_GT(run.periods[1].routes[1].delivered_t, 0);
  // Nothing is lost on the way: produced = delivered + ashore + at sea.
  double produced = 0, delivered = 0;
  for (const auto& p : run.periods) {
    produced += p.produced_t[0];
    delivered += p.delivered_t[0];
  }
  EXPECT_NEAR(produced, delivered + run.periods.back().stock_t[0] + run.result.in_transit_t, 1e-6);
}

TEST(WorldActivities, TheEconomysStepDoesNotChangeThePhysicalWorld) {
  // Fuel orders, outages and dispatch run month by month whatever the step: a quarterly or yearly
  // economy sees the same stock-outs, wind, visitors and weather as a monthly one.
  Scenario s = quiet_isle({2021, 1}, {2022, 12});
  s.routes[0].ice = Season{{1, 10}, {3, 31}};
  add_visitors(s);
  add_grid(s, 100);
  s.activities.power->turbine_mtbf_h = 500;
  s.activities.power->wind_projects = {{"turbines", "isle", 300, 0, std::nullopt}};
  s.weather.storms_per_year = 10;
  const auto monthly = run_world_in_child(s);
  EXPECT_GT(summary_value(monthly, "unserved_energy_total"), 0);
  EXPECT_GT(summary_value(monthly, "turbine_outages_total"), 0);
  for (int step : {3, 12}) {
    s.time.step_months = step;
    const auto coarse = run_world_in_child(s);
    EXPECT_EQ(coarse.periods.size(), step == 3 ? 8u : 2u);
    for (const auto& m : monthly.result.summary)
      EXPECT_NEAR(summary_value(coarse, m.metric), m.value, 1e-6 * (1 + std::abs(m.value)))
          << m.metric << " with a step of " << step << " months";
    EXPECT_EQ(coarse.result.events.size(), monthly.result.events.size());
  }
}

TEST(WorldActivities, OneSeedGivesTheSameBytesAndTwoSeedsDifferentWeather) {
  Scenario s = quiet_isle({2021, 1}, {2022, 12});
  add_visitors(s);
  add_grid(s, 150);
  s.weather.storms_per_year = 12;
  s.weather.fog_per_year = 40;
  s.seed = 7;
  const std::string first = testing::world_transcript_in_child(s);
  EXPECT_EQ(testing::world_transcript_in_child(s), first);
  s.seed = 8;
  const std::string other = testing::world_transcript_in_child(s);
  EXPECT_NE(other, first);
  auto storm_dates = [](const std::string& text) {
    std::string dates;
    for (const auto& e : testing::parse_transcript(text).result.events)
      if (e.kind == "route_closed" && e.detail == "storm") dates += e.date + " ";
    return dates;
  };
  EXPECT_FALSE(storm_dates(first).empty());
  EXPECT_NE(storm_dates(first), storm_dates(other));
}

}  // namespace
}  // namespace jez::world
