// The `investments` section: each project's capital, owners, payment tranches and build time.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

namespace {

constexpr double kShareTolerance = 1e-6;  // shares written with a few decimals still sum to 1

std::string read_table_sector(const YamlSource& src, const Field& field,
                              const economy::IoTable& table) {
  const std::string name = read_name(src, field);
  if (table.sector_index(name) < 0)
    src.fail(field, "a sector of the table: " + quoted_choices(table.sectors), describe(field.node),
             did_you_mean(name, table.sectors));
  return name;
}

double read_share(const YamlSource& src, const Field& field) {
  const double v = read_number(src, field, Bound::positive);
  if (v > 1) src.fail(field, "a share above 0 and at most 1", field.node.Scalar());
  return v;
}

Investment read_investment(const YamlSource& src, const Field& item, const Scenario& s,
                           std::vector<Field>& names) {
  const MapFields map(src, item, "an investment",
                      {"project", "sector", "owners", "capital", "tranches", "build_months",
                       "depreciation_per_year", "local_purchase_share", "supplier_sector",
                       "output_capacity_per_year", "registered"});
  const economy::IoTable& table = s.economy.table;
  Investment v;
  const Field project = map.required("project");
  v.project = read_name(src, project);
  check_unique_name(src, project, "project", names);
  v.sector = read_table_sector(src, map.required("sector"), table);

  const Field owners = map.required("owners");
  const YAML::Node& owner_map = owners.node;
  if (!owner_map.IsMap() || owner_map.size() == 0)
    src.fail(owners, "a map of sides to ownership shares, such as {japan: 0.5, russia: 0.5}",
             describe(owner_map));
  std::vector<std::string> sides;
  for (const auto& kv : owner_map) sides.push_back(kv.first.IsScalar() ? kv.first.Scalar() : "?");
  const MapFields owner_fields(src, owners, "the owners", sides);
  double total = 0;
  for (const std::string& side : sides) {
    const Field f = *owner_fields.optional(side);
    read_name(src, Field{f.key, f.path, f.key});
    total += v.owners[side] = read_share(src, f);
  }
  if (std::abs(total - 1) > kShareTolerance)
    src.fail(owners, "ownership shares that sum to 1", fmt::format("a sum of {:.6g}", total));

  v.capital = read_number(src, map.required("capital"), Bound::positive);
  const Field tranches = map.required("tranches");
  total = 0;
  for (const Field& t :
       list_items(src, tranches, "a list of {date: YYYY-MM, share} payments in date order")) {
    const MapFields tm(src, t, "a tranche", {"date", "share"});
    const Field date = tm.required("date");
    Tranche tr{read_month_in_horizon(src, date, s.time), 0};
    if (!v.tranches.empty() && tr.date < v.tranches.back().date)
      src.fail(date,
               fmt::format("a month not before the previous tranche's ({})",
                           v.tranches.back().date.str()),
               tr.date.str());
    tr.share = read_share(src, tm.required("share"));
    total += tr.share;
    v.tranches.push_back(tr);
  }
  if (v.tranches.empty()) src.fail(tranches, "at least one tranche", "an empty list");
  if (std::abs(total - 1) > kShareTolerance)
    src.fail(tranches, "tranche shares that sum to 1", fmt::format("a sum of {:.6g}", total));

  if (const auto f = map.optional("build_months")) {
    const auto months = read_unsigned(src, *f);
    if (months > 600) src.fail(*f, "a build time of at most 600 months", f->node.Scalar());
    v.build_months = int(months);
  }
  if (const auto f = map.optional("depreciation_per_year")) {
    v.depreciation_per_year = read_number(src, *f, Bound::non_negative);
    if (v.depreciation_per_year > 1)
      src.fail(*f, "an annual rate from 0 to 1 (0.05 is 5 %)", f->node.Scalar());
  }
  if (const auto f = map.optional("local_purchase_share")) {
    v.local_purchase_share = read_number(src, *f, Bound::non_negative);
    if (v.local_purchase_share > 1) src.fail(*f, "a share from 0 to 1", f->node.Scalar());
  }
  if (const auto f = map.optional("supplier_sector"))
    v.supplier_sector = read_table_sector(src, *f, table);
  else if (table.sector_index(v.supplier_sector) < 0)
    src.fail_in(item, child_path(item.path, "supplier_sector"),
                "the sector that supplies the construction (the table has no 'construction', so "
                "name one of " +
                    quoted_choices(table.sectors) + ")",
                "the key missing");
  v.output_capacity_per_year =
      read_number(src, map.required("output_capacity_per_year"), Bound::non_negative);
  if (const auto f = map.optional("registered")) v.registered = read_month(src, *f);
  return v;
}

}  // namespace

std::vector<Investment> read_investments(const YamlSource& src, const Field& field,
                                         const Scenario& scenario) {
  std::vector<Investment> investments;
  std::vector<Field> names;
  for (const Field& item : list_items(src, field, "a list of investments"))
    investments.push_back(read_investment(src, item, scenario, names));
  return investments;
}

std::map<std::string, SideFinance> read_finance(const YamlSource& src, const Field& field,
                                                const Scenario& s) {
  std::vector<std::string> sides = {"japan", "russia"};
  for (const Investment& v : s.investments)
    for (const auto& [side, share] : v.owners)
      if (std::find(sides.begin(), sides.end(), side) == sides.end()) sides.push_back(side);
  const MapFields map(src, field, "each side's finance", sides);
  std::map<std::string, SideFinance> finance;
  for (const std::string& side : sides) {
    const auto item = map.optional(side);
    if (!item) continue;
    const MapFields m(
        src, *item, "a side's finance",
        {"currency", "discount_rate_per_year", "debt_share", "debt_rate_per_year", "debt_years"});
    SideFinance f = s.finance_of(side);
    if (const auto g = m.optional("currency")) {
      const std::string base = s.currency.base;
      f.in_yen = read_choice(src, *g, {base, "JPY"}) == "JPY";
      if (f.in_yen && !s.currency.given)
        src.fail(*g, "a currency section (its jpy_per_base converts to yen)", "none", {}, true);
    }
    auto rate = [&](const Field& g) {
      const double v = read_number(src, g, Bound::non_negative);
      if (v >= 1) src.fail(g, "an annual rate from 0 to below 1 (0.04 is 4 %)", g.node.Scalar());
      return v;
    };
    if (const auto g = m.optional("discount_rate_per_year")) f.discount_rate_per_year = rate(*g);
    if (const auto g = m.optional("debt_share")) {
      f.debt_share = read_number(src, *g, Bound::non_negative);
      if (f.debt_share > 1) src.fail(*g, "a share from 0 to 1", g->node.Scalar());
    }
    if (const auto g = m.optional("debt_rate_per_year")) f.debt_rate_per_year = rate(*g);
    if (const auto g = m.optional("debt_years")) {
      const auto years = read_unsigned(src, *g);
      if (years < 1 || years > 50) src.fail(*g, "a loan term of 1 to 50 years", g->node.Scalar());
      f.debt_years = int(years);
    }
    finance[side] = f;
  }
  return finance;
}

}  // namespace jez
