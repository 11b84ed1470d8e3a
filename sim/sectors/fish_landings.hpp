// Fishing catch and the plants that process it: a yearly catch spread over the months by a
// seasonal profile (the same calendar arithmetic as FishPlantOutput), processed up to the plants'
// daily raw-fish capacity, which a power shortage cuts in proportion to the energy not served.
// Catch over capacity is landed raw (sold fresh or frozen whole). Equations: docs/sectors.md
// section 6.
#pragma once

#include <array>

#include "sectors/fish_processing.hpp"
#include "sectors/month_span.hpp"

namespace jez::sectors {

struct FishLandingParams {
  double catch_t_per_year = 0;
  std::array<double, 12> catch_profile{};  // January..December, relative, sum > 0
  double plant_raw_t_per_day = 0;          // raw fish the island's plants can take a day
  double product_t_per_raw_t = 1;          // product out per tonne of raw fish in, (0, 1]
};

struct FishLandingStep {
  double catch_t = 0;
  double processed_raw_t = 0;  // raw fish through the plants
  double product_t = 0;        // processed product (the plants' output)
  double landed_raw_t = 0;     // catch over the plants' capacity
  double capacity_lost_t = 0;  // raw capacity lost to unserved power
};

class FishLandings {
 public:
  // Throws std::invalid_argument naming the field when a parameter is out of range.
  explicit FishLandings(const FishLandingParams& p);

  // power_served_share: the share of the island's power demand served in the span, [0, 1].
  FishLandingStep step(const MonthSpan& span, double power_served_share = 1) const;

  const FishLandingParams& params() const { return params_; }

 private:
  FishLandingParams params_;
  FishPlantOutput catch_;  // the catch's calendar: tonnes per month by the profile
};

}  // namespace jez::sectors
