// Sailings on one direction of a route: departures by the (seasonal) timetable. A departure on a
// route closed by sea ice is cancelled (its cargo waits ashore); one held by a storm or by fog
// sails a minute after it clears if that is within the weather's max_delay_h and before the next
// departure (a delay), else it is cancelled. A ship that sails loads the freight lots waiting for
// its destination (fuel, parts, perishables, waste) and then the fish plants' stock, up to its
// capacity, and the cargo travels as ONE transfer from the origin host to the destination host
// (voyage latency + size / handling rate). Several voyages may be at sea at once; a closure in
// flight aborts them and their cargo goes back ashore.
#include <simgrid/Exception.hpp>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/Link.hpp>

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "world/platform.hpp"
#include "world/timetable.hpp"
#include "world/world_state.hpp"

namespace jez::world {

namespace sg4 = simgrid::s4u;

namespace {

std::string tonnes(double t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f t", t);
  return buf;
}

std::string hours(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f h", s / 3600);
  return buf;
}

int region_of(const Scenario& s, const std::string& name) {
  for (std::size_t i = 0; i < s.regions.size(); ++i)
    if (s.regions[i].name == name) return int(i);
  return -1;
}

class SailingLane {
 public:
  SailingLane(WorldState& state, int route, bool forward)
      : state_(state),
        route_(route),
        forward_(forward),
        spec_(state.scenario.routes[route]),
        ports_(state.platform.routes[route]),
        weather_(state.weather[route]),
        origin_(forward ? ports_.from : ports_.to),
        destination_(forward ? ports_.to : ports_.from),
        origin_region_(region_of(state.scenario, forward ? spec_.from : spec_.to)),
        destination_region_(region_of(state.scenario, forward ? spec_.to : spec_.from)),
        direction_((forward ? spec_.from + " to " + spec_.to : spec_.to + " to " + spec_.from)),
        carries_fish_(state.scenario.fish_exports && !state.scenario.fish_exports->plants.empty()) {
  }

  void run() {
    const auto times = departure_times(spec_, state_.calendar, state_.horizon_s);
    for (std::size_t k = 0; k < times.size(); ++k) {
      follow_voyages_until(times[k]);
      depart(times[k], k + 1 < times.size() ? times[k + 1] : state_.horizon_s);
    }
    follow_voyages_until(state_.horizon_s);
    for (auto& v : at_sea_) {  // the horizon came: these voyages are still at sea
      state_.left_at_sea_t += v.fish.total_t;
      v.comm->cancel();
    }
    at_sea_.clear();
  }

 private:
  struct Voyage {
    sg4::CommPtr comm;
    Shipment fish;
    FreightLoad freight;
  };

  void cancel(double t, const char* cause) {
    state_.ledger.count_cancelled(route_);
    state_.sailings_cancelled++;
    if (state_.log.enabled())
      state_.log.add(t, "sailing_cancelled", spec_.name, direction_ + ": " + cause);
  }

  void depart(double scheduled, double next) {
    wait_for_clock(state_, scheduled);
    double t = scheduled;
    const double latest =
        std::min({scheduled + state_.scenario.weather.max_delay_h * 3600, next, state_.horizon_s});
    // Storms and fog hold the ship; sea ice cancels the sailing. A ship that waited may meet the
    // next spell of weather: it waits again while within its limit.
    for (;;) {
      const char* cause = nullptr;
      double clears = 0;
      if (const Closure* c = weather_.closure_at(t)) {
        if (c->cause == ClosureCause::ice) return cancel(t, cause_name(c->cause));
        cause = cause_name(c->cause);
        clears = c->to_s;
      } else if (const ClosedSpan* f = weather_.fog_at(t)) {
        cause = "fog";
        clears = f->to_s;
      } else {
        break;
      }
      const double sail = clears + 60;  // a minute after it clears: the link is open again
      if (sail > latest) return cancel(t, cause);
      follow_voyages_until(sail);
      wait_for_clock(state_, sail);
      t = sail;
    }
    if (t > scheduled) {
      state_.ledger.count_delayed(route_);
      state_.sailings_delayed++;
      if (state_.log.enabled())
        state_.log.add(t, "sailing_delayed", spec_.name,
                       direction_ + ": sailed " + hours(t - scheduled) + " late");
    }
    state_.ledger.count_sailing(route_);
    state_.sailings++;
    if (spec_.passenger_capacity > 0)
      state_.activities.record_sailing(route_, destination_region_, t + latency_s(spec_.voyage_h));
    FreightLoad freight =
        state_.freight.load(route_, origin_region_, destination_region_, t, spec_.cargo_capacity_t);
    Shipment fish;
    if (carries_fish_) {
      if (state_.regime.has_reroutes())
        state_.ledger.follow_markets([&](const std::string& market) -> const std::string& {
          return state_.regime.market(market, t);
        });
      fish = state_.ledger.load(route_, forward_, t, spec_.cargo_capacity_t - freight.t);
    }
    const auto kg = fish.kg + std::uint64_t(std::llround(freight.t * 1000));
    if (kg == 0) return;
    at_sea_.push_back(
        {sg4::Comm::sendto_async(origin_, destination_, kg), std::move(fish), std::move(freight)});
  }

  // Handles arrivals and aborts until t (or the horizon), then sleeps to t.
  void follow_voyages_until(double t) {
    int unexplained_failures = 0;
    while (!at_sea_.empty() && sg4::Engine::get_clock() < t) {
      comms_.clear();  // kept between waits: no allocation per wait
      for (const auto& v : at_sea_) comms_.push_back(v.comm);
      try {
        const ssize_t done = sg4::Comm::wait_any_for(comms_, t - sg4::Engine::get_clock());
        if (done < 0) break;  // t came first
        arrive(std::size_t(done));
      } catch (const simgrid::NetworkFailureException&) {
        // The route closed under voyages at sea. SimGrid reports failed transfers one at a
        // time, so take every one already marked failed; the others throw again at once.
        // A report without any transfer marked failed would loop here at one instant.
        if (abort_failed() == 0 && ++unexplained_failures > 100)
          throw std::logic_error("SimGrid kept reporting a failed voyage on route " + spec_.name +
                                 " without marking any as failed");
      }
    }
    if (sg4::Engine::get_clock() < t) sg4::this_actor::sleep_until(t);
  }

  void arrive(std::size_t i) {
    Voyage voyage = std::move(at_sea_[i]);
    at_sea_.erase(at_sea_.begin() + std::ptrdiff_t(i));
    const double now = sg4::Engine::get_clock();
    if (now >= state_.horizon_s) {  // arriving as the run ends: counted as still at sea
      state_.left_at_sea_t += voyage.fish.total_t;
      return;
    }
    wait_for_clock(state_, now);
    if (voyage.fish.kg > 0) state_.ledger.deliver(route_, forward_, voyage.fish);
    std::vector<Lot> spoiled;
    const auto fresh = state_.freight.deliver(route_, voyage.freight, now, spoiled);
    state_.activities.take_delivery(fresh, now);
    state_.activities.log_spoiled(spoiled, now, "arrived past its shelf life");
  }

  // Brings back the cargo of every voyage marked failed; returns how many there were.
  int abort_failed() {
    const double now = sg4::Engine::get_clock();
    wait_for_clock(state_, now);
    int aborted = 0;
    for (std::size_t i = 0; i < at_sea_.size();) {
      if (at_sea_[i].comm->get_state() != sg4::Activity::State::FAILED) {
        ++i;
        continue;
      }
      Voyage& v = at_sea_[i];
      if (v.fish.kg > 0) state_.ledger.bring_back(route_, forward_, v.fish);
      state_.freight.bring_back(route_, v.freight);
      if (v.fish.kg == 0) state_.ledger.count_aborted(route_);
      state_.voyages_aborted++;
      if (state_.log.enabled())
        state_.log.add(now, "voyage_aborted", spec_.name,
                       direction_ + ": route closed at sea; " +
                           tonnes(v.fish.total_t + v.freight.t) + " back ashore");
      at_sea_.erase(at_sea_.begin() + std::ptrdiff_t(i));
      ++aborted;
    }
    return aborted;
  }

  WorldState& state_;
  const int route_;
  const bool forward_;
  const Route& spec_;
  const RoutePorts ports_;
  const RouteWeather& weather_;
  sg4::Host* const origin_;
  sg4::Host* const destination_;
  const int origin_region_;
  const int destination_region_;
  const std::string direction_;
  const bool carries_fish_;
  std::vector<Voyage> at_sea_;
  std::vector<sg4::CommPtr> comms_;  // of the voyages at sea, for wait_any_for
};

}  // namespace

void run_sailing_actor(WorldState& state, int route, bool forward) {
  try {
    SailingLane(state, route, forward).run();
  } catch (const std::exception&) {  // simgrid::ForcefulKillException is not one: it passes
    if (!state.error) state.error = std::current_exception();
    sg4::Actor::kill_all();
  }
}

}  // namespace jez::world
