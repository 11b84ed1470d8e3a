#include "scenario/sweep_limits.hpp"

#include <fmt/format.h>

#include <limits>

namespace jez {

namespace {

constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max();

std::uint64_t times(std::uint64_t a, std::uint64_t b) {
  return b != 0 && a > kSaturated / b ? kSaturated : a * b;
}

std::string count(std::uint64_t n) {
  return n == kSaturated ? std::string("over 10^19") : fmt::format("{}", n);
}

}  // namespace

void check_sweep_size(const YamlSource& src, const MapFields& top, const SweepSpec& s) {
  std::uint64_t points = 1;
  switch (s.method) {
    case SweepMethod::grid:
      for (const auto& p : s.parameters) points = times(points, p.dist.values.size());
      break;
    case SweepMethod::sobol:
      points = times(s.samples, s.parameters.size() + 2);
      break;
    default:
      points = s.samples;
  }
  const std::uint64_t runs = times(points, s.replications);
  if (runs > kMaxSweepRuns) {
    const char* blamed = s.replications > kMaxSweepRuns  ? "replications"
                         : s.method == SweepMethod::grid ? "parameters"
                                                         : "samples";
    const Field field = top.required(blamed);
    src.fail(field,
             fmt::format("a sweep of at most {} runs (points x replications)", kMaxSweepRuns),
             fmt::format("{} points x {} replications = {} runs", count(points),
                         count(s.replications), count(runs)));
  }
  if (s.method == SweepMethod::lhs && times(s.samples, s.parameters.size()) > kMaxLhsCells)
    src.fail(top.required("samples"),
             fmt::format("at most {} samples x parameters for method lhs (its table of strata)",
                         kMaxLhsCells),
             fmt::format("{} samples x {} parameters", s.samples, s.parameters.size()));
}

}  // namespace jez
