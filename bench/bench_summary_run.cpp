// A sweep child's cost: run_scenario of one scenario (default: the shipped southern-kurils-2017)
// as a full run and as a summary-only run (RunOptions::summary_only, what sweep children use),
// alternating, each in a child forked from a parent that has loaded the scenario, as the sweep's
// are. Prints the medians of the child's wall time, its CPU time (user + system, its own
// counterfactual child included) and its peak memory beyond the parent's (the child's peak
// resident set, ru_maxrss, less its resident set just after the fork).
// Usage: bench_summary_run [SCENARIO] [N] [--no-counterfactual]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"

namespace {

struct Sample {
  double wall_s = 0, cpu_s = 0, extra_mb = 0;
};

long resident_kb() {  // this process's resident set now
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

double seconds(const timeval& t) {
  return double(t.tv_sec) + t.tv_usec / 1e6;
}

Sample run_once(const jez::Scenario& s, const jez::RunOptions& options) {
  int fds[2];
  if (pipe(fds) != 0) std::exit(1);
  std::fflush(nullptr);
  const auto t0 = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const long at_fork_kb = resident_kb();
    try {
      const jez::RunResult r = jez::run_scenario(s, options);
      rusage self{};
      getrusage(RUSAGE_SELF, &self);
      const long extra_kb = self.ru_maxrss - at_fork_kb;
      if (r.summary.empty() || write(fds[1], &extra_kb, sizeof extra_kb) != sizeof extra_kb)
        _exit(3);
      _exit(0);
    } catch (...) {
      _exit(2);
    }
  }
  close(fds[1]);
  long extra_kb = 0;
  const bool got = read(fds[0], &extra_kb, sizeof extra_kb) == sizeof extra_kb;
  close(fds[0]);
  int status = 0;
  rusage use{};  // the child's, with its counterfactual child's (which it waited for)
  wait4(pid, &status, 0, &use);
  Sample out;
  out.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "bench_summary_run: the run failed\n");
    std::exit(1);
  }
  out.cpu_s = seconds(use.ru_utime) + seconds(use.ru_stime);
  out.extra_mb = double(extra_kb) / 1024;
  return out;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  const std::string file = argc > 1 ? argv[1] : JEZ_DEFAULT_SCENARIO;
  const int n = argc > 2 ? std::max(1, std::atoi(argv[2])) : 11;
  jez::RunOptions full, lean;
  full.counterfactual = lean.counterfactual =
      !(argc > 3 && !std::strcmp(argv[3], "--no-counterfactual"));
  lean.summary_only = true;
  const jez::Scenario s = jez::load_scenario(file);
  std::vector<double> wall[2], cpu[2], mb[2];
  for (int i = 0; i < n; ++i)
    for (int k = 0; k < 2; ++k) {
      const Sample x = run_once(s, k ? lean : full);
      wall[k].push_back(x.wall_s), cpu[k].push_back(x.cpu_s), mb[k].push_back(x.extra_mb);
    }
  std::printf("run of %s%s, medians of %d, alternating:\n", s.name.c_str(),
              full.counterfactual ? "" : " (no counterfactual)", n);
  const char* names[2] = {"full run    ", "summary-only"};
  for (int k = 0; k < 2; ++k)
    std::printf("  %s: wall %.4f s, cpu %.4f s (the run's process), %.1f MB beyond the parent\n",
                names[k], median(wall[k]), median(cpu[k]), median(mb[k]));
  std::printf("  summary-only / full: wall %.2f, cpu %.2f (memory budget: 20 MB)\n",
              median(wall[1]) / median(wall[0]), median(cpu[1]) / median(cpu[0]));
  return 0;
}
