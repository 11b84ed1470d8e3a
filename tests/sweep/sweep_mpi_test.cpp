// `mpirun -n 2 jezsim sweep --mpi` gives the results of `jezsim sweep -j 2`.
#include <nlohmann/json.hpp>

#include "sweep_files.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;

TEST(SweepMpi, TwoRanksEqualTwoJobs) {
#ifndef JEZ_MPIEXEC
  GTEST_SKIP() << "built without MPI: scripts/setup.sh installs libopenmpi-dev and openmpi-bin";
#else
  TempDir tmp;
  const std::string sweep = "tests/data/sweeps/small-sobol.yaml";
  const Outcome j = run_jezsim("sweep " + sweep + " -q -j 2 -o " + (tmp.path / "j").string());
  ASSERT_EQ(j.exit_code, 0) << j.err;
  // As root OpenMPI needs --allow-run-as-root; --oversubscribe lets 2 ranks share few cores.
  const std::string cmd = "cd " + shell_quote(JEZ_SOURCE_DIR) + " && " + shell_quote(JEZ_MPIEXEC) +
                          " -n 2 --allow-run-as-root --oversubscribe " +
                          shell_quote(jezsim_binary()) + " sweep " + sweep + " -q --mpi -o " +
                          shell_quote((tmp.path / "m").string()) + " > " +
                          shell_quote((tmp.path / "log").string()) + " 2>&1";
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << slurp(tmp.path / "log");
  EXPECT_EQ(without_wall_time(slurp(tmp.path / "m/results.csv")),
            without_wall_time(slurp(tmp.path / "j/results.csv")));
  for (const char* f : {"points.csv", "sensitivity.csv"})
    EXPECT_EQ(slurp(tmp.path / "m" / f), slurp(tmp.path / "j" / f)) << f;
  const auto manifest = nlohmann::json::parse(slurp(tmp.path / "m/manifest.json"));
  EXPECT_EQ(manifest["execution"]["mpi_ranks"], 2);
  EXPECT_EQ(manifest["runs"]["ok"], 32);
  EXPECT_EQ(done_runs(tmp.path / "m"), 32);
#endif
}

}  // namespace
}  // namespace jez::test
