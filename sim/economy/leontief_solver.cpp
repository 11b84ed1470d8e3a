// Technical coefficients, the productivity check and the factorised Leontief solver.
#include "economy/leontief_solver.hpp"

#include <fmt/format.h>

#include <limits>
#include <stdexcept>

namespace jez::economy {

Eigen::MatrixXd technical_coefficients(const IoTable& table) {
  return table.Z * table.x.cwiseInverse().asDiagonal();
}

std::optional<Eigen::MatrixXd> household_closed_coefficients(const IoTable& table) {
  const int hh = table.final_demand_index("household_consumption");
  if (hh < 0 || !table.compensation) return std::nullopt;
  const IoTable::Row& comp = *table.compensation;
  const double income = comp.sectors.sum() + comp.final_demand.sum();  // X_h
  if (!(income > 0)) return std::nullopt;
  const int n = table.n();
  Eigen::MatrixXd closed(n + 1, n + 1);
  closed.topLeftCorner(n, n) = technical_coefficients(table);
  closed.topRightCorner(n, 1) = table.F.col(hh) / income;                           // h
  closed.bottomLeftCorner(1, n) = comp.sectors.cwiseQuotient(table.x).transpose();  // w
  closed(n, n) = comp.final_demand(hh) / income;                                    // h_hh
  return closed;
}

std::optional<ProductivityIssue> productivity_issue(const Eigen::MatrixXd& A) {
  const Eigen::RowVectorXd column_sums = A.colwise().sum();
  for (int j = 0; j < A.cols(); ++j) {
    if (!(column_sums(j) < 1.0)) {
      return ProductivityIssue{
          j, fmt::format("buys {:.6g} of intermediate inputs per unit of its output, and a "
                         "column of A must sum below 1",
                         column_sums(j))};
    }
  }
  if (A.minCoeff() >= 0) return std::nullopt;
  // Negative coefficients: the column sums no longer bound the spectral radius, so look at L.
  const Eigen::MatrixXd I_minus_A = Eigen::MatrixXd::Identity(A.rows(), A.cols()) - A;
  const Eigen::PartialPivLU<Eigen::MatrixXd> lu(I_minus_A);
  if (!(lu.rcond() > 1e3 * std::numeric_limits<double>::epsilon())) {
    return ProductivityIssue{-1, "I - A is singular"};
  }
  const Eigen::MatrixXd L = lu.inverse();
  Eigen::Index i = 0, j = 0;
  const double lowest = L.minCoeff(&i, &j);
  if (lowest < -1e-12) {
    return ProductivityIssue{
        int(j), fmt::format("has a negative entry in its column of the Leontief inverse "
                            "(l[{}][{}] = {:.6g})",
                            i + 1, j + 1, lowest)};
  }
  return std::nullopt;
}

LeontiefSolver::LeontiefSolver(const Eigen::MatrixXd& A) {
  if (A.rows() != A.cols()) {
    throw std::invalid_argument(fmt::format(
        "LeontiefSolver: expected a square coefficient matrix, found {} x {}", A.rows(), A.cols()));
  }
  if (auto issue = productivity_issue(A)) {
    throw std::invalid_argument(
        issue->sector < 0
            ? fmt::format("LeontiefSolver: the coefficients are not productive: {}", issue->reason)
            : fmt::format("LeontiefSolver: the coefficients are not productive: column {} {}",
                          issue->sector + 1, issue->reason));
  }
  size_ = int(A.rows());
  Eigen::MatrixXd I_minus_A = Eigen::MatrixXd::Identity(A.rows(), A.cols()) - A;
  if (size_ >= kLapackFromSectors && LapackLu::available())
    large_ = LapackLu::factorise(std::move(I_minus_A));
  else
    lu_.compute(I_minus_A);
}

Eigen::VectorXd LeontiefSolver::solve(const Eigen::VectorXd& f) const {
  if (f.size() != size_) {
    throw std::invalid_argument(fmt::format(
        "LeontiefSolver::solve: expected a final demand of {} sectors, found {} entries", size_,
        f.size()));
  }
  if (large_) return large_->solve(f);
  return lu_.solve(f);
}

Eigen::MatrixXd LeontiefSolver::solve_transposed(const Eigen::MatrixXd& C) const {
  if (C.rows() != size_) {
    throw std::invalid_argument(
        fmt::format("LeontiefSolver::solve_transposed: expected {} rows (one per sector), found {}",
                    size_, C.rows()));
  }
  if (large_) return large_->solve(C, true);
  return lu_.transpose().solve(C);
}

Eigen::MatrixXd LeontiefSolver::inverse() const {
  if (large_) return large_->solve(Eigen::MatrixXd::Identity(size_, size_));
  return lu_.inverse();
}

}  // namespace jez::economy
