// `mpirun -n 2 jezsim sweep --mpi` gives the results of `jezsim sweep -j 2`.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

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

// jezsim loads OpenMPI (through its module, jezsim-mpi.so) only for `sweep --mpi`: a run starts
// without OpenMPI's libraries.
TEST(SweepMpi, JezsimItselfLinksNoOpenMpi) {
#ifdef JEZ_MPI_LINKED
  GTEST_SKIP() << "a sanitizer build links the MPI module into jezsim (no RTLD_DEEPBIND there)";
#endif
  TempDir tmp;
  const std::string cmd = "ldd " + shell_quote(jezsim_binary()) + " > " +
                          shell_quote((tmp.path / "ldd").string()) + " 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const std::string libs = slurp(tmp.path / "ldd");
  ASSERT_NE(libs.find("libsimgrid"), std::string::npos) << libs;  // ldd did list the libraries
  for (const char* lib : {"libmpi", "libopen-pal", "libopen-rte", "libhwloc", "libevent"})
    EXPECT_EQ(libs.find(lib), std::string::npos) << lib << " in\n" << libs;
}

TEST(SweepMpi, AMissingModuleIsOneClearSentenceAndNoFolder) {
#if !defined(JEZ_MPIEXEC) || defined(JEZ_MPI_LINKED)
  GTEST_SKIP() << "built without MPI: --mpi is refused before any module is looked for";
#else
  TempDir tmp;
  const fs::path missing = tmp.path / "nowhere" / "jezsim-mpi.so";
  setenv("JEZSIM_MPI_MODULE", missing.c_str(), 1);
  const Outcome o = run_jezsim("sweep tests/data/sweeps/small-sobol.yaml -q --mpi -o " +
                               shell_quote((tmp.path / "m").string()));
  unsetenv("JEZSIM_MPI_MODULE");
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.err.find("--mpi: cannot load jezsim's MPI module jezsim-mpi.so (" + missing.string() +
                       ": cannot open shared object file"),
            std::string::npos)
      << o.err;
  EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
  EXPECT_FALSE(fs::exists(tmp.path / "m"));
#endif
}

TEST(SweepMpi, ALibraryThatIsNotTheModuleIsRefused) {
#if !defined(JEZ_MPIEXEC) || defined(JEZ_MPI_LINKED)
  GTEST_SKIP() << "built without MPI";
#else
  TempDir tmp;
  // A real shared library without the module's entry point: the C library itself.
  setenv("JEZSIM_MPI_MODULE", "libc.so.6", 1);
  const Outcome o = run_jezsim("sweep tests/data/sweeps/small-sobol.yaml -q --mpi -o " +
                               shell_quote((tmp.path / "m").string()));
  unsetenv("JEZSIM_MPI_MODULE");
  EXPECT_EQ(o.exit_code, 1) << o.err;
  EXPECT_NE(o.err.find("libc.so.6: not a jezsim MPI module of this version"), std::string::npos)
      << o.err;
#endif
}

}  // namespace
}  // namespace jez::test
