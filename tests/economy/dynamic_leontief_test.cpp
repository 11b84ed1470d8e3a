// The lagged dynamic Leontief path on a two-sector example computed by hand, and its stability.
#include <gtest/gtest.h>

#include "economy/regional_economy.hpp"

namespace jez::economy {
namespace {

// A = [[0.2, 0.1], [0.1, 0.2]], x = [100, 100] a year, so Z = [[20, 10], [10, 20]] and the final
// demand is [70, 70]. Capital coefficients B = diag(0.1, 0.2), one period a year.
IoTable two_sectors() {
  IoTable t;
  t.sectors = {"a", "b"};
  t.final_demand_names = {"exports"};
  t.x = Eigen::Vector2d(100, 100);
  t.Z = (Eigen::Matrix2d() << 20, 10, 10, 20).finished();
  t.F = Eigen::Vector2d(70, 70);
  return t;
}

TEST(LaggedDynamics, PathWorkedByHand) {
  EconomyOptions o;
  o.capital_coefficients = Eigen::Vector2d(0.1, 0.2).asDiagonal().toDenseMatrix();
  const RegionalEconomy economy(two_sectors(), 1, o);
  const Eigen::Vector2d f(80, 70);
  const Eigen::Vector2d inf(1.0 / 0.0, 1.0 / 0.0);
  // Period 1 from x_0 = [100, 100]: I - A - B = [[0.7, -0.1], [-0.1, 0.6]] (det 0.41) and
  // f - B x_0 = [70, 50], so x_1 = [0.6*70 + 0.1*50, 0.1*70 + 0.7*50] / 0.41 = [47, 42] / 0.41.
  const PeriodAccounts p1 = economy.step(f, inf, economy.table_output_per_period());
  EXPECT_NEAR(p1.output(0), 47 / 0.41, 1e-10);
  EXPECT_NEAR(p1.output(1), 42 / 0.41, 1e-10);
  // Investment demand B (x_1 - x_0) = [0.1 * 14.634, 0.2 * 2.439].
  EXPECT_NEAR(p1.investment_demand(0), 0.1 * (47 / 0.41 - 100), 1e-10);
  EXPECT_NEAR(p1.investment_demand(1), 0.2 * (42 / 0.41 - 100), 1e-10);
  // Period 2: f - B x_1 = [80 - 4.7/0.41, 70 - 8.4/0.41]; x_2 = inverse above times that.
  const PeriodAccounts p2 = economy.step(f, inf, p1.output);
  const double r1 = 80 - 4.7 / 0.41, r2 = 70 - 8.4 / 0.41;
  EXPECT_NEAR(p2.output(0), (0.6 * r1 + 0.1 * r2) / 0.41, 1e-10);
  EXPECT_NEAR(p2.output(1), (0.1 * r1 + 0.7 * r2) / 0.41, 1e-10);
  // It overshoots and comes back: the static solution is [71, 64] / 0.63 = [112.70, 101.59],
  // x_1 = 114.63 is above it, x_2 = 112.37 below.
  EXPECT_GT(p1.output(0), 71 / 0.63);
  EXPECT_LT(p2.output(0), 71 / 0.63);
  // The iteration matrix -(I - A - B)^-1 B has eigenvalues -0.1404 and -0.3474: it converges,
  // oscillating, to the static solution.
  ASSERT_TRUE(economy.stability());
  EXPECT_NEAR(economy.stability()->spectral_radius, 0.34738148, 1e-7);
  EXPECT_TRUE(economy.stability()->converges());
  EXPECT_TRUE(economy.stability()->oscillates());
  Eigen::VectorXd x = p2.output;
  for (int t = 0; t < 60; ++t) x = economy.step(f, inf, x).output;
  EXPECT_NEAR(x(0), 71 / 0.63, 1e-9);
  EXPECT_NEAR(x(1), 64 / 0.63, 1e-9);
}

TEST(LaggedDynamics, LargeCapitalCoefficientsDiverge) {
  // B = 0.5 I: eigenvalues of -(I - A - B)^-1 B are -2.5 and -1.25, an oscillating divergence.
  const LaggedStability s = lagged_stability(
      Eigen::Matrix2d::Identity() - (Eigen::Matrix2d() << 0.2, 0.1, 0.1, 0.2).finished(),
      Eigen::Matrix2d::Identity() * 0.5);
  EXPECT_NEAR(s.spectral_radius, 2.5, 1e-12);
  EXPECT_FALSE(s.converges());
  EXPECT_TRUE(s.oscillates());
  EXPECT_NE(s.verdict().find("oscillates around the static solution and diverges"),
            std::string::npos);
  // I - A - B singular: A + B = I.
  const LaggedStability singular =
      lagged_stability(Eigen::Matrix2d::Identity() * 0.5, Eigen::Matrix2d::Identity() * 0.5);
  EXPECT_TRUE(singular.singular);
  EXPECT_FALSE(singular.converges());
}

}  // namespace
}  // namespace jez::economy
