#include "world/platform.hpp"

#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/Link.hpp>
#include <simgrid/s4u/NetZone.hpp>

#include <cmath>
#include <cstdio>
#include <set>
#include <stdexcept>
#include <string>

namespace jez::world {

namespace sg4 = simgrid::s4u;

namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

int region_index(const Scenario& s, const std::string& name) {
  for (std::size_t i = 0; i < s.regions.size(); ++i)
    if (s.regions[i].name == name) return int(i);
  return -1;
}

void require(bool ok, const std::string& where, const std::string& expected, double found) {
  if (!ok) throw std::runtime_error(where + ": expected " + expected + "; found " + number(found));
}

}  // namespace

void check_platform(const Scenario& s) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < s.regions.size(); ++i)
    if (s.regions[i].name.empty() || !names.insert(s.regions[i].name).second)
      throw std::runtime_error("regions[" + std::to_string(i) +
                               "].name: expected a unique non-empty name; found '" +
                               s.regions[i].name + "'");
  names.clear();
  for (std::size_t r = 0; r < s.routes.size(); ++r) {
    const Route& route = s.routes[r];
    const std::string where = "routes[" + std::to_string(r) + "] '" + route.name + "'";
    if (route.name.empty() || !names.insert(route.name).second)
      throw std::runtime_error(where + ".name: expected a unique non-empty name");
    if (region_index(s, route.from) < 0 || region_index(s, route.to) < 0 || route.from == route.to)
      throw std::runtime_error(where + ": expected two different regions; found '" + route.from +
                               "' and '" + route.to + "'");
    require(std::isfinite(route.voyage_h) && route.voyage_h >= 0, where + ".voyage_h",
            "a number >= 0", route.voyage_h);
    require(std::isfinite(route.handling_t_per_h) && route.handling_t_per_h > 0,
            where + ".handling_t_per_h", "a number > 0", route.handling_t_per_h);
    require(std::isfinite(route.cargo_capacity_t) && route.cargo_capacity_t >= 0,
            where + ".cargo_capacity_t", "a number >= 0", route.cargo_capacity_t);
    require(std::isfinite(route.sailings_per_week) && route.sailings_per_week >= 0,
            where + ".sailings_per_week", "a number >= 0", route.sailings_per_week);
  }
}

Platform build_platform(const Scenario& s) {
  check_platform(s);
  Platform platform;
  // A full zone: only the scenario's own routes exist, no multi-hop route is ever made up.
  sg4::NetZone* zone = sg4::create_full_zone("jez");
  platform.clock_host = zone->create_host("jez/clock", 1);  // '/' is not in region names
  for (const Region& region : s.regions)
    platform.hosts.push_back(zone->create_host(region.name, 1));
  for (std::size_t r = 0; r < s.routes.size(); ++r) {
    const Route& route = s.routes[r];
    RoutePorts ports;
    ports.from = platform.hosts[region_index(s, route.from)];
    ports.to = platform.hosts[region_index(s, route.to)];
    // Split duplex: each direction has its own handling capacity. No state profile: the
    // shipping actor turns the halves off when a closure meets voyages at sea (a profile would
    // cost two engine events a closure; most closures meet no voyage).
    sg4::SplitDuplexLink* link =
        zone->create_split_duplex_link(route.name, bandwidth_kg_per_s(route.handling_t_per_h));
    link->set_latency(latency_s(route.voyage_h));
    ports.forward = link->get_link_up();
    ports.backward = link->get_link_down();
    zone->add_route(ports.from->get_netpoint(), ports.to->get_netpoint(), nullptr, nullptr,
                    {sg4::LinkInRoute(link, sg4::LinkInRoute::Direction::UP)}, true);
    platform.routes.push_back(ports);
  }
  zone->seal();
  return platform;
}

}  // namespace jez::world
