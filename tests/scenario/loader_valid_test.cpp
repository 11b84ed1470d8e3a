// Valid scenarios load into the plain data the rest of jezsim uses, with every default applied.
#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

using test::test_data;

TEST(LoadScenario, ReadsEverySectionOfAFullScenario) {
  const auto file = test_data("scenarios/kurils-small.yaml");
  const Scenario s = load_scenario(file);
  EXPECT_EQ(s.format, 1);
  EXPECT_EQ(s.name, "kurils-small");
  EXPECT_EQ(s.title, "Southern Kurils, small test case");
  EXPECT_EQ(s.seed, 42u);
  EXPECT_EQ(s.source, file);
  // 2017-09 .. 2019-12 inclusive is 4 + 24 = 28 months, in 10 quarters (the last one short).
  EXPECT_EQ(s.time.start, (YearMonth{2017, 9}));
  EXPECT_EQ(s.time.end, (YearMonth{2019, 12}));
  EXPECT_EQ(s.time.step_months, 3);
  EXPECT_EQ(s.time.months(), 28);
  EXPECT_EQ(s.time.periods(), 10);

  ASSERT_EQ(s.regions.size(), 4u);
  EXPECT_EQ(s.regions[0].name, "kunashiri");
  EXPECT_EQ(s.regions[0].label, "Kunashiri (Kunashir)");
  EXPECT_EQ(s.regions[0].kind, RegionKind::island);
  EXPECT_EQ(s.regions[0].population, 7817);
  EXPECT_EQ(s.regions[2].label, "nemuro");  // no label: the name
  EXPECT_EQ(s.regions[2].kind, RegionKind::hub);
  EXPECT_EQ(s.regions[2].population, 0);

  ASSERT_EQ(s.routes.size(), 3u);
  const Route& r = s.routes[0];
  EXPECT_EQ(r.name, "nemuro-kunashiri");
  EXPECT_EQ(r.from, "nemuro");
  EXPECT_EQ(r.to, "kunashiri");
  EXPECT_EQ(r.distance_km, 80);
  EXPECT_EQ(r.voyage_h, 3.5);
  EXPECT_EQ(r.cargo_capacity_t, 400);
  EXPECT_EQ(r.handling_t_per_h, 100);
  EXPECT_EQ(r.sailings_per_week, 2);
  ASSERT_TRUE(r.ice.has_value());
  EXPECT_EQ(r.ice->from, (MonthDay{2, 1}));
  EXPECT_EQ(r.ice->to, (MonthDay{3, 20}));
  EXPECT_EQ(s.routes[1].sailings_per_week, 0.5);
  EXPECT_EQ(s.routes[1].ice->from, (MonthDay{12, 20}));
  EXPECT_FALSE(s.routes[2].ice.has_value());
  EXPECT_NE(s.find_route("etorofu", "korsakov"), nullptr);

  EXPECT_EQ(s.economy.table_arg, "zone-2x2.csv");
  EXPECT_EQ(s.economy.table_path, test_data("scenarios/zone-2x2.csv").lexically_normal());
  EXPECT_TRUE(s.economy.table_path.is_absolute());
  EXPECT_EQ(s.economy.currency, "RUB bn");
  ASSERT_EQ(s.economy.table.n(), 2);
  EXPECT_EQ(s.economy.table.sectors[0], "fish_processing");
  EXPECT_EQ(s.economy.table.x(1), 2000);  // Miller and Blair's x2

  ASSERT_TRUE(s.fish_exports.has_value());
  const FishExports& f = *s.fish_exports;
  EXPECT_EQ(f.sector, "fish_processing");  // the default
  EXPECT_EQ(f.price_rub_per_kg, 33.6);
  EXPECT_EQ(f.monthly_profile[7], 1.8);
  ASSERT_EQ(f.plants.size(), 2u);
  EXPECT_EQ(f.plants[0].name, "yasny");
  EXPECT_EQ(f.plants[0].island, "etorofu");
  EXPECT_EQ(f.plants[0].market, "korsakov");
  EXPECT_EQ(f.plants[0].output_t_per_year, 120000);
  EXPECT_EQ(f.plants[1].market, "nemuro");
}

TEST(LoadScenario, APureInputOutputScenarioGetsEveryDefault) {
  const auto file = test_data("scenarios/io-only.yaml");
  const Scenario s = load_scenario(file);
  EXPECT_EQ(s.name, "io-only");  // the file's stem
  EXPECT_EQ(s.title, "");
  EXPECT_EQ(s.seed, 1u);
  EXPECT_EQ(s.time.step_months, 1);
  EXPECT_EQ(s.time.periods(), 12);
  EXPECT_TRUE(s.regions.empty());
  EXPECT_TRUE(s.routes.empty());
  EXPECT_EQ(s.economy.currency, "RUB mn");
  EXPECT_FALSE(s.fish_exports.has_value());
  EXPECT_EQ(s.source_sha256, sha256_hex_of_file(file));
}

TEST(LoadScenario, AFlatMonthlyProfileIsTheDefault) {
  test::ScenarioFolder folder;
  const auto file = folder.write("fish.yaml", R"(jezsim: 1
time: {start: 2020-01, end: 2020-12, step: year}
economy: {table: zone.csv}
sectors:
  fish_processing: {price_rub_per_kg: 30}
)");
  const Scenario s = load_scenario(file);
  ASSERT_TRUE(s.fish_exports.has_value());
  for (double share : s.fish_exports->monthly_profile) EXPECT_EQ(share, 1);
  EXPECT_TRUE(s.fish_exports->plants.empty());
  EXPECT_EQ(s.time.step_months, 12);
}

TEST(LoadScenario, TheTablePathIsRelativeToTheScenarioFolder) {
  // Loaded from another working directory, the table must still be found beside the scenario.
  test::ScenarioFolder folder;
  std::filesystem::create_directories(folder.dir() / "sub");
  const auto file = folder.write("sub/nested.yaml", R"(jezsim: 1
time: {start: 2020-01, end: 2020-01}
economy: {table: ../zone.csv}
)");
  const auto cwd = std::filesystem::current_path();
  std::filesystem::current_path(std::filesystem::temp_directory_path());
  const Scenario s = load_scenario(file);
  std::filesystem::current_path(cwd);
  EXPECT_EQ(s.economy.table_path, (folder.dir() / "zone.csv").lexically_normal());
  EXPECT_EQ(s.economy.table_arg, "../zone.csv");
}

}  // namespace
}  // namespace jez
