// NPV, IRR and payback on cash flows with known answers, and one period of a project's books.
#include <gtest/gtest.h>

#include <cmath>

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

}  // namespace
}  // namespace jez::economy
