// The world's parts of scenario.resolved.yaml: every key with its default written out.
#include <fmt/format.h>

#include "scenario/resolved_yaml.hpp"

namespace jez {
namespace {

std::string q(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if (u < 0x20 || u == 0x7f)
      out += fmt::format("\\x{:02x}", u);
    else
      out += c;
  }
  return out + "\"";
}

std::string n(double v) {
  return fmt::format("{}", v);
}

std::string md(const MonthDay& d) {
  return fmt::format("{:02}-{:02}", d.month, d.day);
}

std::string list(const std::array<double, 12>& v) {
  std::string s;
  for (double x : v) s += (s.empty() ? "" : ", ") + n(x);
  return "[" + s + "]";
}

std::string months(const std::array<bool, 12>& v) {
  std::string s;
  for (int m = 0; m < 12; ++m)
    if (v[m]) s += (s.empty() ? "" : ", ") + std::to_string(m + 1);
  return "[" + s + "]";
}

std::string names(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + q(x);
  return "[" + s + "]";
}

void online(std::string& y, const std::optional<YearMonth>& m, const char* indent) {
  if (m) y += fmt::format("{}online: {}\n", indent, m->str());
}

void aquaculture(std::string& y, const AquacultureSpec& a) {
  y += fmt::format("  aquaculture:\n    sector: {}\n    projects:\n", q(a.sector));
  for (const auto& p : a.projects) {
    y += fmt::format("      - name: {}\n        island: {}\n        market: {}\n", q(p.name),
                     q(p.island), q(p.market));
    y += fmt::format("        species: {}\n        area_ha: {}\n", q(p.species), n(p.area_ha));
    y += fmt::format("        years_to_first_harvest: {}\n", n(p.years_to_first_harvest));
    y += fmt::format("        survival_per_year: {}\n", n(p.survival_per_year));
    y += fmt::format("        yield_t_per_ha_year: {}\n", n(p.yield_t_per_ha_year));
    y += fmt::format("        harvest_months: {}\n", months(p.harvest_months));
    y += fmt::format("        seed_month: {}\n", p.seed_month);
    y += fmt::format("        price_rub_per_kg: {}\n", n(p.price_rub_per_kg));
    y += fmt::format("        shelf_life_days: {}\n", n(p.shelf_life_days));
    online(y, p.online, "        ");
  }
}

void greenhouse(std::string& y, const GreenhouseSpec& g) {
  y += fmt::format("  greenhouse:\n    sector: {}\n", q(g.sector));
  y += fmt::format("    yield_kg_per_m2_year: {}\n", n(g.yield_kg_per_m2_year));
  y += fmt::format("    relative_light: {}\n", list(g.relative_light));
  y += fmt::format("    fog_light_loss: {}\n", n(g.fog_light_loss));
  y += fmt::format("    heating_kwh_per_m2_month: {}\n", list(g.heating_kwh_per_m2_month));
  y += fmt::format("    lighting_kwh_per_m2_month: {}\n", list(g.lighting_kwh_per_m2_month));
  y += fmt::format("    price_rub_per_kg: {}\n", n(g.price_rub_per_kg));
  y += fmt::format("    shelf_life_days: {}\n", n(g.shelf_life_days));
  y += fmt::format("    vegetable_kg_per_head_year: {}\n", n(g.vegetable_kg_per_head_year));
  y += "    projects:\n";
  for (const auto& p : g.projects) {
    y += fmt::format("      - name: {}\n        island: {}\n        market: {}\n", q(p.name),
                     q(p.island), q(p.market));
    y += fmt::format("        area_m2: {}\n", n(p.area_m2));
    online(y, p.online, "        ");
  }
}

void tourism(std::string& y, const TourismSpec& t) {
  y += fmt::format("  tourism:\n    sector: {}\n", q(t.sector));
  y += t.beds.empty() ? "    beds: {}\n" : "    beds:\n";
  for (const auto& b : t.beds) y += fmt::format("      {}: {}\n", b.island, n(b.beds));
  y += "    flows:\n";
  for (const auto& f : t.flows) {
    y += fmt::format("      - name: {}\n        island: {}\n        route: {}\n", q(f.name),
                     q(f.island), q(f.route));
    y += fmt::format("        side: {}\n        visitors_per_year: {}\n", f.side,
                     n(f.visitors_per_year));
    y += fmt::format("        season_months: {}\n", months(f.season_months));
    y += fmt::format("        nights_per_visit: {}\n", n(f.nights_per_visit));
    y += fmt::format("        seats_per_sailing: {}\n", n(f.seats_per_sailing));
    if (f.package)
      y += fmt::format(
          "        package: {{price_rub: {}, ship: {}, operator: {}, mainland: {}, islands: {}}}\n",
          n(f.package->price_rub), n(f.package->ship), n(f.package->operator_home),
          n(f.package->mainland), n(f.package->islands));
    else
      y += fmt::format("        spending_rub_per_visitor_day: {}\n",
                       n(f.spending_rub_per_visitor_day));
    if (!f.project.empty()) y += fmt::format("        project: {}\n", q(f.project));
    online(y, f.online, "        ");
  }
}

void power(std::string& y, const PowerSpec& p) {
  y +=
      fmt::format("  power:\n    sector: {}\n    wind_sector: {}\n", q(p.sector), q(p.wind_sector));
  y += fmt::format("    tariff_rub_per_kwh: {}\n    fuel_price_rub_per_kg: {}\n",
                   n(p.tariff_rub_per_kwh), n(p.fuel_price_rub_per_kg));
  y += fmt::format("    wind_capacity_factor: {}\n", list(p.wind_capacity_factor));
  y += fmt::format("    wind_penetration_limit: {}\n", n(p.wind_penetration_limit));
  y += fmt::format("    storage_round_trip_efficiency: {}\n", n(p.storage_round_trip_efficiency));
  y += fmt::format("    demand_monthly_weight: {}\n", list(p.demand_monthly_weight));
  y += fmt::format("    turbine_kw: {}\n    turbine_mtbf_h: {}\n", n(p.turbine_kw),
                   n(p.turbine_mtbf_h));
  y += fmt::format("    repair_days: {}\n    parts_t: {}\n", n(p.repair_days), n(p.parts_t));
  y += fmt::format("    wind_tariff_rub_per_kwh: {}\n", n(p.wind_tariff_rub_per_kwh));
  y += fmt::format("    sectors_needing_power: {}\n", names(p.sectors_needing_power));
  y += "    islands:\n";
  for (const auto& g : p.islands) {
    y += fmt::format("      - island: {}\n        geothermal_kw: {}\n", q(g.island),
                     n(g.geothermal_kw));
    y += fmt::format("        geothermal_availability: {}\n", n(g.geothermal_availability));
    if (g.wind_kw > 0) y += fmt::format("        wind_kw: {}\n", n(g.wind_kw));
    y +=
        fmt::format("        diesel_kw: {}\n        fuel_hub: {}\n", n(g.diesel_kw), q(g.fuel_hub));
    y += fmt::format("        fuel_tank_t: {}\n        fuel_stock_t: {}\n", n(g.fuel_tank_t),
                     n(g.fuel_stock_t));
    y += fmt::format("        mwh_per_resident_year: {}\n", n(g.mwh_per_resident_year));
    y += fmt::format("        sector_mwh_per_year: {}\n", n(g.sector_mwh_per_year));
  }
  y += p.wind_projects.empty() ? "    wind_projects: []\n" : "    wind_projects:\n";
  for (const auto& w : p.wind_projects) {
    y += fmt::format("      - name: {}\n        island: {}\n        capacity_kw: {}\n", q(w.name),
                     q(w.island), n(w.capacity_kw));
    y += fmt::format("        storage_kwh: {}\n", n(w.storage_kwh));
    online(y, w.online, "        ");
  }
}

void waste(std::string& y, const WasteSpec& w) {
  y += fmt::format("  waste:\n    sector: {}\n", q(w.sector));
  y += fmt::format("    treatment_rub_per_t: {}\n    landfill_rub_per_t: {}\n",
                   n(w.treatment_rub_per_t), n(w.landfill_rub_per_t));
  y += fmt::format("    shipping_rub_per_t: {}\n    fees_paid_by: {}\n    islands:\n",
                   n(w.shipping_rub_per_t), w.fees_paid_by);
  for (const auto& i : w.islands) {
    y += fmt::format("      - island: {}\n        ship_to: {}\n", q(i.island), q(i.ship_to));
    y += fmt::format("        resident_kg_per_day: {}\n        visitor_kg_per_day: {}\n",
                     n(i.resident_kg_per_day), n(i.visitor_kg_per_day));
    y += fmt::format("        sector_t_per_year: {}\n        landfill_capacity_t: {}\n",
                     n(i.sector_t_per_year), n(i.landfill_capacity_t));
  }
  y += w.projects.empty() ? "    projects: []\n" : "    projects:\n";
  for (const auto& p : w.projects) {
    y += fmt::format("      - name: {}\n        island: {}\n        treatment_t_per_year: {}\n",
                     q(p.name), q(p.island), n(p.treatment_t_per_year));
    online(y, p.online, "        ");
  }
}

void event(std::string& y, const ScriptedEvent& e) {
  y += fmt::format("  - date: {}\n    kind: {}\n", e.date.str(), e.kind_name);
  if (!e.subject.empty()) y += fmt::format("    subject: {}\n", q(e.subject));
  if (!e.reroute_to.empty()) y += fmt::format("    reroute_to: {}\n", q(e.reroute_to));
  if (!e.open.empty()) y += fmt::format("    open: {}\n", names(e.open));
  if (!e.close.empty()) y += fmt::format("    close: {}\n", names(e.close));
  if (e.kind == EventKind::pilot_tour) y += fmt::format("    visitors: {}\n", n(e.visitors));
  if (e.kind == EventKind::disease)
    y += fmt::format("    fraction_killed: {}\n", n(e.fraction_killed));
  if (!e.note.empty()) y += fmt::format("    note: {}\n", q(e.note));
}

}  // namespace

bool has_activities(const Scenario& s) {
  const auto& a = s.activities;
  return a.aquaculture || a.greenhouse || a.tourism || a.power || a.waste;
}

void write_route_extras(std::string& y, const Route& r) {
  if (!r.timetable.empty()) {
    y += "    timetable:\n";
    for (const auto& t : r.timetable)
      y += fmt::format("      - {{from: {}, to: {}, sailings_per_week: {}}}\n", md(t.span.from),
                       md(t.span.to), n(t.sailings_per_week));
  }
  y += fmt::format("    passenger_capacity: {}\n", n(r.passenger_capacity));
  y += fmt::format("    weather_exposure: {}\n", n(r.weather_exposure));
}

void write_world_sections(std::string& y, const Scenario& s) {
  const auto& a = s.activities;
  if (a.aquaculture) aquaculture(y, *a.aquaculture);
  if (a.greenhouse) greenhouse(y, *a.greenhouse);
  if (a.tourism) tourism(y, *a.tourism);
  if (a.power) power(y, *a.power);
  if (a.waste) waste(y, *a.waste);
  if (!s.routes.empty()) {
    const WeatherSpec& w = s.weather;
    y += fmt::format("weather:\n  storms_per_year: {}\n  storm_mean_h: {}\n", n(w.storms_per_year),
                     n(w.storm_mean_h));
    y += fmt::format("  storm_monthly_weight: {}\n", list(w.storm_monthly_weight));
    y += fmt::format("  fog_per_year: {}\n  fog_mean_h: {}\n", n(w.fog_per_year), n(w.fog_mean_h));
    y += fmt::format("  fog_monthly_weight: {}\n", list(w.fog_monthly_weight));
    y += fmt::format("  max_delay_h: {}\n", n(w.max_delay_h));
  }
  if (!s.events.empty()) {
    y += "events:\n";
    for (const auto& e : s.events) event(y, e);
  }
}

}  // namespace jez
