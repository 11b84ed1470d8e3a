// `jezsim sweep`: runs a prepared sweep's points (or a shard of them, or this MPI rank's part)
// in forked children and writes the sweep folder.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "output/atomic_file.hpp"
#include "run/run_result.hpp"
#include "scenario/scenario.hpp"
#include "sweep/prepare.hpp"

namespace jez::sweep {

struct SweepOptions {
  std::filesystem::path out_dir;
  unsigned jobs = 1;
  double timeout_s = 0;
  bool resume = false;
  bool keep_timeseries = false;  // full run folders instead of summary.csv only
  std::uint64_t shard_k = 1, shard_n = 1;
  bool mpi = false;
  bool progress = false;  // progress lines even when stderr is not a terminal
  bool quiet = false;
  std::vector<std::string> command_line;
  std::string version, git_commit;
  // Writes a full run folder (for --keep timeseries): the cli's run folder writer.
  std::function<void(output::StagedFolder&, const Scenario&, const RunResult&, double wall_s)>
      write_full_run;
};

// Returns the exit code: 0, 3 when some runs failed, 130 when interrupted (the folder is left
// for --resume). Throws InputError / OutputError for a bad output folder.
int run_sweep(const PreparedSweep& prepared, const SweepOptions& options);

}  // namespace jez::sweep
