// The capacity-bound solve on one factorisation: bind, re-solve, free, until the set is stable.
#include "economy/bounded_solver.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace jez::economy {

namespace {
// Relative slack before a sector counts as over capacity: solver rounding must not bind it.
constexpr double kSlack = 1e-10;

bool over(double x, double cap) {
  return std::isfinite(cap) && x > cap + kSlack * std::max(1.0, std::abs(cap));
}
}  // namespace

BoundedSolver::BoundedSolver(const Eigen::MatrixXd& M) {
  if (M.rows() != M.cols())
    throw std::invalid_argument(
        fmt::format("BoundedSolver: expected a square matrix, found {} x {}", M.rows(), M.cols()));
  lu_.compute(M);
  if (M.rows() > 0 && !(lu_.rcond() > 1e3 * std::numeric_limits<double>::epsilon()))
    throw std::invalid_argument("BoundedSolver: the system matrix is singular");
}

const Eigen::VectorXd& BoundedSolver::column(int k) const {
  auto it = columns_.find(k);
  if (it != columns_.end()) return it->second;
  return columns_.emplace(k, lu_.solve(Eigen::VectorXd::Unit(size(), k))).first->second;
}

BoundedSolution BoundedSolver::solve_within(const Eigen::VectorXd& r,
                                            const Eigen::VectorXd& capacity) const {
  const int n = size();
  if (r.size() != n || capacity.size() != n)
    throw std::invalid_argument(
        fmt::format("BoundedSolver::solve_within: expected {} entries, found {} and {}", n,
                    r.size(), capacity.size()));
  const Eigen::VectorXd free_x = lu_.solve(r);
  BoundedSolution s;
  s.output = free_x;
  s.served = r;
  s.unmet = Eigen::VectorXd::Zero(n);
  std::vector<int> K;
  for (int i = 0; i < n; ++i)
    if (over(free_x(i), capacity(i))) K.push_back(i);
  // Each round binds the free sectors now over capacity and frees the bound ones whose demand
  // fell back (served above wanted); n + 1 rounds would mean a cycle.
  for (s.rounds = 0; !K.empty(); ++s.rounds) {
    if (s.rounds > n)
      throw std::runtime_error(
          "the capacity-bound solve did not settle: the set of sectors at "
          "capacity keeps changing");
    const int k = int(K.size());
    Eigen::MatrixXd G_KK(k, k);
    Eigen::VectorXd gap(k);
    for (int b = 0; b < k; ++b) {
      const Eigen::VectorXd& g = column(K[b]);
      for (int a = 0; a < k; ++a) G_KK(a, b) = g(K[a]);
      gap(b) = capacity(K[b]) - free_x(K[b]);
    }
    const Eigen::VectorXd d = G_KK.partialPivLu().solve(gap);
    s.output = free_x;
    for (int b = 0; b < k; ++b) s.output += column(K[b]) * d(b);
    std::vector<int> next;
    for (int b = 0; b < k; ++b)
      if (d(b) < 0) next.push_back(K[b]);  // still cut: stays bound
    for (int i = 0; i < n; ++i)
      if (std::find(K.begin(), K.end(), i) == K.end() && over(s.output(i), capacity(i)))
        next.push_back(i);
    std::sort(next.begin(), next.end());
    if (next == K) {
      s.bound = K;
      s.rounds += 1;
      for (int b = 0; b < k; ++b) {
        s.served(K[b]) = r(K[b]) + d(b);
        s.unmet(K[b]) = -d(b);
      }
      for (int b = 0; b < k; ++b) s.output(K[b]) = capacity(K[b]);  // exact, not rounded
      return s;
    }
    K = std::move(next);
  }
  s.output = free_x;
  return s;
}

}  // namespace jez::economy
