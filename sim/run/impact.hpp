// The impact of a run against its counterfactual: factual minus counterfactual zone series,
// as `impact_*` rows of timeseries.csv and summary.csv, with the construction phase (the local
// construction spending through the static multipliers) apart from the operation phase, and
// the value added, labour income and jobs split into direct, indirect and induced effects (the
// rest, from lagged investment demand, is `other`; docs/model.md).
#pragma once

#include "economy/regional_economy.hpp"
#include "run/run_result.hpp"
#include "scenario/scenario.hpp"

namespace jez {

// `construction_va` and `construction_jobs` are per period: the value added and jobs that the
// period's local construction demand alone gives through the static (Type I or II) model.
// `economy` is the run's stepped economy, whose coefficients split the impact. with_rows: also
// the impact_* timeseries rows (not in a summary-only run).
void add_impact(RunResult& result, const Scenario& scenario, const ZoneSeries& counterfactual,
                const std::vector<double>& construction_va,
                const std::vector<double>& construction_jobs,
                const economy::RegionalEconomy& economy, bool with_rows = true);

}  // namespace jez
