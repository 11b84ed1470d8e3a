// A run is a function from a scenario to a result (DESIGN.md section 2).
#pragma once

#include <filesystem>

#include "run/run_result.hpp"
#include "scenario/scenario.hpp"

namespace jez {

struct RunOptions {
  // Also run the counterfactual (in a forked child) and report the impact against it.
  bool counterfactual = true;
  // Only what summary.csv needs (a sweep child, a counterfactual): no timeseries rows, no event
  // log, no multipliers CSV; RunResult::summary and RunResult::zone are the same, bit for bit,
  // as a full run's.
  bool summary_only = false;
  // A file that holds the counterfactual's result, shared by runs whose counterfactual scenarios
  // are equal (a sweep names it by their canonical dump): read when it exists instead of running
  // the counterfactual, written (atomically) when the counterfactual ran. Empty: no sharing.
  std::filesystem::path counterfactual_cache;
};

// Runs the scenario's world and economy over its horizon, and its counterfactual in a child
// process. Uses this process's SimGrid engine, so it may be called once per process. Throws
// std::runtime_error when the run or its counterfactual fails.
RunResult run_scenario(const Scenario& scenario, const RunOptions& options = {});

}  // namespace jez
