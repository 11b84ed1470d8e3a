#include "world/event_log.hpp"

#include <algorithm>
#include <tuple>

namespace jez::world {

void EventLog::add(double time_s, std::string kind, std::string subject, std::string detail) {
  events_.push_back(
      {time_s, calendar_.date_at(time_s), std::move(kind), std::move(subject), std::move(detail)});
}

int EventLog::rank(const std::string& kind) {
  if (kind == "route_closed" || kind == "route_opened") return 0;
  if (kind == "voyage_aborted") return 1;
  if (kind == "sailing_cancelled") return 2;
  return 3;
}

std::vector<Event> EventLog::sorted() const {
  std::vector<Event> out = events_;
  std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
    const int ra = rank(a.kind), rb = rank(b.kind);
    return std::tie(a.time_s, ra, a.subject, a.detail, a.kind) <
           std::tie(b.time_s, rb, b.subject, b.detail, b.kind);
  });
  return out;
}

}  // namespace jez::world
