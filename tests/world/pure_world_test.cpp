// The SimGrid-free parts of world/: timetables, ice seasons as calendar spans, units.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "world/event_log.hpp"
#include "world/ice_season.hpp"
#include "world/platform.hpp"
#include "world/timetable.hpp"

namespace jez::world {
namespace {

constexpr double kDay = 86400.0;

TEST(Timetable, DeparturesEveryIntervalFromHalfAnIntervalUntilTheHorizon) {
  // Twice a week: every 3.5 days, from day 1.75; in 31 days: 1.75 + 3.5 k < 31 for k = 0..8.
  const Timetable twice(2, 31 * kDay);
  EXPECT_DOUBLE_EQ(twice.interval_s(), 3.5 * kDay);
  EXPECT_EQ(twice.departures(), 9u);
  EXPECT_DOUBLE_EQ(twice.departure_s(0), 1.75 * kDay);
  EXPECT_DOUBLE_EQ(twice.departure_s(8), 29.75 * kDay);
  // 3.5 a week: every 2 days from day 1; day 31 is not before a 31-day horizon: k = 0..14.
  EXPECT_EQ(Timetable(3.5, 31 * kDay).departures(), 15u);
  EXPECT_EQ(Timetable(0, 31 * kDay).departures(), 0u);  // a route without sailings
}

TEST(IceSeason, ASeasonAcrossTheNewYearGetsExactDatesInLeapAndCommonYears) {
  // Closed 12-20 to 03-31, start 2023-01, end 2025-12 (horizon 2026-01-01 = day 1096).
  // Days after 2023-01-01: 2023-04-01 = 90; 2023-12-20 = 353; 2024-04-01 = 365 + 91 = 456
  // (leap February); 2024-12-20 = 365 + 354 = 719; 2025-04-01 = 731 + 90 = 821;
  // 2025-12-20 = 731 + 353 = 1084. A 365-day repeat would have put the 2024 dates a day early.
  const Calendar cal({2023, 1});
  const double horizon = 1096 * kDay;
  const auto spans = ice_closures({{12, 20}, {3, 31}}, cal, horizon);
  const std::vector<ClosedSpan> expected{
      {0, 90 * kDay}, {353 * kDay, 456 * kDay}, {719 * kDay, 821 * kDay}, {1084 * kDay, horizon}};
  EXPECT_EQ(spans, expected);
}

TEST(IceSeason, TheLastDayOfFebruaryFollowsLeapYears) {
  // Closed 02-01 to 02-29: in 2023 (common) through February 28, in 2024 through the 29th;
  // both reopen on March 1. Days after 2023-01-01: 31, 59; 396, 425.
  const Calendar cal({2023, 1});
  const auto spans = ice_closures({{2, 1}, {2, 29}}, cal, 731 * kDay);
  const std::vector<ClosedSpan> expected{{31 * kDay, 59 * kDay}, {396 * kDay, 425 * kDay}};
  EXPECT_EQ(spans, expected);
}

TEST(IceSeason, AWholeYearSeasonIsOneSpanAndAnEmptyHorizonHasNone) {
  const Calendar cal({2023, 1});
  const std::vector<ClosedSpan> whole{{0, 731 * kDay}};
  EXPECT_EQ(ice_closures({{1, 1}, {12, 31}}, cal, 731 * kDay), whole);
  // A season outside a June-only horizon (days 151..181 of 2023) closes nothing.
  EXPECT_TRUE(ice_closures({{12, 20}, {3, 31}}, Calendar({2023, 6}), 30 * kDay).empty());
}

TEST(PlatformUnits, HandlingRatesBecomeKilogramsPerSecond) {
  EXPECT_DOUBLE_EQ(bandwidth_kg_per_s(360), 100);  // 360,000 kg / 3,600 s
  EXPECT_DOUBLE_EQ(latency_s(14), 50400);
}

TEST(PlatformChecks, ARouteToAnUnknownRegionIsOneClearError) {
  Scenario s;
  s.regions = {{"isle", "Isle", RegionKind::island, 0}};
  Route r;
  r.name = "isle-nowhere";
  r.from = "isle";
  r.to = "nowhere";
  r.handling_t_per_h = 1;
  s.routes = {r};
  try {
    check_platform(s);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(),
                 "routes[0] 'isle-nowhere': expected two different regions; found 'isle' and "
                 "'nowhere'");
  }
  s.regions.push_back({"nowhere", "", RegionKind::hub, 0});
  s.routes[0].handling_t_per_h = 0;
  EXPECT_THROW(check_platform(s), std::runtime_error);  // no handling: nothing could move
}

TEST(EventLog, SortsByTimeThenCauseThenSubjectWhateverTheOrderLogged) {
  // Before the run: two routes' closures, each in order; during it: nearly in order, with a
  // failure logged ahead of its time and a tie broken by the subject; then a long stretch in
  // reverse, past the insertion sort's budget. One order comes out.
  const Calendar cal({2021, 1});
  EventLog log(cal);
  log.add(5 * kDay, "route_closed", "b", "storm");
  log.add(9 * kDay, "route_opened", "b", "storm");
  log.add(1 * kDay, "route_closed", "a", "storm");
  log.mark_run_start();
  log.add(7 * kDay, "turbine_failed", "w", "one turbine down");
  log.add(2 * kDay, "sailing_delayed", "z", "late");
  log.add(5 * kDay, "sailing_cancelled", "b", "storm");
  log.add(5 * kDay, "sailing_cancelled", "a", "storm");
  for (int k = 3000; k > 0; --k) log.add(10 * kDay + k, "note", "n", std::to_string(k));
  const auto events = log.take_sorted();
  ASSERT_EQ(events.size(), 3007u);
  const std::vector<std::pair<std::string, std::string>> first = {
      {"route_closed", "a"},      {"sailing_delayed", "z"},   {"route_closed", "b"},
      {"sailing_cancelled", "a"}, {"sailing_cancelled", "b"}, {"turbine_failed", "w"},
      {"route_opened", "b"}};
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(events[i].kind, first[i].first) << i;
    EXPECT_EQ(events[i].subject, first[i].second) << i;
  }
  EXPECT_EQ(events[0].date, "2021-01-02");
  for (std::size_t i = 1; i < events.size(); ++i)
    EXPECT_LE(events[i - 1].time_s, events[i].time_s) << i;
  EXPECT_EQ(events[7].detail, "1");
  EXPECT_EQ(events.back().detail, "3000");
}

TEST(EventLog, EveryEventIsDatedAsTheCalendarDatesIt) {
  // Days a few apart and far apart, across month ends (the 28th to the 1st, a leap February's
  // 29th, a year's end), with several events a day: each event's date is the calendar's.
  const Calendar cal({2023, 11});
  EventLog log(cal);
  std::vector<double> times;
  std::vector<double> days;
  for (double day = 0; day < 900; day += (int(day) % 7 == 3 ? 1 : 3)) days.push_back(day);
  for (double day = 115; day < 125; ++day) days.push_back(day);  // around 2024-02-29
  days.push_back(1000), days.push_back(1001);                    // a long gap, then the next day
  for (const double day : days)
    for (const double h : {0.0, 7.5, 23.99}) times.push_back(day * kDay + h * 3600);
  for (const double t : times) log.add(t, "note", "n", "");
  const auto events = log.take_sorted();
  ASSERT_EQ(events.size(), times.size());
  for (std::size_t i = 0; i < events.size(); ++i)
    EXPECT_EQ(events[i].date, cal.date_at(events[i].time_s)) << i;
  EXPECT_EQ(cal.date_at(120 * kDay), "2024-02-29");
}

TEST(EventLog, OneDecimalTextIsPrintfsRounding) {
  // The hours of a delayed sailing: "%.1f" on the exact binary value (ties to even), checked
  // against printf on halves, near-halves and random values over the range a delay takes.
  const auto printf_text = [](double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return std::string(buf);
  };
  std::vector<double> values = {0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.25, 2.5, 9.95, 99.95, 0.04999};
  for (int k = 0; k < 2000; ++k) {
    const double half = (k + 0.5) / 10;
    values.insert(values.end(), {half, std::nextafter(half, 0.0), std::nextafter(half, 1e9)});
  }
  std::uint64_t x = 12345;
  for (int k = 0; k < 200000; ++k) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    values.push_back(double(x >> 11) * 0x1.0p-53 * 200);                // up to 200 h
    values.push_back((std::floor(double(x >> 20) / 7.0) + 60) / 3600);  // whole seconds
  }
  for (const double v : values) ASSERT_EQ(one_decimal_text(v), printf_text(v)) << v;
  EXPECT_EQ(hours_text(5400), "1.5 h");
}

}  // namespace
}  // namespace jez::world
