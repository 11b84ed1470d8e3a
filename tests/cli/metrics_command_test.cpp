// `jezsim metrics`: the registry's docs page and CSV, and the metrics a scenario's runs produce,
// which are what a run of it writes to summary.csv.
#include <algorithm>
#include <vector>

#include "cli_process.hpp"

namespace jez::test {
namespace {

// The first column of a CSV text, header dropped (no metric name holds a comma or a quote).
std::vector<std::string> first_column(const std::string& csv) {
  std::istringstream in(csv);
  std::vector<std::string> out;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) out.push_back(line.substr(0, line.find(',')));
  return out;
}

TEST(MetricsCommand, ListsWhatARunOfTheScenarioWrites) {
  TempDir tmp;
  const std::string scenario = std::string(JEZ_TEST_DATA) + "/scenarios/kurils-small.yaml";
  const Outcome listed = run_jezsim("metrics " + scenario);
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  EXPECT_EQ(listed.out.substr(0, 19), "metric,unit,meaning");
  const Outcome ran = run_jezsim("run " + scenario + " -q -o " + (tmp.path / "r").string());
  ASSERT_EQ(ran.exit_code, 0) << ran.err;
  EXPECT_EQ(first_column(listed.out), first_column(slurp(tmp.path / "r/summary.csv")));
  const Outcome without = run_jezsim("metrics " + scenario + " --no-counterfactual");
  ASSERT_EQ(without.exit_code, 0) << without.err;
  EXPECT_EQ(without.out.find("\nimpact_"), std::string::npos);
  EXPECT_NE(listed.out.find("\nimpact_grp_final_year,"), std::string::npos);
}

TEST(MetricsCommand, PrintsTheDocsPageAndTheRegistry) {
  const Outcome md = run_jezsim("metrics --format markdown");
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_EQ(md.out, slurp(std::filesystem::path(JEZ_SOURCE_DIR) / "docs/summary-metrics.md"));
  const Outcome csv = run_jezsim("metrics");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.substr(0, 33), "metric,unit,meaning,produced_with");
  EXPECT_NE(csv.out.find("\nnpv_project_<project>,{money},"), std::string::npos);
}

TEST(MetricsCommand, ABadScenarioIsOneSentenceAndExitCode2) {
  const Outcome o = run_jezsim("metrics " + std::string(JEZ_TEST_DATA) +
                               "/scenarios/kurils-small.yaml --set time.start=2017-13");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err.rfind("jezsim: ", 0), 0u) << o.err;
  EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
}

}  // namespace
}  // namespace jez::test
