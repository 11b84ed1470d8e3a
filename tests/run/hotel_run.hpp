// Shared by the run tests: a hotel in services (120 paid in January 2020, half of it bought
// locally from services, online from April at 60 a year, Japan 0.4 and Russia 0.6) and a whole
// run of a scenario written into a fresh folder next to a table from tests/data.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"

namespace jez::test {

inline const std::string kHotel =
    "investments:\n"
    "  - project: hotel\n"
    "    sector: services\n"
    "    owners: {japan: 0.4, russia: 0.6}\n"
    "    capital: 120\n"
    "    tranches: [{date: 2020-01, share: 1}]\n"
    "    build_months: 3\n"
    "    local_purchase_share: 0.5\n"
    "    supplier_sector: services\n"
    "    output_capacity_per_year: 60\n";

// Runs `yaml` as s.yaml in a fresh folder that holds tests/data/`table` as `table_name` (and
// each further {file under tests/data, name} of `more`).
inline RunResult run_in_folder(const std::string& table, const std::string& table_name,
                               const std::string& yaml,
                               const std::vector<std::pair<std::string, std::string>>& more = {}) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("jez-hotel-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(fs::path(JEZ_TEST_DATA) / table, dir / table_name);
  for (const auto& [file, name] : more) fs::copy_file(fs::path(JEZ_TEST_DATA) / file, dir / name);
  std::ofstream(dir / "s.yaml") << yaml;
  RunResult r = run_scenario(load_scenario(dir / "s.yaml"));
  fs::remove_all(dir);
  return r;
}

}  // namespace jez::test
