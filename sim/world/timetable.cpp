#include "world/timetable.hpp"

#include <algorithm>
#include <cmath>

namespace jez::world {

Timetable::Timetable(double sailings_per_week, double horizon_s) {
  if (!(sailings_per_week > 0) || !(horizon_s > 0)) return;
  interval_s_ = 7 * 86400.0 / sailings_per_week;
  // Departures k with (k + 1/2) * interval < horizon; the loops fix any rounding of the estimate.
  auto n = std::size_t(std::max(0.0, std::ceil(horizon_s / interval_s_ - 0.5)));
  while (n > 0 && departure_s(n - 1) >= horizon_s) --n;
  while (departure_s(n) < horizon_s) ++n;
  departures_ = n;
}

}  // namespace jez::world
