// Multipliers: the Miller and Blair (2009) chapter 2 example, a households table worked by hand
// in exact fractions, the Type II / Type I identity, and the multipliers.csv text.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "economy/io_table.hpp"
#include "economy/leontief_solver.hpp"
#include "economy/multipliers.hpp"

namespace jez::economy {
namespace {

const std::filesystem::path kTables = std::filesystem::path(JEZ_TEST_DATA) / "tables";

TEST(Multipliers, MillerBlairOutputMultipliers) {
  const Multipliers m = compute_multipliers(read_io_table(kTables / "miller-blair-2x2.csv"));
  // Miller and Blair (2009) chapter 2: 1.518 and 1.452. Exactly, L = [[.95, .25], [.2, .85]]
  // / 0.7575, so the column sums are 1.15 / 0.7575 and 1.10 / 0.7575.
  EXPECT_NEAR(m.output_type1(0), 1.518, 0.0005);
  EXPECT_NEAR(m.output_type1(1), 1.452, 0.0005);
  EXPECT_NEAR(m.output_type1(0), 1.15 / 0.7575, 1e-12);
  EXPECT_NEAR(m.output_type1(1), 1.10 / 0.7575, 1e-12);
  // No compensation, employment or household column: those multipliers are not given.
  EXPECT_FALSE(m.output_type2 || m.income_effect || m.income_type1 || m.income_type2);
  EXPECT_FALSE(m.employment_effect || m.employment_type1 || m.employment_type2);
  // Value added is the residual and there are no imports, so every unit of final demand ends
  // up as value added: v L = 1' (I - A) L = 1'.
  EXPECT_NEAR(m.value_added_effect(0), 1, 1e-12);
  EXPECT_NEAR(m.value_added_effect(1), 1, 1e-12);
}

// A table with value added and no imports row, by hand: implied imports 100 - 40 - 40 = 20 and
// 200 - 30 - 150 = 20. A = [[0.1, 0.1], [0.3, 0.05]], det(I - A) = 0.855 - 0.03 = 0.825,
// L = [[0.95, 0.1], [0.3, 0.9]] / 0.825. Output: [1.25, 1.0] / 0.825. v = [0.4, 0.75]:
// v L = [0.38 + 0.225, 0.04 + 0.675] / 0.825 = [0.605, 0.715] / 0.825; m = [0.2, 0.1]:
// m L = [0.22, 0.11] / 0.825, and v L + m L = 1: each unit of final demand ends as value added
// or imports.
TEST(Multipliers, TableWithImpliedImportsByHand) {
  const auto file = std::filesystem::path(::testing::TempDir()) / "jez-implied-imports.csv";
  std::ofstream(file) << "sector,a,b,final_demand,total_output\na,10,20,70,100\n"
                         "b,30,10,160,200\nvalue_added,40,150,,\n";
  const IoTable t = read_io_table(file);
  ASSERT_TRUE(t.imports_implied);
  const Multipliers m = compute_multipliers(t);
  EXPECT_NEAR(m.output_type1(0), 1.25 / 0.825, 1e-12);
  EXPECT_NEAR(m.output_type1(1), 1.0 / 0.825, 1e-12);
  EXPECT_NEAR(m.value_added_effect(0), 0.605 / 0.825, 1e-12);
  EXPECT_NEAR(m.value_added_effect(1), 0.715 / 0.825, 1e-12);
  const Eigen::RowVector2d imports_effect = t.imports->sectors.cwiseQuotient(t.x).transpose() *
                                            LeontiefSolver(technical_coefficients(t)).inverse();
  EXPECT_NEAR(imports_effect(0), 0.22 / 0.825, 1e-12);
  EXPECT_NEAR(m.value_added_effect(1) + imports_effect(1), 1, 1e-12);
}

// tests/data/tables/two-sector-households.csv, by hand:
//   A = [[0.2, 0.3], [0.1, 0.1]], I - A = [[0.8, -0.3], [-0.1, 0.9]], det = 0.69,
//   L = [[0.9, 0.3], [0.1, 0.8]] / 0.69 = [[90, 30], [10, 80]] / 69.
//   Output Type I: 100/69, 110/69.
//   w = [30/100, 50/200] = [0.3, 0.25]; w L = [0.3*90 + 0.25*10, 0.3*30 + 0.25*80] / 69
//     = [59/138, 29/69]; income Type I = [59/138 / 0.3, 29/69 / 0.25] = [295/207, 116/69].
//   e = [5/100, 8/200] = [0.05, 0.04]; e L = [4.9, 4.7] / 69 = [49/690, 47/690];
//     employment Type I = [98/69, 235/138].
//   v = [70/100, 100/200]; v L = [68/69, 61/69]; value added Type I = [680/483, 122/69].
// Closed with households, X_h = 30 + 50 + 20 = 100, h = [0.1, 0.5], h_hh = 0.2:
//   20 (I - A_bar) = M = [[16, -6, -2], [-2, 18, -10], [-6, -5, 16]], det M = 3020,
//   cofactors C = [[238, 92, 118], [106, 244, 116], [96, 164, 276]],
//   L_bar = 20 C' / 3020 = [[238, 106, 96], [92, 244, 164], [118, 116, 276]] / 151
//   (checked: (I - A_bar) L_bar = I column by column).
//   Output Type II: [238 + 92, 106 + 244] / 151 = [330/151, 350/151].
//   Income Type II: l_bar[3][j] / w_j = [118/151 / 0.3, 116/151 / 0.25] = [1180/453, 464/151].
//   Employment Type II: [(0.05*238 + 0.04*92) / 151 / 0.05, (0.05*106 + 0.04*244) / 151 / 0.04]
//     = [1558/755, 753/302].
//   l_bar[3][3] = 276/151, and indeed (1180/453) / (295/207) = (464/151) / (116/69) = 276/151.
TEST(Multipliers, TypeTwoByHand) {
  const Multipliers m = compute_multipliers(read_io_table(kTables / "two-sector-households.csv"));
  ASSERT_TRUE(m.output_type2 && m.income_effect && m.income_type1 && m.income_type2);
  ASSERT_TRUE(m.employment_effect && m.employment_type1 && m.employment_type2);
  const double tol = 1e-12;
  EXPECT_NEAR(m.output_type1(0), 100.0 / 69, tol);
  EXPECT_NEAR(m.output_type1(1), 110.0 / 69, tol);
  EXPECT_NEAR((*m.output_type2)(0), 330.0 / 151, tol);
  EXPECT_NEAR((*m.output_type2)(1), 350.0 / 151, tol);
  EXPECT_NEAR((*m.income_effect)(0), 59.0 / 138, tol);
  EXPECT_NEAR((*m.income_effect)(1), 29.0 / 69, tol);
  EXPECT_NEAR((*m.income_type1)(0), 295.0 / 207, tol);
  EXPECT_NEAR((*m.income_type1)(1), 116.0 / 69, tol);
  EXPECT_NEAR((*m.income_type2)(0), 1180.0 / 453, tol);
  EXPECT_NEAR((*m.income_type2)(1), 464.0 / 151, tol);
  EXPECT_NEAR((*m.employment_effect)(0), 49.0 / 690, tol);
  EXPECT_NEAR((*m.employment_effect)(1), 47.0 / 690, tol);
  EXPECT_NEAR((*m.employment_type1)(0), 98.0 / 69, tol);
  EXPECT_NEAR((*m.employment_type1)(1), 235.0 / 138, tol);
  EXPECT_NEAR((*m.employment_type2)(0), 1558.0 / 755, tol);
  EXPECT_NEAR((*m.employment_type2)(1), 753.0 / 302, tol);
  EXPECT_NEAR(m.value_added_effect(0), 68.0 / 69, tol);
  EXPECT_NEAR(m.value_added_effect(1), 61.0 / 69, tol);
  EXPECT_NEAR(m.value_added_type1(0), 680.0 / 483, tol);
  EXPECT_NEAR(m.value_added_type1(1), 122.0 / 69, tol);
}

// Type II income multiplier / Type I income multiplier = l_bar[n+1][n+1] for every sector
// (io-methods.md), on random tables with households; L_bar formed here with a full-pivot LU.
TEST(Multipliers, TypeTwoOverTypeOneIncomeIsTheHouseholdDiagonal) {
  std::mt19937 rng(2017);
  std::uniform_real_distribution<double> u(0.05, 1.0);
  for (int n : {2, 5, 12, 30}) {
    IoTable t;
    for (int i = 0; i < n; ++i) {
      std::string name = "s";
      t.sectors.push_back(name += std::to_string(i));
    }
    t.final_demand_names = {"household_consumption", "exports"};
    t.x = Eigen::VectorXd::NullaryExpr(n, [&] { return 100 * u(rng); });
    Eigen::MatrixXd A = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng); });
    A = A * (0.5 / A.colwise().sum().maxCoeff());
    t.Z = A * t.x.asDiagonal();
    IoTable::Row comp{Eigen::VectorXd(n), Eigen::VectorXd(2)};
    comp.sectors = t.x.cwiseProduct(Eigen::VectorXd::NullaryExpr(n, [&] { return 0.4 * u(rng); }));
    comp.final_demand << 0.05 * comp.sectors.sum(), 0;
    t.compensation = comp;
    const double income = comp.sectors.sum() + comp.final_demand.sum();
    t.F.resize(n, 2);
    // Households spend 60 % of their income on local sectors; the rest of x is exported.
    const Eigen::VectorXd shares = Eigen::VectorXd::NullaryExpr(n, [&] { return u(rng); });
    t.F.col(0) = 0.6 * income * shares / shares.sum();
    t.F.col(1) = t.x - t.Z.rowwise().sum() - t.F.col(0);  // may be negative: fine for the identity

    const Multipliers m = compute_multipliers(t);
    ASSERT_TRUE(m.income_type1 && m.income_type2);
    const Eigen::MatrixXd closed = *household_closed_coefficients(t);
    const Eigen::MatrixXd L_bar =
        (Eigen::MatrixXd::Identity(n + 1, n + 1) - closed).fullPivLu().inverse();
    for (int j = 0; j < n; ++j) {
      EXPECT_NEAR((*m.income_type2)(j) / (*m.income_type1)(j), L_bar(n, n), 1e-10) << n << " " << j;
    }
    EXPECT_GT(L_bar(n, n), 1);  // households spend part of their income locally
  }
}

TEST(Multipliers, CsvText) {
  const std::string csv =
      multipliers_csv(compute_multipliers(read_io_table(kTables / "two-sector-households.csv")));
  const std::string header =
      "sector,output_type1,output_type2,income_effect,income_type1,income_type2,"
      "employment_effect,employment_type1,employment_type2,value_added_effect,value_added_type1\n";
  ASSERT_EQ(csv.substr(0, header.size()), header);
  // 100/69, 330/151, 59/138, 295/207, 1180/453, 49/690, 98/69, 1558/755, 68/69, 680/483.
  EXPECT_EQ(csv.substr(header.size(), csv.find('\n', header.size()) + 1 - header.size()),
            "fishing,1.449275362,2.185430464,0.4275362319,1.425120773,2.604856512,"
            "0.07101449275,1.420289855,2.063576159,0.9855072464,1.407867495\n");
  // Without compensation, employment and households those cells are empty; one line per sector.
  // v = [650/1000, 1400/2000], so value added Type I = [1/0.65, 1/0.7].
  const std::string mb =
      multipliers_csv(compute_multipliers(read_io_table(kTables / "miller-blair-2x2.csv")));
  EXPECT_EQ(mb.substr(header.size()),
            "agriculture,1.518151815,,,,,,,,1,1.538461538\n"
            "manufacturing,1.452145215,,,,,,,,1,1.428571429\n");
}

}  // namespace
}  // namespace jez::economy
