// One run: the counterfactual forked off, the factual world stepped with the economy and the
// joint projects each period, then the summary and the impact.
#include "run/run_scenario.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <stdexcept>

#include "economy/multipliers.hpp"
#include "economy/regional_economy.hpp"
#include "run/activity_booking.hpp"
#include "run/counterfactual.hpp"
#include "run/economy_setup.hpp"
#include "run/impact.hpp"
#include "run/mainland_coupling.hpp"
#include "run/mainland_impact.hpp"
#include "run/period_recorder.hpp"
#include "run/project_ledger.hpp"
#include "run/summary_metrics.hpp"
#include "world/world.hpp"

namespace jez {

double RunResult::metric(const std::string& name) const {
  for (const auto& r : summary)
    if (r.metric == name) return r.value;
  throw std::out_of_range("no summary metric named " + name);
}

namespace {

void add_summary(RunResult& r, const Scenario& s, const PeriodRecorder& rec,
                 const world::WorldResult& w, const economy::RegionalEconomy& econ) {
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
  m.push_back({"imports_final_goods_final_year", money_yr, per_year(fy, fy.imports_final)});
  m.push_back({"unmet_demand_final_year", money_yr, per_year(fy, fy.unmet_demand)});
  m.push_back({"product_taxes_final_year", money_yr, per_year(fy, fy.taxes)});
  m.push_back({"grp_first_year", money_yr, per_year(y1, y1.grp)});
  m.push_back({"jobs_first_year", "jobs", mean_jobs(y1)});
  m.push_back({"grp_cumulative", money, all.grp});
  m.push_back({"unmet_demand_total", money, all.unmet_demand});
  if (const auto& st = econ.stability()) {
    m.push_back({"dynamics_spectral_radius", "1", st->spectral_radius});
    m.push_back({"dynamics_oscillates", "1 = yes", st->oscillates() ? 1.0 : 0.0});
  }
  if (s.fish_exports) {
    m.push_back({"fish_produced_total", "t", rec.produced_t});
    m.push_back({"fish_delivered_total", "t", rec.delivered_t});
    m.push_back({"fish_stock_end", "t", rec.stock_end_t});
    m.push_back({"fish_in_transit_end", "t", w.in_transit_t});
    m.push_back({"fish_export_revenue_total", money, rec.export_revenue});
  }
  if (std::any_of(s.regions.begin(), s.regions.end(),
                  [](const Region& g) { return !g.labour_force_path.empty(); })) {
    double labour_force = 0;  // the islands', the mean over the final year's months
    for (int k = 0; k < 12; ++k)
      for (const Region& g : s.regions) labour_force += g.labour_force(s.time.end.plus(k - 11));
    m.push_back({"labour_force_final_year", "persons", labour_force / 12});
  }
  m.push_back({"sailings_total", "count", double(rec.sailings)});
  m.push_back({"sailings_cancelled_total", "count", double(rec.sailings_cancelled)});
  m.push_back({"voyages_aborted_total", "count", double(rec.voyages_aborted)});
  for (const auto& x : w.summary) m.push_back({x.metric, x.unit, x.value});  // the world's totals
}

void append_zone(ZoneSeries& z, const economy::PeriodAccounts& a,
                 const Eigen::VectorXd& imports_final) {
  const Eigen::VectorXd imports = a.imports + imports_final;
  const Eigen::VectorXd served = a.exogenous_demand - a.unmet_demand;
  for (const Eigen::VectorXd* v :
       {&a.output, &a.value_added, &a.labour_income, &a.jobs, &imports, &served})
    z.values.insert(z.values.end(), v->data(), v->data() + v->size());
}

}  // namespace

RunResult run_scenario(const Scenario& s, const RunOptions& options) {
  // Forked first, before this process has a SimGrid engine; it runs while the factual world does.
  std::unique_ptr<CounterfactualChild> child;
  if (options.counterfactual)
    child = std::make_unique<CounterfactualChild>(counterfactual_scenario(s),
                                                  options.counterfactual_cache);
  RunResult result;
  result.money_unit = s.economy.currency;
  const auto& table = s.economy.table;
  const int n = table.n();
  const economy::EconomyOptions eopts = economy_options(s);
  const economy::RegionalEconomy econ(table, s.time.periods_per_year(), eopts);
  // The static model (same households, no capital) that attributes construction-phase impact.
  economy::EconomyOptions static_opts = eopts;
  static_opts.capital_coefficients.reset();
  const std::unique_ptr<economy::RegionalEconomy> static_econ =
      s.investments.empty() ? nullptr
                            : std::make_unique<economy::RegionalEconomy>(
                                  table, s.time.periods_per_year(), static_opts);
  const bool rows = !options.summary_only;
  if (rows) result.multipliers_csv = economy::multipliers_csv(economy::compute_multipliers(table));
  result.zone.sectors = n;

  const FinalDemandPlan plan(s, econ);
  ActivityBooking booking(s, econ);
  ActivityBooking::Booked booked;  // kept: its vectors reused
  const bool imports_unmet = s.economy.unmet_demand == UnmetDemand::imports;
  const std::unique_ptr<MainlandCoupling> mainland =
      s.economy.regions ? std::make_unique<MainlandCoupling>(s) : nullptr;

  PeriodRecorder rec(s, result.timeseries, rows);
  ProjectLedger projects(s, econ);
  Eigen::VectorXd previous = econ.table_output_per_period();
  std::vector<double> construction_va, construction_jobs;
  const std::string money_pp = rec.money_per_period();
  world::WorldOptions world_options;
  world_options.records = rows;
  std::vector<world::PeriodFlows::ProjectOperation> operations;  // kept: its strings reused
  economy::PeriodAccounts a;                                     // kept: its vectors reused
  const auto on_period = [&](const world::PeriodFlows& flows) {
    // A short last period (horizon not a whole number of steps) gets its share of demand.
    const int months = std::min(s.time.step_months, s.time.end.index() - flows.month.index() + 1);
    booking.book(flows, booked);
    operations = flows.projects;
    ActivityBooking::fill_projects(booked, operations);
    Eigen::VectorXd f = plan.base(flows.month, months) + booked.final_demand;
    Eigen::VectorXd capacity = world_capacity(s, flows);
    const ProjectLedger::Demand pd = projects.before_step(flows, operations, months, capacity);
    f += pd.construction_local + pd.project_exports;
    econ.step(f, capacity, previous, a);
    previous = a.output;
    ActivityBooking::settle(booked, a);
    projects.after_step(flows, a, capacity, rows ? &result.timeseries : nullptr, money_pp);

    PeriodRecorder::Extras extras{pd.construction_imported, pd.investment,
                                  projects.capital_by_sector()};
    if (imports_unmet) extras.imports_final += a.unmet_demand;
    extras.imports_final += booked.imports_final;
    rec.record_world(flows);
    rec.record_economy(flows, a, booked.fish_exports, extras);
    if (rows) booking.record(booked, flows.month.str(), result.timeseries, money_pp);
    append_zone(result.zone, a, extras.imports_final);
    if (mainland)
      mainland->period(flows, a.imports, booked.imports_saved,
                       extras.imports_final - pd.equipment_imported, result.mainland,
                       pd.equipment_by_origin);
    // No construction this period: the static model's output is zero, as are its sums.
    if (static_econ && (pd.construction_local.array() != 0).any()) {
      const economy::PeriodAccounts c = static_econ->step(pd.construction_local);
      construction_va.push_back(c.value_added.sum());
      construction_jobs.push_back(c.jobs.sum());
    } else {
      construction_va.push_back(0);
      construction_jobs.push_back(0);
    }
  };
  world::WorldResult w = world::run_world(s, on_period, world_options);

  result.events.reserve(w.events.size());
  for (auto& e : w.events)  // moved, not copied: the world's log is not needed after this
    result.events.push_back({e.time_s, std::move(e.date), std::move(e.kind), std::move(e.subject),
                             std::move(e.detail)});
  add_summary(result, s, rec, w, econ);
  projects.add_summary(result.summary);
  if (mainland && rows) add_mainland_rows(result, s, money_pp);
  if (child) {
    const CounterfactualChild::Series cf = child->collect();
    add_impact(result, s, cf.zone, construction_va, construction_jobs, econ, rows);
    if (mainland) add_mainland_impact(result, s, cf.mainland, money_pp, rows);
  }
  check_summary_rows(result.summary, s, options.counterfactual);  // each metric as declared

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
