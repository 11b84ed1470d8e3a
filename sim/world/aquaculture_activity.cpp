// Aquaculture in the world: each farm stepped from its online month, seeding only while it
// operates; each week's harvest is made (a change in stocks) and goes as a perishable lot to
// its market, where it is sold (exports) or spoils.
#include "world/activities_impl.hpp"

namespace jez::world {

void Activities::Impl::build_aquaculture() {
  if (!s.activities.aquaculture) return;
  for (const auto& p : s.activities.aquaculture->projects) {
    sectors::AquacultureSpecies sp{p.species,
                                   p.years_to_first_harvest,
                                   p.survival_per_year,
                                   p.yield_t_per_ha_year,
                                   p.harvest_months,
                                   p.seed_month,
                                   p.price_rub_per_kg * 1000};
    auto model = checked("sectors.aquaculture.projects." + p.name,
                         [&] { return std::make_unique<sectors::AquacultureFarm>(p.area_ha, sp); });
    farms.push_back({&p, std::move(model), region(p.island), region(p.market)});
    log_online(p.name, p.online);
  }
}

void Activities::Impl::step_farms(
    const Piece& piece, const std::vector<std::pair<double, const ScriptedEvent*>>& diseases) {
  for (; next_disease < diseases.size() && diseases[next_disease].first <= piece.from_s;
       ++next_disease) {
    const ScriptedEvent& e = *diseases[next_disease].second;
    for (auto& f : farms)
      if (f.spec->name == e.subject) f.model->apply_disease_all(e.fraction_killed);
  }
  for (std::size_t i = 0; i < farms.size(); ++i) {
    auto& f = farms[i];
    if (piece.from_s < regime.online_s(f.spec->name, f.spec->online)) continue;
    const bool seeding =
        regime.operating("aquaculture", f.spec->name, f.spec->online, piece.from_s);
    const auto step = f.model->step(piece.span, seeding);
    if (step.harvest_t <= 0) continue;
    harvest_t[f.island] += step.harvest_t;
    total.harvest_t += step.harvest_t;
    book("aquaculture", f.spec->name, s.activities.aquaculture->sector, Booking::made, "",
         step.harvest_t, "t", f.spec->price_rub_per_kg * 1000);
    freight.add({FreightClass::perishable, int(i), f.spec->name, f.island, f.market, step.harvest_t,
                 piece.to_s, piece.to_s + f.spec->shelf_life_days * kDaySeconds});
  }
}

void Activities::Impl::book_perishable(const Lot& lot, Booking booking) {
  const bool farm = lot.owner < int(farms.size());
  const double rub_per_t = 1000 * (farm ? farms[lot.owner].spec->price_rub_per_kg
                                        : s.activities.greenhouse->price_rub_per_kg);
  const std::string& sector =
      farm ? s.activities.aquaculture->sector : s.activities.greenhouse->sector;
  book(farm ? "aquaculture" : "greenhouse", lot.subject, sector, booking, "", lot.t, "t",
       rub_per_t);
}

}  // namespace jez::world
