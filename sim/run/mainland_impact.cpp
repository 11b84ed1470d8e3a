// Mainland rows, impact rows and the mainland summary metrics.
#include "run/mainland_impact.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace jez {

namespace {

const char* kCountries[] = {"japan", "russia"};

// Each series' names in row order: the mainland regions, then the countries that have any.
struct Groups {
  std::vector<std::string> names;
  std::vector<std::vector<int>> members;  // region indices summed in each
  std::vector<std::string> country;       // of each group
};

Groups groups_of(const Scenario& s) {
  Groups g;
  const auto& mainland = s.economy.regions->mainland;
  for (int r = 0; r < int(mainland.size()); ++r) {
    g.names.push_back(mainland[r].name);
    g.members.push_back({r});
    g.country.push_back(mainland[r].country);
  }
  for (const char* c : kCountries) {
    std::vector<int> members;
    for (int r = 0; r < int(mainland.size()); ++r)
      if (mainland[r].country == c) members.push_back(r);
    if (members.empty()) continue;
    g.names.push_back(mainland_side(c));
    g.members.push_back(members);
    g.country.push_back(c);
  }
  return g;
}

double sum_over(const MainlandSeries& m, int p, const std::vector<int>& members, int v) {
  double x = 0;
  for (const int r : members) x += m.at(p, r, v);
  return x;
}

// The rows of `m` (or of factual minus counterfactual, prefixed "impact_").
void append_rows(RunResult& result, const Scenario& s, const MainlandSeries& m,
                 const MainlandSeries* cf, const std::string& money_pp) {
  const Groups g = groups_of(s);
  // Each label interned once, not per row.
  output::SeriesTable& t = result.timeseries;
  std::vector<output::Label> regions;
  for (const auto& name : g.names) regions.push_back(t.label(name));
  const output::Label all = t.label("all"), jobs = t.label("jobs"), money = t.label(money_pp);
  std::array<output::Label, MainlandSeries::kVariables> variables{}, units{};
  for (int v = 0; v < MainlandSeries::kVariables; ++v) {
    variables[v] =
        t.label((cf ? std::string("impact_") : std::string()) + MainlandSeries::kNames[v]);
    units[v] = v == MainlandSeries::jobs ? jobs : money;
  }
  for (int p = 0; p < m.periods(); ++p) {
    const output::Label date = t.label(s.time.start.plus(p * s.time.step_months).str());
    for (std::size_t k = 0; k < g.names.size(); ++k)
      for (int v = 0; v < MainlandSeries::kVariables; ++v) {
        double value = sum_over(m, p, g.members[k], v);
        if (cf) value -= sum_over(*cf, p, g.members[k], v);
        t.add(date, regions[k], all, variables[v], units[v], value);
      }
  }
}

}  // namespace

std::vector<MainlandGroup> mainland_groups(const Scenario& s) {
  std::vector<MainlandGroup> out;
  if (!s.economy.regions) return out;
  const Groups g = groups_of(s);
  for (std::size_t k = 0; k < g.names.size(); ++k) out.push_back({g.names[k], g.country[k]});
  return out;
}

std::string mainland_side(const std::string& country) {
  return "mainland_" + country;
}

void add_mainland_rows(RunResult& result, const Scenario& s, const std::string& money_pp) {
  append_rows(result, s, result.mainland, nullptr, money_pp);
}

void add_mainland_impact(RunResult& result, const Scenario& s, const MainlandSeries& cf,
                         const std::string& money_pp, bool with_rows) {
  const MainlandSeries& m = result.mainland;
  if (cf.regions != m.regions || cf.periods() != m.periods())
    throw std::runtime_error(fmt::format(
        "the counterfactual has {} periods of {} mainland regions where the run has {} of {}",
        cf.periods(), cf.regions, m.periods(), m.regions));
  if (with_rows) append_rows(result, s, m, &cf, money_pp);

  // The mainland summary metrics, as declared in summary_metric_families.cpp (<region>).
  const Groups g = groups_of(s);
  const std::string money = s.economy.currency, money_yr = money + "/year";
  const YearMonth final_year_start = s.time.end.plus(-11);
  const bool in_yen = s.currency.given && !s.currency.jpy_per_base.empty();
  for (std::size_t k = 0; k < g.names.size(); ++k) {
    double grp_all = 0, grp_fy = 0, jobs_fy = 0, grp_all_jpy = 0, grp_fy_jpy = 0, direct_fy = 0;
    int fy_periods = 0, fy_months = 0;
    for (int p = 0; p < m.periods(); ++p) {
      const YearMonth month = s.time.start.plus(p * s.time.step_months);
      const int months = std::min(s.time.step_months, s.time.end.index() - month.index() + 1);
      const double va = sum_over(m, p, g.members[k], MainlandSeries::value_added) -
                        sum_over(cf, p, g.members[k], MainlandSeries::value_added);
      const double jobs = sum_over(m, p, g.members[k], MainlandSeries::jobs) -
                          sum_over(cf, p, g.members[k], MainlandSeries::jobs);
      const double yen = in_yen ? s.currency.jpy_per_base.value_at(month, 0) : 0;
      grp_all += va, grp_all_jpy += va * yen;
      if (month >= final_year_start) {
        grp_fy += va, grp_fy_jpy += va * yen, jobs_fy += jobs;
        direct_fy += sum_over(m, p, g.members[k], MainlandSeries::value_added_direct) -
                     sum_over(cf, p, g.members[k], MainlandSeries::value_added_direct);
        fy_periods += 1, fy_months += months;
      }
    }
    const double to_year = fy_months > 0 ? 12.0 / fy_months : 0.0;
    const double per_period = fy_periods ? 1.0 / fy_periods : 0.0;
    const std::string& name = g.names[k];
    auto& out = result.summary;
    out.push_back({"impact_grp_cumulative_" + name, money, grp_all});
    out.push_back({"impact_grp_final_year_" + name, money_yr, grp_fy * to_year});
    out.push_back({"impact_jobs_final_year_" + name, "jobs", jobs_fy * per_period});
    // Direct: the value added of the region's own sales to the zone and its visitors; indirect:
    // its suppliers' (Type I: the mainland's households are exogenous, no induced effect).
    out.push_back({"impact_grp_direct_final_year_" + name, money_yr, direct_fy * to_year});
    out.push_back(
        {"impact_grp_indirect_final_year_" + name, money_yr, (grp_fy - direct_fy) * to_year});
    if (in_yen && g.country[k] == "japan") {
      // The table's money is a base-currency unit (RUB mn): yen at the path give JPY mn.
      const std::string yen_unit =
          "JPY" +
          money.substr(money.find(' ') == std::string::npos ? money.size() : money.find(' '));
      out.push_back({"impact_grp_cumulative_" + name + "_jpy", yen_unit, grp_all_jpy});
      out.push_back(
          {"impact_grp_final_year_" + name + "_jpy", yen_unit + "/year", grp_fy_jpy * to_year});
    }
  }
}

}  // namespace jez
