// The books of the cargo classes other than the fish plants' output: fuel for the island grids,
// parts for broken turbines, perishables (aquaculture harvests, greenhouse surplus) with a shelf
// life, and waste shipped out. Lots wait ashore at their origin until ready, are loaded by the
// sailings that go to their destination (after any sanctions re-routing), in class priority
// (fuel, parts, perishable, waste) and then oldest first, up to the room the ship has left; a
// perishable lot past its shelf life when a ship would load it, when the period closes, or when it
// arrives, is spoiled. SimGrid-free: the actors call it at their event times.
#pragma once

#include <limits>
#include <string>
#include <vector>

#include "world/regime_timeline.hpp"

namespace jez::world {

enum class FreightClass { fuel = 0, parts = 1, perishable = 2, waste = 3 };
const char* class_name(FreightClass c);

struct Lot {
  FreightClass cls = FreightClass::fuel;
  int owner = 0;        // fuel: island grid; parts: outage; perishable: producer; waste: island
  std::string subject;  // the producer, grid or island, for events.csv
  int origin = 0;       // region index
  int destination = 0;  // region index as planned (a market may be re-routed at loading)
  double t = 0;
  double ready_s = 0;
  double expires_s = std::numeric_limits<double>::infinity();
};

struct FreightLoad {
  std::vector<Lot> lots;
  double t = 0;
};

// Flows of one period, by route and by origin region.
struct FreightCounts {
  std::vector<double> shipped_t, delivered_t, spoiled_at_sea_t, returned_t;  // by route
  std::vector<double> spoiled_t;  // by origin region: ashore and at arrival
  std::vector<double> spoiled_by_class_t = std::vector<double>(4, 0.0);
};

class FreightBooks {
 public:
  FreightBooks(const Scenario& s, const RegimeTimeline& regime);

  void add(Lot lot);
  // Loads at most room_t from the lots waiting at `origin` for `destination`; a lot larger than
  // the room left is split (whole kilograms).
  FreightLoad load(int route, int origin, int destination, double now_s, double room_t);
  // Appends the lots that arrived fresh to `fresh`, and the spoiled ones (counted) to `spoiled`:
  // a caller that delivers again and again keeps both vectors.
  void deliver(int route, FreightLoad& load, double now_s, std::vector<Lot>& fresh,
               std::vector<Lot>& spoiled);
  void bring_back(int route, FreightLoad& load);
  // Removes and counts every lot ashore past its shelf life by now.
  std::vector<Lot> spoil_ashore(double now_s);
  // Tonnes waiting (ready or not) or at sea that are for this owner of this class.
  double pending_t(FreightClass cls, int owner) const;

  // This period's counts (valid until the next call); the books start a new period. The two
  // periods' counts swap buffers: no allocation a period.
  const FreightCounts& close_period();
  double at_sea_t() const { return at_sea_t_; }
  double ashore_t() const;
  double spoiled_total_t() const { return spoiled_total_t_; }

 private:
  void count_spoiled(const Lot& lot);
  void zero(FreightCounts& c) const;  // every count 0, sized by the scenario

  const Scenario& scenario_;
  const RegimeTimeline& regime_;
  std::vector<std::vector<Lot>> ashore_;  // by origin region
  std::vector<Lot> at_sea_lots_;          // copies of the lots at sea, for pending_t
  std::vector<std::size_t> order_;        // load()'s scratch: no allocation per sailing
  std::vector<char> gone_;
  FreightCounts counts_, closed_;
  double at_sea_t_ = 0;
  double spoiled_total_t_ = 0;
};

}  // namespace jez::world
