// The cargo books of the world: each fish plant's output accrues into a stock at its island for
// its market, sailings load from those stocks, voyages deliver or bring cargo back, and the flows
// are counted in the period that is open. SimGrid-free: the actors call it at their event times.
//
// Period rule: periods are half-open, [start, end). The world's actors hold back any flow at
// an instant >= the open period's end until the clock has closed that period, so a flow at
// exactly a boundary (a departure or an arrival at 00:00 of the 1st) belongs to the period that
// begins there, as its date says, and the stock reported at a period's end is the stock before
// anything that happens at the boundary instant.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"
#include "sectors/fish_processing.hpp"
#include "world/world.hpp"

namespace jez::world {

// The cargo of one voyage, by plant of its lane.
struct Shipment {
  std::uint64_t kg = 0;            // the transfer size
  double total_t = 0;              // = kg / 1000
  std::vector<double> by_plant_t;  // aligned with plants: the lane's plants when loaded
  std::vector<int> plants;
};

class CargoLedger {
 public:
  // Throws std::runtime_error (one sentence) when a plant's island or market is unknown or
  // has no direct route between them.
  CargoLedger(const Scenario& scenario, const Calendar& calendar, double horizon_s);

  int periods() const { return int(period_ends_.size()); }
  double period_end_s(int p) const { return period_ends_[p]; }
  bool all_closed() const { return open_ >= periods(); }
  // The end of the open period (+infinity once every period is closed).
  double open_period_end_s() const;

  // A lane is one direction of a route: 2 * route + (0 from->to, 1 to->from).
  static int lane(int route, bool forward) { return 2 * route + (forward ? 0 : 1); }
  const std::vector<int>& plants_on_lane(int lane) const { return lane_plants_[lane]; }

  void count_sailing(int route) { open_flows_.routes[route].sailings++; }
  void count_cancelled(int route) { open_flows_.routes[route].sailings_cancelled++; }
  void count_delayed(int route) { open_flows_.routes[route].sailings_delayed++; }
  // A voyage without fish cut short (bring_back counts the ones with fish).
  void count_aborted(int route) { open_flows_.routes[route].voyages_aborted++; }
  // Loads min(stock waiting for this lane, capacity) in whole kilograms, shared between the
  // lane's plants in proportion to their stocks; counts it as shipped.
  Shipment load(int route, bool forward, double now_s, double capacity_t);
  // The same into `cargo`, whose vectors are reused (no allocation per sailing).
  void load(int route, bool forward, double now_s, double capacity_t, Shipment& cargo);
  void deliver(int route, bool forward, const Shipment& cargo);
  // A voyage cut short: its cargo goes back ashore at the origin, to the plants it came from.
  void bring_back(int route, bool forward, const Shipment& cargo);
  // Moves each plant to the lane of the market it sells to at now (sanctions re-route a closed
  // market's cargo to another hub when the island has a direct route to it).
  template <class MarketAt>
  void follow_markets(const MarketAt& market_at) {
    for (std::size_t i = 0; i < plants_.size(); ++i) {
      const int lane_now = lane_to(plant_island_[i], market_at(plant_market_[i]));
      if (lane_now < 0 || lane_now == plant_lane_[i]) continue;
      auto& old = lane_plants_[plant_lane_[i]];
      old.erase(std::find(old.begin(), old.end(), int(i)));
      lane_plants_[lane_now].push_back(int(i));
      plant_lane_[i] = lane_now;
    }
  }

  // A power stock-out: the plants on `island` made `share` less of their output over [a, b) (b
  // now, within the open period). Taken from the stock ashore (what already sailed stays
  // shipped) and from the period's production; returns the tonnes lost.
  double cut_production(const std::string& island, double a, double b, double share);

  // Accrues every plant to the open period's end and hands back that period's flows; the next
  // period opens.
  PeriodFlows close_period();
  // The same into `out`, whose vectors are reused: only the ledger's fields (period, dates,
  // plants, in transit, routes) are written; the activities' channels are left as they are.
  void close_period(PeriodFlows& out);

  double stock_t(int plant) const { return plants_[plant].stock_t; }
  double at_sea_t() const { return at_sea_t_; }

 private:
  struct Plant {
    sectors::FishPlantOutput output;
    double accrued_to_s = 0;
    double stock_t = 0;
  };
  void accrue(int plant, double now_s);
  int lane_to(const std::string& island, const std::string& market) const;
  void open_period(int p);
  void leave_sea(const Shipment& cargo);

  sectors::TimeOrigin origin_;
  TimeSpec time_;
  double horizon_s_;
  std::vector<double> period_ends_;
  std::vector<Plant> plants_;
  std::vector<std::vector<int>> lane_plants_;
  std::vector<std::string> plant_island_, plant_market_;
  std::vector<int> plant_lane_;
  std::vector<std::pair<std::string, std::string>> route_ends_;
  int open_ = 0;
  PeriodFlows open_flows_;
  double at_sea_t_ = 0;
  int voyages_at_sea_ = 0;  // at_sea_t_ is reset to exactly 0 when none is at sea
};

}  // namespace jez::world
