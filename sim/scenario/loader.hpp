// Loading a scenario file (format `jezsim: 1`, docs/scenario-format.md) into a checked Scenario.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "scenario/file_hash.hpp"
#include "scenario/input_error.hpp"
#include "scenario/overrides.hpp"
#include "scenario/resolved_yaml.hpp"
#include "scenario/scenario.hpp"

namespace jez {

// Reads, overrides (in order, before any check), validates and defaults a scenario, and reads
// its IO table. Throws InputError with one sentence "FILE:LINE:COL: KEY.PATH: expected ...,
// found ..." for any bad input; an economy::TableError from the table's CSV passes unchanged.
Scenario load_scenario(const std::filesystem::path& file,
                       const std::vector<Override>& overrides = {});

}  // namespace jez
