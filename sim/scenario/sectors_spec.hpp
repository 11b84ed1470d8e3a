// The scenario's sector models: physical parameters of the base sectors and the activities.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"
#include "sectors/greenhouse.hpp"

namespace jez {

// One fish-processing plant: its yearly output is shipped to a market over a direct route.
struct FishPlant {
  std::string name;
  std::string island;
  std::string market;  // a hub region with a direct route from the island
  double output_t_per_year = 0;
};

// The islands' fish-processing output, produced through the year by a monthly profile,
// shipped to market and sold (entering final demand as exports) when it is delivered.
struct FishExports {
  std::string sector = "fish_processing";  // the IO sector whose exports this replaces
  double price_rub_per_kg = 0;
  std::array<double, 12> monthly_profile{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};  // relative
  std::vector<FishPlant> plants;
};

}  // namespace jez

namespace jez {

// When a project starts operating: its own `online` month, else the month its investment comes
// online (investments:), else the scenario's first month.
using MonthFlags = std::array<bool, 12>;  // January..December
using MonthValues = std::array<double, 12>;

// One aquaculture farm: one species on one island; its harvest is perishable cargo to market.
struct AquacultureProjectSpec {
  std::string name;
  std::string island;
  std::string market;  // a hub with a direct route from the island
  std::string species = "sea_urchin";
  double area_ha = 0;
  double years_to_first_harvest = 3;
  double survival_per_year = 0.8;
  double yield_t_per_ha_year = 1;
  MonthFlags harvest_months{};
  int seed_month = 5;
  double price_rub_per_kg = 0;
  double shelf_life_days = 7;  // a lot older than this when it arrives (or waiting) is spoiled
  std::optional<YearMonth> online;
};

struct AquacultureSpec {
  std::string sector = "aquaculture";  // the IO sector its sales are final demand of
  std::vector<AquacultureProjectSpec> projects;
};

struct GreenhouseProjectSpec {
  std::string name;
  std::string island;
  std::string market;  // where the surplus is shipped
  double area_m2 = 0;
  std::optional<YearMonth> online;
};

// The crop's keys (yield, light, fog, energy) are the model's own parameters, read into them.
struct GreenhouseSpec : sectors::GreenhouseCrop {
  std::string sector = "greenhouse";
  double price_rub_per_kg = 0;
  double shelf_life_days = 10;
  double vegetable_kg_per_head_year = 0;  // the island's demand that local sales may replace
  std::vector<GreenhouseProjectSpec> projects;
};

struct VisitorFlowSpec {
  std::string name;
  std::string island;          // where the visitors stay
  std::string route;           // the route they arrive by (towards the island)
  std::string side = "japan";  // japan | russia: where they come from
  double visitors_per_year = 0;
  MonthFlags season_months{};
  double nights_per_visit = 0;
  double seats_per_sailing = 0;
  double spending_rub_per_visitor_day = 0;
  // A package tour: its price per visit and the shares of it that pay the ship, the operator
  // at home, the nights on the mainland and the stay on the islands (summing to 1). Only the
  // islands' share is spent on the islands: it replaces spending_rub_per_visitor_day.
  struct Package {
    double price_rub = 0;
    double ship = 0, operator_home = 0, mainland = 0, islands = 1;
  };
  std::optional<Package> package;
  // What a visitor spends on the islands a day, in RUB.
  double island_spending_per_day() const {
    return package ? package->price_rub * package->islands / (nights_per_visit + 1)
                   : spending_rub_per_visitor_day;
  }
  std::string project;              // a joint project whose revenue is this flow's spending
  std::optional<YearMonth> online;  // the flow runs from this month (its project's opening)
};

struct IslandBeds {
  std::string island;
  double beds = 0;
};

struct TourismSpec {
  std::string sector = "tourism";
  std::vector<IslandBeds> beds;
  std::vector<VisitorFlowSpec> flows;
};

struct WindProjectSpec {
  std::string name;
  std::string island;
  double capacity_kw = 0;
  double storage_kwh = 0;
  std::optional<YearMonth> online;
};

struct IslandGridSpec {
  std::string island;
  double geothermal_kw = 0;
  double geothermal_availability = 1;
  // Wind already installed (not a joint project): it generates in every run, the counterfactual
  // included; its sales are the table's own (wind_power to power), so none is added.
  double wind_kw = 0;
  double diesel_kw = 1e9;
  std::string fuel_hub;     // the hub the fuel comes from, by a direct route
  double fuel_tank_t = 0;   // storage: each month the island orders up to this
  double fuel_stock_t = 0;  // in the tanks at the start
  double mwh_per_resident_year = 0;
  double sector_mwh_per_year = 0;  // the fish plants and other sectors
};

struct PowerSpec {
  std::string sector = "power";  // the IO sector of the island grids (the utility)
  std::string wind_sector = "wind_power";
  MonthValues wind_capacity_factor{};
  double wind_penetration_limit = 0.3;
  double storage_round_trip_efficiency = 0.85;
  MonthValues demand_monthly_weight{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  double turbine_kw = 100;             // size of one turbine: an outage takes one down
  double turbine_mtbf_h = 0;           // 0: no outages
  double repair_days = 3;              // after the parts arrive
  double parts_t = 2;                  // the parts shipped from the fuel hub
  double wind_tariff_rub_per_kwh = 0;  // what the grid pays for wind energy (project revenue)
  // The table's price of power from the grid (what a greenhouse pays for its electricity) and
  // the price of diesel delivered (the imports that wind saves the power sector).
  double tariff_rub_per_kwh = 0;
  double fuel_price_rub_per_kg = 0;
  std::vector<std::string> sectors_needing_power;  // output cut by the share of power unserved
  std::vector<IslandGridSpec> islands;
  std::vector<WindProjectSpec> wind_projects;
};

struct WasteIslandSpec {
  std::string island;
  std::string ship_to;  // a hub with a direct route
  double resident_kg_per_day = 0;
  double visitor_kg_per_day = 0;
  double sector_t_per_year = 0;
  double landfill_capacity_t = 0;
};

struct WasteProjectSpec {
  std::string name;
  std::string island;
  double treatment_t_per_year = 0;
  std::optional<YearMonth> online;
};

struct WasteSpec {
  std::string sector = "waste";
  double treatment_rub_per_t = 0;
  double landfill_rub_per_t = 0;
  double shipping_rub_per_t = 0;
  // Who pays for the handling of waste: households or municipal (their other spending falls
  // by as much), or outside (a federal programme: new money for the islands).
  std::string fees_paid_by = "households";
  std::vector<WasteIslandSpec> islands;
  std::vector<WasteProjectSpec> projects;
};

// The sector models of the five activities (each absent when its key is).
struct ActivitiesSpec {
  std::optional<AquacultureSpec> aquaculture;
  std::optional<GreenhouseSpec> greenhouse;
  std::optional<TourismSpec> tourism;
  std::optional<PowerSpec> power;
  std::optional<WasteSpec> waste;
};

// The activities without the joint projects: no farm, greenhouse, wind or waste project, and no
// visitor flow that belongs to a project (the counterfactual "without the joint activities").
inline ActivitiesSpec without_joint_projects(ActivitiesSpec a) {
  if (a.aquaculture) a.aquaculture->projects.clear();
  if (a.greenhouse) a.greenhouse->projects.clear();
  if (a.power) a.power->wind_projects.clear();
  if (a.waste) a.waste->projects.clear();
  if (a.tourism)
    std::erase_if(a.tourism->flows, [](const VisitorFlowSpec& f) { return !f.project.empty(); });
  return a;
}

}  // namespace jez
