// Fish processing: a plant's yearly output spread over the calendar. Each month gets its share
// of the year by the relative monthly profile (normalised to sum to one), and within a month the
// output flows at a constant rate over the month's real number of days. Cumulative output between
// two instants is computed in closed form, so callers never need an event per kilogram.
#pragma once

#include <array>

namespace jez::sectors {

bool is_leap_year(int year);
int days_in_month(int year, int month);  // month 1..12

// The origin of simulated time: 00:00 UTC on day 1 of (year, month). Time is in seconds.
struct TimeOrigin {
  int year = 2000;
  int month = 1;
};

class FishPlantOutput {
 public:
  // Throws std::invalid_argument when the output is negative or not finite, or when the profile
  // has a negative or non-finite value or sums to zero.
  FishPlantOutput(double output_t_per_year, const std::array<double, 12>& monthly_profile);

  double output_t_per_year() const { return output_t_per_year_; }
  // Tonnes produced in calendar month 1..12 of any year (leap or not).
  double month_output_t(int month) const { return month_output_t_[month - 1]; }
  // Tonnes per day during (year, month).
  double rate_t_per_day(int year, int month) const;
  // Tonnes produced in (year, month) between day offsets from 00:00 of its first day;
  // offsets are clamped to [0, days_in_month].
  double produced_in_month_t(int year, int month, double day_from, double day_to) const;
  // Tonnes produced between two simulated times (seconds since the origin); 0 when t1 <= t0.
  double produced_between_t(TimeOrigin origin, double t0_s, double t1_s) const;

 private:
  double output_t_per_year_;
  std::array<double, 12> month_output_t_{};
};

}  // namespace jez::sectors
