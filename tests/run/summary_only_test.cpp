// A summary-only run (RunOptions::summary_only, what sweep children and counterfactuals use)
// gives the same summary as a full run, to the last bit, on every shipped scenario; and it
// builds none of the records (timeseries rows, events, the multipliers CSV).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "../world/world_in_child.hpp"
#include "output/tables.hpp"
#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"
#include "shipped_scenarios.hpp"

namespace jez {
namespace {

namespace fs = std::filesystem;

using testing::shipped_scenarios;

// The summary as CSV, then every value's bits (hexadecimal floating point), the zone series'
// bits and how many records the run built. One engine per process: each run in its own child.
std::string run_in_child(const std::string& name, bool summary_only) {
  return world::testing::in_child_process([&] {
    RunOptions options;
    options.summary_only = summary_only;
    const RunResult r = run_scenario(
        load_scenario(fs::path(JEZ_SOURCE_DIR) / "scenarios" / (name + ".yaml")), options);
    std::string out = output::summary_csv(r.summary);
    char buf[64];
    for (const auto& row : r.summary) {
      std::snprintf(buf, sizeof buf, "%a\n", row.value);
      out += row.metric + " " + buf;
    }
    for (double v : r.zone.values) {
      std::snprintf(buf, sizeof buf, "%a ", v);
      out += buf;
    }
    out += "\nrecords " + std::to_string(r.timeseries.size()) + " " +
           std::to_string(r.events.size()) + " " + std::to_string(r.multipliers_csv.size());
    return out;
  });
}

class SummaryOnly : public ::testing::TestWithParam<std::string> {};

TEST_P(SummaryOnly, SameSummaryBitForBitAsAFullRun) {
  const std::string full = run_in_child(GetParam(), false);
  const std::string lean = run_in_child(GetParam(), true);
  const auto cut = [](const std::string& s) { return s.substr(0, s.rfind("\nrecords ")); };
  EXPECT_EQ(cut(full), cut(lean));
  EXPECT_NE(full.substr(full.rfind("records ")), "records 0 0 0");
  EXPECT_EQ(lean.substr(lean.rfind("records ")), "records 0 0 0");
}

INSTANTIATE_TEST_SUITE_P(ShippedScenarios, SummaryOnly, ::testing::ValuesIn(shipped_scenarios()),
                         [](const auto& info) {
                           std::string n = info.param;
                           std::replace(n.begin(), n.end(), '-', '_');
                           return n;
                         });

}  // namespace
}  // namespace jez
