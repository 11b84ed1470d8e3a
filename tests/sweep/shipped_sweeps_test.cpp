// The sweeps shipped in scenarios/sweeps/ plan and run.
#include "sweep_files.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;

TEST(ShippedSweeps, PlanTheRunsTheirCommentsPromise) {
  const std::pair<const char*, int> sweeps[] = {
      {"monte-carlo-weather-prices.yaml", 1000},  // at least 1,000 runs (issue 5)
      {"sobol-key-parameters.yaml", 256 * (6 + 2)},
      {"grid-wind-ferry.yaml", 4 * 4 * 3},
  };
  for (const auto& [file, runs] : sweeps) {
    const Outcome o = run_jezsim(std::string("plan scenarios/sweeps/") + file);
    ASSERT_EQ(o.exit_code, 0) << file << ": " << o.err;
    EXPECT_EQ(line_count(o.out), 1 + runs) << file;
  }
}

TEST(ShippedSweeps, AShardOfEachRunsAndProducesItsOutputs) {
  // One block of a few runs each: the registry checks every output name, the runs the values.
  const std::pair<const char*, const char*> shards[] = {
      {"monte-carlo-weather-prices.yaml", "1/80"},  // 12 runs: parameters + 2
      {"sobol-key-parameters.yaml", "1/256"},       // one Sobol sample: 8 runs
      {"grid-wind-ferry.yaml", "1/8"},              // 2 points x 3 replications
  };
  for (const auto& [file, shard] : shards) {
    TempDir tmp;
    const Outcome o = run_jezsim(std::string("sweep scenarios/sweeps/") + file +
                                 " -q -j 2 --shard " + shard + " -o " + (tmp.path / "s").string());
    ASSERT_EQ(o.exit_code, 0) << file << ": " << o.err;
    const std::string results = slurp(tmp.path / "s/results.csv");
    EXPECT_GE(line_count(results), 1 + 4) << file;
    EXPECT_EQ(results.find(",,ok"), std::string::npos) << "an empty output in " << file;
    if (std::string(file) != "monte-carlo-weather-prices.yaml") continue;
    // Every parameter gets a coefficient, the sea-ice dates (MM-DD) too, and the shard is not
    // too small for a regression.
    const std::string sens = slurp(tmp.path / "s/sensitivity.csv");
    EXPECT_EQ(sens.find(",src,,"), std::string::npos) << sens;
    EXPECT_EQ(sens.find("too few"), std::string::npos) << sens;
    EXPECT_NE(sens.find("grp_final_year,routes.korsakov-kunashiri.ice.to,src,"), std::string::npos)
        << sens;
  }
}

}  // namespace
}  // namespace jez::test
