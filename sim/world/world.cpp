// run_world: one run's SimGrid world, from engine set-up to the sorted event log.
#include "world/world.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Link.hpp>

#include <stdexcept>

#include "world/engine_setup.hpp"
#include "world/world_state.hpp"

namespace jez::world {

namespace sg4 = simgrid::s4u;

namespace {

// Logs every closure of every route (from the spans the profiles were built from, so the log
// does not depend on the order in which SimGrid applies profile events at one instant), and the
// scenario's scripted events on their dates.
void log_closures_and_events(WorldState& state) {
  if (!state.log.enabled()) return;
  for (std::size_t r = 0; r < state.weather.size(); ++r)
    for (const Closure& c : state.weather[r].closures) {
      const std::string& name = state.scenario.routes[r].name;
      state.log.add(c.from_s, "route_closed", name, cause_name(c.cause));
      if (c.to_s < state.horizon_s)
        state.log.add(c.to_s, "route_opened", name, cause_name(c.cause));
    }
  for (const ScriptedEvent& e : state.scenario.events) {
    std::string detail = e.note;
    if (e.kind == EventKind::sanctions)
      detail = "cargo for it goes to " + e.reroute_to + "; " + detail;
    if (e.kind == EventKind::visa_regime) {
      for (const auto& f : e.open) detail += "; opens " + f;
      for (const auto& f : e.close) detail += "; closes " + f;
    }
    state.log.add(state.regime.seconds_of(e), e.kind_name, e.subject, detail);
  }
}

bool has_sailings(const Route& r) {
  if (r.sailings_per_week > 0) return true;
  for (const auto& t : r.timetable)
    if (t.sailings_per_week > 0) return true;
  return false;
}

}  // namespace

WorldResult run_world(const Scenario& scenario, const PeriodHandler& on_period,
                      const WorldOptions& options) {
  check_platform(scenario);
  const Calendar calendar(scenario.time.start);
  const double horizon_s = calendar.seconds_at(scenario.time.end.plus(1));
  if (!(horizon_s > 0))
    throw std::runtime_error("time: expected end (" + scenario.time.end.str() +
                             ") not before start (" + scenario.time.start.str() + ")");
  WorldState state(scenario, calendar, horizon_s,
                   options.records);  // outlives the engine and its callbacks

  const auto engine = make_engine();
  state.platform = build_platform(scenario);
  log_closures_and_events(state);
  state.log.mark_run_start();
  sg4::Engine::on_deadlock_cb([&state] { state.deadlocked = true; });
  sg4::Engine::on_time_advance_cb([&state](double) { state.engine_steps++; });

  sg4::Actor::create("clock", state.platform.clock_host,
                     [&state, &on_period] { run_clock_actor(state, on_period); });
  bool sailings = false;
  for (const Route& r : scenario.routes) sailings = sailings || has_sailings(r);
  if (sailings)
    sg4::Actor::create("shipping", state.platform.clock_host,
                       [&state] { run_shipping_actor(state); });
  engine->run();

  if (state.error) std::rethrow_exception(state.error);
  if (state.deadlocked || !state.ledger.all_closed())
    throw std::runtime_error("the world stopped at " + calendar.date_at(sg4::Engine::get_clock()) +
                             " before its horizon " + calendar.date_at(horizon_s) +
                             ": its actors deadlocked");
  WorldResult result;
  result.events = state.log.take_sorted();
  result.end_s = sg4::Engine::get_clock();
  result.in_transit_t = state.left_at_sea_t;
  result.sailings_total = state.sailings;
  result.sailings_cancelled_total = state.sailings_cancelled;
  result.voyages_aborted_total = state.voyages_aborted;
  result.engine_steps = state.engine_steps;
  result.voyages_on_engine = state.voyages_on_engine;
  result.sailings_delayed_total = state.sailings_delayed;
  result.freight_in_transit_t = state.freight.at_sea_t();
  result.freight_ashore_t = state.freight.ashore_t();
  result.summary = state.activities.summary();
  result.summary.push_back({"sailings_delayed_total", "count", double(state.sailings_delayed)});
  if (scenario.fish_exports && scenario.activities.power)
    result.summary.push_back({"fish_lost_to_power_total", "t", state.fish_lost_to_power_t});
  return result;
}

}  // namespace jez::world
