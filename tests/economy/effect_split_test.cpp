// Direct, indirect and induced effects against the hand-worked inverses of
// tests/data/tables/two-sector-households.csv (worked in multipliers_test.cpp):
//   Type I   L     = [[90, 30], [10, 80]] / 69,
//   Type II  L-bar = [[238, 106, 96], [92, 244, 164], [118, 116, 276]] / 151 (sector rows 1-2).
#include "economy/effect_split.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace jez::economy {
namespace {

const std::filesystem::path kTable =
    std::filesystem::path(JEZ_TEST_DATA) / "tables/two-sector-households.csv";

TEST(EffectSplit, TypeTwoByHand) {
  EconomyOptions options;
  options.households_endogenous = true;
  const RegionalEconomy economy(read_io_table(kTable), 1, options);
  const EffectSplit split(economy);
  const double tol = 1e-12;
  // One unit of final demand for fishing: direct [1, 0]; Type I column 1 of L = [90, 10] / 69,
  // so indirect = [21, 10] / 69; Type II [238, 92] / 151, so induced = Type II - Type I.
  const OutputEffects f = split.split(Eigen::Vector2d(1, 0));
  EXPECT_NEAR(f.direct(0), 1, tol);
  EXPECT_NEAR(f.direct(1), 0, tol);
  EXPECT_NEAR(f.indirect(0), 21.0 / 69, tol);
  EXPECT_NEAR(f.indirect(1), 10.0 / 69, tol);
  EXPECT_NEAR(f.induced(0), 238.0 / 151 - 90.0 / 69, tol);
  EXPECT_NEAR(f.induced(1), 92.0 / 151 - 10.0 / 69, tol);
  // Value added, v = [0.7, 0.5]: direct 0.7, Type I 68/69, Type II (0.7*238 + 0.5*92)/151.
  const Eigen::VectorXd& v = economy.value_added_coefficients();
  EXPECT_NEAR(v.dot(f.direct), 0.7, tol);
  EXPECT_NEAR(v.dot(f.direct + f.indirect), 68.0 / 69, tol);
  EXPECT_NEAR(v.dot(f.direct + f.indirect + f.induced), 212.6 / 151, tol);
  // Two units for services: Type I 2 [30, 80] / 69, Type II 2 [106, 244] / 151.
  const OutputEffects s = split.split(Eigen::Vector2d(0, 2));
  EXPECT_NEAR(s.indirect(0), 60.0 / 69, tol);
  EXPECT_NEAR(s.indirect(1), 160.0 / 69 - 2, tol);
  EXPECT_NEAR(s.induced(0), 212.0 / 151 - 60.0 / 69, tol);
  EXPECT_NEAR(s.induced(1), 488.0 / 151 - 160.0 / 69, tol);
}

TEST(EffectSplit, HouseholdsExogenousHaveNoInducedEffect) {
  const RegionalEconomy economy(read_io_table(kTable), 12);
  const OutputEffects f = EffectSplit(economy).split(Eigen::Vector2d(1, 0));
  EXPECT_NEAR(f.indirect(0), 21.0 / 69, 1e-12);
  EXPECT_EQ(f.induced(0), 0);
  EXPECT_EQ(f.induced(1), 0);
  EXPECT_THROW(EffectSplit(economy).split(Eigen::Vector3d(1, 0, 0)), std::invalid_argument);
}

}  // namespace
}  // namespace jez::economy
