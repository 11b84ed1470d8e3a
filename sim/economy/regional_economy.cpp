// Period-by-period stepping of the input-output economy on one factorisation of I - A.
#include "economy/regional_economy.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace jez::economy {
namespace {

int checked_periods(int periods_per_year) {
  if (periods_per_year < 1) {
    throw std::invalid_argument(fmt::format(
        "RegionalEconomy: expected at least 1 period per year, found {}", periods_per_year));
  }
  return periods_per_year;
}

// The row's entries per unit of gross output, or zeros when the table has no such row.
Eigen::VectorXd per_unit(const std::optional<IoTable::Row>& row, const Eigen::VectorXd& x) {
  return row ? Eigen::VectorXd(row->sectors.cwiseQuotient(x)) : Eigen::VectorXd::Zero(x.size());
}

}  // namespace

RegionalEconomy::RegionalEconomy(const IoTable& table, int periods_per_year)
    : table_(table),
      periods_per_year_(checked_periods(periods_per_year)),
      A_(economy::technical_coefficients(table)),
      solver_(A_),
      v_(table.value_added_by_sector().cwiseQuotient(table.x)),
      w_(per_unit(table.compensation, table.x)),
      e_(per_unit(table.employment, table.x)),
      m_(per_unit(table.imports, table.x)),
      t_(per_unit(table.taxes, table.x)) {}

Eigen::MatrixXd RegionalEconomy::final_demand_per_period() const {
  return table_.F / double(periods_per_year_);
}

PeriodAccounts RegionalEconomy::step(const Eigen::VectorXd& final_demand_per_period) const {
  PeriodAccounts a;
  a.final_demand = final_demand_per_period;
  a.output = solver_.solve(final_demand_per_period);
  a.intermediate_use = A_ * a.output;
  a.value_added = v_.cwiseProduct(a.output);
  a.labour_income = w_.cwiseProduct(a.output);
  a.jobs = e_.cwiseProduct(a.output) * double(periods_per_year_);
  a.imports = m_.cwiseProduct(a.output);
  a.taxes = t_.cwiseProduct(a.output);
  return a;
}

}  // namespace jez::economy
