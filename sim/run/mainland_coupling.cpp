// The zone's purchases from the mainland each period, and what they cause there.
#include "run/mainland_coupling.hpp"

#include <algorithm>
#include <numeric>

#include "run/activity_booking.hpp"

namespace jez {

namespace {

std::vector<std::string> mainland_names(const RegionsSpec& r) {
  std::vector<std::string> names;
  for (const MainlandRegion& m : r.mainland) names.push_back(m.name);
  return names;
}

}  // namespace

MainlandCoupling::MainlandCoupling(const Scenario& s)
    : trade_(s.economy.regions->table, s.economy.regions->zone, mainland_names(*s.economy.regions),
             s.economy.table.sectors),
      periods_per_year_(s.time.periods_per_year()) {
  const RegionsSpec& r = *s.economy.regions;
  for (const MainlandRegion& m : r.mainland) {
    int p = -1;
    if (!m.port.empty()) {
      const auto it = std::find(ports_.begin(), ports_.end(), m.port);
      p = int(it - ports_.begin());
      if (it == ports_.end()) ports_.push_back(m.port);
    }
    port_of_region_.push_back(p);
  }
  routes_of_port_.resize(ports_.size());
  for (std::size_t p = 0; p < ports_.size(); ++p)
    for (std::size_t k = 0; k < s.routes.size(); ++k)
      if (s.routes[k].from == ports_[p] || s.routes[k].to == ports_[p])
        routes_of_port_[p].push_back(int(k));
  if (!r.fuel_from.empty()) {
    fuel_region_ = trade_.region_index(r.fuel_from);
    fuel_good_ = trade_.good_index(r.fuel_good);
    fuel_buyer_ = s.economy.table.sector_index(r.fuel_buyer);
  }
  equipment_good_ = trade_.good_index(r.equipment_good);
  if (s.activities.tourism) {
    const double money = money_per_rub(s);
    for (const VisitorFlowSpec& f : s.activities.tourism->flows) {
      if (!f.package || f.project.empty() || !(f.package->islands > 0)) continue;
      const std::pair<const std::string*, double> parts[] = {
          {&r.package_ship, f.package->ship},
          {&r.package_operator, f.package->operator_home},
          {&r.package_mainland, f.package->mainland}};
      for (const auto& [where, share] : parts) {
        if (where->empty() || share == 0) continue;
        const auto colon = where->find(':');
        const int row = trade_.region_index(where->substr(0, colon)) * trade_.goods() +
                        trade_.good_index(where->substr(colon + 1));
        package_parts_[f.project].push_back({row, money * share / f.package->islands});
      }
    }
  }
  cells_intermediate_ = cells_to_move(trade_.intermediate_shares(), true);
  cells_final_ = cells_to_move(trade_.final_goods_shares(), false);
  base_cargo_.assign(ports_.size(), 0.0);
  factors_.assign(ports_.size(), 1.0);
  region_shares_.assign(r.mainland.size(), 0.0);
}

void MainlandCoupling::update_factors(const std::vector<world::RouteFlows>& routes) {
  std::vector<double> cargo(ports_.size(), 0.0);
  for (std::size_t p = 0; p < ports_.size(); ++p)
    for (const int k : routes_of_port_[p])
      if (k < int(routes.size())) cargo[p] += routes[k].shipped_t;
  recent_cargo_.push_back(cargo);
  if (int(recent_cargo_.size()) > periods_per_year_) recent_cargo_.pop_front();
  if (period_ < periods_per_year_) {  // the table's year: its own shares
    for (std::size_t p = 0; p < ports_.size(); ++p) base_cargo_[p] += cargo[p];
    std::fill(factors_.begin(), factors_.end(), 1.0);
    return;
  }
  std::vector<double> recent(ports_.size(), 0.0);
  for (const auto& c : recent_cargo_)
    for (std::size_t p = 0; p < ports_.size(); ++p) recent[p] += c[p];
  const double base_total = std::accumulate(base_cargo_.begin(), base_cargo_.end(), 0.0);
  const double recent_total = std::accumulate(recent.begin(), recent.end(), 0.0);
  for (std::size_t p = 0; p < ports_.size(); ++p)
    factors_[p] = base_total > 0 && recent_total > 0 && base_cargo_[p] > 0
                      ? (recent[p] / recent_total) / (base_cargo_[p] / base_total)
                      : 1.0;
}

// The cells of each column of `shares` that moved() changes: its nonzero ones (a zero cell stays
// zero, whatever its factor, and adds nothing to the column's totals) and, in the fuel column,
// every fuel cell. In row order, so that the totals add up in the same order as over all cells.
std::vector<std::vector<int>> MainlandCoupling::cells_to_move(const Eigen::MatrixXd& shares,
                                                              bool fuel_column_rule) const {
  const int n = trade_.goods();
  std::vector<std::vector<int>> cells(std::size_t(shares.cols()));
  for (int j = 0; j < shares.cols(); ++j) {
    const bool fuel_column = fuel_column_rule && j == fuel_buyer_ && fuel_region_ >= 0;
    for (int k = 0; k < shares.rows(); ++k)
      if (shares(k, j) != 0 || (fuel_column && k % n == fuel_good_))
        cells[std::size_t(j)].push_back(k);
  }
  return cells;
}

// The shares with each region's cells scaled by its port's factor, column by column, keeping the
// column's mainland total; the fuel cells (fuel_buyer's column, fuel_good: when `fuel_column_rule`)
// are moved to the fuel region and keep their size.
void MainlandCoupling::moved(const Eigen::MatrixXd& shares,
                             const std::vector<std::vector<int>>& cells, bool fuel_column_rule,
                             Eigen::MatrixXd& out) const {
  const int n = trade_.goods();
  out = shares;
  for (int j = 0; j < shares.cols(); ++j) {
    const bool fuel_column = fuel_column_rule && j == fuel_buyer_ && fuel_region_ >= 0;
    double fuel = 0, before = 0, after = 0;
    double* c = out.col(j).data();
    for (const int k : cells[std::size_t(j)]) {
      if (fuel_column && k % n == fuel_good_) {
        fuel += c[k];
        c[k] = 0;
        continue;
      }
      before += c[k];
      c[k] *= row_factor_[std::size_t(k)];
      after += c[k];
    }
    if (after > 0) {
      const double scale = before / after;
      for (const int k : cells[std::size_t(j)])
        if (!(fuel_column && k % n == fuel_good_)) c[k] *= scale;
    }
    if (fuel_column) out(fuel_region_ * n + fuel_good_, j) = fuel;
  }
}

void MainlandCoupling::period(const world::PeriodFlows& flows,
                              const Eigen::VectorXd& intermediate_imports,
                              const Eigen::VectorXd& imports_saved,
                              const Eigen::VectorXd& final_imports, MainlandSeries& series,
                              const std::map<std::string, double>& equipment) {
  update_factors(flows.routes);
  ++period_;
  const int R = trade_.regions(), n = trade_.goods();
  // The saved imports are fuel that was not bought: split the purchases as if it had been,
  // then take it off the fuel (without a fuel region, off every good alike, as the accounts do).
  const bool fuel = fuel_region_ >= 0;
  if (moved_intermediate_.size() == 0 || moved_at_ != factors_) {
    row_factor_.resize(std::size_t(R * n));
    for (int r = 0; r < R; ++r)
      std::fill_n(row_factor_.begin() + r * n, n,
                  port_of_region_[std::size_t(r)] >= 0
                      ? factors_[std::size_t(port_of_region_[std::size_t(r)])]
                      : 1.0);
    moved(trade_.intermediate_shares(), cells_intermediate_, true, moved_intermediate_);
    moved(trade_.final_goods_shares(), cells_final_, false, moved_final_);
    moved_at_ = factors_;
  }
  Eigen::VectorXd d =
      moved_intermediate_ *
          (fuel ? Eigen::VectorXd(intermediate_imports + imports_saved) : intermediate_imports) +
      moved_final_ * final_imports;
  if (fuel) d(fuel_region_ * n + fuel_good_) -= imports_saved.sum();
  for (const auto& [region, money] : equipment)
    d(trade_.region_index(region) * n + equipment_good_) += money;
  const double total = d.sum();  // the zone's purchases
  Eigen::VectorXd visitors = Eigen::VectorXd::Zero(d.size());
  for (const world::AccountLine& line : flows.accounts) {
    if (line.booking != world::Booking::visitor_sale) continue;
    const auto parts = package_parts_.find(line.project);
    if (parts == package_parts_.end()) continue;
    for (const auto& [row, per_rub] : parts->second) visitors(row) += line.rub() * per_rub;
  }
  trade_.economy().totals_of_deliveries(d + visitors, totals_);
  series.regions = R;
  const double P = periods_per_year_;
  for (int r = 0; r < R; ++r) {
    const double bought = d.segment(r * n, n).sum();
    region_shares_[std::size_t(r)] = total != 0 ? bought / total : 0.0;
    const Eigen::VectorXd sold = (d + visitors).segment(r * n, n);
    const double direct = trade_.value_added_coefficients().segment(r * n, n).dot(sold);
    const double values[MainlandSeries::kVariables] = {bought,
                                                       visitors.segment(r * n, n).sum(),
                                                       totals_[r].output,
                                                       totals_[r].value_added,
                                                       totals_[r].labour_income,
                                                       totals_[r].jobs * P,
                                                       direct};
    series.values.insert(series.values.end(), values, values + MainlandSeries::kVariables);
  }
}

}  // namespace jez
