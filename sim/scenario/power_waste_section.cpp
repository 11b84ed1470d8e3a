// The `sectors.power` and `sectors.waste` tables.
#include <fmt/format.h>

#include "scenario/bounds.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

using schema::Range;

namespace {

constexpr Range kTonnes{0, 1e8, false, false, "at most 100 million tonnes"};

const keys::Table<IslandGridSpec>& grid_table() {
  using G = IslandGridSpec;
  using K = keys::For<G>;
  static const keys::Table<G> t(
      "island_grid", "sectors.power.islands[]", "an island grid", "",
      {
          island_key<G>("the island the grid serves").unique("island grid"),
          K::number("geothermal_kw", &G::geothermal_kw, bounds::kPlantKw, "kW",
                    "geothermal capacity"),
          K::number("geothermal_availability", &G::geothermal_availability, bounds::kFraction, "",
                    "the share of the time geothermal runs"),
          K::number("wind_kw", &G::wind_kw, bounds::kPlantKw, "kW",
                    "wind already installed: it generates in every run, the counterfactual "
                    "included, whatever the regime, without outages, and adds no sales or imports "
                    "saved (the table books them)"),
          K::number("diesel_kw", &G::diesel_kw,
                    Range{0, 1e9, false, false, "at most 1e9 kW, the default: unlimited"}, "kW",
                    "diesel capacity"),
          linked_hub_key<G>("fuel_hub", &G::fuel_hub,
                            "where diesel comes from, a hub with a direct route"),
          K::number("fuel_tank_t", &G::fuel_tank_t, kTonnes, "t",
                    "storage: each month the island orders up to this")
              .required(),
          K::number("fuel_stock_t", &G::fuel_stock_t, kTonnes, "t", "in the tanks at the start")
              .default_is("the tank")
              .when_absent([](const ReadContext&, const MapFields&, G& g) {
                g.fuel_stock_t = g.fuel_tank_t;
              }),
          K::number("mwh_per_resident_year", &G::mwh_per_resident_year,
                    Range{0, 1000, false, false, "at most 1,000 MWh a resident a year"},
                    "MWh/resident/year", "households' demand")
              .required(),
          K::number("sector_mwh_per_year", &G::sector_mwh_per_year, bounds::kMwhPerYear, "MWh/year",
                    "the fish plants' and other sectors' demand"),
      });
  return t;
}

const keys::Table<WindProjectSpec>& wind_project_table() {
  using W = WindProjectSpec;
  using K = keys::For<W>;
  static const keys::Table<W> t(
      "wind_project", "sectors.power.wind_projects[]", "a wind project", "",
      {
          K::name("name", &W::name, "the project's name").required().unique("wind project"),
          island_key<W>("an island with a grid under sectors.power.islands"),
          K::number("capacity_kw", &W::capacity_kw, bounds::kPositivePlantKw, "kW",
                    "the turbines' capacity")
              .required(),
          K::number("storage_kwh", &W::storage_kwh, bounds::kStorageKwh, "kWh",
                    "the project's storage"),
          K::optional_month("online", &W::online, "when it starts operating"),
      });
  return t;
}

// The names of `sectors_needing_power`: sectors of the table.
keys::Key<PowerSpec> sectors_needing_power_key() {
  using K = keys::For<PowerSpec>;
  schema::Key info =
      K::info("sectors_needing_power", schema::Type::list, "",
              "sectors whose output is capped by the share of energy served when fuel runs out");
  info.element = std::make_shared<schema::Key>(K::info("", schema::Type::name, "", ""));
  return K::custom(
      info,
      [](const ReadContext& c, const Field& f, PowerSpec& p) {
        for (const Field& item : list_items(c.src, f, "a list of sectors of the table"))
          p.sectors_needing_power.push_back(read_table_sector(c.src, item, c.s));
      },
      [](const PowerSpec& p) { return keys::names(p.sectors_needing_power); });
}

}  // namespace

const keys::Table<PowerSpec>& power_table() {
  using P = PowerSpec;
  using K = keys::For<P>;
  static const keys::Table<P> t(
      "power", "sectors.power", "the power model",
      "Per-island dispatch of geothermal, wind (up to a penetration limit) and diesel; diesel "
      "needs fuel deliveries.",
      {
          K::ref(
              "sector", &P::sector,
              [](const ReadContext& c, const Field& f, const P&) {
                return read_table_sector(c.src, f, c.s);
              },
              "the utility's IO sector, which buys the wind and sells the greenhouses their "
              "power; absent: 'power' if the table has it, else none (wind is sold into final "
              "demand)")
              .default_is("power, if the table has it")
              .write_if([](const P& p) { return !p.sector.empty(); })
              .when_absent([](const ReadContext& c, const MapFields&, P& p) {
                if (c.s.economy.table.sector_index(p.sector) < 0) p.sector.clear();
              }),
          activity_sector_key<P>("wind_sector", &P::wind_sector, "where wind energy sales go"),
          K::number("tariff_rub_per_kwh", &P::tariff_rub_per_kwh, bounds::kRubPerKwh, "RUB/kWh",
                    "the table's price of power from the grid (what a greenhouse pays)"),
          K::number("fuel_price_rub_per_kg", &P::fuel_price_rub_per_kg, bounds::kPriceRubPerKg,
                    "RUB/kg", "diesel delivered: the imports that wind saves the power sector"),
          K::twelve("wind_capacity_factor", &P::wind_capacity_factor, bounds::kFraction, false, "",
                    "by month, January to December")
              .required(),
          K::number("wind_penetration_limit", &P::wind_penetration_limit, bounds::kFraction, "",
                    "the share of demand wind may serve directly"),
          K::number("storage_round_trip_efficiency", &P::storage_round_trip_efficiency,
                    bounds::kPositiveFraction, "", "of the wind projects' storage"),
          K::twelve("demand_monthly_weight", &P::demand_monthly_weight, bounds::kWeight, false, "",
                    "households' demand by month (normalised)"),
          K::number("turbine_kw", &P::turbine_kw,
                    Range{0, 2e4, true, false, "the largest turbines are about 15 MW"}, "kW",
                    "one turbine: an outage takes one down"),
          K::number("turbine_mtbf_h", &P::turbine_mtbf_h,
                    Range{0, 1e6, false, false, "at most a million hours (over a century)"}, "h",
                    "mean time between failures of one turbine; 0: no outages"),
          K::number("repair_days", &P::repair_days,
                    Range{0, 3650, false, false, "at most ten years"}, "days",
                    "after the parts arrive"),
          K::number("parts_t", &P::parts_t,
                    Range{0, 1e4, true, false, "10,000 t of parts is more than any repair needs"},
                    "t", "cargo from the fuel hub that a repair needs"),
          K::number("wind_tariff_rub_per_kwh", &P::wind_tariff_rub_per_kwh, bounds::kRubPerKwh,
                    "RUB/kWh", "what the grid pays for wind energy"),
          sectors_needing_power_key(),
          K::list("islands", &P::islands, grid_table(),
                  keys::ListOptions<P, IslandGridSpec>{"a list of island grids"}, "the grids")
              .required(),
          K::list("wind_projects", &P::wind_projects, wind_project_table(),
                  keys::ListOptions<P, WindProjectSpec>{
                      "a list of wind projects", keys::ListStyle::block, false,
                      island_listed_in<P, WindProjectSpec>(
                          &P::islands, "an island with a grid under sectors.power.islands")},
                  "the wind projects"),
      });
  return t;
}

namespace {

constexpr Range kKgPerDay{0, 100, false, false, "at most 100 kg a person a day"};

const keys::Table<WasteIslandSpec>& waste_island_table() {
  using W = WasteIslandSpec;
  using K = keys::For<W>;
  static const keys::Table<W> t(
      "waste_island", "sectors.waste.islands[]", "an island's waste", "",
      {
          island_key<W>("the island").unique("waste island"),
          linked_hub_key<W>("ship_to", &W::ship_to,
                            "where waste is shipped, a hub with a direct route"),
          K::number("resident_kg_per_day", &W::resident_kg_per_day, kKgPerDay, "kg/day",
                    "waste per resident")
              .required(),
          K::number("visitor_kg_per_day", &W::visitor_kg_per_day, kKgPerDay, "kg/day",
                    "waste per visitor"),
          K::number("sector_t_per_year", &W::sector_t_per_year, bounds::kTonnesPerYear, "t/year",
                    "the sectors' waste"),
          K::number("landfill_capacity_t", &W::landfill_capacity_t,
                    Range{0, 1e10, false, false, "at most 10 billion tonnes"}, "t",
                    "what the landfill can still take"),
      });
  return t;
}

const keys::Table<WasteProjectSpec>& waste_project_table() {
  using W = WasteProjectSpec;
  using K = keys::For<W>;
  static const keys::Table<W> t(
      "waste_project", "sectors.waste.projects[]", "a treatment project", "",
      {
          K::name("name", &W::name, "the project's name").required().unique("waste project"),
          island_key<W>("an island listed under sectors.waste.islands"),
          K::number("treatment_t_per_year", &W::treatment_t_per_year,
                    bounds::kPositiveTonnesPerYear, "t/year", "treatment capacity")
              .required(),
          K::optional_month("online", &W::online, "when it starts operating"),
      });
  return t;
}

}  // namespace

const keys::Table<WasteSpec>& waste_table() {
  using W = WasteSpec;
  using K = keys::For<W>;
  static const keys::Table<W> t(
      "waste", "sectors.waste", "the waste model", "",
      {
          activity_sector_key<W>("sector", &W::sector, "where treatment fees go"),
          K::number("treatment_rub_per_t", &W::treatment_rub_per_t, bounds::kCostRubPerT, "RUB/t",
                    "cost of treating a tonne"),
          K::number("landfill_rub_per_t", &W::landfill_rub_per_t, bounds::kCostRubPerT, "RUB/t",
                    "cost of landfilling a tonne"),
          K::number("shipping_rub_per_t", &W::shipping_rub_per_t, bounds::kCostRubPerT, "RUB/t",
                    "cost of shipping a tonne out"),
          K::choice(
              "fees_paid_by", &W::fees_paid_by,
              std::vector<std::pair<std::string, std::string>>{
                  {"households", "households"}, {"municipal", "municipal"}, {"outside", "outside"}},
              "who pays for the handling of waste: households or municipal (their other "
              "spending falls by as much), or outside (a federal programme: new money)"),
          K::list("islands", &W::islands, waste_island_table(),
                  keys::ListOptions<W, WasteIslandSpec>{"a list of islands"}, "the islands")
              .required(),
          K::list("projects", &W::projects, waste_project_table(),
                  keys::ListOptions<W, WasteProjectSpec>{
                      "a list of treatment projects", keys::ListStyle::block, false,
                      island_listed_in<W, WasteProjectSpec>(
                          &W::islands, "an island listed under sectors.waste.islands")},
                  "treatment plants"),
      });
  return t;
}

}  // namespace jez
