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

Departure LaneDepartures::departure(std::size_t k) {
  const double scheduled = timetable_[k];
  const double next = k + 1 < timetable_.size() ? timetable_[k + 1] : horizon_s_;
  return weather_at_departure(cursor_, scheduled,
                              std::min({scheduled + max_delay_s_, next, horizon_s_}));
}

bool LaneDepartures::plan_one() {
  if (to_ >= timetable_.size()) return false;
  if (head_ == planned_.size() || head_ >= 64) {  // drop the done
    planned_.erase(planned_.begin(), planned_.begin() + std::ptrdiff_t(head_));
    head_ = 0;
  }
  planned_.push_back(departure(to_++));
  return true;
}

double LaneDepartures::following_sailing() {
  for (std::size_t k = 1;; ++k) {
    if (k == planned() && !plan_one()) return std::numeric_limits<double>::infinity();
    const Departure& d = planned_[head_ + k];
    if (d.sails) return d.t;
  }
}

void LaneDepartures::advance() {
  ++head_;
  if (planned() == 0) plan_one();
}

}  // namespace jez::world
