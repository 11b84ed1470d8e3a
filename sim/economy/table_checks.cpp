// The checks of a table once read: its gross output, the signs the Leontief model needs, the row
// and column balances (and the implied imports of a table without an imports row), and its
// productivity, open and closed with households.
#include <fmt/format.h>

#include <cmath>

#include "economy/leontief_solver.hpp"
#include "economy/table_reader.hpp"

namespace jez::economy {
namespace {

constexpr double kBalanceTolerance = 0.005;  // rows and columns must balance within 0.5 %

std::string num(double v) {
  return fmt::format("{:.6g}", v);
}

}  // namespace

void TableReader::set_gross_output() {
  const int n = table_.n();
  const CsvLine* total_row =
      named_rows_.count("total_output") ? &named_rows_.at("total_output") : nullptr;
  if (!total_column_) table_.x.resize(n);
  sales_ = table_.Z.rowwise().sum() + table_.F.rowwise().sum();
  for (int i = 0; i < n; ++i) {
    const SectorRow& row = sector_rows_[i];
    if (total_column_) {
      x_where_.emplace_back(row.line, row.x_column);
    } else if (total_row) {
      table_.x(i) = number(*total_row, 1 + i);
      x_where_.push_back(where(*total_row, 1 + i));
    } else {
      table_.x(i) = sales_(i);
      x_where_.emplace_back(row.line, row.label_column);
    }
  }
  x_source_ = total_column_ ? "total_output column" : total_row ? "total_output row" : "row sum";
  for (int i = 0; i < n; ++i) {
    if (!(table_.x(i) > 0) || !std::isfinite(table_.x(i))) {
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

// Negative intermediate flows make A's column sums no bound on its spectral radius and the
// multipliers meaningless; negative jobs are no jobs. Final demand may be negative (a fall in
// stocks), and so may value added (a loss-making sector).
void TableReader::check_signs() const {
  const int n = table_.n();
  for (int i = 0; i < n; ++i) {
    const SectorRow& row = sector_rows_[i];
    if (row.negative_index < 1 || row.negative_index > n) continue;
    const int j = row.negative_index - 1;
    fail(row.line, row.negative_column,
         fmt::format("expected intermediate flows of at least 0, found {} in row '{}' under "
                     "column '{}': book negative entries (subsidies, falls in stocks) in the "
                     "final-demand columns or the value-added rows",
                     num(table_.Z(i, j)), table_.sectors[i], table_.sectors[j]));
  }
  if (!table_.employment) return;
  const CsvLine& row = named_rows_.at("employment");
  for (int j = 0; j < n; ++j) {
    if (table_.employment->sectors(j) < 0) {
      const auto [l, c] = where(row, 1 + j);
      fail(l, c,
           fmt::format("expected employment of at least 0 persons for sector '{}', found {}",
                       table_.sectors[j], num(table_.employment->sectors(j))));
    }
  }
}

void TableReader::check_balances() {
  const int n = table_.n();
  if (x_source_ != "row sum") {
    for (int i = 0; i < n; ++i) {
      const double sales = sales_(i);
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
  const CsvLine& va_row = named_rows_.at("value_added");
  const bool implied = !table_.imports;
  Eigen::VectorXd residual(n);
  const Eigen::RowVectorXd bought = table_.Z.colwise().sum();
  for (int j = 0; j < n; ++j) {
    double inputs = bought(j) + table_.value_added->sectors(j);
    if (table_.imports) inputs += table_.imports->sectors(j);
    if (table_.taxes) inputs += table_.taxes->sectors(j);
    residual(j) = table_.x(j) - inputs;
    const double apart = 100 * std::abs(residual(j)) / table_.x(j);
    const auto [l, c] = where(va_row, 1 + j);
    if (implied && residual(j) < -kBalanceTolerance * table_.x(j)) {
      fail(l, c,
           fmt::format("column '{}' does not balance: its intermediate inputs, taxes and value "
                       "added sum to {}, more than its gross output ({}) of {} by {:.2f} % where "
                       "0.5 % is allowed; the table has no imports row, so the residual is "
                       "taken as imports and must not be negative",
                       table_.sectors[j], num(inputs), x_source_, num(table_.x(j)), apart));
    }
    if (!implied && std::abs(residual(j)) > kBalanceTolerance * table_.x(j)) {
      fail(l, c,
           fmt::format("column '{}' does not balance: its intermediate inputs, imports, taxes "
                       "and value added sum to {} but its gross output ({}) is {}, {:.2f} % "
                       "apart where 0.5 % is allowed",
                       table_.sectors[j], num(inputs), x_source_, num(table_.x(j)), apart));
    }
  }
  if (implied) {  // a residual within rounding below 0 is no import
    table_.imports =
        IoTable::Row{residual.cwiseMax(0.0), Eigen::VectorXd::Zero(Eigen::Index(table_.F.cols()))};
    table_.imports_implied = true;
  }
}

void TableReader::check_productive() const {
  const CsvLine& header = header_;
  if (auto issue = productivity_issue(technical_coefficients(table_))) {
    if (issue->sector < 0)
      fail(header.number, header.cells[0].column, "the table is not productive: " + issue->reason);
    fail(header.number, header.cells[1 + issue->sector].column,
         fmt::format("the table is not productive: sector '{}' {}", table_.sectors[issue->sector],
                     issue->reason));
  }
  const int hh = table_.final_demand_index("household_consumption");
  if (hh < 0 || !table_.compensation) return;
  const CsvLine& comp = named_rows_.at("compensation");
  const double income =
      table_.compensation->sectors.sum() + table_.compensation->final_demand.sum();
  if (!(income > 0)) {
    fail(comp.number, comp.cells[0].column,
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
    fail(header.number, header.cells[1 + n + hh].column,
         "the table closed with households (Type II) is not productive: " + why);
  }
}

}  // namespace jez::economy
