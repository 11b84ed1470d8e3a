// The zone's purchases from two mainland regions (tests/data/tables/regions-hand.csv), by hand:
// the table's shares in the first year, moved by a known split of the cargo after, and the
// mainland's interregional model solved on them.
#include <gtest/gtest.h>

#include "economy/io_table.hpp"
#include "run/mainland_coupling.hpp"

namespace jez {
namespace {

// The zone (one sector, "goods"), north (Japan, its goods from port nemuro) and south (Russia,
// from korsakov), a route from each port to the isle; month by month.
Scenario two_ports() {
  Scenario s;
  s.time.start = YearMonth{2020, 1};
  s.time.end = YearMonth{2022, 12};
  s.routes = {Route{"nemuro-isle", "nemuro", "isle"}, Route{"korsakov-isle", "korsakov", "isle"}};
  s.economy.table.sectors = {"goods"};
  RegionsSpec r;
  r.table = economy::read_io_table(std::string(JEZ_TEST_DATA) + "/tables/regions-hand.csv");
  r.mainland = {{"north", "japan", "nemuro"}, {"south", "russia", "korsakov"}};
  s.economy.regions = r;
  return s;
}

world::PeriodFlows cargo(double nemuro_t, double korsakov_t) {
  world::PeriodFlows f;
  f.routes.resize(2);
  f.routes[0].shipped_t = nemuro_t;
  f.routes[1].shipped_t = korsakov_t;
  return f;
}

// The mainland model by hand. Use of the good in north: 20 + 60 from north, 10 from south (90);
// in south: 10 from north, 40 + 120 from south (170). a_north = 30/100, a_south = 50/200.
// C A = [[8/9 0.3, 1/17 0.25], [1/9 0.3, 16/17 0.25]]; x = (I - C A)^-1 d.
Eigen::Vector2d output_by_hand(double d_north, double d_south) {
  const double a = 1 - 8.0 / 9 * 0.3, b = -1.0 / 17 * 0.25, c = -1.0 / 9 * 0.3,
               e = 1 - 16.0 / 17 * 0.25;
  const double det = a * e - b * c;
  return {(e * d_north - b * d_south) / det, (a * d_south - c * d_north) / det};
}

TEST(MainlandCoupling, SharesOfTheTableThenMovedByTheCargo) {
  const Scenario s = two_ports();
  MainlandCoupling coupling(s);
  // The zone's column: 10 from north, 30 from south, 10 from the rest of the world.
  EXPECT_NEAR(coupling.trade().intermediate_shares()(0, 0), 0.2, 1e-15);
  EXPECT_NEAR(coupling.trade().intermediate_shares()(1, 0), 0.6, 1e-15);
  EXPECT_NEAR(coupling.trade().mainland_share(), 0.8, 1e-15);
  EXPECT_EQ(coupling.trade().zone_share_of_mainland_use(), 0);  // no feedback in the table
  const Eigen::VectorXd imports = Eigen::VectorXd::Constant(1, 50), none = Eigen::VectorXd::Zero(1);
  MainlandSeries series;
  // The first year: 10 t a month through nemuro, 30 through korsakov; the table's shares.
  for (int p = 0; p < 12; ++p) coupling.period(cargo(10, 30), imports, none, none, series);
  EXPECT_NEAR(series.at(11, 0, MainlandSeries::zone_purchases), 10, 1e-12);
  EXPECT_NEAR(series.at(11, 1, MainlandSeries::zone_purchases), 30, 1e-12);
  const Eigen::Vector2d x = output_by_hand(10, 30);
  EXPECT_NEAR(series.at(11, 0, MainlandSeries::output), x(0), 1e-10);
  EXPECT_NEAR(series.at(11, 1, MainlandSeries::output), x(1), 1e-10);
  EXPECT_NEAR(series.at(11, 0, MainlandSeries::value_added), 0.6 * x(0), 1e-10);
  // Direct: the value added of north's own sales to the zone, 0.6 x 10; the rest is indirect.
  EXPECT_NEAR(series.at(11, 0, MainlandSeries::value_added_direct), 0.6 * 10, 1e-12);
  EXPECT_NEAR(series.at(11, 1, MainlandSeries::value_added_direct), 0.75 * 30, 1e-12);
  EXPECT_NEAR(series.at(11, 1, MainlandSeries::labour_income), 0.3 * x(1), 1e-10);
  // Jobs per unit of annual output (6 per 100 in north), 12 months a year.
  EXPECT_NEAR(series.at(11, 0, MainlandSeries::jobs), 0.06 * x(0) * 12, 1e-10);

  // Nemuro closes: 0 t there, 40 t through korsakov. A month on, the 12 months to date hold
  // 110 t of 480 through nemuro: factor (110/480)/(1/4) = 0.9167, korsakov's (370/480)/(3/4).
  coupling.period(cargo(0, 40), imports, none, none, series);
  EXPECT_NEAR(coupling.port_factors()[0], 110.0 / 480 * 4, 1e-12);
  EXPECT_NEAR(coupling.port_factors()[1], 370.0 / 480 / 0.75, 1e-12);
  // 0.2 x 0.9167 + 0.6 x 1.0278 = 0.8: the mainland total holds, here without rescaling.
  EXPECT_NEAR(series.at(12, 0, MainlandSeries::zone_purchases), 50 * 0.2 * 110.0 / 480 * 4, 1e-12);
  EXPECT_NEAR(series.at(12, 1, MainlandSeries::zone_purchases), 50 * 0.6 * 370.0 / 480 / 0.75,
              1e-12);
  // A year on, no cargo through nemuro: all the zone's mainland purchases come from south.
  for (int p = 13; p < 24; ++p) coupling.period(cargo(0, 40), imports, none, none, series);
  EXPECT_NEAR(coupling.port_factors()[0], 0, 1e-15);
  EXPECT_NEAR(series.at(23, 0, MainlandSeries::zone_purchases), 0, 1e-12);
  EXPECT_NEAR(series.at(23, 1, MainlandSeries::zone_purchases), 40, 1e-12);
  EXPECT_NEAR(coupling.region_shares()[1], 1, 1e-15);
  const Eigen::Vector2d y = output_by_hand(0, 40);
  EXPECT_NEAR(series.at(23, 0, MainlandSeries::output), y(0), 1e-10);  // spillover into north
  EXPECT_GT(y(0), 0);
  EXPECT_NEAR(series.at(23, 1, MainlandSeries::output), y(1), 1e-10);
}

// A final good bought outside goes to the mainland with the zone's mainland share (0.8) and
// there by the origin split of the good (1/4 north, 3/4 south); the fuel region takes the
// saved imports off its fuel; a project's equipment goes to the region it names.
TEST(MainlandCoupling, FinalGoodsAndSavedFuel) {
  Scenario s = two_ports();
  s.economy.regions->fuel_from = "south";
  s.economy.regions->fuel_good = "goods";
  s.economy.regions->fuel_buyer = "goods";
  s.economy.regions->equipment_good = "goods";
  MainlandCoupling coupling(s);
  const Eigen::VectorXd none = Eigen::VectorXd::Zero(1),
                        hundred = Eigen::VectorXd::Constant(1, 100);
  MainlandSeries series;
  coupling.period(cargo(10, 30), none, none, hundred, series);
  EXPECT_NEAR(series.at(0, 0, MainlandSeries::zone_purchases), 20, 1e-12);
  EXPECT_NEAR(series.at(0, 1, MainlandSeries::zone_purchases), 60, 1e-12);
  // Fuel: the zone's 50 of purchases (net 45 after 5 saved) split as if 50 were bought: the
  // column's good is all fuel, 40 of it from the mainland, all from south; then 5 less.
  coupling.period(cargo(10, 30), Eigen::VectorXd::Constant(1, 45), Eigen::VectorXd::Constant(1, 5),
                  none, series);
  EXPECT_NEAR(series.at(1, 0, MainlandSeries::zone_purchases), 0, 1e-12);
  EXPECT_NEAR(series.at(1, 1, MainlandSeries::zone_purchases), 35, 1e-12);
  // A project's equipment bought from north goes there whole, whatever the shares.
  coupling.period(cargo(10, 30), none, none, none, series, {{"north", 7.0}});
  EXPECT_NEAR(series.at(2, 0, MainlandSeries::zone_purchases), 7, 1e-12);
  EXPECT_NEAR(series.at(2, 1, MainlandSeries::zone_purchases), 0, 1e-12);
}

// A package tour's visitors: the islands' 30 % of the price is the visitor sale; the ship's 20 %
// and the mainland nights' 20 % are that sale times 2/3 each, spent where the scenario says.
TEST(MainlandCoupling, PackageToursSpendTheirShipAndMainlandParts) {
  Scenario s = two_ports();
  s.economy.regions->package_ship = "north:goods";
  s.economy.regions->package_mainland = "south:goods";
  VisitorFlowSpec flow;
  flow.project = "lodge";
  flow.package = VisitorFlowSpec::Package{1e6, 0.2, 0.3, 0.2, 0.3};
  s.activities.tourism = TourismSpec{"tourism", {}, {flow}};
  MainlandCoupling coupling(s);
  world::PeriodFlows f = cargo(10, 30);
  world::AccountLine sale;
  sale.project = "lodge";
  sale.booking = world::Booking::visitor_sale;
  sale.quantity = 3;           // visitor-days
  sale.rub_per_unit = 100000;  // RUB a visitor-day on the islands: 300,000 RUB in all
  f.accounts = {sale};
  const Eigen::VectorXd none = Eigen::VectorXd::Zero(1);
  MainlandSeries series;
  coupling.period(f, none, none, none, series);
  EXPECT_NEAR(series.at(0, 0, MainlandSeries::visitor_spending), 0.2, 1e-12);  // RUB mn
  EXPECT_NEAR(series.at(0, 1, MainlandSeries::visitor_spending), 0.2, 1e-12);
  EXPECT_EQ(series.at(0, 0, MainlandSeries::zone_purchases), 0);
  const Eigen::Vector2d x = output_by_hand(0.2, 0.2);
  EXPECT_NEAR(series.at(0, 0, MainlandSeries::output), x(0), 1e-12);
}

}  // namespace
}  // namespace jez
