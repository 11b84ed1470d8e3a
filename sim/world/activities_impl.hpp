// The state behind Activities (internal to world/activities*.cpp).
#pragma once

#include <limits>
#include <map>

#include "world/activities.hpp"
#include "world/random_stream.hpp"

namespace jez::world {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kDaySeconds = 86400.0;

struct Activities::Impl {
  struct Farm {
    const AquacultureProjectSpec* spec;
    std::unique_ptr<sectors::AquacultureFarm> model;
    int island, market;
  };
  struct Greenhouse {
    const GreenhouseProjectSpec* spec;
    sectors::GreenhouseParams params;
    int island, market;
  };
  struct Grid {
    const IslandGridSpec* spec;
    sectors::GridParams params;
    int island, hub;
    double fuel_stock_kg = 0;
    double delivered_t = 0;  // this period
    // This period's dispatch, month by month.
    sectors::Dispatch sum;
    double saved_kg = 0, avoided_t = 0;
    std::map<int, double> greenhouse_mwh;  // by month index (YearMonth::index)
  };
  struct WindFarm {
    const WindProjectSpec* spec;
    int grid;
    int turbines;
    RandomStream rng;
    double next_failure_s;
  };
  struct Outage {
    int wind;
    double fail_s;
    double repaired_s = kInf;
  };
  struct Flow {
    const VisitorFlowSpec* spec;
    sectors::VisitorFlowParams params;
    int island, route, lane;
  };
  struct WasteIsland {
    const WasteIslandSpec* spec;
    int island, hub;
    sectors::WasteState state;
  };
  // Totals over the horizon, for the summary.
  struct Totals {
    double visitors = 0, harvest_t = 0, greenhouse_t = 0, wind_mwh = 0, fuel_saved_t = 0;
    double co2_avoided_t = 0, unserved_mwh = 0, waste_treated_t = 0, co2_t = 0, diesel_mwh = 0;
    double fuel_delivered_t = 0, visitor_spending = 0, stockout_months = 0, outages = 0;
  };

  const Scenario& s;
  Calendar calendar;
  const RegimeTimeline& regime;
  const std::vector<RouteWeather>& weather;
  FreightBooks& freight;
  EventLog& log;
  double money_per_rub = 1e-6;  // prices are in RUB; the table's unit is RUB mn

  std::vector<Farm> farms;
  std::vector<Greenhouse> greenhouses;
  std::vector<Grid> grids;
  std::vector<WindFarm> winds;
  std::vector<Outage> outages;
  std::vector<Flow> flows;
  std::vector<WasteIsland> wastes;
  std::vector<std::vector<double>> arrivals;  // by lane: 2 * route + (0 towards `to`, 1 back)
  std::vector<int> fog_route_of_region;       // the route whose fog a region's greenhouses see
  std::vector<int> grid_of_region;            // -1: no grid
  std::vector<double> unserved_share;         // by region, in the month last dispatched
  std::size_t next_disease = 0;

  // This period's accumulators, cleared at its close.
  std::map<std::pair<std::string, std::string>, double> demand;  // (sector, kind) -> money
  std::map<std::string, double> revenue;                         // project -> money
  std::vector<double> harvest_t, greenhouse_t;                   // by region
  Totals total;

  Impl(const Scenario& sc, const Calendar& c, const RegimeTimeline& r,
       const std::vector<RouteWeather>& w, FreightBooks& f, EventLog& l)
      : s(sc), calendar(c), regime(r), weather(w), freight(f), log(l) {}

  int region(const std::string& name) const;
  int producer_of_greenhouse(int g) const { return int(farms.size()) + g; }
  void add_demand(const std::string& sector, const std::string& kind, double money) {
    demand[{sector, kind}] += money;
  }
  std::string per_period(const char* unit) const;
  void close_tourism(PeriodFlows& f, std::vector<double>& visitor_days);
  void dispatch_month(double a, double b);
  void close_power(PeriodFlows& f);
  void close_waste(PeriodFlows& f, const std::vector<double>& visitor_days);
};

}  // namespace jez::world
