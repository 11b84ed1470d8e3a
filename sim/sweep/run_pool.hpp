// A pool of forked children, N at a time, each doing one run. SimGrid allows one engine per
// process, so the parent never starts one: every run is a child process.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace jez::sweep {

// How a child ended, as the pool saw it.
enum class ChildEnd { recorded, crashed, timed_out };

// Exit codes of a child that recorded its own outcome in its run folder.
inline constexpr int kChildDone = 0;
inline constexpr int kChildFailedRecorded = 10;

struct PoolOptions {
  unsigned jobs = 1;
  double timeout_s = 0;  // 0: no limit
};

// What the pool drives: `count` jobs numbered 0..count-1, in that order.
struct PoolJobs {
  std::uint64_t count = 0;
  // True when job i is already done (resume): not run, counted as skipped.
  std::function<bool(std::uint64_t)> already_done;
  // Runs job i in the child; returns the child's exit code. Never returns in the parent.
  std::function<int(std::uint64_t)> run_in_child;
  // Called in the parent when job i ended; `how` and `detail` ("signal 11", "exit code 1")
  // say how, and the parent records a failure that the child could not record itself.
  std::function<void(std::uint64_t, ChildEnd, const std::string&, int exit_code)> ended;
  // Called in the parent after each job ends or is skipped, and about once a second.
  std::function<void()> tick;
};

struct PoolOutcome {
  std::uint64_t started = 0;
  std::uint64_t skipped = 0;
  bool interrupted = false;  // SIGINT, SIGTERM or SIGHUP: the children were stopped
  int signal = 0;
};

PoolOutcome run_pool(const PoolJobs& jobs, const PoolOptions& options);

// The number of online cores (at least 1): the default -j.
unsigned core_count();

}  // namespace jez::sweep
