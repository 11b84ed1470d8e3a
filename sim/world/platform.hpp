// The world's platform: one SimGrid host per region, one full-duplex link per route (each
// direction its own handling capacity), the zone sealed.
// SimGrid-free header: SimGrid types are only forward-declared.
#pragma once

#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"

namespace simgrid::s4u {
class Host;
class Link;
}  // namespace simgrid::s4u

namespace jez::world {

// Transfers are in kilograms: a route's bandwidth is its handling rate in kg/s, its latency the
// one-way voyage in seconds.
inline double bandwidth_kg_per_s(double handling_t_per_h) {
  return handling_t_per_h * 1000 / 3600;
}
inline double latency_s(double voyage_h) {
  return voyage_h * 3600;
}

struct RoutePorts {
  simgrid::s4u::Host* from = nullptr;
  simgrid::s4u::Host* to = nullptr;
  simgrid::s4u::Link* forward = nullptr;   // carries from -> to
  simgrid::s4u::Link* backward = nullptr;  // carries to -> from
};

struct Platform {
  std::vector<simgrid::s4u::Host*> hosts;    // indexed like scenario.regions
  std::vector<RoutePorts> routes;            // indexed like scenario.routes
  simgrid::s4u::Host* clock_host = nullptr;  // where the clock actor runs, linked to nothing
};

// Throws std::runtime_error (one sentence naming the key path) when regions or routes cannot
// make a platform: duplicate or unknown names, a route to itself, a bad number.
void check_platform(const Scenario& scenario);

// Builds and seals the platform in this process's engine (after make_engine, before actors).
Platform build_platform(const Scenario& scenario);

}  // namespace jez::world
