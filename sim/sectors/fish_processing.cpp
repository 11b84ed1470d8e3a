#include "sectors/fish_processing.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>

namespace jez::sectors {

namespace chr = std::chrono;
constexpr double kSecondsPerDay = 86400.0;

bool is_leap_year(int year) {
  return chr::year{year}.is_leap();
}

int days_in_month(int year, int month) {
  const chr::year_month_day_last last{chr::year{year} / chr::month{unsigned(month)} / chr::last};
  return int(unsigned(last.day()));
}

FishPlantOutput::FishPlantOutput(double output_t_per_year,
                                 const std::array<double, 12>& monthly_profile)
    : output_t_per_year_(output_t_per_year) {
  if (!std::isfinite(output_t_per_year) || output_t_per_year < 0)
    throw std::invalid_argument(
        "fish plant output_t_per_year must be a finite number >= 0; found " +
        std::to_string(output_t_per_year));
  double sum = 0;
  for (int m = 0; m < 12; ++m) {
    const double w = monthly_profile[m];
    if (!std::isfinite(w) || w < 0)
      throw std::invalid_argument("fish plant monthly_profile[" + std::to_string(m) +
                                  "] must be a finite number >= 0; found " + std::to_string(w));
    sum += w;
  }
  if (!(sum > 0))
    throw std::invalid_argument(
        "fish plant monthly_profile must have a positive sum; found all zeros");
  for (int m = 0; m < 12; ++m) month_output_t_[m] = output_t_per_year * monthly_profile[m] / sum;
}

double FishPlantOutput::rate_t_per_day(int year, int month) const {
  return month_output_t_[month - 1] / days_in_month(year, month);
}

double FishPlantOutput::produced_in_month_t(int year, int month, double day_from,
                                            double day_to) const {
  const double days = days_in_month(year, month);
  const double from = std::clamp(day_from, 0.0, days);
  const double to = std::clamp(day_to, 0.0, days);
  if (to <= from) return 0;
  // The whole month exactly, so that summing whole months gives the yearly output exactly.
  if (from == 0 && to == days) return month_output_t_[month - 1];
  return month_output_t_[month - 1] * ((to - from) / days);
}

double FishPlantOutput::produced_between_t(TimeOrigin origin, double t0_s, double t1_s) const {
  if (!(t1_s > t0_s)) return 0;
  const chr::sys_days origin_day{chr::year{origin.year} / chr::month{unsigned(origin.month)} /
                                 chr::day{1}};
  const double d0 = t0_s / kSecondsPerDay;  // days since the origin
  const double d1 = t1_s / kSecondsPerDay;
  // The month containing t0 and its first day, in days since the origin.
  const chr::year_month_day ymd{origin_day + chr::days{long(std::floor(d0))}};
  int year = int(ymd.year());
  int month = int(unsigned(ymd.month()));
  double month_start =
      double((chr::sys_days{ymd.year() / ymd.month() / chr::day{1}} - origin_day).count());
  double total = 0;
  while (month_start < d1) {
    const double days = days_in_month(year, month);
    total += produced_in_month_t(year, month, d0 - month_start, d1 - month_start);
    month_start += days;
    if (++month > 12) month = 1, ++year;
  }
  return total;
}

}  // namespace jez::sectors
