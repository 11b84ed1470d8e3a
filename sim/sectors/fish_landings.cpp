#include "sectors/fish_landings.hpp"

#include <algorithm>
#include <stdexcept>

#include "sectors/param_checks.hpp"

namespace jez::sectors {
namespace {

const FishLandingParams& checked(const FishLandingParams& p) {
  require_non_negative("catch_t_per_year", p.catch_t_per_year);
  require_non_negative("catch_profile", p.catch_profile);
  require_non_negative("plant_raw_t_per_day", p.plant_raw_t_per_day);
  if (!(p.product_t_per_raw_t > 0 && p.product_t_per_raw_t <= 1))
    throw std::invalid_argument("product_t_per_raw_t must be a number in (0, 1]; found " +
                                std::to_string(p.product_t_per_raw_t));
  return p;
}

}  // namespace

FishLandings::FishLandings(const FishLandingParams& p)
    : params_(checked(p)), catch_(p.catch_t_per_year, p.catch_profile) {}

FishLandingStep FishLandings::step(const MonthSpan& span, double power_served_share) const {
  FishLandingStep s;
  s.catch_t = catch_.produced_in_month_t(span.year, span.month, span.day_from, span.day_to);
  const double full_capacity_t = params_.plant_raw_t_per_day * span.days();
  const double capacity_t = full_capacity_t * std::clamp(power_served_share, 0.0, 1.0);
  s.processed_raw_t = std::min(s.catch_t, capacity_t);
  // Capacity lost to the power shortage only counts where there was fish to use it.
  s.capacity_lost_t = std::min(s.catch_t, full_capacity_t) - s.processed_raw_t;
  s.product_t = s.processed_raw_t * params_.product_t_per_raw_t;
  s.landed_raw_t = s.catch_t - s.processed_raw_t;
  return s;
}

}  // namespace jez::sectors
