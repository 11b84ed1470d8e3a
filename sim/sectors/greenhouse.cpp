#include "sectors/greenhouse.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "sectors/param_checks.hpp"

namespace jez::sectors {

void validate(const GreenhouseParams& p) {
  require_non_negative("area_m2", p.area_m2);
  require_non_negative("yield_kg_per_m2_year", p.yield_kg_per_m2_year);
  require_non_negative("relative_light", p.relative_light);
  if (!(std::accumulate(p.relative_light.begin(), p.relative_light.end(), 0.0) > 0))
    throw std::invalid_argument("relative_light must have a positive sum; found all zeros");
  require_fractions("fog_day_share", p.fog_day_share);
  require_fraction("fog_light_loss", p.fog_light_loss);
  require_non_negative("heating_kwh_per_m2_month", p.heating_kwh_per_m2_month);
  require_non_negative("lighting_kwh_per_m2_month", p.lighting_kwh_per_m2_month);
}

double vegetable_demand_t(const MonthSpan& span, double consumers, double kg_per_head_year) {
  return consumers * kg_per_head_year * span.fraction_of_year() / 1000.0;
}

double greenhouse_yield_kg_per_m2(const GreenhouseParams& p, const MonthSpan& span,
                                  double fog_day_share) {
  const double light_sum = std::accumulate(p.relative_light.begin(), p.relative_light.end(), 0.0);
  const double fog = std::clamp(fog_day_share, 0.0, 1.0);
  // The month's share of the fog-free year, cut by the light lost on its fog days.
  const double month_share = p.relative_light[span.month - 1] / light_sum;
  return p.yield_kg_per_m2_year * month_share * (1 - p.fog_light_loss * fog) *
         span.fraction_of_month();
}

GreenhouseStep greenhouse_step(const GreenhouseParams& p, const MonthSpan& span,
                               double fog_day_share, double local_demand_t) {
  GreenhouseStep out;
  out.yield_t = p.area_m2 * greenhouse_yield_kg_per_m2(p, span, fog_day_share) / 1000.0;
  const double f = span.fraction_of_month();
  out.heating_kwh = p.area_m2 * p.heating_kwh_per_m2_month[span.month - 1] * f;
  out.lighting_kwh = p.area_m2 * p.lighting_kwh_per_m2_month[span.month - 1] * f;
  out.energy_mwh = (out.heating_kwh + out.lighting_kwh) / 1000.0;
  out.local_sales_t = std::min(out.yield_t, std::max(local_demand_t, 0.0));
  out.surplus_t = out.yield_t - out.local_sales_t;
  return out;
}

GreenhouseStep greenhouse_step(const GreenhouseParams& p, const MonthSpan& span,
                               double local_demand_t) {
  return greenhouse_step(p, span, p.fog_day_share[span.month - 1], local_demand_t);
}

}  // namespace jez::sectors
