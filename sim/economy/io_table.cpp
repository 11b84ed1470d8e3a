// Reads the input-output table CSV of DESIGN.md section 4 and checks it: layout, numbers,
// gross output, row and column balances, productivity (open, and closed with households).
#include "economy/io_table.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>

#include "economy/csv_cells.hpp"
#include "economy/leontief_solver.hpp"
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

constexpr double kBalanceTolerance = 0.005;  // rows and columns must balance within 0.5 %
using Cell = CsvCell;
using Line = CsvLine;

std::string num(double v) {
  return fmt::format("{:.6g}", v);
}

class TableReader {
 public:
  explicit TableReader(const std::filesystem::path& file) : file_(file) {}
  IoTable read();

 private:
  [[noreturn]] void fail(int line, int column, const std::string& what) const {
    throw TableError(fmt::format("{}:{}:{}: {}", file_.string(), line, column, what));
  }
  [[noreturn]] void fail(const Line& line, const Cell& cell, const std::string& what) const {
    fail(line.number, cell.column, what);
  }
  void read_lines();
  void read_header();
  void read_sector_rows(size_t& next);
  void read_named_rows(size_t next);
  // The number in cell `index` of `line` (0 when the cell is empty or absent).
  double number(const Line& line, size_t index) const;
  // Where cell `index` of `line` is, or the line's end when the line is shorter.
  std::pair<int, int> where(const Line& line, size_t index) const;
  void set_gross_output();
  void check_balances() const;
  void check_productive() const;

  std::filesystem::path file_;
  std::vector<Line> lines_;  // header and data lines, without comments and blank lines
  IoTable table_;
  size_t width_ = 0;           // cells in the header
  bool total_column_ = false;  // the header ends with total_output
  std::vector<const Line*> sector_rows_;
  std::map<std::string, const Line*> named_rows_;
  std::vector<std::pair<int, int>> x_where_;  // line and column each sector's x comes from
  std::string x_source_;                      // "total_output column", ...
};

void TableReader::read_lines() {
  std::ifstream in(file_, std::ios::binary);
  std::error_code ec;
  if (!in || std::filesystem::is_directory(file_, ec)) {
    fail(1, 1, "cannot read the input-output table: the file does not exist or is not readable");
  }
  std::string text;
  for (int number = 1; std::getline(in, text); ++number) {
    if (number == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // UTF-8 BOM
    if (!text.empty() && text.back() == '\r') text.pop_back();
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos || text[first] == '#') continue;
    lines_.push_back(split_csv_line(text, number, file_));
  }
}

double TableReader::number(const Line& line, size_t index) const {
  if (index >= line.cells.size() || line.cells[index].text.empty()) return 0;
  const Cell& cell = line.cells[index];
  const std::string& s = cell.text;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  double value = 0;
  auto [end, error] = std::from_chars(begin, s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) {
    const std::string& column = lines_[0].cells[std::min(index, width_ - 1)].text;
    fail(line, cell,
         fmt::format("expected a number in row '{}' under column '{}', found '{}'", line.label(),
                     column, s));
  }
  return value;
}

std::pair<int, int> TableReader::where(const Line& line, size_t index) const {
  if (index < line.cells.size()) return {line.number, line.cells[index].column};
  return {line.number, line.end_column};
}

void TableReader::read_header() {
  if (lines_.empty()) {
    fail(1, 1,
         "the table is empty: expected a header line 'sector,' followed by the sector "
         "names and the final-demand columns");
  }
  const Line& header = lines_[0];
  if (header.label() != "sector") {
    fail(header, header.cells[0],
         fmt::format("expected 'sector' as the first cell of the header, found '{}'",
                     header.label()));
  }
  width_ = header.cells.size();
  for (size_t c = 1; c < width_; ++c) {
    const Cell& cell = header.cells[c];
    if (cell.text.empty()) fail(header, cell, "expected a column name in the header, found none");
    for (size_t d = 1; d < c; ++d) {
      if (header.cells[d].text == cell.text) {
        fail(header, cell,
             fmt::format("duplicate column '{}' in the header (first at column {})", cell.text,
                         header.cells[d].column));
      }
    }
    if (cell.text == "total_output" && c + 1 != width_) {
      fail(header, cell, "expected 'total_output' only as the header's last column");
    }
  }
  total_column_ = width_ > 1 && header.cells.back().text == "total_output";
}

void TableReader::read_sector_rows(size_t& next) {
  const Line& header = lines_[0];
  auto in_header = [&](const std::string& s) {
    return std::any_of(header.cells.begin() + 1, header.cells.end(),
                       [&](const Cell& c) { return c.text == s; });
  };
  for (; next < lines_.size() && !is_row_name(lines_[next].label()); ++next) {
    const Line& row = lines_[next];
    const std::string& label = row.label();
    const std::string guess = closest_row_name(label);
    if (!in_header(label) && !guess.empty()) {
      fail(row, row.cells[0],
           fmt::format("unknown row '{}': expected a sector of the header or one of {} (did you "
                       "mean '{}'?)",
                       label, row_names_list(), guess));
    }
    for (const Line* earlier : sector_rows_) {
      if (earlier->label() == label) {
        fail(row, row.cells[0],
             fmt::format("duplicate sector row '{}' (first on line {})", label, earlier->number));
      }
    }
    const size_t c = sector_rows_.size() + 1;  // this sector's column in the header
    if (c >= width_ - (total_column_ ? 1 : 0)) {
      fail(row, row.cells[0],
           fmt::format("row '{}' has no column in the header: line {} names only {} columns "
                       "after 'sector'",
                       label, header.number, width_ - 1));
    }
    if (header.cells[c].text != label) {
      fail(row, row.cells[0],
           fmt::format("row '{}' does not match column {} of the header, '{}' (line {}, column "
                       "{}): sector rows must name the header's sectors in the same order, and "
                       "the rows after them must be among {}",
                       label, c + 1, header.cells[c].text, header.number, header.cells[c].column,
                       row_names_list()));
    }
    if (row.cells.size() != width_) {
      const auto [l, col] = where(row, width_);
      fail(l, col,
           fmt::format("expected {} cells in row '{}' like the header, found {}", width_, label,
                       row.cells.size()));
    }
    sector_rows_.push_back(&row);
  }
  if (sector_rows_.empty()) {
    const auto [l, col] =
        next < lines_.size() ? where(lines_[next], 0) : std::pair{header.number + 1, 1};
    fail(l, col, "expected one row per sector after the header, found none");
  }
  const size_t n = sector_rows_.size();
  const size_t k = width_ - 1 - n - (total_column_ ? 1 : 0);
  if (k == 0) {
    const Cell& last = header.cells.back();
    fail(header, last,
         fmt::format("expected at least one final-demand column after the {} sector columns, "
                     "found '{}'",
                     n, last.text));
  }
  for (size_t i = 0; i < n; ++i) table_.sectors.push_back(sector_rows_[i]->label());
  for (size_t c = n + 1; c < n + 1 + k; ++c)
    table_.final_demand_names.push_back(header.cells[c].text);
}

void TableReader::read_named_rows(size_t next) {
  const int n = int(sector_rows_.size()), k = int(table_.final_demand_names.size());
  for (; next < lines_.size(); ++next) {
    const Line& row = lines_[next];
    const std::string& label = row.label();
    if (!is_row_name(label)) {
      const std::string guess = closest_row_name(label);
      const auto& header = lines_[0].cells;
      if (std::any_of(header.begin() + 1, header.end(),
                      [&](const Cell& c) { return c.text == label; })) {
        fail(row, row.cells[0],
             fmt::format("sector row '{}' comes after the named rows: expected every sector row "
                         "first, then rows among {}",
                         label, row_names_list()));
      }
      fail(row, row.cells[0],
           fmt::format("unknown row '{}': expected one of {}{}", label, row_names_list(),
                       guess.empty() ? "" : fmt::format(" (did you mean '{}'?)", guess)));
    }
    if (auto it = named_rows_.find(label); it != named_rows_.end()) {
      fail(row, row.cells[0],
           fmt::format("duplicate row '{}' (first on line {})", label, it->second->number));
    }
    if (row.cells.size() > width_) {
      fail(row, row.cells[width_],
           fmt::format("expected at most {} cells in row '{}' like the header, found {}", width_,
                       label, row.cells.size()));
    }
    named_rows_[label] = &row;
    IoTable::Row values{Eigen::VectorXd(n), Eigen::VectorXd(k)};
    for (int j = 0; j < n; ++j) values.sectors(j) = number(row, 1 + j);
    for (int c = 0; c < k; ++c) values.final_demand(c) = number(row, 1 + n + c);
    if (total_column_) number(row, width_ - 1);  // checked, not used
    if (label == "compensation") table_.compensation = values;
    if (label == "value_added") table_.value_added = values;
    if (label == "employment") table_.employment = values;
    if (label == "imports") table_.imports = values;
    if (label == "taxes") table_.taxes = values;
  }
}

void TableReader::set_gross_output() {
  const int n = table_.n();
  table_.x.resize(n);
  const Line* total_row =
      named_rows_.count("total_output") ? named_rows_.at("total_output") : nullptr;
  for (int i = 0; i < n; ++i) {
    const Line& row = *sector_rows_[i];
    if (total_column_) {
      table_.x(i) = number(row, width_ - 1);
      x_where_.push_back(where(row, width_ - 1));
    } else if (total_row) {
      table_.x(i) = number(*total_row, 1 + i);
      x_where_.push_back(where(*total_row, 1 + i));
    } else {
      table_.x(i) = table_.Z.row(i).sum() + table_.F.row(i).sum();
      x_where_.push_back(where(row, 0));
    }
  }
  x_source_ = total_column_ ? "total_output column" : total_row ? "total_output row" : "row sum";
  for (int i = 0; i < n; ++i) {
    if (!(table_.x(i) > 0)) {
      fail(x_where_[i].first, x_where_[i].second,
           fmt::format("expected a positive gross output for sector '{}', found {} ({})",
                       table_.sectors[i], num(table_.x(i)), x_source_));
    }
  }
  if (total_column_ && total_row) {  // both given: they must agree
    for (int i = 0; i < n; ++i) {
      const double in_row = number(*total_row, 1 + i);
      if (std::abs(in_row - table_.x(i)) > kBalanceTolerance * table_.x(i)) {
        const auto [l, c] = where(*total_row, 1 + i);
        fail(l, c,
             fmt::format("the total_output row gives {} for sector '{}' but the total_output "
                         "column gives {}, more than 0.5 % apart",
                         num(in_row), table_.sectors[i], num(table_.x(i))));
      }
    }
  }
}

void TableReader::check_balances() const {
  const int n = table_.n();
  if (x_source_ != "row sum") {
    for (int i = 0; i < n; ++i) {
      const double sales = table_.Z.row(i).sum() + table_.F.row(i).sum();
      if (std::abs(sales - table_.x(i)) > kBalanceTolerance * table_.x(i)) {
        fail(x_where_[i].first, x_where_[i].second,
             fmt::format("row '{}' does not balance: its intermediate sales plus final demand "
                         "sum to {} but its gross output ({}) is {}, {:.2f} % apart where 0.5 % "
                         "is allowed",
                         table_.sectors[i], num(sales), x_source_, num(table_.x(i)),
                         100 * std::abs(sales - table_.x(i)) / table_.x(i)));
      }
    }
  }
  if (!table_.value_added) return;
  const Line& va_row = *named_rows_.at("value_added");
  for (int j = 0; j < n; ++j) {
    double inputs = table_.Z.col(j).sum() + table_.value_added->sectors(j);
    if (table_.imports) inputs += table_.imports->sectors(j);
    if (table_.taxes) inputs += table_.taxes->sectors(j);
    if (std::abs(inputs - table_.x(j)) > kBalanceTolerance * table_.x(j)) {
      const auto [l, c] = where(va_row, 1 + j);
      fail(l, c,
           fmt::format("column '{}' does not balance: its intermediate inputs, imports, taxes "
                       "and value added sum to {} but its gross output ({}) is {}, {:.2f} % "
                       "apart where 0.5 % is allowed",
                       table_.sectors[j], num(inputs), x_source_, num(table_.x(j)),
                       100 * std::abs(inputs - table_.x(j)) / table_.x(j)));
    }
  }
}

void TableReader::check_productive() const {
  const Line& header = lines_[0];
  if (auto issue = productivity_issue(technical_coefficients(table_))) {
    if (issue->sector < 0)
      fail(header, header.cells[0], "the table is not productive: " + issue->reason);
    fail(header, header.cells[1 + issue->sector],
         fmt::format("the table is not productive: sector '{}' {}", table_.sectors[issue->sector],
                     issue->reason));
  }
  const int hh = table_.final_demand_index("household_consumption");
  if (hh < 0 || !table_.compensation) return;
  const Line& comp = *named_rows_.at("compensation");
  const double income =
      table_.compensation->sectors.sum() + table_.compensation->final_demand.sum();
  if (!(income > 0)) {
    fail(comp, comp.cells[0],
         fmt::format("expected the compensation row (households' income for the Type II "
                     "multipliers) to total more than 0, found {}",
                     num(income)));
  }
  const Eigen::MatrixXd closed = *household_closed_coefficients(table_);
  if (auto issue = productivity_issue(closed)) {
    const int n = table_.n();
    std::string why;
    if (issue->sector < 0) {
      why = issue->reason;
    } else if (issue->sector == n) {
      why = fmt::format(
          "households spend {} on local sectors and on households per unit of "
          "their income, and must spend less than all of it",
          num(closed.col(n).sum()));
    } else {
      why = fmt::format("sector '{}' {}", table_.sectors[issue->sector], issue->reason);
    }
    fail(header, header.cells[1 + n + hh],
         "the table closed with households (Type II) is not productive: " + why);
  }
}

IoTable TableReader::read() {
  read_lines();
  read_header();
  size_t next = 1;
  read_sector_rows(next);
  const int n = table_.n(), k = int(table_.final_demand_names.size());
  table_.Z.resize(n, n);
  table_.F.resize(n, k);
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) table_.Z(i, j) = number(*sector_rows_[i], 1 + j);
    for (int c = 0; c < k; ++c) table_.F(i, c) = number(*sector_rows_[i], 1 + n + c);
  }
  read_named_rows(next);
  set_gross_output();
  check_balances();
  check_productive();
  table_.source = file_;
  return std::move(table_);
}

}  // namespace

IoTable read_io_table(const std::filesystem::path& file) {
  return TableReader(file).read();
}

}  // namespace jez::economy
