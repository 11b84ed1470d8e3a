// The registry of summary metrics: what it expects of each shipped scenario is its golden
// summary.csv's metrics and units, in order; a run's rows that differ from it are refused; the
// committed docs page is what it generates.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "run/summary_metrics.hpp"
#include "scenario/loader.hpp"
#include "shipped_scenarios.hpp"

namespace jez {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

using testing::shipped_scenarios;

Scenario shipped(const std::string& name) {
  return load_scenario(fs::path(JEZ_SOURCE_DIR) / "scenarios" / (name + ".yaml"));
}

// "metric,unit" of each line of a golden summary.csv (no metric or unit holds a comma).
std::vector<std::string> golden_names_and_units(const std::string& name) {
  std::istringstream in(slurp(fs::path(JEZ_SOURCE_DIR) / "tests/golden" / (name + ".summary.csv")));
  std::vector<std::string> out;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) out.push_back(line.substr(0, line.rfind(',')));
  return out;
}

class ShippedScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedScenario, TheRegistryExpectsItsGoldenMetricsAndUnitsInOrder) {
  std::vector<std::string> expected;
  for (const auto& m : expected_metrics(shipped(GetParam()), true))
    expected.push_back(m.name + "," + m.unit);
  EXPECT_EQ(expected, golden_names_and_units(GetParam()));
}

TEST_P(ShippedScenario, WithoutItsCounterfactualARunHasNoImpactMetrics) {
  const Scenario s = shipped(GetParam());
  std::vector<std::string> with, without;
  for (const auto& m : expected_metrics(s, true))
    if (m.name.rfind("impact_", 0) != 0) with.push_back(m.name);
  for (const auto& m : expected_metrics(s, false)) without.push_back(m.name);
  EXPECT_EQ(with, without);
  EXPECT_LT(without.size(), expected_metrics(s, true).size());
}

INSTANTIATE_TEST_SUITE_P(Registry, ShippedScenario, ::testing::ValuesIn(shipped_scenarios()));

std::vector<output::SummaryRow> declared_rows(const Scenario& s) {
  std::vector<output::SummaryRow> rows;
  for (const auto& m : expected_metrics(s, true)) rows.push_back({m.name, m.unit, 1.0});
  return rows;
}

TEST(Registry, ARunsRowsThatDifferFromTheDeclarationsAreRefused) {
  const Scenario s = shipped("southern-kurils-2017");
  const auto rows = declared_rows(s);
  EXPECT_NO_THROW(check_summary_rows(rows, s, true));
  auto extra = rows;
  extra.insert(extra.begin() + 3, {"grp_final_year_doubled", "RUB mn/year", 2.0});
  try {
    check_summary_rows(extra, s, true);
    ADD_FAILURE() << "an undeclared metric passed";
  } catch (const std::logic_error& e) {
    EXPECT_NE(std::string(e.what()).find("'grp_final_year_doubled'"), std::string::npos)
        << e.what();
  }
  auto unit = rows;
  unit[0].unit = "RUB/year";
  EXPECT_THROW(check_summary_rows(unit, s, true), std::logic_error);
  auto missing = rows;
  missing.pop_back();
  EXPECT_THROW(check_summary_rows(missing, s, true), std::logic_error);
  EXPECT_THROW(check_summary_rows(rows, s, false), std::logic_error);  // impact_ not expected
}

TEST(Registry, EachFamilyIsDeclaredOnceWithAUnitAndAMeaning) {
  std::set<std::string> names;
  for (const MetricFamily& f : metric_families()) {
    EXPECT_TRUE(names.insert(f.name).second) << f.name << " is declared twice";
    EXPECT_STRNE(f.unit, "") << f.name;
    EXPECT_STRNE(f.meaning, "") << f.name;
    EXPECT_FALSE(source_text(f.source).empty()) << f.name;
  }
}

TEST(Registry, AnOwnerBeyondJapanAndRussiaGetsItsOwnSideMetrics) {
  // The projects' owners are sides too: their metrics come in alphabetical order.
  Scenario s = shipped("southern-kurils-2017");
  ASSERT_FALSE(s.investments.empty());
  s.investments[0].owners["hokkaido_fund"] = 0.0;
  std::vector<std::string> sides;
  for (const auto& m : expected_metrics(s, false))
    if (m.name.rfind("investment_", 0) == 0 && m.name != "investment_total")
      sides.push_back(m.name.substr(11));
  EXPECT_EQ(sides, (std::vector<std::string>{"hokkaido_fund", "japan", "russia"}));
}

TEST(Registry, TheCommittedDocsPageIsWhatTheRegistryGenerates) {
  EXPECT_EQ(slurp(fs::path(JEZ_SOURCE_DIR) / "docs/summary-metrics.md"), metrics_markdown())
      << "regenerate with: jezsim metrics --format markdown -o docs/summary-metrics.md";
}

}  // namespace
}  // namespace jez
