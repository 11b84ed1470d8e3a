#include "scenario/resolved_yaml.hpp"

#include <fmt/format.h>

namespace jez {
namespace {

// A YAML double-quoted string: safe for any text, read back byte for byte.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (u < 0x20 || u == 0x7f)
      out += fmt::format("\\x{:02x}", u);
    else
      out += c;
  }
  return out + "\"";
}

// Shortest text that reads back as the same double ("80", "3.5", "1e+21").
std::string number(double v) {
  return fmt::format("{}", v);
}

std::string month_day(const MonthDay& d) {
  return fmt::format("{:02}-{:02}", d.month, d.day);
}

const char* step_word(int step_months) {
  return step_months == 12 ? "year" : step_months == 3 ? "quarter" : "month";
}

void write_regions(std::string& y, const std::vector<Region>& regions) {
  y += regions.empty() ? "regions: []\n" : "regions:\n";
  for (const Region& r : regions) {
    y += fmt::format("  - name: {}\n", quoted(r.name));
    y += fmt::format("    label: {}\n", quoted(r.label));
    y += fmt::format("    kind: {}\n", r.kind == RegionKind::hub ? "hub" : "island");
    y += fmt::format("    population: {}\n", number(r.population));
  }
}

void write_routes(std::string& y, const std::vector<Route>& routes) {
  y += routes.empty() ? "routes: []\n" : "routes:\n";
  for (const Route& r : routes) {
    y += fmt::format("  - name: {}\n", quoted(r.name));
    y += fmt::format("    from: {}\n", quoted(r.from));
    y += fmt::format("    to: {}\n", quoted(r.to));
    y += fmt::format("    distance_km: {}\n", number(r.distance_km));
    y += fmt::format("    voyage_h: {}\n", number(r.voyage_h));
    y += fmt::format("    cargo_capacity_t: {}\n", number(r.cargo_capacity_t));
    y += fmt::format("    handling_t_per_h: {}\n", number(r.handling_t_per_h));
    y += fmt::format("    sailings_per_week: {}\n", number(r.sailings_per_week));
    if (r.ice)
      y += fmt::format("    ice:\n      from: {}\n      to: {}\n", month_day(r.ice->from),
                       month_day(r.ice->to));
    write_route_extras(y, r);
  }
}

void write_fish_exports(std::string& y, const FishExports& f) {
  y += "  fish_processing:\n";
  y += fmt::format("    sector: {}\n", quoted(f.sector));
  y += fmt::format("    price_rub_per_kg: {}\n", number(f.price_rub_per_kg));
  std::string profile;
  for (const double v : f.monthly_profile) profile += (profile.empty() ? "" : ", ") + number(v);
  y += fmt::format("    monthly_profile: [{}]\n", profile);
  y += f.plants.empty() ? "    plants: []\n" : "    plants:\n";
  for (const FishPlant& p : f.plants) {
    y += fmt::format("      - name: {}\n", quoted(p.name));
    y += fmt::format("        island: {}\n", quoted(p.island));
    y += fmt::format("        market: {}\n", quoted(p.market));
    y += fmt::format("        output_t_per_year: {}\n", number(p.output_t_per_year));
  }
}

}  // namespace

std::string resolved_yaml(const Scenario& s) {
  std::string y;
  y += fmt::format("jezsim: {}\n", s.format);
  y += fmt::format("name: {}\n", quoted(s.name));
  y += fmt::format("title: {}\n", quoted(s.title));
  y += fmt::format("seed: {}\n", s.seed);
  y += fmt::format("time:\n  start: {}\n  end: {}\n  step: {}\n", s.time.start.str(),
                   s.time.end.str(), step_word(s.time.step_months));
  write_regions(y, s.regions);
  write_routes(y, s.routes);
  y += fmt::format("economy:\n  table: {}\n  currency: {}\n", quoted(s.economy.table_path.string()),
                   quoted(s.economy.currency));
  if (s.fish_exports || has_activities(s)) y += "sectors:\n";
  if (s.fish_exports) write_fish_exports(y, *s.fish_exports);
  write_world_sections(y, s);
  return y;
}

}  // namespace jez
