// Sobol indices of the Ishigami function against their analytical values, and regression
// coefficients of a linear model.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "sweep/seeds.hpp"
#include "sweep/sensitivity.hpp"
#include "sweep/sobol_sequence.hpp"

namespace jez::sweep {
namespace {

// Ishigami and Homma (1990): f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i ~ U(-pi, pi).
constexpr double kA = 7, kB = 0.1;
double ishigami(double x1, double x2, double x3) {
  return std::sin(x1) + kA * std::sin(x2) * std::sin(x2) + kB * std::pow(x3, 4) * std::sin(x1);
}

// The Saltelli design as the sweep builds it (A from dimensions 0..2 and B from 3..5 of point k
// of the Sobol sequence scrambled with `seed`), with the Ishigami function plus `offset`.
struct Design {
  Eigen::VectorXd fa, fb;
  Eigen::MatrixXd fab;
};
Design ishigami_design(int n, double offset, std::uint64_t seed = 1) {
  const double pi = M_PI;
  const SobolSequence s(6, seed);
  Design d{Eigen::VectorXd(n), Eigen::VectorXd(n), Eigen::MatrixXd(n, 3)};
  for (int k = 0; k < n; ++k) {
    double a[3], b[3];
    for (int j = 0; j < 3; ++j) {
      a[j] = -pi + 2 * pi * s.coordinate(k, j);
      b[j] = -pi + 2 * pi * s.coordinate(k, 3 + j);
    }
    d.fa[k] = offset + ishigami(a[0], a[1], a[2]);
    d.fb[k] = offset + ishigami(b[0], b[1], b[2]);
    for (int i = 0; i < 3; ++i) {
      double x[3] = {a[0], a[1], a[2]};
      x[i] = b[i];
      d.fab(k, i) = offset + ishigami(x[0], x[1], x[2]);
    }
  }
  return d;
}

TEST(SobolIndices, IshigamiWithinToleranceOfTheAnalyticalValues) {
  // The analytical variances (Saltelli et al. 2008, Global Sensitivity Analysis, section 4.8):
  // V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V13 = b^2 pi^8 (1/18 - 1/50), V3 = 0,
  // V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2. Giving S = (0.3139, 0.4424, 0) and
  // ST = (0.5576, 0.4424, 0.2437).
  const double pi = M_PI;
  const double v1 = 0.5 * std::pow(1 + kB * std::pow(pi, 4) / 5, 2);
  const double v2 = kA * kA / 8;
  const double v13 = kB * kB * std::pow(pi, 8) * (1.0 / 18 - 1.0 / 50);
  const double v = kA * kA / 8 + kB * std::pow(pi, 4) / 5 + kB * kB * std::pow(pi, 8) / 18 + 0.5;
  const double first[] = {v1 / v, v2 / v, 0};
  const double total[] = {(v1 + v13) / v, v2 / v, v13 / v};
  EXPECT_NEAR(first[0], 0.3139, 1e-4);
  EXPECT_NEAR(total[2], 0.2437, 1e-4);

  // N = 2^13 on the scrambled design, for three scrambling seeds: S = (0.3132, 0.4424,
  // -0.0013), (0.3147, 0.4422, 0.0001), (0.3145, 0.4424, -0.0005); ST = (0.5576, 0.4424,
  // 0.2438), (0.5577, 0.4423, 0.2437), (0.5589, 0.4424, 0.2439). The unscrambled design of
  // points 1..N gave S = (0.3149, 0.4424, 0.0008), ST = (0.5586, 0.4424, 0.2434).
  for (std::uint64_t seed : {1, 2, 3}) {
    const auto [fa, fb, fab] = ishigami_design(1 << 13, 0, seed);
    const auto idx = sobol_indices(fa, fb, fab, 42, 200);
    ASSERT_EQ(idx.size(), 3u);
    for (int i = 0; i < 3; ++i) {
      EXPECT_NEAR(idx[i].first, first[i], 0.02) << "S" << i + 1 << " seed " << seed;
      EXPECT_NEAR(idx[i].total, total[i], 0.02) << "ST" << i + 1 << " seed " << seed;
      // The bootstrap intervals bracket the estimate and are narrow at this sample size.
      EXPECT_LE(idx[i].first_ci.low, idx[i].first);
      EXPECT_GE(idx[i].first_ci.high, idx[i].first);
      EXPECT_LT(idx[i].total_ci.high - idx[i].total_ci.low, 0.1);
    }
    char line[160];
    std::snprintf(line, sizeof line, "S = (%.4f, %.4f, %.4f), ST = (%.4f, %.4f, %.4f)",
                  idx[0].first, idx[1].first, idx[2].first, idx[0].total, idx[1].total,
                  idx[2].total);
    ::testing::Test::RecordProperty("ishigami_seed_" + std::to_string(seed), line);
  }
}

TEST(SobolIndices, AnOffsetChangesNeitherIndicesNorIntervals) {
  // Outputs such as a cumulative GRP are large against their spread: shifting Ishigami by 1e5
  // must leave the indices and the width of their intervals as they were.
  const auto [fa, fb, fab] = ishigami_design(1 << 10, 0);
  const auto [ga, gb, gab] = ishigami_design(1 << 10, 1e5);
  const auto plain = sobol_indices(fa, fb, fab, 3, 200);
  const auto shifted = sobol_indices(ga, gb, gab, 3, 200);
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(shifted[i].first, plain[i].first, 1e-6) << "S" << i + 1;
    EXPECT_NEAR(shifted[i].total, plain[i].total, 1e-6) << "ST" << i + 1;
    EXPECT_NEAR(shifted[i].first_ci.high - shifted[i].first_ci.low,
                plain[i].first_ci.high - plain[i].first_ci.low, 1e-6);
  }
}

TEST(SobolIndices, ConstantOutputGivesNoIndices) {
  const Eigen::VectorXd f = Eigen::VectorXd::Constant(8, 3.0);
  const auto idx = sobol_indices(f, f, Eigen::MatrixXd::Constant(8, 2, 3.0), 1, 10);
  EXPECT_TRUE(std::isnan(idx[0].first));
  EXPECT_TRUE(std::isnan(idx[1].total));
}

TEST(RegressionIndices, LinearModelGivesItsStandardisedSlopes) {
  // y = 2 x1 + x2 with x1, x2 independent and equally spread: SRC = b_j sd_j / sd_y, so
  // 2 / sqrt(5) and 1 / sqrt(5); x3 has no effect; the fit is exact (R^2 = 1).
  const int n = 4000;
  Eigen::MatrixXd x(n, 3);
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < 3; ++j) x(i, j) = unit_uniform(7, "test", i, j);
    y[i] = 2 * x(i, 0) + x(i, 1);
  }
  const auto r = regression_indices(x, y);
  // Sample correlations between the columns make the sample SRCs differ slightly from the
  // population values.
  EXPECT_NEAR(r.src[0], 2 / std::sqrt(5.0), 0.02);
  EXPECT_NEAR(r.src[1], 1 / std::sqrt(5.0), 0.02);
  EXPECT_NEAR(r.src[2], 0, 1e-9);
  EXPECT_NEAR(r.r_squared, 1, 1e-12);
}

TEST(RegressionIndices, ColumnWithoutSpreadGetsNoCoefficient) {
  Eigen::MatrixXd x(5, 2);
  x << 1, 7, 2, 7, 3, 7, 4, 7, 5, 7;
  Eigen::VectorXd y(5);
  y << 2, 4.1, 5.9, 8, 10.2;
  const auto r = regression_indices(x, y);
  EXPECT_GT(r.src[0], 0.99);
  EXPECT_TRUE(std::isnan(r.src[1]));
}

}  // namespace
}  // namespace jez::sweep
