// What the world's actors share during one run: the scenario, the platform, the cargo books and
// the event log. Internal to world/; SimGrid-free.
#pragma once

#include <exception>

namespace simgrid::s4u {
class Actor;
}

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"
#include "world/activities.hpp"
#include "world/cargo_ledger.hpp"
#include "world/event_log.hpp"
#include "world/freight_books.hpp"
#include "world/platform.hpp"
#include "world/regime_timeline.hpp"
#include "world/weather.hpp"
#include "world/world.hpp"

namespace jez::world {

struct WorldState {
  // records: the event log and the measures (off in summary-only runs).
  WorldState(const Scenario& s, const Calendar& c, double horizon, bool records = true)
      : scenario(s),
        calendar(c),
        horizon_s(horizon),
        ledger(s, c, horizon),
        log(c, records),
        regime(s, c),
        weather(all_route_weather(s, c, horizon)),
        freight(s, regime),
        activities(s, c, regime, weather, freight, log) {}

  static std::vector<RouteWeather> all_route_weather(const Scenario& s, const Calendar& c,
                                                     double horizon) {
    std::vector<RouteWeather> w;
    for (std::size_t r = 0; r < s.routes.size(); ++r)
      w.push_back(route_weather(s, int(r), c, horizon));
    return w;
  }

  const Scenario& scenario;
  const Calendar calendar;
  const double horizon_s;
  Platform platform;
  CargoLedger ledger;
  EventLog log;
  RegimeTimeline regime;
  std::vector<RouteWeather> weather;  // indexed like scenario.routes
  FreightBooks freight;
  Activities activities;
  long long sailings_delayed = 0;
  double fish_lost_to_power_t = 0;  // fish plants' output not made for want of power
  double next_tick_s = 0;    // the end of the month the clock has open: flows at or after it wait
  std::exception_ptr error;  // the first exception an actor caught; stops the run
  bool deadlocked = false;
  double left_at_sea_t = 0;  // cargo of voyages still at sea when the horizon came
  long long sailings = 0, sailings_cancelled = 0, voyages_aborted = 0, engine_steps = 0;
  long long voyages_on_engine = 0;  // voyages that interacted, run as SimGrid transfers
  // The shipping actor while it waits for the clock to close a month; the clock resumes it.
  simgrid::s4u::Actor* waiting_for_clock = nullptr;
};

// Actor bodies (world/*_actor.cpp). They never let an exception escape: the first one is kept
// in state.error and every other actor is killed, so run_world can rethrow it.
void run_clock_actor(WorldState& state, const PeriodHandler& on_period);
void run_shipping_actor(WorldState& state);
// Resumes the shipping actor if it waits for the clock (called by the clock after each month).
void resume_shipping(WorldState& state);

// Waits (yielding at this instant) until the clock has closed every period that ends at or
// before t, so that a flow at exactly a period boundary lands in the period that begins there.
void wait_for_clock(WorldState& state, double t);

}  // namespace jez::world
