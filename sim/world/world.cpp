// run_world: one run's SimGrid world, from engine set-up to the sorted event log.
#include "world/world.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Link.hpp>

#include <stdexcept>
#include <unordered_map>

#include "world/engine_setup.hpp"
#include "world/world_state.hpp"

namespace jez::world {

namespace sg4 = simgrid::s4u;

namespace {

// Logs route_closed / route_opened as SimGrid applies the ice profiles (on the forward half of
// each route; both halves follow the same profile).
void log_route_states(WorldState& state) {
  std::unordered_map<const sg4::Link*, int> route_of;
  for (std::size_t r = 0; r < state.platform.routes.size(); ++r)
    if (state.platform.routes[r].has_ice_profile)
      route_of[state.platform.routes[r].forward] = int(r);
  sg4::Link::on_state_change_cb([&state, route_of](const sg4::Link& link) {
    const auto it = route_of.find(&link);
    if (it == route_of.end()) return;
    state.log.add(sg4::Engine::get_clock(), link.is_on() ? "route_opened" : "route_closed",
                  state.scenario.routes[it->second].name, "sea ice");
  });
}

}  // namespace

WorldResult run_world(const Scenario& scenario, const PeriodHandler& on_period) {
  check_platform(scenario);
  const Calendar calendar(scenario.time.start);
  const double horizon_s = calendar.seconds_at(scenario.time.end.plus(1));
  if (!(horizon_s > 0))
    throw std::runtime_error("time: expected end (" + scenario.time.end.str() +
                             ") not before start (" + scenario.time.start.str() + ")");
  WorldState state(scenario, calendar, horizon_s);  // outlives the engine and its callbacks

  const auto engine = make_engine();
  state.platform = build_platform(scenario, calendar, horizon_s);
  log_route_states(state);
  sg4::Engine::on_deadlock_cb([&state] { state.deadlocked = true; });
  sg4::Engine::on_time_advance_cb([&state](double) { state.engine_steps++; });

  sg4::Actor::create("clock", state.platform.clock_host,
                     [&state, &on_period] { run_clock_actor(state, on_period); });
  for (std::size_t r = 0; r < scenario.routes.size(); ++r) {
    if (!(scenario.routes[r].sailings_per_week > 0)) continue;
    const std::string& name = scenario.routes[r].name;
    sg4::Actor::create(name + ">", state.platform.routes[r].from,
                       [&state, r] { run_sailing_actor(state, int(r), true); });
    sg4::Actor::create(name + "<", state.platform.routes[r].to,
                       [&state, r] { run_sailing_actor(state, int(r), false); });
  }
  engine->run();

  if (state.error) std::rethrow_exception(state.error);
  if (state.deadlocked || !state.ledger.all_closed())
    throw std::runtime_error("the world stopped at " + calendar.date_at(sg4::Engine::get_clock()) +
                             " before its horizon " + calendar.date_at(horizon_s) +
                             ": its actors deadlocked");
  WorldResult result;
  result.events = state.log.sorted();
  result.end_s = sg4::Engine::get_clock();
  result.in_transit_t = state.left_at_sea_t;
  result.sailings_total = state.sailings;
  result.sailings_cancelled_total = state.sailings_cancelled;
  result.voyages_aborted_total = state.voyages_aborted;
  result.engine_steps = state.engine_steps;
  return result;
}

}  // namespace jez::world
