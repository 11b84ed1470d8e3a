// The `sectors` section's activity models: aquaculture, greenhouse, tourism, power, waste.
#include <fmt/format.h>

#include <cmath>

#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

const std::vector<std::string>& sector_model_keys() {
  static const std::vector<std::string> keys = {"fish_processing", "aquaculture", "greenhouse",
                                                "tourism",         "power",       "waste"};
  return keys;
}

std::string read_island(const YamlSource& src, const Field& f, const Scenario& s) {
  const Region& r = read_region_ref(src, f, s.regions);
  if (r.kind != RegionKind::island)
    src.fail(f, "a region of kind island", fmt::format("'{}', a hub", r.name));
  return r.name;
}

std::string read_linked_hub(const YamlSource& src, const Field& f, const Scenario& s,
                            const std::string& island) {
  const Region& r = read_region_ref(src, f, s.regions);
  if (r.kind != RegionKind::hub)
    src.fail(f, "a region of kind hub", fmt::format("'{}', an island", r.name));
  if (!s.find_route(island, r.name)) {
    std::vector<std::string> linked;  // the hubs that do have a route from the island
    for (const Route& route : s.routes) {
      const std::string other = route.from == island ? route.to
                                : route.to == island ? route.from
                                                     : "";
      const Region* o = s.find_region(other);
      if (o && o->kind == RegionKind::hub) linked.push_back(other);
    }
    const std::string choices = linked.empty() ? "none has one" : quoted_choices(linked);
    src.fail(f, fmt::format("a hub with a route from '{}' ({})", island, choices),
             fmt::format("'{}', which no route links to '{}'", r.name, island));
  }
  return r.name;
}

std::optional<YearMonth> read_online(const YamlSource& src, const MapFields& map) {
  if (const auto f = map.optional("online")) return read_month(src, *f);
  return std::nullopt;
}

double read_fraction(const YamlSource& src, const Field& f) {
  const double v = read_number(src, f, Bound::non_negative);
  if (v > 1) src.fail(f, "a number in [0, 1]", f.node.Scalar());
  return v;
}

namespace {

std::string read_table_sector(const YamlSource& src, const Field& f, const Scenario& s) {
  const std::string name = read_name(src, f);
  const auto& sectors = s.economy.table.sectors;
  if (s.economy.table.sector_index(name) < 0)
    src.fail(f, "a sector of the table: " + quoted_choices(sectors), describe(f.node),
             did_you_mean(name, sectors));
  return name;
}

// The IO sector an activity's sales go to: its `sector` key, else the default name, which the
// table must then have.
std::string activity_sector(const YamlSource& src, const MapFields& map, const Scenario& s,
                            const std::string& fallback) {
  if (const auto f = map.optional("sector")) return read_table_sector(src, *f, s);
  if (s.economy.table.sector_index(fallback) < 0)
    src.fail_in(map.field(), child_path(map.path(), "sector"),
                fmt::format("a sector of the table for this activity (the table has no '{}', so "
                            "name one of {})",
                            fallback, quoted_choices(s.economy.table.sectors)),
                "the key missing");
  return fallback;
}

// 12 numbers, January to December, each in [0, max] (max < 0: no upper bound).
MonthValues read_values12(const YamlSource& src, const Field& f, double max = -1) {
  const std::string what = max < 0 ? "a list of 12 numbers >= 0 (January to December)"
                                   : "a list of 12 numbers in [0, 1] (January to December)";
  const std::vector<Field> items = list_items(src, f, what);
  if (items.size() != 12) src.fail(f, what, fmt::format("{} items", items.size()));
  MonthValues v{};
  for (std::size_t i = 0; i < 12; ++i) {
    v[i] = read_number(src, items[i], Bound::non_negative);
    if (max >= 0 && v[i] > max) src.fail(items[i], "a number in [0, 1]", items[i].node.Scalar());
  }
  return v;
}

// A list of month numbers 1..12, at least one: a season that comes every year.
MonthFlags read_months(const YamlSource& src, const Field& f, const char* what) {
  const std::string expected = fmt::format("a list of month numbers 1..12 ({})", what);
  MonthFlags flags{};
  bool any = false;
  for (const Field& item : list_items(src, f, expected)) {
    const double m = read_number(src, item, Bound::positive);
    if (m != int(m) || m > 12) src.fail(item, "a month number 1..12", item.node.Scalar());
    flags[int(m) - 1] = any = true;
  }
  if (!any) src.fail(f, expected, "an empty list: the season never comes");
  return flags;
}

AquacultureSpec read_aquaculture(const YamlSource& src, const Field& field, const Scenario& s) {
  const MapFields map(src, field, "the aquaculture model", {"sector", "projects"});
  AquacultureSpec a;
  a.sector = activity_sector(src, map, s, a.sector);
  std::vector<Field> names;
  for (const Field& item : list_items(src, map.required("projects"), "a list of farms")) {
    const MapFields p(src, item, "a farm",
                      {"name", "island", "market", "species", "area_ha", "years_to_first_harvest",
                       "survival_per_year", "yield_t_per_ha_year", "harvest_months", "seed_month",
                       "price_rub_per_kg", "shelf_life_days", "online"});
    AquacultureProjectSpec x;
    const Field name = p.required("name");
    x.name = read_name(src, name);
    check_unique_name(src, name, "farm", names);
    x.island = read_island(src, p.required("island"), s);
    x.market = read_linked_hub(src, p.required("market"), s, x.island);
    if (const auto f = p.optional("species")) x.species = read_name(src, *f);
    x.area_ha = read_number(src, p.required("area_ha"), Bound::positive);
    if (const auto f = p.optional("years_to_first_harvest"))
      x.years_to_first_harvest = read_number(src, *f, Bound::positive);
    if (const auto f = p.optional("survival_per_year")) {
      x.survival_per_year = read_fraction(src, *f);
      if (x.survival_per_year == 0) src.fail(*f, "a number in (0, 1]", "0");
    }
    x.yield_t_per_ha_year = read_number(src, p.required("yield_t_per_ha_year"), Bound::positive);
    x.harvest_months = read_months(src, p.required("harvest_months"), "the harvest season");
    if (const auto f = p.optional("seed_month")) {
      const double m = read_number(src, *f, Bound::positive);
      if (m != int(m) || m > 12) src.fail(*f, "a month number 1..12", f->node.Scalar());
      x.seed_month = int(m);
    }
    x.price_rub_per_kg = read_number(src, p.required("price_rub_per_kg"), Bound::non_negative);
    if (const auto f = p.optional("shelf_life_days"))
      x.shelf_life_days = read_number(src, *f, Bound::positive);
    x.online = read_online(src, p);
    a.projects.push_back(std::move(x));
  }
  return a;
}

GreenhouseSpec read_greenhouse(const YamlSource& src, const Field& field, const Scenario& s) {
  const MapFields map(src, field, "the greenhouse model",
                      {"sector", "yield_kg_per_m2_year", "relative_light", "fog_light_loss",
                       "heating_kwh_per_m2_month", "lighting_kwh_per_m2_month", "price_rub_per_kg",
                       "shelf_life_days", "vegetable_kg_per_head_year", "projects"});
  GreenhouseSpec g;
  g.sector = activity_sector(src, map, s, g.sector);
  g.yield_kg_per_m2_year = read_number(src, map.required("yield_kg_per_m2_year"), Bound::positive);
  if (const auto f = map.optional("relative_light")) g.relative_light = read_values12(src, *f);
  if (const auto f = map.optional("fog_light_loss")) g.fog_light_loss = read_fraction(src, *f);
  if (const auto f = map.optional("heating_kwh_per_m2_month"))
    g.heating_kwh_per_m2_month = read_values12(src, *f);
  if (const auto f = map.optional("lighting_kwh_per_m2_month"))
    g.lighting_kwh_per_m2_month = read_values12(src, *f);
  g.price_rub_per_kg = read_number(src, map.required("price_rub_per_kg"), Bound::non_negative);
  if (const auto f = map.optional("shelf_life_days"))
    g.shelf_life_days = read_number(src, *f, Bound::positive);
  if (const auto f = map.optional("vegetable_kg_per_head_year"))
    g.vegetable_kg_per_head_year = read_number(src, *f, Bound::non_negative);
  std::vector<Field> names;
  for (const Field& item : list_items(src, map.required("projects"), "a list of greenhouses")) {
    const MapFields p(src, item, "a greenhouse", {"name", "island", "market", "area_m2", "online"});
    GreenhouseProjectSpec x;
    const Field name = p.required("name");
    x.name = read_name(src, name);
    check_unique_name(src, name, "greenhouse", names);
    x.island = read_island(src, p.required("island"), s);
    x.market = read_linked_hub(src, p.required("market"), s, x.island);
    x.area_m2 = read_number(src, p.required("area_m2"), Bound::positive);
    x.online = read_online(src, p);
    g.projects.push_back(std::move(x));
  }
  return g;
}

// A package tour's price and where it goes: the ship, the operator at home, the nights on the
// mainland and the stay on the islands, as shares summing to 1.
VisitorFlowSpec::Package read_package(const YamlSource& src, const Field& field) {
  const MapFields m(src, field, "a package tour",
                    {"price_rub", "ship", "operator", "mainland", "islands"});
  VisitorFlowSpec::Package k;
  k.price_rub = read_number(src, m.required("price_rub"), Bound::non_negative);
  k.ship = read_fraction(src, m.required("ship"));
  k.operator_home = read_fraction(src, m.required("operator"));
  k.mainland = read_fraction(src, m.required("mainland"));
  k.islands = read_fraction(src, m.required("islands"));
  const double sum = k.ship + k.operator_home + k.mainland + k.islands;
  if (std::abs(sum - 1) > 1e-6)
    src.fail(field, "shares ship + operator + mainland + islands summing to 1",
             fmt::format("a sum of {}", sum));
  return k;
}

TourismSpec read_tourism(const YamlSource& src, const Field& field, const Scenario& s) {
  const MapFields map(src, field, "the tourism model", {"sector", "beds", "flows"});
  TourismSpec t;
  t.sector = activity_sector(src, map, s, t.sector);
  if (const auto f = map.optional("beds")) {
    std::vector<std::string> islands;
    for (const Region& r : s.regions)
      if (r.kind == RegionKind::island) islands.push_back(r.name);
    const MapFields beds(src, *f, "beds by island", islands);
    for (const std::string& island : islands)
      if (const auto b = beds.optional(island))
        t.beds.push_back({island, read_number(src, *b, Bound::non_negative)});
  }
  std::vector<Field> names;
  for (const Field& item : list_items(src, map.required("flows"), "a list of visitor flows")) {
    const MapFields p(src, item, "a visitor flow",
                      {"name", "island", "route", "side", "visitors_per_year", "season_months",
                       "nights_per_visit", "seats_per_sailing", "spending_rub_per_visitor_day",
                       "package", "project", "online"});
    VisitorFlowSpec x;
    const Field name = p.required("name");
    x.name = read_name(src, name);
    check_unique_name(src, name, "visitor flow", names);
    x.island = read_island(src, p.required("island"), s);
    const Field route = p.required("route");
    x.route = read_name(src, route);
    const Route* r = nullptr;
    std::vector<std::string> serving;
    for (const Route& candidate : s.routes) {
      if (candidate.from != x.island && candidate.to != x.island) continue;
      serving.push_back(candidate.name);
      if (candidate.name == x.route) r = &candidate;
    }
    if (!r)
      src.fail(route,
               fmt::format("a route to '{}' ({})", x.island,
                           serving.empty() ? "none" : quoted_choices(serving)),
               describe(route.node), did_you_mean(x.route, serving));
    if (const auto f = p.optional("side")) x.side = read_choice(src, *f, {"japan", "russia"});
    x.visitors_per_year = read_number(src, p.required("visitors_per_year"), Bound::non_negative);
    x.season_months = read_months(src, p.required("season_months"), "the season");
    if (const auto f = p.optional("nights_per_visit"))
      x.nights_per_visit = read_number(src, *f, Bound::non_negative);
    x.seats_per_sailing = read_number(src, p.required("seats_per_sailing"), Bound::non_negative);
    if (const auto f = p.optional("package")) {
      x.package = read_package(src, *f);
      if (const auto g = p.optional("spending_rub_per_visitor_day"))
        src.fail(*g, "no spending_rub_per_visitor_day with a package (its islands share sets it)",
                 describe(g->node));
    } else {
      x.spending_rub_per_visitor_day =
          read_number(src, p.required("spending_rub_per_visitor_day"), Bound::non_negative);
    }
    if (const auto f = p.optional("project")) x.project = read_name(src, *f);
    x.online = read_online(src, p);
    t.flows.push_back(std::move(x));
  }
  return t;
}

}  // namespace

PowerSpec read_power(const YamlSource& src, const Field& field, const Scenario& s);
WasteSpec read_waste(const YamlSource& src, const Field& field, const Scenario& s);

void read_activities(const YamlSource& src, const Field& field, Scenario& s) {
  const MapFields map(src, field, "the sectors", sector_model_keys());
  if (const auto f = map.optional("aquaculture"))
    s.activities.aquaculture = read_aquaculture(src, *f, s);
  if (const auto f = map.optional("greenhouse"))
    s.activities.greenhouse = read_greenhouse(src, *f, s);
  if (const auto f = map.optional("tourism")) s.activities.tourism = read_tourism(src, *f, s);
  if (const auto f = map.optional("power")) s.activities.power = read_power(src, *f, s);
  if (const auto f = map.optional("waste")) s.activities.waste = read_waste(src, *f, s);
}

}  // namespace jez
