// The world's discrete-event log, with calendar dates, handed back in a deterministic order.
//
// SimGrid 3.32 runs what happens at one instant (profile events, actors woken together) in an
// order that changes from process to process (measured here: two runs of one scenario swapped
// route_closed events and cancellations at equal times). So events are sorted by time, then by
// cause (route state changes, then voyages aborted by them, then cancelled departures), then by
// subject and detail: the same scenario gives the same log, byte for byte.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/calendar.hpp"
#include "world/world.hpp"

namespace jez::world {

class EventLog {
 public:
  // A disabled log (summary-only runs) keeps nothing; callers that build a detail string check
  // enabled() first, so such a run builds no event strings at all.
  explicit EventLog(const Calendar& calendar, bool enabled = true)
      : calendar_(calendar), enabled_(enabled) {}
  bool enabled() const { return enabled_; }
  void add(double time_s, std::string_view kind, std::string_view subject, std::string detail);
  std::size_t size() const { return size_; }
  // Marks the end of what was logged before the run (for take_sorted's sort).
  void mark_run_start() { run_start_ = size_; }
  // The events in their deterministic order, moved out of the log (which is left empty).
  std::vector<Event> take_sorted();
  // The rank of a kind among events at one instant: causes first.
  static int rank(std::string_view kind);

 private:
  Calendar calendar_;
  bool enabled_ = true;
  // The events in chunks of a fixed size: a growing log is never moved (one vector would be
  // copied at each doubling, into fresh memory each time); take_sorted moves each event once.
  static constexpr std::size_t kChunk = 512;
  Event& at(std::size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  std::vector<std::vector<Event>> chunks_;
  std::size_t size_ = 0;
  std::vector<std::int8_t> ranks_;  // rank() of each event's kind, worked out when logged
  std::size_t run_start_ = 0;
};

// An event's measures as its detail text gives them: "12.345 t", "3.5 h".
std::string tonnes_text(double tonnes);
std::string hours_text(double seconds);
// "%.1f" of v (as printf rounds it: the exact binary value, ties to even), without printf.
std::string one_decimal_text(double v);
// A detail's pieces end to end, in one allocation.
std::string joined(std::initializer_list<std::string_view> parts);

}  // namespace jez::world
