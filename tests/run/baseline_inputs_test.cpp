// The calibrated baseline's inputs in a whole run: residents as a dated path, and the table's
// household column following them (economy.table_population); a constant labour force.
#include <gtest/gtest.h>

#include "hotel_run.hpp"

namespace jez {
namespace {

// tests/data/tables/two-sector-households.csv: households buy [10, 50] a year, exports
// [10, 120]. The table stands for 100 residents; the island has 100 to June 2020 and 150 from
// July, so fishing's final demand is (10 + 10) / 12 a month to June and (15 + 10) / 12 after.
TEST(BaselineInputs, HouseholdDemandFollowsTheResidents) {
  const RunResult r = test::run_in_folder(
      "tables/two-sector-households.csv", "t.csv",
      "jezsim: 1\n"
      "time: {start: 2020-01, end: 2020-12}\n"
      "regions:\n"
      "  - name: isle\n"
      "    population: [{from: 2019-01, value: 100}, {from: 2020-07, value: 150}]\n"
      "    labour_force: 60\n"
      "economy: {table: t.csv, table_population: 100}\n");
  int checked = 0;
  for (const auto& row : r.timeseries) {
    if (row.variable == "final_demand" && row.sector == "fishing" &&
        (row.date == "2020-06" || row.date == "2020-07")) {
      EXPECT_NEAR(row.value, row.date == "2020-06" ? 20.0 / 12 : 25.0 / 12, 1e-12) << row.date;
      ++checked;
    }
    if (row.variable == "population" && row.region == "isle" && row.date == "2020-07") {
      EXPECT_EQ(row.value, 150);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 3);
  EXPECT_EQ(r.metric("labour_force_final_year"), 60);
}

}  // namespace
}  // namespace jez
