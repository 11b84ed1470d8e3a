#include "world/departure_weather.hpp"

#include <algorithm>

namespace jez::world {

Departure weather_at_departure(WeatherCursor& w, double scheduled, double latest) {
  double t = scheduled;
  for (;;) {
    const char* cause = nullptr;
    double clears = 0;
    if (const Closure* c = w.closure_at(t)) {
      if (c->cause == ClosureCause::ice) return {scheduled, t, false, cause_name(c->cause), 0};
      cause = cause_name(c->cause);
      clears = c->to_s;
    } else if (const ClosedSpan* f = w.fog_at(t)) {
      cause = "fog";
      clears = f->to_s;
    } else {
      return {scheduled, t, true, nullptr, w.next_closure_start()};
    }
    const double sail = clears + 60;  // a minute after it clears: the link is open again
    if (sail > latest) return {scheduled, t, false, cause, 0};
    t = sail;
  }
}

double next_closure_start(const RouteWeather& w, double t) {
  const auto it = std::upper_bound(w.closures.begin(), w.closures.end(), t,
                                   [](double v, const Closure& c) { return v < c.from_s; });
  return it == w.closures.end() ? std::numeric_limits<double>::infinity() : it->from_s;
}

}  // namespace jez::world
