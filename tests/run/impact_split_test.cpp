// The impact of a whole run split into direct, indirect and induced effects (Type II), against
// numbers worked by hand from tests/data/tables/two-sector-households.csv (its inverses are
// worked in tests/economy/multipliers_test.cpp).
#include <gtest/gtest.h>

#include "hotel_run.hpp"

namespace jez {
namespace {

// A hotel in services: 120 paid in January 2020, half bought locally from services (60 of final
// demand in January); from April it sells 60 a year at capacity (5 a month for nine months).
// Over 2020 the demand change is 105 for services and 0 for fishing. Per unit of services:
//   Type I  output [30, 80] / 69,  Type II output [106, 244] / 151,
//   v = [0.7, 0.5], w = [0.3, 0.25], e = [0.05, 0.04] jobs per unit of annual output.
// Value added:    direct 0.5 x 105 = 52.5; Type I 105 x 61/69; Type II 105 x 196.2/151.
// Labour income:  direct 0.25 x 105 = 26.25; Type I 105 x 29/69; Type II 105 x 92.8/151.
// Jobs (the mean over 12 months of e x monthly output x 12 = e x the year's output):
//                 direct 0.04 x 105 = 4.2; Type I 105 x 4.7/69; Type II 105 x 15.06/151.
TEST(ImpactSplit, TypeTwoRunByHand) {
  const RunResult r = test::run_in_folder("tables/two-sector-households.csv", "t.csv",
                                          "jezsim: 1\n"
                                          "time: {start: 2020-01, end: 2020-12}\n"
                                          "economy: {table: t.csv, households: endogenous}\n" +
                                              test::kHotel);
  const double tol = 1e-9;
  EXPECT_NEAR(r.metric("impact_grp_direct_final_year"), 52.5, tol);
  EXPECT_NEAR(r.metric("impact_grp_indirect_final_year"), 105 * 61.0 / 69 - 52.5, tol);
  EXPECT_NEAR(r.metric("impact_grp_induced_final_year"), 105 * (196.2 / 151 - 61.0 / 69), tol);
  EXPECT_NEAR(r.metric("impact_grp_other_final_year"), 0, tol);
  EXPECT_NEAR(r.metric("impact_grp_final_year"), 105 * 196.2 / 151, tol);
  EXPECT_NEAR(r.metric("impact_labour_income_direct_final_year"), 26.25, tol);
  EXPECT_NEAR(r.metric("impact_labour_income_indirect_final_year"), 105 * 29.0 / 69 - 26.25, tol);
  EXPECT_NEAR(r.metric("impact_labour_income_induced_final_year"), 105 * (92.8 / 151 - 29.0 / 69),
              tol);
  EXPECT_NEAR(r.metric("impact_labour_income_final_year"), 105 * 92.8 / 151, tol);
  EXPECT_NEAR(r.metric("impact_jobs_direct_final_year"), 4.2, tol);
  EXPECT_NEAR(r.metric("impact_jobs_indirect_final_year"), 105 * 4.7 / 69 - 4.2, tol);
  EXPECT_NEAR(r.metric("impact_jobs_induced_final_year"), 105 * (15.06 / 151 - 4.7 / 69), tol);
  EXPECT_NEAR(r.metric("impact_jobs_other_final_year"), 0, tol);
  // The rows by period add up to the summary: January's direct value added is 0.5 x 60.
  double january_direct = 0;
  for (const auto& row : r.timeseries)
    if (row.date == "2020-01" && row.variable == "impact_value_added_direct")
      january_direct += row.value;
  EXPECT_NEAR(january_direct, 30, tol);
}

}  // namespace
}  // namespace jez

namespace jez {
namespace {

// The lagged form (scenarios/data/textbook-2x2.csv: A = [[0.2, 0.1], [0.1, 0.2]], B = diag(0.1,
// 0.2), yearly steps, no imports: v = [0.7, 0.7]): 10 of construction bought from a in 2021.
// The difference from the counterfactual solves (I - A - B) dx = df - B dx_prev with dx_2020 = 0:
// I - A - B = [[0.7, -0.1], [-0.1, 0.6]], det 0.41, so dx_2021 = [6, 1] / 0.41 and the impact
// on value added is 0.7 x 7 / 0.41 = 11.9512. Direct 0.7 x 10 = 7; Type I: without leakage
// v L = 1, so direct + indirect = 10 and indirect = 3; the rest, 0.8 / 0.41 = 1.9512, is the
// investment demand B dx_2021 that the lagged form adds: `other`.
TEST(ImpactSplit, LaggedInvestmentDemandIsOther) {
  const RunResult r =
      test::run_in_folder("../../scenarios/data/textbook-2x2.csv", "t.csv",
                          "jezsim: 1\n"
                          "time: {start: 2020-01, end: 2021-12, step: year}\n"
                          "economy: {table: t.csv, dynamics: lagged, capital_coefficients: b.csv}\n"
                          "investments:\n"
                          "  - {project: shed, sector: a, owners: {russia: 1}, capital: 10,\n"
                          "     tranches: [{date: 2021-01, share: 1}], local_purchase_share: 1,\n"
                          "     supplier_sector: a, output_capacity_per_year: 0}\n",
                          {{"../../scenarios/data/textbook-2x2-capital.csv", "b.csv"}});
  const double tol = 1e-9;
  EXPECT_NEAR(r.metric("impact_grp_final_year"), 4.9 / 0.41, tol);
  EXPECT_NEAR(r.metric("impact_grp_direct_final_year"), 7, tol);
  EXPECT_NEAR(r.metric("impact_grp_indirect_final_year"), 3, tol);
  EXPECT_NEAR(r.metric("impact_grp_induced_final_year"), 0, tol);
  EXPECT_NEAR(r.metric("impact_grp_other_final_year"), 0.8 / 0.41, tol);
}

}  // namespace
}  // namespace jez
