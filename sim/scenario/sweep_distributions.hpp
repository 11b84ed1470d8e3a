// A sweep parameter's distribution as a sweep file writes it (internal to scenario/): a list of
// values, or a map with `dist:` and that distribution's keys, each distribution a key table so
// that the docs and the JSON Schema list its keys (sweep_spec.cpp reads the rest of the file).
#pragma once

#include <vector>

#include "scenario/key_table.hpp"
#include "scenario/sweep_spec.hpp"

namespace jez {

// The tables of uniform, normal, lognormal, triangular and discrete, in that order.
const std::vector<const keys::Table<SweepDistribution>*>& sweep_distributions();

// A parameter's values or distribution at `field`, checked (bounds, truncation that keeps some
// of the distribution, one weight per value).
SweepDistribution read_sweep_distribution(const ReadContext& c, const Field& field);

}  // namespace jez
