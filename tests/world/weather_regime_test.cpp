// The SimGrid-free parts added for weather and events: seeded streams, storm and fog spans,
// seasonal timetables, the regime timeline, pieces of periods.
#include <gtest/gtest.h>

#include <numeric>

#include "world/activities.hpp"
#include "world/random_stream.hpp"
#include "world/regime_timeline.hpp"
#include "world/timetable.hpp"
#include "world/weather.hpp"

namespace jez::world {
namespace {

constexpr double kDay = 86400.0;

TEST(RandomStream, StreamsDependOnSeedAndNameOnly) {
  RandomStream a(1, "weather/x/storm"), b(1, "weather/x/storm"), c(2, "weather/x/storm"),
      d(1, "weather/y/storm");
  const double first = a.uniform();
  EXPECT_EQ(first, b.uniform());
  EXPECT_NE(first, c.uniform());
  EXPECT_NE(first, d.uniform());
  EXPECT_GE(first, 0);
  EXPECT_LT(first, 1);
}

TEST(RandomStream, PoissonAndExponentialHaveTheirMeans) {
  // 20,000 draws: the standard error of a mean of 3 is sqrt(3 / 20000) = 0.012, of an
  // exponential mean of 5 is 5 / sqrt(20000) = 0.035; allow four of them.
  RandomStream r(42, "test");
  double p = 0, e = 0, big = 0;
  for (int i = 0; i < 20000; ++i) {
    p += r.poisson(3);
    e += r.exponential(5);
  }
  for (int i = 0; i < 2000; ++i) big += r.poisson(100);  // the chunked path: sd 10 / sqrt(2000)
  EXPECT_NEAR(p / 20000, 3, 0.05);
  EXPECT_NEAR(e / 20000, 5, 0.14);
  EXPECT_NEAR(big / 2000, 100, 0.9);
}

TEST(Weather, StormsComeAtTheirYearlyRateAndMonthlyWeight) {
  // 100 years of 12 storms a year, all in January and July (weights 1 and 3): about 1,200
  // storms (sd 35), three times as many starting in July as in January; short storms (1 h)
  // so that few merge.
  const Calendar cal({2000, 1});
  std::array<double, 12> w{};
  w[0] = 1;
  w[6] = 3;
  const double horizon = cal.seconds_at({2100, 1});
  const auto spans = draw_spans(9, "s", 12, 1, w, 1, cal, {2000, 1}, horizon);
  EXPECT_NEAR(double(spans.size()), 1200, 140);
  int january = 0, july = 0;
  for (const auto& s : spans) {
    const int m = cal.month_at(s.from_s).month;
    january += m == 1;
    july += m == 7;
    EXPECT_LT(s.from_s, s.to_s);
  }
  EXPECT_EQ(january + july, int(spans.size()));
  EXPECT_NEAR(double(july) / january, 3, 0.5);
  for (std::size_t i = 1; i < spans.size(); ++i) EXPECT_GT(spans[i].from_s, spans[i - 1].to_s);
  // An exposure of 0 (a sheltered lane) and a frequency of 0 draw nothing.
  EXPECT_TRUE(draw_spans(9, "s", 12, 1, w, 0, cal, {2000, 1}, horizon).empty());
  EXPECT_TRUE(draw_spans(9, "s", 0, 1, w, 1, cal, {2000, 1}, horizon).empty());
}

TEST(Weather, IceAndStormsMergeAndIceNamesTheMergedSpan) {
  Scenario s;
  s.time = {{2021, 1}, {2021, 12}};
  s.regions = {{"a", "a", RegionKind::island, 0}, {"b", "b", RegionKind::hub, 0}};
  Route r;
  r.name = "a-b";
  r.from = "a";
  r.to = "b";
  r.ice = Season{{2, 1}, {2, 28}};
  s.routes = {r};
  s.weather.storms_per_year = 50;
  const Calendar cal(s.time.start);
  const auto w = route_weather(s, 0, cal, cal.seconds_at({2022, 1}));
  const Closure* feb = w.closure_at(cal.seconds_at(2021, 2, 10));
  ASSERT_NE(feb, nullptr);
  EXPECT_EQ(feb->cause, ClosureCause::ice);
  EXPECT_LE(feb->from_s, cal.seconds_at(2021, 2, 1));
  EXPECT_GT(w.storms, 20);
  for (std::size_t i = 1; i < w.closures.size(); ++i)
    EXPECT_GT(w.closures[i].from_s, w.closures[i - 1].to_s);
}

TEST(Weather, FogDayShareCountsTheDaysTouched) {
  // Fog 23:00 on day 2 to 01:00 on day 3 touches days 2 and 3; fog within day 5 one more; in
  // a 10-day window that is 3 days of 10.
  const std::vector<ClosedSpan> fog = {{2 * kDay + 23 * 3600, 3 * kDay + 3600},
                                       {5 * kDay + 3600, 5 * kDay + 7200}};
  EXPECT_DOUBLE_EQ(fog_day_share(fog, 0, 10 * kDay), 0.3);
  EXPECT_DOUBLE_EQ(fog_day_share(fog, 6 * kDay, 10 * kDay), 0);
}

TEST(Timetable, ASeasonalTimetableRunsEachPieceAtItsRate) {
  // 2021: once a week, five a week from May 1 (day 120) to October 31 (to day 304).
  // Jan-Apr: 3.5 + 7k < 120, k = 0..16: 17; May-Oct: 184 days, 0.7 + 1.4k < 184, k = 0..130:
  // 131; Nov-Dec: 61 days, 3.5 + 7k < 61, k = 0..8: 9. 157 in all.
  Route r;
  r.sailings_per_week = 1;
  r.timetable = {{Season{{5, 1}, {10, 31}}, 5}};
  const Calendar cal({2021, 1});
  const auto t = departure_times(r, cal, cal.seconds_at({2022, 1}));
  ASSERT_EQ(t.size(), 157u);
  EXPECT_DOUBLE_EQ(t[0], 3.5 * kDay);
  EXPECT_DOUBLE_EQ(t[16], 115.5 * kDay);
  EXPECT_DOUBLE_EQ(t[17], 120.7 * kDay);
  EXPECT_DOUBLE_EQ(t[148], 307.5 * kDay);
  // No winter service: the timetable alone.
  r.sailings_per_week = 0;
  EXPECT_EQ(departure_times(r, cal, cal.seconds_at({2022, 1})).size(), 131u);
}

TEST(RegimeTimeline, SwitchesMarketsAndVisaRegimesFollowTheirDates) {
  Scenario s;
  s.time = {{2020, 1}, {2022, 12}};
  auto ev = [](DayDate d, EventKind k, std::string subject) {
    ScriptedEvent e;
    e.date = d;
    e.kind = k;
    e.subject = std::move(subject);
    return e;
  };
  s.events = {ev({2020, 6, 1}, EventKind::suspend, "tourism"),
              ev({2021, 1, 1}, EventKind::resume, "tourism"),
              ev({2022, 3, 21}, EventKind::suspend, "all"),
              ev({2022, 4, 1}, EventKind::sanctions, "nemuro")};
  s.events.back().reroute_to = "korsakov";
  ScriptedEvent visa = ev({2021, 6, 1}, EventKind::visa_regime, "");
  visa.close = {"exchange"};
  s.events.insert(s.events.begin() + 2, visa);
  const Calendar cal(s.time.start);
  const RegimeTimeline rt(s, cal);
  VisitorFlowSpec exchange, domestic;
  exchange.name = "exchange";
  domestic.name = "domestic";
  domestic.side = "russia";
  auto at = [&](int y, int m, int d) { return cal.seconds_at(y, m, d); };
  EXPECT_TRUE(rt.flow_open(exchange, at(2020, 5, 31)));
  EXPECT_FALSE(rt.flow_open(exchange, at(2020, 6, 1)));
  EXPECT_TRUE(rt.flow_open(exchange, at(2021, 1, 1)));
  EXPECT_FALSE(rt.flow_open(exchange, at(2021, 6, 1)));  // the visa regime closed it
  EXPECT_TRUE(rt.flow_open(domestic, at(2021, 6, 1)));
  EXPECT_TRUE(rt.flow_open(domestic, at(2022, 3, 21)));  // "all" is the joint activities
  EXPECT_TRUE(rt.operating("wind", "w1", YearMonth{2020, 3}, at(2022, 3, 20)));
  EXPECT_FALSE(rt.operating("wind", "w1", YearMonth{2020, 3}, at(2022, 3, 21)));
  EXPECT_FALSE(rt.operating("wind", "w1", YearMonth{2020, 3}, at(2020, 2, 29)));  // not built
  EXPECT_EQ(rt.market("nemuro", at(2022, 3, 31)), "nemuro");
  EXPECT_EQ(rt.market("nemuro", at(2022, 4, 1)), "korsakov");
  EXPECT_EQ(rt.market("korsakov", at(2022, 4, 1)), "korsakov");
  EXPECT_EQ(rt.change_times().size(), 5u);
}

TEST(Pieces, APeriodIsCutAtMonthsEventsAndWeeks) {
  // February 2021 (28 days) from day 31, cut at Feb 10 and weekly: Feb 1-8, 8-10, 10-15,
  // 15-22, 22-Mar 1 (the weekly marks count from the period's start).
  const Calendar cal({2021, 1});
  const double a = cal.seconds_at(2021, 2, 1), b = cal.seconds_at(2021, 3, 1);
  const auto p = cut_pieces(cal, a, b, {cal.seconds_at(2021, 2, 10)}, 7);
  ASSERT_EQ(p.size(), 5u);
  EXPECT_DOUBLE_EQ(p[1].span.day_from, 7);
  EXPECT_DOUBLE_EQ(p[1].span.day_to, 9);
  EXPECT_DOUBLE_EQ(p[4].to_s, b);
  double days = 0;
  for (const auto& x : p) days += x.span.days();
  EXPECT_DOUBLE_EQ(days, 28);
}

}  // namespace
}  // namespace jez::world
