#include "world/cargo_ledger.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace jez::world {

namespace {

int route_index(const Scenario& s, const std::string& a, const std::string& b) {
  for (std::size_t r = 0; r < s.routes.size(); ++r) {
    const Route& route = s.routes[r];
    if ((route.from == a && route.to == b) || (route.from == b && route.to == a)) return int(r);
  }
  return -1;
}

}  // namespace

CargoLedger::CargoLedger(const Scenario& s, const Calendar& calendar, double horizon_s)
    : origin_{s.time.start.year, s.time.start.month},
      time_(s.time),
      horizon_s_(horizon_s),
      lane_plants_(2 * s.routes.size()) {
  for (const Route& r : s.routes) route_ends_.push_back({r.from, r.to});
  for (int p = 0; p < s.time.periods(); ++p)
    period_ends_.push_back(
        std::min(calendar.seconds_at(s.time.start.plus((p + 1) * s.time.step_months)), horizon_s));
  if (s.fish_exports) {
    const auto& fe = *s.fish_exports;
    for (std::size_t i = 0; i < fe.plants.size(); ++i) {
      const FishPlant& fp = fe.plants[i];
      const std::string where = "fish_exports.plants[" + std::to_string(i) + "] '" + fp.name + "'";
      if (!s.find_region(fp.island) || !s.find_region(fp.market))
        throw std::runtime_error(where + ": expected island and market among the regions; found '" +
                                 fp.island + "' and '" + fp.market + "'");
      const int r = route_index(s, fp.island, fp.market);
      if (r < 0)
        throw std::runtime_error(where + ": expected a direct route between island '" + fp.island +
                                 "' and market '" + fp.market + "'; found none");
      plants_.push_back({sectors::FishPlantOutput(fp.output_t_per_year, fe.monthly_profile)});
      lane_plants_[lane(r, s.routes[r].from == fp.island)].push_back(int(i));
      plant_island_.push_back(fp.island);
      plant_market_.push_back(fp.market);
      plant_lane_.push_back(lane(r, s.routes[r].from == fp.island));
    }
  }
  open_period(0);
}

int CargoLedger::lane_to(const std::string& island, const std::string& market) const {
  for (std::size_t r = 0; r < route_ends_.size(); ++r) {
    if (route_ends_[r].first == island && route_ends_[r].second == market)
      return lane(int(r), true);
    if (route_ends_[r].second == island && route_ends_[r].first == market)
      return lane(int(r), false);
  }
  return -1;
}

double CargoLedger::open_period_end_s() const {
  return all_closed() ? std::numeric_limits<double>::infinity() : period_ends_[open_];
}

void CargoLedger::open_period(int p) {
  open_ = p;
  PeriodFlows& f = open_flows_;  // reused: no allocation per period
  f.period = p;
  f.month = time_.start.plus(p * time_.step_months);
  f.start_s = p == 0 ? 0.0 : period_ends_[p - 1];
  f.end_s = p < periods() ? period_ends_[p] : horizon_s_;
  const std::size_t n = plants_.size();
  f.produced_t.assign(n, 0);
  f.shipped_t.assign(n, 0);
  f.delivered_t.assign(n, 0);
  f.returned_t.assign(n, 0);
  f.stock_t.assign(n, 0);
  f.in_transit_t = 0;
  f.routes.assign(lane_plants_.size() / 2, RouteFlows{});
}

void CargoLedger::accrue(int i, double now_s) {
  Plant& plant = plants_[i];
  if (now_s > open_period_end_s())
    throw std::logic_error("cargo accrued past the end of the open period");
  if (now_s <= plant.accrued_to_s) return;
  const double t = plant.output.produced_between_t(origin_, plant.accrued_to_s, now_s);
  plant.accrued_to_s = now_s;
  plant.stock_t += t;
  open_flows_.produced_t[i] += t;
}

Shipment CargoLedger::load(int route, bool forward, double now_s, double capacity_t) {
  Shipment cargo;
  load(route, forward, now_s, capacity_t, cargo);
  return cargo;
}

void CargoLedger::load(int route, bool forward, double now_s, double capacity_t, Shipment& cargo) {
  const auto& on_lane = lane_plants_[lane(route, forward)];
  cargo.kg = 0;
  cargo.total_t = 0;
  cargo.by_plant_t.assign(on_lane.size(), 0);
  cargo.plants.assign(on_lane.begin(), on_lane.end());
  double waiting_t = 0;
  for (int i : on_lane) {
    accrue(i, now_s);
    waiting_t += plants_[i].stock_t;
  }
  // Whole kilograms: the transfer size is an integer, and the crumbs stay ashore.
  cargo.kg = std::uint64_t(std::floor(std::min(waiting_t, std::max(capacity_t, 0.0)) * 1000));
  if (cargo.kg == 0) return;
  cargo.total_t = double(cargo.kg) / 1000;
  for (std::size_t k = 0; k < on_lane.size(); ++k) {
    Plant& plant = plants_[on_lane[k]];
    const double share = cargo.total_t * (plant.stock_t / waiting_t);
    cargo.by_plant_t[k] = share;
    plant.stock_t = std::max(0.0, plant.stock_t - share);
    open_flows_.shipped_t[on_lane[k]] += share;
  }
  open_flows_.routes[route].shipped_t += cargo.total_t;
  at_sea_t_ += cargo.total_t;
  ++voyages_at_sea_;
}

void CargoLedger::deliver(int route, bool, const Shipment& cargo) {
  const auto& on_lane = cargo.plants;
  for (std::size_t k = 0; k < on_lane.size(); ++k)
    open_flows_.delivered_t[on_lane[k]] += cargo.by_plant_t[k];
  open_flows_.routes[route].delivered_t += cargo.total_t;
  leave_sea(cargo);
}

void CargoLedger::bring_back(int route, bool, const Shipment& cargo) {
  const auto& on_lane = cargo.plants;
  for (std::size_t k = 0; k < on_lane.size(); ++k) {
    plants_[on_lane[k]].stock_t += cargo.by_plant_t[k];
    open_flows_.returned_t[on_lane[k]] += cargo.by_plant_t[k];
  }
  open_flows_.routes[route].voyages_aborted++;
  open_flows_.routes[route].returned_t += cargo.total_t;
  leave_sea(cargo);
}

void CargoLedger::leave_sea(const Shipment& cargo) {
  at_sea_t_ = --voyages_at_sea_ == 0 ? 0.0 : at_sea_t_ - cargo.total_t;
}

double CargoLedger::cut_production(const std::string& island, double a, double b, double share) {
  double lost = 0;
  if (!(share > 0)) return 0;
  for (std::size_t i = 0; i < plants_.size(); ++i) {
    if (plant_island_[i] != island) continue;
    accrue(int(i), b);
    const double made = plants_[i].output.produced_between_t(origin_, a, b);
    const double cut = std::min(plants_[i].stock_t, std::min(share, 1.0) * made);
    plants_[i].stock_t -= cut;
    open_flows_.produced_t[i] -= cut;
    lost += cut;
  }
  return lost;
}

PeriodFlows CargoLedger::close_period() {
  PeriodFlows closed;
  close_period(closed);
  return closed;
}

void CargoLedger::close_period(PeriodFlows& out) {
  if (all_closed()) throw std::logic_error("closing a period after the horizon");
  const double end_s = period_ends_[open_];
  for (std::size_t i = 0; i < plants_.size(); ++i) {
    accrue(int(i), end_s);
    open_flows_.stock_t[i] = plants_[i].stock_t;
  }
  open_flows_.in_transit_t = at_sea_t_;
  const PeriodFlows& f = open_flows_;
  out.period = f.period;
  out.month = f.month;
  out.start_s = f.start_s;
  out.end_s = f.end_s;
  out.produced_t = f.produced_t;
  out.shipped_t = f.shipped_t;
  out.delivered_t = f.delivered_t;
  out.stock_t = f.stock_t;
  out.returned_t = f.returned_t;
  out.in_transit_t = f.in_transit_t;
  out.routes = f.routes;
  open_period(open_ + 1);
}

}  // namespace jez::world
