// Stepping the regional economy period by period: the table's own year reproduced in months,
// jobs as a stock, and the accounting identities of DESIGN.md section 3 on random tables.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <random>
#include <sstream>

#include "economy/io_table.hpp"
#include "economy/leontief_solver.hpp"
#include "economy/regional_economy.hpp"

namespace jez::economy {
namespace {

const std::filesystem::path kTables = std::filesystem::path(JEZ_TEST_DATA) / "tables";

TEST(RegionalEconomy, MonthsOfTheTablesYearGiveItsFlowsOverTwelve) {
  const IoTable t = read_io_table(kTables / "two-sector-households.csv");
  const RegionalEconomy economy(t, 12);
  EXPECT_TRUE(economy.final_demand_per_period().isApprox(t.F / 12, 1e-15));
  const PeriodAccounts month = economy.step(economy.final_demand_per_period().rowwise().sum());
  // Output [100, 200] a year; compensation [30, 50]; imports [0, 20]; value added [70, 100].
  EXPECT_TRUE(month.output.isApprox(Eigen::Vector2d(100, 200) / 12, 1e-12));
  EXPECT_TRUE(month.labour_income.isApprox(Eigen::Vector2d(30, 50) / 12, 1e-12));
  EXPECT_NEAR(month.imports(0), 0, 1e-15);
  EXPECT_NEAR(month.imports(1), 20.0 / 12, 1e-12);
  EXPECT_TRUE(month.value_added.isApprox(Eigen::Vector2d(70, 100) / 12, 1e-12));
  // Sales to other sectors: fishing 20 + 60, services 10 + 20.
  EXPECT_TRUE(month.intermediate_use.isApprox(Eigen::Vector2d(80, 30) / 12, 1e-12));
  EXPECT_EQ(month.taxes, Eigen::Vector2d::Zero());  // no taxes row
  // Jobs are a stock: a month at the table's pace employs the table's 5 and 8 persons.
  EXPECT_TRUE(month.jobs.isApprox(Eigen::Vector2d(5, 8), 1e-12));
  const PeriodAccounts quarter = RegionalEconomy(t, 4).step(t.F.rowwise().sum() / 4);
  EXPECT_TRUE(quarter.jobs.isApprox(Eigen::Vector2d(5, 8), 1e-12));
  EXPECT_TRUE(quarter.output.isApprox(Eigen::Vector2d(100, 200) / 4, 1e-12));
}

TEST(RegionalEconomy, MillerBlairNewFinalDemandInAMonth) {
  const IoTable t = read_io_table(kTables / "miller-blair-2x2.csv");
  const RegionalEconomy economy(t, 12);
  // Miller and Blair (2009) chapter 2: f = [600, 1500] a year gives x = [1247.52, 1841.58].
  const PeriodAccounts month = economy.step(Eigen::Vector2d(600, 1500) / 12);
  EXPECT_NEAR(month.output(0) * 12, 1247.52, 0.005);
  EXPECT_NEAR(month.output(1) * 12, 1841.58, 0.005);
  // No compensation or employment rows: zero vectors, not missing ones.
  EXPECT_EQ(month.labour_income, Eigen::Vector2d::Zero());
  EXPECT_EQ(month.jobs, Eigen::Vector2d::Zero());
}

TEST(RegionalEconomy, RejectsBadInput) {
  const IoTable t = read_io_table(kTables / "miller-blair-2x2.csv");
  EXPECT_THROW(RegionalEconomy(t, 0), std::invalid_argument);
  EXPECT_THROW(RegionalEconomy(t, 12).step(Eigen::Vector3d::Ones()), std::invalid_argument);
}

// A productive table with n sectors, three final-demand columns and every named row, built
// backwards from A and f so that rows and columns balance exactly.
IoTable random_table(int n, bool with_taxes, std::mt19937& rng) {
  std::uniform_real_distribution<double> u(0, 1);
  IoTable t;
  for (int i = 0; i < n; ++i) {
    std::string name = "sector_";
    t.sectors.push_back(name += std::to_string(i));
  }
  t.final_demand_names = {"household_consumption", "investment", "exports"};
  Eigen::MatrixXd A = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng) < 0.3 ? u(rng) : 0; });
  for (int j = 0; j < n; ++j) {
    const double sum = A.col(j).sum();
    if (sum > 0) A.col(j) *= (0.1 + 0.6 * u(rng)) / sum;  // columns sum to 0.1 .. 0.7
  }
  const Eigen::VectorXd f = Eigen::VectorXd::NullaryExpr(n, [&] { return 10 + 90 * u(rng); });
  t.x = (Eigen::MatrixXd::Identity(n, n) - A).fullPivLu().solve(f);
  t.Z = A * t.x.asDiagonal();
  t.F.resize(n, 3);
  for (int i = 0; i < n; ++i) {
    const Eigen::Vector3d share = Eigen::Vector3d::NullaryExpr([&] { return u(rng); });
    t.F.row(i) = f(i) * share.transpose() / share.sum();
  }
  const Eigen::VectorXd primary = t.x - t.Z.colwise().sum().transpose();
  auto row = [&](const Eigen::VectorXd& sectors) {
    return IoTable::Row{sectors, Eigen::VectorXd::Zero(3)};
  };
  const Eigen::VectorXd import_share =
      Eigen::VectorXd::NullaryExpr(n, [&] { return 0.4 * u(rng); });
  const Eigen::VectorXd tax_share =
      Eigen::VectorXd::NullaryExpr(n, [&] { return with_taxes ? 0.1 * u(rng) : 0.0; });
  t.imports = row(primary.cwiseProduct(import_share));
  if (with_taxes) t.taxes = row(primary.cwiseProduct(tax_share));
  const Eigen::VectorXd va = primary - t.imports->sectors - primary.cwiseProduct(tax_share);
  t.value_added = row(va);
  t.compensation = row(0.6 * va);
  t.employment =
      row(t.x.cwiseProduct(Eigen::VectorXd::NullaryExpr(n, [&] { return 0.02 * u(rng); })));
  return t;
}

TEST(RegionalEconomy, IdentitiesHoldEveryStepOnRandomTables) {
  std::mt19937 rng(20170907);
  std::uniform_real_distribution<double> u(0, 1);
  for (int n : {1, 3, 10, 60, 200}) {
    for (bool with_taxes : {false, true}) {
      const IoTable t = random_table(n, with_taxes, rng);
      const RegionalEconomy economy(t, 12);
      for (int period = 0; period < 6; ++period) {
        const Eigen::VectorXd f = Eigen::VectorXd::NullaryExpr(n, [&] { return 20 * u(rng); });
        const PeriodAccounts a = economy.step(f);
        const double scale = a.output.cwiseAbs().maxCoeff();
        // Output = intermediate use + final demand, sector by sector.
        EXPECT_LT((a.output - a.intermediate_use - a.final_demand).cwiseAbs().maxCoeff(),
                  1e-11 * scale)
            << "n = " << n;
        // Total value added (+ taxes on products, when the table has them) + imports = total
        // final demand.
        EXPECT_NEAR(a.value_added.sum() + a.taxes.sum() + a.imports.sum(), f.sum(), 1e-11 * f.sum())
            << "n = " << n;
        if (!with_taxes) {
          EXPECT_EQ(a.taxes, Eigen::VectorXd::Zero(n));
        }
        EXPECT_GE(a.output.minCoeff(), 0);  // a productive table: f >= 0 gives x >= 0
      }
    }
  }
}

TEST(RegionalEconomy, IdentitiesHoldWithHouseholdsCapacityAndLags) {
  std::mt19937 rng(2022);
  std::uniform_real_distribution<double> u(0, 1);
  int closed_runs = 0;
  for (int n : {2, 5, 30, 120}) {
    IoTable t = random_table(n, true, rng);
    // Households spend at most a third of their income locally, so the closed model is
    // productive; the rest of their column moves to exports, so the rows still balance.
    const int hh = t.final_demand_index("household_consumption");
    const double k = std::min(1.0, t.compensation->sectors.sum() / 3 / t.F.col(hh).sum());
    t.F.col(2) += (1 - k) * t.F.col(hh);
    t.F.col(hh) *= k;
    PeriodAccounts kept;  // stepped into through every form: each step overwrites it whole
    for (bool closed : {true, false}) {
      for (bool lagged : {false, true}) {
        EconomyOptions o;
        o.households_endogenous = closed;
        if (lagged) o.capital_coefficients = Eigen::MatrixXd::Identity(n, n) * 0.01;
        const RegionalEconomy economy(t, 12, o);
        closed_runs += closed;
        Eigen::VectorXd previous = economy.table_output_per_period();
        for (int period = 0; period < 4; ++period) {
          const Eigen::VectorXd f = economy.exogenous_table_demand_per_period() * (1 + u(rng));
          // Every third sector limited to 90 % of the table's output.
          Eigen::VectorXd cap = Eigen::VectorXd::Constant(n, 1.0 / 0.0);
          for (int i = 0; i < n; i += 3) cap(i) = 0.9 * previous(i);
          const PeriodAccounts a = economy.step(f, cap, previous);
          economy.step(f, cap, previous, kept);
          for (const auto& [x, y] : {std::pair{&a.final_demand, &kept.final_demand},
                                     {&a.exogenous_demand, &kept.exogenous_demand},
                                     {&a.unmet_demand, &kept.unmet_demand},
                                     {&a.induced_consumption, &kept.induced_consumption},
                                     {&a.investment_demand, &kept.investment_demand},
                                     {&a.output, &kept.output},
                                     {&a.intermediate_use, &kept.intermediate_use},
                                     {&a.value_added, &kept.value_added},
                                     {&a.labour_income, &kept.labour_income},
                                     {&a.jobs, &kept.jobs},
                                     {&a.imports, &kept.imports},
                                     {&a.taxes, &kept.taxes}})
            EXPECT_EQ(*x, *y);
          EXPECT_EQ(a.household_income, kept.household_income);
          const double scale = a.output.cwiseAbs().maxCoeff();
          EXPECT_LT((a.output - a.intermediate_use - a.final_demand).cwiseAbs().maxCoeff(),
                    1e-10 * scale);
          EXPECT_NEAR(a.value_added.sum() + a.taxes.sum() + a.imports.sum(), a.final_demand.sum(),
                      1e-10 * scale * n);
          EXPECT_LE(((a.output - cap).array()).maxCoeff(), 1e-9 * scale);
          EXPECT_GE(a.unmet_demand.minCoeff(), 0);
          previous = a.output;
        }
      }
    }
  }
  EXPECT_GT(closed_runs, 0);
}

TEST(RegionalEconomy, TypeTwoStepReproducesTheTableAndItsIncomeRatio) {
  const IoTable t = read_io_table(kTables / "two-sector-households.csv");
  EconomyOptions o;
  o.households_endogenous = true;
  const RegionalEconomy closed(t, 12, o);
  const RegionalEconomy open(t, 12);
  // The table's own exogenous demand (households' consumption induced) gives the table's output.
  const PeriodAccounts base = closed.step(closed.exogenous_table_demand_per_period());
  EXPECT_TRUE(base.output.isApprox(t.x / 12, 1e-12));
  // One more unit of final demand for sector 1: the households' extra income with households
  // endogenous over the extra labour income without is l_bar[n+1][n+1], the households' diagonal
  // entry of the closed inverse (the Type II / Type I income multiplier ratio).
  const Eigen::MatrixXd Lbar =
      (Eigen::MatrixXd::Identity(3, 3) - *household_closed_coefficients(t)).inverse();
  const Eigen::VectorXd shock = Eigen::Vector2d(12, 0) / 12;
  const double li_closed =
      closed.step(closed.exogenous_table_demand_per_period() + shock).household_income -
      base.household_income;
  const Eigen::VectorXd f_open = open.exogenous_table_demand_per_period();
  const double li_open =
      open.step(f_open + shock).labour_income.sum() - open.step(f_open).labour_income.sum();
  EXPECT_NEAR(li_closed / li_open, Lbar(2, 2), 1e-10);
}

TEST(RegionalEconomy, ImportSharesMoveInputsOffTheIslandsAndKeepValueAdded) {
  const IoTable t = read_io_table(kTables / "two-sector-households.csv");
  EconomyOptions o;
  o.import_shares = {{1, 1.0}};  // sector 2 buys every input off the islands
  const RegionalEconomy leaky(t, 1, o);
  const RegionalEconomy base(t, 1);
  EXPECT_EQ(leaky.technical_coefficients().col(1).sum(), 0);
  EXPECT_NEAR(leaky.import_coefficients()(1),
              base.technical_coefficients().col(1).sum() + base.import_coefficients()(1), 1e-15);
  EXPECT_EQ(leaky.value_added_coefficients(), base.value_added_coefficients());
  const PeriodAccounts a = leaky.step(Eigen::Vector2d(0, 100));
  EXPECT_NEAR(a.output(0), 0, 1e-12);  // nothing bought from sector 1 any more
  EXPECT_NEAR(a.value_added.sum() + a.imports.sum(), 100, 1e-9);
}

TEST(RegionalEconomy, RandomTableSurvivesTheReader) {
  // The random tables are valid by construction, so the reader must accept them once written.
  std::mt19937 rng(7);
  const IoTable t = random_table(25, true, rng);
  auto cell = [](double v) {  // 17 significant digits read back to the same double
    std::ostringstream s;
    s << ',' << std::setprecision(17) << v;
    return s.str();
  };
  const auto file = std::filesystem::path(::testing::TempDir()) / "jez-economy-random-25.csv";
  {
    std::ofstream out(file);
    out << "# written by regional_economy_test\nsector";
    for (const auto& s : t.sectors) out << "," << s;
    out << ",household_consumption,investment,exports,total_output\n";
    for (int i = 0; i < t.n(); ++i) {
      out << t.sectors[i];
      for (int j = 0; j < t.n(); ++j) out << cell(t.Z(i, j));
      for (int c = 0; c < 3; ++c) out << cell(t.F(i, c));
      out << cell(t.x(i)) << "\n";
    }
    for (const auto& [name, r] : {std::pair{"imports", &t.imports},
                                  {"taxes", &t.taxes},
                                  {"value_added", &t.value_added},
                                  {"compensation", &t.compensation},
                                  {"employment", &t.employment}}) {
      out << name;
      for (int j = 0; j < t.n(); ++j) out << cell((*r)->sectors(j));
      out << ",,,,\n";
    }
  }
  const IoTable back = read_io_table(file);
  EXPECT_EQ(back.Z, t.Z);
  EXPECT_EQ(back.F, t.F);
  EXPECT_EQ(back.x, t.x);
  EXPECT_EQ(back.employment->sectors, t.employment->sectors);
}

}  // namespace
}  // namespace jez::economy
