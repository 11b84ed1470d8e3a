#include "run/period_recorder.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jez {

namespace {

std::string period_word(int step_months) {
  return step_months == 1 ? "month" : step_months == 3 ? "quarter" : "year";
}

}  // namespace

PeriodRecorder::PeriodRecorder(const Scenario& s, std::vector<output::SeriesRow>& rows,
                               bool with_rows)
    : scenario_(s), rows_(rows), with_rows_(with_rows) {
  const std::string per = period_word(s.time.step_months);
  money_per_period_ = fmt::format("{}/{}", s.economy.currency, per);
  tonnes_per_period_ = fmt::format("t/{}", per);
  count_per_period_ = fmt::format("count/{}", per);
  with_capital_ = !s.investments.empty();
  first_year_end_ = s.time.start.plus(11);
  final_year_start_ = s.time.end.plus(-11);
  for (const auto& name : s.economy.table.sectors) by_sector_.push_back({name, 0, 0, 0});
  if (s.fish_exports) {
    for (const auto& p : s.fish_exports->plants) {
      island_of_plant_.push_back(p.island);
      if (std::find(islands_.begin(), islands_.end(), p.island) == islands_.end())
        islands_.push_back(p.island);
    }
  }
}

void PeriodRecorder::add(const std::string& date, const std::string& region,
                         const std::string& sector, const char* variable, const std::string& unit,
                         double value) {
  if (with_rows_) rows_.push_back({date, region, sector, variable, unit, value});
}

void PeriodRecorder::record_world(const world::PeriodFlows& f) {
  const std::string date = f.month.str();
  // Fish cargo by island: plants on one island are summed.
  for (const auto& island : islands_) {
    double produced = 0, shipped = 0, delivered = 0, stock = 0;
    for (size_t p = 0; p < island_of_plant_.size(); ++p) {
      if (island_of_plant_[p] != island) continue;
      produced += f.produced_t[p];
      shipped += f.shipped_t[p];
      delivered += f.delivered_t[p];
      stock += f.stock_t[p];
    }
    const std::string& sector = scenario_.fish_exports->sector;
    add(date, island, sector, "cargo_produced", tonnes_per_period_, produced);
    add(date, island, sector, "cargo_shipped", tonnes_per_period_, shipped);
    add(date, island, sector, "cargo_delivered", tonnes_per_period_, delivered);
    add(date, island, sector, "cargo_stock", "t", stock);
    produced_t += produced;
    shipped_t += shipped;
    delivered_t += delivered;
  }
  for (const auto& m : f.measures)
    add(date, m.region, m.sector, m.variable.c_str(), m.unit, m.value);
  for (const Region& r : scenario_.regions) {  // residents, as the world and the economy use them
    if (r.kind != RegionKind::island) continue;
    add(date, r.name, "households", "population", "persons", r.residents(f.month));
    if (!r.labour_force_path.empty())
      add(date, r.name, "households", "labour_force", "persons", r.labour_force(f.month));
  }
  stock_end_t = 0;
  for (double s : f.stock_t) stock_end_t += s;
  for (size_t r = 0; r < scenario_.routes.size(); ++r) {
    const auto& rf = f.routes[r];
    const std::string& name = scenario_.routes[r].name;
    add(date, name, "transport", "sailings", count_per_period_, rf.sailings);
    add(date, name, "transport", "sailings_cancelled", count_per_period_, rf.sailings_cancelled);
    add(date, name, "transport", "voyages_aborted", count_per_period_, rf.voyages_aborted);
    add(date, name, "transport", "cargo_shipped", tonnes_per_period_, rf.shipped_t);
    add(date, name, "transport", "cargo_delivered", tonnes_per_period_, rf.delivered_t);
    sailings += rf.sailings;
    sailings_cancelled += rf.sailings_cancelled;
    voyages_aborted += rf.voyages_aborted;
  }
}

void PeriodRecorder::record_economy(const world::PeriodFlows& f, const economy::PeriodAccounts& a,
                                    double exports_value, const Extras& x) {
  const std::string date = f.month.str();
  const auto& sectors = scenario_.economy.table.sectors;
  const std::string zone = "zone";
  for (size_t i = 0; i < sectors.size(); ++i) {
    add(date, zone, sectors[i], "final_demand", money_per_period_, a.final_demand[i]);
    add(date, zone, sectors[i], "output", money_per_period_, a.output[i]);
    add(date, zone, sectors[i], "value_added", money_per_period_, a.value_added[i]);
    add(date, zone, sectors[i], "labour_income", money_per_period_, a.labour_income[i]);
    add(date, zone, sectors[i], "imports", money_per_period_, a.imports[i]);
    add(date, zone, sectors[i], "jobs", "jobs", a.jobs[i]);
    add(date, zone, sectors[i], "unmet_demand", money_per_period_, a.unmet_demand[i]);
    add(date, zone, sectors[i], "imports_final", money_per_period_, x.imports_final[i]);
    add(date, zone, sectors[i], "tax_receipts", money_per_period_, a.taxes[i]);
    if (with_capital_) {
      add(date, zone, sectors[i], "investment", money_per_period_, x.investment[i]);
      add(date, zone, sectors[i], "capital", scenario_.economy.currency, x.capital[i]);
    }
    if (scenario_.economy.households_endogenous)
      add(date, zone, sectors[i], "induced_consumption", money_per_period_,
          a.induced_consumption[i]);
    if (scenario_.economy.lagged)
      add(date, zone, sectors[i], "investment_demand", money_per_period_, a.investment_demand[i]);
  }
  if (scenario_.fish_exports)
    add(date, zone, scenario_.fish_exports->sector, "exports_delivered", money_per_period_,
        exports_value);
  export_revenue += exports_value;

  const int months =
      std::min(scenario_.time.step_months, scenario_.time.end.index() - f.month.index() + 1);
  auto accumulate = [&](Totals& t) {
    t.grp += a.value_added.sum();
    t.output += a.output.sum();
    t.labour_income += a.labour_income.sum();
    t.imports += a.imports.sum();
    t.jobs_sum += a.jobs.sum();
    t.imports_final += x.imports_final.sum();
    t.unmet_demand += a.unmet_demand.sum();
    t.taxes += a.taxes.sum();
    t.periods += 1;
    t.months += months;
  };
  accumulate(horizon_);
  if (f.month <= first_year_end_) accumulate(first_year_);
  if (f.month >= final_year_start_) {
    accumulate(final_year_);
    for (size_t i = 0; i < sectors.size(); ++i) {
      by_sector_[i].output += a.output[i];
      by_sector_[i].value_added += a.value_added[i];
      by_sector_[i].jobs += a.jobs[i];
    }
  }
}

}  // namespace jez
