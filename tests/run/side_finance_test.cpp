// Each side's finance in a whole run (its currency, discount rate and debt) and the Kuril regime's
// coverage (firms registered from a date, exemptions until a month), against flows worked by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "hotel_run.hpp"

namespace jez {
namespace {

// The hotel (hotel_run.hpp) on the Miller and Blair 2x2 table (services buy 0.3 of their output
// as inputs; no labour, tax or import rows): 120 paid in January 2020, online from April at 5 a
// month. Japan owns 0.4, Russia 0.6.
RunResult run_hotel(const std::string& extra) {
  return test::run_in_folder("scenarios/zone-2x2.csv", "zone.csv",
                             "jezsim: 1\n"
                             "time: {start: 2020-01, end: 2020-12}\n"
                             "economy: {table: zone.csv}\n" +
                                 test::kHotel + extra);
}

double discounted(double amount, int month, double rate) {
  return amount / std::pow(1 + rate, month / 12.0);
}

// Under the Kuril regime (the firm, registered in January 2020, is covered from 2020-01) the
// project pays no tax: its flows are -120 in January and 5 - 0.3 x 5 = 3.5 a month from April.
// Japan counts in yen at 2 JPY/RUB: -96 and 0.4 x 3.5 x 2 = 2.8; it borrows all of its 96 at 0 %
// over 12 months: +96 in January, 8 a month from February, and the 8 still owed after eleven
// payments in December. Its equity flows: 0; -8, -8; -5.2 (April to November); 2.8 - 16 = -13.2.
// Discounted at its own 12 %. Russia, unlevered in roubles at the economy's 8 %: 0.6 x the
// project's flows.
TEST(SideFinance, OwnCurrencyRateAndDebtByHand) {
  const RunResult r = run_hotel(
      "currency: {base: RUB, jpy_per_base: 2}\n"
      "finance:\n"
      "  japan: {currency: JPY, discount_rate_per_year: 0.12, debt_share: 1,\n"
      "          debt_rate_per_year: 0, debt_years: 1}\n"
      "regime: [{from: 2020-01, kind: kuril_preferential, registered_from: 2020-01}]\n");
  EXPECT_EQ(r.metric("tax_receipts_russia") + r.metric("tax_receipts_japan"), 0);
  double japan_jpy = 0, japan_rub = 0, russia = 0;
  for (int m = 0; m < 12; ++m) {
    const double equity = m == 0 ? 0 : m < 3 ? -8 : m < 11 ? -5.2 : -13.2;
    japan_jpy += discounted(equity, m, 0.12);
    japan_rub += discounted(equity / 2, m, 0.08);
    russia += discounted(m == 0 ? -72 : m < 3 ? 0 : 0.6 * 3.5, m, 0.08);
  }
  EXPECT_NEAR(r.metric("npv_japan_jpy"), japan_jpy, 1e-9);
  EXPECT_NEAR(r.metric("npv_japan"), japan_rub, 1e-9);
  EXPECT_NEAR(r.metric("npv_russia"), russia, 1e-9);
  EXPECT_NEAR(r.metric("npv_russia_rub"), russia, 1e-9);
  EXPECT_NEAR(r.metric("npv_project_hotel"), russia / 0.6, 1e-9);
  // All flows of Japan's equity are negative: no rate makes them sum to zero.
  EXPECT_TRUE(std::isnan(r.metric("irr_japan_jpy")));
}

// A firm registered before the regime's registered_from pays Russian general taxes: property tax
// 2.2 %/yr of the capital in operation, K_k = 120 (1 - 0.05/12)^k at the k-th month from April
// (depreciation 5 %/yr), and 20 % profit tax on 3.5 - property tax - depreciation.
TEST(SideFinance, KurilRegimeCoversOnlyFirmsRegisteredFromItsDate) {
  const RunResult r =
      run_hotel("regime: [{from: 2020-01, kind: kuril_preferential, registered_from: 2022-01}]\n");
  double taxes = 0;
  for (int k = 0; k < 9; ++k) {
    const double K = 120 * std::pow(1 - 0.05 / 12, k);
    const double property = K * 0.022 / 12, depreciation = K * 0.05 / 12;
    taxes += property + 0.2 * std::max(0.0, 3.5 - property - depreciation);
  }
  EXPECT_NEAR(r.metric("tax_receipts_russia"), taxes, 1e-9);
}

// The exemptions end with `until`: from July the general rates apply again.
TEST(SideFinance, KurilRegimeEndsWithUntil) {
  const RunResult r = run_hotel(
      "regime: [{from: 2020-01, kind: kuril_preferential, registered_from: 2020-01,"
      " until: 2020-06}]\n");
  double taxes = 0;
  for (int k = 3; k < 9; ++k) {  // July to December
    const double K = 120 * std::pow(1 - 0.05 / 12, k);
    const double property = K * 0.022 / 12, depreciation = K * 0.05 / 12;
    taxes += property + 0.2 * std::max(0.0, 3.5 - property - depreciation);
  }
  EXPECT_NEAR(r.metric("tax_receipts_russia"), taxes, 1e-9);
}

}  // namespace
}  // namespace jez
