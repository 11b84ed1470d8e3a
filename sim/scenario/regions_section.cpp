// `economy.regions`: the multi-regional table around the zone, its mainland regions (country and
// port) and where the islands' fuel comes from. Read after `economy.table`, against which the
// regions' table is checked (the zone's sectors), and after `regions:` (the ports are hubs).
#include <fmt/format.h>

#include <algorithm>

#include "economy/mainland_trade.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

namespace {

using R = RegionsSpec;
using KR = keys::For<R>;
using M = MainlandRegion;
using KM = keys::For<M>;

const keys::Table<M>& mainland_table() {
  static const keys::Table<M> t(
      "mainland_region", "economy.regions.mainland[]", "a mainland region",
      "One of the table's regions other than the zone, modelled with its spillover and "
      "feedback among the mainland regions.",
      {
          KM::name("name", &M::name, "the region's name in the regions' table (region:sector)")
              .required()
              .unique("mainland region"),
          KM::choice("country", &M::country,
                     std::vector<std::pair<std::string, std::string>>{{"japan", "japan"},
                                                                      {"russia", "russia"}},
                     "the side it belongs to: its gains add up to mainland_japan or "
                     "mainland_russia")
              .required(),
          KM::ref(
              "port", &M::port,
              [](const ReadContext& c, const Field& f, const M&) {
                const Region& r = read_region_ref(c.src, f, c.s.regions);
                if (r.kind != RegionKind::hub)
                  c.src.fail(f, "a hub (a mainland port of regions:)",
                             "the island '" + r.name + "'");
                return r.name;
              },
              "the hub its goods sail from to the islands: its share of the zone's purchases "
              "moves with that hub's share of the islands' cargo; absent: it does not move")
              .default_is("none")
              .write_if([](const M& m) { return !m.port.empty(); }),
      });
  return t;
}

// `package_*`: a mainland region's sector of the regions' table, region:good.
keys::Key<R> package_key(const char* key, std::string R::*member, const char* what) {
  schema::Key info = KR::info(key, schema::Type::text, "", "");
  info.meaning = std::string("where ") + what +
                 " is paid: a mainland region's sector of the regions' table (region:good), "
                 "final demand there from the package's price; absent: not counted";
  info.default_text = "none";
  keys::Key<R> k = KR::custom(
      info,
      [member](const ReadContext& c, const Field& f, R& r) {
        const std::string text = read_text(c.src, f);
        const auto colon = text.find(':');
        bool mainland = false;
        for (const M& m : r.mainland)
          mainland |= colon != std::string::npos && text.substr(0, colon) == m.name;
        if (!mainland || r.table.sector_index(text) < 0)
          c.src.fail(f, "a mainland region's sector of the regions' table, region:good",
                     "'" + text + "'");
        r.*member = text;
      },
      [member](const R& r) { return keys::quoted(r.*member); });
  k.written = [member](const R& r) { return !(r.*member).empty(); };
  return k;
}

const keys::Table<R>& regions_table() {
  static const keys::Table<R> t(
      "regions_economy", "economy.regions", "the zone's mainland regions",
      "The zone's purchases from outside (the imports of its intermediate inputs, and of final "
      "goods: the imported part of investment, services bought off the islands) are split by "
      "origin region and good with the regions' table's shares; each mainland region's share "
      "moves with its port's share of the islands' cargo (12 months to date, against the run's "
      "first 12 months); what the mainland regions sell to the zone is final demand of their "
      "interregional model. Without this key the zone is modelled alone. docs/model.md, \"The "
      "mainland regions\".",
      {
          KR::custom(
              KR::info("table", schema::Type::path, "",
                       "the flat multi-regional table CSV (sectors named region:sector, "
                       "the zone's sectors among the zone region's), relative to the "
                       "scenario file's folder"),
              [](const ReadContext& c, const Field& f, R& r) {
                r.table_path =
                    read_file_ref(c.src, f, c.file, "a regions' table CSV file", r.table_arg);
                r.table = read_table(c, r.table_path);
              },
              [](const R& r) { return keys::quoted(r.table_path.string()); })
              .required(),
          KR::name("zone", &R::zone, "the table's region that is the zone"),
          KR::list(
              "mainland", &R::mainland, mainland_table(),
              keys::ListOptions<R, M>{"a list of mainland regions", keys::ListStyle::flow_items},
              "the mainland regions, each with its country and port")
              .required(),
          KR::ref(
              "fuel_from", &R::fuel_from,
              [](const ReadContext& c, const Field& f, const R& r) {
                return read_mainland_region(c.src, f, r);
              },
              "the mainland region the islands' diesel comes from (through the grids' fuel "
              "hubs): fuel_buyer's purchases of fuel_good are bought there, and the imports "
              "the wind saves are that fuel; absent: fuel is a good like any other")
              .default_is("none")
              .write_if([](const R& r) { return !r.fuel_from.empty(); }),
          KR::name("fuel_good", &R::fuel_good, "the mainland good the diesel is"),
          KR::name("fuel_buyer", &R::fuel_buyer, "the zone's sector that burns the diesel"),
          package_key("package_ship", &R::package_ship, "the package tours' ship"),
          package_key("package_operator", &R::package_operator,
                      "the package tours' operator at home"),
          package_key("package_mainland", &R::package_mainland,
                      "the package tours' nights and travel on the mainland"),
          KR::name(
              "equipment_good", &R::equipment_good,
              "the mainland good that a project's equipment is (investments[].equipment_from)"),
      });
  return t;
}

}  // namespace

std::string read_mainland_region(const YamlSource& src, const Field& f, const RegionsSpec& r) {
  const std::string name = read_name(src, f);
  std::vector<std::string> names;
  for (const M& m : r.mainland) {
    if (m.name == name) return name;
    names.push_back(m.name);
  }
  src.fail(f, "one of the mainland regions " + quoted_choices(names), "'" + name + "'",
           did_you_mean(name, names));
}

keys::Key<EconomySpec> regions_key() {
  using KE = keys::For<EconomySpec>;
  schema::Key info = KE::info("regions", schema::Type::map, "",
                              "the multi-regional table and the zone's mainland regions; absent: "
                              "the zone alone");
  info.section = &regions_table().info;
  keys::Key<EconomySpec> k = KE::custom(
      info,
      [](const ReadContext& c, const Field& f, EconomySpec& e) {
        RegionsSpec r = read_map(c, f, regions_table());
        std::vector<std::string> names;
        for (const MainlandRegion& m : r.mainland) names.push_back(m.name);
        try {
          const economy::MainlandTrade trade(r.table, r.zone, names, e.table.sectors);
          if (!r.fuel_from.empty() && trade.good_index(r.fuel_good) < 0)
            c.src.fail(
                f, "a fuel_good among the mainland's goods " + quoted_choices(trade.good_names()),
                "'" + r.fuel_good + "'");
        } catch (const std::invalid_argument& error) {
          c.src.fail(f, "a regions' table whose mainland system can be solved", error.what());
        } catch (const economy::TableError& error) {  // "FILE:1:1: expected ..., found ..."
          const std::string why = error.what();
          c.src.fail(f, "a regions' table with the mainland regions and the zone's sectors",
                     why.substr(why.find(": ") + 2));
        }
        if (!r.fuel_from.empty() && e.table.sector_index(r.fuel_buyer) < 0)
          c.src.fail(f, "a fuel_buyer among the zone's sectors " + quoted_choices(e.table.sectors),
                     "'" + r.fuel_buyer + "'");
        e.regions = std::move(r);
      },
      {});
  k.block = [](std::string& y, int indent, const EconomySpec& e) {
    y += fmt::format("{:{}}regions:\n", "", indent);
    keys::write_fields(y, indent + 2, regions_table(), *e.regions);
  };
  k.written = [](const EconomySpec& e) { return e.regions.has_value(); };
  return k;
}

}  // namespace jez
