// The mainland regions' results (`economy.regions`): their timeseries rows (what the zone's
// purchases cause in each region, and the sums by country), and, against the counterfactual,
// their impact rows and summary metrics by region and by side (mainland_japan,
// mainland_russia), in the table's money and, for Japan, in yen at the scenario's currency path.
#pragma once

#include <string>
#include <vector>

#include "run/run_result.hpp"
#include "scenario/scenario.hpp"

namespace jez {

// The region of the timeseries rows that sum a country's mainland regions: mainland_japan.
std::string mainland_side(const std::string& country);

// The names the mainland results are reported under, in order: each mainland region of
// economy.regions, then mainland_<country> for each country with one; and each one's country.
struct MainlandGroup {
  std::string name, country;
};
std::vector<MainlandGroup> mainland_groups(const Scenario& scenario);

// Rows region (each mainland region, then mainland_<country>), sector "all", the variables of
// MainlandSeries, for every period of result.mainland.
void add_mainland_rows(RunResult& result, const Scenario& scenario,
                       const std::string& money_per_period);

// Factual minus counterfactual: impact_<variable> rows (with_rows) and the summary metrics
//   impact_grp_cumulative_<region>, impact_grp_final_year_<region>,
//   impact_jobs_final_year_<region>, impact_grp_direct_final_year_<region>,
//   impact_grp_indirect_final_year_<region>
// for each mainland region and for mainland_japan and mainland_russia (those of Japan's also in
// JPY mn: <metric>_jpy, when the scenario has a currency path). Throws std::runtime_error when
// the counterfactual's series does not match the run's.
void add_mainland_impact(RunResult& result, const Scenario& scenario,
                         const MainlandSeries& counterfactual, const std::string& money_per_period,
                         bool with_rows);

}  // namespace jez
