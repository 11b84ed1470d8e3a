// The world's speed: run_world on a scenario (default: the shipped southern-kurils-2017), each
// repetition in a forked child (SimGrid allows one engine per process), timing only run_world.
// Reports the SimGrid events (times the engine's clock advanced), sailings, events.csv lines and
// SimGrid events per second, as the median of N repetitions (the machines are shared and noisy).
// Usage: bench_world [SCENARIO] [N]
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "scenario/loader.hpp"
#include "world/world.hpp"

namespace {

struct Sample {
  double seconds = 0;
  long long steps = 0, sailings = 0, events = 0, periods = 0;
};

Sample run_once(const jez::Scenario& s) {
  int fds[2];
  if (pipe(fds) != 0) std::exit(1);
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    Sample out;
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = jez::world::run_world(s, [&](const jez::world::PeriodFlows&) { ++out.periods; });
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
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

}  // namespace

int main(int argc, char** argv) {
  const std::string file = argc > 1 ? argv[1] : JEZ_DEFAULT_SCENARIO;
  const int n = argc > 2 ? std::max(1, std::atoi(argv[2])) : 11;
  const jez::Scenario s = jez::load_scenario(file);
  std::vector<Sample> samples;
  for (int i = 0; i < n; ++i) samples.push_back(run_once(s));
  std::sort(samples.begin(), samples.end(),
            [](const Sample& a, const Sample& b) { return a.seconds < b.seconds; });
  const Sample& m = samples[samples.size() / 2];
  auto verdict = [](bool met) { return met ? "met" : "not met"; };
  std::printf(
      "world of %s: median %.4f s over %d runs (min %.4f, max %.4f); budget at most "
      "0.015 s (issue 14): %s\n",
      s.name.c_str(), m.seconds, n, samples.front().seconds, samples.back().seconds,
      verdict(m.seconds <= 0.015));
  std::printf(
      "  %lld periods, %lld SimGrid events, %lld sailings (%.2f events a sailing), %lld "
      "events.csv lines\n",
      m.periods, m.steps, m.sailings, m.sailings ? double(m.steps) / m.sailings : 0.0, m.events);
  std::printf("  %.0f SimGrid events per second; budget at least 250,000: %s\n",
              m.steps / m.seconds, verdict(m.steps / m.seconds >= 250000));
  return 0;
}
