// The scenario's sector models: physical parameters of the base sectors and the activities.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"

namespace jez {

// One fish-processing plant: its yearly output is shipped to a market over a direct route.
struct FishPlant {
  std::string name;
  std::string island;
  std::string market;  // a hub region with a direct route from the island
  double output_t_per_year = 0;
};

// The islands' fish-processing output, produced through the year by a monthly profile,
// shipped to market and sold (entering final demand as exports) when it is delivered.
struct FishExports {
  std::string sector = "fish_processing";  // the IO sector whose exports this replaces
  double price_rub_per_kg = 0;
  std::array<double, 12> monthly_profile{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};  // relative
  std::vector<FishPlant> plants;
};

}  // namespace jez
