// A sweep child's load (ParsedScenario::load_once): the same scenario as load_scenario, with the
// IO tables its parent kept (keep_tables) in place of reading their files again.
#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

using test::test_data;

TEST(ParsedScenario, LoadsWhatLoadScenarioLoadsWithTheKeptTables) {
  const std::filesystem::path file =
      std::filesystem::path(JEZ_SOURCE_DIR) / "scenarios/southern-kurils-2017.yaml";
  const std::vector<Override> sets = {{"weather.storms_per_year", "9"}};
  const Scenario base = load_scenario(file);
  ParsedScenario parsed(file);
  parsed.keep_tables(base);
  const Scenario s = parsed.load_once(sets), plain = load_scenario(file, sets);
  EXPECT_EQ(resolved_yaml(s), resolved_yaml(plain));
  EXPECT_EQ(s.economy.table.Z, plain.economy.table.Z);
  EXPECT_EQ(s.economy.table.F, plain.economy.table.F);
  EXPECT_EQ(s.economy.table.x, plain.economy.table.x);
  ASSERT_TRUE(s.economy.regions && plain.economy.regions);
  EXPECT_EQ(s.economy.regions->table.Z, plain.economy.regions->table.Z);
  EXPECT_EQ(s.economy.regions->table.sectors, plain.economy.regions->table.sectors);
}

// The kept table is used while its path stays (its file is not read again: here it changed on
// disk after the parent read it); an override that names another table reads that one.
TEST(ParsedScenario, TakesAKeptTableByItsPathOnly) {
  test::ScenarioFolder folder;
  const auto file = folder.write("io.yaml",
                                 "jezsim: 1\ntime: {start: 2020-01, end: 2020-12}\n"
                                 "economy: {table: zone.csv}\n");
  const Scenario base = load_scenario(file);
  const std::string changed =
      "sector,fish_processing,services,exports,total_output\n"
      "fish_processing,150,500,350,1000\nservices,200,100,3700,4000\n";
  folder.write("zone.csv", changed);
  folder.write("other.csv", changed);
  ParsedScenario kept(file);
  kept.keep_tables(base);
  EXPECT_EQ(kept.load_once({}).economy.table.x, base.economy.table.x);
  ParsedScenario other(file);
  other.keep_tables(base);
  const Scenario s = other.load_once({{"economy.table", "other.csv"}});
  EXPECT_EQ(s.economy.table_path.filename(), "other.csv");
  EXPECT_EQ(s.economy.table.x(1), 4000);
  EXPECT_EQ(load_scenario(file).economy.table.x(1), 4000);  // the file as it is now
}

}  // namespace
}  // namespace jez
