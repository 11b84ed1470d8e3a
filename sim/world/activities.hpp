// The five activities in the world: each period the books step the pure sector models of
// sectors/ over the period's pieces (calendar months cut at weekly marks and at scripted events),
// put the cargo they make or need on the freight books (harvests and surplus vegetables as
// perishable lots, fuel orders, turbine parts, waste), take the deliveries as the sailings bring
// them, and at the period's end fill the world-to-economy channels of PeriodFlows (demand,
// capacity, projects, measures). SimGrid-free: the actors call it at their event times.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"
#include "sectors/aquaculture.hpp"
#include "sectors/greenhouse.hpp"
#include "sectors/power_grid.hpp"
#include "sectors/tourism.hpp"
#include "sectors/waste.hpp"
#include "world/event_log.hpp"
#include "world/freight_books.hpp"
#include "world/regime_timeline.hpp"
#include "world/weather.hpp"
#include "world/world.hpp"

namespace jez::world {

// A stretch of time inside one calendar month, with its absolute seconds.
struct Piece {
  double from_s = 0, to_s = 0;
  sectors::MonthSpan span;
};

// [a, b) cut at month boundaries, at the given instants and at most every max_days.
std::vector<Piece> cut_pieces(const Calendar& calendar, double a, double b,
                              const std::vector<double>& cuts, double max_days);
// The same into `pieces` (its old content replaced), with `marks` as scratch: a caller that
// cuts every period keeps both and allocates nothing once they have grown.
void cut_pieces(const Calendar& calendar, double a, double b, const std::vector<double>& cuts,
                double max_days, std::vector<Piece>& pieces, std::vector<double>& marks);

class Activities {
 public:
  // Throws std::invalid_argument (one sentence, naming the project) when a sector model refuses
  // its parameters.
  Activities(const Scenario& s, const Calendar& calendar, const RegimeTimeline& regime,
             const std::vector<RouteWeather>& weather, FreightBooks& freight, EventLog& log);
  ~Activities();

  // Before the period [from_s, to_s) runs: the harvests and the greenhouse crops of the period
  // go on the books.
  void open_period(double from_s, double to_s);
  // Each calendar month (whatever the economy's step): the grids order fuel and the month's
  // turbine failures are drawn at its start, and the grids dispatch at its end, so that a
  // stock-out is seen month by month.
  void open_month(double from_s, double to_s);
  void close_month(double from_s, double to_s);
  // The share of each region's power demand left unserved in the month just dispatched (0 for a
  // region without a grid), indexed like scenario.regions.
  const std::vector<double>& unserved_share() const;
  // A sailing has sailed on a lane (2 * route + 0 towards the route's `to`, 1 back), arriving
  // at arrival_s (passengers).
  void record_sailing(int lane, double arrival_s);
  // Lots that arrived fresh at now_s.
  void take_delivery(const std::vector<Lot>& lots, double now_s);
  void log_spoiled(const std::vector<Lot>& lots, double now_s, const char* where);
  // At the period's end: tourism, power dispatch, waste; the channels of `flows`.
  void close_period(PeriodFlows& flows, const FreightCounts& freight);

  std::vector<SummaryMetric> summary() const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace jez::world
