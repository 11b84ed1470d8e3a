// The Sobol sequence against published points and its defining net property.
#include <gtest/gtest.h>

#include <set>

#include "sweep/sobol_sequence.hpp"

namespace jez::sweep {
namespace {

TEST(SobolSequence, FirstPointsMatchJoeAndKuosReferenceOrder) {
  // The first points of the unscrambled 3-dimensional sequence in Gray-code order, as Joe and
  // Kuo's sobol.cc and SciPy's qmc.Sobol(3, scramble=False) print them.
  const double expected[][3] = {{0, 0, 0},
                                {0.5, 0.5, 0.5},
                                {0.75, 0.25, 0.25},
                                {0.25, 0.75, 0.75},
                                {0.375, 0.375, 0.625},
                                {0.875, 0.875, 0.125},
                                {0.625, 0.125, 0.875},
                                {0.125, 0.625, 0.375}};
  const SobolSequence s(3);
  for (int i = 0; i < 8; ++i)
    for (int d = 0; d < 3; ++d) EXPECT_EQ(s.coordinate(i, d), expected[i][d]) << i << "," << d;
}

TEST(SobolSequence, EveryDimensionIsStratifiedAtPowersOfTwo) {
  // Each one-dimensional projection of the first 2^m points holds each k / 2^m exactly once.
  const SobolSequence s(SobolSequence::max_dims());
  EXPECT_EQ(SobolSequence::max_dims(), 53u);
  for (std::size_t d = 0; d < s.dims(); ++d) {
    std::set<double> seen;
    for (int i = 0; i < 256; ++i) seen.insert(s.coordinate(i, d));
    ASSERT_EQ(seen.size(), 256u) << "dimension " << d + 1;
    EXPECT_EQ(*seen.rbegin(), 255.0 / 256) << "dimension " << d + 1;
  }
}

TEST(SobolSequence, FirstTwoDimensionsFormAZeroTNet) {
  // Dimensions 1 and 2 are a (0, 2)-sequence: the first 2^m points put one point in every
  // elementary box of area 2^-m (here m = 8: boxes of 2^a x 2^(8-a) cells).
  const SobolSequence s(2);
  for (int a = 0; a <= 8; ++a) {
    std::set<std::pair<int, int>> boxes;
    for (int i = 0; i < 256; ++i)
      boxes.insert({int(s.coordinate(i, 0) * (1 << a)), int(s.coordinate(i, 1) * (1 << (8 - a)))});
    EXPECT_EQ(boxes.size(), 256u) << "boxes of 2^-" << a << " x 2^-" << 8 - a;
  }
}

TEST(SobolSequence, ScramblingKeepsTheNetAndMovesTheCornerAndTheCentre) {
  // Linear matrix scrambling with a digital shift keeps each dimension stratified at 2^m points
  // and the (0, 2)-net of dimensions 1 and 2; points 0 and 1 (all 0, all 0.5 unscrambled) are
  // ordinary points, different in every dimension; coordinates stay inside (0, 1).
  const SobolSequence s(SobolSequence::max_dims(), 5);
  for (std::size_t d = 0; d < s.dims(); ++d) {
    std::set<int> cells;
    for (int i = 0; i < 256; ++i) {
      const double u = s.coordinate(i, d);
      ASSERT_GT(u, 0);
      ASSERT_LT(u, 1);
      cells.insert(int(u * 256));
    }
    EXPECT_EQ(cells.size(), 256u) << "dimension " << d + 1;
    for (std::size_t e = d + 1; e < s.dims(); ++e) {
      EXPECT_NE(s.coordinate(1, d), s.coordinate(1, e)) << d << " " << e;
    }
  }
  for (int a = 0; a <= 8; ++a) {
    std::set<std::pair<int, int>> boxes;
    for (int i = 0; i < 256; ++i)
      boxes.insert({int(s.coordinate(i, 0) * (1 << a)), int(s.coordinate(i, 1) * (1 << (8 - a)))});
    EXPECT_EQ(boxes.size(), 256u) << "boxes of 2^-" << a << " x 2^-" << 8 - a;
  }
  // The same seed gives the same points; another seed other points.
  const SobolSequence same(3, 5), other(3, 6);
  EXPECT_EQ(same.coordinate(17, 2), s.coordinate(17, 2));
  EXPECT_NE(other.coordinate(17, 2), s.coordinate(17, 2));
}

TEST(SobolSequence, RefusesMoreDimensionsThanItsTable) {
  EXPECT_THROW(SobolSequence(SobolSequence::max_dims() + 1), std::invalid_argument);
}

}  // namespace
}  // namespace jez::sweep
