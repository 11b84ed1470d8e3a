// From the scenario to the economy of a run: the stepping options, and the exogenous final demand
// and capacity ceilings of each period.
#pragma once

#include <Eigen/Dense>

#include "economy/regional_economy.hpp"
#include "scenario/scenario.hpp"
#include "world/world.hpp"

namespace jez {

economy::EconomyOptions economy_options(const Scenario& scenario);

class FinalDemandPlan {
 public:
  FinalDemandPlan(const Scenario& scenario, const economy::RegionalEconomy& economy);
  // The exogenous final demand of a period of `months` months starting at `month`, before the
  // world's deliveries and the projects: the table's (without the fish exports, the visitors'
  // spending and the waste handling that the world books, without household consumption when it
  // is endogenous), or the scenario's final_demand path.
  Eigen::VectorXd base(YearMonth month, int months) const;
  int fish_sector() const { return fish_sector_; }

 private:
  const Scenario& scenario_;
  Eigen::VectorXd table_per_period_;
  Eigen::VectorXd households_per_period_;  // the household column, when it scales with residents
  int fish_sector_ = -1;
  double fish_exports_per_period_ = 0;
};

// Output ceilings from the world (infinity where it sends none), money per period.
Eigen::VectorXd world_capacity(const Scenario& scenario, const world::PeriodFlows& flows);

}  // namespace jez
