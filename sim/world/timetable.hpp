// A route's timetable in one direction: departures at a regular interval of
// 7 days / sailings_per_week, the first half an interval after time 0, until the horizon.
#pragma once

#include <cstddef>

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

}  // namespace jez::world
