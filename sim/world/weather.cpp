#include "world/weather.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "world/random_stream.hpp"

namespace jez::world {

namespace {

template <class Span>
const Span* span_at(const std::vector<Span>& spans, double t) {
  auto it = std::upper_bound(spans.begin(), spans.end(), t,
                             [](double v, const Span& s) { return v < s.from_s; });
  if (it == spans.begin()) return nullptr;
  --it;
  return t < it->to_s ? &*it : nullptr;
}

}  // namespace

const Closure* RouteWeather::closure_at(double t) const {
  return span_at(closures, t);
}

const ClosedSpan* RouteWeather::fog_at(double t) const {
  return span_at(fog, t);
}

const char* cause_name(ClosureCause c) {
  return c == ClosureCause::ice ? "sea ice" : "storm";
}

std::vector<ClosedSpan> draw_spans(std::uint64_t seed, const std::string& stream, double per_year,
                                   double mean_h, const std::array<double, 12>& weight,
                                   double exposure, const Calendar& calendar, YearMonth start,
                                   double horizon_s) {
  std::vector<ClosedSpan> spans;
  const double total = std::accumulate(weight.begin(), weight.end(), 0.0);
  if (!(per_year > 0) || !(exposure > 0) || !(total > 0)) return spans;
  RandomStream rng(seed, stream);
  // Each month's starts are uniform over it, so sorting month by month sorts them all (spans
  // with equal starts merge alike in either order); overlaps are merged as the months come.
  const auto by_start = [](const ClosedSpan& a, const ClosedSpan& b) {
    return a.from_s < b.from_s;
  };
  std::vector<ClosedSpan> month;
  double to = calendar.seconds_at(start);
  for (YearMonth m = start;; m = m.plus(1)) {
    const double from = to;  // the month's start is the last one's end
    if (from >= horizon_s) break;
    to = calendar.seconds_at(m.plus(1));
    const int n = rng.poisson(per_year * exposure * weight[m.month - 1] / total);
    month.clear();
    for (int i = 0; i < n; ++i) {
      const double begin = from + rng.uniform() * (to - from);
      const double end = std::min(begin + rng.exponential(mean_h) * 3600, horizon_s);
      if (end > begin && begin < horizon_s) month.push_back({begin, end});
    }
    std::sort(month.begin(), month.end(), by_start);
    for (const auto& s : month) {
      if (!spans.empty() && s.from_s <= spans.back().to_s)
        spans.back().to_s = std::max(spans.back().to_s, s.to_s);
      else
        spans.push_back(s);
    }
  }
  return spans;
}

RouteWeather route_weather(const Scenario& s, int route, const Calendar& calendar,
                           double horizon_s) {
  const Route& r = s.routes[route];
  const WeatherSpec& w = s.weather;
  RouteWeather out;
  std::vector<Closure> all;
  if (r.ice)
    for (const auto& span : ice_closures(*r.ice, calendar, horizon_s))
      all.push_back({span.from_s, span.to_s, ClosureCause::ice});
  const auto storms =
      draw_spans(s.seed, "weather/" + r.name + "/storm", w.storms_per_year, w.storm_mean_h,
                 w.storm_monthly_weight, r.weather_exposure, calendar, s.time.start, horizon_s);
  out.storms = int(storms.size());
  for (const auto& span : storms) all.push_back({span.from_s, span.to_s, ClosureCause::storm});
  std::sort(all.begin(), all.end(), [](const Closure& a, const Closure& b) {
    return a.from_s < b.from_s || (a.from_s == b.from_s && a.cause < b.cause);
  });
  for (const auto& c : all) {
    if (!out.closures.empty() && c.from_s <= out.closures.back().to_s) {
      Closure& last = out.closures.back();
      last.to_s = std::max(last.to_s, c.to_s);
      if (c.cause == ClosureCause::ice) last.cause = ClosureCause::ice;
    } else {
      out.closures.push_back(c);
    }
  }
  out.fog = draw_spans(s.seed, "weather/" + r.name + "/fog", w.fog_per_year, w.fog_mean_h,
                       w.fog_monthly_weight, r.weather_exposure, calendar, s.time.start, horizon_s);
  return out;
}

double fog_day_share(const std::vector<ClosedSpan>& fog, double from_s, double to_s) {
  constexpr double kDay = 86400;
  const long first = long(std::floor(from_s / kDay));
  const long last = long(std::ceil(to_s / kDay));  // exclusive
  if (last <= first) return 0;
  long touched = 0, prev = first - 1;
  // Spans are sorted and disjoint: start at the first that ends after from_s.
  auto it = std::upper_bound(fog.begin(), fog.end(), from_s,
                             [](double v, const ClosedSpan& s) { return v < s.to_s; });
  for (; it != fog.end() && it->from_s < to_s; ++it) {
    const ClosedSpan& f = *it;
    long d0 = std::max(first, long(std::floor(f.from_s / kDay)));
    const long d1 = std::min(last - 1, long(std::ceil(f.to_s / kDay)) - 1);
    d0 = std::max(d0, prev + 1);
    if (d1 >= d0) {
      touched += d1 - d0 + 1;
      prev = d1;
    }
  }
  return double(touched) / double(last - first);
}

}  // namespace jez::world
