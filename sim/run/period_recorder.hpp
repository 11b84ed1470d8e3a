// Turns each period's world flows and economy accounts into timeseries rows, and keeps the
// running totals that the summary needs.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "economy/regional_economy.hpp"
#include "run/run_result.hpp"
#include "scenario/scenario.hpp"
#include "world/world.hpp"

namespace jez {

class PeriodRecorder {
 public:
  // with_rows false (a summary-only run): the totals only, no rows.
  PeriodRecorder(const Scenario& scenario, output::SeriesTable& rows, bool with_rows = true);

  void record_world(const world::PeriodFlows& flows);
  // Money spent on final goods off the islands (unmet demand bought elsewhere, the imported part
  // of construction), investment paid and capital in place, by sector.
  struct Extras {
    Eigen::VectorXd imports_final, investment, capital;
  };
  void record_economy(const world::PeriodFlows& flows, const economy::PeriodAccounts& accounts,
                      double exports_value, const Extras& extras);

  // Totals over the horizon and over its final year (the last 12 months).
  struct Totals {
    double grp = 0, output = 0, labour_income = 0, imports = 0, jobs_sum = 0;
    double imports_final = 0, unmet_demand = 0, taxes = 0;
    int periods = 0;
    int months = 0;
  };
  const Totals& horizon() const { return horizon_; }
  const Totals& first_year() const { return first_year_; }
  const Totals& final_year() const { return final_year_; }
  const std::vector<SectorTotals>& final_year_by_sector() const { return by_sector_; }

  double produced_t = 0, shipped_t = 0, delivered_t = 0, stock_end_t = 0;
  double export_revenue = 0;
  long long sailings = 0, sailings_cancelled = 0, voyages_aborted = 0;

  std::string money_per_period() const { return money_per_period_; }
  ~PeriodRecorder();

 private:
  using Label = output::Label;
  void add(Label date, Label region, Label sector, Label variable, Label unit, double value) {
    if (with_rows_) rows_.add(date, region, sector, variable, unit, value);
  }
  Label label(std::string_view text) { return rows_.label(text); }
  std::vector<Label> labels(const std::vector<std::string>& texts);

  const Scenario& scenario_;
  output::SeriesTable& rows_;
  bool with_rows_ = true;
  std::string money_per_period_, tonnes_per_period_, count_per_period_;
  // The labels of the rows' fixed texts, interned once rather than looked up per row.
  struct Fixed;
  std::unique_ptr<const Fixed> fixed_;
  bool with_capital_ = false;  // investment and capital rows only when there are investments
  YearMonth first_year_end_, final_year_start_;
  Totals horizon_, first_year_, final_year_;
  std::vector<SectorTotals> by_sector_;
  std::vector<std::string> island_of_plant_;
  std::vector<std::string> islands_;  // with a plant, in first-appearance order
  // The labels of the world's k-th measure of the last period: most periods repeat them
  // (checked by their texts), so their rows are added without interning.
  struct MeasureLabels {
    Label region, sector, variable, unit;
  };
  std::vector<MeasureLabels> measure_labels_;
};

}  // namespace jez
