// Visitor flows limited by seats and beds, against hand-computed figures.
#include "sectors/tourism.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace jez::sectors {
namespace {

VisitorFlowParams exchange_visits() {
  VisitorFlowParams p;
  p.name = "exchange_visits";
  p.side = VisitorSide::japan;
  p.visitors_per_year = 540;  // 9 trips of about 60 (kurils-facts.md section 6)
  p.season_months = {false, false, false, false, false, true,
                     true,  true,  true,  false, false, false};  // June..September: 122 days
  p.nights_per_visit = 3;
  p.seats_per_sailing = 60;
  p.spending_per_visitor_day = 37500;  // JPY (kurils-facts.md section 9)
  return p;
}

VisitorFlowParams domestic() {
  VisitorFlowParams p;
  p.name = "domestic";
  p.side = VisitorSide::russia;
  p.visitors_per_year = 2000;
  p.season_months = {true, true, true, true, true, true, true, true, true, true, true, true};
  p.nights_per_visit = 2;
  p.seats_per_sailing = 100;
  p.spending_per_visitor_day = 8000;  // RUB
  return p;
}

TEST(Tourism, SeatsLimitAFlowAndSpendingFollowsVisitorDays) {
  // July 2019: demand 540 x 31/122 = 137.2; two sailings of 60 seats carry 120.
  const VisitorFlowParams ex = exchange_visits();
  const std::vector<VisitorFlowInput> in{{&ex, true, 2, 0}};
  const TourismStep s = tourism_step(whole_month(2019, 7), 1000, in);
  EXPECT_NEAR(s.flows[0].demand, 540.0 * 31 / 122, 1e-9);
  EXPECT_DOUBLE_EQ(s.flows[0].visitors, 120);
  EXPECT_NEAR(s.flows[0].turned_away_seats, 540.0 * 31 / 122 - 120, 1e-9);
  EXPECT_DOUBLE_EQ(s.flows[0].visitor_nights, 360);
  EXPECT_DOUBLE_EQ(s.flows[0].visitor_days, 480);
  EXPECT_DOUBLE_EQ(s.flows[0].spending, 480 * 37500.0);  // 18 mn JPY
  EXPECT_DOUBLE_EQ(s.visitors_japan, 120);
  EXPECT_DOUBLE_EQ(s.visitors_russia, 0);
}

TEST(Tourism, BedsCutEveryFlowByTheSameShare) {
  // July 2019, 20 beds: 620 bed-nights. Seated: 120 exchange visitors x 3 nights = 360, and
  // 2000 x 31/365 = 169.86 domestic x 2 = 339.73: 699.73 nights; each flow keeps 620/699.73.
  const VisitorFlowParams ex = exchange_visits(), dom = domestic();
  const std::vector<VisitorFlowInput> in{{&ex, true, 2, 0}, {&dom, true, 8, 0}};
  const TourismStep s = tourism_step(whole_month(2019, 7), 20, in);
  const double dom_demand = 2000.0 * 31 / 365;
  const double share = 620 / (360 + 2 * dom_demand);
  EXPECT_NEAR(s.flows[0].visitors, 120 * share, 1e-9);
  EXPECT_NEAR(s.flows[1].visitors, dom_demand * share, 1e-9);
  EXPECT_NEAR(s.visitor_nights, 620, 1e-9);
  EXPECT_NEAR(s.visitors, (120 + dom_demand) * share, 1e-9);
  EXPECT_NEAR(s.flows[1].turned_away_beds, dom_demand * (1 - share), 1e-9);
}

TEST(Tourism, AClosedFlowOrAMonthOutOfSeasonBringsNoOne) {
  const VisitorFlowParams ex = exchange_visits();
  const std::vector<VisitorFlowInput> closed{{&ex, false, 2, 0}};
  EXPECT_EQ(tourism_step(whole_month(2019, 7), 1000, closed).visitors, 0);
  const std::vector<VisitorFlowInput> october{{&ex, true, 2, 0}};
  EXPECT_EQ(tourism_step(whole_month(2019, 10), 1000, october).visitors, 0);
}

TEST(Tourism, AScriptedPilotTourComesOutOfSeasonWithinTheSeats) {
  // The October 2019 pilot tour: 44 people on one sailing of the 84-seat Etopirika, 5 nights.
  VisitorFlowParams tour = exchange_visits();
  tour.name = "pilot_tour";
  tour.seats_per_sailing = 84;
  tour.nights_per_visit = 5;
  const std::vector<VisitorFlowInput> in{{&tour, true, 1, 44}};
  const TourismStep s = tourism_step(whole_month(2019, 10), 200, in);
  EXPECT_DOUBLE_EQ(s.visitors, 44);
  EXPECT_DOUBLE_EQ(s.visitor_nights, 220);
  EXPECT_DOUBLE_EQ(s.flows[0].spending, 44 * 6 * 37500.0);
}

TEST(Tourism, ACharteredGroupNeedsNoTimetableSeats) {
  // A pilot tour of 44 in a month whose sailings are full (or absent) still brings 44: its
  // charter has its own seats. By hand: no sailing, so the season's demand gets 0 seats; the
  // 44 stay 3 nights (exchange_visits), 44 x 4 days x 37,500 = 6,600,000.
  const VisitorFlowParams ex = exchange_visits();
  const std::vector<VisitorFlowInput> in{{&ex, true, 0, 44}};
  const TourismStep s = tourism_step(whole_month(2019, 10), 1000, in);
  EXPECT_DOUBLE_EQ(s.visitors, 44);
  EXPECT_DOUBLE_EQ(s.flows[0].spending, 44 * (ex.nights_per_visit + 1) * 37500.0);
}

TEST(Tourism, OnlyTheOpenShareOfTheSeasonComes) {
  // Open for 10 of July's 31 days: demand 540 x 31/122 x 10/31 = 44.26..., seats plenty.
  const VisitorFlowParams ex = exchange_visits();
  std::vector<VisitorFlowInput> in{{&ex, true, 5, 0}};
  in[0].open_share = 10.0 / 31;
  const TourismStep s = tourism_step(whole_month(2019, 7), 1000, in);
  EXPECT_NEAR(s.visitors, 540.0 * 10 / 122, 1e-9);
}

TEST(Tourism, RejectsASeasonThatNeverComes) {
  VisitorFlowParams p = exchange_visits();
  EXPECT_NO_THROW(validate(p));
  p.season_months = {};
  EXPECT_THROW(validate(p), std::invalid_argument);
}

}  // namespace
}  // namespace jez::sectors
