// The coupling of the zone to its mainland regions (`economy.regions`): each period the zone's
// purchases from outside, as the accounts book them (the imports of its intermediate inputs, net
// of the imports the wind saves, and its final goods bought outside: the imported part of the
// projects' investment, services bought off the islands, unmet demand bought elsewhere), are
// split by origin region and good with the regions' table's shares (economy/mainland_trade.hpp),
// each mainland region's share moved by its port's share of the islands' cargo; what the zone
// buys from the mainland is final demand placed with its suppliers, solved in the mainland
// regions' interregional model (factorised once per run). docs/model.md, "The mainland regions".
//
// The port factors: a port's cargo is the tonnes loaded on the routes that end at it (both
// directions: the world carries no general goods to the islands, so the zone's trade through a
// hub stands for its purchases there, EST). In the run's first 12 months (the table's year) the
// shares are the table's; after, port p's factor is its share of the cargo of the 12 months to
// date over its share in the first 12, and a mainland region's purchases are scaled by its
// port's factor, renormalised so that the zone buys as much from the mainland as before (trade
// re-routed, not lost). The fuel (fuel_buyer's purchases of fuel_good) comes from fuel_from
// whatever the ports, and the imports the wind saves are taken off it.
#pragma once

#include <Eigen/Dense>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "economy/mainland_trade.hpp"
#include "run/run_result.hpp"
#include "scenario/scenario.hpp"
#include "world/world.hpp"

namespace jez {

class MainlandCoupling {
 public:
  // `scenario.economy.regions` must be set (the loader has checked it).
  explicit MainlandCoupling(const Scenario& scenario);

  const economy::MainlandTrade& trade() const { return trade_; }
  const std::vector<std::string>& ports() const { return ports_; }

  // One period, in the table's money per period, by the zone's sectors: its intermediate imports
  // by using sector (net of the imports saved), the imports saved by buyer, and the final goods
  // bought outside by good; and the projects' equipment bought from a named region (region ->
  // money, the equipment_good; it is not in final_imports). Appends the period to `series`
  // (regions in the scenario's order).
  // The package tours' visitors' spending off the islands (economy.regions.package_*) is read
  // from the flows' visitor sales: the island share of a package's price gives its other parts.
  void period(const world::PeriodFlows& flows, const Eigen::VectorXd& intermediate_imports,
              const Eigen::VectorXd& imports_saved, const Eigen::VectorXd& final_imports,
              MainlandSeries& series, const std::map<std::string, double>& equipment = {});

  // The factor of each port (ports() order) in the last period, and the share of the zone's
  // purchases from the mainland that each region had (regions' order).
  const std::vector<double>& port_factors() const { return factors_; }
  const std::vector<double>& region_shares() const { return region_shares_; }

 private:
  void update_factors(const std::vector<world::RouteFlows>& routes);
  std::vector<std::vector<int>> cells_to_move(const Eigen::MatrixXd& shares,
                                              bool fuel_column_rule) const;
  void moved(const Eigen::MatrixXd& shares, const std::vector<std::vector<int>>& cells,
             bool fuel_column_rule, Eigen::MatrixXd& out) const;

  economy::MainlandTrade trade_;
  std::vector<std::string> ports_;   // distinct, in the regions' order
  std::vector<int> port_of_region_;  // -1: none
  std::vector<std::vector<int>> routes_of_port_;
  int fuel_region_ = -1, fuel_good_ = -1, fuel_buyer_ = -1, equipment_good_ = -1;
  int periods_per_year_ = 12, period_ = 0;
  std::vector<double> base_cargo_;                // by port, the first year's
  std::deque<std::vector<double>> recent_cargo_;  // by period, the last year's
  std::vector<double> factors_, region_shares_;
  // The shares moved by the factors `moved_at_` (recomputed only when the factors change: they
  // stay 1 through the table's year), and the mainland's totals of the period.
  std::vector<double> moved_at_;
  std::vector<std::vector<int>> cells_intermediate_, cells_final_;  // by column: rows to move
  std::vector<double> row_factor_;                                  // by row: its port's factor
  Eigen::MatrixXd moved_intermediate_, moved_final_;
  std::vector<economy::RegionTotals> totals_;
  // Per project with a package tour: (row of d, that part of the price per unit of the islands'
  // part), in the table's money per RUB.
  std::map<std::string, std::vector<std::pair<int, double>>> package_parts_;
};

}  // namespace jez
