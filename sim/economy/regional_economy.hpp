// The zone's economy stepped one period at a time on the table's coefficients, households
// exogenous (Type I). The table's flows are annual; a period's final demand and output are flows
// of one period, and jobs are a stock.
#pragma once

#include <Eigen/Dense>

#include "economy/io_table.hpp"
#include "economy/leontief_solver.hpp"

namespace jez::economy {

// One period's accounts, one entry per sector, in the table's money unit per period (jobs in
// persons). Identities: output = intermediate_use + final_demand; summed over sectors,
// value_added + taxes + imports = final_demand (taxes are the table's taxes row, zero without it).
struct PeriodAccounts {
  Eigen::VectorXd final_demand;      // f, as given
  Eigen::VectorXd output;            // x solving (I - A) x = f
  Eigen::VectorXd intermediate_use;  // A x: sales to other sectors
  Eigen::VectorXd value_added;       // v_j x_j, v = value added per unit of output
  Eigen::VectorXd labour_income;     // w_j x_j (compensation)
  Eigen::VectorXd jobs;              // e_j x_j periods_per_year, e = jobs per unit of annual output
  Eigen::VectorXd imports;           // m_j x_j
  Eigen::VectorXd taxes;             // t_j x_j
};

class RegionalEconomy {
 public:
  // Factorises I - A once. Throws std::invalid_argument when periods_per_year < 1 or the table is
  // not productive.
  RegionalEconomy(const IoTable& table, int periods_per_year);

  const IoTable& table() const { return table_; }
  int periods_per_year() const { return periods_per_year_; }
  const Eigen::MatrixXd& technical_coefficients() const { return A_; }
  // n x k: the table's final demand F / periods_per_year.
  Eigen::MatrixXd final_demand_per_period() const;
  // One period: solves with the stored factorisation. Throws std::invalid_argument when f does
  // not have one entry per sector.
  PeriodAccounts step(const Eigen::VectorXd& final_demand_per_period) const;

 private:
  IoTable table_;
  int periods_per_year_;
  Eigen::MatrixXd A_;
  LeontiefSolver solver_;
  // Per unit of gross output: value added, compensation, employment, imports, taxes.
  Eigen::VectorXd v_, w_, e_, m_, t_;
};

}  // namespace jez::economy
