// Whole runs of small pure input-output scenarios: the counterfactual (forked) and the impact,
// investments and their finance, and the bad input of the economy's sections.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "hotel_run.hpp"
#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"

namespace jez {
namespace {

namespace fs = std::filesystem;

// A fresh folder with the Miller and Blair 2x2 table (tests/data/scenarios/zone-2x2.csv, sectors
// fish_processing and services, no imports or value-added rows: every unit of final demand is
// value added).
class RunFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ =
        fs::temp_directory_path() / ("jez-run-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy_file(fs::path(JEZ_TEST_DATA) / "scenarios/zone-2x2.csv", dir_ / "zone.csv");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return dir_ / name;
  }
  std::string error_of(const fs::path& file) {
    try {
      load_scenario(file);
    } catch (const std::exception& e) {
      return e.what();
    }
    return "no error";
  }
  fs::path dir_;
};

const std::string kHead =
    "jezsim: 1\n"
    "time: {start: 2020-01, end: 2020-12}\n"
    "economy: {table: zone.csv}\n";

const std::string kInvestment = test::kHotel;

TEST_F(RunFolder, NoJointProjectsGiveZeroImpact) {
  const RunResult r = run_scenario(load_scenario(write("base.yaml", kHead)));
  EXPECT_EQ(r.metric("impact_grp_cumulative"), 0);
  EXPECT_EQ(r.metric("impact_grp_final_year"), 0);
  EXPECT_EQ(r.metric("impact_jobs_final_year"), 0);
  int impact_rows = 0;
  for (const auto& row : r.timeseries) {
    if (row.variable.rfind("impact_", 0) != 0) continue;
    ++impact_rows;
    EXPECT_EQ(row.value, 0) << row.date << " " << row.sector << " " << row.variable;
  }
  EXPECT_EQ(impact_rows, 12 * 2 * (6 + 3 * 4));  // months x sectors x (variables + splits)
}

// One run per test: SimGrid allows one engine per process.
TEST_F(RunFolder, NamedBaselineIdenticalToTheScenarioGivesZeroImpact) {
  write("baseline.yaml", kHead);
  const RunResult named =
      run_scenario(load_scenario(write("named.yaml", kHead + "counterfactual: baseline.yaml\n")));
  EXPECT_EQ(named.metric("impact_grp_cumulative"), 0);
}

TEST_F(RunFolder, InvestmentImpactFinanceAndSides) {
  const RunResult r = run_scenario(load_scenario(write("hotel.yaml", kHead + kInvestment)));
  EXPECT_EQ(r.metric("investment_total"), 120);
  EXPECT_NEAR(r.metric("investment_japan"), 48, 1e-12);
  // Construction: 60 spent locally on services in January. Without import or tax rows every unit
  // of final demand ends as value added, so the construction phase adds exactly 60.
  EXPECT_NEAR(r.metric("impact_construction_grp_cumulative"), 60, 1e-9);
  // Operation from April: 5 a month of extra exports (60 a year at capacity; no ceiling from the
  // world) for nine months, all of it value added.
  EXPECT_NEAR(r.metric("impact_operation_grp_cumulative"), 45, 1e-9);
  EXPECT_NEAR(r.metric("impact_grp_cumulative"), 105, 1e-9);
  // Each side's NPV is its share of the project's.
  EXPECT_NEAR(r.metric("npv_japan"), 0.4 * r.metric("npv_project_hotel"), 1e-9);
  EXPECT_NEAR(r.metric("npv_russia"), 0.6 * r.metric("npv_project_hotel"), 1e-9);
  // A year is too short to earn 120 back: no payback.
  EXPECT_TRUE(std::isnan(r.metric("payback_project_hotel")));
  bool capital_rows = false;
  for (const auto& row : r.timeseries)
    if (row.region == "zone" && row.sector == "services" && row.variable == "capital" &&
        row.date == "2020-02") {
      capital_rows = true;
      EXPECT_EQ(row.value, 120);  // paid in January, not depreciated while being built
    }
  EXPECT_TRUE(capital_rows);
}

TEST_F(RunFolder, BadEconomyInputNamesFileLineAndColumn) {
  const std::string file = (dir_ / "bad.yaml").string();
  std::string owners = kInvestment;
  owners.replace(owners.find("russia: 0.6"), 11, "russia: 0.5");
  EXPECT_EQ(error_of(write("bad.yaml", kHead + owners)),
            file +
                ":7:13: investments[0].owners: expected ownership shares that sum to 1, "
                "found a sum of 0.9");
  EXPECT_EQ(error_of(write("bad.yaml", kHead + "regime:\n  - {from: 2019-03, kind: "
                                               "kuril_preferential}\n")),
            file +
                ":5:12: regime[0].from: expected a month within the horizon (2020-01 to "
                "2020-12), found 2019-03");
  EXPECT_EQ(error_of(write("bad.yaml",
                           "jezsim: 1\ntime: {start: 2020-01, end: 2020-12}\n"
                           "economy: {table: zone.csv, discount_rate_per_year: -0.1}\n")),
            file +
                ":3:52: economy.discount_rate_per_year: expected a number in [0, 1) (0.08 is "
                "8 %), found -0.1");
  write("capital.csv", "sector,fish_processing,services\nfish_processing,0.5,0\nservices,0,0.5\n");
  EXPECT_NE(error_of(write("bad.yaml",
                           "jezsim: 1\ntime: {start: 2020-01, end: 2020-12, step: "
                           "year}\neconomy: {table: zone.csv, dynamics: lagged, "
                           "capital_coefficients: capital.csv}\n"))
                .find(file + ":3:38: economy.dynamics: expected a lagged dynamic system whose "
                             "path converges"),
            std::string::npos);
  write("capital.csv", "sector,fish,services\nfish,0.5,0\nservices,0,0.5\n");
  EXPECT_NE(error_of(write("bad.yaml",
                           "jezsim: 1\ntime: {start: 2020-01, end: 2020-12, step: "
                           "year}\neconomy: {table: zone.csv, dynamics: lagged, "
                           "capital_coefficients: capital.csv}\n"))
                .find((dir_ / "capital.csv").string() +
                      ":1:8: expected column 2 to be the IO table's sector 'fish_processing'"),
            std::string::npos);
}

}  // namespace
}  // namespace jez
