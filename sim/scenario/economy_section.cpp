// The `economy` section (the IO table and how it is stepped) and the `sectors` section (the
// sector models).
#include <fmt/format.h>

#include <numeric>

#include "economy/capital_table.hpp"
#include "economy/regional_economy.hpp"
#include "economy/sector_wages.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

// A file named by `field`, relative to the scenario's folder; fails unless it is a file.
static std::filesystem::path read_file_ref(const YamlSource& src, const Field& field,
                                           const std::filesystem::path& scenario_file,
                                           const char* what, std::string& arg) {
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

// Builds the stepped economy once, as the run will, so that a table that cannot be closed with
// households or a lagged system that diverges is refused at load time.
static void check_stepped_system(const YamlSource& src, const MapFields& map, const EconomySpec& e,
                                 const TimeSpec& time) {
  economy::EconomyOptions options;
  options.households_endogenous = e.households_endogenous;
  options.capital_coefficients = e.capital_coefficients;
  for (const auto& [name, share] : e.import_shares)
    options.import_shares[e.table.sector_index(name)] = share;
  try {
    const economy::RegionalEconomy economy(e.table, time.periods_per_year(), options);
    if (const auto& s = economy.stability(); s && !s->converges())
      src.fail(*map.optional("dynamics"),
               "a lagged dynamic system whose path converges (spectral radius below 1; the "
               "capital coefficients are per unit of annual output and count P times per "
               "year at P periods a year)",
               s->verdict());
  } catch (const std::invalid_argument& error) {
    const std::string why = error.what();
    const auto households = map.optional("households");
    src.fail(households && e.households_endogenous ? *households : map.field(),
             "an economy that can be stepped", why.substr(why.find(':') + 2));
  }
}

EconomySpec read_economy(const YamlSource& src, const Field& field,
                         const std::filesystem::path& scenario_file, const TimeSpec& time) {
  const MapFields map(src, field, "the economy",
                      {"table", "currency", "households", "dynamics", "capital_coefficients",
                       "final_demand", "import_shares", "unmet_demand", "discount_rate_per_year",
                       "table_population", "wages_rub_per_month"});
  EconomySpec e;
  e.table_path =
      read_file_ref(src, map.required("table"), scenario_file, "an IO table CSV file", e.table_arg);
  // A bad table throws economy::TableError, which names the CSV's own line and column.
  e.table = economy::read_io_table(e.table_path);
  if (const auto f = map.optional("currency")) e.currency = read_text(src, *f);
  if (const auto f = map.optional("households"))
    e.households_endogenous = read_choice(src, *f, {"exogenous", "endogenous"}) == "endogenous";
  if (const auto f = map.optional("dynamics"))
    e.lagged = read_choice(src, *f, {"static", "lagged"}) == "lagged";
  if (const auto f = map.optional("capital_coefficients")) {
    if (!e.lagged)
      src.fail(*f, "capital_coefficients only with dynamics: lagged", "dynamics static", {}, true);
    e.capital_path =
        read_file_ref(src, *f, scenario_file, "a capital-coefficient CSV file", e.capital_arg);
    e.capital_coefficients = economy::read_capital_coefficients(e.capital_path, e.table.sectors);
  } else if (e.lagged) {
    src.fail_in(field, child_path(field.path, "capital_coefficients"),
                "a capital-coefficient CSV file for dynamics: lagged", "the key missing");
  }
  if (const auto f = map.optional("final_demand")) {
    const MapFields fd(src, *f, "final demand by sector", e.table.sectors);
    for (const std::string& sector : e.table.sectors)
      if (const auto g = fd.optional(sector))
        e.final_demand[sector] = read_dated_path(src, *g, time, Bound::non_negative);
  }
  if (const auto f = map.optional("import_shares")) {
    const MapFields shares(src, *f, "import shares by sector", e.table.sectors);
    for (const std::string& sector : e.table.sectors) {
      if (const auto g = shares.optional(sector)) {
        const double share = read_number(src, *g, Bound::non_negative);
        if (share > 1) src.fail(*g, "a share between 0 and 1", g->node.Scalar());
        e.import_shares[sector] = share;
      }
    }
  }
  if (const auto f = map.optional("unmet_demand"))
    e.unmet_demand = read_choice(src, *f, {"imports", "lost"}) == "lost" ? UnmetDemand::lost
                                                                         : UnmetDemand::imports;
  if (const auto f = map.optional("discount_rate_per_year")) {
    e.discount_rate_per_year = read_number(src, *f, Bound::non_negative);
    if (e.discount_rate_per_year >= 1)
      src.fail(*f, "an annual rate from 0 to below 1 (0.08 is 8 %)", f->node.Scalar());
  }
  if (const auto f = map.optional("table_population")) {
    e.table_population = read_number(src, *f, Bound::positive);
    if (e.table.final_demand_index("household_consumption") < 0)
      src.fail(*f, "a table with a household_consumption column", "none", {}, true);
  }
  if (const auto f = map.optional("wages_rub_per_month")) {
    const MapFields wages(src, *f, "wages by sector", e.table.sectors);
    std::map<int, double> per_job_year;
    for (const std::string& sector : e.table.sectors) {
      if (const auto g = wages.optional(sector)) {
        e.wages_rub_per_month[sector] = read_number(src, *g, Bound::positive);
        per_job_year[e.table.sector_index(sector)] = e.wages_rub_per_month[sector] * 12 / 1e6;
      }
    }
    if (const auto why = economy::set_sector_wages(e.table, per_job_year))
      src.fail(*f, "wages the table can pay", *why);
  }
  check_stepped_system(src, map, e, time);
  return e;
}

static std::array<double, 12> read_monthly_profile(const YamlSource& src, const Field& field) {
  const std::vector<Field> items =
      list_items(src, field, "a list of 12 numbers >= 0 (January to December)");
  if (items.size() != 12)
    src.fail(field, "a list of 12 numbers >= 0 (January to December)", describe(field.node));
  std::array<double, 12> profile{};
  for (std::size_t i = 0; i < 12; ++i) profile[i] = read_number(src, items[i], Bound::non_negative);
  if (std::accumulate(profile.begin(), profile.end(), 0.0) <= 0)
    src.fail(field, "at least one month above 0", "all 12 months at 0");
  return profile;
}

static FishPlant read_plant(const YamlSource& src, const Field& item, const Scenario& s,
                            std::vector<Field>& names) {
  const MapFields map(src, item, "a fish-processing plant",
                      {"name", "island", "market", "output_t_per_year"});
  FishPlant p;
  const Field name = map.required("name");
  p.name = read_name(src, name);
  check_unique_name(src, name, "plant", names);

  p.island = read_island(src, map.required("island"), s);
  p.market = read_linked_hub(src, map.required("market"), s, p.island);
  p.output_t_per_year = read_number(src, map.required("output_t_per_year"), Bound::positive);
  return p;
}

static FishExports read_fish_exports(const YamlSource& src, const Field& field, const Scenario& s) {
  const MapFields map(src, field, "the fish-processing sector",
                      {"sector", "price_rub_per_kg", "monthly_profile", "plants"});
  FishExports fish;
  const economy::IoTable& table = s.economy.table;
  if (const auto f = map.optional("sector")) {
    fish.sector = read_name(src, *f);
    if (table.sector_index(fish.sector) < 0)
      src.fail(*f, "a sector of the table: " + quoted_choices(table.sectors), describe(f->node),
               did_you_mean(fish.sector, table.sectors));
  } else if (table.sector_index(fish.sector) < 0) {
    src.fail_in(field, child_path(field.path, "sector"),
                "the table's fish-processing sector (the table has no 'fish_processing', so name "
                "one of " +
                    quoted_choices(table.sectors) + ")",
                "the key missing");
  }
  if (table.final_demand_index("exports") < 0)
    src.fail(field, "a table with an 'exports' final-demand column",
             table.final_demand_names.empty()
                 ? std::string("no final-demand columns")
                 : "final-demand columns " + quoted_choices(table.final_demand_names));
  fish.price_rub_per_kg = read_number(src, map.required("price_rub_per_kg"), Bound::positive);
  if (const auto f = map.optional("monthly_profile"))
    fish.monthly_profile = read_monthly_profile(src, *f);
  std::vector<Field> names;
  if (const auto f = map.optional("plants"))
    for (const Field& item : list_items(src, *f, "a list of plants"))
      fish.plants.push_back(read_plant(src, item, s, names));
  return fish;
}

std::optional<FishExports> read_sectors(const YamlSource& src, const Field& field,
                                        const Scenario& scenario) {
  const MapFields map(src, field, "the sectors", sector_model_keys());
  if (const auto f = map.optional("fish_processing")) return read_fish_exports(src, *f, scenario);
  return std::nullopt;
}

}  // namespace jez
