// The `sectors.power` and `sectors.waste` models.
#include <fmt/format.h>

#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

namespace {

std::string sector_or_default(const YamlSource& src, const MapFields& map, const char* key,
                              const Scenario& s, const std::string& fallback) {
  const auto& table = s.economy.table;
  if (const auto f = map.optional(key)) {
    const std::string name = read_name(src, *f);
    if (table.sector_index(name) < 0)
      src.fail(*f, "a sector of the table: " + quoted_choices(table.sectors), describe(f->node),
               did_you_mean(name, table.sectors));
    return name;
  }
  if (table.sector_index(fallback) < 0)
    src.fail_in(map.field(), child_path(map.path(), key),
                fmt::format("a sector of the table for this activity (the table has no '{}', so "
                            "name one of {})",
                            fallback, quoted_choices(table.sectors)),
                "the key missing");
  return fallback;
}

MonthValues twelve(const YamlSource& src, const Field& f, bool fractions) {
  const char* what = fractions ? "a list of 12 numbers in [0, 1] (January to December)"
                               : "a list of 12 numbers >= 0 (January to December)";
  const std::vector<Field> items = list_items(src, f, what);
  if (items.size() != 12) src.fail(f, what, fmt::format("{} items", items.size()));
  MonthValues v{};
  for (std::size_t i = 0; i < 12; ++i)
    v[i] =
        fractions ? read_fraction(src, items[i]) : read_number(src, items[i], Bound::non_negative);
  return v;
}

}  // namespace

PowerSpec read_power(const YamlSource& src, const Field& field, const Scenario& s) {
  const MapFields map(
      src, field, "the power model",
      {"sector", "wind_sector", "tariff_rub_per_kwh", "fuel_price_rub_per_kg",
       "wind_capacity_factor", "wind_penetration_limit", "storage_round_trip_efficiency",
       "demand_monthly_weight", "turbine_kw", "turbine_mtbf_h", "repair_days", "parts_t",
       "wind_tariff_rub_per_kwh", "sectors_needing_power", "islands", "wind_projects"});
  PowerSpec p;
  const auto& table = s.economy.table;
  // The utility's sector: named, or "power" when the table has it; none: wind is sold into
  // final demand and the greenhouses' electricity is not booked.
  if (map.optional("sector") || s.economy.table.sector_index(p.sector) >= 0)
    p.sector = sector_or_default(src, map, "sector", s, p.sector);
  else
    p.sector.clear();
  p.wind_sector = sector_or_default(src, map, "wind_sector", s, p.wind_sector);
  if (const auto f = map.optional("tariff_rub_per_kwh"))
    p.tariff_rub_per_kwh = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("fuel_price_rub_per_kg"))
    p.fuel_price_rub_per_kg = read_number(src, *f, Bound::non_negative);
  p.wind_capacity_factor = twelve(src, map.required("wind_capacity_factor"), true);
  if (const auto f = map.optional("wind_penetration_limit"))
    p.wind_penetration_limit = read_fraction(src, *f);
  if (const auto f = map.optional("storage_round_trip_efficiency")) {
    p.storage_round_trip_efficiency = read_fraction(src, *f);
    if (p.storage_round_trip_efficiency == 0) src.fail(*f, "a number in (0, 1]", "0");
  }
  if (const auto f = map.optional("demand_monthly_weight"))
    p.demand_monthly_weight = twelve(src, *f, false);
  if (const auto f = map.optional("turbine_kw"))
    p.turbine_kw = read_number(src, *f, Bound::positive);
  if (const auto f = map.optional("turbine_mtbf_h"))
    p.turbine_mtbf_h = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("repair_days"))
    p.repair_days = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("parts_t")) p.parts_t = read_number(src, *f, Bound::positive);
  if (const auto f = map.optional("wind_tariff_rub_per_kwh"))
    p.wind_tariff_rub_per_kwh = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("sectors_needing_power"))
    for (const Field& item : list_items(src, *f, "a list of sectors of the table")) {
      const std::string name = read_name(src, item);
      if (table.sector_index(name) < 0)
        src.fail(item, "a sector of the table: " + quoted_choices(table.sectors),
                 describe(item.node), did_you_mean(name, table.sectors));
      p.sectors_needing_power.push_back(name);
    }
  std::vector<Field> seen;
  for (const Field& item : list_items(src, map.required("islands"), "a list of island grids")) {
    const MapFields g(
        src, item, "an island grid",
        {"island", "geothermal_kw", "geothermal_availability", "wind_kw", "diesel_kw", "fuel_hub",
         "fuel_tank_t", "fuel_stock_t", "mwh_per_resident_year", "sector_mwh_per_year"});
    IslandGridSpec x;
    const Field island = g.required("island");
    x.island = read_island(src, island, s);
    check_unique_name(src, island, "island grid", seen);
    if (const auto f = g.optional("geothermal_kw"))
      x.geothermal_kw = read_number(src, *f, Bound::non_negative);
    if (const auto f = g.optional("geothermal_availability"))
      x.geothermal_availability = read_fraction(src, *f);
    if (const auto f = g.optional("wind_kw")) x.wind_kw = read_number(src, *f, Bound::non_negative);
    if (const auto f = g.optional("diesel_kw"))
      x.diesel_kw = read_number(src, *f, Bound::non_negative);
    x.fuel_hub = read_linked_hub(src, g.required("fuel_hub"), s, x.island);
    x.fuel_tank_t = read_number(src, g.required("fuel_tank_t"), Bound::non_negative);
    x.fuel_stock_t = x.fuel_tank_t;
    if (const auto f = g.optional("fuel_stock_t"))
      x.fuel_stock_t = read_number(src, *f, Bound::non_negative);
    x.mwh_per_resident_year =
        read_number(src, g.required("mwh_per_resident_year"), Bound::non_negative);
    if (const auto f = g.optional("sector_mwh_per_year"))
      x.sector_mwh_per_year = read_number(src, *f, Bound::non_negative);
    p.islands.push_back(std::move(x));
  }
  seen.clear();
  if (const auto f = map.optional("wind_projects"))
    for (const Field& item : list_items(src, *f, "a list of wind projects")) {
      const MapFields w(src, item, "a wind project",
                        {"name", "island", "capacity_kw", "storage_kwh", "online"});
      WindProjectSpec x;
      const Field name = w.required("name");
      x.name = read_name(src, name);
      check_unique_name(src, name, "wind project", seen);
      const Field island = w.required("island");
      x.island = read_island(src, island, s);
      bool has_grid = false;
      for (const auto& g : p.islands) has_grid = has_grid || g.island == x.island;
      if (!has_grid)
        src.fail(island, "an island with a grid under sectors.power.islands",
                 describe(island.node));
      x.capacity_kw = read_number(src, w.required("capacity_kw"), Bound::positive);
      if (const auto g = w.optional("storage_kwh"))
        x.storage_kwh = read_number(src, *g, Bound::non_negative);
      x.online = read_online(src, w);
      p.wind_projects.push_back(std::move(x));
    }
  return p;
}

WasteSpec read_waste(const YamlSource& src, const Field& field, const Scenario& s) {
  const MapFields map(src, field, "the waste model",
                      {"sector", "treatment_rub_per_t", "landfill_rub_per_t", "shipping_rub_per_t",
                       "fees_paid_by", "islands", "projects"});
  WasteSpec w;
  w.sector = sector_or_default(src, map, "sector", s, w.sector);
  if (const auto f = map.optional("treatment_rub_per_t"))
    w.treatment_rub_per_t = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("landfill_rub_per_t"))
    w.landfill_rub_per_t = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("shipping_rub_per_t"))
    w.shipping_rub_per_t = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("fees_paid_by"))
    w.fees_paid_by = read_choice(src, *f, {"households", "municipal", "outside"});
  std::vector<Field> seen;
  for (const Field& item : list_items(src, map.required("islands"), "a list of islands")) {
    const MapFields g(src, item, "an island's waste",
                      {"island", "ship_to", "resident_kg_per_day", "visitor_kg_per_day",
                       "sector_t_per_year", "landfill_capacity_t"});
    WasteIslandSpec x;
    const Field island = g.required("island");
    x.island = read_island(src, island, s);
    check_unique_name(src, island, "waste island", seen);
    x.ship_to = read_linked_hub(src, g.required("ship_to"), s, x.island);
    x.resident_kg_per_day =
        read_number(src, g.required("resident_kg_per_day"), Bound::non_negative);
    if (const auto f = g.optional("visitor_kg_per_day"))
      x.visitor_kg_per_day = read_number(src, *f, Bound::non_negative);
    if (const auto f = g.optional("sector_t_per_year"))
      x.sector_t_per_year = read_number(src, *f, Bound::non_negative);
    if (const auto f = g.optional("landfill_capacity_t"))
      x.landfill_capacity_t = read_number(src, *f, Bound::non_negative);
    w.islands.push_back(std::move(x));
  }
  seen.clear();
  if (const auto f = map.optional("projects"))
    for (const Field& item : list_items(src, *f, "a list of treatment projects")) {
      const MapFields p(src, item, "a treatment project",
                        {"name", "island", "treatment_t_per_year", "online"});
      WasteProjectSpec x;
      const Field name = p.required("name");
      x.name = read_name(src, name);
      check_unique_name(src, name, "waste project", seen);
      const Field island = p.required("island");
      x.island = read_island(src, island, s);
      bool listed = false;
      for (const auto& g : w.islands) listed = listed || g.island == x.island;
      if (!listed)
        src.fail(island, "an island listed under sectors.waste.islands", describe(island.node));
      x.treatment_t_per_year =
          read_number(src, p.required("treatment_t_per_year"), Bound::positive);
      x.online = read_online(src, p);
      w.projects.push_back(std::move(x));
    }
  return w;
}

}  // namespace jez
