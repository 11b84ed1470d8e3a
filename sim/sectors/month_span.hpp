// A piece of one calendar month: the unit of time every sector model steps over. A model's step
// covers days [day_from, day_to) of one month, so monthly profiles (light, capacity factors,
// seasons) apply exactly; a caller with a longer period (a quarter, a year) or an arbitrary pair of
// instants splits it with month_spans() and steps once per piece.
#pragma once

#include <vector>

#include "sectors/fish_processing.hpp"

namespace jez::sectors {

struct MonthSpan {
  int year = 2000;
  int month = 1;        // 1..12
  double day_from = 0;  // days since 00:00 of the month's first day
  double day_to = 0;    // exclusive; day_to <= days_in_month
  double days() const { return day_to - day_from; }
  int month_days() const { return days_in_month(year, month); }
  double fraction_of_month() const { return days() / month_days(); }
  // The span's length as a fraction of its calendar year (365 or 366 days).
  double fraction_of_year() const { return days() / (is_leap_year(year) ? 366.0 : 365.0); }
  double hours() const { return days() * 24.0; }
};

// The whole of calendar month (year, month).
MonthSpan whole_month(int year, int month);

// The pieces of calendar months between two simulated times (seconds since the origin), in
// order; empty when t1_s <= t0_s.
std::vector<MonthSpan> month_spans(TimeOrigin origin, double t0_s, double t1_s);

// Months elapsed from (year0, month0) to (year1, month1): 0 for the same month.
int months_between(int year0, int month0, int year1, int month1);

}  // namespace jez::sectors
