// Waste routes against hand-computed tonnes and costs.
#include "sectors/waste.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace jez::sectors {
namespace {

WasteParams island() {
  WasteParams p;
  p.resident_kg_per_day = 1.2;
  p.visitor_kg_per_day = 2;
  p.treatment_t_per_year = 1200;
  p.landfill_capacity_t = 100;
  p.treatment_rub_per_t = 15000;
  p.landfill_rub_per_t = 3000;
  p.shipping_rub_per_t = 25000;
  return p;
}

TEST(Waste, TreatmentThenLandfillUntilFullThenShipping) {
  // June 2021 (30 days): 6000 residents x 1.2 kg x 30 = 216 t, 1000 visitor-days x 2 kg = 2 t,
  // sectors 10 t: 228 t. Treatment 1200 x 30/365 = 98.63 t; the landfill takes 100 t (full);
  // the last 29.37 t are shipped.
  const WasteParams p = island();
  WasteState state;
  const WasteStep june = waste_step(p, state, whole_month(2021, 6), 6000, 1000, 10);
  const double treated = 1200.0 * 30 / 365;
  EXPECT_NEAR(june.generated_t, 228, 1e-9);
  EXPECT_NEAR(june.treated_t, treated, 1e-9);
  EXPECT_NEAR(june.landfilled_t, 100, 1e-9);
  EXPECT_NEAR(june.shipped_t, 128 - treated, 1e-9);
  EXPECT_NEAR(june.cost_rub, treated * 15000 + 100 * 3000 + (128 - treated) * 25000, 1e-6);
  EXPECT_DOUBLE_EQ(state.landfill_used_t, 100);
  // July: the landfill is full, so everything untreated is shipped.
  const WasteStep july = waste_step(p, state, whole_month(2021, 7), 6000, 0, 0);
  EXPECT_EQ(july.landfilled_t, 0);
  EXPECT_NEAR(july.shipped_t, 6000 * 1.2 * 31 / 1000 - 1200.0 * 31 / 365, 1e-9);
}

TEST(Waste, EnoughCapacityTreatsEverything) {
  WasteParams p = island();
  p.treatment_t_per_year = 5400;  // Ecomir-Kunashir's design (kurils-facts.md section 9)
  WasteState state;
  const WasteStep s = waste_step(p, state, whole_month(2021, 6), 1000, 0, 0);
  EXPECT_NEAR(s.treated_t, 36, 1e-9);  // 1000 x 1.2 kg x 30 days
  EXPECT_EQ(s.landfilled_t + s.shipped_t, 0);
}

TEST(Waste, RejectsANegativeCapacity) {
  WasteParams p = island();
  p.landfill_capacity_t = -1;
  EXPECT_THROW(validate(p), std::invalid_argument);
}

}  // namespace
}  // namespace jez::sectors
