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
//
// Scrambled (the second constructor): each dimension's direction numbers are multiplied by a
// random lower-triangular binary matrix with a unit diagonal and its points XORed with a random
// digital shift (linear matrix scrambling with a digital shift, Matousek 1998, as SciPy's
// qmc.Sobol(scramble=True)), every bit drawn from the seed. This keeps the (t, m, s)-net
// properties (each 2^m block is still stratified) and makes the points random and unbiased;
// the unscrambled point 0 (all 0) and point 1 (all 0.5 in every dimension) become ordinary
// points. Scrambled coordinates are the centres of their 2^-32 cells, never 0 or 1.
class SobolSequence {
 public:
  explicit SobolSequence(std::size_t dims);  // throws std::invalid_argument above max_dims()
  SobolSequence(std::size_t dims, std::uint64_t scramble_seed);
  static std::size_t max_dims();

  std::size_t dims() const { return directions_.size(); }
  // Coordinate `dim` (0-based) of point `index` (< 2^32).
  double coordinate(std::uint64_t index, std::size_t dim) const;

 private:
  std::vector<std::array<std::uint32_t, 32>> directions_;  // V_1..V_32 of each dimension
  std::vector<std::uint32_t> shifts_;                      // digital shifts; empty: unscrambled
};

}  // namespace jez::sweep
