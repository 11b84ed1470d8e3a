// The scenario's weather (storms and fog drawn from the run's seeded streams) and its scripted,
// dated events. Read by scenario/weather_events_section.cpp; docs/events.md lists every kind.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"

namespace jez {

// Storms close a route for their duration; fog holds departures until it lifts. Each is a
// Poisson process per route with the given yearly frequency spread over the months by a weight,
// and exponential durations. A route's weather_exposure multiplies both frequencies.
struct WeatherSpec {
  double storms_per_year = 0;
  double storm_mean_h = 24;
  std::array<double, 12> storm_monthly_weight{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  double fog_per_year = 0;
  double fog_mean_h = 8;
  std::array<double, 12> fog_monthly_weight{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  // A departure held by a storm or fog sails when it clears if that is within this delay (and
  // before the next departure); otherwise it is cancelled.
  double max_delay_h = 48;
};

enum class EventKind {
  note,         // logged only
  start,        // an activity, project or visitor flow starts (or restarts)
  suspend,      // ... is suspended from this date
  resume,       // ... resumes
  visa_regime,  // visitor flows opened and closed by a visa or exchange regime
  tax_regime,   // logged; the economy's regime: section carries the rates
  sanctions,    // a market closes: cargo for it goes to another hub
  market_open,  // a closed market opens again
  pilot_tour,   // a one-off group of visitors on a flow, in the month of the date
  disease,      // kills a share of a farm's standing cohorts
};

struct DayDate {
  int year = 2000, month = 1, day = 1;
  auto operator<=>(const DayDate&) const = default;
  std::string str() const;
};

struct ScriptedEvent {
  DayDate date;
  EventKind kind = EventKind::note;
  std::string kind_name;
  std::string subject;             // start/suspend/resume: all | activity | project | flow
                                   // sanctions/market_open: the market; pilot_tour: the flow;
                                   // disease: the farm
  std::string reroute_to;          // sanctions: the hub that takes the closed market's cargo
  std::vector<std::string> open;   // visa_regime: flows opened
  std::vector<std::string> close;  // visa_regime: flows closed
  double visitors = 0;             // pilot_tour
  double fraction_killed = 0;      // disease
  std::string note;                // free text for events.csv
};

}  // namespace jez
