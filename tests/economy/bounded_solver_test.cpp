// The capacity-bound (mixed exogenous/endogenous) solve on a two-sector example worked by hand.
#include <gtest/gtest.h>

#include <limits>

#include "economy/bounded_solver.hpp"

namespace jez::economy {
namespace {

constexpr double kNone = std::numeric_limits<double>::infinity();

// A = [[0.2, 0.3], [0.4, 0.1]], f = [100, 200]. I - A = [[0.8, -0.3], [-0.4, 0.9]], det 0.6,
// so x = [0.9*100 + 0.3*200, 0.4*100 + 0.8*200] / 0.6 = [250, 333.33...].
const Eigen::Matrix2d kIminusA = (Eigen::Matrix2d() << 0.8, -0.3, -0.4, 0.9).finished();
const Eigen::Vector2d kDemand(100, 200);

TEST(BoundedSolver, WithoutLimitsItIsTheLeontiefSolution) {
  const BoundedSolver solver(kIminusA);
  const BoundedSolution s = solver.solve_within(kDemand, Eigen::Vector2d(kNone, kNone));
  EXPECT_NEAR(s.output(0), 250, 1e-12);
  EXPECT_NEAR(s.output(1), 1000.0 / 3, 1e-12);
  EXPECT_TRUE(s.bound.empty());
  EXPECT_EQ(s.unmet, Eigen::Vector2d::Zero());
}

TEST(BoundedSolver, SectorOverCapacityIsFixedAndTheOtherReSolved) {
  // Sector 1 limited to 200: 0.9 x2 = 200 + 0.4 * 200, x2 = 311.11...; the final demand sector 1
  // can still serve is 0.8 * 200 - 0.3 * 311.11 = 66.67, so 33.33 of its 100 is unmet.
  const BoundedSolver solver(kIminusA);
  const BoundedSolution s = solver.solve_within(kDemand, Eigen::Vector2d(200, kNone));
  EXPECT_EQ(s.output(0), 200);
  EXPECT_NEAR(s.output(1), 280.0 / 0.9, 1e-10);
  EXPECT_NEAR(s.served(0), 160 - 0.3 * 280.0 / 0.9, 1e-10);
  EXPECT_NEAR(s.unmet(0), 100 - (160 - 0.3 * 280.0 / 0.9), 1e-10);
  EXPECT_EQ(s.unmet(1), 0);
  EXPECT_EQ(s.bound, std::vector<int>{0});
  EXPECT_EQ(s.rounds, 1);
}

TEST(BoundedSolver, ASectorBoundTooEarlyIsFreedAgain) {
  // Both start over capacity (250 > 200, 333.3 > 320). With both fixed, sector 2 could serve
  // 0.9 * 320 - 0.4 * 200 = 208 of final demand, more than the 200 wanted: it is freed, and the
  // solution is the one-bound answer above (x2 = 311.1 < 320).
  const BoundedSolver solver(kIminusA);
  const BoundedSolution s = solver.solve_within(kDemand, Eigen::Vector2d(200, 320));
  EXPECT_EQ(s.bound, std::vector<int>{0});
  EXPECT_NEAR(s.output(1), 280.0 / 0.9, 1e-10);
  EXPECT_EQ(s.rounds, 2);
}

TEST(BoundedSolver, RejectsMismatchedSizes) {
  const BoundedSolver solver(kIminusA);
  EXPECT_THROW(solver.solve_within(Eigen::Vector3d::Ones(), Eigen::Vector2d::Ones()),
               std::invalid_argument);
  EXPECT_THROW(BoundedSolver(Eigen::MatrixXd::Ones(2, 3)), std::invalid_argument);
  // Braces: clang reads BoundedSolver(Eigen::Matrix2d::Ones()) as a declaration.
  EXPECT_THROW(BoundedSolver{Eigen::Matrix2d::Ones()}, std::invalid_argument);  // singular
}

}  // namespace
}  // namespace jez::economy
