// Greenhouse farming on one island: a year's yield per m2 spread over the months by the relative
// light, cut on fog days; heating and lighting energy per m2 by month, drawn from the island grid;
// local sales up to the island's vegetable demand (replacing imports), the surplus shipped.
// Equations: docs/sectors.md section 2.
#pragma once

#include <array>

#include "sectors/month_span.hpp"

namespace jez::sectors {

// The crop of every greenhouse of a scenario: the `sectors.greenhouse` section's struct derives
// from it (scenario/sectors_spec.hpp), so the model takes the values as they were read.
struct GreenhouseCrop {
  double yield_kg_per_m2_year = 0;  // a year without fog, kg/m2/yr
  std::array<double, 12> relative_light{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};  // any scale, sum > 0
  double fog_light_loss = 0.5;                         // share of a fog day's light lost, [0, 1]
  std::array<double, 12> heating_kwh_per_m2_month{};   // >= 0
  std::array<double, 12> lighting_kwh_per_m2_month{};  // >= 0
};

// One greenhouse: the crop, its area and its island's fog.
struct GreenhouseParams : GreenhouseCrop {
  double area_m2 = 0;
  std::array<double, 12> fog_day_share{};  // climatological share of fog days, each in [0, 1]
};

struct GreenhouseStep {
  double yield_t = 0;
  double heating_kwh = 0;
  double lighting_kwh = 0;
  double energy_mwh = 0;     // (heating + lighting) / 1000: the grid demand
  double local_sales_t = 0;  // = imports replaced
  double surplus_t = 0;      // shipped to market
};

// Throws std::invalid_argument naming the field when a parameter is out of range.
void validate(const GreenhouseParams& p);

// The island's vegetable demand over a span: consumers x kg per head per year x the span's
// share of its year, in t.
double vegetable_demand_t(const MonthSpan& span, double consumers, double kg_per_head_year);

// Yield per m2 over a span for a given share of fog days in that month, kg/m2.
double greenhouse_yield_kg_per_m2(const GreenhouseParams& p, const MonthSpan& span,
                                  double fog_day_share);

// One step with the month's fog share as drawn by the caller, and the local demand still unmet
// (t) that this greenhouse may serve.
GreenhouseStep greenhouse_step(const GreenhouseParams& p, const MonthSpan& span,
                               double fog_day_share, double local_demand_t);
// The same with the climatological fog share of the month.
GreenhouseStep greenhouse_step(const GreenhouseParams& p, const MonthSpan& span,
                               double local_demand_t);

}  // namespace jez::sectors
