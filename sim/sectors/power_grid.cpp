#include "sectors/power_grid.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "sectors/param_checks.hpp"

namespace jez::sectors {

void validate(const GridParams& p) {
  require_non_negative("geothermal_kw", p.geothermal_kw);
  require_fraction("geothermal_availability", p.geothermal_availability);
  require_non_negative("wind_kw", p.wind_kw);
  require_fractions("wind_capacity_factor", p.wind_capacity_factor);
  require_fraction("wind_penetration_limit", p.wind_penetration_limit);
  require_non_negative("storage_kwh", p.storage_kwh);
  if (!(p.storage_round_trip_efficiency > 0 && p.storage_round_trip_efficiency <= 1))
    throw std::invalid_argument("storage_round_trip_efficiency must be a number in (0, 1]; found " +
                                std::to_string(p.storage_round_trip_efficiency));
  require_non_negative("storage_cycles_per_day", p.storage_cycles_per_day);
  if (!(p.diesel_kw >= 0))
    throw std::invalid_argument("diesel_kw must be a number >= 0; found " +
                                std::to_string(p.diesel_kw));
  require_positive("diesel_kg_per_kwh", p.diesel_kg_per_kwh);
  require_non_negative("co2_t_per_t_fuel", p.co2_t_per_t_fuel);
}

double household_demand_mwh(const MonthSpan& span, double residents, double mwh_per_resident_year,
                            const std::array<double, 12>& monthly_weight) {
  const double sum = std::accumulate(monthly_weight.begin(), monthly_weight.end(), 0.0);
  const double weight = sum > 0 ? 12.0 * monthly_weight[span.month - 1] / sum : 1.0;
  return residents * mwh_per_resident_year * span.fraction_of_year() * weight;
}

Dispatch dispatch(const GridParams& p, const MonthSpan& span, double demand_mwh, double wind_up_kw,
                  double fuel_stock_kg) {
  Dispatch d;
  const double hours = span.hours();
  d.demand_mwh = std::max(demand_mwh, 0.0);
  // 1. Geothermal: base load, up to capacity x availability.
  d.geothermal_mwh =
      std::min(d.demand_mwh, p.geothermal_kw * p.geothermal_availability * hours / 1000.0);
  double residual = d.demand_mwh - d.geothermal_mwh;
  // 2. Wind: straight to the grid up to the penetration limit of demand.
  const double up_kw = std::clamp(wind_up_kw, 0.0, p.wind_kw);
  d.wind_available_mwh = up_kw * p.wind_capacity_factor[span.month - 1] * hours / 1000.0;
  d.wind_direct_mwh =
      std::min({d.wind_available_mwh, p.wind_penetration_limit * d.demand_mwh, residual});
  residual -= d.wind_direct_mwh;
  // Storage takes what would be curtailed, at most its capacity per cycle, and gives back the
  // round-trip share of it in other hours (a battery forms the grid: no penetration limit).
  const double spare_mwh = d.wind_available_mwh - d.wind_direct_mwh;
  const double eff = p.storage_round_trip_efficiency;
  const double cycle_mwh = p.storage_kwh * p.storage_cycles_per_day * span.days() / 1000.0;
  const double into_storage = std::min({spare_mwh, cycle_mwh, residual / eff});
  d.wind_from_storage_mwh = into_storage * eff;
  residual = std::max(residual - d.wind_from_storage_mwh, 0.0);
  d.wind_mwh = d.wind_direct_mwh + d.wind_from_storage_mwh;
  d.wind_curtailed_mwh = spare_mwh - into_storage;
  // 3. Diesel for the rest, within its capacity and the fuel in stock.
  const double fuel_mwh = std::max(fuel_stock_kg, 0.0) / p.diesel_kg_per_kwh / 1000.0;
  d.diesel_mwh = std::min({residual, p.diesel_kw * hours / 1000.0, fuel_mwh});
  d.unserved_mwh = residual - d.diesel_mwh;
  // When the stock is the limit, burn it all (no rounding residue of kilograms left over).
  d.fuel_burned_kg = d.diesel_mwh == fuel_mwh ? std::max(fuel_stock_kg, 0.0)
                                              : d.diesel_mwh * 1000.0 * p.diesel_kg_per_kwh;
  d.co2_t = d.fuel_burned_kg / 1000.0 * p.co2_t_per_t_fuel;
  return d;
}

GridStep grid_step(const GridParams& p, const MonthSpan& span, double demand_mwh, double wind_up_kw,
                   double fuel_stock_kg) {
  GridStep s;
  s.with_wind = dispatch(p, span, demand_mwh, wind_up_kw, fuel_stock_kg);
  s.without_wind = dispatch(p, span, demand_mwh, 0.0, fuel_stock_kg);
  s.fuel_saved_kg = s.without_wind.fuel_burned_kg - s.with_wind.fuel_burned_kg;
  s.co2_avoided_t = s.without_wind.co2_t - s.with_wind.co2_t;
  s.fuel_stock_after_kg = std::max(fuel_stock_kg, 0.0) - s.with_wind.fuel_burned_kg;
  return s;
}

GridStep grid_step(const GridParams& p, GridState& state, const MonthSpan& span, double demand_mwh,
                   double wind_up_kw) {
  GridStep s = grid_step(p, span, demand_mwh, wind_up_kw, state.fuel_stock_kg);
  state.fuel_stock_kg = s.fuel_stock_after_kg;
  state.fuel_burned_kg += s.with_wind.fuel_burned_kg;
  return s;
}

double hours_to_next_failure(double mtbf_h, double u) {
  require_positive("mtbf_h", mtbf_h);
  if (!(u >= 0 && u < 1))
    throw std::invalid_argument("u must be a uniform number in [0, 1); found " + std::to_string(u));
  return -mtbf_h * std::log1p(-u);
}

PowerCosts power_costs(const PowerCostParams& c, const Dispatch& d) {
  PowerCosts k;
  k.fuel_rub = d.fuel_burned_kg * c.fuel_rub_per_kg;
  k.om_rub = d.diesel_mwh * c.diesel_om_rub_per_mwh + d.wind_mwh * c.wind_om_rub_per_mwh +
             d.geothermal_mwh * c.geothermal_om_rub_per_mwh;
  k.total_rub = k.fuel_rub + k.om_rub;
  const double served = d.demand_mwh - d.unserved_mwh;
  k.rub_per_mwh_served = served > 0 ? k.total_rub / served : 0.0;
  return k;
}

}  // namespace jez::sectors
