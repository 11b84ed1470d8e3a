// The shipped scenarios: each loads, and its canonical dump loads back to the same dump; the
// history has the dated events as they happened; the variants differ where they say they do.
#include <gtest/gtest.h>

#include <algorithm>

#include "scenario/loader.hpp"
#include "scenario/resolved_yaml.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

std::filesystem::path shipped(const std::string& name) {
  return std::filesystem::path(JEZ_SOURCE_DIR) / "scenarios" / name;
}

const char* const kShipped[] = {"southern-kurils-2017.yaml",  "history-2016-2022.yaml",
                                "continued-cooperation.yaml", "wind-first.yaml",
                                "harsh-climate.yaml",         "built-then-withdrawn.yaml"};

TEST(ShippedScenarios, EachLoadsAndItsResolvedDumpLoadsBackTheSame) {
  for (const char* name : kShipped) {
    SCOPED_TRACE(name);
    const Scenario s = load_scenario(shipped(name));
    const std::string dump = resolved_yaml(s);
    // The dump names the table by its absolute path, so it loads from anywhere.
    test::ScenarioFolder folder;
    const Scenario again = load_scenario(folder.write("resolved.yaml", dump));
    EXPECT_EQ(resolved_yaml(again), dump);
    EXPECT_TRUE(s.activities.tourism && s.activities.power && s.activities.waste);
    EXPECT_GT(s.weather.storms_per_year, 0);
    EXPECT_FALSE(s.events.empty());
    EXPECT_TRUE(std::is_sorted(s.events.begin(), s.events.end(),
                               [](const auto& a, const auto& b) { return a.date < b.date; }));
  }
}

TEST(ShippedScenarios, TheHistoryHasTheWithdrawalAndTheEndOfTheExchanges) {
  const Scenario h = load_scenario(shipped("history-2016-2022.yaml"));
  EXPECT_EQ(h.time.start, (YearMonth{2016, 5}));
  EXPECT_EQ(h.time.end, (YearMonth{2022, 12}));
  auto find = [&](DayDate d, EventKind k) {
    return std::find_if(h.events.begin(), h.events.end(),
                        [&](const ScriptedEvent& e) { return e.date == d && e.kind == k; });
  };
  const auto withdrawal = find({2022, 3, 21}, EventKind::suspend);
  ASSERT_NE(withdrawal, h.events.end());
  EXPECT_EQ(withdrawal->subject, "all");
  const auto end = find({2022, 9, 5}, EventKind::visa_regime);
  ASSERT_NE(end, h.events.end());
  EXPECT_EQ(end->close, std::vector<std::string>{"exchange_visits"});
  const auto tour = find({2019, 10, 30}, EventKind::pilot_tour);
  ASSERT_NE(tour, h.events.end());
  EXPECT_EQ(tour->visitors, 44);  // facts §4, H
  // Nothing was built: no farm, greenhouse, wind or treatment plant, no investment.
  EXPECT_FALSE(h.activities.aquaculture);
  EXPECT_FALSE(h.activities.greenhouse);
  EXPECT_TRUE(h.activities.power->wind_projects.empty());
  EXPECT_TRUE(h.activities.waste->projects.empty());
  EXPECT_TRUE(h.investments.empty());
}

TEST(ShippedScenarios, TheVariantsDifferWhereTheySay) {
  const Scenario base = load_scenario(shipped("southern-kurils-2017.yaml"));
  const Scenario wind = load_scenario(shipped("wind-first.yaml"));
  const Scenario harsh = load_scenario(shipped("harsh-climate.yaml"));
  const Scenario going = load_scenario(shipped("continued-cooperation.yaml"));
  EXPECT_EQ(base.activities.power->wind_projects.size(), 1u);
  EXPECT_EQ(wind.activities.power->wind_projects.size(), 3u);
  EXPECT_GT(wind.activities.power->wind_projects[0].storage_kwh, 0);
  EXPECT_GT(wind.activities.power->wind_penetration_limit,
            base.activities.power->wind_penetration_limit);
  EXPECT_EQ(harsh.weather.storms_per_year, 2 * base.weather.storms_per_year);
  EXPECT_LT(harsh.routes[0].ice->from, base.routes[0].ice->from);
  EXPECT_GT(harsh.routes[0].ice->to, base.routes[0].ice->to);
  for (const auto& e : going.events) EXPECT_NE(e.subject, "all") << e.date.str();
  // Cooperation going on: the joint firms re-register under the 2022 Kuril law; in the default
  // they keep their first tranche's registration.
  for (const auto& v : going.investments) EXPECT_EQ(v.registered_month(), (YearMonth{2022, 3}));
  for (const auto& v : base.investments) EXPECT_LT(v.registered_month(), (YearMonth{2022, 1}));
  // Built, then Russia withdraws on 21 March 2022: everything joint is suspended.
  const Scenario gone = load_scenario(shipped("built-then-withdrawn.yaml"));
  EXPECT_EQ(gone.investments.size(), base.investments.size());
  bool withdrawn = false;
  for (const auto& e : gone.events) withdrawn |= e.subject == "all" && e.date.str() == "2022-03-21";
  EXPECT_TRUE(withdrawn);
}

}  // namespace
}  // namespace jez
