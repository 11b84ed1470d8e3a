// Period-by-period stepping of the input-output economy on one factorisation of its system
// matrix: I - A (Type I), I - A_bar (Type II), either minus P B (lagged dynamics).
#include "economy/regional_economy.hpp"

#include <fmt/format.h>

#include <limits>
#include <stdexcept>

#include "economy/leontief_solver.hpp"

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

void check_size(const Eigen::VectorXd& v, int n, const char* what) {
  if (v.size() != n)
    throw std::invalid_argument(fmt::format(
        "RegionalEconomy::step: expected a {} of {} sectors, found {} entries", what, n, v.size()));
}

}  // namespace

RegionalEconomy::RegionalEconomy(const IoTable& table, int periods_per_year,
                                 const EconomyOptions& options)
    : table_(table),
      periods_per_year_(checked_periods(periods_per_year)),
      A_(economy::technical_coefficients(table)),
      v_(table.value_added_by_sector().cwiseQuotient(table.x)),
      w_(per_unit(table.compensation, table.x)),
      e_(per_unit(table.employment, table.x)),
      m_(per_unit(table.imports, table.x)),
      t_(per_unit(table.taxes, table.x)) {
  const int n = table.n();
  // Import shares move a sector's purchases between the islands and elsewhere: its total
  // intermediate inputs per unit of output (local A column + imports) stay, value added stays.
  for (const auto& [j, share] : options.import_shares) {
    if (j < 0 || j >= n || !(share >= 0 && share <= 1))
      throw std::invalid_argument(fmt::format(
          "RegionalEconomy: expected an import share in [0, 1] for a sector 1..{}, found {} for "
          "sector {}",
          n, share, j + 1));
    const double local = A_.col(j).sum(), total = local + m_(j);
    if (local > 0) A_.col(j) *= (1 - share) * total / local;
    m_(j) = local > 0 ? share * total : total;
  }
  if (auto issue = productivity_issue(A_))
    throw std::invalid_argument("RegionalEconomy: the coefficients are not productive: " +
                                issue->reason);

  Eigen::MatrixXd M = Eigen::MatrixXd::Identity(n, n) - A_;
  h_ = Eigen::VectorXd::Zero(n);
  if (options.households_endogenous) {
    const auto closed = household_closed_coefficients(table);
    if (!closed)
      throw std::invalid_argument(
          "RegionalEconomy: households endogenous needs a household_consumption column and a "
          "compensation row with a positive total");
    closed_ = true;
    Eigen::MatrixXd Abar = *closed;
    Abar.topLeftCorner(n, n) = A_;
    h_ = Abar.topRightCorner(n, 1);
    h_hh_ = Abar(n, n);
    if (auto issue = productivity_issue(Abar))
      throw std::invalid_argument(
          "RegionalEconomy: the coefficients closed with households are not productive: " +
          issue->reason);
    M = Eigen::MatrixXd::Identity(n + 1, n + 1) - Abar;
  }
  if (options.capital_coefficients) {
    const Eigen::MatrixXd& B = *options.capital_coefficients;
    if (B.rows() != n || B.cols() != n)
      throw std::invalid_argument(
          fmt::format("RegionalEconomy: expected {} x {} capital coefficients, found {} x {}", n, n,
                      B.rows(), B.cols()));
    lagged_ = true;
    B_ = Eigen::MatrixXd::Zero(M.rows(), M.cols());
    B_.topLeftCorner(n, n) = B * double(periods_per_year_);
    stability_ = lagged_stability(M, B_);
    if (stability_->singular)
      throw std::invalid_argument("RegionalEconomy: " + stability_->verdict());
    M -= B_;
  }
  solver_.emplace(M);
}

Eigen::MatrixXd RegionalEconomy::final_demand_per_period() const {
  return table_.F / double(periods_per_year_);
}

Eigen::VectorXd RegionalEconomy::exogenous_table_demand_per_period() const {
  Eigen::VectorXd f = final_demand_per_period().rowwise().sum();
  if (closed_)
    f -= table_.F.col(table_.final_demand_index("household_consumption")) /
         double(periods_per_year_);
  return f;
}

PeriodAccounts RegionalEconomy::step(const Eigen::VectorXd& final_demand_per_period) const {
  const int n = this->n();
  check_size(final_demand_per_period, n, "final demand");
  return step(final_demand_per_period,
              Eigen::VectorXd::Constant(n, std::numeric_limits<double>::infinity()),
              table_output_per_period());
}

PeriodAccounts RegionalEconomy::step(const Eigen::VectorXd& f, const Eigen::VectorXd& capacity,
                                     const Eigen::VectorXd& previous_output) const {
  PeriodAccounts a;
  step(f, capacity, previous_output, a);
  return a;
}

void RegionalEconomy::step(const Eigen::VectorXd& f, const Eigen::VectorXd& capacity,
                           const Eigen::VectorXd& previous_output, PeriodAccounts& a) const {
  const int n = this->n(), size = solver_->size();
  check_size(f, n, "final demand");
  check_size(capacity, n, "capacity");
  check_size(previous_output, n, "previous output");
  // Right-hand side of the system: exogenous demand, the households' exogenous income (none), and
  // in the lagged form minus the capital stock already in place, B x_{t-1}.
  Eigen::VectorXd r = Eigen::VectorXd::Zero(size);
  r.head(n) = f;
  Eigen::VectorXd cap = Eigen::VectorXd::Constant(size, std::numeric_limits<double>::infinity());
  cap.head(n) = capacity;
  Eigen::VectorXd previous = Eigen::VectorXd::Zero(size);
  previous.head(n) = previous_output;
  if (lagged_) r -= B_ * previous;
  const BoundedSolution s = solver_->solve_within(r, cap);

  a.output = s.output.head(n);
  a.exogenous_demand = f;
  a.unmet_demand = s.unmet.head(n);
  a.household_income = closed_ ? s.output(n) : 0.0;
  if (closed_)
    a.induced_consumption = h_ * a.household_income;
  else
    a.induced_consumption.setZero(n);
  if (lagged_)
    a.investment_demand = (B_ * (s.output - previous)).head(n);
  else
    a.investment_demand.setZero(n);
  a.final_demand = f - a.unmet_demand + a.induced_consumption + a.investment_demand;
  a.intermediate_use = A_ * a.output;
  a.value_added = v_.cwiseProduct(a.output);
  a.labour_income = w_.cwiseProduct(a.output);
  a.jobs = e_.cwiseProduct(a.output) * double(periods_per_year_);
  a.imports = m_.cwiseProduct(a.output);
  a.taxes = t_.cwiseProduct(a.output);
}

}  // namespace jez::economy
