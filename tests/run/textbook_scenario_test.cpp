// The shipped pure input-output scenario runs, and its lagged path is the one worked by hand in
// tests/economy/dynamic_leontief_test.cpp.
#include <gtest/gtest.h>

#include <filesystem>

#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"

namespace jez {
namespace {

TEST(TextbookScenario, LaggedPathThroughAWholeRun) {
  const Scenario s =
      load_scenario(std::filesystem::path(JEZ_SOURCE_DIR) / "scenarios/textbook-lagged.yaml");
  const RunResult r = run_scenario(s);
  std::vector<double> a;
  for (const auto& row : r.timeseries)
    if (row.region == "zone" && row.sector == "a" && row.variable == "output")
      a.push_back(row.value);
  ASSERT_EQ(a.size(), 10u);
  EXPECT_NEAR(a[0], 100, 1e-9);        // 2020: the table's own year
  EXPECT_NEAR(a[1], 47 / 0.41, 1e-9);  // 2021: demand 80, x = [47, 42] / 0.41
  EXPECT_NEAR(a[9], 71 / 0.63, 1e-3);  // settles on the static solution
  EXPECT_NEAR(r.metric("dynamics_spectral_radius"), 0.34738148, 1e-7);
  EXPECT_EQ(r.metric("impact_grp_cumulative"), 0);  // no joint projects
}

}  // namespace
}  // namespace jez
