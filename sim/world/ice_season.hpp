// The yearly sea-ice season of a route as exact calendar spans: every year of the horizon gets
// its own dates (no 365-day repeat, which would drift over leap years).
#pragma once

#include <string>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"

namespace jez::world {

// A closed span [from_s, to_s): from 00:00 of the first closed day to 00:00 of the day after
// the last closed day, in simulated seconds.
struct ClosedSpan {
  double from_s = 0;
  double to_s = 0;
  bool operator==(const ClosedSpan&) const = default;
};

// The season's closures within [0, horizon_s), sorted, clipped and merged. A season across the
// new year (from 12-20 to 03-31) closes from December 20 to March 31 of the next year included.
// A day past the end of its month (02-29 in a common year) means the month's last day.
std::vector<ClosedSpan> ice_closures(const Season& season, const Calendar& calendar,
                                     double horizon_s);

}  // namespace jez::world
