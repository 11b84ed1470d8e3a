#include "world/timetable.hpp"

#include <algorithm>
#include <cmath>

#include "world/ice_season.hpp"

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

std::vector<double> departure_times(const Route& route, const Calendar& calendar,
                                    double horizon_s) {
  std::vector<double> out;
  if (route.timetable.empty()) {
    const Timetable t(route.sailings_per_week, horizon_s);
    for (std::size_t k = 0; k < t.departures(); ++k) out.push_back(t.departure_s(k));
    return out;
  }
  std::vector<std::vector<ClosedSpan>> seasons;
  std::vector<double> cuts = {0, horizon_s};
  for (const auto& entry : route.timetable) {
    seasons.push_back(ice_closures(entry.span, calendar, horizon_s));
    for (const auto& s : seasons.back()) {
      cuts.push_back(s.from_s);
      cuts.push_back(s.to_s);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    const double a = cuts[i], b = cuts[i + 1];
    double rate = route.sailings_per_week;
    for (std::size_t e = 0; e < seasons.size(); ++e)
      for (const auto& s : seasons[e])
        if (s.from_s <= a && b <= s.to_s) rate = route.timetable[e].sailings_per_week;
    if (!(rate > 0)) continue;
    const double interval = 7 * 86400.0 / rate;
    for (std::size_t k = 0;; ++k) {
      const double t = a + (double(k) + 0.5) * interval;
      if (t >= b) break;
      out.push_back(t);
    }
  }
  return out;
}

}  // namespace jez::world
