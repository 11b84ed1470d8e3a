#include "world/event_log.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace jez::world {

void EventLog::add(double time_s, std::string kind, std::string subject, std::string detail) {
  if (!enabled_) return;
  // The date is written by sorted(), once per day of events.
  events_.push_back(
      {time_s, std::string(), std::move(kind), std::move(subject), std::move(detail)});
}

int EventLog::rank(const std::string& kind) {
  if (kind == "route_closed" || kind == "route_opened") return 0;
  if (kind == "voyage_aborted") return 1;
  if (kind == "sailing_cancelled") return 2;
  return 3;
}

std::vector<Event> EventLog::sorted() const {
  // Sort indices (cheap swaps), then copy each event once.
  std::vector<std::pair<int, std::size_t>> keys;  // (rank, index)
  keys.reserve(events_.size());
  for (std::size_t i = 0; i < events_.size(); ++i) keys.push_back({rank(events_[i].kind), i});
  std::sort(keys.begin(), keys.end(), [this](const auto& x, const auto& y) {
    const Event& a = events_[x.second];
    const Event& b = events_[y.second];
    return std::tie(a.time_s, x.first, a.subject, a.detail, a.kind) <
           std::tie(b.time_s, y.first, b.subject, b.detail, b.kind);
  });
  std::vector<Event> out;
  out.reserve(events_.size());
  double day = -1;  // the day (floor of seconds / 86400) whose date `date` is
  std::string date;
  for (const auto& k : keys) {
    out.push_back(events_[k.second]);
    const double d = std::floor(out.back().time_s / 86400);
    if (d != day) day = d, date = calendar_.date_at(out.back().time_s);
    out.back().date = date;
  }
  return out;
}

}  // namespace jez::world
