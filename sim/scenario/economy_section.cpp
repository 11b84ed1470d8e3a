// The `economy` table (the IO table and how it is stepped) and the `sectors` table with its
// `fish_processing` model.
#include <fmt/format.h>

#include "economy/sector_wages.hpp"

#include "economy/capital_table.hpp"
#include "economy/regional_economy.hpp"
#include "scenario/bounds.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

using schema::Range;

// A file named by `field`, relative to the scenario's folder; fails unless it is a file.
std::filesystem::path read_file_ref(const YamlSource& src, const Field& field,
                                    const std::filesystem::path& scenario_file, const char* what,
                                    std::string& arg) {
  namespace fs = std::filesystem;
  arg = read_text(src, field);
  if (arg.empty()) src.fail(field, fmt::format("the path of {}", what), "''");
  const fs::path path = fs::absolute(scenario_file.parent_path() / arg).lexically_normal();
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (fs::is_directory(status)) src.fail(field, what, fmt::format("a folder at {}", path.string()));
  if (!fs::exists(status)) src.fail(field, what, fmt::format("no file at {}", path.string()));
  if (!fs::is_regular_file(status))  // /dev/zero: a device or a pipe may have no end
    src.fail(field, what, fmt::format("a device or a pipe at {}, not a file", path.string()));
  return path;
}

namespace {

// Builds the stepped economy once, as the run will, so that a table that cannot be closed with
// households or a lagged system that diverges is refused at load time.
void check_stepped_system(const ReadContext& c, const MapFields& map, const EconomySpec& e) {
  economy::EconomyOptions options;
  options.households_endogenous = e.households_endogenous;
  options.capital_coefficients = e.capital_coefficients;
  for (const auto& [name, share] : e.import_shares)
    options.import_shares[e.table.sector_index(name)] = share;
  try {
    const economy::RegionalEconomy economy(e.table, c.s.time.periods_per_year(), options);
    if (const auto& s = economy.stability(); s && !s->converges())
      c.src.fail(*map.optional("dynamics"),
                 "a lagged dynamic system whose path converges (spectral radius below 1; the "
                 "capital coefficients are per unit of annual output and count P times per "
                 "year at P periods a year)",
                 s->verdict());
  } catch (const std::invalid_argument& error) {
    const std::string why = error.what();
    const auto households = map.optional("households");
    c.src.fail(households && e.households_endogenous ? *households : map.field(),
               "an economy that can be stepped", why.substr(why.find(':') + 2));
  }
}

using E = EconomySpec;
using KE = keys::For<E>;

keys::Key<E> table_key() {
  return KE::custom(
             KE::info("table", schema::Type::path, "",
                      "the IO table CSV (format in DESIGN.md section 4), relative to the scenario "
                      "file's folder; written out in full in scenario.resolved.yaml"),
             [](const ReadContext& c, const Field& f, E& e) {
               e.table_path = read_file_ref(c.src, f, c.file, "an IO table CSV file", e.table_arg);
               // A bad table throws economy::TableError, which names the CSV's line and column.
               e.table = read_table(c, e.table_path);
             },
             [](const E& e) { return keys::quoted(e.table_path.string()); })
      .required();
}

keys::Key<E> capital_key() {
  return KE::custom(
             KE::info("capital_coefficients", schema::Type::path, "",
                      "the capital-coefficient table B (CSV, the IO table's sector block layout), "
                      "needed by dynamics: lagged; an unstable or singular system is refused"),
             [](const ReadContext& c, const Field& f, E& e) {
               if (!e.lagged)
                 c.src.fail(f, "capital_coefficients only with dynamics: lagged", "dynamics static",
                            {}, true);
               e.capital_path =
                   read_file_ref(c.src, f, c.file, "a capital-coefficient CSV file", e.capital_arg);
               e.capital_coefficients =
                   economy::read_capital_coefficients(e.capital_path, e.table.sectors);
             },
             [](const E& e) { return keys::quoted(e.capital_path.string()); })
      .write_if([](const E& e) { return e.lagged; })
      .when_absent([](const ReadContext& c, const MapFields& map, E& e) {
        if (e.lagged)
          c.src.fail_in(map.field(), child_path(map.path(), "capital_coefficients"),
                        "a capital-coefficient CSV file for dynamics: lagged", "the key missing");
      });
}

// A map from the table's sectors to values (`final_demand`, `import_shares`).
template <class V>
keys::Key<E> by_sector_key(const char* key, std::map<std::string, V> E::*member,
                           schema::Key element, const char* what, const char* meaning,
                           std::function<V(const ReadContext&, const Field&)> read_value,
                           std::function<std::string(const V&)> text) {
  schema::Key info = KE::info(key, schema::Type::map, "", meaning);
  info.element = std::make_shared<schema::Key>(std::move(element));
  keys::Key<E> k =
      KE::custom(info,
                 [member, what, read_value](const ReadContext& c, const Field& f, E& e) {
                   const MapFields map(c.src, f, what, e.table.sectors);
                   for (const std::string& sector : e.table.sectors)
                     if (const auto g = map.optional(sector))
                       (e.*member)[sector] = read_value(c, *g);
                 },
                 {});
  k.block = [member, key, text](std::string& y, int indent, const E& e) {
    y += fmt::format("{:{}}{}:\n", "", indent, key);
    for (const auto& [sector, value] : e.*member)
      y += fmt::format("{:{}}{}: {}\n", "", indent + 2, keys::quoted(sector), text(value));
  };
  k.written = [member](const E& e) { return !(e.*member).empty(); };
  return k;
}

constexpr Range kWage{0, 1e9, true, false, "a billion RUB a month is no wage"};

constexpr Range kFinalDemand{0, 1e12, false, false,
                             "a trillion of the table's units a year, beyond any economy"};

}  // namespace

const keys::Table<EconomySpec>& economy_table() {
  schema::Key demand = KE::info("", schema::Type::dated_path, "money/year", "");
  demand.range = kFinalDemand;
  schema::Key share = KE::info("", schema::Type::number, "", "");
  share.range = bounds::kFraction;
  schema::Key wage = KE::info("", schema::Type::number, "RUB/job/month", "");
  wage.range = kWage;
  static const keys::Table<E> t(
      "economy", "economy", "the economy",
      "The table is read and checked when the scenario is loaded; its own errors name the CSV's "
      "line and column.",
      {
          table_key(),
          KE::text("currency", &E::currency, "the table's money unit, as a label"),
          KE::choice(
              "households", &E::households_endogenous,
              std::vector<std::pair<std::string, bool>>{{"exogenous", false}, {"endogenous", true}},
              "endogenous closes the model with the table's compensation row and "
              "household_consumption column (Type II)"),
          KE::choice("dynamics", &E::lagged,
                     std::vector<std::pair<std::string, bool>>{{"static", false}, {"lagged", true}},
                     "lagged steps (I - A - B) x_t = f_t - B x_{t-1}; needs capital_coefficients"),
          capital_key(),
          by_sector_key<DatedPath>(
              "final_demand", &E::final_demand, demand, "final demand by sector",
              "exogenous final demand per sector (money per year, a number or a dated path), "
              "replacing the table's final-demand columns for that sector",
              [](const ReadContext& c, const Field& f) {
                return read_dated_path(c.src, f, c.s.time, kFinalDemand);
              },
              keys::dated),
          by_sector_key<double>(
              "import_shares", &E::import_shares, share, "import shares by sector",
              "the share of a sector's intermediate inputs bought off the islands, on top of the "
              "table's imports row",
              [](const ReadContext& c, const Field& f) {
                return read_number(c.src, f, bounds::kFraction);
              },
              keys::number),
          KE::choice("unmet_demand", &E::unmet_demand,
                     std::vector<std::pair<std::string, UnmetDemand>>{
                         {"imports", UnmetDemand::imports}, {"lost", UnmetDemand::lost}},
                     "where final demand goes that a capacity-bound sector cannot serve"),
          KE::number("discount_rate_per_year", &E::discount_rate_per_year,
                     Range{0, 1, false, true, "0.08 is 8 %"}, "1/year", "the rate of every NPV"),
          regions_key(),
          KE::number("table_population", &E::table_population,
                     Range{0, 1e9, true, false, "more people than any island holds"}, "residents",
                     "the residents the table's household consumption stands for; with it that "
                     "column scales with the residents")
              .write_if([](const E& e) { return e.table_population > 0; })
              .default_is("none")
              .check([](const ReadContext& c, const Field& f, E& e) {
                if (e.table.final_demand_index("household_consumption") < 0)
                  c.src.fail(f, "a table with a household_consumption column", "none", {}, true);
              }),
          by_sector_key<double>(
              "wages_rub_per_month", &E::wages_rub_per_month, wage, "wages by sector",
              "a sector's wage per job (RUB a month): its labour income is jobs x wage x 12, the "
              "rest of its value added unchanged; refused above the sector's value added",
              [](const ReadContext& c, const Field& f) { return read_number(c.src, f, kWage); },
              keys::number)
              .check([](const ReadContext& c, const Field& f, E& e) {
                std::map<int, double> per_job_year;
                for (const auto& [sector, wage] : e.wages_rub_per_month)
                  per_job_year[e.table.sector_index(sector)] = wage * 12 / 1e6;
                if (const auto why = economy::set_sector_wages(e.table, per_job_year))
                  c.src.fail(f, "wages the table can pay", *why);
              }),
      },
      check_stepped_system);
  return t;
}

namespace {

const keys::Table<FishPlant>& plant_table() {
  using P = FishPlant;
  using K = keys::For<P>;
  static const keys::Table<P> t(
      "fish_plant", "sectors.fish_processing.plants[]", "a fish-processing plant", "",
      {
          K::name("name", &P::name, "the plant's name").required().unique("plant"),
          island_key<P>("where the plant is, a region of kind island"),
          linked_hub_key<P>("market", &P::market,
                            "where its output is sold, a hub with a route from the island"),
          K::number("output_t_per_year", &P::output_t_per_year, bounds::kPositiveTonnesPerYear,
                    "t/year", "processed output")
              .required(),
      });
  return t;
}

const keys::Table<FishExports>& fish_table() {
  using F = FishExports;
  using K = keys::For<F>;
  static const keys::Table<F> t(
      "fish_processing", "sectors.fish_processing", "the fish-processing sector",
      "The islands' fish-processing plants: their output is produced through the year by a "
      "monthly profile, shipped to market over a direct route and sold as exports when it is "
      "delivered. The table must have a final-demand column named `exports`.",
      {
          K::ref(
              "sector", &F::sector,
              [](const ReadContext& c, const Field& f, const F&) {
                return read_table_sector(c.src, f, c.s);
              },
              "the IO sector whose exports the plants make")
              .when_absent([](const ReadContext& c, const MapFields& map, F& fish) {
                check_default_sector(c, map, "sector", fish.sector,
                                     "the table's fish-processing sector");
              }),
          K::number("price_rub_per_kg", &F::price_rub_per_kg, bounds::kPositivePriceRubPerKg,
                    "RUB/kg", "the price of processed fish")
              .required(),
          K::twelve("monthly_profile", &F::monthly_profile, bounds::kWeight, true, "",
                    "relative output January to December"),
          K::list("plants", &F::plants, plant_table(),
                  keys::ListOptions<F, FishPlant>{"a list of plants"}, "the plants"),
      },
      [](const ReadContext& c, const MapFields& map, F&) {
        const auto& table = c.s.economy.table;
        if (table.final_demand_index("exports") < 0)
          c.src.fail(map.field(), "a table with an 'exports' final-demand column",
                     table.final_demand_names.empty()
                         ? std::string("no final-demand columns")
                         : "final-demand columns " + quoted_choices(table.final_demand_names));
      });
  return t;
}

}  // namespace

const keys::Table<Scenario>& sectors_table() {
  using S = Scenario;
  using K = keys::For<S>;
  static const keys::Table<S> t(
      "sectors", "sectors", "the sectors",
      "A map from sector model to its settings: `fish_processing` (the islands' main industry) "
      "and the five joint activities `aquaculture`, `greenhouse`, `tourism`, `power` (the island "
      "grids and wind) and `waste`. Each is optional. Prices and spending are in RUB; the world "
      "converts them to the table's money (RUB mn). An activity's sales enter the final demand of "
      "its IO sector (`sector:`, default the activity's name, which the table must then have). A "
      "project's `online` month is when it starts operating; without it, the month its "
      "investment comes online (`investments:`: first tranche + `build_months`); without either, "
      "from the start. The equations are in [sectors.md](sectors.md) and [model.md](model.md) "
      "section 3.",
      {
          K::map("fish_processing", &S::fish_exports, fish_table(),
                 "the islands' fish-processing plants"),
          K::map(
              "aquaculture", [](auto& s) -> auto& { return s.activities.aquaculture; },
              aquaculture_table(), "farms of sea urchin, scallop, kelp"),
          K::map(
              "greenhouse", [](auto& s) -> auto& { return s.activities.greenhouse; },
              greenhouse_table(), "greenhouses on the island grids"),
          K::map(
              "tourism", [](auto& s) -> auto& { return s.activities.tourism; }, tourism_table(),
              "visitor flows by ferry"),
          K::map(
              "power", [](auto& s) -> auto& { return s.activities.power; }, power_table(),
              "the island grids and wind projects"),
          K::map(
              "waste", [](auto& s) -> auto& { return s.activities.waste; }, waste_table(),
              "waste treatment, landfill and shipping"),
      });
  return t;
}

}  // namespace jez
