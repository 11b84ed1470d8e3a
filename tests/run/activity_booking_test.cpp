// The coupling's booking of the activities' account lines, against a hand-made table and
// numbers worked out by hand.
#include "run/activity_booking.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace jez {
namespace {

using world::AccountLine;
using world::Booking;

// Four sectors; annual table. Power sells 10 to services; final demand by households (20, 40,
// 50, 100), the government (power 50, services 90) and exports (services 10):
// x = [20, 100, 50, 200].
Scenario four_sector_zone() {
  Scenario s;
  auto& t = s.economy.table;
  t.sectors = {"greenhouse", "power", "waste", "services"};
  t.final_demand_names = {"household_consumption", "government", "exports"};
  t.Z = Eigen::MatrixXd::Zero(4, 4);
  t.Z(1, 3) = 10;
  t.F = Eigen::MatrixXd::Zero(4, 3);
  t.F.col(0) << 20, 40, 50, 100;
  t.F.col(1) << 0, 50, 0, 90;
  t.F.col(2) << 0, 0, 0, 10;
  t.x = Eigen::Vector4d(20, 100, 50, 200);
  s.economy.currency = "RUB mn";
  s.activities.waste = WasteSpec{};
  return s;
}

AccountLine line(const char* sector, Booking b, const char* buyer, double q, double price) {
  return {"test", "gh-project", sector, b, buyer, q, "t", price};
}

TEST(ActivityBooking, BooksEachLineWhereItBelongs) {
  const Scenario s = four_sector_zone();
  const economy::RegionalEconomy econ(s.economy.table, 12);
  ActivityBooking booking(s, econ);
  world::PeriodFlows f;
  f.accounts = {
      line("greenhouse", Booking::made, "", 2, 500000),              // 1.0 RUB mn into stocks
      line("greenhouse", Booking::delivered, "", 1, 500000),         // 0.5 out of stocks, exported
      line("power", Booking::purchase, "greenhouse", 10, 14500),     // 0.145 of power bought
      line("power", Booking::imports_saved, "power", 2, 35700),      // 0.0714 of fuel saved
      line("waste", Booking::fee, "households", 100, 16000),         // 1.6 paid by households
      line("waste", Booking::fee_imported, "municipal", 50, 20000),  // 1.0 bought off the isles
      line("waste", Booking::fee, "outside", 10, 16000),             // 0.16 of outside money
  };
  f.projects = {{"gh-project", 0, true}};
  const ActivityBooking::Booked b = booking.book(f);
  // Households' other spending, without waste (the world books it): 20, 40, 100 of 160; the
  // municipal budget's: 50, 90 of 140.
  EXPECT_NEAR(b.stock_change(0), 0.5, 1e-12);
  EXPECT_NEAR(b.exports(0), 0.5, 1e-12);
  EXPECT_NEAR(b.fees(2), 1.76, 1e-12);
  EXPECT_NEAR(b.imports_final(2), 1.0, 1e-12);
  EXPECT_NEAR(b.payers_cut(0), -1.6 * 20 / 160, 1e-12);
  EXPECT_NEAR(b.payers_cut(1), -1.6 * 40 / 160 - 1.0 * 50 / 140, 1e-12);
  EXPECT_NEAR(b.payers_cut(2), 0, 1e-12);
  EXPECT_NEAR(b.payers_cut(3), -1.6 * 100 / 160 - 1.0 * 90 / 140, 1e-12);
  // Final demand: greenhouse 1.0 - 0.2 = 0.8; power 0.145 - 0.4 - 0.357143; waste 1.76;
  // services -1.0 - 0.642857.
  EXPECT_NEAR(b.final_demand(0), 0.8, 1e-12);
  EXPECT_NEAR(b.final_demand(1), 0.145 - 0.4 - 50.0 / 140, 1e-12);
  EXPECT_NEAR(b.final_demand(2), 1.76, 1e-12);
  EXPECT_NEAR(b.final_demand(3), -1.0 - 90.0 / 140, 1e-12);

  ActivityBooking::fill_projects(b, f.projects);
  // Every line here is the project's: its export and the two fees it served locally (not the
  // shipping, which it did not sell).
  EXPECT_NEAR(f.projects[0].revenue, 0.5 + 1.6 + 0.16, 1e-12);
  EXPECT_NEAR(f.projects[0].bought, 0.145, 1e-12);

  // After the step the power sale is intermediate and paid from the greenhouse's value added;
  // the fuel saved leaves the power sector's imports for its value added.
  economy::PeriodAccounts a;
  for (Eigen::VectorXd* v : {&a.final_demand, &a.intermediate_use, &a.value_added, &a.imports})
    *v = Eigen::Vector4d(1, 2, 3, 4);
  ActivityBooking::settle(b, a);
  EXPECT_NEAR(a.final_demand(1), 2 - 0.145, 1e-12);
  EXPECT_NEAR(a.intermediate_use(1), 2 + 0.145, 1e-12);
  EXPECT_NEAR(a.value_added(0), 1 - 0.145, 1e-12);
  EXPECT_NEAR(a.value_added(1), 2 + 0.0714, 1e-12);
  EXPECT_NEAR(a.imports(1), 2 - 0.0714, 1e-12);
  // Summed: value added + imports fell by 0.145, as final demand did.
  EXPECT_NEAR((a.value_added + a.imports).sum() - 20, -0.145, 1e-12);
  EXPECT_NEAR(a.final_demand.sum() - 10, -0.145, 1e-12);
}

TEST(ActivityBooking, AKeptBookingBooksEachPeriodAsAFreshOne) {
  const Scenario s = four_sector_zone();
  const economy::RegionalEconomy econ(s.economy.table, 12);
  ActivityBooking kept(s, econ);
  world::PeriodFlows first, second;
  first.accounts = {line("greenhouse", Booking::delivered, "", 1, 500000),
                    line("power", Booking::purchase, "greenhouse", 10, 14500),
                    line("waste", Booking::fee, "households", 100, 16000)};
  first.projects = {{"gh-project", 0, true}, {"other", 0, true}};
  // The next period: other sectors and buyers at the same places, fewer lines, and a project
  // that sells nothing now.
  second.accounts = {line("waste", Booking::fee, "municipal", 50, 16000),
                     line("power", Booking::imports_saved, "services", 2, 35700)};
  second.accounts[0].project = "other";
  second.projects = first.projects;
  ActivityBooking::Booked b;
  kept.book(first, b);
  kept.book(second, b);
  ActivityBooking fresh_booking(s, econ);
  const ActivityBooking::Booked fresh = fresh_booking.book(second);
  for (const auto& [v, w] : {std::pair{&b.final_demand, &fresh.final_demand},
                             {&b.exports, &fresh.exports},
                             {&b.fees, &fresh.fees},
                             {&b.payers_cut, &fresh.payers_cut},
                             {&b.sector_sales, &fresh.sector_sales},
                             {&b.bought_by, &fresh.bought_by},
                             {&b.imports_saved, &fresh.imports_saved}})
    EXPECT_EQ(*v, *w);
  EXPECT_EQ(b.imports_saved(3), 2.0 * 35700 * 1e-6);
  EXPECT_EQ(b.fish_exports, 0);
  ActivityBooking::fill_projects(b, second.projects);
  EXPECT_EQ(second.projects[0].revenue, 0);  // sold in the first period only
  EXPECT_EQ(second.projects[0].bought, 0);
  EXPECT_EQ(second.projects[1].revenue, 50.0 * 16000 * 1e-6);
}

TEST(ActivityBooking, TheTablesMoneyUnitComesFromTheScenario) {
  Scenario s = four_sector_zone();
  EXPECT_EQ(money_per_rub(s), 1e-6);
  s.economy.currency = "RUB bn";
  EXPECT_EQ(money_per_rub(s), 1e-9);
  s.economy.currency = "RUB";
  EXPECT_EQ(money_per_rub(s), 1);
  s.economy.currency = "USD mn";
  EXPECT_THROW(money_per_rub(s), std::runtime_error);
}

}  // namespace
}  // namespace jez
