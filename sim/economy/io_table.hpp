// An input-output table of the zone, as read from the CSV format of DESIGN.md section 4.
#pragma once

#include <Eigen/Dense>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

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

  std::filesystem::path source;

  int n() const { return int(sectors.size()); }
  int sector_index(const std::string& name) const;        // -1 when absent
  int final_demand_index(const std::string& name) const;  // -1 when absent
  Eigen::VectorXd final_demand_total() const { return F.rowwise().sum(); }
  // Value added by sector: the row when given, else x minus intermediate inputs, imports, taxes.
  Eigen::VectorXd value_added_by_sector() const;
};

// Reads and checks a table. Throws TableError naming file, line and column for: unreadable
// file, malformed numbers, sector names that differ between rows and columns, unknown row names,
// a non-positive gross output, columns that do not balance, a table that is not productive.
IoTable read_io_table(const std::filesystem::path& file);

}  // namespace jez::economy
