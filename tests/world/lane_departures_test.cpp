// A lane's departures as the weather makes them (world/departure_weather.hpp), against times
// worked out by hand: a storm, fog and sea ice on one route.
#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "world/departure_weather.hpp"

namespace jez::world {
namespace {

// Storm 1,000-5,000 s, fog 12,000-12,500 s, sea ice 30,000-40,000 s. Ships are held at most
// 3,600 s, never past the next scheduled departure.
RouteWeather weather() {
  RouteWeather w;
  w.closures = {{1000, 5000, ClosureCause::storm}, {30000, 40000, ClosureCause::ice}};
  w.fog = {{12000, 12500}};
  return w;
}

TEST(LaneDepartures, SailHeldOrCancelledAsWorkedOutByHand) {
  const RouteWeather w = weather();
  LaneDepartures lane(w, {0, 1500, 3000, 10000, 12100, 35000, 50000}, 3600, 100000);
  ASSERT_FALSE(lane.none_scheduled());
  ASSERT_TRUE(lane.plan_one());
  struct Expected {
    double t;
    bool sails;
    std::string cause;
    double following;  // when the next ship after this one sails
  };
  const double inf = std::numeric_limits<double>::infinity();
  const Expected expected[] = {
      {0, true, "", 5060},           // sails before the storm; the next to sail is the 3,000
      {1500, false, "storm", 5060},  // clears at 5,000 + 60 s, after the 3,000 departure: cancelled
      {5060, true, "", 10000},       // held 2,060 s, within 3,600 and before 10,000
      {10000, true, "", 12560},
      {12560, true, "", 50000},          // fog until 12,500: sails a minute after
      {35000, false, "sea ice", 50000},  // ice cancels at once
      {50000, true, "", inf},
  };
  for (const auto& e : expected) {
    ASSERT_GE(lane.planned(), 1u);
    const Departure d = lane.next();
    EXPECT_EQ(d.t, e.t);
    EXPECT_EQ(d.sails, e.sails) << "at " << e.t;
    EXPECT_EQ(d.cause ? std::string(d.cause) : "", e.cause) << "at " << e.t;
    EXPECT_EQ(lane.following_sailing(), e.following) << "at " << e.t;
    lane.advance();
  }
  EXPECT_EQ(lane.planned(), 0u);
  EXPECT_FALSE(lane.plan_one());
}

TEST(LaneDepartures, ASailingKnowsWhenItsRouteNextCloses) {
  const RouteWeather w = weather();
  LaneDepartures lane(w, {0, 10000, 50000}, 3600, 100000);
  lane.plan_one();
  EXPECT_EQ(lane.next().next_closure_s, 1000);
  lane.advance();
  EXPECT_EQ(lane.next().next_closure_s, 30000);
  lane.advance();
  EXPECT_EQ(lane.next().next_closure_s, std::numeric_limits<double>::infinity());
  EXPECT_TRUE(LaneDepartures(w, {}, 3600, 100000).none_scheduled());
}

}  // namespace
}  // namespace jez::world
