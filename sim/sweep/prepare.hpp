// Everything a sweep checks before its first run: the sweep file, the base scenario, every
// parameter path against the base, and the outputs against the metrics a base run produces.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"
#include "scenario/overrides.hpp"
#include "sweep/plan.hpp"
#include "sweep/results_files.hpp"

namespace jez::sweep {

struct PreparedSweep {
  SweepPlan plan;
  std::string base_sha256;
  RunOptions run_options;                      // how every run runs
  std::string base_fingerprint;                // run_key()'s base part, with the run options
  std::vector<std::string> outputs;            // the metrics to collect, in order
  std::vector<DeclaredMetric> output_metrics;  // the same with their units and meanings
  // The base scenario's file, parsed once: each forked run loads it with its own overrides.
  std::shared_ptr<ParsedScenario> parsed_base;
};

// Reads the sweep file and checks its parameters against the base scenario (by loading the
// base with each parameter's listed values, or a distribution's median), and its outputs against
// the metrics that runs of the base produce (the registry's, for the base and `run_options`): no
// outputs means all of them. Throws InputError naming the sweep file's line and column for
// anything wrong.
PreparedSweep prepare_sweep(const std::filesystem::path& sweep_file,
                            const RunOptions& run_options = {});

// The --set overrides of a run: the point's parameter values, then its seed.
std::vector<Override> run_overrides(const SweepPlan& plan,
                                    const std::vector<ParameterValue>& values, std::uint64_t seed);

}  // namespace jez::sweep
