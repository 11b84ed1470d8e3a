// The one coupling between the world's activities and the zone economy: each period it books the
// activities' accounts (world/activity_account.hpp) into the economy, with the one conversion
// from the scenario's prices (RUB) to the table's money. Output follows production: goods made
// and not yet sold are a change in stocks, exports count when they reach their market; sales to
// a sector (wind energy to the power sector) and an activity's purchases (a greenhouse's
// electricity) are intermediate sales, paid out of the buyer's value added; imports saved (the
// diesel wind displaces) return to the buyer's value added; fees are paid by a named payer whose
// other spending falls by as much, unless the money comes from outside. docs/model.md,
// "The coupling".
#pragma once

#include <Eigen/Dense>
#include <map>
#include <string>
#include <vector>

#include "economy/regional_economy.hpp"
#include "run/run_result.hpp"
#include "scenario/scenario.hpp"
#include "world/world.hpp"

namespace jez {

// The table's money per RUB, from economy.currency ("RUB mn": 1e-6). Throws std::runtime_error
// (one sentence) when the unit is not RUB, RUB thousand, RUB mn or RUB bn.
double money_per_rub(const Scenario& scenario);

class ActivityBooking {
 public:
  // Throws std::runtime_error when a payer's final-demand column is missing from the table.
  ActivityBooking(const Scenario& scenario, const economy::RegionalEconomy& economy);

  // One period's bookings, by sector, in the table's money per period.
  struct Booked {
    Eigen::VectorXd final_demand;  // what joins the exogenous final demand (may be negative)
    Eigen::VectorXd exports, stock_change, local_sales, visitor_sales, fees, payers_cut;
    Eigen::VectorXd sector_sales;   // by seller: intermediate sales booked outside the table
    Eigen::VectorXd bought_by;      // by buyer: what those sales cost it (its value added)
    Eigen::VectorXd imports_saved;  // by buyer: imports it no longer buys
    Eigen::VectorXd imports_final;  // services bought off the islands for a payer
    double fish_exports = 0;        // the fish plants' deliveries (exports_delivered)
    std::map<std::string, double> revenue, costs;  // by project
  };
  Booked book(const world::PeriodFlows& flows);
  // The same into `booked`, whose vectors and project entries are kept from period to period
  // (zeroed, not freed: a project without lines in a period books 0, as one never seen).
  void book(const world::PeriodFlows& flows, Booked& booked);

  // After the economy's step: the sales to sectors move from final demand to intermediate use,
  // and the buyers' value added and imports take their purchases and saved imports. The
  // identities (output = intermediate use + final demand; value added + taxes + imports = final
  // demand, summed) still hold.
  static void settle(const Booked& booked, economy::PeriodAccounts& accounts);

  // The projects' revenue and bought costs of the period, filled into a copy of the flows'
  // projects (the coupling's own buffer: the world's flows are read, never copied).
  static void fill_projects(const Booked& booked,
                            std::vector<world::PeriodFlows::ProjectOperation>& projects);

  // Timeseries rows of the booked components, by sector.
  void record(const Booked& booked, const std::string& date, output::SeriesTable& rows,
              const std::string& money_per_period) const;

 private:
  const Scenario& scenario_;
  const economy::IoTable& table_;
  double money_per_rub_;
  Eigen::VectorXd household_shares_, municipal_shares_;  // of the payers' other spending
  // The sectors of the k-th account line last seen, by name: the world books the same lines in
  // the same order every period, so each name is looked up in the table once per run.
  struct LineSectors {
    std::string sector, buyer;
    int i = -1, buyer_i = -1;
  };
  std::vector<LineSectors> lines_;
  int sector_of(const std::string& name) const;
};

}  // namespace jez
