// A route's timetable in one direction: departures at a regular interval of
// 7 days / sailings_per_week, the first half an interval after time 0, until the horizon.
#pragma once

#include <cstddef>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"

namespace jez::world {

class Timetable {
 public:
  Timetable(double sailings_per_week, double horizon_s);

  double interval_s() const { return interval_s_; }
  std::size_t departures() const { return departures_; }
  // The k-th departure (0-based), computed by multiplication so that it never drifts.
  double departure_s(std::size_t k) const { return (double(k) + 0.5) * interval_s_; }

 private:
  double interval_s_ = 0;
  std::size_t departures_ = 0;
};

// A route's departures in one direction over [0, horizon_s), in order. Without a seasonal
// timetable they are Timetable(sailings_per_week)'s. With one, the horizon is cut at every
// season's first day and at the day after its last: each piece runs at the rate of the last
// timetable entry covering it (else sailings_per_week), its departures at (k + 1/2) intervals
// from the piece's start while before its end.
std::vector<double> departure_times(const Route& route, const Calendar& calendar, double horizon_s);

}  // namespace jez::world
