// The lagged (backward) dynamic Leontief model (Miller and Blair 2009, section 13.4;
// io-methods.md): with capital coefficients B, investment demand B (x_t - x_{t-1}) joins final
// demand, so (I - A - B) x_t = f_t - B x_{t-1}. Its path converges to the static solution when
// the spectral radius of the iteration matrix -(I - A - B)^-1 B is below 1.
#pragma once

#include <Eigen/Dense>
#include <complex>
#include <optional>
#include <string>

namespace jez::economy {

struct LaggedStability {
  bool singular = false;                // I - A - B cannot be inverted: no path at all
  double spectral_radius = 0;           // of -(I - A - B)^-1 B
  std::complex<double> dominant{0, 0};  // the eigenvalue of largest modulus
  bool converges() const { return !singular && spectral_radius < 1; }
  // The dominant eigenvalue is negative or complex: the path swings around the static solution.
  bool oscillates() const;
  // One sentence for people: "converges monotonically ...", "oscillates and diverges ...".
  std::string verdict() const;
};

// M is the system matrix without B (I - A, or the household-closed I - A_bar); B has M's size
// (zero rows and columns where no capital is held). Both are per period.
LaggedStability lagged_stability(const Eigen::MatrixXd& M, const Eigen::MatrixXd& B);

}  // namespace jez::economy
