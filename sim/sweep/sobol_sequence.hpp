// The Sobol low-discrepancy sequence with Joe and Kuo's direction numbers.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace jez::sweep {

// Points of the Sobol sequence in [0, 1)^dims, in Gray-code order (as in Joe and Kuo's
// reference code and SciPy's unscrambled Sobol), with the direction numbers of S. Joe and
// F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional projections", SIAM J.
// Sci. Comput. 30 (2008) 2635-2654, file new-joe-kuo-6.21201. Any point is computed directly
// from its index, so a longer sequence starts with the same points.
class SobolSequence {
 public:
  explicit SobolSequence(std::size_t dims);  // throws std::invalid_argument above max_dims()
  static std::size_t max_dims();

  std::size_t dims() const { return directions_.size(); }
  // Coordinate `dim` (0-based) of point `index` (< 2^32).
  double coordinate(std::uint64_t index, std::size_t dim) const;

 private:
  std::vector<std::array<std::uint32_t, 32>> directions_;  // V_1..V_32 of each dimension
};

}  // namespace jez::sweep
