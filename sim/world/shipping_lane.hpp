// A lane of the shipping actor (world/shipping_actor.cpp): one direction of a route, with its
// timetable, what the weather makes of its coming departures, and its voyages at sea (routine
// ones by timetable arithmetic, the others as SimGrid transfers).
#pragma once

#include <simgrid/s4u/Comm.hpp>
#include <simgrid/s4u/Host.hpp>
#include <simgrid/s4u/Link.hpp>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "world/cargo_ledger.hpp"
#include "world/departure_weather.hpp"
#include "world/freight_books.hpp"
#include "world/world_state.hpp"

namespace jez::world {

inline constexpr double kInf = std::numeric_limits<double>::infinity();

struct Voyage {
  Shipment fish;
  FreightLoad freight;
  double sailed_s = 0;
  double ends_s = 0;           // routine: when it arrives; on the engine: the earliest it can end
  simgrid::s4u::CommPtr comm;  // null for a routine voyage
};

struct Lane {
  int route = 0;
  bool forward = true;
  const Route* spec = nullptr;
  const RouteWeather* weather = nullptr;
  WeatherCursor cursor;  // in weather
  simgrid::s4u::Host* origin = nullptr;
  simgrid::s4u::Host* destination = nullptr;
  simgrid::s4u::Link* link = nullptr;  // the half of the route's link that carries this direction
  int origin_region = 0, destination_region = 0;
  std::string direction;
  // The detail of its last cancellation ("direction: cause"), kept for the next one of that
  // cause (cancellations come in runs while a route is closed): copied, not built again.
  const char* cancel_cause = nullptr;
  std::string cancel_detail;
  double latency_s = 0, kg_per_s = 0;
  std::vector<double> timetable;  // scheduled departures
  // What the weather makes of the coming departures (from planned_head: the next one), each
  // worked out once; planned_to: the first scheduled departure not in it yet.
  std::vector<Departure> planned;
  std::size_t planned_head = 0, planned_to = 0;
  std::vector<Voyage> routine;  // at sea, in order of arrival
  std::size_t routine_head = 0;
  std::vector<Voyage> on_engine;  // at sea as SimGrid transfers

  std::size_t planned_size() const { return planned.size() - planned_head; }
  const Departure& next_departure() const { return planned[planned_head]; }
  // Its next routine instant: an arrival or a departure.
  double next_s() const {
    double t = planned_size() == 0 ? kInf : next_departure().t;
    if (routine_head < routine.size()) t = std::min(t, routine[routine_head].ends_s);
    return t;
  }
};

}  // namespace jez::world
