// Fish processing in the world: the plants' output accrues on the cargo ledger
// (world/cargo_ledger.cpp) and sails with the ships; this is its account.
#include "world/activities_impl.hpp"

namespace jez::world {

// The fish plants' account: what they made this period (a change in stocks until it leaves)
// and what reached its market (exports). Their cargo is on the cargo ledger.
void Activities::Impl::close_fish(const PeriodFlows& f) {
  if (!s.fish_exports) return;
  const auto& fe = *s.fish_exports;
  for (std::size_t i = 0; i < fe.plants.size(); ++i) {
    const std::string& plant = fe.plants[i].name;
    book("fish_processing", plant, fe.sector, Booking::made, "", f.produced_t[i], "t",
         fe.price_rub_per_kg * 1000);
    book("fish_processing", plant, fe.sector, Booking::delivered, "", f.delivered_t[i], "t",
         fe.price_rub_per_kg * 1000);
  }
}

}  // namespace jez::world
