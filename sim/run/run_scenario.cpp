#include "run/run_scenario.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "economy/multipliers.hpp"
#include "economy/regional_economy.hpp"
#include "run/period_recorder.hpp"
#include "world/world.hpp"

namespace jez {

double RunResult::metric(const std::string& name) const {
  for (const auto& r : summary)
    if (r.metric == name) return r.value;
  throw std::out_of_range("no summary metric named " + name);
}

namespace {

// The economy's final demand in one period, before the world's deliveries are added: the
// table's final demand per period, without the exports that the world delivers (those enter
// in the period they arrive).
Eigen::VectorXd base_final_demand(const Scenario& s, const economy::RegionalEconomy& econ,
                                  int* fish_sector) {
  const Eigen::MatrixXd per_period = econ.final_demand_per_period();
  Eigen::VectorXd f = per_period.rowwise().sum();
  *fish_sector = -1;
  if (s.fish_exports) {
    const auto& t = s.economy.table;
    *fish_sector = t.sector_index(s.fish_exports->sector);
    const int exports = t.final_demand_index("exports");
    if (*fish_sector < 0 || exports < 0)  // the loader checks both; this guards the invariant
      throw std::runtime_error("fish exports need the table's sector and an exports column");
    f[*fish_sector] -= per_period(*fish_sector, exports);
  }
  return f;
}

void add_summary(RunResult& r, const Scenario& s, const PeriodRecorder& rec,
                 const world::WorldResult& w) {
  const std::string money = s.economy.currency;
  const std::string money_yr = money + "/year";
  auto per_year = [](const PeriodRecorder::Totals& t, double v) {
    return t.months > 0 ? v * 12.0 / t.months : 0.0;
  };
  auto mean_jobs = [](const PeriodRecorder::Totals& t) {
    return t.periods > 0 ? t.jobs_sum / t.periods : 0.0;
  };
  const auto& fy = rec.final_year();
  const auto& y1 = rec.first_year();
  const auto& all = rec.horizon();
  auto& m = r.summary;
  m.push_back({"grp_final_year", money_yr, per_year(fy, fy.grp)});
  m.push_back({"jobs_final_year", "jobs", mean_jobs(fy)});
  m.push_back({"output_final_year", money_yr, per_year(fy, fy.output)});
  m.push_back({"labour_income_final_year", money_yr, per_year(fy, fy.labour_income)});
  m.push_back({"imports_final_year", money_yr, per_year(fy, fy.imports)});
  m.push_back({"grp_first_year", money_yr, per_year(y1, y1.grp)});
  m.push_back({"jobs_first_year", "jobs", mean_jobs(y1)});
  m.push_back({"grp_cumulative", money, all.grp});
  if (s.fish_exports) {
    m.push_back({"fish_produced_total", "t", rec.produced_t});
    m.push_back({"fish_delivered_total", "t", rec.delivered_t});
    m.push_back({"fish_stock_end", "t", rec.stock_end_t});
    m.push_back({"fish_in_transit_end", "t", w.in_transit_t});
    m.push_back({"fish_export_revenue_total", money, rec.export_revenue});
  }
  m.push_back({"sailings_total", "count", double(rec.sailings)});
  m.push_back({"sailings_cancelled_total", "count", double(rec.sailings_cancelled)});
  m.push_back({"voyages_aborted_total", "count", double(rec.voyages_aborted)});
  for (const auto& x : w.summary) m.push_back({x.metric, x.unit, x.value});  // the world's totals
}

}  // namespace

RunResult run_scenario(const Scenario& s, const RunOptions& /*options*/) {
  RunResult result;
  result.money_unit = s.economy.currency;
  const auto& table = s.economy.table;
  const economy::RegionalEconomy econ(table, s.time.periods_per_year());
  result.multipliers_csv = economy::multipliers_csv(economy::compute_multipliers(table));

  int fish_sector = -1;
  const Eigen::VectorXd base_f = base_final_demand(s, econ, &fish_sector);
  // Delivered tonnes become export sales at the scenario's price: t * 1000 kg * RUB/kg, in RUB mn.
  const double rub_mn_per_t = s.fish_exports ? s.fish_exports->price_rub_per_kg * 1e3 / 1e6 : 0;

  PeriodRecorder rec(s, result.timeseries);
  const world::WorldResult w = world::run_world(s, [&](const world::PeriodFlows& flows) {
    // A short last period (horizon not a whole number of steps) gets its share of demand.
    const int months = std::min(s.time.step_months, s.time.end.index() - flows.month.index() + 1);
    Eigen::VectorXd f = base_f * (double(months) / s.time.step_months);
    double exports_value = 0;
    if (fish_sector >= 0) {
      for (double t : flows.delivered_t) exports_value += t * rub_mn_per_t;
      f[fish_sector] += exports_value;
    }
    for (const auto& d : flows.demand) {  // the world's other spending in the zone
      const int i = table.sector_index(d.sector);
      if (i < 0) throw std::runtime_error("the world sent demand for unknown sector " + d.sector);
      f[i] += d.value;
    }
    rec.record_world(flows);
    rec.record_economy(flows, econ.step(f), exports_value);
  });

  for (const auto& e : w.events)
    result.events.push_back({e.time_s, e.date, e.kind, e.subject, e.detail});
  add_summary(result, s, rec, w);

  const auto& fy = rec.final_year();
  result.final_year_label = s.time.end.plus(-11).year == s.time.end.year
                                ? std::to_string(s.time.end.year)
                                : s.time.end.plus(-11).str() + " to " + s.time.end.str();
  result.final_year_by_sector = rec.final_year_by_sector();
  for (auto& st : result.final_year_by_sector) {
    const double scale = fy.months > 0 ? 12.0 / fy.months : 0.0;
    st.output *= scale;
    st.value_added *= scale;
    st.jobs = fy.periods > 0 ? st.jobs / fy.periods : 0.0;
  }
  return result;
}

}  // namespace jez
