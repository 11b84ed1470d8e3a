#include "run/impact.hpp"

#include <fmt/format.h>

#include <array>
#include <optional>
#include <stdexcept>

#include "economy/effect_split.hpp"

namespace jez {

namespace {

// The split of one measure (value added, labour income, jobs) into its effects.
enum Effect { direct, indirect, induced, other, kEffects };
constexpr const char* kEffectNames[kEffects] = {"direct", "indirect", "induced", "other"};
struct Measure {
  const char* row;      // the timeseries variable: impact_<row>_<effect>
  const char* summary;  // the summary metric: impact_<summary>_<effect>_final_year
  ZoneSeries::Variable total;
};
constexpr std::array<Measure, 3> kMeasures = {
    {{"value_added", "grp", ZoneSeries::value_added},
     {"labour_income", "labour_income", ZoneSeries::labour_income},
     {"jobs", "jobs", ZoneSeries::jobs}}};

// The labels of the impact rows, interned once per run: rows are some 100,000 a run.
struct ImpactLabels {
  ImpactLabels(output::SeriesTable& t, const std::vector<std::string>& sector_names,
               const std::string& money_pp)
      : zone(t.label("zone")), jobs(t.label("jobs")), money_pp(t.label(money_pp)) {
    for (const auto& name : sector_names) sectors.push_back(t.label(name));
    for (int v = 0; v < ZoneSeries::kVariables; ++v) {
      variables[v] = t.label(std::string("impact_") + ZoneSeries::kNames[v]);
      units[v] = v == ZoneSeries::jobs ? jobs : this->money_pp;
    }
    for (std::size_t k = 0; k < kMeasures.size(); ++k) {
      for (int e = 0; e < kEffects; ++e)
        effects[k][e] = t.label(fmt::format("impact_{}_{}", kMeasures[k].row, kEffectNames[e]));
      measure_units[k] = kMeasures[k].total == ZoneSeries::jobs ? jobs : this->money_pp;
    }
  }
  output::Label zone, jobs, money_pp;
  std::vector<output::Label> sectors;
  std::array<output::Label, ZoneSeries::kVariables> variables{}, units{};
  std::array<std::array<output::Label, kEffects>, kMeasures.size()> effects{};
  std::array<output::Label, kMeasures.size()> measure_units{};
};

// Per period and sector, coefficient c (per unit of output per period) times each effect on
// output; `other` is what the total impact has beyond the three (capacity ceilings are already
// in the served demand, so it is the lagged investment demand).
class ImpactSplitter {
 public:
  explicit ImpactSplitter(const economy::RegionalEconomy& e)
      : split_(e),
        coefficients_{e.value_added_coefficients(), e.labour_coefficients(),
                      e.employment_coefficients() * double(e.periods_per_year())} {}

  // Appends the rows of one period, dated `date` (none when `rows` is null); adds each
  // measure's effects summed over sectors to `sums`.
  void period(const ZoneSeries& z, const ZoneSeries& cf, int p, output::Label date,
              const ImpactLabels* labels, output::SeriesTable* rows,
              std::array<std::array<double, kEffects>, 3>& sums) const {
    Eigen::VectorXd df(z.sectors);
    for (int i = 0; i < z.sectors; ++i)
      df(i) = z.at(p, ZoneSeries::exogenous_demand, i) - cf.at(p, ZoneSeries::exogenous_demand, i);
    const economy::OutputEffects o = split_.split(df);
    for (std::size_t k = 0; k < kMeasures.size(); ++k) {
      const Measure& m = kMeasures[k];
      for (int i = 0; i < z.sectors; ++i) {
        const double c = coefficients_[k](i);
        std::array<double, kEffects> v{c * o.direct(i), c * o.indirect(i), c * o.induced(i), 0};
        const double total = z.at(p, m.total, i) - cf.at(p, m.total, i);
        v[other] = total - v[direct] - v[indirect] - v[induced];
        for (int e = 0; e < kEffects; ++e) {
          if (rows)
            rows->add(date, labels->zone, labels->sectors[i], labels->effects[k][e],
                      labels->measure_units[k], v[e]);
          sums[k][e] += v[e];
        }
      }
    }
  }

 private:
  economy::EffectSplit split_;
  std::array<Eigen::VectorXd, 3> coefficients_;
};

}  // namespace

void add_impact(RunResult& r, const Scenario& s, const ZoneSeries& cf,
                const std::vector<double>& construction_va,
                const std::vector<double>& construction_jobs,
                const economy::RegionalEconomy& economy, bool with_rows) {
  const ZoneSeries& z = r.zone;
  if (cf.sectors != z.sectors || cf.periods() != z.periods())
    throw std::runtime_error(
        fmt::format("the counterfactual has {} periods of {} sectors where the run has {} of {}",
                    cf.periods(), cf.sectors, z.periods(), z.sectors));
  const auto& sectors = s.economy.table.sectors;
  const char* per = s.time.step_months == 1   ? "month"
                    : s.time.step_months == 3 ? "quarter"
                                              : "year";
  const std::string money = s.economy.currency, money_pp = fmt::format("{}/{}", money, per);
  const YearMonth final_year_start = s.time.end.plus(-11);
  const ImpactSplitter splitter(economy);
  std::optional<ImpactLabels> labels;
  if (with_rows) labels.emplace(r.timeseries, sectors, money_pp);
  std::array<std::array<double, kEffects>, 3> effects_fy{};
  double grp_fy = 0, jobs_fy = 0, out_fy = 0, li_fy = 0, imp_fy = 0, grp_all = 0;
  double constr_grp = 0, constr_jobs_years = 0;
  int fy_periods = 0, fy_months = 0;
  for (int p = 0; p < z.periods(); ++p) {
    const YearMonth month = s.time.start.plus(p * s.time.step_months);
    const int months = std::min(s.time.step_months, s.time.end.index() - month.index() + 1);
    const output::Label date = with_rows ? r.timeseries.label(month.str()) : 0;
    double va = 0, jobs = 0, out = 0, li = 0, imp = 0;
    for (int i = 0; i < z.sectors; ++i) {
      for (int v = 0; v < ZoneSeries::kVariables; ++v) {
        if (!with_rows) break;
        r.timeseries.add(date, labels->zone, labels->sectors[i], labels->variables[v],
                         labels->units[v], z.at(p, v, i) - cf.at(p, v, i));
      }
      out += z.at(p, ZoneSeries::output, i) - cf.at(p, ZoneSeries::output, i);
      va += z.at(p, ZoneSeries::value_added, i) - cf.at(p, ZoneSeries::value_added, i);
      li += z.at(p, ZoneSeries::labour_income, i) - cf.at(p, ZoneSeries::labour_income, i);
      jobs += z.at(p, ZoneSeries::jobs, i) - cf.at(p, ZoneSeries::jobs, i);
      imp += z.at(p, ZoneSeries::imports, i) - cf.at(p, ZoneSeries::imports, i);
    }
    std::array<std::array<double, kEffects>, 3> effects{};
    // The split's sums count in the final year only: without rows, the other periods need none.
    if (with_rows || month >= final_year_start)
      splitter.period(z, cf, p, date, labels ? &*labels : nullptr,
                      with_rows ? &r.timeseries : nullptr, effects);
    grp_all += va;
    constr_grp += construction_va[p];
    constr_jobs_years += construction_jobs[p] * months / 12.0;
    if (month >= final_year_start) {
      grp_fy += va, jobs_fy += jobs, out_fy += out, li_fy += li, imp_fy += imp;
      fy_periods += 1, fy_months += months;
      for (std::size_t k = 0; k < kMeasures.size(); ++k)
        for (int e = 0; e < kEffects; ++e) effects_fy[k][e] += effects[k][e];
    }
  }
  const double to_year = fy_months > 0 ? 12.0 / fy_months : 0.0;
  const double per_period = fy_periods ? 1.0 / fy_periods : 0.0;  // jobs: mean over the year
  const std::string money_yr = money + "/year";
  auto& m = r.summary;
  m.push_back({"impact_grp_final_year", money_yr, grp_fy * to_year});
  m.push_back({"impact_jobs_final_year", "jobs", jobs_fy * per_period});
  m.push_back({"impact_output_final_year", money_yr, out_fy * to_year});
  m.push_back({"impact_labour_income_final_year", money_yr, li_fy * to_year});
  m.push_back({"impact_imports_final_year", money_yr, imp_fy * to_year});
  for (std::size_t k = 0; k < kMeasures.size(); ++k) {
    const bool jobs_measure = kMeasures[k].total == ZoneSeries::jobs;
    for (int e = 0; e < kEffects; ++e)
      m.push_back({fmt::format("impact_{}_{}_final_year", kMeasures[k].summary, kEffectNames[e]),
                   jobs_measure ? "jobs" : money_yr,
                   effects_fy[k][e] * (jobs_measure ? per_period : to_year)});
  }
  m.push_back({"impact_grp_cumulative", money, grp_all});
  m.push_back({"impact_construction_grp_cumulative", money, constr_grp});
  m.push_back({"impact_construction_job_years", "job-years", constr_jobs_years});
  m.push_back({"impact_operation_grp_cumulative", money, grp_all - constr_grp});
}

}  // namespace jez
