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

std::string month_steps(const Region::MonthSteps& steps) {
  std::string out = "[";
  for (std::size_t i = 0; i < steps.size(); ++i)
    out += fmt::format("{}{{from: {}, value: {}}}", i ? ", " : "", steps[i].first.str(),
                       number(steps[i].second));
  return out + "]";
}

void write_regions(std::string& y, const std::vector<Region>& regions) {
  y += regions.empty() ? "regions: []\n" : "regions:\n";
  for (const Region& r : regions) {
    y += fmt::format("  - name: {}\n", quoted(r.name));
    y += fmt::format("    label: {}\n", quoted(r.label));
    y += fmt::format("    kind: {}\n", r.kind == RegionKind::hub ? "hub" : "island");
    if (r.population_path.empty())
      y += fmt::format("    population: {}\n", number(r.population));
    else
      y += fmt::format("    population: {}\n", month_steps(r.population_path));
    if (r.labour_force_path.size() == 1 && r.labour_force_path[0].first == YearMonth{})
      y += fmt::format("    labour_force: {}\n", number(r.labour_force_path[0].second));
    else if (!r.labour_force_path.empty())
      y += fmt::format("    labour_force: {}\n", month_steps(r.labour_force_path));
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

std::string dated_path(const DatedPath& p) {
  if (p.steps.size() == 1) return number(p.steps[0].value);
  std::string out = "[";
  for (std::size_t i = 0; i < p.steps.size(); ++i)
    out += fmt::format("{}{{from: {}, value: {}}}", i ? ", " : "", p.steps[i].from.str(),
                       number(p.steps[i].value));
  return out + "]";
}

void write_economy(std::string& y, const EconomySpec& e) {
  y += fmt::format("economy:\n  table: {}\n  currency: {}\n", quoted(e.table_path.string()),
                   quoted(e.currency));
  y += fmt::format("  households: {}\n", e.households_endogenous ? "endogenous" : "exogenous");
  y += fmt::format("  dynamics: {}\n", e.lagged ? "lagged" : "static");
  if (e.lagged) y += fmt::format("  capital_coefficients: {}\n", quoted(e.capital_path.string()));
  if (!e.final_demand.empty()) {
    y += "  final_demand:\n";
    for (const auto& [sector, path] : e.final_demand)
      y += fmt::format("    {}: {}\n", quoted(sector), dated_path(path));
  }
  if (!e.import_shares.empty()) {
    y += "  import_shares:\n";
    for (const auto& [sector, share] : e.import_shares)
      y += fmt::format("    {}: {}\n", quoted(sector), number(share));
  }
  y +=
      fmt::format("  unmet_demand: {}\n", e.unmet_demand == UnmetDemand::lost ? "lost" : "imports");
  y += fmt::format("  discount_rate_per_year: {}\n", number(e.discount_rate_per_year));
  if (e.table_population > 0)
    y += fmt::format("  table_population: {}\n", number(e.table_population));
  if (!e.wages_rub_per_month.empty()) {
    y += "  wages_rub_per_month:\n";
    for (const auto& [sector, wage] : e.wages_rub_per_month)
      y += fmt::format("    {}: {}\n", quoted(sector), number(wage));
  }
}

void write_money_sections(std::string& y, const Scenario& s) {
  if (s.currency.given) {
    y += fmt::format("currency:\n  base: {}\n  jpy_per_base: {}\n", quoted(s.currency.base),
                     dated_path(s.currency.jpy_per_base));
    if (!s.currency.inflation_per_year.empty())
      y += fmt::format("  inflation_per_year: {}\n", dated_path(s.currency.inflation_per_year));
  }
  if (!s.investments.empty()) y += "investments:\n";
  for (const Investment& v : s.investments) {
    y += fmt::format("  - project: {}\n    sector: {}\n    owners: {{", quoted(v.project),
                     quoted(v.sector));
    bool first = true;
    for (const auto& [side, share] : v.owners)
      y += fmt::format("{}{}: {}", first ? "" : ", ", quoted(side), number(share)), first = false;
    y += fmt::format("}}\n    capital: {}\n    tranches: [", number(v.capital));
    for (std::size_t i = 0; i < v.tranches.size(); ++i)
      y += fmt::format("{}{{date: {}, share: {}}}", i ? ", " : "", v.tranches[i].date.str(),
                       number(v.tranches[i].share));
    y += fmt::format("]\n    build_months: {}\n    depreciation_per_year: {}\n", v.build_months,
                     number(v.depreciation_per_year));
    y += fmt::format("    local_purchase_share: {}\n    supplier_sector: {}\n",
                     number(v.local_purchase_share), quoted(v.supplier_sector));
    y += fmt::format("    output_capacity_per_year: {}\n", number(v.output_capacity_per_year));
    y += fmt::format("    registered: {}\n", v.registered_month().str());
  }
  if (!s.finance.empty()) y += "finance:\n";
  for (const auto& [side, f] : s.finance) {
    y += fmt::format("  {}:\n    currency: {}\n", quoted(side), f.in_yen ? "JPY" : s.currency.base);
    y += fmt::format("    discount_rate_per_year: {}\n",
                     number(f.discount_rate_per_year.value_or(s.economy.discount_rate_per_year)));
    y += fmt::format("    debt_share: {}\n    debt_rate_per_year: {}\n    debt_years: {}\n",
                     number(f.debt_share), number(f.debt_rate_per_year), f.debt_years);
  }
  if (!s.regime.empty()) y += "regime:\n";
  for (const RegimePeriod& r : s.regime) {
    y += fmt::format("  - from: {}\n    kind: {}\n    profit_tax: {}\n", r.from.str(), r.kind_name,
                     number(r.rates.profit_tax));
    y +=
        fmt::format("    property_tax_per_year: {}\n    insurance_contributions: {}\n",
                    number(r.rates.property_tax_per_year), number(r.rates.insurance_contributions));
    if (r.registered_from) y += fmt::format("    registered_from: {}\n", r.registered_from->str());
    if (r.until) y += fmt::format("    until: {}\n", r.until->str());
    if (r.kind == economy::RegimeKind::special_framework)
      y +=
          fmt::format("    japan_share_of_receipts: {}\n", number(r.rates.japan_share_of_receipts));
  }
  if (s.counterfactual)
    y += fmt::format(
        "counterfactual: {}\n",
        quoted(std::filesystem::absolute(s.counterfactual->source).lexically_normal().string()));
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
  write_economy(y, s.economy);
  if (s.fish_exports || has_activities(s)) y += "sectors:\n";
  if (s.fish_exports) write_fish_exports(y, *s.fish_exports);
  write_world_sections(y, s);
  write_money_sections(y, s);
  return y;
}

}  // namespace jez
