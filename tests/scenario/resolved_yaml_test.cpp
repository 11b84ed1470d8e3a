// The canonical dump: every default written out, and loading it gives the same scenario back.
#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

using test::test_data;

// load -> dump -> write -> load -> dump must give the same text, and the same values.
void expect_round_trip(const std::filesystem::path& file, const std::vector<Override>& sets = {}) {
  test::ScenarioFolder folder;
  const Scenario first = load_scenario(file, sets);
  const std::string dump = resolved_yaml(first);
  const Scenario second = load_scenario(folder.write("resolved.yaml", dump));
  EXPECT_EQ(resolved_yaml(second), dump) << dump;
  EXPECT_EQ(second.name, first.name);  // the stem of the first file, kept by the dump
  EXPECT_EQ(second.economy.table_path, first.economy.table_path);
  EXPECT_EQ(second.economy.table.x, first.economy.table.x);
}

TEST(ResolvedYaml, RoundTripsTheFullScenario) {
  expect_round_trip(test_data("scenarios/kurils-small.yaml"));
}

TEST(ResolvedYaml, RoundTripsDefaultsAndOverriddenValues) {
  expect_round_trip(test_data("scenarios/io-only.yaml"));
  // 0.1 + 0.2 style values must survive printing: shortest round-trip form.
  expect_round_trip(test_data("scenarios/kurils-small.yaml"),
                    {parse_override("routes[0].voyage_h=0.30000000000000004"),
                     parse_override("title=quote \" backslash \\ tab\tend")});
}

TEST(ResolvedYaml, WritesEveryDefaultInAFixedOrder) {
  const Scenario s = load_scenario(test_data("scenarios/io-only.yaml"));
  const std::string table = test_data("scenarios/zone-2x2.csv").lexically_normal().string();
  EXPECT_EQ(resolved_yaml(s),
            "jezsim: 1\n"
            "name: \"io-only\"\n"
            "title: \"\"\n"
            "seed: 1\n"
            "time:\n  start: 2020-01\n  end: 2020-12\n  step: month\n"
            "regions: []\n"
            "routes: []\n"
            "economy:\n  table: \"" +
                table +
                "\"\n  currency: \"RUB mn\"\n  households: exogenous\n  dynamics: static\n"
                "  unmet_demand: imports\n  discount_rate_per_year: 0.08\n");
}

TEST(ResolvedYaml, WritesRoutesPlantsAndNumbersInShortestForm) {
  const std::string y = resolved_yaml(load_scenario(test_data("scenarios/kurils-small.yaml")));
  EXPECT_NE(y.find("  - name: \"nemuro-kunashiri\"\n    from: \"nemuro\"\n    to: \"kunashiri\"\n"
                   "    distance_km: 80\n    voyage_h: 3.5\n    cargo_capacity_t: 400\n"
                   "    handling_t_per_h: 100\n    sailings_per_week: 2\n"
                   "    ice:\n      from: 02-01\n      to: 03-20\n"),
            std::string::npos)
      << y;
  EXPECT_NE(y.find("    sailings_per_week: 0.5\n"), std::string::npos) << y;
  EXPECT_NE(
      y.find("    monthly_profile: [0.5, 0.5, 0.5, 0.8, 1, 1.2, 1.5, 1.8, 1.8, 1.4, 0.7, 0.3]\n"),
      std::string::npos)
      << y;
  EXPECT_NE(y.find("      - name: \"yasny\"\n        island: \"etorofu\"\n        market: "
                   "\"korsakov\"\n        output_t_per_year: 120000\n"),
            std::string::npos)
      << y;
  EXPECT_NE(y.find("    label: \"nemuro\"\n    kind: hub\n    population: 0\n"), std::string::npos)
      << y;
}

}  // namespace
}  // namespace jez
