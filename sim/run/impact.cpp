#include "run/impact.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace jez {

void add_impact(RunResult& r, const Scenario& s, const ZoneSeries& cf,
                const std::vector<double>& construction_va,
                const std::vector<double>& construction_jobs, bool with_rows) {
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
  double grp_fy = 0, jobs_fy = 0, out_fy = 0, li_fy = 0, imp_fy = 0, grp_all = 0;
  double constr_grp = 0, constr_jobs_years = 0;
  int fy_periods = 0, fy_months = 0;
  for (int p = 0; p < z.periods(); ++p) {
    const YearMonth month = s.time.start.plus(p * s.time.step_months);
    const int months = std::min(s.time.step_months, s.time.end.index() - month.index() + 1);
    const std::string date = month.str();
    double va = 0, jobs = 0, out = 0, li = 0, imp = 0;
    for (int i = 0; i < z.sectors; ++i) {
      for (int v = 0; v < ZoneSeries::kVariables; ++v) {
        if (!with_rows) break;
        const double d = z.at(p, v, i) - cf.at(p, v, i);
        r.timeseries.push_back({date, "zone", sectors[i],
                                std::string("impact_") + ZoneSeries::kNames[v],
                                v == ZoneSeries::jobs ? "jobs" : money_pp, d});
      }
      out += z.at(p, ZoneSeries::output, i) - cf.at(p, ZoneSeries::output, i);
      va += z.at(p, ZoneSeries::value_added, i) - cf.at(p, ZoneSeries::value_added, i);
      li += z.at(p, ZoneSeries::labour_income, i) - cf.at(p, ZoneSeries::labour_income, i);
      jobs += z.at(p, ZoneSeries::jobs, i) - cf.at(p, ZoneSeries::jobs, i);
      imp += z.at(p, ZoneSeries::imports, i) - cf.at(p, ZoneSeries::imports, i);
    }
    grp_all += va;
    constr_grp += construction_va[p];
    constr_jobs_years += construction_jobs[p] * months / 12.0;
    if (month >= final_year_start) {
      grp_fy += va, jobs_fy += jobs, out_fy += out, li_fy += li, imp_fy += imp;
      fy_periods += 1, fy_months += months;
    }
  }
  const double to_year = fy_months > 0 ? 12.0 / fy_months : 0.0;
  const std::string money_yr = money + "/year";
  auto& m = r.summary;
  m.push_back({"impact_grp_final_year", money_yr, grp_fy * to_year});
  m.push_back({"impact_jobs_final_year", "jobs", fy_periods ? jobs_fy / fy_periods : 0.0});
  m.push_back({"impact_output_final_year", money_yr, out_fy * to_year});
  m.push_back({"impact_labour_income_final_year", money_yr, li_fy * to_year});
  m.push_back({"impact_imports_final_year", money_yr, imp_fy * to_year});
  m.push_back({"impact_grp_cumulative", money, grp_all});
  m.push_back({"impact_construction_grp_cumulative", money, constr_grp});
  m.push_back({"impact_construction_job_years", "job-years", constr_jobs_years});
  m.push_back({"impact_operation_grp_cumulative", money, grp_all - constr_grp});
}

}  // namespace jez
