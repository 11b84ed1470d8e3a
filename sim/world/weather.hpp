// A route's weather over the horizon: when it is closed (sea ice on its calendar dates, storms
// drawn from the run's seeded stream "weather/<route>/storm") and when fog holds departures
// ("weather/<route>/fog"). Pure: computed once before the engine runs.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"
#include "world/ice_season.hpp"

namespace jez::world {

enum class ClosureCause { ice, storm };

// A closed span and what closed it (ice when ice makes up any part of a merged span).
struct Closure {
  double from_s = 0;
  double to_s = 0;
  ClosureCause cause = ClosureCause::storm;
};

struct RouteWeather {
  std::vector<Closure> closures;  // sorted, disjoint, within [0, horizon)
  std::vector<ClosedSpan> fog;    // sorted, disjoint
  int storms = 0;                 // storms drawn (before merging)

  // The closure or fog span containing t (nullptr when none).
  const Closure* closure_at(double t) const;
  const ClosedSpan* fog_at(double t) const;
};

// Storm (or fog) spans of one route: per calendar month, a Poisson number of starts with mean
// per_year x exposure x weight[month] / sum(weights), uniform over the month, exponential
// durations of the given mean; merged where they overlap and clipped to the horizon.
std::vector<ClosedSpan> draw_spans(std::uint64_t seed, const std::string& stream, double per_year,
                                   double mean_h, const std::array<double, 12>& monthly_weight,
                                   double exposure, const Calendar& calendar, YearMonth start,
                                   double horizon_s);

RouteWeather route_weather(const Scenario& s, int route, const Calendar& calendar,
                           double horizon_s);

// Share of the days of [from_s, to_s) touched by fog (days counted from time 0).
double fog_day_share(const std::vector<ClosedSpan>& fog, double from_s, double to_s);

const char* cause_name(ClosureCause c);

}  // namespace jez::world
