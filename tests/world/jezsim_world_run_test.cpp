// The world through the real jezsim binary: events.csv shows the weather's cancellations and
// delays, the timeseries and summary carry the names the rest of the project relies on, and one
// seed gives the same bytes while another seed gives other weather.
#include <gtest/gtest.h>

#include <set>

#include "../cli/cli_process.hpp"

namespace jez {
namespace {

using test::run_jezsim;
using test::shell_quote;
using test::slurp;
using test::TempDir;

// The harsh-climate scenario cut to 2017-09 .. 2022-06 (its latest dated item, the exchange-rate
// step of 2022-06, must stay inside): storms, fog, long ice, stock-outs.
std::string run_harsh(const TempDir& dir, const std::string& folder, const std::string& seed) {
  const auto out = dir.path / folder;
  const auto o = run_jezsim("run scenarios/harsh-climate.yaml --set time.end=2022-06 --seed " +
                            seed + " -q -o " + shell_quote(out.string()));
  EXPECT_EQ(o.exit_code, 0) << o.err;
  return out.string();
}

std::set<std::string> column(const std::string& csv, int index) {
  std::set<std::string> values;
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream cells(line);
    std::string cell;
    for (int i = 0; i <= index && std::getline(cells, cell, ','); ++i) {
    }
    values.insert(cell);
  }
  return values;
}

TEST(JezsimWorld, EventsShowCancellationsDelaysAndStockOuts) {
  TempDir dir;
  const std::string out = run_harsh(dir, "a", "3");
  const auto kinds = column(slurp(out + "/events.csv"), 2);
  for (const char* k : {"route_closed", "route_opened", "sailing_cancelled", "sailing_delayed",
                        "fuel_stockout", "voyage_aborted", "project_online", "pilot_tour", "note"})
    EXPECT_TRUE(kinds.count(k)) << k;
}

TEST(JezsimWorld, TimeseriesAndSummaryCarryTheAgreedNames) {
  TempDir dir;
  const std::string out = run_harsh(dir, "a", "3");
  const auto variables = column(slurp(out + "/timeseries.csv"), 3);
  for (const char* v : {"harvest",
                        "greenhouse_yield",
                        "visitors",
                        "visitors_japan",
                        "visitors_russia",
                        "visitor_nights",
                        "power_demand",
                        "power_geothermal",
                        "power_wind",
                        "power_diesel",
                        "unserved_energy",
                        "fuel_stock",
                        "fuel_delivered",
                        "co2",
                        "waste_generated",
                        "waste_treated",
                        "waste_landfilled",
                        "cargo_shipped",
                        "cargo_delivered",
                        "sailings",
                        "sailings_cancelled",
                        "sailings_delayed"})
    EXPECT_TRUE(variables.count(v)) << v;
  const auto metrics = column(slurp(out + "/summary.csv"), 0);
  for (const char* m :
       {"visitors_total", "aquaculture_harvest_total", "greenhouse_output_total",
        "wind_energy_total", "diesel_saved_total", "co2_avoided_total", "unserved_energy_total",
        "waste_treated_total", "cargo_spoiled_total", "sailings_cancelled_total"})
    EXPECT_TRUE(metrics.count(m)) << m;
}

TEST(JezsimWorld, OneSeedGivesTheSameBytesAndAnotherSeedOtherWeather) {
  TempDir dir;
  const std::string a = run_harsh(dir, "a", "3"), b = run_harsh(dir, "b", "3"),
                    c = run_harsh(dir, "c", "4");
  for (const char* f : {"/events.csv", "/timeseries.csv", "/summary.csv"})
    EXPECT_EQ(slurp(a + f), slurp(b + f)) << f;
  EXPECT_NE(slurp(a + "/events.csv"), slurp(c + "/events.csv"));
}

}  // namespace
}  // namespace jez
