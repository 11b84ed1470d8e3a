// The freight books on their own: class priority, splitting a lot at the ship's room, spoilage,
// re-routing by sanctions.
#include <gtest/gtest.h>

#include "world/freight_books.hpp"

namespace jez::world {
namespace {

constexpr double kDay = 86400.0;

Scenario two_hubs() {
  Scenario s;
  s.time = {{2021, 1}, {2021, 12}};
  s.regions = {{"isle", "isle", RegionKind::island, 0},
               {"port", "port", RegionKind::hub, 0},
               {"other", "other", RegionKind::hub, 0}};
  Route a, b;
  a.name = "port-isle";
  a.from = "port";
  a.to = "isle";
  b.name = "other-isle";
  b.from = "other";
  b.to = "isle";
  s.routes = {a, b};
  return s;
}

TEST(FreightBooks, FuelLoadsFirstAndALotLargerThanTheRoomIsSplit) {
  const Scenario s = two_hubs();
  const RegimeTimeline regime(s, Calendar(s.time.start));
  FreightBooks books(s, regime);
  books.add({FreightClass::waste, 0, "isle", 0, 1, 5, 0});
  books.add({FreightClass::perishable, 0, "urchins", 0, 1, 8, 1 * kDay, 9 * kDay});
  books.add({FreightClass::perishable, 0, "urchins", 0, 1, 4, 0, 8 * kDay});
  // From the isle to the port on day 2 with 10 t of room: the older perishable lot (4 t), then
  // 6 t of the newer one (split), and no waste.
  FreightLoad load = books.load(0, 0, 1, 2 * kDay, 10);
  ASSERT_EQ(load.lots.size(), 2u);
  EXPECT_EQ(load.lots[0].t, 4);
  EXPECT_NEAR(load.lots[1].t, 6, 1e-12);
  EXPECT_EQ(load.lots[1].subject, "urchins");
  EXPECT_NEAR(load.t, 10, 1e-12);
  EXPECT_NEAR(books.ashore_t(), 5 + 2, 1e-12);
  // The 2 t left keep their producer's name (a lot moved in the queue must not lose it).
  FreightLoad next = books.load(0, 0, 1, 3 * kDay, 100);
  ASSERT_EQ(next.lots.size(), 2u);
  EXPECT_EQ(next.lots[0].subject, "urchins");
  EXPECT_EQ(next.lots[1].cls, FreightClass::waste);
  EXPECT_EQ(next.lots[1].subject, "isle");
  // Arrivals: the first load on day 8.5 is past the 4 t lot's shelf life (day 8).
  std::vector<Lot> fresh, spoiled;
  books.deliver(0, load, 8.5 * kDay, fresh, spoiled);
  ASSERT_EQ(spoiled.size(), 1u);
  EXPECT_EQ(spoiled[0].t, 4);
  ASSERT_EQ(fresh.size(), 1u);
  EXPECT_NEAR(books.spoiled_total_t(), 4, 1e-12);
  const FreightCounts c = books.close_period();
  EXPECT_NEAR(c.shipped_t[0], 10 + 7, 1e-12);
  EXPECT_NEAR(c.delivered_t[0], 6, 1e-12);
  EXPECT_NEAR(c.spoiled_at_sea_t[0], 4, 1e-12);
  EXPECT_NEAR(books.at_sea_t(), 7, 1e-12);
}

TEST(FreightBooks, ALotPastItsShelfLifeSpoilsAshoreAndFuelOrdersCountAsPending) {
  const Scenario s = two_hubs();
  const RegimeTimeline regime(s, Calendar(s.time.start));
  FreightBooks books(s, regime);
  books.add({FreightClass::perishable, 0, "urchins", 0, 1, 3, 0, 5 * kDay});
  books.add({FreightClass::fuel, 0, "isle", 1, 0, 50, 0});
  EXPECT_EQ(books.pending_t(FreightClass::fuel, 0), 50);
  EXPECT_TRUE(books.load(0, 0, 1, 6 * kDay, 10).lots.empty());  // expired: not loaded
  const auto spoiled = books.spoil_ashore(6 * kDay);
  ASSERT_EQ(spoiled.size(), 1u);
  EXPECT_EQ(books.close_period().spoiled_t[0], 3);
  FreightLoad fuel = books.load(0, 1, 0, 6 * kDay, 30);
  EXPECT_EQ(fuel.t, 30);
  EXPECT_EQ(books.pending_t(FreightClass::fuel, 0), 50);  // 30 at sea, 20 ashore
}

TEST(FreightBooks, SanctionsSendAMarketsLotsToTheOtherHub) {
  Scenario s = two_hubs();
  ScriptedEvent e;
  e.date = {2021, 6, 1};
  e.kind = EventKind::sanctions;
  e.subject = "port";
  e.reroute_to = "other";
  s.events = {e};
  const Calendar cal(s.time.start);
  const RegimeTimeline regime(s, cal);
  FreightBooks books(s, regime);
  books.add({FreightClass::waste, 0, "isle", 0, 1, 5, 0});
  const double june = cal.seconds_at(2021, 6, 2);
  EXPECT_TRUE(books.load(0, 0, 1, june, 10).lots.empty());  // the port is closed
  EXPECT_EQ(books.load(1, 0, 2, june, 10).t, 5);            // it goes to the other hub
}

}  // namespace
}  // namespace jez::world
