// The zone's economy stepped one period at a time on the table's coefficients: households
// exogenous (Type I) or endogenous (Type II, closed with the compensation row and the
// household_consumption column), static or lagged-dynamic, with sectors limited by capacity
// (the mixed exogenous/endogenous model). The table's flows are annual; a period's final demand
// and output are flows of one period, and jobs are a stock.
#pragma once

#include <Eigen/Dense>
#include <map>
#include <optional>
#include <string>

#include "economy/bounded_solver.hpp"
#include "economy/dynamic_leontief.hpp"
#include "economy/io_table.hpp"

namespace jez::economy {

struct EconomyOptions {
  // Type II: induced consumption h X_h follows the period's labour income. Needs the table's
  // household_consumption column and compensation row.
  bool households_endogenous = false;
  // Lagged dynamics: capital coefficients, n x n, stock of good i per unit of *annual* output of
  // j (the CSV's unit); per period the model uses P B (P periods a year).
  std::optional<Eigen::MatrixXd> capital_coefficients;
  // Sector -> share of its intermediate inputs bought off the islands, replacing the table's
  // split between local purchases (column of A) and imports (the imports row). Value added stays.
  std::map<int, double> import_shares;
};

// One period's accounts, one entry per sector, in the table's money unit per period (jobs in
// persons). Identities: output = intermediate_use + final_demand; summed over sectors,
// value_added + taxes + imports = final_demand (taxes are the table's taxes row, zero without it).
struct PeriodAccounts {
  Eigen::VectorXd final_demand;         // served: exogenous + induced + investment demand
  Eigen::VectorXd exogenous_demand;     // f as wanted (before capacity limits)
  Eigen::VectorXd unmet_demand;         // wanted but not produced: bound sectors only
  Eigen::VectorXd induced_consumption;  // h X_h (Type II), else 0
  Eigen::VectorXd investment_demand;    // B (x_t - x_{t-1}) (lagged), else 0
  Eigen::VectorXd output;               // x
  Eigen::VectorXd intermediate_use;     // A x: sales to other sectors
  Eigen::VectorXd value_added;          // v_j x_j, v = value added per unit of output
  Eigen::VectorXd labour_income;        // w_j x_j (compensation)
  Eigen::VectorXd jobs;                 // e_j x_j periods_per_year, e = jobs per annual output
  Eigen::VectorXd imports;              // m_j x_j
  Eigen::VectorXd taxes;                // t_j x_j
  double household_income = 0;          // X_h (Type II): labour income + exogenous income
};

class RegionalEconomy {
 public:
  // Factorises the system matrix once (I - A; closed with households; minus P B when lagged).
  // Throws std::invalid_argument when periods_per_year < 1, the table is not productive, Type II
  // is asked of a table without households, B does not match, or the lagged system is singular.
  RegionalEconomy(const IoTable& table, int periods_per_year, const EconomyOptions& options = {});

  const IoTable& table() const { return table_; }
  int periods_per_year() const { return periods_per_year_; }
  int n() const { return table_.n(); }
  bool households_endogenous() const { return closed_; }
  bool lagged() const { return lagged_; }
  const Eigen::MatrixXd& technical_coefficients() const { return A_; }
  const Eigen::VectorXd& import_coefficients() const { return m_; }
  const Eigen::VectorXd& labour_coefficients() const { return w_; }
  const Eigen::VectorXd& value_added_coefficients() const { return v_; }
  const Eigen::VectorXd& tax_coefficients() const { return t_; }
  // Jobs per unit of annual output; jobs of a period = e x P for output x per period.
  const Eigen::VectorXd& employment_coefficients() const { return e_; }
  // Type II closure (zero when households are exogenous): consumption per unit of household
  // income, and the households' own row entry h_hh.
  const Eigen::VectorXd& household_consumption_coefficients() const { return h_; }
  double household_own_coefficient() const { return h_hh_; }
  // Stability of the lagged path (nullopt when static).
  const std::optional<LaggedStability>& stability() const { return stability_; }
  // n x k: the table's final demand F / periods_per_year.
  Eigen::MatrixXd final_demand_per_period() const;
  // The exogenous final demand per period that reproduces the table: every column, less
  // household consumption when households are endogenous.
  Eigen::VectorXd exogenous_table_demand_per_period() const;
  // The table's gross output per period: the output of the period before the start.
  Eigen::VectorXd table_output_per_period() const { return table_.x / periods_per_year_; }

  // One period without capacity limits, from the table's output (static models).
  PeriodAccounts step(const Eigen::VectorXd& final_demand_per_period) const;
  // One period: exogenous final demand f, output ceilings per sector (infinity: none), and the
  // previous period's output (used by the lagged form only). Throws std::invalid_argument on
  // vectors of the wrong size.
  PeriodAccounts step(const Eigen::VectorXd& final_demand_per_period,
                      const Eigen::VectorXd& capacity,
                      const Eigen::VectorXd& previous_output) const;
  // The same into `accounts`, every field overwritten: kept from period to period, its vectors
  // are not allocated again.
  void step(const Eigen::VectorXd& final_demand_per_period, const Eigen::VectorXd& capacity,
            const Eigen::VectorXd& previous_output, PeriodAccounts& accounts) const;

 private:
  IoTable table_;
  int periods_per_year_;
  bool closed_ = false, lagged_ = false;
  Eigen::MatrixXd A_;
  Eigen::VectorXd h_;  // households' consumption per unit of their income (Type II)
  double h_hh_ = 0;
  Eigen::MatrixXd B_;  // per period, system size (lagged only)
  std::optional<LaggedStability> stability_;
  std::optional<BoundedSolver> solver_;
  // Per unit of gross output: value added, compensation, employment, imports, taxes.
  Eigen::VectorXd v_, w_, e_, m_, t_;
};

}  // namespace jez::economy
