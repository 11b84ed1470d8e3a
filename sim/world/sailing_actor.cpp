// Sailings on one direction of a route: departures by the timetable; a departure on a closed
// route is cancelled (its cargo waits ashore); otherwise the ship loads what waits for its
// destination, up to its capacity, and the cargo travels as ONE transfer from the origin host
// to the destination host (voyage latency + size / handling rate). Several voyages may be at
// sea at once; a closure in flight aborts them and their cargo goes back ashore.
#include <simgrid/Exception.hpp>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/Link.hpp>

#include <cstdio>
#include <stdexcept>
#include <vector>

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

class SailingLane {
 public:
  SailingLane(WorldState& state, int route, bool forward)
      : state_(state),
        route_(route),
        forward_(forward),
        spec_(state.scenario.routes[route]),
        ports_(state.platform.routes[route]),
        link_(forward ? ports_.forward : ports_.backward),
        origin_(forward ? ports_.from : ports_.to),
        destination_(forward ? ports_.to : ports_.from),
        direction_((forward ? spec_.from + " to " + spec_.to : spec_.to + " to " + spec_.from)),
        carries_cargo_(!state.ledger.plants_on_lane(CargoLedger::lane(route, forward)).empty()) {}

  void run() {
    const Timetable timetable(spec_.sailings_per_week, state_.horizon_s);
    for (std::size_t k = 0; k < timetable.departures(); ++k) {
      const double departure_s = timetable.departure_s(k);
      follow_voyages_until(departure_s);
      depart(departure_s);
    }
    follow_voyages_until(state_.horizon_s);
    for (auto& v : at_sea_) {  // the horizon came: these voyages are still at sea
      state_.left_at_sea_t += v.cargo.total_t;
      v.comm->cancel();
    }
    at_sea_.clear();
  }

 private:
  struct Voyage {
    sg4::CommPtr comm;
    Shipment cargo;
  };

  void depart(double departure_s) {
    wait_for_clock(state_, departure_s);
    if (!link_->is_on()) {
      state_.ledger.count_cancelled(route_);
      state_.sailings_cancelled++;
      state_.log.add(departure_s, "sailing_cancelled", spec_.name, direction_ + ": route closed");
      return;
    }
    state_.ledger.count_sailing(route_);
    state_.sailings++;
    if (!carries_cargo_) return;  // passengers and mail only: nothing to send
    Shipment cargo = state_.ledger.load(route_, forward_, departure_s, spec_.cargo_capacity_t);
    if (cargo.kg == 0) return;
    at_sea_.push_back({sg4::Comm::sendto_async(origin_, destination_, cargo.kg), std::move(cargo)});
  }

  // Handles arrivals and aborts until t (or the horizon), then sleeps to t.
  void follow_voyages_until(double t) {
    int unexplained_failures = 0;
    while (!at_sea_.empty() && sg4::Engine::get_clock() < t) {
      std::vector<sg4::CommPtr> comms;
      for (const auto& v : at_sea_) comms.push_back(v.comm);
      try {
        const ssize_t done = sg4::Comm::wait_any_for(comms, t - sg4::Engine::get_clock());
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
      state_.left_at_sea_t += voyage.cargo.total_t;
      return;
    }
    wait_for_clock(state_, now);
    state_.ledger.deliver(route_, forward_, voyage.cargo);
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
      const Shipment& cargo = at_sea_[i].cargo;
      state_.ledger.bring_back(route_, forward_, cargo);
      state_.voyages_aborted++;
      state_.log.add(
          now, "voyage_aborted", spec_.name,
          direction_ + ": route closed at sea; " + tonnes(cargo.total_t) + " back ashore");
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
  sg4::Link* const link_;
  sg4::Host* const origin_;
  sg4::Host* const destination_;
  const std::string direction_;
  const bool carries_cargo_;
  std::vector<Voyage> at_sea_;
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
