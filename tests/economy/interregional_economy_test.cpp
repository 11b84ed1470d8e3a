// The multiregional model with trade coefficients (Miller and Blair 2009, section 3.4): a
// two-region example by hand, and its identity on random systems.
#include <gtest/gtest.h>

#include <random>

#include "economy/interregional_economy.hpp"

namespace jez::economy {
namespace {

RegionCoefficients region(const std::string& name, const Eigen::MatrixXd& A) {
  const Eigen::VectorXd v = Eigen::VectorXd::Ones(A.cols()) - A.colwise().sum().transpose();
  return {name, A, v, 0.5 * v, 0.01 * Eigen::VectorXd::Ones(A.cols())};
}

// A random system of R regions and n goods: each region's input columns sum to at most 0.6, each
// good's trade columns to 0.9 (the rest bought outside), so that it is productive.
InterregionalEconomy random_economy(std::mt19937& rng, int R, int n,
                                    std::vector<RegionCoefficients>* regions_out = nullptr,
                                    std::vector<Eigen::MatrixXd>* trade_out = nullptr) {
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<RegionCoefficients> regions;
  for (int r = 0; r < R; ++r) {
    Eigen::MatrixXd A = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng); });
    regions.push_back(region("r" + std::to_string(r), A * (0.6 / A.colwise().sum().maxCoeff())));
  }
  std::vector<Eigen::MatrixXd> trade;
  for (int i = 0; i < n; ++i) {
    Eigen::MatrixXd c = Eigen::MatrixXd::NullaryExpr(R, R, [&] { return u(rng); });
    trade.push_back(c * Eigen::VectorXd(0.9 * c.colwise().sum().cwiseInverse()).asDiagonal());
  }
  InterregionalEconomy e(regions, trade);
  if (regions_out) *regions_out = regions;
  if (trade_out) *trade_out = trade;
  return e;
}

// One good, two regions: a^1 = 0.2, a^2 = 0.3. Region 1 buys 80 % of its use at home, 10 % from
// region 2 and 10 % outside; region 2 buys 20 % from region 1, 70 % at home, 10 % outside.
// C = [[0.8, 0.2], [0.1, 0.7]], C A = [[0.16, 0.06], [0.02, 0.21]], det(I - C A) = 0.84 x 0.79
// - 0.06 x 0.02 = 0.6624. Final demand 100 in region 1: C f = [80, 10], x = [0.79 x 80 + 0.06
// x 10, 0.02 x 80 + 0.84 x 10] / 0.6624 = [96.32, 15.10]: region 2 produces 15.10 for a demand
// it does not have (the spillover), and part of region 1's output is its own inputs coming back
// through region 2's purchases (the feedback). Imports from outside: 0.1 (0.2 x1 + 100) and
// 0.1 (0.3 x2); with value added 1 - a, value added and outside imports add up to the 100 of
// final demand.
TEST(InterregionalEconomy, TwoRegionsByHand) {
  const Eigen::MatrixXd a1 = Eigen::MatrixXd::Constant(1, 1, 0.2),
                        a2 = Eigen::MatrixXd::Constant(1, 1, 0.3);
  const Eigen::MatrixXd c = (Eigen::Matrix2d() << 0.8, 0.2, 0.1, 0.7).finished();
  const InterregionalEconomy e({region("one", a1), region("two", a2)}, {c});
  const auto acc = e.accounts(Eigen::Vector2d(100, 0));
  const double x1 = 63.8 / 0.6624, x2 = 10.0 / 0.6624;
  EXPECT_NEAR(acc[0].output(0), x1, 1e-12);
  EXPECT_NEAR(acc[1].output(0), x2, 1e-12);
  EXPECT_NEAR(acc[0].imports, 0.1 * (0.2 * x1 + 100), 1e-12);
  EXPECT_NEAR(acc[1].imports, 0.1 * 0.3 * x2, 1e-12);
  EXPECT_NEAR(acc[0].value_added, 0.8 * x1, 1e-12);
  EXPECT_NEAR(acc[0].value_added + acc[1].value_added + acc[0].imports + acc[1].imports, 100,
              1e-10);
  EXPECT_NEAR(acc[1].jobs, 0.01 * x2, 1e-14);
}

TEST(InterregionalEconomy, ValueAddedAndOutsideImportsAddUpToFinalDemand) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> u(0, 1);
  const int R = 3, n = 4;
  std::vector<RegionCoefficients> regions;
  std::vector<Eigen::MatrixXd> trade;
  const InterregionalEconomy e = random_economy(rng, R, n, &regions, &trade);
  const Eigen::VectorXd f = Eigen::VectorXd::NullaryExpr(R * n, [&] { return 100 * u(rng); });
  double total = 0;
  for (const auto& a : e.accounts(f)) total += a.value_added + a.imports;
  EXPECT_NEAR(total, f.sum(), 1e-9 * f.sum());
  trade[0](0, 0) = 0.95;  // good 1's shares in region 1 now sum above 1
  EXPECT_THROW(InterregionalEconomy(regions, trade), std::invalid_argument);
  EXPECT_THROW(e.output(Eigen::VectorXd::Ones(5)), std::invalid_argument);
}

// The totals the mainland coupling reads each period are accounts_of_deliveries's, to the bit,
// on the two-region example and on a random system.
TEST(InterregionalEconomy, TotalsOfDeliveriesAreTheAccountsSummed) {
  const auto check = [](const InterregionalEconomy& e, const Eigen::VectorXd& d) {
    const auto acc = e.accounts_of_deliveries(d);
    std::vector<RegionTotals> totals;
    e.totals_of_deliveries(d, totals);
    ASSERT_EQ(totals.size(), acc.size());
    for (std::size_t s = 0; s < acc.size(); ++s) {
      EXPECT_EQ(totals[s].output, acc[s].output.sum());
      EXPECT_EQ(totals[s].value_added, acc[s].value_added);
      EXPECT_EQ(totals[s].labour_income, acc[s].labour_income);
      EXPECT_EQ(totals[s].jobs, acc[s].jobs);
    }
  };
  const Eigen::MatrixXd c = (Eigen::Matrix2d() << 0.8, 0.2, 0.1, 0.7).finished();
  const InterregionalEconomy two({region("one", Eigen::MatrixXd::Constant(1, 1, 0.2)),
                                  region("two", Eigen::MatrixXd::Constant(1, 1, 0.3))},
                                 {c});
  check(two, Eigen::Vector2d(80, 10));
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> u(0, 1);
  const int R = 4, n = 14;  // the shipped regions' size
  const InterregionalEconomy e = random_economy(rng, R, n);
  for (int k = 0; k < 3; ++k)
    check(e, Eigen::VectorXd::NullaryExpr(R * n, [&] { return 100 * u(rng); }));
  std::vector<RegionTotals> totals;
  EXPECT_THROW(e.totals_of_deliveries(Eigen::VectorXd::Ones(5), totals), std::invalid_argument);
}

}  // namespace
}  // namespace jez::economy
