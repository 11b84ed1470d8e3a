// Direct, indirect and induced effects of a change in final demand, as IMPLAN reports them
// (Miller and Blair 2009, section 6.2): direct = the change itself, indirect = what the open
// inverse L adds (Type I less direct), induced = what households' spending adds (the closed
// inverse L-bar's sector rows less L; zero when households are exogenous). Uses the stepped
// economy's own coefficients, import shares included.
#pragma once

#include <Eigen/Dense>
#include <optional>

#include "economy/leontief_solver.hpp"
#include "economy/regional_economy.hpp"

namespace jez::economy {

// Output by sector, in the unit of the final-demand change.
struct OutputEffects {
  Eigen::VectorXd direct, indirect, induced;
};

class EffectSplit {
 public:
  explicit EffectSplit(const RegionalEconomy& economy);
  // Throws std::invalid_argument when the change has not one entry per sector.
  OutputEffects split(const Eigen::VectorXd& final_demand_change) const;

 private:
  int n_;
  LeontiefSolver open_;
  std::optional<Eigen::PartialPivLU<Eigen::MatrixXd>> closed_;  // I - A-bar (Type II)
};

}  // namespace jez::economy
