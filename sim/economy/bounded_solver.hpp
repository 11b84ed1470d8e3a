// The mixed exogenous/endogenous input-output model (Miller and Blair 2009, section 13.2): sectors
// whose output would exceed their capacity are fixed at capacity, the final demand they can still
// serve becomes the unknown, and the other sectors are re-solved; iterated until the set of bound
// sectors is stable (io-methods.md, "Mixed exogenous/endogenous model").
//
// The system matrix M (I - A, or its closed or dynamic form) is factorised once. Fixing a sector's
// output is a rank-one change of the right-hand side only: with G = M^-1, x = G r + G_K d, where
// d_K is the change in the bound sectors' final demand, so the bound set costs one small solve
// of G_KK d = cap_K - (G r)_K and no new factorisation. The columns of G for sectors that may bind
// are solved once and kept.
#pragma once

#include <Eigen/Dense>
#include <map>
#include <vector>

namespace jez::economy {

struct BoundedSolution {
  Eigen::VectorXd output;  // x, one entry per row of M
  Eigen::VectorXd served;  // the right-hand side actually served (r with d_K added)
  Eigen::VectorXd unmet;   // wanted - served where bound, else 0
  std::vector<int> bound;  // the rows fixed at capacity, ascending
  int rounds = 0;          // solves of a bound set until it was stable (0: none bound)
};

class BoundedSolver {
 public:
  // Factorises M. Throws std::invalid_argument when M is not square or is singular.
  explicit BoundedSolver(const Eigen::MatrixXd& M);

  int size() const { return int(lu_.rows()); }
  // x = M^-1 r, no limits.
  Eigen::VectorXd solve(const Eigen::VectorXd& r) const { return lu_.solve(r); }
  // Solves M x = r with x_i <= capacity_i for every row i with a finite capacity (infinity means
  // no limit). Throws std::invalid_argument on sizes that do not match, and std::runtime_error
  // when the bound set cycles (it cannot for a productive M >= its Leontief form, see docs).
  BoundedSolution solve_within(const Eigen::VectorXd& r, const Eigen::VectorXd& capacity) const;

 private:
  const Eigen::VectorXd& column(int k) const;  // column k of M^-1, solved once

  Eigen::PartialPivLU<Eigen::MatrixXd> lu_;
  mutable std::map<int, Eigen::VectorXd> columns_;
};

}  // namespace jez::economy
