// Stability of the lagged dynamic Leontief iteration, from the eigenvalues of -(M - B)^-1 B.
#include "economy/dynamic_leontief.hpp"

#include <fmt/format.h>

#include <Eigen/Eigenvalues>
#include <cmath>
#include <limits>

namespace jez::economy {

bool LaggedStability::oscillates() const {
  // A complex or negative dominant eigenvalue makes the deviation change sign from step to step.
  return std::abs(dominant.imag()) > 1e-12 * std::max(1.0, spectral_radius) || dominant.real() < 0;
}

std::string LaggedStability::verdict() const {
  if (singular) return "I - A - B is singular, so the lagged path is not defined";
  const std::string how =
      oscillates() ? "oscillates around the static solution and" : "moves monotonically and";
  return fmt::format("the lagged path {} {} (spectral radius of -(I - A - B)^-1 B = {:.6g})", how,
                     converges() ? "converges" : "diverges", spectral_radius);
}

LaggedStability lagged_stability(const Eigen::MatrixXd& M, const Eigen::MatrixXd& B) {
  LaggedStability s;
  const Eigen::MatrixXd MB = M - B;
  const Eigen::PartialPivLU<Eigen::MatrixXd> lu(MB);
  if (MB.rows() > 0 && !(std::abs(lu.determinant()) > 0 &&
                         lu.rcond() > 1e3 * std::numeric_limits<double>::epsilon())) {
    s.singular = true;
    s.spectral_radius = std::numeric_limits<double>::infinity();
    return s;
  }
  const Eigen::MatrixXd iteration = -lu.solve(B);
  const Eigen::EigenSolver<Eigen::MatrixXd> eig(iteration, /*computeEigenvectors=*/false);
  for (Eigen::Index i = 0; i < eig.eigenvalues().size(); ++i) {
    const std::complex<double> l = eig.eigenvalues()(i);
    if (std::abs(l) > s.spectral_radius) s.spectral_radius = std::abs(l), s.dominant = l;
  }
  return s;
}

}  // namespace jez::economy
