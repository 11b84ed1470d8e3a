// Technical coefficients, the productivity check and the factorised Leontief solver, on the
// Miller and Blair (2009) chapter 2 two-sector example and on matrices built to fail.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "economy/io_table.hpp"
#include "economy/leontief_solver.hpp"

namespace jez::economy {
namespace {

const std::filesystem::path kTables = std::filesystem::path(JEZ_TEST_DATA) / "tables";

TEST(LeontiefSolver, MillerBlairCoefficientsAndInverse) {
  const IoTable t = read_io_table(kTables / "miller-blair-2x2.csv");
  const Eigen::MatrixXd A = technical_coefficients(t);
  // a_ij = z_ij / x_j: 150/1000, 500/2000, 200/1000, 100/2000.
  EXPECT_TRUE(A.isApprox((Eigen::Matrix2d() << 0.15, 0.25, 0.20, 0.05).finished(), 1e-15));
  const LeontiefSolver solver(A);
  EXPECT_EQ(solver.size(), 2);
  // L as Miller and Blair (2009) chapter 2 print it, to 4 decimals.
  const Eigen::Matrix2d published =
      (Eigen::Matrix2d() << 1.2541, 0.3300, 0.2640, 1.1221).finished();
  EXPECT_LT((solver.inverse() - published).cwiseAbs().maxCoeff(), 0.5e-4);
  // The table's own final demand gives back its gross output.
  EXPECT_TRUE(solver.solve(t.F.col(0)).isApprox(t.x, 1e-12));
  // Their f_new = [600, 1500] gives x_new = [1247.52, 1841.58] (to 2 decimals).
  const Eigen::VectorXd x_new = solver.solve(Eigen::Vector2d(600, 1500));
  EXPECT_NEAR(x_new(0), 1247.52, 0.005);
  EXPECT_NEAR(x_new(1), 1841.58, 0.005);
}

TEST(LeontiefSolver, RepeatedSolvesMatchTheInverse) {
  // One factorisation, many final demands: each solve equals L f formed independently.
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> u(0, 1);
  const int n = 40;
  Eigen::MatrixXd A = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng); });
  A = A * (0.7 / A.colwise().sum().maxCoeff());  // every column sums to at most 0.7
  const LeontiefSolver solver(A);
  const Eigen::MatrixXd L = (Eigen::MatrixXd::Identity(n, n) - A).fullPivLu().inverse();
  for (int k = 0; k < 5; ++k) {
    const Eigen::VectorXd f = Eigen::VectorXd::NullaryExpr(n, [&] { return 100 * u(rng); });
    EXPECT_TRUE(solver.solve(f).isApprox(L * f, 1e-12));
  }
}

TEST(LeontiefSolver, TransposedSolvesGiveRowVectorsTimesTheInverse) {
  // Miller and Blair's L = [[.95, .25], [.2, .85]] / 0.7575: 1' L is the output multipliers.
  const LeontiefSolver solver(
      technical_coefficients(read_io_table(kTables / "miller-blair-2x2.csv")));
  const Eigen::MatrixXd ones = Eigen::MatrixXd::Ones(2, 1);
  EXPECT_TRUE(solver.solve_transposed(ones).isApprox(Eigen::Vector2d(1.15, 1.10) / 0.7575, 1e-14));
  EXPECT_FALSE(solver.uses_lapack());  // small tables keep Eigen's LU
  EXPECT_THROW(solver.solve_transposed(Eigen::MatrixXd::Ones(3, 1)), std::invalid_argument);
}

TEST(LeontiefSolver, LargeTablesUseOpenBlasAndAgreeWithEigen) {
  // From kLapackFromSectors sectors on the factors are OpenBLAS's (scripts/setup.sh installs it);
  // every result agrees with Eigen's own LU on the same matrix.
  ASSERT_TRUE(LapackLu::available()) << "libopenblas0 is missing: run scripts/setup.sh";
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> u(0, 1);
  const int n = LeontiefSolver::kLapackFromSectors + 7;
  Eigen::MatrixXd A = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng); });
  A = A * Eigen::VectorXd(0.6 * A.colwise().sum().cwiseInverse()).asDiagonal();
  const LeontiefSolver solver(A);
  EXPECT_TRUE(solver.uses_lapack());
  EXPECT_EQ(solver.size(), n);
  const Eigen::PartialPivLU<Eigen::MatrixXd> eigen(Eigen::MatrixXd::Identity(n, n) - A);
  const Eigen::VectorXd f = Eigen::VectorXd::NullaryExpr(n, [&] { return 100 * u(rng); });
  EXPECT_TRUE(solver.solve(f).isApprox(eigen.solve(f), 1e-12));
  const Eigen::MatrixXd C = Eigen::MatrixXd::NullaryExpr(n, 3, [&] { return u(rng); });
  EXPECT_TRUE(solver.solve_transposed(C).isApprox(eigen.transpose().solve(C), 1e-12));
  EXPECT_TRUE(solver.inverse().isApprox(eigen.inverse(), 1e-12));
  EXPECT_THROW(LapackLu::factorise(Eigen::MatrixXd::Zero(3, 3)), std::invalid_argument);
}

TEST(LeontiefSolver, ClosedCoefficientsOfTheHouseholdTable) {
  const IoTable t = read_io_table(kTables / "two-sector-households.csv");
  // X_h = 30 + 50 + 20 = 100: h = [10, 50] / 100, w = [30/100, 50/200], h_hh = 20/100.
  const Eigen::Matrix3d expected =
      (Eigen::Matrix3d() << 0.2, 0.3, 0.1, 0.1, 0.1, 0.5, 0.3, 0.25, 0.2).finished();
  const auto closed = household_closed_coefficients(t);
  ASSERT_TRUE(closed);
  EXPECT_TRUE(closed->isApprox(expected, 1e-15));
  // Without a household_consumption column there is no closed model.
  EXPECT_FALSE(household_closed_coefficients(read_io_table(kTables / "miller-blair-2x2.csv")));
}

TEST(ProductivityIssue, ColumnSummingToOneOrMore) {
  const auto issue = productivity_issue((Eigen::Matrix2d() << 0.2, 0.6, 0.3, 0.4).finished());
  ASSERT_TRUE(issue);
  EXPECT_EQ(issue->sector, 1);  // 0.6 + 0.4 = 1
  EXPECT_NE(issue->reason.find("buys 1 of intermediate inputs"), std::string::npos);
  EXPECT_FALSE(productivity_issue((Eigen::Matrix2d() << 0.2, 0.6, 0.3, 0.39).finished()));
}

TEST(ProductivityIssue, SingularWithNegativeCoefficients) {
  // Column sums 0.5 and 0, yet A has the eigenvalue 1, so I - A = [[0, 0], [0.5, 1]] is singular.
  const auto issue = productivity_issue((Eigen::Matrix2d() << 1, 0, -0.5, 0).finished());
  ASSERT_TRUE(issue);
  EXPECT_EQ(issue->sector, -1);
  EXPECT_EQ(issue->reason, "I - A is singular");
}

TEST(ProductivityIssue, NegativeLeontiefInverse) {
  // A = [[0, -0.5], [0, 0]]: L = [[1, -0.5], [0, 1]] has a negative entry in column 2.
  const auto issue = productivity_issue((Eigen::Matrix2d() << 0, -0.5, 0, 0).finished());
  ASSERT_TRUE(issue);
  EXPECT_EQ(issue->sector, 1);
  EXPECT_NE(issue->reason.find("l[1][2] = -0.5"), std::string::npos) << issue->reason;
}

TEST(LeontiefSolver, RejectsBadInput) {
  EXPECT_THROW(LeontiefSolver(Eigen::MatrixXd::Zero(2, 3)), std::invalid_argument);
  EXPECT_THROW(LeontiefSolver((Eigen::Matrix2d() << 0.5, 0, 0.6, 0).finished()),
               std::invalid_argument);
  const LeontiefSolver solver(Eigen::Matrix2d::Zero());
  EXPECT_THROW(solver.solve(Eigen::Vector3d::Ones()), std::invalid_argument);
}

}  // namespace
}  // namespace jez::economy
