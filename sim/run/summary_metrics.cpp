// The declared metrics expanded for one scenario, a run's rows checked against them, and the
// registry as docs (the declarations: summary_metric_families.cpp).
#include "run/summary_metrics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "output/tables.hpp"
#include "run/mainland_impact.hpp"

namespace jez {

namespace {
using Src = MetricSource;
}  // namespace

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
// mainland_<country> for each country with one, and whether its money is yen (Japan's, when
// the scenario has a yen path).
struct RegionItem {
  std::string name;
  bool yen = false;
};
std::vector<RegionItem> economy_region_items(const Scenario& s) {
  const bool yen_path = s.currency.given && !s.currency.jpy_per_base.empty();
  std::vector<RegionItem> items;
  for (const MainlandGroup& g : mainland_groups(s))
    items.push_back({g.name, yen_path && g.country == "japan"});
  return items;
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
    throw std::logic_error(
        fmt::format("summary metric {} of the run is {} where the registry "
                    "(sim/run/summary_metric_families.cpp) "
                    "declares {} for this scenario",
                    k + 1, produced_text, declared_text));
  }
}

std::string metrics_markdown() {
  std::string md =
      "# Summary metrics\n\n"
      "<!-- Generated by `jezsim metrics --format markdown -o docs/summary-metrics.md` from the "
      "registry in sim/run/summary_metric_families.cpp; do not edit. -->\n\n"
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
