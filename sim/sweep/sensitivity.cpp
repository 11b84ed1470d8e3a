#include "sweep/sensitivity.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sweep/seeds.hpp"

namespace jez::sweep {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double variance(const Eigen::VectorXd& a, const Eigen::VectorXd& b) {
  const double n = double(a.size() + b.size());
  const double mean = (a.sum() + b.sum()) / n;
  return ((a.array() - mean).square().sum() + (b.array() - mean).square().sum()) / n;
}

// The indices of parameter i over the rows listed in `rows`.
void estimate(const Eigen::VectorXd& f_a, const Eigen::VectorXd& f_b, const Eigen::MatrixXd& f_ab,
              const std::vector<Eigen::Index>& rows, std::vector<double>* first,
              std::vector<double>* total) {
  const Eigen::Index d = f_ab.cols();
  Eigen::VectorXd a(rows.size()), b(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    a[r] = f_a[rows[r]];
    b[r] = f_b[rows[r]];
  }
  const double v = variance(a, b);
  first->assign(d, kNaN);
  total->assign(d, kNaN);
  if (!(v > 0)) return;
  const double n = double(rows.size());
  // f_B centred on the mean of f_A and f_B: the same expectation (f_ABi - f_A has mean 0), far
  // less variance when the output's mean is large against its spread (a GRP in RUB mn).
  const double mean = (a.sum() + b.sum()) / (2 * n);
  for (Eigen::Index i = 0; i < d; ++i) {
    double s1 = 0, st = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const double ab = f_ab(rows[r], i);
      s1 += (b[r] - mean) * (ab - a[r]);
      st += (a[r] - ab) * (a[r] - ab);
    }
    (*first)[i] = s1 / n / v;
    (*total)[i] = st / (2 * n) / v;
  }
}

Interval percentile_interval(std::vector<double> values) {
  values.erase(std::remove_if(values.begin(), values.end(), [](double x) { return std::isnan(x); }),
               values.end());
  if (values.empty()) return {kNaN, kNaN};
  std::sort(values.begin(), values.end());
  auto at = [&](double q) {
    const double pos = q * double(values.size() - 1);
    const std::size_t lo = std::size_t(pos);
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (pos - double(lo)) * (values[hi] - values[lo]);
  };
  return {at(0.025), at(0.975)};
}

}  // namespace

std::vector<SobolIndex> sobol_indices(const Eigen::VectorXd& f_a, const Eigen::VectorXd& f_b,
                                      const Eigen::MatrixXd& f_ab, std::uint64_t seed,
                                      int resamples) {
  const Eigen::Index n = f_a.size(), d = f_ab.cols();
  std::vector<Eigen::Index> rows(n);
  for (Eigen::Index r = 0; r < n; ++r) rows[r] = r;
  std::vector<double> first, total;
  estimate(f_a, f_b, f_ab, rows, &first, &total);

  std::vector<std::vector<double>> boot_first(d), boot_total(d);
  std::vector<double> bf, bt;
  for (int b = 0; b < resamples; ++b) {
    for (Eigen::Index r = 0; r < n; ++r)
      rows[r] = std::min<Eigen::Index>(
          n - 1, Eigen::Index(unit_uniform(seed, "sobol-bootstrap", b, r) * double(n)));
    estimate(f_a, f_b, f_ab, rows, &bf, &bt);
    for (Eigen::Index i = 0; i < d; ++i) {
      boot_first[i].push_back(bf[i]);
      boot_total[i].push_back(bt[i]);
    }
  }
  std::vector<SobolIndex> out(d);
  for (Eigen::Index i = 0; i < d; ++i) {
    out[i].first = first[i];
    out[i].total = total[i];
    out[i].first_ci = percentile_interval(boot_first[i]);
    out[i].total_ci = percentile_interval(boot_total[i]);
  }
  return out;
}

RegressionIndices regression_indices(const Eigen::MatrixXd& x, const Eigen::VectorXd& y) {
  const Eigen::Index n = x.rows(), d = x.cols();
  RegressionIndices out;
  out.src.assign(d, kNaN);
  out.src_ci.assign(d, {kNaN, kNaN});
  out.r_squared = kNaN;
  if (n < 2) return out;
  const double y_mean = y.mean();
  const double y_sd = std::sqrt((y.array() - y_mean).square().sum() / double(n - 1));
  // Standardise; keep the columns that vary.
  std::vector<Eigen::Index> used;
  for (Eigen::Index j = 0; j < d; ++j) {
    const double m = x.col(j).mean();
    const double sd = std::sqrt((x.col(j).array() - m).square().sum() / double(n - 1));
    if (sd > 0 && std::isfinite(sd)) used.push_back(j);
  }
  const Eigen::Index k = Eigen::Index(used.size());
  if (!(y_sd > 0) || k == 0 || n <= k + 1) return out;
  Eigen::MatrixXd z(n, k);
  for (Eigen::Index c = 0; c < k; ++c) {
    const auto col = x.col(used[c]);
    const double m = col.mean();
    const double sd = std::sqrt((col.array() - m).square().sum() / double(n - 1));
    z.col(c) = (col.array() - m) / sd;
  }
  const Eigen::VectorXd ys = (y.array() - y_mean) / y_sd;
  const Eigen::MatrixXd ztz = z.transpose() * z;
  const Eigen::LDLT<Eigen::MatrixXd> ldlt(ztz);
  if (ldlt.info() != Eigen::Success || !ldlt.isPositive()) return out;
  const Eigen::VectorXd beta = ldlt.solve(z.transpose() * ys);
  const double rss = (ys - z * beta).squaredNorm();
  const double tss = ys.squaredNorm();
  out.r_squared = 1 - rss / tss;
  const double sigma2 = rss / double(n - k - 1);
  const Eigen::MatrixXd cov = ldlt.solve(Eigen::MatrixXd::Identity(k, k)) * sigma2;
  for (Eigen::Index c = 0; c < k; ++c) {
    const double se = std::sqrt(std::max(cov(c, c), 0.0));
    out.src[used[c]] = beta[c];
    out.src_ci[used[c]] = {beta[c] - 1.959963984540054 * se, beta[c] + 1.959963984540054 * se};
  }
  return out;
}

}  // namespace jez::sweep
