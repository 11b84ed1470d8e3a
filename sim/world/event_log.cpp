#include "world/event_log.hpp"

#include <algorithm>
#include <charconv>
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
  const auto less = [this](const Key& x, const Key& y) {
    if (x.time_s != y.time_s) return x.time_s < y.time_s;
    if (x.rank != y.rank) return x.rank < y.rank;
    const Event& a = events_[x.index];
    const Event& b = events_[y.index];
    return std::tie(a.subject, a.detail, a.kind) < std::tie(b.subject, b.detail, b.kind);
  };
  // What was logged before the run (closures route by route, scripted events) gets a general
  // sort. What the run logged comes nearly in time order (the shipping actor books in time
  // order; a turbine's failure is logged at its month's start, its repair when the parts
  // arrive): an insertion sort costs little there, and past a budget of moves (a log far from
  // order) a general sort takes over. Then the two are merged. Any of these gives the one order.
  const auto run = keys.begin() + std::ptrdiff_t(std::min(run_start_, keys.size()));
  std::sort(keys.begin(), run, less);
  std::size_t moves = 0;
  const std::size_t budget = 16 * keys.size() + 1024;
  for (auto i = run; i != keys.end() && moves <= budget; ++i)
    for (auto j = i; j != run && less(*j, *(j - 1)); --j, ++moves) std::iter_swap(j, j - 1);
  if (moves > budget) std::sort(run, keys.end(), less);
  std::inplace_merge(keys.begin(), run, keys.end(), less);
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
  run_start_ = 0;
  return out;
}

namespace {

// Fixed-point text as printf's "%.Nf" gives it (std::to_chars rounds the same way, faster).
std::string fixed(double v, int decimals, const char* unit) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  std::string out = r.ec == std::errc() ? std::string(buf, r.ptr) : std::to_string(v);
  out += unit;
  return out;
}

}  // namespace

std::string tonnes_text(double t) {
  return fixed(t, 3, " t");
}

std::string hours_text(double seconds) {
  return fixed(seconds / 3600, 1, " h");
}

}  // namespace jez::world
