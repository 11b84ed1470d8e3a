// The scenario's economy: the input-output table and how the economy is stepped.
#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include "economy/io_table.hpp"
#include "scenario/calendar.hpp"

namespace jez {

struct EconomySpec {
  std::filesystem::path table_path;  // as resolved against the scenario file's folder
  std::string table_arg;             // as written in the scenario
  std::string currency = "RUB mn";   // the table's money unit
  economy::IoTable table;
};

}  // namespace jez
