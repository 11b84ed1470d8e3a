// Reading and checking the capital-coefficient CSV.
#include "economy/capital_table.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "economy/csv_cells.hpp"
#include "economy/io_table.hpp"

namespace jez::economy {

Eigen::MatrixXd read_capital_coefficients(const std::filesystem::path& file,
                                          const std::vector<std::string>& sectors) {
  auto fail = [&](int line, int column, const std::string& what) {
    throw TableError(fmt::format("{}:{}:{}: {}", file.string(), line, column, what));
  };
  std::vector<CsvLine> lines;
  TableLines source(file, "capital-coefficient table");
  std::string_view text;
  size_t rows = 0;  // data lines after the header; only the first n + 2 lines are kept
  for (int number = 0; source.next(text, number); ++rows) {
    if (lines.size() <= sectors.size() + 1) lines.push_back(split_csv_line(text, number, file));
  }
  const size_t n = sectors.size();
  if (lines.empty())
    fail(1, 1,
         "the capital-coefficient table is empty: expected a header line "
         "'sector,' followed by the IO table's sector names");
  const CsvLine& header = lines[0];
  auto sector_list = [&] {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += (i ? ", " : "") + sectors[i];
    return s;
  };
  if (header.label() != "sector")
    fail(header.number, header.cells[0].column,
         fmt::format("expected 'sector' as the first cell of the header, found '{}'",
                     header.label()));
  for (size_t j = 0; j < n; ++j) {
    if (j + 1 >= header.cells.size())
      fail(header.number, header.end_column,
           fmt::format("expected column {} to be the IO table's sector '{}' (its sectors: {}), "
                       "found the end of the line",
                       j + 2, sectors[j], sector_list()));
    if (header.cells[j + 1].text != sectors[j])
      fail(header.number, header.cells[j + 1].column,
           fmt::format("expected column {} to be the IO table's sector '{}' (its sectors, in "
                       "order: {}), found '{}'",
                       j + 2, sectors[j], sector_list(), header.cells[j + 1].text));
  }
  if (header.cells.size() > n + 1)
    fail(header.number, header.cells[n + 1].column,
         fmt::format("expected only the IO table's {} sectors in the header, found an extra "
                     "column '{}'",
                     n, header.cells[n + 1].text));
  if (rows != n + 1) {
    const CsvLine& last = lines.back();
    fail(last.number, 1,
         fmt::format("expected one row per IO table sector ({} rows), found {}", n, rows - 1));
  }
  Eigen::MatrixXd B(n, n);
  for (size_t i = 0; i < n; ++i) {
    const CsvLine& row = lines[i + 1];
    if (row.label() != sectors[i])
      fail(row.number, row.cells[0].column,
           fmt::format("expected row {} to be the IO table's sector '{}', found '{}'", i + 1,
                       sectors[i], row.label()));
    if (row.cells.size() != n + 1)
      fail(row.number, row.end_column,
           fmt::format("expected {} cells in row '{}' like the header, found {}", n + 1,
                       row.label(), row.cells.size()));
    for (size_t j = 0; j < n; ++j) {
      const CsvCell& cell = row.cells[j + 1];
      double v = 0;
      const char* begin = cell.text.data();
      const char* end = begin + cell.text.size();
      const auto [stop, err] = std::from_chars(begin, end, v);
      if (cell.text.empty() || err != std::errc() || stop != end || !std::isfinite(v) || v < 0)
        fail(row.number, cell.column,
             fmt::format("expected a number >= 0 in row '{}' under column '{}', found '{}'",
                         row.label(), sectors[j], cell.text));
      B(i, j) = v;
    }
  }
  return B;
}

}  // namespace jez::economy
