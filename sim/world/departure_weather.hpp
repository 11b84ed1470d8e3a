// What the weather does to one departure of a lane, worked out from its route's closed and fog
// spans (world/weather.hpp) without the engine: the shipping actor's timetable arithmetic.
// SimGrid-free.
#pragma once

#include <cstddef>
#include <limits>
#include <utility>
#include <vector>

#include "world/weather.hpp"

namespace jez::world {

// What the weather makes of one scheduled departure: when it sails, or when and why it is
// cancelled. A ship that waited may meet the next spell of weather: it waits again while
// within its limit.
struct Departure {
  double scheduled = 0;
  double t = 0;  // when it sails or is cancelled
  bool sails = false;
  const char* cause = nullptr;  // of a cancellation
  double next_closure_s = 0;    // of one that sails: when the route next closes after it
};

// A lane's place in its route's weather. A lane asks at later and later instants (its departures
// in order, and each held ship later than it was), so the span it is in is found by walking
// forward: the first span ending after t holds t if it has begun (the spans are sorted and
// disjoint), the same span as RouteWeather::closure_at and fog_at find by searching.
class WeatherCursor {
 public:
  WeatherCursor() = default;
  explicit WeatherCursor(const RouteWeather& w) : w_(&w) {}
  const Closure* closure_at(double t) { return at(w_->closures, closure_, t); }
  const ClosedSpan* fog_at(double t) { return at(w_->fog, fog_, t); }
  // After closure_at(t) found none: when the route next closes (+infinity when never).
  double next_closure_start() const {
    return closure_ < w_->closures.size() ? w_->closures[closure_].from_s
                                          : std::numeric_limits<double>::infinity();
  }

 private:
  template <class Span>
  static const Span* at(const std::vector<Span>& spans, std::size_t& i, double t) {
    while (i < spans.size() && spans[i].to_s <= t) ++i;
    return i < spans.size() && spans[i].from_s <= t ? &spans[i] : nullptr;
  }
  const RouteWeather* w_ = nullptr;
  std::size_t closure_ = 0, fog_ = 0;
};

// Sails (`sails`, at t) or is cancelled (at t, with its cause): held by a storm or fog until a
// minute after it clears while that is not later than `latest`; sea ice cancels at once.
Departure weather_at_departure(WeatherCursor& w, double scheduled, double latest);

// The first closure of the route that starts after t (+infinity when none).
double next_closure_start(const RouteWeather& w, double t);

// A lane's coming departures as the weather makes them: its timetable worked out a departure at
// a time, each once, and kept from the next one on. A ship is held at most max_delay_s, never
// past the next scheduled departure or the horizon.
class LaneDepartures {
 public:
  LaneDepartures() = default;
  LaneDepartures(const RouteWeather& w, std::vector<double> timetable, double max_delay_s,
                 double horizon_s)
      : cursor_(w),
        timetable_(std::move(timetable)),
        max_delay_s_(max_delay_s),
        horizon_s_(horizon_s) {}
  bool none_scheduled() const { return timetable_.empty(); }
  std::size_t planned() const { return planned_.size() - head_; }  // worked out, not yet done
  const Departure& next() const { return planned_[head_]; }
  // Works out the next scheduled departure not planned yet (false when there is none).
  bool plan_one();
  // When the lane's next ship after the coming one sails (+infinity when none does).
  double following_sailing();
  // The coming departure is done: the one after it comes next.
  void advance();

 private:
  Departure departure(std::size_t k);
  WeatherCursor cursor_;
  std::vector<double> timetable_;  // scheduled departures
  std::vector<Departure> planned_;
  std::size_t head_ = 0, to_ = 0;  // head_: the next one; to_: the first not planned yet
  double max_delay_s_ = 0, horizon_s_ = 0;
};

}  // namespace jez::world
