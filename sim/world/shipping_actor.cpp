// Shipping: every route's sailings, both directions, in one actor and in time order. A departure
// follows the (seasonal) timetable; sea ice cancels it (its cargo waits ashore); a storm or fog
// holds it until a minute after it clears if that is within the weather's max_delay_h and before
// the next departure (a delay), else it is cancelled. A ship that sails loads the freight lots
// waiting for its destination (fuel, parts, perishables, waste) and then the fish plants' stock,
// up to its capacity; its cargo takes the voyage (latency) and then size / handling rate.
//
// Lean by construction (issue 14): what the weather does to a departure is arithmetic on the
// route's precomputed spans, and so is a routine voyage — one that meets no closure at sea and
// shares its lane's handling with no other voyage: it arrives at sail + latency + size /
// bandwidth, exactly what the engine gives an isolated transfer (tests/world/
// engine_transfer_test.cpp). Routine departures and arrivals are done in time order without
// waking the engine. A voyage that interacts — a closure of its route may start before it ends,
// or another voyage may be on its lane at the same time — is a real SimGrid transfer between
// the two ports' hosts, over the route's link: the engine shares the lane between such voyages,
// and when a closure starts this actor turns the route's link off, which fails the transfers at
// sea (their cargo goes back ashore). The actor sleeps only to such instants and, at each month's
// end, until the clock has closed the month (the clock resumes it).
#include <simgrid/Exception.hpp>
#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Engine.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/Link.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "world/departure_weather.hpp"
#include "world/event_log.hpp"
#include "world/platform.hpp"
#include "world/timetable.hpp"
#include "world/world_state.hpp"

namespace jez::world {

namespace sg4 = simgrid::s4u;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Slack between timetable arithmetic and the engine's own sums of the same times: a voyage
// within it of a closure or of another voyage goes on the engine.
constexpr double kSlack_s = 1;

int region_of(const Scenario& s, const std::string& name) {
  for (std::size_t i = 0; i < s.regions.size(); ++i)
    if (s.regions[i].name == name) return int(i);
  return -1;
}

struct Voyage {
  Shipment fish;
  FreightLoad freight;
  double sailed_s = 0;
  double ends_s = 0;  // routine: when it arrives; on the engine: the earliest it can end
  sg4::CommPtr comm;  // null for a routine voyage
};

struct Lane {
  int route = 0;
  bool forward = true;
  const Route* spec = nullptr;
  const RouteWeather* weather = nullptr;
  sg4::Host* origin = nullptr;
  sg4::Host* destination = nullptr;
  sg4::Link* link = nullptr;  // the half of the route's link that carries this direction
  int origin_region = 0, destination_region = 0;
  std::string direction;
  // The detail of its last cancellation ("direction: cause"), kept for the next one of that
  // cause (cancellations come in runs while a route is closed): copied, not built again.
  const char* cancel_cause = nullptr;
  std::string cancel_detail;
  double latency_s = 0, kg_per_s = 0;
  LaneDepartures departures;
  std::vector<Voyage> routine;  // at sea, in order of arrival
  std::size_t routine_head = 0;
  std::vector<Voyage> on_engine;  // at sea as SimGrid transfers

  // Its next routine instant: an arrival or a departure.
  double next_s() const {
    double t = departures.planned() == 0 ? kInf : departures.next().t;
    if (routine_head < routine.size()) t = std::min(t, routine[routine_head].ends_s);
    return t;
  }
};

class Shipping {
 public:
  explicit Shipping(WorldState& state)
      : state_(state),
        carries_fish_(state.scenario.fish_exports && !state.scenario.fish_exports->plants.empty()),
        max_delay_s_(state.scenario.weather.max_delay_h * 3600) {
    const Scenario& s = state.scenario;
    for (std::size_t r = 0; r < s.routes.size(); ++r)
      for (const bool forward : {true, false}) {
        const Route& spec = s.routes[r];
        Lane lane;
        lane.route = int(r);
        lane.forward = forward;
        lane.spec = &spec;
        lane.weather = &state.weather[r];
        const RoutePorts& ports = state.platform.routes[r];
        lane.origin = forward ? ports.from : ports.to;
        lane.destination = forward ? ports.to : ports.from;
        lane.link = forward ? ports.forward : ports.backward;
        lane.origin_region = region_of(s, forward ? spec.from : spec.to);
        lane.destination_region = region_of(s, forward ? spec.to : spec.from);
        lane.direction = forward ? spec.from + " to " + spec.to : spec.to + " to " + spec.from;
        lane.latency_s = latency_s(spec.voyage_h);
        lane.kg_per_s = bandwidth_kg_per_s(spec.handling_t_per_h);
        lane.departures =
            LaneDepartures(state.weather[r], departure_times(spec, state.calendar, state.horizon_s),
                           max_delay_s_, state.horizon_s);
        if (lane.departures.none_scheduled()) continue;
        lane.departures.plan_one();
        lanes_.push_back(std::move(lane));
        next_.push_back(lanes_.back().next_s());
      }
    while (next_.size() % 4 != 0) next_.push_back(kInf);  // padding: never the earliest
  }

  void run() {
    for (;;) {
      // The earliest routine instant: an arrival, or a departure (sailing or cancelled).
      // The first lane whose instant is the earliest, before the horizon: a minimum without
      // branches (they would be mispredicted at every step), then where it is.
      double m[4] = {kInf, kInf, kInf, kInf};  // four chains: the minimum is exact in any order
      for (std::size_t i = 0; i < next_.size(); i += 4)
        for (std::size_t j = 0; j < 4; ++j) m[j] = std::min(m[j], next_[i + j]);
      const double t = std::min({state_.horizon_s, m[0], m[1], m[2], m[3]});
      std::size_t k = 0;
      if (t < state_.horizon_s)
        while (next_[k] != t) ++k;
      Lane* lane = t < state_.horizon_s ? &lanes_[k] : nullptr;
      if (t >= state_.next_tick_s) {  // the clock first closes the month
        if (lane == nullptr && on_engine_ == 0) break;
        wait_for_month(t);
        continue;
      }
      // Transfers on the engine that may end or be cut before t: let the engine run to t.
      if (on_engine_ > 0 && engine_bound() <= t && sg4::Engine::get_clock() < t) {
        follow_engine_until(t);
        continue;
      }
      if (lane == nullptr) break;  // nothing left before the horizon
      // An arrival first when a ship of the lane arrives as the next one sails.
      if (lane->routine_head < lane->routine.size() &&
          lane->routine[lane->routine_head].ends_s == t)
        arrive_routine(*lane);
      else
        depart(*lane);
      next_[k] = lane->next_s();
    }
    finish();
  }

 private:
  // The earliest instant at which something may happen to a transfer on the engine.
  double engine_bound() const {
    double b = engine_closure();
    for (const Lane& l : lanes_)
      for (const Voyage& v : l.on_engine) b = std::min(b, v.ends_s - kSlack_s);
    return b;
  }

  // The first closure to start under a transfer at sea (+infinity when none).
  double engine_closure() const {
    double c = kInf;
    for (const Lane& l : lanes_)
      if (!l.on_engine.empty())
        c = std::min(c, next_closure_start(*l.weather, l.on_engine.front().sailed_s));
    return c;
  }

  static const std::string& cancel_detail(Lane& lane, const char* cause) {
    if (cause != lane.cancel_cause) {  // one address is one text (causes are literals)
      lane.cancel_cause = cause;
      lane.cancel_detail = joined({lane.direction, ": ", cause});
    }
    return lane.cancel_detail;
  }

  void depart(Lane& lane) {
    const Departure d = lane.departures.next();
    const double t = d.t;
    const int route = lane.route;
    if (!d.sails) {
      state_.ledger.count_cancelled(route);
      state_.sailings_cancelled++;
      if (state_.log.enabled())
        state_.log.add(t, "sailing_cancelled", lane.spec->name, cancel_detail(lane, d.cause));
      lane.departures.advance();
      return;
    }
    if (t > d.scheduled) {
      state_.ledger.count_delayed(route);
      state_.sailings_delayed++;
      if (state_.log.enabled())
        state_.log.add(t, "sailing_delayed", lane.spec->name,
                       joined({lane.direction, ": sailed ", hours_text(t - d.scheduled), " late"}));
    }
    state_.ledger.count_sailing(route);
    state_.sailings++;
    if (lane.spec->passenger_capacity > 0)
      state_.activities.record_sailing(CargoLedger::lane(route, lane.forward), t + lane.latency_s);
    const double capacity_t = lane.spec->cargo_capacity_t;
    Voyage v;
    v.sailed_s = t;
    v.freight =
        state_.freight.load(route, lane.origin_region, lane.destination_region, t, capacity_t);
    if (carries_fish_) {
      if (state_.regime.has_reroutes())
        state_.ledger.follow_markets([&](const std::string& market) -> const std::string& {
          return state_.regime.market(market, t);
        });
      if (!spare_.empty()) v.fish = std::move(spare_.back()), spare_.pop_back();
      state_.ledger.load(route, lane.forward, t, capacity_t - v.freight.t, v.fish);
    }
    const auto kg = v.fish.kg + std::uint64_t(std::llround(v.freight.t * 1000));
    const double following = lane.departures.following_sailing();
    lane.departures.advance();
    if (kg == 0) {
      spare_.push_back(std::move(v.fish));
      return;
    }
    // The same sums as the engine's for an isolated transfer: latency, then size / bandwidth.
    v.ends_s = (t + lane.latency_s) + double(kg) / lane.kg_per_s;
    const bool interacts = !lane.on_engine.empty() || d.next_closure_s < v.ends_s + kSlack_s ||
                           following + lane.latency_s < v.ends_s + kSlack_s;
    if (!interacts) {
      lane.routine.push_back(std::move(v));
      return;
    }
    // On the engine: at its own instant, over the route's link (open again after a closure).
    follow_engine_until(t);
    sleep_until(t);
    const RoutePorts& ports = state_.platform.routes[route];
    if (!ports.forward->is_on()) ports.forward->turn_on();
    if (!ports.backward->is_on()) ports.backward->turn_on();
    v.comm = sg4::Comm::sendto_async(lane.origin, lane.destination, kg);
    lane.on_engine.push_back(std::move(v));
    ++on_engine_;
    ++state_.voyages_on_engine;
  }

  void sleep_until(double t) {
    while (sg4::Engine::get_clock() < t) sg4::this_actor::sleep_until(t);
  }

  // Delivers a voyage's cargo at now (a voyage ending at or after the horizon is still at sea).
  void deliver(const Lane& lane, Voyage& voyage, double now) {
    if (now >= state_.horizon_s) {
      state_.left_at_sea_t += voyage.fish.total_t;
      return;
    }
    if (voyage.fish.kg > 0) state_.ledger.deliver(lane.route, lane.forward, voyage.fish);
    fresh_.clear();
    spoiled_.clear();
    state_.freight.deliver(lane.route, voyage.freight, now, fresh_, spoiled_);
    state_.activities.take_delivery(fresh_, now);
    state_.activities.log_spoiled(spoiled_, now, "arrived past its shelf life");
  }

  void arrive_routine(Lane& lane) {
    Voyage& v = lane.routine[lane.routine_head++];
    deliver(lane, v, v.ends_s);
    spare_.push_back(std::move(v.fish));
    if (lane.routine_head == lane.routine.size()) lane.routine.clear(), lane.routine_head = 0;
  }

  void abort(Lane& lane, Voyage& v, double now) {
    if (v.fish.kg > 0) state_.ledger.bring_back(lane.route, lane.forward, v.fish);
    state_.freight.bring_back(lane.route, v.freight);
    if (v.fish.kg == 0) state_.ledger.count_aborted(lane.route);
    state_.voyages_aborted++;
    if (state_.log.enabled())
      state_.log.add(now, "voyage_aborted", lane.spec->name,
                     lane.direction + ": route closed at sea; " +
                         tonnes_text(v.fish.total_t + v.freight.t) + " back ashore");
  }

  // Runs the engine to t (within the open month), handling the transfers that end and the
  // closures that cut them on the way.
  void follow_engine_until(double t) {
    while (on_engine_ > 0 && sg4::Engine::get_clock() < t) {
      // The next closure of a route with a transfer at sea (after the voyage sailed).
      const double closes = engine_closure();
      const double until = std::min(t, closes);
      comms_.clear();
      owners_.clear();
      for (std::size_t i = 0; i < lanes_.size(); ++i)
        for (std::size_t j = 0; j < lanes_[i].on_engine.size(); ++j) {
          comms_.push_back(lanes_[i].on_engine[j].comm);
          owners_.push_back({i, j});
        }
      const double now = sg4::Engine::get_clock();
      const ssize_t done = until > now ? sg4::Comm::wait_any_for(comms_, until - now) : -1;
      if (done >= 0) {
        const auto [i, j] = owners_[std::size_t(done)];
        Lane& lane = lanes_[i];
        Voyage v = std::move(lane.on_engine[j]);
        lane.on_engine.erase(lane.on_engine.begin() + std::ptrdiff_t(j));
        --on_engine_;
        const double at = sg4::Engine::get_clock();
        if (at < state_.horizon_s) wait_for_clock(state_, at);
        deliver(lane, v, at);
        continue;
      }
      if (sg4::Engine::get_clock() >= closes)  // every route whose closure starts now
        for (const Lane& l : lanes_)
          if (!l.on_engine.empty() &&
              next_closure_start(*l.weather, l.on_engine.front().sailed_s) <= closes)
            close_route(l.route);
    }
  }

  // A closure starts on `route` with transfers at sea: the route's link goes off, which fails
  // them in the engine (every transfer on a link that goes off fails); their cargo goes back
  // ashore. The failures are not waited for: each would be reported by an exception, whose
  // unwinding costs more than the rest of a voyage. The failed transfers are kept until the
  // actor ends (released before the engine has marked them, they would be reported as leaks).
  void close_route(int route) {
    const RoutePorts& ports = state_.platform.routes[route];
    ports.forward->turn_off();
    ports.backward->turn_off();
    const double now = sg4::Engine::get_clock();
    wait_for_clock(state_, now);
    for (Lane& lane : lanes_) {
      if (lane.route != route) continue;
      for (Voyage& v : lane.on_engine) {
        abort(lane, v, now);
        failed_.push_back(std::move(v.comm));
        --on_engine_;
      }
      lane.on_engine.clear();
    }
  }

  // Waits until the clock has closed the months that end at or before t: transfers on the
  // engine are followed to the month's end first, and then month by month.
  void wait_for_month(double t) {
    follow_engine_until(state_.next_tick_s);
    const double month_end = state_.next_tick_s;
    while (t >= state_.next_tick_s && !state_.ledger.all_closed() &&
           (on_engine_ == 0 || state_.next_tick_s == month_end)) {
      state_.waiting_for_clock = sg4::Actor::self();
      sg4::this_actor::suspend();
    }
  }

  void finish() {
    for (Lane& lane : lanes_) {  // the horizon came: these voyages are still at sea
      for (std::size_t k = lane.routine_head; k < lane.routine.size(); ++k)
        state_.left_at_sea_t += lane.routine[k].fish.total_t;
      for (Voyage& v : lane.on_engine) {
        state_.left_at_sea_t += v.fish.total_t;
        v.comm->cancel();
      }
    }
  }

  WorldState& state_;
  const bool carries_fish_;
  const double max_delay_s_;
  std::vector<Lane> lanes_;
  // Each lane's next routine instant (Lane::next_s), scanned each step; padded with +infinity
  // to a multiple of 4.
  std::vector<double> next_;
  int on_engine_ = 0;
  std::vector<sg4::CommPtr> comms_;  // kept between waits: no allocation per wait
  std::vector<std::pair<std::size_t, std::size_t>> owners_;  // (lane, voyage) of each comm
  std::vector<Lot> fresh_, spoiled_;  // deliver()'s, kept from voyage to voyage
  std::vector<sg4::CommPtr> failed_;  // transfers failed by a closure
  std::vector<Shipment> spare_;       // of voyages ended: their vectors serve the next loads
};

}  // namespace

void run_shipping_actor(WorldState& state) {
  try {
    Shipping(state).run();
  } catch (const std::exception&) {  // simgrid::ForcefulKillException is not one: it passes
    if (!state.error) state.error = std::current_exception();
    sg4::Actor::kill_all();
  }
}

}  // namespace jez::world
