// Everything a sweep checks before its first run: the sweep file, the base scenario, every
// parameter path against the base, and the outputs against the metrics a base run produces.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "run/run_scenario.hpp"
#include "scenario/overrides.hpp"
#include "sweep/plan.hpp"

namespace jez::sweep {

struct PreparedSweep {
  SweepPlan plan;
  std::string base_sha256;
  RunOptions run_options;            // how every run (and the probe) runs
  std::string base_fingerprint;      // run_key()'s base part, with the run options
  std::vector<std::string> outputs;  // the metrics to collect, in order
};

// Reads the sweep file and checks its parameters against the base scenario (by loading the
// base with each parameter's listed values, or a distribution's median). With `probe_outputs` it
// also runs the base scenario once, in a child process, to learn the metrics its runs produce: the
// outputs must be among them, and no outputs means all of them. Throws InputError naming the sweep
// file's line and column for anything wrong.
PreparedSweep prepare_sweep(const std::filesystem::path& sweep_file, bool probe_outputs,
                            const RunOptions& run_options = {});

// The --set overrides of a run: the point's parameter values, then its seed.
std::vector<Override> run_overrides(const SweepPlan& plan,
                                    const std::vector<ParameterValue>& values, std::uint64_t seed);

}  // namespace jez::sweep
