// The tidy tables of a run folder (DESIGN.md section 4) and their CSV text.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace jez::output {

// One line of timeseries.csv: a value of one variable for one region and sector in one period.
struct SeriesRow {
  std::string date;      // first month of the period, YYYY-MM
  std::string region;    // a region, "zone" for the zone economy, or a route's name
  std::string sector;    // an IO sector, or "all"
  std::string variable;  // output, value_added, jobs, cargo_delivered, sailings, ...
  std::string unit;      // "RUB mn/month", "t/month", "jobs", ...
  double value = 0;
};

// One line of summary.csv.
struct SummaryRow {
  std::string metric;
  std::string unit;
  double value = 0;
};

// One line of events.csv.
struct EventRow {
  double time_s = 0;
  std::string date;  // YYYY-MM-DD
  std::string kind;
  std::string subject;
  std::string detail;
};

// Numbers as CSV text: shortest round-trip form, and -0 or sub-1e-9 noise of solves as 0.
std::string format_number(double v);
// A CSV cell, quoted only when it holds a comma, a quote or a line break.
std::string csv_cell(const std::string& s);

// timeseries.csv: date,region,sector,variable,unit,value,region_kind, where region_kind is
// what the region is (zone, island, hub, route, side, project), looked up in `kind_of_region`
// (empty for a region it does not name).
std::string timeseries_csv(const std::vector<SeriesRow>& rows,
                           const std::map<std::string, std::string>& kind_of_region = {});
std::string summary_csv(const std::vector<SummaryRow>& rows);
std::string events_csv(const std::vector<EventRow>& rows);

}  // namespace jez::output
