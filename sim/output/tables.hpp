// The tidy tables of a run folder (DESIGN.md section 4) and their CSV text.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "output/series_table.hpp"

namespace jez::output {

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

// Where CSV text goes, piece by piece (a file being written, or a string).
using TextSink = std::function<void(std::string_view)>;

// timeseries.csv: date,region,sector,variable,unit,value,region_kind, where region_kind is
// what the region is (zone, island, hub, route, side, project), looked up in `kind_of_region`
// (empty for a region it does not name). Written to `sink` in pieces of some 256 kB: the whole
// text of a run is 15 MB, which cost more in page faults and copies than in formatting.
void write_timeseries_csv(const SeriesTable& rows,
                          const std::map<std::string, std::string>& kind_of_region,
                          const TextSink& sink);
void write_events_csv(const std::vector<EventRow>& rows, const TextSink& sink);
// The same texts whole, for small tables and tests.
std::string timeseries_csv(const SeriesTable& rows,
                           const std::map<std::string, std::string>& kind_of_region = {});
std::string summary_csv(const std::vector<SummaryRow>& rows);
std::string events_csv(const std::vector<EventRow>& rows);

}  // namespace jez::output
