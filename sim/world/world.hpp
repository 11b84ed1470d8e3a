// The discrete-event world of one run: islands and hubs as hosts, routes as links, sailings
// that carry the fish plants' output to market, and a clock that reports each period's flows.
// This header is SimGrid-free so that run/ can use it; SimGrid stays inside world/*.cpp.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "scenario/scenario.hpp"
#include "world/activity_account.hpp"

namespace jez::world {

// One line of events.csv.
struct Event {
  double time_s = 0;
  std::string date;     // YYYY-MM-DD
  std::string kind;     // route_closed, route_opened, sailing_cancelled, voyage_aborted, ...
  std::string subject;  // the route, plant or island concerned
  std::string detail;   // free text, no commas needed by readers (CSV-quoted anyway)
};

struct RouteFlows {
  int sailings = 0;            // departures that sailed (either direction)
  int sailings_cancelled = 0;  // departures cancelled because the route was closed
  int voyages_aborted = 0;     // voyages cut by a closure in flight; their cargo went back ashore
  double shipped_t = 0;        // cargo loaded on departures this period
  double delivered_t = 0;      // cargo unloaded at destination this period
  double returned_t = 0;       // cargo of aborted voyages brought back ashore this period
  int sailings_delayed = 0;    // departures held by a storm or fog that sailed when it cleared
  double spoiled_t = 0;        // perishables that arrived past their shelf life this period
};

// What happened in one period, handed to the run by the clock actor at the period's end.
struct PeriodFlows {
  int period = 0;   // 0-based
  YearMonth month;  // first month of the period
  double start_s = 0;
  double end_s = 0;
  // Indexed like scenario.fish_exports->plants (empty without fish exports):
  std::vector<double> produced_t;
  std::vector<double> shipped_t;
  std::vector<double> delivered_t;
  std::vector<double> stock_t;     // awaiting shipment at the period's end
  std::vector<double> returned_t;  // brought back ashore from aborted voyages (back in stock)
  double in_transit_t = 0;         // all plants' cargo at sea at the period's end
  // Indexed like scenario.routes:
  std::vector<RouteFlows> routes;

  // The channels from the world to the economy (see docs/model.md). Each activity's account
  // of the period, line by line in physical units at the scenario's prices; run/'s
  // ActivityBooking books them (the fish plants' lines included).
  std::vector<AccountLine> accounts;
  // Output ceilings of capacity-limited sectors in this period (money per period): the plants and
  // projects online, cut by power stock-outs in the sectors that need power.
  struct Capacity {
    std::string sector;
    double value = 0;
  };
  std::vector<Capacity> capacity;
  // Each project's sales in this period (in the table's money: filled in by the coupling from
  // the accounts), and whether it operated (built, not suspended).
  struct ProjectOperation {
    std::string project;
    double revenue = 0;
    bool operating = false;
    double bought = 0;  // inputs it buys beyond its sector's column (a greenhouse's power)
  };
  std::vector<ProjectOperation> projects;
  // Physical variables of the period as tidy rows for timeseries.csv (harvest, visitors,
  // power_diesel, ...), each with its unit.
  struct Measure {
    std::string region;
    std::string sector;
    std::string variable;
    std::string unit;
    double value = 0;
  };
  std::vector<Measure> measures;
};

// A headline total of the world's activities, for summary.csv.
struct SummaryMetric {
  std::string metric;
  std::string unit;
  double value = 0;
};

struct WorldResult {
  std::vector<Event> events;
  double end_s = 0;
  double in_transit_t = 0;                 // cargo at sea when the horizon ended
  long long sailings_total = 0;            // departures that sailed, both directions
  long long sailings_cancelled_total = 0;  // departures cancelled by a closed route
  long long voyages_aborted_total = 0;
  long long engine_steps = 0;            // times the SimGrid clock advanced (its events)
  long long voyages_on_engine = 0;       // voyages run as SimGrid transfers (they interacted)
  long long sailings_delayed_total = 0;  // departures held by a storm or fog, then sailed
  double freight_in_transit_t = 0;       // fuel, parts, perishables and waste at sea at the end
  double freight_ashore_t = 0;           // ... waiting ashore at the end
  std::vector<SummaryMetric> summary;    // visitors_total, co2_avoided_total, ...
};

using PeriodHandler = std::function<void(const PeriodFlows&)>;

struct WorldOptions {
  // The records for people: the event log (WorldResult::events) and the measures of each
  // period (PeriodFlows::measures). A summary-only run turns them off; every other flow, total
  // and summary metric is the same either way.
  bool records = true;
};

// Runs the whole horizon in this process's SimGrid engine. SimGrid allows one engine per process:
// call this at most once per process (the CLI runs one scenario per process; sweeps fork).
// on_period is called once per period, in order, from the clock actor. Periods are half-open,
// [start, end): a departure or an arrival at exactly 00:00 of a period's first day belongs to
// that period, and stock_t is the stock just before that instant. An exception thrown by
// on_period stops the run and is rethrown by run_world. Throws std::runtime_error when the
// scenario cannot be built into a world, or when the world deadlocks.
WorldResult run_world(const Scenario& scenario, const PeriodHandler& on_period,
                      const WorldOptions& options = {});

}  // namespace jez::world
