// What one run hands back: the tidy tables of its output folder and a few totals for people.
#pragma once

#include <string>
#include <vector>

#include "output/tables.hpp"

namespace jez {

struct SectorTotals {
  std::string sector;
  double output = 0;       // money per year
  double value_added = 0;  // money per year
  double jobs = 0;         // average over the year
};

// The zone's accounts by period and sector, what the impact against a counterfactual needs:
// values[(period * kVariables + variable) * sectors + sector].
struct ZoneSeries {
  // exogenous_demand: the exogenous final demand served (wanted less unmet), which the impact
  // splits into its direct, indirect and induced effects.
  enum Variable { output, value_added, labour_income, jobs, imports, exogenous_demand, kVariables };
  static constexpr const char* kNames[kVariables] = {"output", "value_added", "labour_income",
                                                     "jobs",   "imports",     "exogenous_demand"};
  int sectors = 0;
  std::vector<double> values;
  int periods() const { return sectors ? int(values.size()) / (kVariables * sectors) : 0; }
  double at(int period, int variable, int sector) const {
    return values[(std::size_t(period) * kVariables + variable) * sectors + sector];
  }
};

// The mainland regions' accounts by period, what the zone's purchases from each cause there
// (run/mainland_coupling.hpp): values[(period * regions + region) * kVariables + variable], money
// per period, jobs a stock. Empty for a scenario without economy.regions.
struct MainlandSeries {
  // zone_purchases: what the zone bought there; visitor_spending: what the package tours'
  // visitors spent there (the ship, the operator, the nights on the mainland);
  // value_added_direct: the value added of those sales themselves (the direct effect; the rest
  // of value_added is indirect: the suppliers' in every mainland region).
  enum Variable {
    zone_purchases,
    visitor_spending,
    output,
    value_added,
    labour_income,
    jobs,
    value_added_direct,
    kVariables
  };
  static constexpr const char* kNames[kVariables] = {
      "zone_purchases", "visitor_spending",  "output", "value_added", "labour_income",
      "jobs",           "value_added_direct"};
  int regions = 0;
  std::vector<double> values;
  int periods() const { return regions ? int(values.size()) / (kVariables * regions) : 0; }
  double at(int period, int region, int variable) const {
    return values[(std::size_t(period) * regions + region) * kVariables + variable];
  }
};

struct RunResult {
  output::SeriesTable timeseries;  // its labels interned (output/series_table.hpp)
  std::vector<output::SummaryRow> summary;
  std::vector<output::EventRow> events;
  std::string multipliers_csv;
  std::string money_unit;                          // "RUB mn"
  std::string final_year_label;                    // "2047"
  std::vector<SectorTotals> final_year_by_sector;  // in the table's sector order
  ZoneSeries zone;                                 // for the impact against a counterfactual
  MainlandSeries mainland;                         // likewise, with economy.regions

  // The value of a summary metric; throws std::out_of_range when the run has none of that name.
  double metric(const std::string& name) const;
};

}  // namespace jez
