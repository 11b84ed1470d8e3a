// Output, income, employment and value-added multipliers of a table (DESIGN.md section 4), Type I
// (households exogenous) and Type II (households endogenous), as in io-methods.md.
#pragma once

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

#include "economy/io_table.hpp"

namespace jez::economy {

// One entry per sector in each vector. A column the table cannot give is nullopt: income needs a
// compensation row, employment an employment row, Type II a household_consumption column and a
// compensation row. A Type I multiplier of a sector whose direct coefficient is 0 is NaN.
struct Multipliers {
  std::vector<std::string> sectors;
  Eigen::VectorXd output_type1;                      // column sums of L
  std::optional<Eigen::VectorXd> output_type2;       // column sums of the sector rows of L_bar
  std::optional<Eigen::VectorXd> income_effect;      // (w L)_j
  std::optional<Eigen::VectorXd> income_type1;       // (w L)_j / w_j
  std::optional<Eigen::VectorXd> income_type2;       // l_bar[n+1][j] / w_j
  std::optional<Eigen::VectorXd> employment_effect;  // (e L)_j, jobs per unit of final demand
  std::optional<Eigen::VectorXd> employment_type1;   // (e L)_j / e_j
  std::optional<Eigen::VectorXd> employment_type2;   // sum_i<=n e_i l_bar[i][j] / e_j
  Eigen::VectorXd value_added_effect;                // (v L)_j
  Eigen::VectorXd value_added_type1;                 // (v L)_j / v_j
};

// Throws std::invalid_argument when the table (open or closed) is not productive; tables from
// read_io_table have been checked already.
Multipliers compute_multipliers(const IoTable& table);

// multipliers.csv (DESIGN.md section 4): a header line, then one line per sector in table
// order; empty cells where the table cannot give a value; numbers as "{:.10g}".
std::string multipliers_csv(const Multipliers& m);

// The unit and meaning of each column of multipliers.csv, in column order, for a table in
// `money` (e.g. "RUB mn"): what units.csv says about the file.
struct ColumnUnit {
  std::string column, unit, meaning;
};
std::vector<ColumnUnit> multipliers_units(const std::string& money);

// A CSV cell: quoted (with "" for a quote) when it holds a comma, a quote or a line end.
std::string csv_field(const std::string& s);

}  // namespace jez::economy
