// Sensitivity indices: Sobol first-order and total indices from a Saltelli design, and
// standardised regression coefficients for any design.
#pragma once

#include <Eigen/Dense>

#include <cstdint>
#include <vector>

namespace jez::sweep {

struct Interval {
  double low = 0;
  double high = 0;
};

struct SobolIndex {
  double first = 0;  // S_i
  double total = 0;  // S_Ti
  Interval first_ci;
  Interval total_ci;
};

// Sobol indices from the outputs of a Saltelli design: f_a and f_b (N values), f_ab (N x d:
// column i is f of A with column i taken from B). First order: Saltelli et al. (2010), Comput.
// Phys. Commun. 181, 259-270, eq. (b) of table 2: S_i = mean((f_B - f0) (f_ABi - f_A)) / V, with
// f_B centred on the sample mean f0 (same expectation, less variance for outputs far from 0);
// total: Jansen (1999), S_Ti = mean((f_A - f_ABi)^2) / (2 V); V the variance of f_A and f_B
// together. 95 % confidence intervals from `resamples` bootstrap resamples of the N rows
// (percentile method), drawn from streams hashed from `seed`. Indices are NaN when V is 0.
std::vector<SobolIndex> sobol_indices(const Eigen::VectorXd& f_a, const Eigen::VectorXd& f_b,
                                      const Eigen::MatrixXd& f_ab, std::uint64_t seed,
                                      int resamples = 500);

struct RegressionIndices {
  std::vector<double> src;       // per column of x; NaN when not estimable
  std::vector<Interval> src_ci;  // 95 %, from the least-squares standard errors
  double r_squared = 0;          // of the linear fit: how much the SRCs explain
};

// Standardised regression coefficients of y on the columns of x (n x d): the least-squares
// slopes of the standardised variables, SRC_j = b_j sd(x_j) / sd(y) (Saltelli et al. 2008,
// Global Sensitivity Analysis: The Primer, section 1.2.5). Columns with no spread get NaN.
RegressionIndices regression_indices(const Eigen::MatrixXd& x, const Eigen::VectorXd& y);

}  // namespace jez::sweep
