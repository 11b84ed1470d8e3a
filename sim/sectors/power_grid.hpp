// One island grid over one span: demand from households, sectors and greenhouses, met in merit
// order by geothermal (base load: capacity x availability), wind (installed kW up for the span x
// the month's capacity factor, at most a penetration-limit share of demand; optional storage
// shifts curtailed wind to later hours), and diesel for the rest (capacity and the fuel stock
// permitting); what is left is unserved. The same dispatch with wind set to zero gives the fuel
// saved and the CO2 avoided. Equations and sources: docs/sectors.md section 4.
#pragma once

#include <array>

#include "sectors/month_span.hpp"

namespace jez::sectors {

// Diesel generator specific fuel consumption, kg/kWh (kurils-facts.md section 3).
constexpr double kDieselKgPerKwh = 0.27;
// CO2 per tonne of diesel burned: DEFRA 2024 2.66 kg CO2e/L at 0.84 kg/L (EN 590) = 3.17;
// IPCC 2006 (74.1 t/TJ x 43.0 TJ/kt) gives 3.19.
constexpr double kCo2TPerTDiesel = 3.17;

struct GridParams {
  double geothermal_kw = 0;
  double geothermal_availability = 1;             // [0, 1]
  double wind_kw = 0;                             // installed
  std::array<double, 12> wind_capacity_factor{};  // January..December, each in [0, 1]
  double wind_penetration_limit = 1;              // max share of demand wind serves directly
  double storage_kwh = 0;                         // 0: no storage
  double storage_round_trip_efficiency = 1;       // (0, 1]
  double storage_cycles_per_day = 1;              // full cycles a day, >= 0
  double diesel_kw = 1e300;                       // diesel plant capacity
  double diesel_kg_per_kwh = kDieselKgPerKwh;
  double co2_t_per_t_fuel = kCo2TPerTDiesel;
};

struct Dispatch {
  double demand_mwh = 0;
  double geothermal_mwh = 0;
  double wind_available_mwh = 0;  // what the turbines up could make
  double wind_direct_mwh = 0;     // fed straight to the grid
  double wind_from_storage_mwh = 0;
  double wind_mwh = 0;            // direct + from storage
  double wind_curtailed_mwh = 0;  // available - direct - into storage
  double diesel_mwh = 0;
  double unserved_mwh = 0;
  double fuel_burned_kg = 0;
  double co2_t = 0;
  // Share of demand served, [0, 1]: what a power-bound sector can still produce (1 when there
  // is no demand).
  double served_share() const { return demand_mwh > 0 ? 1 - unserved_mwh / demand_mwh : 1.0; }
};

struct GridStep {
  Dispatch with_wind;
  Dispatch without_wind;     // the same span, demand and fuel stock, wind set to zero
  double fuel_saved_kg = 0;  // without_wind.fuel_burned_kg - with_wind.fuel_burned_kg
  double co2_avoided_t = 0;
  double fuel_stock_after_kg = 0;  // the stock given minus with_wind.fuel_burned_kg
};

// Throws std::invalid_argument naming the field when a parameter is out of range.
void validate(const GridParams& p);

// Household demand over a span: residents x MWh per resident per year x the span's share of the
// year x the month's relative weight (monthly_weight normalised to average 1 over the months).
double household_demand_mwh(const MonthSpan& span, double residents, double mwh_per_resident_year,
                            const std::array<double, 12>& monthly_weight);

// Merit-order dispatch; wind_up_kw is the installed capacity not in outage over the span.
Dispatch dispatch(const GridParams& p, const MonthSpan& span, double demand_mwh, double wind_up_kw,
                  double fuel_stock_kg);

// Dispatch with wind and without it, and the difference.
GridStep grid_step(const GridParams& p, const MonthSpan& span, double demand_mwh, double wind_up_kw,
                   double fuel_stock_kg);

// The island's fuel between spans: what sailings deliver goes in, what diesel burns goes out.
struct GridState {
  double fuel_stock_kg = 0;
  double fuel_delivered_kg = 0;  // cumulative deliveries
  double fuel_burned_kg = 0;     // cumulative burn (with wind)
  void deliver_fuel(double kg) {
    fuel_stock_kg += kg;
    fuel_delivered_kg += kg;
  }
};

// grid_step on the state's fuel stock; takes the burn out of the stock.
GridStep grid_step(const GridParams& p, GridState& state, const MonthSpan& span, double demand_mwh,
                   double wind_up_kw);

// Hours from now to a turbine's next failure for a constant failure rate 1/mtbf_h, by inverse
// transform of the caller's uniform number u in [0, 1): -mtbf_h x ln(1 - u).
double hours_to_next_failure(double mtbf_h, double u);

// The utility's costs over a span.
struct PowerCostParams {
  double fuel_rub_per_kg = 0;  // delivered to the island
  double diesel_om_rub_per_mwh = 0;
  double wind_om_rub_per_mwh = 0;
  double geothermal_om_rub_per_mwh = 0;
};
struct PowerCosts {
  double fuel_rub = 0;
  double om_rub = 0;
  double total_rub = 0;
  double rub_per_mwh_served = 0;  // total / (demand - unserved); 0 when nothing served
};
PowerCosts power_costs(const PowerCostParams& c, const Dispatch& d);

}  // namespace jez::sectors
