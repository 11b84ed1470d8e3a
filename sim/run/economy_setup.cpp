#include "run/economy_setup.hpp"

#include <limits>
#include <stdexcept>

namespace jez {

economy::EconomyOptions economy_options(const Scenario& s) {
  economy::EconomyOptions o;
  o.households_endogenous = s.economy.households_endogenous;
  if (s.economy.lagged) o.capital_coefficients = s.economy.capital_coefficients;
  for (const auto& [name, share] : s.economy.import_shares)
    o.import_shares[s.economy.table.sector_index(name)] = share;
  return o;
}

FinalDemandPlan::FinalDemandPlan(const Scenario& s, const economy::RegionalEconomy& economy)
    : scenario_(s), table_per_period_(economy.exogenous_table_demand_per_period()) {
  const int households = s.economy.table.final_demand_index("household_consumption");
  if (s.economy.table_population > 0 && !economy.households_endogenous() && households >= 0)
    households_per_period_ = s.economy.table.F.col(households) / economy.periods_per_year();
  if (s.fish_exports) {
    const auto& t = s.economy.table;
    fish_sector_ = t.sector_index(s.fish_exports->sector);
    const int exports = t.final_demand_index("exports");
    if (fish_sector_ < 0 || exports < 0)  // the loader checks both; this guards the invariant
      throw std::runtime_error("fish exports need the table's sector and an exports column");
    // Those exports enter in the period the world delivers them.
    fish_exports_per_period_ = t.F(fish_sector_, exports) / economy.periods_per_year();
    table_per_period_(fish_sector_) -= fish_exports_per_period_;
  }
  // The visitors' spending and the handling of waste are the world's: the table's final demand
  // for them (its base-year visitors, its collection tariffs) is replaced, never added to, and
  // does not scale with the residents either (the world's waste already does).
  const auto& a = s.activities;
  for (const std::string* sector :
       {a.tourism && !a.tourism->flows.empty() ? &a.tourism->sector : nullptr,
        a.waste && !a.waste->islands.empty() ? &a.waste->sector : nullptr})
    if (const int i = sector ? s.economy.table.sector_index(*sector) : -1; i >= 0) {
      table_per_period_(i) = 0;
      if (households_per_period_.size() > 0) households_per_period_(i) = 0;
    }
}

Eigen::VectorXd FinalDemandPlan::base(YearMonth month, int months) const {
  const double share = double(months) / scenario_.time.step_months;
  Eigen::VectorXd f = table_per_period_ * share;
  if (households_per_period_.size() > 0) {  // residents now over those the table stands for
    double residents = 0;
    for (const Region& r : scenario_.regions)
      if (r.kind == RegionKind::island) residents += r.residents(month);
    f += households_per_period_ * (residents / scenario_.economy.table_population - 1) * share;
  }
  const auto& t = scenario_.economy.table;
  const int P = scenario_.time.periods_per_year();
  for (const auto& [sector, path] : scenario_.economy.final_demand) {
    const int i = t.sector_index(sector);
    // For the sector whose exports the world delivers, the path is its other final demand.
    if (const auto* step = path.at(month)) f(i) = step->value / P * share;
  }
  return f;
}

Eigen::VectorXd world_capacity(const Scenario& s, const world::PeriodFlows& flows) {
  const auto& t = s.economy.table;
  Eigen::VectorXd cap = Eigen::VectorXd::Constant(t.n(), std::numeric_limits<double>::infinity());
  for (const auto& c : flows.capacity) {
    const int i = t.sector_index(c.sector);
    if (i < 0) throw std::runtime_error("the world sent capacity for unknown sector " + c.sector);
    cap(i) = std::isinf(cap(i)) ? c.value : cap(i) + c.value;
  }
  return cap;
}

}  // namespace jez
