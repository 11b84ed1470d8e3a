// The counterfactual of a run, in a child process: SimGrid allows one engine per process, so the
// baseline world cannot run next to the factual one. The child runs the baseline, sends its zone
// (and mainland) series back over a pipe and _exit()s; the parent runs the factual world meanwhile.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

#include "run/run_result.hpp"
#include "scenario/scenario.hpp"

namespace jez {

// The scenario without its joint activities: no investments (and so no projects), no
// counterfactual of its own. The baseline that `counterfactual: PATH` replaces.
Scenario without_joint_projects(const Scenario& scenario);
// The baseline a run's impact is measured against: its `counterfactual:` file's scenario, or
// without_joint_projects().
Scenario counterfactual_scenario(const Scenario& scenario);

class CounterfactualChild {
 public:
  // Forks a child that runs `baseline` (without a counterfactual of its own). With a `cache`
  // file that exists, forks nothing and takes the result from it; with one that does not, the
  // child writes its result there too (to a temporary name, then renamed). Throws
  // std::runtime_error when the pipe or the fork fails.
  explicit CounterfactualChild(const Scenario& baseline, const std::filesystem::path& cache = {});
  ~CounterfactualChild();  // reaps the child if collect() was not called
  CounterfactualChild(const CounterfactualChild&) = delete;
  CounterfactualChild& operator=(const CounterfactualChild&) = delete;

  // Waits for the child and returns its zone series (and its mainland regions' series). Throws
  // std::runtime_error with the child's own message when its run failed, or when it died.
  struct Series {
    ZoneSeries zone;
    MainlandSeries mainland;
  };
  Series collect();

 private:
  pid_t pid_ = -1;
  int read_fd_ = -1;
  std::string cached_;  // the cache file's bytes, when it had the result
};

}  // namespace jez
