// Test helpers for world/: SimGrid allows one engine per process, so every test that needs an
// engine runs it in a forked child, which sends back text; the parent checks it. This keeps the
// test binary correct whether ctest runs each case alone or someone runs the binary directly.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "scenario/scenario.hpp"
#include "world/world.hpp"

namespace jez::world::testing {

// Runs fn in a forked child and returns the text it returned. Throws std::runtime_error with
// the child's message when it threw or died.
std::string in_child_process(const std::function<std::string()>& fn);

struct WorldRun {
  std::vector<PeriodFlows> periods;
  WorldResult result;
};

// Every number with 17 significant digits: the same run gives the same bytes.
std::string transcript(const WorldRun& run);
WorldRun parse_transcript(const std::string& text);

// run_world on the scenario in a child process: its transcript, and the parsed run.
std::string world_transcript_in_child(const Scenario& scenario);
WorldRun run_world_in_child(const Scenario& scenario);

// A two-region world: island "isle", hub "port", route "port-isle" (from port to isle), no ice,
// one fish plant "cannery" on isle selling to port at 1200 t/year, flat profile.
Scenario isle_and_port(YearMonth start, YearMonth end);

// isle_and_port with no fish plant, twice-weekly sailings with 100 seats and a two-sector table
// (fish_processing, tourism) of 1,200 each.
Scenario quiet_isle(YearMonth start, YearMonth end);

// Five regions (islands iturup, kunashiri, shikotan; hubs korsakov, nemuro), five routes, four
// of them with a sea-ice season, and three fish plants (110,000 t/year together) selling to
// korsakov with a seasonal profile: the size of the southern Kurils case.
Scenario three_plant_archipelago(YearMonth start, YearMonth end);

// Sum over periods of a measure (region empty: every region).
double measure_total(const WorldRun& run, const std::string& variable,
                     const std::string& region = "");
// The measure of one period (0 when absent).
double measure_in(const PeriodFlows& period, const std::string& variable,
                  const std::string& region = "");
double summary_value(const WorldRun& run, const std::string& metric);

}  // namespace jez::world::testing
