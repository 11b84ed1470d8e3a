// The `economy` section (the IO table) and the `sectors` section (the sector models).
#include <fmt/format.h>

#include <numeric>

#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

EconomySpec read_economy(const YamlSource& src, const Field& field,
                         const std::filesystem::path& scenario_file) {
  namespace fs = std::filesystem;
  const MapFields map(src, field, "the economy", {"table", "currency"});
  EconomySpec e;
  const Field table = map.required("table");
  e.table_arg = read_text(src, table);
  if (e.table_arg.empty()) src.fail(table, "the path of an IO table CSV file", "''");
  e.table_path = fs::absolute(scenario_file.parent_path() / e.table_arg).lexically_normal();
  std::error_code ec;
  const auto status = fs::status(e.table_path, ec);
  if (fs::is_directory(status))
    src.fail(table, "an IO table CSV file", fmt::format("a folder at {}", e.table_path.string()));
  if (!fs::exists(status))
    src.fail(table, "an IO table CSV file", fmt::format("no file at {}", e.table_path.string()));
  // A bad table throws economy::TableError, which names the CSV's own line and column.
  e.table = economy::read_io_table(e.table_path);
  if (const auto f = map.optional("currency")) e.currency = read_text(src, *f);
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

  const Field island = map.required("island");
  const Region& at = read_region_ref(src, island, s.regions);
  if (at.kind != RegionKind::island)
    src.fail(island, "a region of kind island", fmt::format("'{}', a hub", at.name));
  p.island = at.name;

  const Field market = map.required("market");
  const Region& to = read_region_ref(src, market, s.regions);
  if (to.kind != RegionKind::hub)
    src.fail(market, "a region of kind hub", fmt::format("'{}', an island", to.name));
  p.market = to.name;
  if (!s.find_route(p.island, p.market)) {
    std::vector<std::string> linked;
    for (const Route& r : s.routes) {
      const std::string other = r.from == p.island ? r.to : r.to == p.island ? r.from : "";
      const Region* o = s.find_region(other);
      if (o && o->kind == RegionKind::hub) linked.push_back(other);
    }
    const std::string choices = linked.empty() ? "none has one" : quoted_choices(linked);
    src.fail(market, fmt::format("a hub with a route from '{}' ({})", p.island, choices),
             fmt::format("'{}', which no route links to '{}'", p.market, p.island));
  }
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
