// Greenhouses in the world: each piece's yield under the island's fog, sold on the island first
// (local sales, shared by the island's greenhouses in order), the surplus made into a perishable
// lot to its market; the energy is drawn from the island's grid and bought from the power sector.
#include "world/activities_impl.hpp"

namespace jez::world {

void Activities::Impl::build_greenhouses() {
  if (!s.activities.greenhouse) return;
  const auto& g = *s.activities.greenhouse;
  for (const auto& p : g.projects) {
    sectors::GreenhouseParams params;
    params.area_m2 = p.area_m2;
    params.yield_kg_per_m2_year = g.yield_kg_per_m2_year;
    params.relative_light = g.relative_light;
    params.fog_light_loss = g.fog_light_loss;
    params.heating_kwh_per_m2_month = g.heating_kwh_per_m2_month;
    params.lighting_kwh_per_m2_month = g.lighting_kwh_per_m2_month;
    checked("sectors.greenhouse.projects." + p.name, [&] {
      sectors::validate(params);
      return 0;
    });
    greenhouses.push_back({&p, params, region(p.island), region(p.market)});
    log_online(p.name, p.online);
  }
}

void Activities::Impl::step_greenhouses(const Piece& piece) {
  // Greenhouses on one island share its vegetable demand, in the order listed.
  demand_left.assign(s.regions.size(), -1);
  for (std::size_t i = 0; i < greenhouses.size(); ++i) {
    auto& g = greenhouses[i];
    if (!regime.operating("greenhouse", g.spec->name, g.spec->online, piece.from_s)) continue;
    const auto& spec = *s.activities.greenhouse;
    if (demand_left[g.island] < 0)
      demand_left[g.island] = sectors::vegetable_demand_t(
          piece.span, s.regions[g.island].residents({piece.span.year, piece.span.month}),
          spec.vegetable_kg_per_head_year);
    const int route = fog_route_of_region[g.island];
    const double fog =
        route < 0 ? 0.0 : fog_day_share(weather[route].fog, piece.from_s, piece.to_s);
    const auto step = sectors::greenhouse_step(g.params, piece.span, fog, demand_left[g.island]);
    demand_left[g.island] -= step.local_sales_t;
    if (const int grid = grid_of_region[g.island]; grid >= 0) {
      grids[grid].greenhouse_mwh[YearMonth{piece.span.year, piece.span.month}.index()] +=
          step.energy_mwh;
      const auto& p = *s.activities.power;
      if (!p.sector.empty())
        book("greenhouse", g.spec->name, p.sector, Booking::purchase, spec.sector, step.energy_mwh,
             "MWh", p.tariff_rub_per_kwh * 1000);
      total.greenhouse_mwh += step.energy_mwh;
    }
    greenhouse_t[g.island] += step.yield_t;
    total.greenhouse_t += step.yield_t;
    const double rub_per_t = spec.price_rub_per_kg * 1000;
    book("greenhouse", g.spec->name, spec.sector, Booking::local_sale, "households",
         step.local_sales_t, "t", rub_per_t);
    book("greenhouse", g.spec->name, spec.sector, Booking::made, "", step.surplus_t, "t",
         rub_per_t);
    freight.add({FreightClass::perishable, producer_of_greenhouse(int(i)), g.spec->name, g.island,
                 g.market, step.surplus_t, piece.to_s,
                 piece.to_s + spec.shelf_life_days * kDaySeconds});
  }
}

}  // namespace jez::world
