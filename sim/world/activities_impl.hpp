// The state behind Activities (internal to world/activities*.cpp).
#pragma once

#include <limits>
#include <map>
#include <stdexcept>

#include "world/activities.hpp"
#include "world/activity_account.hpp"
#include "world/random_stream.hpp"

namespace jez::world {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kDaySeconds = 86400.0;

// A sector model's refusal, with the project it came from.
template <class Fn>
auto checked(const std::string& where, Fn fn) {
  try {
    return fn();
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(where + ": " + e.what());
  }
}

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
    double projects_saved_kg = 0;          // of saved_kg, by the projects' wind (not wind_kw)
    std::map<int, double> greenhouse_mwh;  // by month index (YearMonth::index)
    double greenhouse_fuel_kg = 0, greenhouse_co2_t = 0;  // their margin, this period
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
    double greenhouse_mwh = 0, greenhouse_fuel_t = 0, greenhouse_co2_t = 0;
  };

  const Scenario& s;
  Calendar calendar;
  const RegimeTimeline& regime;
  const std::vector<RouteWeather>& weather;
  FreightBooks& freight;
  EventLog& log;

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

  // What does not change during a run, worked out once (Activities' constructor): where the
  // farms' and greenhouses' steps are cut, where the grids' dispatch is, the dated diseases and
  // pilot tours, and the units of the period's flows.
  std::vector<double> production_cuts, power_cuts;
  std::vector<std::pair<double, const ScriptedEvent*>> diseases, tours;
  struct PeriodUnits {
    std::string t, count, mwh, nights, money;
  } units;

  // This period's accumulators, cleared at its close.
  // The activities' accounts (world/activity_account.hpp): the first lines_n are this period's;
  // the ones after them are a period handed out before, kept so that their strings are reused.
  std::vector<AccountLine> lines;
  std::size_t lines_n = 0;
  std::size_t measures_n = 0;                   // of the period's measures written so far
  std::vector<double> harvest_t, greenhouse_t;  // by region
  Totals total;

  Impl(const Scenario& sc, const Calendar& c, const RegimeTimeline& r,
       const std::vector<RouteWeather>& w, FreightBooks& f, EventLog& l)
      : s(sc), calendar(c), regime(r), weather(w), freight(f), log(l) {}

  int region(const std::string& name) const;
  int producer_of_greenhouse(int g) const { return int(farms.size()) + g; }
  void book(const char* activity, const std::string& project, const std::string& sector,
            Booking booking, const std::string& buyer, double quantity, const char* unit,
            double rub_per_unit) {
    if (quantity == 0) return;
    if (lines_n == lines.size()) lines.emplace_back();
    AccountLine& l = lines[lines_n++];
    l.activity = activity;
    l.project = project;
    l.sector = sector;
    l.booking = booking;
    l.buyer = buyer;
    l.quantity = quantity;
    l.unit = unit;
    l.rub_per_unit = rub_per_unit;
  }
  std::string per_period(const std::string& unit) const;
  // [a, b) cut at the calendar's months only, worked out once for the last (a, b) asked: the
  // period's tourism and waste islands all step over the same pieces.
  const std::vector<Piece>& month_pieces(double a, double b) {
    if (a != month_pieces_of[0] || b != month_pieces_of[1]) {
      cut_pieces(calendar, a, b, {}, 0, month_pieces_cache, cut_marks);
      month_pieces_of[0] = a, month_pieces_of[1] = b;
    }
    return month_pieces_cache;
  }
  std::vector<Piece> month_pieces_cache;
  // The pieces of the period's weekly steps and of the month's dispatch, and cut_pieces' marks:
  // kept from one period to the next.
  std::vector<Piece> week_pieces, power_pieces;
  std::vector<double> cut_marks;
  std::vector<double> demand_left;  // step_greenhouses' scratch, by island
  double month_pieces_of[2] = {-1, -1};
  void plan_static();  // fills the run's constants above
  // A tidy row of the period's physical variables for timeseries.csv; none when the world keeps
  // no records (a summary-only run, whose log is disabled). Written over the last period's rows
  // in the buffer, whose strings have room already.
  void measure(PeriodFlows& f, const std::string& region, const std::string& sector,
               const char* variable, const std::string& unit, double value) {
    if (!log.enabled()) return;
    if (measures_n == f.measures.size()) f.measures.emplace_back();
    PeriodFlows::Measure& m = f.measures[measures_n++];
    m.region = region;
    m.sector = sector;
    m.variable = variable;
    m.unit = unit;
    m.value = value;
  }
  void log_online(const std::string& name, const std::optional<YearMonth>& online);

  // One file per activity (world/<activity>_activity.cpp).
  void build_aquaculture();
  void step_farms(const Piece& piece,
                  const std::vector<std::pair<double, const ScriptedEvent*>>& diseases);
  void build_greenhouses();
  void step_greenhouses(const Piece& piece);
  // A perishable lot of a farm or a greenhouse delivered (sold) or spoiled.
  void book_perishable(const Lot& lot, Booking booking);
  void build_tourism();
  void close_tourism(PeriodFlows& f, std::vector<double>& visitor_days);
  double open_arrivals(const Flow& fl, const Piece& piece, const std::vector<double>& marks);
  std::vector<double> stretch_from;  // open_arrivals' scratch
  // close_tourism's scratch, kept from period to period (cleared, never freed).
  struct TourismScratch {
    std::vector<double> seats_asked, marks;
    std::vector<const Flow*> here;
    std::vector<sectors::VisitorFlowParams> params;
    std::vector<sectors::VisitorFlowInput> inputs;
  } tourism_scratch;
  std::vector<char> stretch_open;
  void build_power();
  void open_power_month(double a, double b);
  void take_power_delivery(const Lot& lot, double now_s);
  void dispatch_month(double a, double b);
  void close_power(PeriodFlows& f);
  void build_waste();
  void close_waste(PeriodFlows& f, const std::vector<double>& visitor_days);
  void close_fish(const PeriodFlows& f);
};

}  // namespace jez::world
