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

std::vector<Event> EventLog::take_sorted() {
  // Sort small keys (time and rank at hand, cheap swaps); only ties read the strings. Then move
  // each event once.
  struct Key {
    double time_s;
    int rank;
    std::size_t index;
  };
  std::vector<Key> keys;
  keys.reserve(events_.size());
  for (std::size_t i = 0; i < events_.size(); ++i)
    keys.push_back({events_[i].time_s, rank(events_[i].kind), i});
  std::sort(keys.begin(), keys.end(), [this](const Key& x, const Key& y) {
    if (x.time_s != y.time_s) return x.time_s < y.time_s;
    if (x.rank != y.rank) return x.rank < y.rank;
    const Event& a = events_[x.index];
    const Event& b = events_[y.index];
    return std::tie(a.subject, a.detail, a.kind) < std::tie(b.subject, b.detail, b.kind);
  });
  std::vector<Event> out;
  out.reserve(events_.size());
  double day = -1;  // the day (floor of seconds / 86400) whose date `date` is
  std::string date;
  for (const auto& k : keys) {
    out.push_back(std::move(events_[k.index]));
    const double d = std::floor(out.back().time_s / 86400);
    if (d != day) day = d, date = calendar_.date_at(out.back().time_s);
    out.back().date = date;
  }
  events_.clear();
  return out;
}

}  // namespace jez::world
