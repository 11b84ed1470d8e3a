// The canonical YAML of a loaded scenario, as written to scenario.resolved.yaml.
#pragma once

#include <string>

#include "scenario/scenario.hpp"

namespace jez {

// Every key in the order of the key tables (scenario/key_table.hpp) with every default applied,
// numbers in their shortest round-trip form, `economy.table` as an absolute path. load_scenario of
// this text gives the same Scenario (but for its source file, hash and table_arg), and dumping that
// again gives the same text.
std::string resolved_yaml(const Scenario& s);

}  // namespace jez
