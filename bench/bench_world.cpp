// The world's speed: run_world on a scenario (default: the shipped southern-kurils-2017), each
// repetition in a forked child (SimGrid allows one engine per process), timing only run_world.
// Reports wall and cpu time, the SimGrid events (times the engine's clock advanced) per sailing,
// the voyages run as SimGrid transfers and the events.csv lines, as the median of N repetitions
// (the machines are shared and noisy). Then the same for the world of a summary-only run (no
// event log, no measures: a sweep child's and every counterfactual's), for information.
// Usage: bench_world [SCENARIO] [N]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "scenario/loader.hpp"
#include "world/world.hpp"

namespace {

struct Sample {
  double seconds = 0, cpu_seconds = 0;
  long long steps = 0, sailings = 0, events = 0, periods = 0, on_engine = 0;
  long long page_faults = 0;  // minor faults of the child during run_world (fresh memory)
};

long long minor_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

Sample run_once(const jez::Scenario& s, bool records) {
  int fds[2];
  if (pipe(fds) != 0) std::exit(1);
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Sample out;
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpu_now();
    const long long f0 = minor_faults();
    jez::world::WorldOptions options;
    options.records = records;
    const auto r = jez::world::run_world(
        s, [&](const jez::world::PeriodFlows&) { ++out.periods; }, options);
    out.cpu_seconds = cpu_now() - c0;
    out.page_faults = minor_faults() - f0;
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    out.on_engine = r.voyages_on_engine;
    out.steps = r.engine_steps;
    out.sailings = r.sailings_total;
    out.events = (long long)r.events.size();
    if (write(fds[1], &out, sizeof out) != sizeof out) _exit(2);
    _exit(0);
  }
  close(fds[1]);
  Sample s_out;
  const bool ok = read(fds[0], &s_out, sizeof s_out) == sizeof s_out;
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!ok || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::fprintf(stderr, "bench_world: the world run failed\n");
    std::exit(1);
  }
  return s_out;
}

double load_average() {
  double l = 0;
  if (FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf", &l) != 1) l = 0;
    std::fclose(f);
  }
  return l;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string file = argc > 1 ? argv[1] : JEZ_DEFAULT_SCENARIO;
  const int n = argc > 2 ? std::max(1, std::atoi(argv[2])) : 11;
  const jez::Scenario s = jez::load_scenario(file);
  std::vector<Sample> samples;
  std::vector<double> lean_cpu;  // summary-only, alternating with the full runs
  for (int i = 0; i < n; ++i) {
    samples.push_back(run_once(s, true));
    lean_cpu.push_back(run_once(s, false).cpu_seconds);
  }
  std::sort(lean_cpu.begin(), lean_cpu.end());
  std::sort(samples.begin(), samples.end(),
            [](const Sample& a, const Sample& b) { return a.seconds < b.seconds; });
  const Sample& m = samples[samples.size() / 2];
  std::vector<double> cpu;
  for (const Sample& x : samples) cpu.push_back(x.cpu_seconds);
  std::sort(cpu.begin(), cpu.end());
  auto verdict = [](bool met) { return met ? "met" : "not met"; };
  std::printf(
      "world of %s: median %.4f s over %d runs (min %.4f, max %.4f); budget at most "
      "0.015 s (issue 14): %s\n",
      s.name.c_str(), m.seconds, n, samples.front().seconds, samples.back().seconds,
      verdict(m.seconds <= 0.015));
  std::printf("  cpu time of the world: median %.4f s (load average %.2f)\n", cpu[cpu.size() / 2],
              load_average());
  std::printf(
      "  %lld periods, %lld SimGrid events, %lld sailings (%.3f events a sailing; 0.78 before "
      "the lean world), %lld voyages as SimGrid transfers, %lld events.csv lines\n",
      m.periods, m.steps, m.sailings, m.sailings ? double(m.steps) / m.sailings : 0.0, m.on_engine,
      m.events);
  std::printf("  %.0f sailings per second of world time; %lld page faults in the world\n",
              m.sailings / m.seconds, m.page_faults);
  std::printf(
      "  cpu time of the world of a summary-only run (no event log, no measures): median "
      "%.4f s\n",
      lean_cpu[lean_cpu.size() / 2]);
  return 0;
}
