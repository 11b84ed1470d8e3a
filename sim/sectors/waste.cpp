#include "sectors/waste.hpp"

#include <algorithm>

#include "sectors/param_checks.hpp"

namespace jez::sectors {

void validate(const WasteParams& p) {
  require_non_negative("resident_kg_per_day", p.resident_kg_per_day);
  require_non_negative("visitor_kg_per_day", p.visitor_kg_per_day);
  require_non_negative("treatment_t_per_year", p.treatment_t_per_year);
  require_non_negative("landfill_capacity_t", p.landfill_capacity_t);
  require_non_negative("treatment_rub_per_t", p.treatment_rub_per_t);
  require_non_negative("landfill_rub_per_t", p.landfill_rub_per_t);
  require_non_negative("shipping_rub_per_t", p.shipping_rub_per_t);
}

WasteStep waste_step(const WasteParams& p, WasteState& state, const MonthSpan& span,
                     double residents, double visitor_days, double sector_waste_t) {
  WasteStep w;
  w.generated_t = (std::max(residents, 0.0) * p.resident_kg_per_day * span.days() +
                   std::max(visitor_days, 0.0) * p.visitor_kg_per_day) /
                      1000.0 +
                  std::max(sector_waste_t, 0.0);
  // Treatment first (the projects' capacity over the span), then the landfill while it has
  // room, then the ship.
  w.treated_t = std::min(w.generated_t, p.treatment_t_per_year * span.fraction_of_year());
  const double rest = w.generated_t - w.treated_t;
  const double room = std::max(p.landfill_capacity_t - state.landfill_used_t, 0.0);
  w.landfilled_t = std::min(rest, room);
  w.shipped_t = rest - w.landfilled_t;
  state.landfill_used_t += w.landfilled_t;
  w.treatment_rub = w.treated_t * p.treatment_rub_per_t;
  w.landfill_rub = w.landfilled_t * p.landfill_rub_per_t;
  w.shipping_rub = w.shipped_t * p.shipping_rub_per_t;
  w.cost_rub = w.treatment_rub + w.landfill_rub + w.shipping_rub;
  return w;
}

}  // namespace jez::sectors
