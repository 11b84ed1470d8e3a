// The size of a sweep, checked as its file is read (internal to scenario/): a sweep that could
// never finish, or whose plan would not fit in memory, is refused before anything is expanded.
#pragma once

#include <cstdint>

#include "scenario/sweep_spec.hpp"
#include "scenario/yaml_schema.hpp"

namespace jez {

// The most runs (points × replications) of one sweep, and the most cells (samples × parameters)
// of a Latin hypercube's table of strata (4 bytes each).
inline constexpr std::uint64_t kMaxSweepRuns = 10'000'000;
inline constexpr std::uint64_t kMaxLhsCells = 10'000'000;

// Throws InputError at replications, samples or parameters when the sweep is larger.
void check_sweep_size(const YamlSource& src, const MapFields& top, const SweepSpec& s);

}  // namespace jez
