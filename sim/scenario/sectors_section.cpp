// The `sectors` section's activity tables: aquaculture, greenhouse, tourism (power and waste in
// power_waste_section.cpp), and the reference checks that every sector table shares.
#include <fmt/format.h>

#include <cmath>

#include "scenario/bounds.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

using schema::Range;

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

std::string read_table_sector(const YamlSource& src, const Field& f, const Scenario& s) {
  const std::string name = read_name(src, f);
  const auto& sectors = s.economy.table.sectors;
  if (s.economy.table.sector_index(name) < 0)
    src.fail(f, "a sector of the table: " + quoted_choices(sectors), describe(f.node),
             did_you_mean(name, sectors));
  return name;
}

void check_default_sector(const ReadContext& c, const MapFields& map, const char* key,
                          const std::string& fallback, const char* what) {
  const auto& table = c.s.economy.table;
  if (table.sector_index(fallback) < 0)
    c.src.fail_in(map.field(), child_path(map.path(), key),
                  fmt::format("{} (the table has no '{}', so name one of {})", what, fallback,
                              quoted_choices(table.sectors)),
                  "the key missing");
}

namespace {

const keys::Table<AquacultureProjectSpec>& farm_table() {
  using P = AquacultureProjectSpec;
  using K = keys::For<P>;
  static const keys::Table<P> t(
      "farm", "sectors.aquaculture.projects[]", "a farm",
      "One species on one island. The harvest becomes perishable cargo, one lot a week, sold when "
      "it is delivered.",
      {
          K::name("name", &P::name, "the farm's name").required().unique("farm"),
          island_key<P>("where the farm is"),
          linked_hub_key<P>("market", &P::market, "where the harvest is sold"),
          K::name("species", &P::species, "what is farmed"),
          K::number(
              "area_ha", &P::area_ha,
              Range{0, 1e6, true, false, "a million hectares of sea is more than any island farms"},
              "ha", "the farmed area")
              .required(),
          K::number("years_to_first_harvest", &P::years_to_first_harvest,
                    Range{0, 50, true, false, "no farmed species takes 50 years to harvest"},
                    "years", "from seeding to the first harvest"),
          K::number("survival_per_year", &P::survival_per_year, bounds::kPositiveFraction, "",
                    "the share of a cohort that survives a year"),
          K::number(
              "yield_t_per_ha_year", &P::yield_t_per_ha_year,
              Range{0, 1e4, true, false, "the highest-yielding crop, kelp, gives about 100 t/ha"},
              "t/ha/year", "at maturity and full survival")
              .required(),
          K::months("harvest_months", &P::harvest_months, "the harvest season",
                    "the months of the harvest, at least one")
              .required(),
          K::whole("seed_month", &P::seed_month, Range{1, 12}, "month", "when cohorts are seeded"),
          K::number("price_rub_per_kg", &P::price_rub_per_kg, bounds::kPriceRubPerKg, "RUB/kg",
                    "the price at the market")
              .required(),
          K::number("shelf_life_days", &P::shelf_life_days, bounds::kShelfLifeDays, "days",
                    "a lot older than this when it arrives (or waiting) is spoiled"),
          K::optional_month("online", &P::online, "when the farm starts operating"),
      });
  return t;
}

const keys::Table<GreenhouseProjectSpec>& greenhouse_project_table() {
  using P = GreenhouseProjectSpec;
  using K = keys::For<P>;
  static const keys::Table<P> t(
      "greenhouse_project", "sectors.greenhouse.projects[]", "a greenhouse", "",
      {
          K::name("name", &P::name, "the greenhouse's name").required().unique("greenhouse"),
          island_key<P>("where it is"),
          linked_hub_key<P>("market", &P::market, "where the surplus is shipped"),
          K::number("area_m2", &P::area_m2,
                    Range{0, 1e8, true, false, "100 km² under glass is more than any island has"},
                    "m²", "the growing area")
              .required(),
          K::optional_month("online", &P::online, "when it starts operating"),
      });
  return t;
}

constexpr Range kKwhPerM2Month{0, 1e4, false, false,
                               "at most 10,000 kWh/m² a month, above any greenhouse's need"};

}  // namespace

const keys::Table<AquacultureSpec>& aquaculture_table() {
  using A = AquacultureSpec;
  using K = keys::For<A>;
  static const keys::Table<A> t(
      "aquaculture", "sectors.aquaculture", "the aquaculture model", "",
      {
          activity_sector_key<A>("sector", &A::sector, "where its sales go"),
          K::list("projects", &A::projects, farm_table(),
                  keys::ListOptions<A, AquacultureProjectSpec>{"a list of farms"}, "the farms")
              .required(),
      });
  return t;
}

const keys::Table<GreenhouseSpec>& greenhouse_table() {
  using G = GreenhouseSpec;
  using K = keys::For<G>;
  static const keys::Table<G> t(
      "greenhouse", "sectors.greenhouse", "the greenhouse model", "",
      {
          activity_sector_key<G>("sector", &G::sector, "where its sales go"),
          K::number("yield_kg_per_m2_year", &G::yield_kg_per_m2_year,
                    Range{0, 1e4, true, false, "the best greenhouses give about 100 kg/m² a year"},
                    "kg/m²/year", "a year's crop without fog")
              .required(),
          K::twelve("relative_light", &G::relative_light, bounds::kWeight, false, "",
                    "light by month, January to December"),
          K::number("fog_light_loss", &G::fog_light_loss, bounds::kFraction, "",
                    "share of a fog day's light lost; fog days come from the island's first "
                    "route's fog"),
          K::twelve("heating_kwh_per_m2_month", &G::heating_kwh_per_m2_month, kKwhPerM2Month, false,
                    "kWh/m²", "heat drawn from the island grid, by month"),
          K::twelve("lighting_kwh_per_m2_month", &G::lighting_kwh_per_m2_month, kKwhPerM2Month,
                    false, "kWh/m²", "light drawn from the island grid, by month"),
          K::number("price_rub_per_kg", &G::price_rub_per_kg, bounds::kPriceRubPerKg, "RUB/kg",
                    "local and market price")
              .required(),
          K::number("shelf_life_days", &G::shelf_life_days, bounds::kShelfLifeDays, "days",
                    "of the shipped surplus"),
          K::number("vegetable_kg_per_head_year", &G::vegetable_kg_per_head_year,
                    Range{0, 1e4, false, false, "at most 10 t a head a year"}, "kg/head/year",
                    "the island's demand that local sales serve (replacing imports)"),
          K::list("projects", &G::projects, greenhouse_project_table(),
                  keys::ListOptions<G, GreenhouseProjectSpec>{"a list of greenhouses"},
                  "the greenhouses")
              .required(),
      });
  return t;
}

namespace {

// The flow's `route`: one that touches its island.
std::string serving_route(const ReadContext& c, const Field& f, const VisitorFlowSpec& x) {
  const std::string name = read_name(c.src, f);
  std::vector<std::string> serving;
  for (const Route& candidate : c.s.routes) {
    if (candidate.from != x.island && candidate.to != x.island) continue;
    serving.push_back(candidate.name);
    if (candidate.name == name) return name;
  }
  c.src.fail(f,
             fmt::format("a route to '{}' ({})", x.island,
                         serving.empty() ? "none" : quoted_choices(serving)),
             describe(f.node), did_you_mean(name, serving));
}

// A package tour's price and where it goes: the ship, the operator at home, the nights on the
// mainland and the stay on the islands, as shares summing to 1.
const keys::Table<VisitorFlowSpec::Package>& package_table() {
  using P = VisitorFlowSpec::Package;
  using K = keys::For<P>;
  static const keys::Table<P> t(
      "package", "sectors.tourism.flows[].package", "a package tour",
      "The shares ship + operator + mainland + islands sum to 1.",
      {
          K::number("price_rub", &P::price_rub, bounds::kRubPerVisitorDay, "RUB/visit",
                    "the package's price per visit")
              .required(),
          K::number("ship", &P::ship, bounds::kFraction, "", "the share paying the ship")
              .required(),
          K::number("operator", &P::operator_home, bounds::kFraction, "",
                    "the share of the operator at home")
              .required(),
          K::number("mainland", &P::mainland, bounds::kFraction, "",
                    "the share spent on the nights on the mainland")
              .required(),
          K::number("islands", &P::islands, bounds::kFraction, "", "the share spent on the islands")
              .required(),
      },
      [](const ReadContext& c, const MapFields& map, P& k) {
        const double sum = k.ship + k.operator_home + k.mainland + k.islands;
        if (std::abs(sum - 1) > 1e-6)
          c.src.fail(map.field(), "shares ship + operator + mainland + islands summing to 1",
                     fmt::format("a sum of {}", sum));
      });
  return t;
}

const keys::Table<VisitorFlowSpec>& flow_table() {
  using F = VisitorFlowSpec;
  using K = keys::For<F>;
  static const keys::Table<F> t(
      "visitor_flow", "sectors.tourism.flows[]", "a visitor flow", "",
      {
          K::name("name", &F::name, "the flow's name").required().unique("visitor flow"),
          island_key<F>("where the visitors stay"),
          K::ref("route", &F::route, serving_route, "the route they arrive by, touching the island")
              .required(),
          K::choice("side", &F::side,
                    std::vector<std::pair<std::string, std::string>>{{"japan", "japan"},
                                                                     {"russia", "russia"}},
                    "where they come from"),
          K::number("visitors_per_year", &F::visitors_per_year,
                    Range{0, 1e8, false, false, "at most 100 million a year"}, "visitors/year",
                    "over a full season")
              .required(),
          K::months("season_months", &F::season_months, "the season",
                    "the months they come, at least one")
              .required(),
          K::number("nights_per_visit", &F::nights_per_visit, bounds::kDaysInYear, "nights",
                    "the length of a stay"),
          K::number("seats_per_sailing", &F::seats_per_sailing,
                    Range{0, 1e4, false, false, "at most 10,000 seats"}, "seats",
                    "seats this flow may take on one sailing (flows on one route share its "
                    "passenger_capacity)")
              .required(),
          K::number("spending_rub_per_visitor_day", &F::spending_rub_per_visitor_day,
                    bounds::kRubPerVisitorDay, "RUB/visitor-day",
                    "what a visitor spends a day (required without a package, refused with one)")
              .write_if([](const F& f) { return !f.package; })
              .default_is("none: required without a package"),
          K::map("package", &F::package, package_table(),
                 "a package tour: its price and where it goes; only its islands share is spent "
                 "on the islands (replacing spending_rub_per_visitor_day)"),
          K::name("project", &F::project, "a joint project whose revenue is this flow's spending")
              .write_if([](const F& f) { return !f.project.empty(); })
              .default_is(""),
          K::optional_month("online", &F::online,
                            "the flow runs from this month (else its project's opening)"),
      },
      [](const ReadContext& c, const MapFields& map, F& f) {
        const auto spending = map.optional("spending_rub_per_visitor_day");
        if (!f.package && !spending) map.required("spending_rub_per_visitor_day");  // throws
        if (f.package && spending)
          c.src.fail(*spending,
                     "no spending_rub_per_visitor_day with a package (its islands share sets it)",
                     describe(spending->node));
      });
  return t;
}

}  // namespace

namespace {

constexpr Range kBeds{0, 1e7, false, false, "at most 10 million beds on an island"};

// `beds`: a map from island name to beds.
keys::Key<TourismSpec> beds_key() {
  using K = keys::For<TourismSpec>;
  schema::Key info = K::info("beds", schema::Type::map, "beds",
                             "beds per island (bed-nights = beds x days); absent: unlimited");
  auto element = std::make_shared<schema::Key>(K::info("", schema::Type::number, "beds", ""));
  element->range = kBeds;
  info.element = element;
  keys::Key<TourismSpec> k =
      K::custom(info,
                [](const ReadContext& c, const Field& f, TourismSpec& t) {
                  std::vector<std::string> islands;
                  for (const Region& r : c.s.regions)
                    if (r.kind == RegionKind::island) islands.push_back(r.name);
                  const MapFields beds(c.src, f, "beds by island", islands);
                  for (const std::string& island : islands)
                    if (const auto b = beds.optional(island))
                      t.beds.push_back({island, read_number(c.src, *b, kBeds)});
                },
                {});
  k.block = [](std::string& y, int indent, const TourismSpec& t) {
    y += fmt::format("{:{}}beds:{}\n", "", indent, t.beds.empty() ? " {}" : "");
    for (const auto& b : t.beds)
      y += fmt::format("{:{}}{}: {}\n", "", indent + 2, b.island, keys::number(b.beds));
  };
  return k;
}

}  // namespace

const keys::Table<TourismSpec>& tourism_table() {
  using T = TourismSpec;
  using K = keys::For<T>;
  static const keys::Table<T> t(
      "tourism", "sectors.tourism", "the tourism model", "",
      {
          activity_sector_key<T>("sector", &T::sector, "where visitors' spending goes"),
          beds_key(),
          K::list("flows", &T::flows, flow_table(),
                  keys::ListOptions<T, VisitorFlowSpec>{"a list of visitor flows"},
                  "the visitor flows")
              .required(),
      });
  return t;
}

}  // namespace jez
