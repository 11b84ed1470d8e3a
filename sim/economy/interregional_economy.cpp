// The multiregional model: assembled, checked and factorised once.
#include "economy/interregional_economy.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace jez::economy {
namespace {

int common_size(const std::vector<RegionCoefficients>& regions) {
  if (regions.empty()) throw std::invalid_argument("InterregionalEconomy: expected regions");
  const int n = int(regions[0].A.rows());
  for (const auto& r : regions) {
    if (r.A.rows() != n || r.A.cols() != n || r.value_added.size() != n ||
        r.labour_income.size() != n || r.jobs.size() != n) {
      throw std::invalid_argument(fmt::format(
          "InterregionalEconomy: region '{}' needs a {} x {} A and {} satellite coefficients",
          r.name, n, n, n));
    }
  }
  return n;
}

// C: block (r, s) is diag(c_1^{rs}, ..., c_n^{rs}).
Eigen::MatrixXd trade_matrix(const std::vector<Eigen::MatrixXd>& trade, int R, int n) {
  if (int(trade.size()) != n)
    throw std::invalid_argument(fmt::format(
        "InterregionalEconomy: expected trade shares for {} goods, found {}", n, trade.size()));
  Eigen::MatrixXd C = Eigen::MatrixXd::Zero(R * n, R * n);
  for (int i = 0; i < n; ++i) {
    const Eigen::MatrixXd& c = trade[i];
    if (c.rows() != R || c.cols() != R)
      throw std::invalid_argument(fmt::format(
          "InterregionalEconomy: good {} needs an {} x {} matrix of trade shares", i + 1, R, R));
    for (int s = 0; s < R; ++s) {
      if (!(c.col(s).minCoeff() >= 0) || !(c.col(s).sum() <= 1 + 1e-12))
        throw std::invalid_argument(fmt::format(
            "InterregionalEconomy: the shares of good {} used in region {} must be in [0, 1] and "
            "sum to at most 1, found a sum of {:.6g}",
            i + 1, s + 1, c.col(s).sum()));
      for (int r = 0; r < R; ++r) C(r * n + i, s * n + i) = c(r, s);
    }
  }
  return C;
}

Eigen::MatrixXd block_diagonal(const std::vector<RegionCoefficients>& regions, int n) {
  const int R = int(regions.size());
  Eigen::MatrixXd A = Eigen::MatrixXd::Zero(R * n, R * n);
  for (int r = 0; r < R; ++r) A.block(r * n, r * n, n, n) = regions[r].A;
  return A;
}

// C A block by block, (C A)^{rs} = diag(c^{rs}) A^s: O(R^2 n^2), not the (R n)^3 of a product.
Eigen::MatrixXd trade_times_coefficients(const Eigen::MatrixXd& C,
                                         const std::vector<RegionCoefficients>& regions, int n) {
  const int R = int(regions.size());
  Eigen::MatrixXd CA(R * n, R * n);
  for (int r = 0; r < R; ++r)
    for (int s = 0; s < R; ++s)
      CA.block(r * n, s * n, n, n) =
          C.block(r * n, s * n, n, n).diagonal().asDiagonal() * regions[s].A;
  return CA;
}

}  // namespace

InterregionalEconomy::InterregionalEconomy(std::vector<RegionCoefficients> regions,
                                           const std::vector<Eigen::MatrixXd>& trade)
    : regions_(std::move(regions)),
      n_(common_size(regions_)),
      C_(trade_matrix(trade, int(regions_.size()), n_)),
      outside_(Eigen::VectorXd::Ones(C_.cols()) - C_.colwise().sum().transpose()),
      A_(block_diagonal(regions_, n_)),
      solver_(trade_times_coefficients(C_, regions_, n_)) {}

Eigen::VectorXd InterregionalEconomy::output(const Eigen::VectorXd& f) const {
  if (f.size() != C_.rows())
    throw std::invalid_argument(fmt::format(
        "InterregionalEconomy::output: expected {} final demands (regions x sectors), found {}",
        C_.rows(), f.size()));
  return solver_.solve(C_ * f);
}

std::vector<RegionAccounts> InterregionalEconomy::accounts(const Eigen::VectorXd& f) const {
  return accounts_at(output(f), f);
}

std::vector<RegionAccounts> InterregionalEconomy::accounts_of_deliveries(
    const Eigen::VectorXd& d) const {
  if (d.size() != C_.rows())
    throw std::invalid_argument(
        fmt::format("InterregionalEconomy: expected {} deliveries (regions x sectors), found {}",
                    C_.rows(), d.size()));
  return accounts_at(solver_.solve(d), Eigen::VectorXd::Zero(d.size()));
}

void InterregionalEconomy::totals_of_deliveries(const Eigen::VectorXd& d,
                                                std::vector<RegionTotals>& out) const {
  if (d.size() != C_.rows())
    throw std::invalid_argument(
        fmt::format("InterregionalEconomy: expected {} deliveries (regions x sectors), found {}",
                    C_.rows(), d.size()));
  const Eigen::VectorXd x = solver_.solve(d);
  out.resize(regions_.size());
  Eigen::VectorXd output(n_);  // a region's part, as a vector of its own as in accounts_at
  for (int s = 0; s < regions(); ++s) {
    const RegionCoefficients& r = regions_[s];
    output = x.segment(s * n_, n_);
    out[s] = {output.sum(), r.value_added.dot(output), r.labour_income.dot(output),
              r.jobs.dot(output)};
  }
}

std::vector<RegionAccounts> InterregionalEconomy::accounts_at(
    const Eigen::VectorXd& x, const Eigen::VectorXd& use_of_final) const {
  const Eigen::VectorXd use = A_ * x + use_of_final;  // each region's use of each good
  std::vector<RegionAccounts> out(regions_.size());
  for (int s = 0; s < regions(); ++s) {
    const RegionCoefficients& r = regions_[s];
    RegionAccounts& a = out[s];
    a.output = x.segment(s * n_, n_);
    a.value_added = r.value_added.dot(a.output);
    a.labour_income = r.labour_income.dot(a.output);
    a.jobs = r.jobs.dot(a.output);
    a.imports = outside_.segment(s * n_, n_).dot(use.segment(s * n_, n_));
  }
  return out;
}

}  // namespace jez::economy
