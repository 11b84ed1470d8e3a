// NPV, IRR and payback on cash flows with known answers, and one period of a project's books.
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <random>

#include "economy/project_accounts.hpp"
#include "economy/project_finance.hpp"

namespace jez::economy {
namespace {

TEST(ProjectFinance, OneYearLoanAtTenPercent) {
  // -100 now, +110 in a year: NPV at 10 % is 0, the IRR is 10 %, payback after 12 months.
  const std::vector<CashFlow> f = {{0, -100}, {12, 110}};
  EXPECT_NEAR(net_present_value(f, 0.10), 0, 1e-12);
  EXPECT_NEAR(net_present_value(f, 0.0), 10, 1e-12);
  EXPECT_NEAR(*internal_rate_of_return(f), 0.10, 1e-9);
  EXPECT_EQ(payback_month(f), 12);
}

TEST(ProjectFinance, FourYearAnnuity) {
  // -1000, then 300 a year for four years. NPV at 5 % = 300 * (1 - 1.05^-4) / 0.05 - 1000
  // = 300 * 3.5459505 - 1000 = 63.785; the IRR is 7.7138 % (300 * a(4, r) = 1000).
  const std::vector<CashFlow> f = {{0, -1000}, {12, 300}, {24, 300}, {36, 300}, {48, 300}};
  EXPECT_NEAR(net_present_value(f, 0.05), 300 * (1 - std::pow(1.05, -4)) / 0.05 - 1000, 1e-9);
  const double irr = *internal_rate_of_return(f);
  EXPECT_NEAR(irr, 0.077138, 1e-6);
  EXPECT_NEAR(net_present_value(f, irr), 0, 1e-7);
  EXPECT_EQ(payback_month(f), 48);  // cumulative -100 after month 36, +200 after month 48
}

TEST(ProjectFinance, MonthlyFlowsDiscountByTwelfths) {
  // 100 in six months at 21 % a year: 100 / 1.21^0.5 = 100 / 1.1.
  EXPECT_NEAR(net_present_value({{6, 100}}, 0.21), 100 / 1.1, 1e-12);
}

TEST(ProjectFinance, NoSignChangeNoIrrNoPayback) {
  EXPECT_FALSE(internal_rate_of_return({{0, 10}, {12, 10}}));
  EXPECT_FALSE(internal_rate_of_return({{0, -10}, {12, -10}}));
  EXPECT_FALSE(payback_month({{0, -10}, {12, 5}}));
  EXPECT_THROW(net_present_value({{0, 1}}, -1), std::invalid_argument);
}

// The IRR search with net_present_value at every step: internal_rate_of_return must find the
// same rate to the bit (its cheap sign test falls back to this NPV where it is unsure).
std::optional<double> irr_by_plain_bisection(const std::vector<CashFlow>& flows) {
  return internal_rate_of_return(flows, net_present_value);
}

TEST(ProjectFinance, IrrIsThePlainBisectionsToTheBit) {
  std::mt19937 rng(2017);
  std::uniform_real_distribution<double> u(0, 1);
  for (int k = 0; k < 300; ++k) {
    // Monthly project flows: outlays for a while, then returns (some months nothing), over up
    // to 60 years; every tenth case with a late outlay too (two sign changes).
    const int months = 12 + int(u(rng) * 720), build = 1 + int(u(rng) * 36);
    const double scale = std::pow(10.0, 6 * u(rng) - 3);
    std::vector<CashFlow> f;
    for (int m = 0; m < months; ++m) {
      double a = m < build ? -scale * u(rng) : scale * (u(rng) - 0.2) * 0.05;
      if (u(rng) < 0.1) a = 0;
      if (k % 10 == 0 && m == months - 1) a = -scale * 3;
      f.push_back({m, a});
    }
    const auto fast = internal_rate_of_return(f), plain = irr_by_plain_bisection(f);
    ASSERT_EQ(fast.has_value(), plain.has_value()) << k;
    if (fast) {
      EXPECT_EQ(*fast, *plain) << k;
    }
  }
  // The textbook flows, flows out of month order and flows of a root on the grid.
  for (const std::vector<CashFlow>& f :
       {std::vector<CashFlow>{{0, -1000}, {12, 300}, {24, 300}, {36, 300}, {48, 300}},
        std::vector<CashFlow>{{12, 110}, {0, -100}}, std::vector<CashFlow>{{0, -100}, {12, 110}},
        std::vector<CashFlow>{{0, -100}, {12, 100}}})
    EXPECT_EQ(internal_rate_of_return(f), irr_by_plain_bisection(f));
}

TEST(ProjectAccounts, OnePeriodUnderEachRegime) {
  // Revenue 100; inputs 40 % (local and imported), product taxes 2 %, labour 30 %; capital 1200
  // in operation, 10 %/yr depreciation, 12 periods a year: depreciation 10, property tax
  // 1200 * 0.022 / 12 = 2.2.
  const UnitCosts c{0.40, 0.02, 0.30};
  const ProjectPeriod g = account_project_period(
      100, 0, 1200, true, c, default_rates(RegimeKind::russian_general), 0.1, 12);
  // Insurance 0.3 * 30 = 9; before tax 100 - 40 - 2 - 30 - 9 - 2.2 - 10 = 6.8; profit tax 1.36.
  EXPECT_NEAR(g.insurance_contributions, 9, 1e-12);
  EXPECT_NEAR(g.property_tax, 2.2, 1e-12);
  EXPECT_NEAR(g.profit_tax, 1.36, 1e-12);
  EXPECT_NEAR(g.profit, 5.44, 1e-12);
  EXPECT_NEAR(g.cash_flow, 15.44, 1e-12);  // profit + depreciation
  EXPECT_NEAR(g.taxes(), 9 + 2.2 + 2 + 1.36, 1e-12);
  EXPECT_NEAR(g.capital, 1190, 1e-12);
  // Kuril preferential regime: insurance 7.6 % (2.28), no property or profit tax.
  const ProjectPeriod k = account_project_period(
      100, 0, 1200, true, c, default_rates(RegimeKind::kuril_preferential), 0.1, 12);
  EXPECT_NEAR(k.taxes(), 2.28 + 2, 1e-12);
  EXPECT_NEAR(k.profit, 100 - 40 - 2 - 30 - 2.28 - 10, 1e-12);
  // Under construction: the capital paid adds to the stock, nothing depreciates.
  const ProjectPeriod b = account_project_period(0, 500, 0, false, c, TaxRates{}, 0.1, 12);
  EXPECT_EQ(b.capital, 500);
  EXPECT_EQ(b.cash_flow, -500);
}

// A loan of half an outlay of 100 at 1 % a month ((1.01)^12 - 1 a year) over two months:
// payment = 50 x 0.01 x 1.01^2 / (1.01^2 - 1) = 0.51005 / 0.0201 = 25.3756219 (owed after month
// 1: 50.5 - 25.3756 = 25.1244, after month 2: 25.3756 - 25.3756 = 0).
TEST(ProjectFinance, EquityFlowsRepayALevelAnnuity) {
  const std::vector<CashFlow> flows = {{0, -100}, {1, 10}, {2, 10}, {3, 10}};
  const std::vector<CashFlow> outlays = {{0, 100}, {1, 0}, {2, 0}, {3, 0}};
  const double payment = 0.51005 / 0.0201;
  const auto e = equity_cash_flows(flows, outlays, {0.5, std::pow(1.01, 12) - 1, 2});
  ASSERT_EQ(e.size(), 4u);
  EXPECT_NEAR(e[0].amount, -50, 1e-12);
  EXPECT_NEAR(e[1].amount, 10 - payment, 1e-9);
  EXPECT_NEAR(e[2].amount, 10 - payment, 1e-9);
  EXPECT_NEAR(e[3].amount, 10, 1e-12);
  // A three-month loan cut by the horizon after two payments repays what is owed at the end:
  // payment 50 x 0.01 x 1.01^3 / (1.01^3 - 1) = 17.0011; owed after two months
  // 50 x 1.01^2 - 17.0011 x (1.01 + 1) = 16.8328 (= the third payment / 1.01).
  const auto cut = equity_cash_flows({{0, -100}, {1, 0}, {2, 0}}, {{0, 100}, {1, 0}, {2, 0}},
                                     {0.5, std::pow(1.01, 12) - 1, 3});
  const double p3 = 50 * 0.01 * std::pow(1.01, 3) / (std::pow(1.01, 3) - 1);
  EXPECT_NEAR(cut[1].amount, -p3, 1e-9);
  EXPECT_NEAR(cut[2].amount, -p3 - p3 / 1.01, 1e-9);
  // Quarterly flows: the monthly payments of a 0 % loan of 60 over 6 months (10 a month) fall in
  // the quarter that holds them: months 1-2 in the first (20), 3-5 in the second (30), 6 in the
  // third (10).
  const auto q =
      equity_cash_flows({{0, -60}, {3, 0}, {6, 0}}, {{0, 60}, {3, 0}, {6, 0}}, {1, 0, 6});
  EXPECT_NEAR(q[0].amount, 0 - 20, 1e-12);
  EXPECT_NEAR(q[1].amount, -30, 1e-12);
  EXPECT_NEAR(q[2].amount, -10, 1e-12);
  EXPECT_THROW(equity_cash_flows(flows, {{0, 100}}, {}), std::invalid_argument);
}

}  // namespace
}  // namespace jez::economy
