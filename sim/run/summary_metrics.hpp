// The registry of summary metrics: every metric of summary.csv declared once, with its unit, its
// meaning and the parts of a scenario that produce it. summary.csv's rows are checked against
// it, `plan` and `sweep` take the metric names a scenario's runs produce from it, and
// docs/summary-metrics.md is generated from it (`jezsim metrics --format markdown`).
#pragma once

#include <string>
#include <vector>

#include "output/tables.hpp"
#include "scenario/scenario.hpp"

namespace jez {

// The parts of a scenario that make its runs produce a family of metrics.
enum class MetricSource {
  always,
  lagged_dynamics,       // economy.dynamics: lagged
  fish_exports,          // sectors.fish_processing
  labour_force,          // a region with a labour_force path
  tourism,               // sectors.tourism
  aquaculture,           // sectors.aquaculture
  greenhouse,            // sectors.greenhouse
  greenhouse_and_power,  // sectors.greenhouse and sectors.power
  power,                 // sectors.power
  waste,                 // sectors.waste
  fish_and_power,        // sectors.fish_processing and sectors.power
  inflation,             // currency.inflation_per_year
  counterfactual,        // the run's counterfactual (not --no-counterfactual)
  economy_regions,       // economy.regions, with the run's counterfactual
};

// One declaration: a metric, or a family of them when its name holds a placeholder that a
// scenario expands: <side> (japan, russia and every other owner of an investment), <project>
// (each investment, in the scenario's order), <region> (each mainland region of
// economy.regions, then mainland_<country>). Consecutive families over one placeholder are
// written item by item, as summary.csv has them. Units may hold {money} (economy.currency),
// {side_money} (the side's own money) or {yen_money} (the table's money in yen).
struct MetricFamily {
  const char* name;
  const char* unit;
  const char* meaning;
  MetricSource source;
  // Only for the items of the placeholder whose money is yen (a side that keeps its books in yen,
  // a Japanese region of a scenario with a yen path); the item's currency code replaces
  // <currency> in the name.
  bool yen_items_only = false;
};

// Every declaration, in summary.csv's order (summary_metric_families.cpp).
const std::vector<MetricFamily>& metric_families();

// What a source means, for people ("with sectors.power").
std::string source_text(MetricSource source);

// One metric a run produces, expanded from its family.
struct ExpectedMetric {
  std::string name, unit;
  const MetricFamily* family;
};

// The metrics, in order, that runs of `scenario` produce (with or without their counterfactual).
std::vector<ExpectedMetric> expected_metrics(const Scenario& scenario, bool with_counterfactual);

// Checks a run's summary rows against the registry: the same metrics, in the same order and with
// the same units as expected_metrics(). Throws std::logic_error naming the first difference (a
// metric produced that is not declared, or declared for this scenario and not produced).
void check_summary_rows(const std::vector<output::SummaryRow>& rows, const Scenario& scenario,
                        bool with_counterfactual);

// The unit of a side's money ("JPY mn" for a side keeping its books in yen, else the table's
// money) and its currency code in metric names ("jpy", "rub").
std::string side_money_unit(const Scenario& scenario, const std::string& side);
std::string side_currency_code(const Scenario& scenario, const std::string& side);

// docs/summary-metrics.md, and the registry as CSV (name,unit,meaning,produced).
std::string metrics_markdown();
std::string metrics_csv();
// The metrics a scenario's runs produce as CSV (metric,unit,meaning).
std::string scenario_metrics_csv(const Scenario& scenario, bool with_counterfactual);

}  // namespace jez
