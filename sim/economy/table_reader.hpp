// The reader behind read_io_table (internal to economy/): io_table.cpp reads the layout in one
// pass over the file, table_checks.cpp checks what was read (gross output, signs, balances,
// productivity). Sector rows are never kept as text: their numbers go straight into one buffer,
// and only the positions that messages may need are remembered.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "economy/csv_cells.hpp"
#include "economy/io_table.hpp"

namespace jez::economy {

class TableReader {
 public:
  TableReader(const std::filesystem::path& file, const TableLimits& limits);
  IoTable read();

 private:
  // Where a sector row's values came from, for messages once its text is gone.
  struct SectorRow {
    int line = 0;
    int label_column = 1;
    int x_column = 1;         // the total_output cell's column (the label's when there is none)
    int negative_index = -1;  // the row's first negative cell (index in the header), -1 if none
    int negative_column = 1;
  };

  [[noreturn]] void fail(int line, int column, const std::string& what) const;
  void read_header(std::string_view text, int number);
  void read_sector_row(CsvCellScanner& cells, int number, const std::string& label,
                       int label_column);
  void read_named_row(std::string_view text, int line_number);
  void build_matrices();
  // The message for cell `index` of row `label`, whose text `s` is not a number of normal size.
  std::string bad_number(const std::string& label, size_t index, std::string_view s,
                         bool subnormal) const;
  // The number in cell `index` of a named row (0 when the cell is empty or absent).
  double number(const CsvLine& line, size_t index) const;
  std::pair<int, int> where(const CsvLine& line, size_t index) const;
  bool in_header(const std::string& name) const { return header_index_.count(name) != 0; }

  // table_checks.cpp
  void set_gross_output();
  void check_signs() const;
  void check_balances();
  void check_productive() const;

  std::filesystem::path file_;
  TableLimits limits_;
  TableLines lines_;
  CsvLine header_;
  std::unordered_map<std::string, size_t> header_index_;  // column name -> cell index
  IoTable table_;
  size_t width_ = 0;           // cells in the header
  bool total_column_ = false;  // the header ends with total_output
  std::vector<SectorRow> sector_rows_;
  std::unordered_map<std::string, int> sector_line_;  // sector row -> its line
  std::vector<double> values_;                        // width_ - 1 numbers per sector row
  std::string bad_text_;                              // the first bad cell of a sector row
  std::map<std::string, CsvLine> named_rows_;
  Eigen::VectorXd sales_;                     // each row's intermediate sales plus final demand
  std::vector<std::pair<int, int>> x_where_;  // line and column each sector's x comes from
  std::string x_source_;                      // "total_output column", ...
};

}  // namespace jez::economy
