// The LU factorisation of large dense matrices by the LAPACK of Debian's OpenBLAS (dgetrf:
// blocked, vectorised for the machine, threaded), where Eigen's own LU is several times slower;
// solves substitute on its factors with Eigen. OpenBLAS is loaded with dlopen on first use, not
// linked: loaded at start it costs every jezsim process about 4 ms (it starts its threads), for the
// few commands that read a table of hundreds of sectors. Without OpenBLAS, LapackLu::factorise
// returns nullopt and the caller keeps Eigen's LU.
#pragma once

#include <Eigen/Dense>
#include <optional>
#include <vector>

namespace jez::economy {

class LapackLu {
 public:
  // The factors of M (square), or nullopt when OpenBLAS cannot be loaded. Throws
  // std::invalid_argument when M is exactly singular.
  static std::optional<LapackLu> factorise(Eigen::MatrixXd M);
  // Whether OpenBLAS's LAPACK can be loaded on this machine.
  static bool available();

  // X with M X = B, or with M^T X = B when `transposed`.
  Eigen::MatrixXd solve(const Eigen::MatrixXd& B, bool transposed = false) const;
  int size() const { return int(lu_.rows()); }

 private:
  LapackLu() = default;
  Eigen::MatrixXd lu_;       // L below the diagonal (unit diagonal), U on and above it
  std::vector<int> pivots_;  // LAPACK's 1-based row interchanges
};

}  // namespace jez::economy
