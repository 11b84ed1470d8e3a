// A run is a function from a scenario to a result (DESIGN.md section 2).
#pragma once

#include "run/run_result.hpp"
#include "scenario/scenario.hpp"

namespace jez {

struct RunOptions {};  // reserved: counterfactual and output choices come with later issues

// Runs the scenario's world and economy over its horizon. Uses this process's SimGrid engine,
// so it may be called once per process. Throws std::runtime_error when the run fails.
RunResult run_scenario(const Scenario& scenario, const RunOptions& options = {});

}  // namespace jez
