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

// The same from the file's bytes, already read (at most kMaxYamlFileBytes): `file` names it in
// messages and is where relative paths (the table, the counterfactual) are taken from.
Scenario load_scenario_text(const std::string& bytes, const std::filesystem::path& file,
                            const std::vector<Override>& overrides = {});

}  // namespace jez
