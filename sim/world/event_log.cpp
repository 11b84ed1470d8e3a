#include "world/event_log.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <tuple>

namespace jez::world {

void EventLog::add(double time_s, std::string_view kind, std::string_view subject,
                   std::string detail) {
  if (!enabled_) return;
  // Built in place; the date is written by take_sorted(), once per day of events.
  if (size_ == chunks_.size() * kChunk) chunks_.emplace_back().reserve(kChunk);
  Event& e = chunks_.back().emplace_back();
  ++size_;
  e.time_s = time_s;
  e.kind.assign(kind);
  e.subject.assign(subject);
  e.detail = std::move(detail);
  ranks_.push_back(std::int8_t(rank(kind)));
}

int EventLog::rank(std::string_view kind) {
  if (kind == "route_closed" || kind == "route_opened") return 0;
  if (kind == "voyage_aborted") return 1;
  if (kind == "sailing_cancelled") return 2;
  return 3;
}

namespace {

// Sorts [first, last) by merging its sorted stretches in pairs (a log made of a few sorted
// lists costs a few passes, not a general sort). Elements that compare equal are equal events.
template <class It, class Less>
void merge_runs(It first, It last, const Less& less) {
  std::vector<It> bounds = {first};
  for (It i = first; i != last; ++i)
    if (i != first && less(*i, *(i - 1))) bounds.push_back(i);
  bounds.push_back(last);
  while (bounds.size() > 2) {
    std::vector<It> merged = {first};
    for (std::size_t k = 0; k + 2 < bounds.size(); k += 2) {
      std::inplace_merge(bounds[k], bounds[k + 1], bounds[k + 2], less);
      merged.push_back(bounds[k + 2]);
    }
    if (bounds.size() % 2 == 0) merged.push_back(last);  // an odd stretch left over
    bounds = std::move(merged);
  }
}

}  // namespace

std::vector<Event> EventLog::take_sorted() {
  // Sort small keys (time and rank at hand, cheap swaps); only ties read the strings. Then move
  // each event once.
  struct Key {
    double time_s;
    int rank;
    std::size_t index;
  };
  std::vector<Key> keys;
  keys.reserve(size_);
  for (std::size_t i = 0; i < size_; ++i) keys.push_back({at(i).time_s, ranks_[i], i});
  const auto less = [this](const Key& x, const Key& y) {
    if (x.time_s != y.time_s) return x.time_s < y.time_s;
    if (x.rank != y.rank) return x.rank < y.rank;
    const Event& a = at(x.index);
    const Event& b = at(y.index);
    return std::tie(a.subject, a.detail, a.kind) < std::tie(b.subject, b.detail, b.kind);
  };
  // What was logged before the run (closures route by route, each route's in order; scripted
  // events) is merged run by run: its sorted stretches, found as they are, merged in pairs. What
  // the run logged comes nearly in time order (the shipping actor books in time order; a turbine's
  // failure is logged at its month's start, its repair when the parts arrive): an insertion sort
  // costs little there, and past a budget of moves (a log far from order) a general sort takes
  // over. Then the two are merged. Any of these gives the one order.
  const auto run = keys.begin() + std::ptrdiff_t(std::min(run_start_, keys.size()));
  merge_runs(keys.begin(), run, less);
  std::size_t moves = 0;
  const std::size_t budget = 16 * keys.size() + 1024;
  for (auto i = run; i != keys.end() && moves <= budget; ++i)
    for (auto j = i; j != run && less(*j, *(j - 1)); --j, ++moves) std::iter_swap(j, j - 1);
  if (moves > budget) std::sort(run, keys.end(), less);
  std::inplace_merge(keys.begin(), run, keys.end(), less);
  std::vector<Event> out;
  out.reserve(size_);
  double day = -1;  // the day (floor of seconds / 86400) whose date `date` is
  std::string date;
  for (const auto& k : keys) {
    out.push_back(std::move(at(k.index)));
    const double d = std::floor(out.back().time_s / 86400);
    if (d != day) {
      // A later day of the same month when it is at most the 28th (every month has 28 days):
      // only the day's digits change. Else the calendar says.
      const double dom =
          d - day + (date.size() == 10 ? (date[8] - '0') * 10 + (date[9] - '0') : 99);
      if (day >= 0 && d > day && dom <= 28) {
        date[8] = char('0' + int(dom) / 10), date[9] = char('0' + int(dom) % 10);
      } else {
        date = calendar_.date_at(out.back().time_s);
      }
      day = d;
    }
    out.back().date = date;
  }
  chunks_.clear();
  size_ = 0;
  ranks_.clear();
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

std::string one_decimal_text(double v) {
  // R = v x 10 rounded to an integer, ties to even, on the exact value: y + e is v x 10 exactly
  // (the product's error by fma), n is y rounded; d = y - n is exact, and e decides only when
  // y lies on a half (|d| = 0.5), since |e| is at most half of y's last bit.
  if (!(v >= 0 && v < 1e14)) return fixed(v, 1, "");
  const double y = v * 10;
  const double e = std::fma(v, 10, -y);
  double n = std::nearbyint(y);
  const double d = y - n;
  if (d == 0.5 && e > 0) n += 1;
  if (d == -0.5 && e < 0) n -= 1;
  const auto r = std::uint64_t(n);
  std::string out = std::to_string(r / 10);
  out += '.';
  out += char('0' + r % 10);
  return out;
}

std::string joined(std::initializer_list<std::string_view> parts) {
  std::size_t n = 0;
  for (const auto p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (const auto p : parts) out += p;
  return out;
}

std::string hours_text(double seconds) {
  std::string out = one_decimal_text(seconds / 3600);
  out += " h";
  return out;
}

}  // namespace jez::world
