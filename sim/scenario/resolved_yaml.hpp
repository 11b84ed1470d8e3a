// The canonical YAML of a loaded scenario, as written to scenario.resolved.yaml.
#pragma once

#include <string>

#include "scenario/scenario.hpp"

namespace jez {

// Every key in a fixed order with every default applied, numbers in their shortest round-trip
// form, `economy.table` as an absolute path. load_scenario of this text gives the same Scenario
// (but for its source file, hash and table_arg), and dumping that again gives the same text.
std::string resolved_yaml(const Scenario& s);

// The world's parts of the dump (scenario/resolved_world_yaml.cpp): a route's timetable,
// passengers and weather exposure; the activities under `sectors:`; `weather` and `events`.
bool has_activities(const Scenario& s);
void write_route_extras(std::string& y, const Route& r);
void write_world_sections(std::string& y, const Scenario& s);

}  // namespace jez
