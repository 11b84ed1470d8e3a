// An input-output table of the zone, as read from the CSV format of DESIGN.md section 4.
#pragma once

#include <Eigen/Dense>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "economy/csv_cells.hpp"

namespace jez::economy {

// Bad table input. what() is one complete sentence: "FILE:LINE:COL: what was expected, found".
class TableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct IoTable {
  std::vector<std::string> sectors;  // n, in column order
  std::vector<std::string>
      final_demand_names;  // k final-demand columns, e.g. household_consumption
  Eigen::MatrixXd Z;       // n x n intermediate flows, row i sells to column j
  Eigen::MatrixXd F;       // n x k final demand
  Eigen::VectorXd x;       // n gross output

  // Named rows below the sector block; each has n entries under the sector columns and k under
  // the final-demand columns (zero where the file leaves them empty).
  struct Row {
    Eigen::VectorXd sectors;
    Eigen::VectorXd final_demand;
  };
  std::optional<Row> compensation;  // labour income (households' income)
  std::optional<Row> value_added;   // total value added, compensation included
  std::optional<Row> employment;    // jobs (persons) in the table's year
  std::optional<Row> imports;
  std::optional<Row> taxes;
  // The table has no imports row: `imports` holds the implied imports, each column's residual
  // x_j - sum_i z_ij - value added_j - taxes_j (DESIGN.md section 4).
  bool imports_implied = false;

  std::filesystem::path source;

  int n() const { return int(sectors.size()); }
  int sector_index(const std::string& name) const;        // -1 when absent
  int final_demand_index(const std::string& name) const;  // -1 when absent
  Eigen::VectorXd final_demand_total() const { return F.rowwise().sum(); }
  // Value added by sector: the row when given, else x minus intermediate inputs, imports, taxes.
  Eigen::VectorXd value_added_by_sector() const;
};

// Reads and checks a table, in time linear in the file's size. Throws TableError naming file,
// line and column for: unreadable file, a file over the limits (TableLimits: 1 GiB, 16 MiB a line,
// 10,000 sectors, 20,000 columns) or with a NUL byte, malformed or subnormal
// numbers, sector names that differ between rows and columns, unknown row names, negative
// intermediate flows or employment, a non-positive gross output, rows or columns that do not
// balance (without an imports row: a negative implied import), a table that is not productive.
IoTable read_io_table(const std::filesystem::path& file);
IoTable read_io_table(const std::filesystem::path& file, const TableLimits& limits);

}  // namespace jez::economy
