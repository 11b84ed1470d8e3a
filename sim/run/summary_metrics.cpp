// The declarations of summary.csv's metrics, and their expansion for one scenario.
#include "run/summary_metrics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "output/tables.hpp"

namespace jez {

namespace {

using Src = MetricSource;
constexpr const char* kPayback = "years after the first outlay";

}  // namespace

const std::vector<MetricFamily>& metric_families() {
  static const std::vector<MetricFamily> families = {
      // The zone's economy.
      {"grp_final_year", "{money}/year",
       "the zone's gross regional product (value added) over the horizon's last 12 months",
       Src::always},
      {"jobs_final_year", "jobs", "the zone's jobs, the mean over the last 12 months", Src::always},
      {"output_final_year", "{money}/year", "the zone's gross output over the last 12 months",
       Src::always},
      {"labour_income_final_year", "{money}/year",
       "the zone's labour income (compensation) over the last 12 months", Src::always},
      {"imports_final_year", "{money}/year",
       "the zone's imports over the last 12 months: intermediate inputs and final goods",
       Src::always},
      {"imports_final_goods_final_year", "{money}/year",
       "the part of imports_final_year that is final goods (unmet demand served by imports, "
       "goods the activities buy from outside)",
       Src::always},
      {"unmet_demand_final_year", "{money}/year",
       "final demand that capacity ceilings left unserved over the last 12 months", Src::always},
      {"product_taxes_final_year", "{money}/year", "net taxes on products over the last 12 months",
       Src::always},
      {"grp_first_year", "{money}/year", "the zone's GRP over the horizon's first 12 months",
       Src::always},
      {"jobs_first_year", "jobs", "the zone's jobs, the mean over the first 12 months",
       Src::always},
      {"grp_cumulative", "{money}", "the zone's GRP summed over the whole horizon", Src::always},
      {"unmet_demand_total", "{money}", "unserved final demand summed over the whole horizon",
       Src::always},
      {"dynamics_spectral_radius", "1",
       "the spectral radius of the lagged dynamic Leontief model: below 1 it settles",
       Src::lagged_dynamics},
      {"dynamics_oscillates", "1 = yes",
       "whether the lagged model's dominant eigenvalue makes output oscillate",
       Src::lagged_dynamics},
      // Fish: landed, processed, shipped.
      {"fish_produced_total", "t", "processed fish made on the islands over the horizon",
       Src::fish_exports},
      {"fish_delivered_total", "t", "processed fish delivered to the mainland markets",
       Src::fish_exports},
      {"fish_stock_end", "t", "processed fish in the islands' cold stores at the horizon's end",
       Src::fish_exports},
      {"fish_in_transit_end", "t", "processed fish at sea at the horizon's end", Src::fish_exports},
      {"fish_export_revenue_total", "{money}", "the revenue of the fish delivered (exports)",
       Src::fish_exports},
      {"labour_force_final_year", "persons",
       "the islands' labour force, the mean over the last 12 months", Src::labour_force},
      // The world: sailings and the activities' physical totals.
      {"sailings_total", "count", "sailings that left port over the horizon", Src::always},
      {"sailings_cancelled_total", "count",
       "sailings cancelled: sea ice, or storms and fog beyond the longest delay", Src::always},
      {"voyages_aborted_total", "count",
       "voyages cut short by a route closing while they were at sea", Src::always},
      {"visitors_total", "visitors", "visitors who arrived over the horizon", Src::tourism},
      {"aquaculture_harvest_total", "t", "the aquaculture farms' harvest", Src::aquaculture},
      {"greenhouse_output_total", "t", "the greenhouses' vegetables", Src::greenhouse},
      {"greenhouse_energy_total", "MWh", "the greenhouses' heating and lighting energy",
       Src::greenhouse},
      {"greenhouse_diesel_total", "t", "diesel burned for the greenhouses' energy",
       Src::greenhouse_and_power},
      {"greenhouse_co2_total", "t", "CO2 from the diesel burned for the greenhouses",
       Src::greenhouse_and_power},
      {"wind_energy_total", "MWh", "energy from the wind turbines", Src::power},
      {"diesel_energy_total", "MWh", "energy from diesel generators", Src::power},
      {"diesel_saved_total", "t", "diesel fuel not burned thanks to wind power", Src::power},
      {"co2_total", "t", "CO2 from the islands' power generation", Src::power},
      {"co2_avoided_total", "t", "CO2 not emitted thanks to wind power", Src::power},
      {"unserved_energy_total", "MWh", "electricity demand not served (fuel ran out)", Src::power},
      {"fuel_delivered_total", "t", "diesel fuel delivered to the islands by sea", Src::power},
      {"fuel_stockout_months", "count",
       "island-months in which the grid left demand unserved (fuel ran out)", Src::power},
      {"turbine_outages_total", "count", "wind turbine failures", Src::power},
      {"waste_treated_total", "t", "waste treated by the waste projects", Src::waste},
      {"cargo_spoiled_total", "t", "perishable cargo that spoiled ashore or at sea before delivery",
       Src::always},
      {"sailings_delayed_total", "count",
       "sailings held in port by storms or fog, then sailed late", Src::always},
      {"fish_lost_to_power_total", "t",
       "processed fish not made because the fish plants had no power", Src::fish_and_power},
      // The joint projects' books.
      {"investment_total", "{money}", "capital invested in the joint projects", Src::always},
      {"price_level_end", "index (start = 1)",
       "the price level at the horizon's end along the inflation path", Src::inflation},
      {"npv_<side>", "{money}",
       "the side's net present value of its equity cash flows after debt, in the table's money "
       "at the economy's discount rate",
       Src::always},
      {"irr_<side>", "1/year", "the side's internal rate of return (empty when none exists)",
       Src::always},
      {"payback_<side>", kPayback, "the side's payback time (empty when never paid back)",
       Src::always},
      {"npv_<side>_<currency>", "{side_money}",
       "the side's net present value in its own currency at its own discount rate", Src::always},
      {"irr_<side>_<currency>", "1/year", "the side's internal rate of return in its own currency",
       Src::always},
      {"payback_<side>_<currency>", kPayback, "the side's payback time in its own currency",
       Src::always},
      {"investment_<side>", "{money}", "the side's share of the capital invested", Src::always},
      {"tax_receipts_<side>", "{money}",
       "the taxes on the joint projects that go to the side under the regime in force",
       Src::always},
      {"npv_project_<project>", "{money}", "the project's net present value (before financing)",
       Src::always},
      {"irr_project_<project>", "1/year", "the project's internal rate of return", Src::always},
      {"payback_project_<project>", kPayback, "the project's payback time", Src::always},
      // Impact: the run less its counterfactual.
      {"impact_grp_final_year", "{money}/year", "the impact on the zone's GRP, last 12 months",
       Src::counterfactual},
      {"impact_jobs_final_year", "jobs", "the impact on the zone's jobs, last 12 months' mean",
       Src::counterfactual},
      {"impact_output_final_year", "{money}/year", "the impact on gross output, last 12 months",
       Src::counterfactual},
      {"impact_labour_income_final_year", "{money}/year",
       "the impact on labour income, last 12 months", Src::counterfactual},
      {"impact_imports_final_year", "{money}/year", "the impact on imports, last 12 months",
       Src::counterfactual},
      {"impact_grp_direct_final_year", "{money}/year",
       "the direct effect of the change in final demand on GRP", Src::counterfactual},
      {"impact_grp_indirect_final_year", "{money}/year",
       "the indirect effect (the suppliers' rounds) on GRP", Src::counterfactual},
      {"impact_grp_induced_final_year", "{money}/year",
       "the induced effect (households' spending) on GRP", Src::counterfactual},
      {"impact_grp_other_final_year", "{money}/year",
       "GRP impact beyond the three effects (lagged investment demand; docs/model.md)",
       Src::counterfactual},
      {"impact_labour_income_direct_final_year", "{money}/year",
       "the direct effect on labour income", Src::counterfactual},
      {"impact_labour_income_indirect_final_year", "{money}/year",
       "the indirect effect on labour income", Src::counterfactual},
      {"impact_labour_income_induced_final_year", "{money}/year",
       "the induced effect on labour income", Src::counterfactual},
      {"impact_labour_income_other_final_year", "{money}/year",
       "labour income impact beyond the three effects", Src::counterfactual},
      {"impact_jobs_direct_final_year", "jobs", "the direct effect on jobs", Src::counterfactual},
      {"impact_jobs_indirect_final_year", "jobs", "the indirect effect on jobs",
       Src::counterfactual},
      {"impact_jobs_induced_final_year", "jobs", "the induced effect on jobs", Src::counterfactual},
      {"impact_jobs_other_final_year", "jobs", "jobs impact beyond the three effects",
       Src::counterfactual},
      {"impact_grp_cumulative", "{money}", "the impact on GRP summed over the horizon",
       Src::counterfactual},
      {"impact_construction_grp_cumulative", "{money}",
       "the part of impact_grp_cumulative due to the projects' construction spending",
       Src::counterfactual},
      {"impact_construction_job_years", "job-years",
       "the jobs the construction spending supports, in job-years", Src::counterfactual},
      {"impact_operation_grp_cumulative", "{money}",
       "the rest of impact_grp_cumulative: the projects' operation", Src::counterfactual},
      // Impact on the mainland regions (economy.regions).
      {"impact_grp_cumulative_<region>", "{money}",
       "the impact on the region's GRP (mainland_<country>: the country's regions) summed over "
       "the horizon",
       Src::economy_regions},
      {"impact_grp_final_year_<region>", "{money}/year",
       "the impact on the region's GRP over the last 12 months", Src::economy_regions},
      {"impact_jobs_final_year_<region>", "jobs",
       "the impact on the region's jobs, the last 12 months' mean", Src::economy_regions},
      {"impact_grp_cumulative_<region>_jpy", "{yen_money}",
       "impact_grp_cumulative_<region> in yen at the scenario's currency path (Japan's regions)",
       Src::economy_regions, true},
      {"impact_grp_final_year_<region>_jpy", "{yen_money}/year",
       "impact_grp_final_year_<region> in yen (Japan's regions)", Src::economy_regions, true},
  };
  return families;
}

std::string source_text(MetricSource source) {
  switch (source) {
    case Src::always:
      return "every run";
    case Src::lagged_dynamics:
      return "economy.dynamics: lagged";
    case Src::fish_exports:
      return "sectors.fish_processing";
    case Src::labour_force:
      return "a region with labour_force";
    case Src::tourism:
      return "sectors.tourism";
    case Src::aquaculture:
      return "sectors.aquaculture";
    case Src::greenhouse:
      return "sectors.greenhouse";
    case Src::greenhouse_and_power:
      return "sectors.greenhouse and sectors.power";
    case Src::power:
      return "sectors.power";
    case Src::waste:
      return "sectors.waste";
    case Src::fish_and_power:
      return "sectors.fish_processing and sectors.power";
    case Src::inflation:
      return "currency.inflation_per_year";
    case Src::counterfactual:
      return "a counterfactual (not --no-counterfactual)";
    case Src::economy_regions:
      return "economy.regions and a counterfactual";
  }
  return "";
}

namespace {

// The scenario's mainland regions and sides (economy.regions): each mainland region, then
// mainland_<country> for each country with one, and whether its money is yen. The regions
// model adds economy.regions; until it lands a scenario has none.
struct RegionItem {
  std::string name;
  bool yen = false;
};
std::vector<RegionItem> economy_region_items(const Scenario&) {
  return {};
}

bool produced(MetricSource source, const Scenario& s, bool with_counterfactual) {
  const auto& a = s.activities;
  switch (source) {
    case Src::always:
      return true;
    case Src::lagged_dynamics:
      return s.economy.lagged;
    case Src::fish_exports:
      return bool(s.fish_exports);
    case Src::labour_force:
      return std::any_of(s.regions.begin(), s.regions.end(),
                         [](const Region& g) { return !g.labour_force_path.empty(); });
    case Src::tourism:
      return bool(a.tourism);
    case Src::aquaculture:
      return bool(a.aquaculture);
    case Src::greenhouse:
      return bool(a.greenhouse);
    case Src::greenhouse_and_power:
      return a.greenhouse && a.power;
    case Src::power:
      return bool(a.power);
    case Src::waste:
      return bool(a.waste);
    case Src::fish_and_power:
      return s.fish_exports && a.power;
    case Src::inflation:
      return !s.currency.inflation_per_year.empty();
    case Src::counterfactual:
      return with_counterfactual;
    case Src::economy_regions:
      return with_counterfactual && !economy_region_items(s).empty();
  }
  return false;
}

// The placeholder of a family's name ("side", "project", "region"), or "" for one metric.
std::string placeholder(const char* name) {
  const std::string n = name;
  const auto open = n.find('<');
  return open == std::string::npos ? "" : n.substr(open + 1, n.find('>', open) - open - 1);
}

std::string replace_all(std::string text, const std::string& what, const std::string& with) {
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
    text.replace(at, what.size(), with);
  return text;
}

// One item of a placeholder: its name, what replaces <currency> and {side_money}, and whether
// its money is yen.
struct Item {
  std::string name, currency, side_money;
  bool yen = false;
};

std::vector<Item> items_of(const std::string& ph, const Scenario& s) {
  std::vector<Item> items;
  if (ph == "side") {
    std::set<std::string> sides{"japan", "russia"};  // always reported, even owning nothing
    for (const Investment& v : s.investments)
      for (const auto& [side, share] : v.owners) sides.insert(side);
    for (const std::string& side : sides)
      items.push_back(
          {side, side_currency_code(s, side), side_money_unit(s, side), s.finance_of(side).in_yen});
  } else if (ph == "project") {
    for (const Investment& v : s.investments) items.push_back({v.project, "", "", false});
  } else if (ph == "region") {
    for (const RegionItem& r : economy_region_items(s)) items.push_back({r.name, "", "", r.yen});
  } else {
    throw std::logic_error("summary metric registry: unknown placeholder <" + ph + ">");
  }
  return items;
}

std::string yen_money(const std::string& money) {
  const auto space = money.find(' ');
  return "JPY" + money.substr(space == std::string::npos ? money.size() : space);
}

ExpectedMetric expand(const MetricFamily& f, const Scenario& s, const std::string& ph,
                      const Item* item) {
  std::string name = f.name, unit = f.unit;
  if (item) {
    name = replace_all(replace_all(name, "<" + ph + ">", item->name), "<currency>", item->currency);
    unit = replace_all(unit, "{side_money}", item->side_money);
  }
  unit = replace_all(replace_all(unit, "{yen_money}", yen_money(s.economy.currency)), "{money}",
                     s.economy.currency);
  return {name, unit, &f};
}

}  // namespace

std::string side_currency_code(const Scenario& s, const std::string& side) {
  std::string code = s.finance_of(side).in_yen ? "JPY" : s.currency.base;
  for (char& c : code) c = char(std::tolower(static_cast<unsigned char>(c)));
  return code;
}

std::string side_money_unit(const Scenario& s, const std::string& side) {
  const std::string& money = s.economy.currency;
  if (!s.finance_of(side).in_yen) return money;
  const std::string& base = s.currency.base;
  return money.rfind(base, 0) == 0 ? "JPY" + money.substr(base.size())
                                   : "JPY (" + money + " converted)";
}

std::vector<ExpectedMetric> expected_metrics(const Scenario& s, bool with_counterfactual) {
  const auto& all = metric_families();
  std::vector<ExpectedMetric> out;
  for (std::size_t i = 0; i < all.size();) {
    const std::string ph = placeholder(all[i].name);
    std::size_t end = i + 1;  // the families over the same placeholder, written item by item
    while (!ph.empty() && end < all.size() && placeholder(all[end].name) == ph) ++end;
    if (ph.empty()) {
      if (produced(all[i].source, s, with_counterfactual))
        out.push_back(expand(all[i], s, ph, nullptr));
    } else {
      bool any = false;
      for (std::size_t k = i; k < end; ++k)
        any = any || produced(all[k].source, s, with_counterfactual);
      if (any)
        for (const Item& item : items_of(ph, s))
          for (std::size_t k = i; k < end; ++k)
            if (produced(all[k].source, s, with_counterfactual) &&
                (!all[k].yen_items_only || item.yen))
              out.push_back(expand(all[k], s, ph, &item));
    }
    i = end;
  }
  return out;
}

void check_summary_rows(const std::vector<output::SummaryRow>& rows, const Scenario& s,
                        bool with_counterfactual) {
  const std::vector<ExpectedMetric> expected = expected_metrics(s, with_counterfactual);
  const std::size_t n = std::max(rows.size(), expected.size());
  for (std::size_t k = 0; k < n; ++k) {
    if (k < rows.size() && k < expected.size() && rows[k].metric == expected[k].name &&
        rows[k].unit == expected[k].unit)
      continue;
    const std::string produced_text =
        k < rows.size() ? fmt::format("'{}' in {}", rows[k].metric, rows[k].unit) : "nothing";
    const std::string declared_text =
        k < expected.size() ? fmt::format("'{}' in {}", expected[k].name, expected[k].unit)
                            : "nothing";
    throw std::logic_error(fmt::format(
        "summary metric {} of the run is {} where the registry (sim/run/summary_metrics.cpp) "
        "declares {} for this scenario",
        k + 1, produced_text, declared_text));
  }
}

std::string metrics_markdown() {
  std::string md =
      "# Summary metrics\n\n"
      "<!-- Generated by `jezsim metrics --format markdown -o docs/summary-metrics.md` from the "
      "registry in sim/run/summary_metrics.cpp; do not edit. -->\n\n"
      "Every metric of a run's `summary.csv` (`metric,unit,value`), in the order the file has "
      "them, with the parts of the scenario that produce it. `final_year` is the horizon's last "
      "12 months, `first_year` its first 12, `total` and `cumulative` the whole horizon; `impact_` "
      "metrics are the run less its counterfactual. A name with `<side>` stands for one metric "
      "per side (japan, russia and every other owner of an investment, in alphabetical order), "
      "`<currency>` for the side's own currency (`jpy` for a side that keeps its books in yen), "
      "`<project>` for each investment in the scenario's order, `<region>` for each mainland "
      "region of `economy.regions` and then `mainland_<country>`. In units, `{money}` is "
      "`economy.currency` (`RUB mn`), `{side_money}` the side's own money, `{yen_money}` the "
      "table's money in yen (`JPY mn`). `jezsim metrics SCENARIO` lists what a given scenario's "
      "runs produce; a sweep's `outputs:` are checked against that list.\n\n"
      "| metric | unit | meaning | produced with |\n| --- | --- | --- | --- |\n";
  auto cell = [](std::string text) { return replace_all(text, "|", "\\|"); };
  for (const MetricFamily& f : metric_families())
    md += fmt::format("| `{}` | {} | {}{} | {} |\n", f.name, cell(f.unit), cell(f.meaning),
                      f.yen_items_only ? " (only where its money is yen)" : "",
                      source_text(f.source));
  return md;
}

std::string metrics_csv() {
  std::string out = "metric,unit,meaning,produced_with\n";
  for (const MetricFamily& f : metric_families())
    out += fmt::format("{},{},{},{}\n", output::csv_cell(f.name), output::csv_cell(f.unit),
                       output::csv_cell(f.meaning), output::csv_cell(source_text(f.source)));
  return out;
}

std::string scenario_metrics_csv(const Scenario& s, bool with_counterfactual) {
  std::string out = "metric,unit,meaning\n";
  for (const ExpectedMetric& m : expected_metrics(s, with_counterfactual))
    out += fmt::format("{},{},{}\n", output::csv_cell(m.name), output::csv_cell(m.unit),
                       output::csv_cell(m.family->meaning));
  return out;
}

}  // namespace jez
