// Leontief quantities of a table: the technical coefficients (open, and closed with households),
// the productivity check, and a solver that factorises I - A once and reuses it for every solve.
// Equations and names as in /work/shared/reference/io-methods.md (Miller and Blair 2009, ch. 2).
#pragma once

#include <Eigen/Dense>
#include <optional>
#include <string>

#include "economy/io_table.hpp"
#include "economy/lapack_lu.hpp"

namespace jez::economy {

// A = Z diag(x)^-1: a_ij is what sector j buys from sector i per unit of its gross output.
Eigen::MatrixXd technical_coefficients(const IoTable& table);

// The coefficients closed with households (Type II), A_bar = [[A, h], [w, h_hh]], with
// w_j = compensation_j / x_j, h_i = household_consumption_i / X_h and h_hh = the compensation
// entry under household_consumption / X_h, where X_h is the compensation row's total over every
// column. nullopt when the table has no household_consumption column or no compensation row, or
// when X_h is not positive.
std::optional<Eigen::MatrixXd> household_closed_coefficients(const IoTable& table);

// Why a coefficient matrix is not productive (the Hawkins-Simon conditions fail).
struct ProductivityIssue {
  int sector = -1;     // the column concerned; -1 when it is the matrix as a whole
  std::string reason;  // a clause that completes "sector 'S' ..." (or stands alone when -1)
};

// nullopt when A is productive: every column of A sums below 1, I - A is not singular and
// L = (I - A)^-1 has no negative entry. For A >= 0 the column sums suffice (they bound the
// spectral radius below 1), so L is only formed when A has a negative entry.
std::optional<ProductivityIssue> productivity_issue(const Eigen::MatrixXd& A);

// Solves (I - A) x = f for many f with one LU factorisation of I - A: Eigen's own LU for small
// tables (the scenarios' few sectors: no library to load, the same bits as ever), OpenBLAS's
// LAPACK (lapack_lu.hpp) from kLapackFromSectors sectors on, where it is several times faster.
class LeontiefSolver {
 public:
  static constexpr int kLapackFromSectors = 500;

  // Throws std::invalid_argument when A is not square or not productive.
  explicit LeontiefSolver(const Eigen::MatrixXd& A);

  // x = L f, by forward and back substitution on the stored factors (O(n^2)). Throws
  // std::invalid_argument when f does not have one entry per sector.
  Eigen::VectorXd solve(const Eigen::VectorXd& f) const;
  // Y = L^T C, i.e. column k of Y is the row vector c_k L transposed, for row coefficients c_k
  // (the columns of C): every multiplier is such a row times L, so no L need be formed.
  Eigen::MatrixXd solve_transposed(const Eigen::MatrixXd& C) const;
  // L = (I - A)^-1, formed from the stored factors; only for when L itself is wanted.
  Eigen::MatrixXd inverse() const;
  int size() const { return size_; }
  // Whether the factors are OpenBLAS's (large tables on a machine that has it).
  bool uses_lapack() const { return large_.has_value(); }

 private:
  int size_ = 0;
  Eigen::PartialPivLU<Eigen::MatrixXd> lu_;  // small tables
  std::optional<LapackLu> large_;            // large tables
};

}  // namespace jez::economy
