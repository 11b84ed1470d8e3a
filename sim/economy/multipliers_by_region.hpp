// Multipliers of a multi-regional table by the region where the effects fall (DESIGN.md
// section 4, `jezsim multipliers --by-region`): the table's sectors are named region:sector
// (the flat form of pymrio and the MRIO databases), and for one unit of final demand for
// sector j, output_type1 in region r is sum_{i in r} l_ij and value_added_effect (income,
// employment alike) sum_{i in r} c_i l_ij. Over the regions they add up to the columns of
// compute_multipliers.
#pragma once

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

#include "economy/io_table.hpp"

namespace jez::economy {

struct RegionalMultipliers {
  std::vector<std::string> sectors;  // n, the table's names (region:sector)
  std::vector<std::string> regions;  // R, in order of first appearance
  // R x n: row r, column j is what a unit of final demand for sector j causes in region r.
  Eigen::MatrixXd output_type1;
  Eigen::MatrixXd value_added_effect;
  std::optional<Eigen::MatrixXd> income_effect;      // with a compensation row
  std::optional<Eigen::MatrixXd> employment_effect;  // with an employment row
};

// Throws TableError ("FILE:1:1: ...") when a sector is not named region:sector.
RegionalMultipliers compute_multipliers_by_region(const IoTable& table);

// The long CSV: sector,region,output_type1,value_added_effect[,income_effect][,employment_effect],
// one line per sector and region (sectors in table order, regions in order), numbers "{:.10g}".
std::string multipliers_by_region_csv(const RegionalMultipliers& m);

}  // namespace jez::economy
