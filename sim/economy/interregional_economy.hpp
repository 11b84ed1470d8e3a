// The multiregional input-output model with trade coefficients (Chenery-Moses; Miller and
// Blair 2009, section 3.4): R regions of n sectors each, every region with its own technical
// coefficients A^s (inputs per unit of output, whatever their origin) and satellite rows; the
// trade coefficient c_i^{rs} is the share of good i used in region s that region r supplies, and
// 1 - sum_r c_i^{rs} comes from outside the model (imports, leakage). Output solves
// (I - C A) x = C f, with A = diag(A^1..A^R) and C the blocks diag(c^{rs}); I - C A is factorised
// once per set of coefficients. Pure computation: no world, no scenario.
#pragma once

#include <Eigen/Dense>
#include <string>
#include <vector>

#include "economy/leontief_solver.hpp"

namespace jez::economy {

struct RegionCoefficients {
  std::string name;
  Eigen::MatrixXd A;              // n x n: a_ij, input of good i per unit of output of sector j
  Eigen::VectorXd value_added;    // per unit of output
  Eigen::VectorXd labour_income;  // per unit of output
  Eigen::VectorXd jobs;           // per unit of output
};

// Each region's accounts for one final demand.
struct RegionAccounts {
  Eigen::VectorXd output;  // x^s, by sector
  double value_added = 0;  // v^s . x^s
  double labour_income = 0;
  double jobs = 0;
  double imports =
      0;  // bought from outside the model: sum_i (1 - sum_r c_i^{rs}) (A^s x^s + f^s)_i
};

// Each region's totals for one set of deliveries: what accounts_of_deliveries gives, summed,
// without the outputs by sector and the imports (for a caller that steps every period).
struct RegionTotals {
  double output = 0, value_added = 0, labour_income = 0, jobs = 0;
};

class InterregionalEconomy {
 public:
  // trade[i] is good i's R x R matrix of c_i^{rs} (row r: origin, column s: destination).
  // Throws std::invalid_argument on sizes that disagree, a share outside [0, 1] or a column of
  // shares above 1.
  InterregionalEconomy(std::vector<RegionCoefficients> regions,
                       const std::vector<Eigen::MatrixXd>& trade);

  int regions() const { return int(regions_.size()); }
  int sectors() const { return n_; }
  // x for a final demand f by region of use (R n entries, region by region).
  Eigen::VectorXd output(const Eigen::VectorXd& f) const;
  // Every region's accounts for final demand f (by region of use).
  std::vector<RegionAccounts> accounts(const Eigen::VectorXd& f) const;
  // Every region's accounts for final demand already placed with the region that supplies it
  // (d by region of origin, R n entries: what buyers outside the model, such as the zone, buy
  // from each region): (I - C A) x = d. `imports` counts the intermediate use only.
  std::vector<RegionAccounts> accounts_of_deliveries(const Eigen::VectorXd& d) const;
  // The same accounts' totals by region (`out` resized to regions()): the same values to the
  // bit as accounts_of_deliveries's output sums, value added, labour income and jobs.
  void totals_of_deliveries(const Eigen::VectorXd& d, std::vector<RegionTotals>& out) const;

 private:
  std::vector<RegionAccounts> accounts_at(const Eigen::VectorXd& x,
                                          const Eigen::VectorXd& use_of_final) const;
  std::vector<RegionCoefficients> regions_;
  int n_ = 0;
  Eigen::MatrixXd C_;        // Rn x Rn trade coefficients
  Eigen::VectorXd outside_;  // Rn: the share of each good used in each region bought outside
  Eigen::MatrixXd A_;        // Rn x Rn block diagonal
  LeontiefSolver solver_;    // of C A
};

}  // namespace jez::economy
