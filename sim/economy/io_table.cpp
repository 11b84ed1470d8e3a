// Reads the input-output table CSV of DESIGN.md section 4 in one pass, linear in the file's
// size: the header, the sector rows (straight into one buffer of numbers), the named rows.
#include "economy/io_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "economy/table_reader.hpp"
#include "economy/table_row_names.hpp"

namespace jez::economy {

int IoTable::sector_index(const std::string& name) const {
  auto it = std::find(sectors.begin(), sectors.end(), name);
  return it == sectors.end() ? -1 : int(it - sectors.begin());
}

int IoTable::final_demand_index(const std::string& name) const {
  auto it = std::find(final_demand_names.begin(), final_demand_names.end(), name);
  return it == final_demand_names.end() ? -1 : int(it - final_demand_names.begin());
}

Eigen::VectorXd IoTable::value_added_by_sector() const {
  if (value_added) return value_added->sectors;
  Eigen::VectorXd v = x - Z.colwise().sum().transpose();
  if (imports) v -= imports->sectors;
  if (taxes) v -= taxes->sectors;
  return v;
}

namespace {

enum class CellValue { number, not_a_number, subnormal };

// The number a cell holds (0 when empty): finite, and 0 or of normal size (a subnormal number,
// nonzero below DBL_MIN, loses precision and turns the coefficients into inf).
CellValue parse_cell(std::string_view s, double& value) {
  value = 0;
  if (s.empty()) return CellValue::number;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  auto [end, error] = std::from_chars(begin, s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
    return CellValue::not_a_number;
  if (value != 0 && std::abs(value) < std::numeric_limits<double>::min())
    return CellValue::subnormal;
  return CellValue::number;
}

}  // namespace

TableReader::TableReader(const std::filesystem::path& file, const TableLimits& limits)
    : file_(file), limits_(limits), lines_(file, "input-output table", limits) {}

void TableReader::fail(int line, int column, const std::string& what) const {
  throw TableError(fmt::format("{}:{}:{}: {}", file_.string(), line, column, what));
}

std::string TableReader::bad_number(const std::string& label, size_t index, std::string_view s,
                                    bool subnormal) const {
  const std::string& column = header_.cells[std::min(index, width_ - 1)].text;
  if (!subnormal) {
    return fmt::format("expected a number in row '{}' under column '{}', found '{}'", label, column,
                       s);
  }
  return fmt::format(
      "expected a number in row '{}' under column '{}' that is 0 or at least {:.4g} in "
      "magnitude, found '{}', a subnormal number (write 0 instead)",
      label, column, std::numeric_limits<double>::min(), s);
}

double TableReader::number(const CsvLine& line, size_t index) const {
  if (index >= line.cells.size()) return 0;
  double value = 0;
  const CellValue kind = parse_cell(line.cells[index].text, value);
  if (kind != CellValue::number) {
    fail(line.number, line.cells[index].column,
         bad_number(line.label(), index, line.cells[index].text, kind == CellValue::subnormal));
  }
  return value;
}

std::pair<int, int> TableReader::where(const CsvLine& line, size_t index) const {
  if (index < line.cells.size()) return {line.number, line.cells[index].column};
  return {line.number, line.end_column};
}

void TableReader::read_header(std::string_view text, int number) {
  {  // count the cells first, without copying them: a huge header is refused at once
    CsvCellScanner cells(text, number, file_);
    std::string_view cell;
    size_t byte = 0, count = 0;
    while (cells.next(cell, byte)) {
      if (++count > size_t(limits_.columns) + 1) {
        fail(number, character_column(text, byte),
             fmt::format("the header has more than {} columns after 'sector', the limit on "
                         "input-output tables",
                         limits_.columns));
      }
    }
  }
  header_ = split_csv_line(text, number, file_);
  const CsvLine& header = header_;
  if (header.label() != "sector") {
    fail(header.number, header.cells[0].column,
         fmt::format("expected 'sector' as the first cell of the header, found '{}'",
                     header.label()));
  }
  width_ = header.cells.size();
  for (size_t c = 1; c < width_; ++c) {
    const CsvCell& cell = header.cells[c];
    if (cell.text.empty())
      fail(header.number, cell.column, "expected a column name in the header, found none");
    if (auto [it, fresh] = header_index_.emplace(cell.text, c); !fresh) {
      fail(header.number, cell.column,
           fmt::format("duplicate column '{}' in the header (first at column {})", cell.text,
                       header.cells[it->second].column));
    }
    if (cell.text == "total_output" && c + 1 != width_) {
      fail(header.number, cell.column, "expected 'total_output' only as the header's last column");
    }
  }
  total_column_ = width_ > 1 && header.cells.back().text == "total_output";
}

void TableReader::read_sector_row(CsvCellScanner& cells, int number, const std::string& label,
                                  int label_column) {
  const CsvLine& header = header_;
  const std::string_view text = cells.text();
  const std::string guess = in_header(label) ? "" : closest_row_name(label);
  if (!guess.empty()) {
    fail(number, label_column,
         fmt::format("unknown row '{}': expected a sector of the header or one of {} (did you "
                     "mean '{}'?)",
                     label, row_names_list(), guess));
  }
  if (auto [it, fresh] = sector_line_.emplace(label, number); !fresh) {
    fail(number, label_column,
         fmt::format("duplicate sector row '{}' (first on line {})", label, it->second));
  }
  if (sector_rows_.size() >= size_t(limits_.sectors)) {
    fail(number, label_column,
         fmt::format("the table has more than {} sector rows, the limit on input-output tables",
                     limits_.sectors));
  }
  const size_t c = sector_rows_.size() + 1;  // this sector's column in the header
  if (c >= width_ - (total_column_ ? 1 : 0)) {
    fail(number, label_column,
         fmt::format("row '{}' has no column in the header: line {} names only {} columns "
                     "after 'sector'",
                     label, header.number, width_ - 1));
  }
  if (header.cells[c].text != label) {
    fail(number, label_column,
         fmt::format("row '{}' does not match column {} of the header, '{}' (line {}, column "
                     "{}): sector rows must name the header's sectors in the same order, and "
                     "the rows after them must be among {}",
                     label, c + 1, header.cells[c].text, header.number, header.cells[c].column,
                     row_names_list()));
  }
  if (sector_rows_.empty() && lines_.file_bytes() > 0) {  // room for the rows the file can hold
    const size_t rows = std::min<size_t>(width_ - 2, size_t(lines_.file_bytes()) / text.size() + 1);
    values_.reserve(rows * (width_ - 1));
  }
  SectorRow row{number, label_column, label_column};
  const size_t start = values_.size();
  values_.resize(start + width_ - 1, 0.0);
  size_t count = 1, extra_byte = 0, bad_index = 0, bad_byte = 0;
  CellValue bad = CellValue::number;
  std::string_view cell;
  size_t byte = 0;
  for (; cells.next(cell, byte); ++count) {
    if (count >= width_) {
      if (count == width_) extra_byte = byte;
      continue;
    }
    double& value = values_[start + count - 1];
    const CellValue kind = parse_cell(cell, value);
    if (kind != CellValue::number && bad == CellValue::number) {
      bad = kind, bad_index = count, bad_byte = byte;
      bad_text_ = cell;
    }
    if (value < 0 && row.negative_index < 0) {
      row.negative_index = int(count);
      row.negative_column = character_column(text, byte);
    }
    if (total_column_ && count == width_ - 1) row.x_column = character_column(text, byte);
  }
  if (count != width_) {
    fail(number, character_column(text, count > width_ ? extra_byte : text.size()),
         fmt::format("expected {} cells in row '{}' like the header, found {}", width_, label,
                     count));
  }
  if (bad != CellValue::number) {
    fail(number, character_column(text, bad_byte),
         bad_number(label, bad_index, bad_text_, bad == CellValue::subnormal));
  }
  sector_rows_.push_back(row);
}

void TableReader::read_named_row(std::string_view text, int line_number) {
  const int n = table_.n(), k = int(table_.final_demand_names.size());
  CsvLine row = split_csv_line(text, line_number, file_);
  const std::string& label = row.label();
  if (!is_row_name(label)) {
    if (in_header(label)) {
      fail(row.number, row.cells[0].column,
           fmt::format("sector row '{}' comes after the named rows: expected every sector row "
                       "first, then rows among {}",
                       label, row_names_list()));
    }
    const std::string guess = closest_row_name(label);
    fail(row.number, row.cells[0].column,
         fmt::format("unknown row '{}': expected one of {}{}", label, row_names_list(),
                     guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess)));
  }
  if (auto it = named_rows_.find(label); it != named_rows_.end()) {
    fail(row.number, row.cells[0].column,
         fmt::format("duplicate row '{}' (first on line {})", label, it->second.number));
  }
  if (row.cells.size() > width_) {
    fail(row.number, row.cells[width_].column,
         fmt::format("expected at most {} cells in row '{}' like the header, found {}", width_,
                     label, row.cells.size()));
  }
  IoTable::Row values{Eigen::VectorXd(n), Eigen::VectorXd(k)};
  for (int j = 0; j < n; ++j) values.sectors(j) = number(row, 1 + j);
  for (int c = 0; c < k; ++c) values.final_demand(c) = number(row, 1 + n + c);
  if (total_column_) number(row, width_ - 1);  // checked, not used
  if (label == "compensation") table_.compensation = values;
  if (label == "value_added") table_.value_added = values;
  if (label == "employment") table_.employment = values;
  if (label == "imports") table_.imports = values;
  if (label == "taxes") table_.taxes = values;
  named_rows_.emplace(label, std::move(row));
}

// Z, F (and x from the total_output column) from the sector rows' numbers, which are then freed.
void TableReader::build_matrices() {
  const CsvLine& header = header_;
  const size_t n = sector_rows_.size();
  const size_t k = width_ - 1 - n - (total_column_ ? 1 : 0);
  if (k == 0) {
    const CsvCell& last = header.cells.back();
    fail(header.number, last.column,
         fmt::format("expected at least one final-demand column after the {} sector columns, "
                     "found '{}'",
                     n, last.text));
  }
  for (size_t c = n + 1; c < n + 1 + k; ++c)
    table_.final_demand_names.push_back(header.cells[c].text);
  const size_t stride = width_ - 1;
  using RowMajor = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  const Eigen::Map<const RowMajor, 0, Eigen::OuterStride<>> cells(
      values_.data(), Eigen::Index(n), Eigen::Index(stride), Eigen::OuterStride<>(stride));
  table_.Z = cells.leftCols(n);
  table_.F = cells.middleCols(n, k);
  if (total_column_) table_.x = cells.col(stride - 1);
  std::vector<double>().swap(values_);
}

IoTable TableReader::read() {
  std::string_view text;
  int number = 0;
  if (!lines_.next(text, number)) {
    fail(1, 1,
         "the table is empty: expected a header line 'sector,' followed by the sector "
         "names and the final-demand columns");
  }
  read_header(text, number);
  bool more = lines_.next(text, number);
  for (; more; more = lines_.next(text, number)) {
    CsvCellScanner cells(text, number, file_);
    std::string_view first;
    size_t byte = 0;
    cells.next(first, byte);
    const std::string label(first);
    if (is_row_name(label)) break;
    read_sector_row(cells, number, label, character_column(text, byte));
    table_.sectors.push_back(label);
  }
  if (sector_rows_.empty()) {
    int column = 1;
    if (more) {
      column = split_csv_line(text, number, file_).cells[0].column;
    } else {
      number = header_.number + 1;
    }
    fail(number, column, "expected one row per sector after the header, found none");
  }
  build_matrices();
  for (; more; more = lines_.next(text, number)) read_named_row(text, number);
  set_gross_output();
  check_signs();
  check_balances();
  check_productive();
  table_.source = file_;
  return std::move(table_);
}

IoTable read_io_table(const std::filesystem::path& file) {
  return TableReader(file, TableLimits{}).read();
}

IoTable read_io_table(const std::filesystem::path& file, const TableLimits& limits) {
  return TableReader(file, limits).read();
}

}  // namespace jez::economy
