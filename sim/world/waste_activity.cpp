// Waste in the world: per island and month piece, the waste of residents, visitors and sectors
// is treated by the plants operating, landfilled while there is room, or shipped off the islands
// (a cargo lot); each tonne's handling is a fee paid by the scenario's payer: treatment (the
// plants' revenue) and landfill are sold on the islands, shipping is bought off them.
#include "world/activities_impl.hpp"

namespace jez::world {

void Activities::Impl::build_waste() {
  if (!s.activities.waste) return;
  for (const auto& w : s.activities.waste->islands)
    wastes.push_back({&w, region(w.island), region(w.ship_to), {}});
  for (const auto& p : s.activities.waste->projects) log_online(p.name, p.online);
}

void Activities::Impl::close_waste(PeriodFlows& f, const std::vector<double>& visitor_days) {
  if (wastes.empty()) return;
  const auto& w = *s.activities.waste;
  const std::string& t_unit = units.t;
  const double mid = (f.start_s + f.end_s) / 2;
  for (auto& wi : wastes) {
    double capacity = 0;
    std::vector<std::pair<std::string, double>> running;
    for (const auto& p : w.projects)
      if (p.island == wi.spec->island && regime.operating("waste", p.name, p.online, mid)) {
        capacity += p.treatment_t_per_year;
        running.push_back({p.name, p.treatment_t_per_year});
      }
    sectors::WasteParams params{
        wi.spec->resident_kg_per_day, wi.spec->visitor_kg_per_day, capacity,
        wi.spec->landfill_capacity_t, w.treatment_rub_per_t,       w.landfill_rub_per_t,
        w.shipping_rub_per_t};
    sectors::WasteStep sum;
    const auto& pieces = month_pieces(f.start_s, f.end_s);
    const double period_s = f.end_s - f.start_s;
    for (const Piece& piece : pieces) {
      const double share = (piece.to_s - piece.from_s) / period_s;
      const auto step =
          sectors::waste_step(params, wi.state, piece.span,
                              s.regions[wi.island].residents({piece.span.year, piece.span.month}),
                              visitor_days[wi.island] * share,
                              wi.spec->sector_t_per_year * piece.span.fraction_of_year());
      sum.generated_t += step.generated_t;
      sum.treated_t += step.treated_t;
      sum.landfilled_t += step.landfilled_t;
      sum.shipped_t += step.shipped_t;
    }
    freight.add({FreightClass::waste, wi.island, wi.spec->island, wi.island, wi.hub, sum.shipped_t,
                 f.end_s});
    for (const auto& [name, cap] : running)
      book("waste", name, w.sector, Booking::fee, w.fees_paid_by, sum.treated_t * cap / capacity,
           "t", w.treatment_rub_per_t);
    book("waste", "", w.sector, Booking::fee, w.fees_paid_by, sum.landfilled_t, "t",
         w.landfill_rub_per_t);
    book("waste", "", w.sector, Booking::fee_imported, w.fees_paid_by, sum.shipped_t, "t",
         w.shipping_rub_per_t);
    const std::string& n = wi.spec->island;
    measure(f, n, w.sector, "waste_generated", t_unit, sum.generated_t);
    measure(f, n, w.sector, "waste_treated", t_unit, sum.treated_t);
    measure(f, n, w.sector, "waste_landfilled", t_unit, sum.landfilled_t);
    measure(f, n, w.sector, "waste_shipped", t_unit, sum.shipped_t);
    total.waste_treated_t += sum.treated_t;
  }
}

}  // namespace jez::world
